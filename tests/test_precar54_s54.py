"""Session 54 (PRECAR54): Arabic extras -- our own sentences.

1. A readiness noun stated by a circumstantial participle after a comma ("…، مؤكدا استعداد الحكومة للتعاون"،
   "…، مبدية استعدادها لدعم"، "…، معربا عن استعداد بلاده") is the participle statement's content, no 03 event of its
   own (marsad/coding/stated_readiness_ar.py); a readiness shown or affirmed by a finite verb stays (guards).
"""
import pytest

from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _events(text):
    return _PIPE(text, published_at="2026-04-20").events


def _codes(evs):
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in evs]


def _readiness(evs):
    return [e for e in evs if e.cameo.startswith("03") and "استعداد" in e.trigger]


@pytest.mark.parametrize("text", [
    "وهنأ رئيس الوزراء الأردني نظيره اللبناني في اتصال هاتفي مساء الأحد، مؤكدا استعداد الحكومة للتعاون مع بيروت.",
    "ورحبت ألمانيا بقرار الحكومة العراقية، مبدية استعدادها لدعم الجيش العراقي.",
    "ورحب الرئيس الغاني بالاتفاق، معربا عن استعداد بلاده لدعم جهود السلام في مالي.",
])
def test_readiness_stated_by_a_participle_is_no_event(text):
    evs = _events(text)
    assert not _readiness(evs), _codes(evs)


@pytest.mark.parametrize("text", [
    "وأبدت تونس استعدادها لاستضافة جولة جديدة من الحوار بين الطرفين.",
    "وأكد وزير الخارجية الجزائري استعداد بلاده لدعم جهود التهدئة في ليبيا.",
])
def test_guard_readiness_shown_by_a_verb_stays(text):
    """Guard: a finite verb showing or affirming the readiness keeps its 03 event (required in the gold)."""
    evs = _events(text)
    assert _readiness(evs) or [e for e in evs if e.cameo.startswith("03")], _codes(evs)
