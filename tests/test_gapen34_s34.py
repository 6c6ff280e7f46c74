"""Session 34 (helper gapen34): English constructions, our own sentences.

1. "declared X's ambassador, NAME, persona non grata": the name apposition's commas end no object search
   (``english.name_apposition_end`` in ``events._find_obj``).
2. "sealed off / cordoned off the road (the area) to the embassy" = a police cordon (153; ``manual_en.tsv``); a sealed
   border stays 172.
3. "urged both governments / both allies to …": the pair phrase is the object even when a fill gave it a country
   (``pair_anaphora._pair_target``), and the appealer's own events name no pair it urges (``pair_before(without=)``).
4. "commission officials", "election officials" = the state body's people (GOV; ``roles.tsv``), the country from the story.
5. "denounced the decision" / "the move": the nearest 16 / 17 act of another country six sentences back; "condemned the
   seizure": the nearest seizure (171) or attack by another country, however far back (``condemned_act.tsv``).
6. An accusation whose content holds a dated act ("accused X of a blast … in 2016"), coordinated by "and" with an
   earlier dated act of the same side, takes that act's date (``demanded_date_en._conjunct_before``).
7. "…, and the two sides agreed to …, the ministry said": a speaker after the verb is no subject; the pair of the
   event before (``pair_anaphora.pair_subjects``).
"""
import pytest

from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-06-12"):
    return _P(text, published_at=date).events


def _with(text, verb, date="2024-06-12"):
    """The events whose trigger starts with ``verb``, and all the events."""
    evs = _events(text, date)
    return [e for e in evs if e.trigger.startswith(verb)], evs


def _dump(evs):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in evs]


def test_persona_non_grata_with_named_ambassador():
    evs = _events("On Friday, Caracas declared Panama's ambassador, Luis Ortega Vidal, persona non grata, a day "
                  "after Panama suspended flights to Venezuela.")
    got = [e for e in evs if e.cameo == "166"]
    assert got, _dump(evs)
    assert got[0].source_country == "VEN" and got[0].target_country == "PAN", _dump(evs)


def test_name_apposition_before_a_lower_case_list_still_breaks():
    # a list of countries is no apposition: "France, Germany and Italy"
    from marsad.coding.english import name_apposition_end

    class W:
        def __init__(self, t):
            self.text = t
    words = [W(t) for t in "envoys from France , Germany and Italy , were".split()]
    assert name_apposition_end(words, 3) == -1
    words = [W(t) for t in "the ambassador , Ali Hassan , persona".split()]
    assert name_apposition_end(words, 2) == 5


def test_police_sealed_off_road_to_embassy():
    evs = _events("Riot police sealed off the street leading to the Turkish embassy in Athens on Thursday morning.")
    got = [e for e in evs if e.cameo == "153"]
    assert got and got[0].source_country == "GRC", _dump(evs)


def test_cordoned_off_area():
    evs = _events("Egyptian security forces cordoned off the area around the Israeli embassy in Cairo on Friday.")
    got = [e for e in evs if e.cameo == "153"]
    assert got and got[0].source_country == "EGY" and got[0].target_country == "ISR", _dump(evs)


def test_sealed_border_stays_closure():
    evs = _events("Jordan sealed its border with Syria on Friday after clashes near the crossing.")
    assert any(e.cameo == "172" for e in evs) and not any(e.cameo == "153" for e in evs), _dump(evs)


@pytest.mark.parametrize("text, pair", [
    ("Ethiopia and Kenya signed an agreement on Monday to reopen their shared border for traders. On Tuesday, a "
     "spokesman for the U.N. refugee agency in Geneva urged both governments to protect the refugees living in the "
     "border camps.", {"ETH", "KEN"}),
    ("Tokyo removed Seoul from its list of trusted trading partners on Friday, and South Korea recalled its ambassador "
     "from Japan. The Pentagon voiced concern and urged both allies to settle the dispute through dialogue.",
     {"JPN", "KOR"}),
])
def test_urged_the_pair(text, pair):
    urged, evs = _with(text, "urged")
    assert {e.target_country for e in urged} == pair, _dump(evs)


@pytest.mark.parametrize("text, country", [
    ("Zambia's main opposition leader on Monday accused commission officials of rigging the count in three "
     "provinces.", "ZMB"),
    ("Malawi's opposition party accused election officials of tampering with tally sheets on Tuesday.", "MWI"),
])
def test_officials_of_the_election_body(text, country):
    acc, evs = _with(text, "accused")
    assert acc and acc[0].target_country == country, _dump(evs)


def test_denounced_the_decision_names_its_author():
    text = ("Seoul said on Thursday it would scrap a military intelligence-sharing pact with Tokyo. "
            "Japan's foreign minister denounced the decision as deeply regrettable.")
    den, evs = _with(text, "denounced")
    assert den and den[0].target_country == "KOR", _dump(evs)


def test_decision_of_own_country_names_no_target():
    # a home decision criticised by the home opposition: no foreign target is borrowed from the story
    text = ("Peru's congress voted on Monday to expel the Canadian ambassador over the mining dispute. "
            "Peru's opposition leader condemned the decision.")
    con, evs = _with(text, "condemned")
    assert con and con[0].target_country != "CAN" and ":tgt-act" not in con[0].rule, _dump(evs)


def test_condemned_the_seizure_names_the_seizer():
    text = ("Iranian commandos seized a Greek-flagged oil tanker in the Gulf of Oman on Friday. "
            "The tanker's crew of 21 was taken to Bandar Abbas, the ship's owner said. Insurers raised premiums "
            "for the route. Shipping stocks fell. Traders said oil prices rose by two percent. Analysts expected "
            "more delays. On Saturday, Greece's foreign ministry condemned the seizure as an act of piracy.")
    con, evs = _with(text, "condemned")
    assert con and con[0].target_country == "IRN", _dump(evs)


def test_accusation_coordinated_with_dated_act_takes_its_date():
    # the year is the blast's; the accusation is told with the expulsion "a day after" Monday's
    text = ("Serbia expelled 12 Croatian diplomats on Tuesday, a day after Zagreb expelled five Serbian embassy staff "
            "it described as spies and accused Belgrade's military intelligence of a deadly blast at an arms plant "
            "in 2016.")
    acc, evs = _with(text, "accused")
    assert acc and acc[0].date == "2024-06-10", [(e.trigger, e.date) for e in evs]


def test_two_sides_agreed_with_speaker_after():
    text = ("Kenya's trade minister held a video call with Uganda's foreign minister on Monday, and the two sides "
            "agreed to reopen the border market, the ministry said.")
    agr, evs = _with(text, "agreed")
    assert {(e.source_country, e.target_country) for e in agr} == {("KEN", "UGA"), ("UGA", "KEN")}, _dump(evs)
