"""Session 54, DATE54: places of events -- an Arabic place after "في" that belongs to the noun before it."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _places(doc, trigger_word):
    names = {p.id: p.name for p in doc.places}
    return [names.get(e.place_id) for e in doc.events if trigger_word in e.trigger]


def test_talks_on_a_place_do_not_place_an_accusation(pipe):
    """"اتهم … بإفشال مفاوضات وقف إطلاق النار في غزة": Gaza is the ceasefire talks' place, not the accusation's; the
    accusation keeps the dateline's city."""
    doc = pipe("عمان - 3 مارس - اتهم وزير الخارجية الأردني إسرائيل أمس بالسعي إلى إفشال مفاوضات وقف إطلاق النار "
               "في غزة.", published_at="2025-03-03")
    assert _places(doc, "اتهم") == ["Amman"]


def test_situation_in_a_place_does_not_place_a_talk(pipe):
    """"وأدان … التصعيد في قطاع غزة" (one word between في and the name): the escalation's place, not the
    condemnation's."""
    doc = pipe("الرياض - 3 مارس - رفض وزير الخارجية السعودي أمس خطط التهجير، وأدان الوزير التصعيد في قطاع غزة.",
               published_at="2025-03-03")
    assert "Gaza Strip" not in _places(doc, "أدان") and "Gaza" not in _places(doc, "أدان")


def test_guard_force_in_the_fighting_keeps_its_place(pipe):
    """Guard: a use of force keeps the place of the fighting it happened in ("قتل … في القتال في الخرطوم")."""
    doc = pipe("القاهرة - 5 مايو - قتل عشرة أشخاص أمس في القتال في الخرطوم.", published_at="2025-05-05")
    assert _places(doc, "قتل") == ["Khartoum"]


def test_guard_plain_place_after_fi_is_kept(pipe):
    """Guard: "في" + a place after a word not listed stays the event's place ("اجتمع … في الدوحة")."""
    doc = pipe("القاهرة - 5 مايو - أدان وزير الخارجية المصري في الدوحة أمس الهجوم على المدنيين.",
               published_at="2025-05-05")
    assert _places(doc, "أدان") == ["Doha"]
