"""Session 55, DATE55: event places -- acts done at home are not placed in the target's country, and a fronted
place phrase outranks another country's place named inside the clause it opens.  Sentences written for this test."""
import pytest

from marsad.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _place(pipe, text, trigger, date="2025-03-04"):
    doc = pipe(text, published_at=date)
    evs = [e for e in doc.events if e.trigger.startswith(trigger)]
    assert evs, [e.trigger for e in doc.events]
    p = doc.place(evs[0].place_id) if evs[0].place_id else None
    return (p.name or "", p.country or "") if p is not None else (None, None)


def test_reduced_relations_not_at_target(pipe):
    """Breaking off relations with a state is done at home: not placed in the target's country."""
    name, country = _place(pipe, "Chile broke off diplomatic relations with Bolivia on Monday over a border dispute.",
                           "broke off")
    assert country != "BOL"


def test_deportation_not_at_target(pipe):
    """Deporting migrants of a nationality is done where the deporting state is, not in the migrants' country."""
    text = ("طهران - 4 مارس (مرصد) - رحلت السلطات الإيرانية أمس آلاف المهاجرين الأفغان "
            "بحجة دخولهم البلاد بطرق غير قانونية.")
    name, country = _place(pipe, text, "رحلت")
    assert country != "AFG"


def test_fronted_place_over_noun_place(pipe):
    """"وفي أثينا، دعا … السلطات في شرق ليبيا": the fronted city is the call's place, not the authorities' region."""
    text = ("بنغازي - 4 مارس (مرصد) - أعلنت الحكومة الليبية أمس إغلاق مطار بنغازي أمام الرحلات الأوروبية. "
            "وفي أثينا، دعا وزير الخارجية اليوناني السلطات في شرق ليبيا إلى التعاون في وقف تدفق المهاجرين.")
    name, country = _place(pipe, text, "دعا")
    assert country == "GRC"


def test_guard_fronted_region_keeps_inner_place(pipe):
    """Guard: a place of the fronted place's own country inside the clause stays ("وفي الضفة الغربية، … في الخليل")."""
    text = ("رام الله - 4 مارس (مرصد) - قال مسؤولون فلسطينيون إن التوتر يتصاعد. "
            "وفي الضفة الغربية، اعتقل الجيش الإسرائيلي أمس عشرة فلسطينيين في مدينة الخليل.")
    name, country = _place(pipe, text, "اعتقل")
    assert name == "Hebron"


def test_guard_attack_stays_at_target(pipe):
    """Guard: a use of force is still placed in the attacked country."""
    name, country = _place(pipe, "Russia launched dozens of missiles at Ukraine on Monday, officials said.", "launched")
    assert country == "UKR"

