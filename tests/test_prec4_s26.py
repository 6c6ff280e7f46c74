"""Session 26, PREC4: false extra events in the older gold files (our own sentences)."""
from events_helpers import full


def _ev(doc, root):
    return [e for e in doc.events if e.cameo.startswith(root)]


# 1. "غارة بطائرة مسيرة": the craft after ب is the strike's instrument, not its target
def test_drone_after_strike_noun_is_no_target():
    doc = full("قتيلان في غارة بطائرة مسيرة استهدفت سيارة قرب مدينة صور")
    assert all(e.target_code != "MIL" for e in _ev(doc, "19"))


def test_headline_strike_by_drone_merges_with_body():
    doc = full("سوريا تحتج على غارة بطائرة مسيرة قرب حلب\n\n"
               "دمشق - 3 مارس - احتجت وزارة الخارجية السورية أمس على غارة شنتها طائرة مسيرة تركية على قرية قرب حلب، "
               "أسفرت عن مقتل مزارعين اثنين.")
    assert all(e.target_code != "MIL" for e in _ev(doc, "19"))


def test_rockets_after_attack_noun_are_no_target():
    doc = full("أصيب جنديان في هجوم بصواريخ على قاعدة عسكرية شمال البلاد")
    assert all(e.target_code != "MIL" for e in _ev(doc, "19"))


def test_guard_be_target_of_other_nouns_stays():
    # a ب-phrase after a non-attack noun keeps its target (an appeal, a call)
    doc = full("أجرى وزير الخارجية المصري اتصالا هاتفيا بنظيره الأردني")
    assert any(e.cameo.startswith("04") and (e.target_country == "JOR") for e in doc.events)
