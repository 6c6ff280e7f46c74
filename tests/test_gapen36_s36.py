"""Session 36 (helper gapen36): English constructions of the in-sample gold, our own sentences.

1. A place-only English dateline in upper case ("QUITO - President …") is a dateline (``patterns.yaml``
   dateline_en_place, ``clean._english_place_dateline``): its country makes the story a home story, so a domestic
   act naming no side is aimed at the home country; a capitalised word that is no place ("UPDATE - …") stays body.
2. "ordering / orders X's diplomats to leave" = an expulsion (166, ``manual_en.tsv``), as "ordered … to leave".
"""
from marsad.pipeline import Pipeline

from test_gapen34_s34 import _dump, _events, _with  # (the same helpers)

_P = Pipeline(captions=False)


def _segments(text):
    doc = _P(text, published_at="2024-06-12")
    return [(s.kind, doc.text[s.start:s.end]) for s in doc.segments]


_QUITO = ("Home > World > Americas\n\nEcuador's president sacks police chief after prison riot\n\n"
          "By Marsad staff\n\nQUITO - Ecuadorean President Daniel Noboa dismissed the national police commander on "
          "Tuesday after inmates took over a prison in Guayaquil for two days.\n\n"
          "Police detained the prison's director and two guards on Tuesday, a government spokeswoman said.\n\n")


def test_place_only_dateline_is_a_dateline():
    segs = _segments(_QUITO)
    assert ("dateline", "QUITO - ") in segs or any(k == "dateline" and t.startswith("QUITO") for k, t in segs), segs


def test_place_only_dateline_gives_the_home_target():
    got, evs = _with(_QUITO, "detained")
    assert got and got[0].root == "17", _dump(evs)
    assert got[0].source_code.startswith("ECU") and got[0].target_code == "ECU", _dump(evs)


def test_capital_word_that_is_no_place_is_no_dateline():
    segs = _segments("UPDATE - Ecuadorean President Daniel Noboa dismissed the national police commander on Tuesday.")
    assert not any(k == "dateline" for k, _ in segs), segs


def test_ordering_diplomats_to_leave_is_an_expulsion():
    got, evs = _with("Lithuania expelled two Belarusian diplomats on Friday. Minsk responded on Saturday by ordering "
                     "Lithuanian diplomats to leave the country within 72 hours.", "ordering")
    assert got and got[0].cameo == "166", _dump(evs)
    assert got[0].source_country == "BLR" and got[0].target_country == "LTU", _dump(evs)


def test_orders_envoy_to_leave_is_an_expulsion():
    got, evs = _with("Peru orders Mexico's ambassador to leave within 72 hours over asylum row.", "orders")
    assert got and got[0].cameo == "166", _dump(evs)


# 3. A story its dateline's country leads (the home country named most, the lead naming only it) with foreign
#    reactions after it: a foreign state's or body's condemnation / appeal naming no other side is aimed at the home
#    country (``domestic_target_en`` with ``home_country.home_lead``).
_BAMAKO = ("BAMAKO, Aug 19 (Marsad) - Mali's army detained President Ibrahim Keita and Prime Minister Boubou Cisse "
           "on Tuesday, and the soldiers said they had taken power to end the crisis in Mali.\n\n"
           "Malian soldiers later closed the borders, and a Malian officer said elections would follow in Mali.\n\n"
           "France, the former colonial power, said French troops in the region were not involved. French officials "
           "said Paris was following the events closely. The United States said Washington opposed any "
           "unconstitutional change, and Russia said Moscow was watching.\n\n")


def test_led_story_foreign_condemnation_targets_home():
    text = _BAMAKO + "UN Secretary-General Antonio Guterres condemned the detentions on Wednesday."
    got, evs = _with(text, "condemned")
    assert got and got[0].root == "11", _dump(evs)
    assert got[0].target_code == "MLI", _dump(evs)


def test_led_story_foreign_appeal_to_all_sides_targets_home():
    text = _BAMAKO + "The Chinese foreign ministry urged all sides to resolve their differences peacefully."
    got, evs = _with(text, "urged")
    assert got and got[0].root == "02", _dump(evs)
    assert got[0].source_country == "CHN" and got[0].target_code == "MLI", _dump(evs)


def test_led_story_reaction_naming_another_country_is_left():
    text = _BAMAKO + "The Chinese foreign ministry urged France to stay out of the crisis."
    got, evs = _with(text, "urged")
    assert got and got[0].target_country == "FRA", _dump(evs)


# 4. "lodged (solemn) representations with X" / "lodged a démarche" = an official complaint (114, ``manual_en.tsv``).
def test_lodged_representations_is_an_official_complaint():
    got, evs = _with("Tokyo lodged solemn representations with South Korea on Monday over the coast guard survey near "
                     "the disputed islands.", "lodged")
    assert got and got[0].cameo == "114", _dump(evs)
    assert got[0].source_country == "JPN" and got[0].target_country == "KOR", _dump(evs)


# 5. Countries named only in an earlier clause joined by ", and" are no side of a later reaction's target
#    (``domestic_target_en._clause_named``); a country named in the reaction's own clause still is.
def test_reaction_after_other_speakers_clause_targets_home():
    text = _BAMAKO + ("Germany and Italy said they were deeply worried, and the African Union called for the "
                      "immediate release of the detained leaders.")
    got, evs = _with(text, "called")
    assert got and got[0].root in ("02", "10"), _dump(evs)
    assert got[0].target_code == "MLI", _dump(evs)


def test_reaction_naming_a_country_in_its_own_clause_is_left():
    text = _BAMAKO + ("Germany said it was deeply worried, and the African Union called on Italy to cut its aid to "
                      "the soldiers.")
    got, evs = _with(text, "called")
    assert got and got[0].target_code != "MLI", _dump(evs)
