"""Session 52 (helper gapar52): Arabic sources and targets, our own sentences.

1. An elided subject after the sentence of a speaker (``coding/elided_subject_ar``): a definite word right after the
   verb that cannot be its subject -- a sound plural in ـين (accusative or genitive), a feminine noun in ة after a
   masculine verb -- is the object, so the verb goes on with the speaker; a time adjunct (خلال) after the verb, as في.
   A masculine plural of people in ة (القادة) after a masculine verb may be its subject (guard).
"""
from test_gapen34_s34 import _dump, _with

_AMMAN = "عمان - 12 فبراير (مرصد) - "


# ----------------------------------------------------------------------------- 1 elided subjects
def test_sound_plural_object_leaves_the_subject_to_the_speaker():
    got, evs = _with(_AMMAN + "قال وزير الداخلية الأردني مازن الفراية إن الأجهزة الأمنية أوقفت خلية مسلحة. واتهم "
                     "المعتقلين بالتخطيط لاستهداف منشآت عامة.", "واتهم", "2025-02-12")
    assert got and got[0].source_code == "JORGOV", _dump(evs)


def test_feminine_object_after_a_masculine_verb_leaves_the_subject_to_the_speaker():
    got, evs = _with("رام الله - 12 فبراير (مرصد) - قال رئيس الوزراء الفلسطيني محمد مصطفى في مؤتمر صحفي إن "
                     "الانقسام أضر بالقضية. وطالب الحركة بالتخلي عن إدارة القطاع.", "وطالب", "2025-02-12")
    assert got and got[0].source_code == "PSEGOV", _dump(evs)


def test_time_adjunct_after_the_verb_leaves_the_subject_to_the_speaker():
    got, evs = _with("طهران - 12 فبراير (مرصد) - قال وزير الداخلية الإيراني إسكندر مومني إن فرق الإنقاذ ما زالت "
                     "تعمل في الموقع. وتوعد خلال زيارته المصنع بمحاسبة المقصرين.", "وتوعد", "2025-02-12")
    assert got and got[0].source_code == "IRNGOV", _dump(evs)


def test_guard_masculine_plural_of_people_in_ta_marbuta_stays_the_subject():
    # guard: passes on the start tree too
    got, evs = _with("القاهرة - 12 فبراير (مرصد) - قال وزير الخارجية المصري إن القمة ناجحة. ورفض القادة "
                     "العرب خطة التهجير.", "ورفض", "2025-02-12")
    assert got and got[0].source_code != "EGYGOV", _dump(evs)


# ----------------------------------------------------------------------------- 2 press-freedom bodies
def test_committee_to_protect_journalists_is_an_ngo_not_its_seat():
    got, evs = _with("غزة - 12 فبراير (مرصد) - قتل مصور صحفي في قصف على خان يونس. ودانت لجنة حماية الصحفيين، "
                     "ومقرها نيويورك، مقتل المصور، ووصفته بأنه جريمة.", "ودانت", "2025-02-12")
    assert got and (got[0].source_code or "").startswith("NGO"), _dump(evs)


def test_international_federation_of_journalists_is_an_ngo():
    got, evs = _with("الرياض - 12 فبراير (مرصد) - أعدمت السلطات السعودية كاتبا أمس. وندد الاتحاد الدولي للصحفيين "
                     "بالإعدام.", "وندد", "2025-02-12")
    assert got and (got[0].source_code or "").startswith("NGO"), _dump(evs)


# ----------------------------------------------------------------------------- 3 a people's plural after a name
def test_plural_of_people_after_a_name_is_the_object():
    got, evs = _with("رام الله - 12 فبراير (مرصد) - ودعت حركة الجهاد الإسلامي الفلسطينيين في مخيم جنين إلى "
                     "مواجهة اقتحامات المستوطنين.", "ودعت", "2025-02-12")
    assert got and got[0].target_code == "PSE", _dump(evs)


# ----------------------------------------------------------------------------- 4 an act's nationality is no subject
def test_nationality_of_the_criticised_act_is_the_target_of_a_joined_verb():
    got, evs = _with("القاهرة - 12 فبراير (مرصد) - رحب وزير الخارجية المصري بدر عبد العاطي بالهدنة، وانتقد استمرار "
                     "الغارات الإسرائيلية على جنوب لبنان.", "وانتقد", "2025-02-12")
    assert got and got[0].source_code == "EGYGOV" and (got[0].target_code or "").startswith("ISR"), _dump(evs)


def test_nationality_of_the_criticised_act_is_the_target_after_a_speaker():
    got, evs = _with("القاهرة - 12 فبراير (مرصد) - قال وزير الخارجية المصري بدر عبد العاطي إن القاهرة تدعم "
                     "التهدئة. وانتقد تصعيد الغارات الإسرائيلية على جنوب لبنان.", "وانتقد", "2025-02-12")
    assert got and got[0].source_code == "EGYGOV" and (got[0].target_code or "").startswith("ISR"), _dump(evs)
