"""Session 32, FIXEN2: English constructions (our own sentences, in the style of news reports).

1. "sealed its border crossings with X" restricts movement as "closed" does (172).
2. "was ending relations / ties with X" breaks relations (161).
3. "signed a joint communique" is a signed agreement (057), as a treaty or a declaration.
4. "pulls diplomats out of X" withdraws diplomats (161), not troops (0874); "pulled out of the town" stays 0874.
5. "had spoken to / spoke with" a state actor is a consultation (040); "spoke to reporters" stays none.
"""
from marsad.pipeline import Pipeline

_P = Pipeline(captions=False)


def _events(text, date="2024-06-12"):
    doc = _P(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end]) for e in doc.events]


def test_sealed_border_crossings_restrict_movement():
    evs = _events("Laos sealed all of its land border crossings with Vietnam on Friday after the shooting.")
    assert any(c == "172" and s == "LAO" and g == "VNM" for c, s, g, t in evs), evs


def test_ending_relations_breaks_relations():
    evs = _events("Paraguay announced on Monday that it was ending diplomatic relations with Taiwan.")
    assert any(c == "161" and s == "PRY" and g == "TWN" for c, s, g, t in evs), evs
    evs = _events("The rebels ended their attacks on the city after the talks.")
    assert not any(c == "161" for c, *_ in evs), evs


def test_signed_joint_communique_is_an_agreement():
    evs = _events("Bolivia's foreign minister and his Chinese counterpart signed a joint communique in Beijing on Monday.")
    assert any(c == "057" and s.startswith("BOL") and g.startswith("CHN") for c, s, g, t in evs), evs


def test_pulls_diplomats_out_is_a_diplomatic_withdrawal():
    evs = _events("Estonia pulls diplomats out of Minsk as row with Belarus deepens")
    assert any(c == "161" and s == "EST" for c, s, g, t in evs), evs
    assert not any(c == "0874" for c, *_ in evs), evs
    evs = _events("The army pulled out of the town on Monday, residents said.")
    assert any(c == "0874" for c, *_ in evs), evs


def test_spoken_to_a_state_actor_is_a_consultation():
    evs = _events("The Malaysian prime minister said he had spoken to the Thai premier on Monday evening.")
    assert any(c == "040" and s == "MYSGOV" and g == "THAGOV" for c, s, g, t in evs), evs
    evs = _events("The Egyptian foreign minister spoke to reporters in Cairo on Monday.")
    assert not any(c.startswith("04") for c, *_ in evs), evs
    evs = _events("The president spoke to the nation on state television on Sunday.")
    assert not any(c.startswith("04") for c, *_ in evs), evs


def test_and_verb_it_names_back_the_first_target():
    evs = _events("A foreign ministry spokesman in Beijing blamed Lithuania for the damage and urged it to reverse course.")
    assert any(c == "020" and s.startswith("CHN") and g == "LTU" for c, s, g, t in evs), evs


def test_behind_bars_and_on_patrol_are_no_acts():
    evs = _events("The opposition urged the government to free all activists still behind bars.")
    assert not any(c == "172" for c, *_ in evs), evs
    evs = _events("A roadside bomb wounded four Malian soldiers on patrol near Gao on Monday.")
    assert not any(c.startswith("15") for c, *_ in evs), evs
    evs = _events("Chinese warships patrolled the waters near the islands on Monday.")
    assert any(c == "150" for c, *_ in evs), evs


def test_wanted_to_is_an_intent_only_before_to():
    evs = _events('"Our country has always wanted to resolve the dispute peacefully," the Bolivian president said.')
    assert evs and all(m != "asserted" for m in [e.modality for e in _P('"Our country has always wanted to resolve '
                       'the dispute peacefully," the Bolivian president said.', published_at="2024-06-12").events]), evs
    evs = _events("Police arrested a man wanted for the killing of two officers in Lagos.")
    assert not any(c.startswith("13") for c, *_ in evs), evs


def test_an_intended_market_attack_is_no_threat_on_a_market_page():
    # the market gate drops the intent form (138) of the assault metaphor as it drops the assault (19)
    text = ("Rail shares tumble as ticket price war spreads\n\n"
            "Madrid - Shares of rail operators fell on Monday as a price war pushed ticket prices to new lows and "
            "investors braced for weaker earnings.\n\n"
            "Analysts said the French operator wanted to attack its rival's dominance on the coastal routes.\n\n"
            "Both groups report their quarterly earnings next month, and shareholders expect smaller dividends.\n")
    evs = _events(text)
    assert not any(c.startswith(("13", "19")) for c, *_ in evs), evs


def test_named_leaders_of_the_period_are_known():
    # people.tsv: heads of state / government and ministers of 2020-2025 (Tsai, Qin Gang: "Gang" is no gang)
    evs = _events("President Tsai Ing-wen condemned Beijing's military drills around the island.", date="2023-04-10")
    assert any(c == "111" and s == "TWNGOV" for c, s, g, t in evs), evs
    evs = _events("Foreign Minister Qin Gang criticised Washington over the balloon affair.", date="2023-02-06")
    assert any(s == "CHNGOV" for c, s, g, t in evs) and not any("CRM" in (s or "") for c, s, g, t in evs), evs


def test_speaker_before_a_this_years_apposition():
    evs = _events("Indonesian President Joko Widodo, this year's chair of the regional bloc, said he had met "
                  "Thai Prime Minister Srettha Thavisin on Thursday.", date="2023-09-08")
    assert any(c == "040" and s == "IDNGOV" and g == "THAGOV" for c, s, g, t in evs), evs
