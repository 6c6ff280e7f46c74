"""Session 50 (helper gapen50b): a rejection of a criticism noun takes the critic as its target, our own sentences.

``reaction_author._named_act``, reaction_named_act.tsv kind ``critic``: "rejected the criticism / the claim / the
complaints" answers the last criticism, accusation or objection (11x, 120) told up to three sentences before it, and
its author is the target -- also over the story's other party (``:tgt-dyad``, a guess).  A critic of no country
whose act was aimed at the rejecter's own side is a home critic: the rejecter's own country.

``reaction_author._adjective_author``: "welcomed the Irish measures and urged other European governments to …": a
reaction whose object is "the" + a country's adjective + an act noun answers that country's act -- over a target a
later clause names.
"""
from test_gapen34_s34 import _dump, _with


def test_rejected_criticism_of_home_lawmakers_is_home():
    text = ("VIENNA - Austria's government is seeking talks with the United States after Washington raised tariffs "
            "on Austrian machinery to 30 percent.  Several lawmakers accused the government of underestimating the "
            "White House.  Chancellor Karl Nehammer rejected the criticism on Friday, saying Austria had acted "
            "responsibly.")
    got, evs = _with(text, "rejected", "2025-05-05")
    assert got and got[0].source_country == "AUT" and got[0].target_country == "AUT", _dump(evs)


def test_rejected_claim_takes_the_objecting_country():
    text = ("China and India agreed to reopen a mountain trade route on Tuesday.  Bhutan objected on Wednesday to "
            "the plan, saying the pass lay on Bhutanese land.  India's external affairs ministry rejected the claim "
            "as baseless.")
    got, evs = _with(text, "rejected", "2025-05-05")
    assert got and got[0].source_country == "IND" and got[0].target_country == "BTN", _dump(evs)


def test_rejected_complaints_of_a_foreign_critic():
    text = ("Hungary's prime minister criticised Poland on Monday for its handling of the grain dispute.  On "
            "Tuesday, Poland's foreign ministry rejected the complaints and said the border would stay open.")
    got, evs = _with(text, "rejected", "2025-05-05")
    assert got and got[0].source_country == "POL" and got[0].target_country == "HUN", _dump(evs)


def test_criticism_noun_not_for_a_condemnation():
    # a guard: only a rejection answers a criticism noun so ("condemned the claims" is no reply to a critic here)
    text = ("Lebanon's president condemned the claims by an Israeli minister that Beirut was hiding weapons.")
    got, evs = _with(text, "condemned", "2025-05-05")
    assert not got or got[0].target_country != "LBN", _dump(evs)


def test_welcomed_the_adjective_decision_over_a_later_clause():
    text = ("Qatar's foreign ministry welcomed the Irish measures and urged other European governments to take "
            "similar steps.")
    got, evs = _with(text, "welcomed", "2025-05-05")
    assert got and got[0].source_country == "QAT" and got[0].target_country == "IRL", _dump(evs)


def test_rejected_the_adjective_proposal_over_a_later_clause():
    text = ("Iran's foreign ministry rejected the French proposal and urged European governments to respect the "
            "nuclear deal.")
    got, evs = _with(text, "rejected", "2025-05-05")
    assert got and got[0].source_country == "IRN" and got[0].target_country == "FRA", _dump(evs)


def test_adjective_object_keeps_a_target_named_before():
    # a guard: an object actor right after the verb stays ("condemned Israel and the Israeli plan")
    text = "Jordan's foreign ministry condemned Israel's government and the Israeli plan to annex the valley."
    got, evs = _with(text, "condemned", "2025-05-05")
    assert got and got[0].target_country == "ISR", _dump(evs)
