"""Session 51 (helper gapen51b): English context targets, our own sentences.

1. A full name written once behind a word the tagger took into the name ("Socialist Daria Kostova") and once without
   it ("Daria Kostova") is one person: the surname alone links to it again ("congratulated Kostova" has a target;
   ``actors._prefixed_full_name``).  Two different persons of one surname stay apart.
2. A short surname alone after "and" that joins a coded person's name is the second person ("Ishiba and Lee met");
   "and" after anything else still stops it (``actors._short_surname_tokens_en``).
"""
from test_gapen34_s34 import _dump, _with

_STORY = ("SOFIA, March 3 (Marsad) - Former Prime Minister Boyko Stanev conceded defeat on Sunday night after Socialist "
          "Daria Kostova won the race for mayor of Sofia, becoming the city's first woman mayor. "
          "Supporters of Daria Kostova celebrated in the streets of the Bulgarian capital until dawn. ")


# ----------------------------------------------------------------------------- 1 one person, two spellings
def test_congratulated_surname_of_a_prefixed_full_name_is_the_target():
    text = _STORY + "Nationalist candidate Petar Dulev congratulated Kostova on Monday."
    got, evs = _with(text, "congratulated", "2026-03-03")
    assert got and got[0].target_country == "BGR", _dump(evs)


def test_surname_subject_of_a_prefixed_full_name_is_the_source():
    text = _STORY + "Kostova pledged on Monday to freeze public transport fares for two years."
    got, evs = _with(text, "pledged", "2026-03-03")
    assert got and got[0].source_country == "BGR", _dump(evs)


def test_two_persons_of_one_surname_stay_apart_guard():
    from marsad.pipeline import default_pipeline
    text = ("SOFIA, March 3 (Marsad) - Socialist Daria Kostova won the race for mayor of Sofia on Sunday. "
            "Her brother Ivan Kostova congratulated her.")
    doc = default_pipeline(True)(text, published_at="2026-03-03")
    ids = {a.id for a in doc.actors if a.name_en in ("Socialist Daria Kostova", "Ivan Kostova")}
    assert len(ids) != 1, [(a.name_en, a.id) for a in doc.actors]


# ----------------------------------------------------------------------------- 2 a short surname after "and"
def test_short_surname_joined_to_a_person_is_the_second_side():
    text = ("TOKYO, June 2 (Marsad) - Japanese Prime Minister Shigeru Ishiba hosted South Korean President Lee "
            "Jae-myung in Tokyo on Monday. Ishiba and Lee met for two hours at the prime minister's residence.")
    got, evs = _with(text, "met", "2026-06-02")
    assert got and {(e.source_country, e.target_country) for e in got} >= {("JPN", "KOR")}, _dump(evs)
