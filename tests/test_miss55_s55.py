"""Session 55 MISS55: missed gold events -- the police storming premises (Arabic اقتحم) is a raid (171).

Own sentences, news style (none copied from the gold or dev articles)."""
from marsad.pipeline import default_pipeline

_P = None


def _events(text):
    global _P
    if _P is None:
        _P = default_pipeline()
    return _P(text, published_at="2025-05-05").events


def _has(evs, cameo, src=None):
    return any(e.cameo == cameo and (src is None or (e.source_code or "").startswith(src)) for e in evs)


def test_police_storming_premises_is_a_raid():
    evs = _events("اقتحمت الشرطة المغربية أمس مقر جمعية حقوقية في الرباط وصادرت أجهزة الحاسوب.")
    assert _has(evs, "171", "MAR") and not _has(evs, "190"), evs
    evs = _events("واقتحمت قوات من الشرطة صباح اليوم مكتب صحيفة معارضة في العاصمة الأردنية.")
    assert _has(evs, "171") and not _has(evs, "190"), evs


def test_troops_or_gunmen_storming_stay_force():
    """Guard: the army's or gunmen's storming keeps the اقتحم row's 190 (only a law-enforcement source is a raid)."""
    assert _has(_events("واقتحمت القوات الإسرائيلية بلدة في شمال الضفة الغربية فجر اليوم."), "190", "ISR")
    assert _has(_events("اقتحم مسلحون مجهولون مقر البلدية في مدينة عراقية."), "190")


def test_deadly_police_storming_stays_force():
    """Guard: a storming with a death in its sentence stays violent (the table's death words)."""
    evs = _events("واقتحمت الشرطة منزلا في بغداد ما أسفر عن مقتل اثنين من المطلوبين.")
    assert _has(evs, "190") and not _has(evs, "171"), evs


def test_ministerial_source_denial_has_the_government_as_source():
    evs = _events("ونفى مصدر وزاري أردني صحة الأنباء المتداولة عن تعديل وشيك.")
    assert _has(evs, "016", "JORGOV"), evs

