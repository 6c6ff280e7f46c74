"""Session 54, GAPEN54: English pronoun speakers -- a trailing ", he said" after a pronoun-opened sentence, a verb
joined by "and" after the pronoun verb's own object, a fronted phrase before the person opening the sentence before,
a pronoun after the reported words ("…, he warned.")."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _ev(doc, trigger):
    return next(e for e in doc.events if e.trigger.startswith(trigger))


def test_trailing_he_said_after_pronoun_sentence(pipe):
    """ "X said …  He said … that Y's remarks …  …, he said.  He urged …": the trailing "he said" is X's (the
    pronoun opening the sentence before), not Y named in its content, so "He urged" is X's too."""
    doc = pipe("Kenyan President William Ruto met Chinese President Xi Jinping in Beijing on Monday.\n\n"
               "Ruto said the visit had gone well.\n\nHe said he had not read the report and that Trump's claims "
               "were not true.\n\nMost of the loans had already been repaid, he said.\n\nHe urged Xi to open "
               "Chinese markets to Kenyan tea.", published_at="2025-04-22")
    assert _ev(doc, "urged").source_code == "KENGOV"


def test_joined_verb_after_pronoun_verb_object(pipe):
    """ "He criticised <person>, saying …, and urged <country> to …": the first verb's own object is no subject of
    the joined verb; the pronoun's antecedent urges."""
    doc = pipe("French President Emmanuel Macron spoke to reporters in Paris on Tuesday.\n\nHe criticised Russian "
               "President Vladimir Putin, saying he had \"broken every promise\", and urged Germany to send more "
               "air defence systems to Ukraine.", published_at="2025-04-22")
    assert _ev(doc, "urged").source_code == "FRAGOV"


def test_guard_joined_verb_after_embedded_clause(pipe):
    """Guard: "He said <person> had lied and urged …" -- the person is the subject of a clause of its own, so the
    joined verb is not given the pronoun's antecedent by this rule."""
    doc = pipe("French President Emmanuel Macron spoke to reporters in Paris on Tuesday.\n\nHe said that Russian "
               "President Vladimir Putin had lied about the talks and urged Germany to stop its gas purchases.",
               published_at="2025-04-22")
    assert not any(e.trigger.startswith("urged") and e.rule.endswith(":src-pronoun-joined") for e in doc.events)


def test_fronted_phrase_before_opening_person(pipe):
    """ "In a speech, <person> vowed that …  He praised …": the person after the fronted phrase opens the sentence
    before (its verb codes no event), so "He" is that person."""
    doc = pipe("Thousands of soldiers marched through the capital on Friday.\n\nIn a televised speech, Egyptian "
               "President Abdel Fattah al-Sisi vowed that the country would remain strong.\n\nHe praised the "
               "armed forces for their discipline.", published_at="2025-04-22")
    assert _ev(doc, "praised").source_code == "EGYGOV"


def test_guard_fronted_phrase_before_a_role(pipe):
    """Guard: "In a speech, the army chief vowed …  He praised …": no coded person after the fronted phrase, so "He"
    stays unread (no country's government guessed)."""
    doc = pipe("Thousands of soldiers marched through the capital on Friday.\n\nIn a televised speech, the army "
               "chief vowed that the force would remain strong.\n\nHe praised the soldiers for their discipline.",
               published_at="2025-04-22")
    assert not (_ev(doc, "praised").source_code or "").endswith("GOV")


def test_trailing_pronoun_after_reported_words(pipe):
    """ '"…," he warned.': a pronoun after the reported words, right before the verb closing the sentence, is
    resolved like an opening pronoun (the chain: "He criticised …" before)."""
    doc = pipe("Vice President JD Vance spoke in Berlin on Friday.\n\nHe criticised the ruling parties for their "
               "silence on free speech.\n\n\"If you fear your own voters, nobody can help you,\" he warned.",
               published_at="2025-04-22")
    assert _ev(doc, "warned").source_code == "USAGOV"


def test_guard_trailing_pronoun_not_mid_sentence(pipe):
    """Guard: "…, he warned that …" with a clause after the verb is no trailing speaker of this rule (the verb does
    not close the sentence)."""
    doc = pipe("Vice President JD Vance spoke in Berlin on Friday.\n\nHe criticised the ruling parties for their "
               "silence.\n\nPrices will rise again, he warned that the bank would act.", published_at="2025-04-22")
    assert not _ev(doc, "warned").source_code


def test_pronoun_speaker_in_relative_clause(pipe):
    """ "X made the request …, blaming the violence on gangs that he said had been trained abroad": "he" inside a
    relative clause is the person opening its own sentence, not the last speaker."""
    doc = pipe("Armenian Prime Minister Nikol Pashinyan said the force would be deployed for a limited period.\n\n"
               "He did not say how many soldiers would be sent to the region or how long they would stay there.\n\n"
               "Kazakh President Kassym-Jomart Tokayev made the request late on Wednesday in a televised address, "
               "blaming the violence on \"terrorist gangs\" that he said had received training abroad.",
               published_at="2022-01-06")
    assert _ev(doc, "blaming").source_code == "KAZGOV"


def test_titled_name_after_a_body_is_he(pipe):
    """ "…, Kano police spokesman <Name> said.  He warned …": a person noun before the name makes the speaker
    phrase one person (a "he"), though the actor read is the police."""
    doc = pipe("KANO, Nigeria, March 3 - Gunmen abducted 20 villagers in northern Nigeria on Sunday.\n\nSecurity "
               "teams have been deployed to search the forests, Kano police spokesman Haruna Kiyawa said.\n\nHe "
               "warned that anyone found hiding the kidnappers would be prosecuted.", published_at="2025-03-03")
    assert _ev(doc, "warned").source_code == "NGACOP"


def test_guard_plural_body_stays_they(pipe):
    """Guard: "Nigerian police said …  They warned …": a body with no person noun and name stays a "they"."""
    doc = pipe("KANO, Nigeria, March 3 - Gunmen abducted 20 villagers in northern Nigeria on Sunday.\n\nNigerian "
               "police said on Sunday that officers had been deployed to search the forests.\n\nThey warned that "
               "anyone found hiding the kidnappers would be prosecuted.", published_at="2025-03-03")
    assert _ev(doc, "warned").source_code == "NGACOP"
