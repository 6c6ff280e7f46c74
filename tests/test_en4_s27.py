"""Session 27 EN4: English leftovers of B15EN2 (our own sentences)."""
from events_helpers import full


def _doc(text, pub="2024-05-02"):
    return full(text, published_at=pub)


def _sides(doc, cameo):
    return [(e.source_country, e.target_country, e.trigger) for e in doc.events if e.cameo == cameo]


# 1. "said the envoy must leave": a state saying a diplomat must leave its country expels him (166), not a demand (100)

def test_minister_said_envoy_must_leave_named_country():
    doc = _doc("Prime Minister Kaja Kallas said Russia's ambassador must leave Estonia.")
    assert [(s, t) for s, t, _ in _sides(doc, "166")] == [("EST", "RUS")], [(e.cameo, e.trigger) for e in doc.events]
    assert not _sides(doc, "100"), _sides(doc, "100")


def test_government_said_diplomats_must_leave_the_country():
    doc = _doc("The Latvian government said on Tuesday that two Belarusian diplomats must leave the country.")
    evs = [e for e in doc.events if e.cameo == "166"]
    assert [(e.source_country, e.target_country) for e in evs] == [("LVA", "BLR")], _sides(doc, "166")
    assert evs[0].modality == "asserted"


def test_guard_opposition_saying_envoy_must_leave_is_a_demand():
    doc = _doc("Opposition leaders said the Chinese ambassador must leave Australia.")
    assert not _sides(doc, "166"), _sides(doc, "166")


def test_guard_envoy_must_leave_a_meeting():
    doc = _doc("The ambassador said he must leave the meeting early.")
    assert not _sides(doc, "166"), _sides(doc, "166")


# 2. "ordered the deployment of the armed forces / troops": the ordered deployment is made (154), its orderer the source

def test_ordered_deployment_of_armed_forces_pronoun_source():
    doc = _doc("Ecuadorean President Daniel Noboa condemned the prison riots in a televised speech on Monday. "
               "He ordered the deployment of the armed forces to the prisons in Guayaquil.")
    evs = [e for e in doc.events if e.cameo == "154"]
    assert [e.source_country for e in evs] == ["ECU"], [(e.cameo, e.trigger, e.source_code) for e in doc.events]
    assert not _sides(doc, "100"), _sides(doc, "100")


def test_country_ordered_deployment_of_soldiers():
    doc = _doc("Peru ordered the deployment of soldiers to the southern region of Puno on Friday.")
    assert [s for s, _, _ in _sides(doc, "154")] == ["PER"], [(e.cameo, e.trigger) for e in doc.events]


def test_guard_ordered_troops_to_withdraw_stays_a_demand():
    doc = _doc("The president ordered the troops to withdraw from the border with Venezuela.")
    assert not _sides(doc, "154"), _sides(doc, "154")


# 3. a descriptive noun phrase for a country named before ("the Baltic state", "the Gulf emirate"): country_anaphor.tsv

def test_accusing_the_baltic_state_names_estonia():
    doc = _doc("Russia expelled Estonia's ambassador on Monday, accusing the Baltic state of spreading hostile propaganda.")
    assert [(s, t) for s, t, _ in _sides(doc, "112")] == [("RUS", "EST")], _sides(doc, "112")


def test_accused_the_gulf_emirate_names_qatar():
    doc = _doc("Qatar's emir met the French president in Paris. Egypt later accused the Gulf emirate of backing militants.")
    assert [(s, t) for s, t, _ in _sides(doc, "112")] == [("EGY", "QAT")], _sides(doc, "112")


def test_baltic_state_of_a_noun_after_the_capital():
    doc = _doc("Russia on Monday downgraded relations with Tallinn, accusing the Baltic state of hostility.")
    assert [(s, t) for s, t, _ in _sides(doc, "112")] == [("RUS", "EST")], _sides(doc, "112")


def test_guard_baltic_state_with_no_baltic_country_named():
    doc = _doc("Russia expelled Finland's ambassador on Monday, accusing the Baltic state of spreading propaganda.")
    assert all(t != "FIN" for _, t, _ in _sides(doc, "112")), _sides(doc, "112")


def test_guard_island_nation_of_named():
    doc = _doc("Japan praised Australia on Monday. It later criticised the island nation of Fiji.")
    assert all(t != "JPN" for _, t, _ in _sides(doc, "111")), _sides(doc, "111")


# 4. an actor-less appeal is not a retelling of an appeal told only inside an earlier direct quote

_QUOTED_APPEAL = ('Opposition leader Maria Costa condemned the arrests on Monday. "Our people are asking for bread and '
                  'dignity," she said in a statement.\n\nEleven European embassies said in a joint statement they were '
                  'alarmed by the clashes and urged restraint on all sides.')


def test_urged_restraint_kept_after_quoted_appeal():
    doc = _doc(_QUOTED_APPEAL, pub="2024-06-26")
    assert [e.cameo for e in doc.events if e.trigger == "urged"] == ["020"], [(e.cameo, e.trigger) for e in doc.events]


def test_guard_actorless_appeal_after_narrated_appeal_is_merged():
    doc = _doc("The opposition leader Maria Costa urged calm on Monday.\n\nEleven European embassies said in a joint "
               "statement they were alarmed by the clashes and urged restraint on all sides.", pub="2024-06-26")
    assert [e.source_code for e in doc.events if e.cameo == "020"] == ["OPP"], [(e.cameo, e.trigger) for e in doc.events]
