"""Session 16, EN11: English extras of the article gold files (marsad/data/coding/README.md, "Session 16, EN11").
Every sentence is written for these tests; each rule has a guard that must not fire."""
from __future__ import annotations

from events_helpers import find, full


def dump(doc):
    return [(e.cameo, e.source_code, e.target_code, e.trigger, e.negated, e.modality, e.rule) for e in doc.events]


def _on(doc, trigger):
    return [e for e in doc.events if e.trigger.split()[0] == trigger]


# ---- "guards" is the noun unless an object follows it

def test_guards_before_a_verb_are_the_noun():
    doc = full("Three Uzbek guards were wounded after guards from both sides traded fire at the crossing.")
    assert not _on(doc, "guards"), dump(doc)


def test_guards_opened_fire_is_no_protection():
    doc = full("Georgian guards had opened fire first, the ministry said on Monday.")
    assert not [e for e in doc.events if e.cameo == "074"], dump(doc)


def test_guarding_an_object_stays_074():
    # guard: the verb with its object
    doc = full("Armed police guard the parliament building around the clock.")
    assert find(doc, "074"), dump(doc)


def test_guards_with_a_determiner_object_stays():
    doc = full("The presidential brigade guards the airport in the capital.")
    assert find(doc, "074"), dump(doc)


# ---- "nobody was hurt": no victims, no act

def test_nobody_was_hurt_is_no_event():
    doc = full("A fuel tanker overturned and caught fire on the motorway, but nobody was hurt, police said.")
    assert not _on(doc, "hurt"), dump(doc)


def test_no_one_was_seriously_injured_is_no_event():
    doc = full("No one was seriously injured when the roof of the market collapsed.")
    assert not _on(doc, "injured"), dump(doc)


def test_a_negated_harm_with_an_agent_stays():
    # guard: the police did not harm anyone -- the agent's negated act is kept
    doc = full("Police did not hurt anyone during the protest in the capital.")
    ev = _on(doc, "hurt")
    assert ev and all(e.negated for e in ev), dump(doc)


def test_nobody_claimed_the_attack_keeps_the_attack():
    # guard: a negative subject of another verb, not a harm passive
    doc = full("Nobody claimed responsibility for the attack on the army convoy.")
    att = _on(doc, "attack")
    assert att and not att[0].negated, dump(doc)


# ---- a present-tense "says" of the body: a standing position, no statement

ARTICLE = ("Egypt cuts fuel subsidies as canal revenue falls\n\n"
           "CAIRO, May 4 - Egypt raised fuel prices by 15 percent on Sunday, the petroleum ministry said. "
           "Egypt says the shipping detours have cut its canal revenue by more than half. "
           "Egypt said on Monday that the detours had cost it two billion dollars.")


def test_present_says_without_a_date_makes_no_statement():
    doc = full(ARTICLE)
    assert not [e for e in doc.events if e.trigger == "says"], dump(doc)


def test_said_with_a_date_keeps_its_statement():
    # guard: the past tense on a day is a statement made then
    doc = full(ARTICLE)
    assert [e for e in doc.events if e.trigger == "said" and e.cameo == "010" and e.source_country == "EGY"], dump(doc)


def test_a_direct_quote_with_says_keeps_its_statement():
    # guard: a direct quote's "says" reports the words
    doc = full('"We will not give up," the union leader says.')
    assert [e for e in doc.events if e.trigger == "says" and e.cameo == "010"], dump(doc)


def test_says_with_an_act_in_its_content_keeps_the_act():
    doc = full("Cairo is calm today. Egypt says Israeli troops attacked its border post.")
    assert find(doc, "190", "ISRMIL", "EGY"), dump(doc)


# ---- the bare office facing the one foreign side of its sentence, in a story led by the dateline's country
# (Mozambique 6 of 13 country mentions: no home story, but twice every other country's)

STORY = ("MAPUTO, June 2 - Mozambican police arrested 14 people in Maputo on Monday after protests over fuel prices, "
         "a police spokesman said. Mozambican unions called for a general strike. "
         "Mozambique's inflation rose to 9 percent in May. "
         "The United States and South Africa urged calm. Malawi and Zambia closed their borders. "
         "Prime Minister Ana Machel met the Rwandan commander on Tuesday. "
         "The defence minister met the Rwandan and Tanzanian envoys on Wednesday.")


def test_bare_office_meeting_a_foreign_commander_is_the_home_country():
    doc = full(STORY)
    met = [e for e in doc.events if e.root == "04" and e.target_country == "RWA"]
    assert met and met[0].source_country == "MOZ", dump(doc)


def test_bare_office_in_a_sentence_of_two_foreign_countries_stays_bare():
    # guard: the sentence names two foreign countries: the bare minister is not guessed
    doc = full(STORY)
    wed = [e for e in doc.events if e.root == "04" and e.trigger == "met"
           and "Wednesday" in doc.text[e.sentence_start:e.sentence_end]]
    assert not [e for e in wed if e.source_country == "MOZ" and e.rule.endswith(":src-home")], dump(doc)


# ---- "struggles" with no object: a difficulty, no fight

def test_a_mission_that_struggles_is_no_fight():
    doc = full("Gangs seize another town as the police mission struggles")
    assert not _on(doc, "struggles"), dump(doc)


def test_struggled_to_is_no_fight():
    doc = full("The government struggled to contain the unrest in the north.")
    assert not _on(doc, "struggled"), dump(doc)


def test_struggled_against_the_army_stays():
    # guard: a struggle against an actor
    doc = full("Rebels struggled against the army for a decade.")
    assert find(doc, "190", "REB", "MIL"), dump(doc)


# ---- "according to U.N. estimates": figures cited, no statement

def test_according_to_estimates_is_no_statement():
    doc = full("Gangs now control about 80 percent of the capital, according to U.N. estimates.")
    assert not [e for e in doc.events if e.root == "01"], dump(doc)


def test_according_to_an_organisation_keeps_the_statement():
    # guard: a speaker, not figures
    doc = full("Gangs now control about 80 percent of the capital, according to the United Nations.")
    assert [e for e in doc.events if e.cameo == "010" and e.source_code == "IGOUNO"], dump(doc)


# ---- ", a request that …": the asking told again

def test_appositive_request_is_the_asking_again():
    doc = full("He also asked the Security Council to send more police, a request that Russia and China have resisted.")
    assert [e.trigger for e in doc.events if e.root == "02"] == ["asked"], dump(doc)


def test_appositive_request_keeps_the_rejection():
    doc = full("Egypt asked Israel to withdraw its troops, a request Israel rejected on Monday.")
    assert find(doc, "12", "ISR") and not _on(doc, "request"), dump(doc)


def test_request_of_another_clause_stays():
    # guard: no comma + article: another request, told as a new act
    doc = full("Egypt asked Israel to withdraw its troops and a request by Jordan followed.")
    assert _on(doc, "request"), dump(doc)


# ---- "has governed the country since 1975": a standing rule, no act

def test_governed_is_no_event():
    doc = full("The ruling party has governed Zambia since independence from Britain in 1964.")
    assert not [e for e in doc.events if e.root == "06"], dump(doc)


def test_governed_leaves_the_acts_of_its_sentence():
    # guard: the act told beside the standing rule is still coded
    doc = full("The ruling party, which has governed Zambia since 1964, expelled two Malawian diplomats on Monday.")
    assert find(doc, "166") and not [e for e in doc.events if e.root == "06"], dump(doc)
