"""Session 52 GAPAR52B: a country's own minister or party naming "the government" alone (own_government_ar)."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _event(pipe, text, trigger):
    doc = pipe(text, published_at="2025-05-01")
    return next(ev for ev in doc.events if ev.trigger == trigger)


def test_minister_demands_of_own_government(pipe):
    ev = _event(pipe, "القدس - طالب وزير المالية الإسرائيلي بتسلئيل سموتريتش الحكومة بتوسيع العملية العسكرية في "
                      "قطاع غزة. وقال سموتريتش إن إسرائيل لن تتراجع. واعتبر نتنياهو أن إسرائيل قوية.", "طالب")
    assert (ev.source_code, ev.target_code) == ("ISRGOV", "ISRGOV")


def test_party_leader_calls_on_own_government(pipe):
    ev = _event(pipe, "وفي رسالة نشرها على حسابه، دعا رئيس حزب الليكود الإسرائيلي الحكومة إلى إغلاق المعابر مع "
                      "قطاع غزة، وقال إن إسرائيل لن تقبل بالتهدئة. وأيده وزراء إسرائيليون.", "دعا")
    assert ev.target_code == "ISRGOV"


def test_guard_visiting_president_leaves_host_government(pipe):
    """Guard (passes before too): a visiting president in the host's story speaks to the host's government."""
    ev = _event(pipe, "دعا الرئيس الفرنسي إيمانويل ماكرون الحكومة إلى الإسراع في الإصلاحات خلال زيارته إلى بيروت. "
                      "ولبنان يعاني أزمة. وقال رئيس الوزراء اللبناني إن لبنان ملتزم.", "دعا")
    assert ev.target_code != "FRAGOV"


def test_president_thanks_his_foreign_minister(pipe):
    ev = _event(pipe, "وهنأ الرئيس التونسي قيس سعيد وزير خارجيته على نجاح المؤتمر الوزاري في العاصمة.", "وهنأ")
    assert ev.target_code == "TUNGOV"


def test_guard_counterpart_is_not_own(pipe):
    """Guard (passes before too): "نظيره" is another state's minister, never the speaker's own."""
    ev = _event(pipe, "واستقبل وزير الخارجية التونسي نظيره في العاصمة أمس.", "واستقبل")
    assert ev.target_code != "TUNGOV"
