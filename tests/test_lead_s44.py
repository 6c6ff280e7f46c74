"""Session 44 (lead): our own sentences.

1. "he" in a clause after "after / when …" whose main subject is a country or a body is the one person named
   between the main verb and the pronoun ("The United States revoked the visa of President X after he urged …").
2. A named person opening a sentence is an antecedent of "he" in the next ones even where that sentence's verb codes
   no event ("X has been the fiercest critic of …  In his speech …, he condemned …").
3. A verb joined by "and" to a verb whose pronoun subject was resolved has that subject too ("he condemned … and
   demanded …").
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2025-08-14"):
    return list(_P(text, published_at=date).events)


def _codes(evs):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in evs]


def _with(evs, word):
    got = [e for e in evs if word in e.trigger]
    assert got, _codes(evs)
    return got[0]


def test_after_he_is_the_person_named_after_the_main_verb():
    evs = _events("WASHINGTON, Aug 14 - The United States suspended the visa of Brazilian President Luiz Inacio "
                  "Lula da Silva on Wednesday after he urged American voters to reject the tariffs.")
    ev = _with(evs, "urged")
    assert (ev.source_code or "").startswith("BRA"), _codes(evs)


def test_after_he_with_a_person_subject_stays_the_subject():
    evs = _events("PARIS, Aug 14 - French President Emmanuel Macron criticised Brazilian President Luiz Inacio Lula "
                  "da Silva on Wednesday, hours after he met Italian Prime Minister Giorgia Meloni in Rome.")
    ev = _with(evs, "met")
    assert (ev.source_code or "").startswith("FRA"), _codes(evs)


def test_after_he_with_two_people_between_is_left_alone():
    evs = _events("WASHINGTON, Aug 14 - The United States sanctioned Brazilian President Luiz Inacio Lula da Silva "
                  "and Argentine President Javier Milei on Wednesday after he urged voters to reject the tariffs.")
    ev = _with(evs, "urged")
    assert not (ev.source_code or "").startswith(("BRA", "ARG")), _codes(evs)


_CRITIC = ("BRASILIA, Aug 14 - Brazilian President Luiz Inacio Lula da Silva travelled to New York on Monday.\n\n"
           "Lula has been the fiercest critic of the tariffs in the region. In his address to the General Assembly "
           "on Tuesday, he condemned the tariffs as blackmail and demanded talks with the European Union.")


def test_sentence_opening_person_is_the_antecedent_of_he():
    ev = _with(_events(_CRITIC), "condemned")
    assert (ev.source_code or "").startswith("BRA"), _codes([ev])


def test_verb_joined_to_a_resolved_pronoun_shares_its_subject():
    ev = _with(_events(_CRITIC), "demanded")
    assert (ev.source_code or "").startswith("BRA"), _codes([ev])


def test_joined_verb_with_its_own_subject_keeps_it():
    evs = _events(_CRITIC.replace("and demanded talks", "and Argentina demanded talks"))
    ev = _with(evs, "demanded")
    assert not (ev.source_code or "").startswith("BRA"), _codes(evs)
