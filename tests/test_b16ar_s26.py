"""Session 26, B16AR: Arabic causes of the sixteenth blind test, fixed in general (our own sentences)."""
from __future__ import annotations

import pytest

from marsad.geo.gazetteer import get_gazetteer
from marsad.geo.match import find_in_text
from tests.events_helpers import dump, find, full


def _places(doc):
    by_id = {p.id: p for p in doc.places}
    return [by_id[e.place_id].name for e in doc.events if e.place_id in by_id]


# ----------------------------------------------------------------------------- 1. places: ب + a weak alias
_GAZ = ("id\tkind\tcountry\tlat\tlon\tpopulation\tname_en\tname_ar\tnames_ar\tnames_en\tflags\tweak_names\n"
        "2984114\tcity\tFRA\t49.26\t4.03\t196565\tReims\tرانس\tرانس|رمس|رنس\tReims\t\t\n"
        "3718426\tcity\tHTI\t18.54\t-72.34\t1234742\tPort-au-Prince\tبورت أو برانس\tبورت أو برانس\tPort-au-Prince\t\t\n")


@pytest.fixture(scope="module")
def small_gaz(tmp_path_factory):
    p = tmp_path_factory.mktemp("gaz") / "gaz.tsv"
    p.write_text(_GAZ, encoding="utf-8")
    return get_gazetteer([str(p)], replace=True)


def test_b_of_a_longer_unlisted_name_is_no_locative(small_gaz):
    # the gazetteer knows only بورت أو برانس: the unlisted spelling is not ب + رنس (Reims)
    hits = find_in_text("هبطت الطائرة في مطار بورت أو برنس الدولي مساء الأحد", gaz=small_gaz)
    assert [h.name for h in hits] == []


def test_guard_b_locative_of_a_short_name_alone(small_gaz):
    hits = find_in_text("عقد الوزراء اجتماعهم برنس مساء الأحد", gaz=small_gaz)
    assert [h.name for h in hits] == ["Reims"]


def test_guard_b_locative_after_a_definite_word():
    # الأمير begins multi-word names too, but a definite word is no part of a transliterated name: برفح is "in Rafah"
    doc = full("وداهمت قوات الأمن منزلا بمنطقة الأمير برفح المصرية أمس وضبطت كمية من المتفجرات.")
    assert "Rafah" in {p.name.replace("ḩ", "h") for p in doc.places}, [p.name for p in doc.places]


@pytest.mark.parametrize("spelling", ["بورت أو برنس", "بور أو برنس", "بورتو برنس"])
def test_port_au_prince_spellings(spelling):
    doc = full(f"اجتمع وزير الخارجية الأمريكي مع رئيس الوزراء الهايتي في {spelling} أمس الاثنين.")
    assert _places(doc) and set(_places(doc)) == {"Port-au-Prince"}, dump(doc)


# ----------------------------------------------------------------------------- 3. أوقف + a masdar of taking in goods
@pytest.mark.parametrize("text,src", [
    ("وأوقفت مصر يوم الأحد استقبال الغاز القادم من إسرائيل بعد توقف الإمدادات.", "EGY"),
    ("وأوقفت الحكومة الروسية استيراد القمح من كازاخستان.", "RUSGOV"),
])
def test_halt_intake_is_embargo(text, src):
    doc = full(text)
    assert find(doc, "163", src), dump(doc)


def test_guard_firm_halting_its_pumping_is_no_embargo():
    doc = full("وأوقفت شركة أرامكو ضخ النفط عبر الخط للصيانة.")
    assert not find(doc, "163"), dump(doc)


# ----------------------------------------------------------------------------- 4. متعهدا بـ: the hal form of تعهد
def test_pledging_hal_participle():
    doc = full("وقال الرئيس الصومالي في كلمة ألقاها في مقديشو إن الحكومة ستواصل الإصلاحات، متعهدا بإرسال قوات إضافية.")
    assert [e for e in find(doc, "03", "SOMGOV") if e.trigger.startswith("متعهدا")], dump(doc)


