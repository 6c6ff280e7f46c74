"""Session 54 (blindar54): Arabic constructions behind misses of the blind sets s260-s271 (sentences written here)."""
from marsad.pipeline import default_pipeline

_PIPE = None


def _events(text, date="2025-05-05"):
    global _PIPE
    if _PIPE is None:
        _PIPE = default_pipeline()
    return _PIPE(text, published_at=date).events


def _one(events, cameo):
    got = [e for e in events if e.cameo == cameo]
    assert got, [(e.trigger, e.cameo) for e in events]
    return got[0]


def test_denial_of_the_charges_by_surname_has_its_source():
    """"ونفى ناصر التهم": التهم (the charges) is no "آلتهم" (their machine, a MIL role word): the surname alone is the
    denial's source, the person named in full before."""
    ev = _one(_events("قضت محكمة أردنية اليوم بسجن وزير الصحة السابق خالد ناصر خمس سنوات بتهمة الفساد. "
                      "ونفى ناصر التهم الموجهة إليه."), "016")
    assert ev.source_code is not None and "MIL" not in (ev.source_code or "")


def test_denial_of_the_charges_with_conjunction_prefix():
    """A one-word family name (النسبة with the article) denying the charges: the earlier full name's code."""
    ev = _one(_events("أصدرت محكمة في تونس حكما بسجن المعارض سامي الدريدي. ونفى الدريدي التهم الموجهة إليه."), "016")
    assert ev.source_code and ev.source_code.endswith("OPP")


def test_home_deployment_takes_no_later_named_other_country():
    """A body-sentence deployment ("نشر الجيش مدرعات عند مداخل المدينة") is not aimed at the story's other country when
    that country is named only after it (the reader has not met it yet)."""
    ev = _one(_events("نيامي - هاجم مسلحون ثكنة للجيش النيجري قرب العاصمة نيامي أمس. وأغلقت السلطات الطرق المؤدية "
                      "إلى المدينة، فيما نشر الجيش مدرعات عند مداخل المدينة. وكانت النيجر قد قطعت علاقاتها مع "
                      "أوكرانيا الشهر الماضي. واتهمت نيامي أوكرانيا بدعم المسلحين، وهو ما نفته كييف."), "154")
    assert ev.target_code is None or not ev.target_code.startswith("UKR")


def test_guard_deployment_after_the_other_country_keeps_its_target_rule():
    """Guard: the deployment's own subject and code are unchanged by the order rule."""
    ev = _one(_events("نيامي - هاجم مسلحون ثكنة للجيش النيجري قرب العاصمة نيامي أمس. وأغلقت السلطات الطرق المؤدية "
                      "إلى المدينة، فيما نشر الجيش مدرعات عند مداخل المدينة."), "154")
    assert ev.source_code == "NERMIL"


def test_guard_charges_noun_still_ends_a_denial():
    """Guard: "ونفت الوزارة التهم" keeps its denial (016) with the ministry as source."""
    ev = _one(_events("اتهمت منظمة حقوقية وزارة الداخلية المصرية بتعذيب معتقلين. ونفت الوزارة التهم."), "016")
    assert ev.source_code and ev.source_code.startswith("EGY")
