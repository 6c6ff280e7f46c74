"""Session 27 B15EN2: English causes left by the fifteenth blind test (our own sentences)."""
from marsad.model import Document
from marsad.pipeline import Pipeline

_PIPE = []


def _doc(text, pub="2024-03-04"):
    if not _PIPE:
        _PIPE.append(Pipeline())
    doc = Document.from_text(text, published_at=pub)
    _PIPE[0](doc)
    return doc


def _sides(doc, cameo):
    return [(e.source_country, e.target_country, e.trigger) for e in doc.events if e.cameo == cameo]


# 1. a diplomat obliged to leave (the diplomat as subject): the country left expels; a downgrade to a charge d'affaires

def test_envoy_would_have_to_leave_named_country():
    doc = _doc("Foreign Minister Anna Virtanen said Belarus's ambassador would have to leave Finland on March 20.")
    evs = [e for e in doc.events if e.cameo == "166"]
    assert [(e.source_country, e.target_country) for e in evs] == [("FIN", "BLR")], _sides(doc, "166")
    assert evs[0].date == "2024-03-04" and evs[0].modality == "asserted"


def test_envoys_given_hours_to_leave():
    doc = _doc("Two Russian diplomats were given 72 hours to leave Poland, the foreign ministry in Warsaw said.")
    assert [(s, t) for s, t, _ in _sides(doc, "166")] == [("POL", "RUS")], _sides(doc, "166")


def test_envoy_ordered_to_leave_the_country_host_from_dateline():
    doc = _doc("ROME, March 4 (Marsad) - The Iranian envoy was ordered to leave the country within a week.")
    assert [(s, t) for s, t, _ in _sides(doc, "166")] == [("ITA", "IRN")], _sides(doc, "166")


def test_keep_only_charge_d_affaires_is_downgrade():
    doc = _doc("Norway said it would keep only a charge d'affaires in Tehran.")
    assert [(s, t) for s, t, _ in _sides(doc, "161")] == [("NOR", "IRN")], _sides(doc, "161")


def test_active_order_to_leave_stays_one_expulsion():
    doc = _doc("Hungary on Monday ordered the Dutch consul to leave the country.")
    assert [e.cameo for e in doc.events] == ["166"], [(e.cameo, e.trigger) for e in doc.events]
    assert doc.events[0].source_country == "HUN" and doc.events[0].target_country == "NLD"


def test_guard_speaker_envoy_leaving_a_meeting():
    doc = _doc("The ambassador said he would have to leave the meeting early.")
    assert not _sides(doc, "166"), _sides(doc, "166")


def test_guard_residents_had_to_leave():
    doc = _doc("Thousands of residents in Germany had to leave their homes as the floods rose.")
    assert not _sides(doc, "166"), _sides(doc, "166")


def test_guard_kept_charge():
    doc = _doc("The French company kept its charge of the project in Algeria.")
    assert not _sides(doc, "161"), _sides(doc, "161")


# 2. a characterisation as treason is a denunciation (111)

def test_described_as_treasonous():
    doc = _doc("NAIROBI, March 4 (Marsad) - The Kenyan interior minister described the blockade of the highway as "
               "\"treasonous\" on Sunday.")
    assert any(e.cameo == "111" and e.trigger.startswith("described") for e in doc.events), \
        [(e.cameo, e.trigger) for e in doc.events]


def test_guard_described_as_frank():
    doc = _doc("The Kenyan interior minister described the meeting with the governors as frank and useful.")
    assert not [e for e in doc.events if e.trigger.startswith("described")], [(e.cameo, e.trigger) for e in doc.events]