def test_guard_pledger_adjective_no_event():
    doc = full("واعتقلت الشرطة رجلا متعهدا بمشاريع البناء.")
    assert not find(doc, "03"), dump(doc)


# ----------------------------------------------------------------------------- 5. an amount of money given: aid
def test_pledged_amount_is_aid_intent():
    doc = full("وأعلن الاتحاد الأوروبي أنه سيقدم 25 مليون يورو إضافية لدعم الانتخابات في ليبيا.")
    assert find(doc, "033", "IGOEUREEC", modality="future"), dump(doc)


def test_given_amount_is_economic_aid():
    doc = full("وقدمت اليابان 20 مليون دولار إلى الأردن لدعم اللاجئين.")
    assert find(doc, "071", "JPN"), dump(doc)


def test_guard_worth_of_a_bid_is_no_aid():
    doc = full("وقدمت الشركة عرضا بقيمة خمسة ملايين دولار للاستحواذ على النادي.")
    assert not find(doc, "07"), dump(doc)


# ----------------------------------------------------------------------------- 8. منذ + a period after a noun: a duration
def test_noun_duration_does_not_date_a_later_clause():
    doc = full("وتظاهر مئات من عمال المصنع أمس احتجاجا على عدم صرف رواتبهم منذ أربعة أشهر، وطالبوا الحكومة بالتدخل.",
               published_at="2023-03-27")
    ev = find(doc, "10")
    assert ev and all(e.date == "2023-03-26" for e in ev), dump(doc) + str([e.date for e in ev])


def test_guard_ago_after_a_verb_dates_its_clause():
    doc = full("وأعلنت الحكومة منذ يومين حالة الطوارئ في الإقليم.", published_at="2023-03-27")
    ev = find(doc, "172")
    assert ev and ev[0].date == "2023-03-25", dump(doc)


# ----------------------------------------------------------------------------- 9. hope given is no statement of hope
@pytest.mark.parametrize("text", [
    'وقال الوزير إن "الاتفاق يبعث الأمل في نفوس اللاجئين".',
    'وقال رئيس الوزراء إن "وصول المساعدات يمنح شعبنا أملا جديدا".',
])
def test_hope_given_is_no_013(text):
    doc = full(text)
    assert not find(doc, "013"), dump(doc)


def test_guard_hope_stated_stays_013():
    doc = full('وقال الوزير إن "هناك أملا في التوصل إلى اتفاق".')
    assert find(doc, "013"), dump(doc)


# ----------------------------------------------------------------------------- 9. هذه + an act noun told before
def test_demonstrative_act_noun_is_the_told_act():
    doc = full("وانتقدت منظمات حقوقية قرار الحكومة بحظر التظاهر، ولم يصدر عن وزارة الداخلية أي رد على هذه الانتقادات.")
    assert len(find(doc, "11")) == 1 and find(doc, "11")[0].trigger == "وانتقدت", dump(doc)


def test_guard_demonstrative_act_noun_with_nothing_told_before():
    doc = full("ولم ترد الوزارة على هذه الانتقادات التي وجهها النواب.")
    assert find(doc, "11"), dump(doc)


# ----------------------------------------------------------------------------- 6. "…، وعقد اجتماعا": the joined verb's subject
def test_noun_after_joined_light_verb_takes_the_subject():
    doc = full("وصل وزير الخارجية التركي أمس إلى عمّان، وعقد اجتماعا مع نظيره الأردني.")
    assert find(doc, "040", "TURGOV", "JORGOV"), dump(doc)


def test_guard_light_verb_with_its_own_subject():
    doc = full("وصل وزير الخارجية التركي أمس إلى عمّان، وعقد العاهل الأردني اجتماعا مع رئيس الوزراء.")
    assert find(doc, "040", "JORGOV") and not find(doc, "040", "TURGOV"), dump(doc)
