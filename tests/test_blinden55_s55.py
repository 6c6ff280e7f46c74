"""Session 55 BLINDEN55: English constructions of the session's blind sets, each with own invented sentences."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _evs(pipe, text, word):
    doc = pipe(text, published_at="2025-05-05")
    return [e for e in doc.events if e.trigger.lower().startswith(word)]


def _ev(pipe, text, word):
    evs = _evs(pipe, text, word)
    assert evs, [(e.trigger, e.cameo) for e in pipe(text, published_at="2025-05-05").events]
    return evs[0]


def test_accepted_aid_offers_is_allowing_aid_in(pipe):
    """"accepted offers of aid from X" lets the aid in (0863), no pledge (030)."""
    ev = _ev(pipe, "Nepal accepted offers of flood relief help from India and Japan on Tuesday.", "accepted")
    assert ev.cameo == "0863" and ev.source_code.startswith("NPL")


def test_deployed_team_for_relief_is_aid(pipe):
    """"deployed relief convoys / humanitarian teams" is humanitarian aid (073), no mobilisation (154)."""
    ev = _ev(pipe, "The Red Crescent deployed relief convoys to the flooded province on Sunday.", "deployed")
    assert ev.root == "07"


def test_disputed_the_account_is_a_denial(pipe):
    """"disputed the account" denies it (016)."""
    ev = _ev(pipe, "Lebanon's army announced that the border post had been shelled. Israel's military quickly "
                   "disputed the account.", "disputed")
    assert ev.cameo == "016"


def test_police_stormed_residence_is_coercion(pipe):
    """A police storming of a home is the police raid's coercion (17), not an armed assault (190)."""
    ev = _ev(pipe, "The opposition leader said police had stormed his residence in the capital overnight.", "stormed")
    assert ev.root == "17"


def test_own_troops_raiding_a_home_is_coercion(pipe):
    """Own troops raiding a home of their country (the opposition leader's) is coercion (17)."""
    ev = _ev(pipe, "KAMPALA - Ugandan opposition leader Kizza Besigye said Ugandan soldiers had raided his home "
                   "on Friday.", "raided")
    assert ev.root == "17"


def test_guard_troops_raiding_a_foreign_camp_stay_assault(pipe):
    """Guard: troops raiding a camp of another country stay an armed assault (190)."""
    ev = _ev(pipe, "Israeli troops raided the town of Jenin in the occupied West Bank on Monday.", "raided")
    assert ev.root == "19"


def test_joined_participle_keeps_the_callers_subject(pipe):
    """", calling X's move … and accusing …": the second participle is the caller's, not X's."""
    ev = _ev(pipe, "The Colombian foreign minister announced the decision on Monday, calling Venezuela's move an "
                   "unfriendly act and accusing the Venezuelan government of meddling in its affairs.", "accusing")
    assert ev.source_code.startswith("COL") and ev.target_code.startswith("VEN")


def test_fronted_capital_gives_the_ministry_its_state(pipe):
    """"In <capital>, the foreign ministry said …" in a story datelined elsewhere is the capital's state's."""
    ev = _ev(pipe, "QUITO - Ecuador expelled the Colombian ambassador on Monday.  In Bogota, the foreign ministry "
                   "said it regretted the decision of Ecuador.", "regretted")
    assert ev.source_code and ev.source_code.startswith("COL")


def test_guard_fronted_town_gives_no_country(pipe):
    """Guard: a fronted town that is no capital says nothing of a bare body's state."""
    ev = _ev(pipe, "QUITO - Ecuador expelled the Colombian ambassador on Monday.  In Medellin, the foreign ministry "
                   "said it regretted the decision of Ecuador.", "regretted")
    assert not (ev.source_code or "").startswith("COL")


def test_ordered_closure_of_consulates_reduces_relations(pipe):
    """"ordered the closure of the consulates" reduces relations (161)."""
    ev = _ev(pipe, "France ordered the closure of the two Algerian consulates on its territory on Monday.",
             "ordered")
    assert ev.cameo == "161"


def test_hanged_is_an_execution(pipe):
    """"hanged two men" is a judicial execution (170, as executed), not an armed assault (190)."""
    ev = _ev(pipe, "Saudi Arabia hanged two men convicted of drug smuggling on Tuesday.", "hanged")
    assert ev.cameo == "170"


def test_asked_judges_for_arrest_warrants_is_legal_action(pipe):
    """"asked judges to issue arrest warrants for X" is legal action against X (115), not an appeal to the judges."""
    ev = _ev(pipe, "The prosecutor of the International Criminal Court asked judges on Monday to issue arrest "
                   "warrants for Myanmar's army chief.", "asked")
    assert ev.cameo == "115" and ev.target_code.startswith("MMR")


def test_not_conforming_to_rules_is_no_rejection(pipe):
    """"people regarded as not conforming to the rules" describes people: no rejection (the PETRARCH2 conform row)."""
    evs = _evs(pipe, "Iran's morality police detained women they regarded as not conforming to the dress code.",
               "conform")
    assert not evs
