"""Arabic news sentences written for these tests (session 8, lead): restored relations, exchanged
accusations, suspended aid, closed crossings, an expressed readiness to mediate, a summoned ambassador
as the target, and threats whose condition is their content.  None of them comes from ../shared."""
import pytest

from events_helpers import dump, find, full


@pytest.mark.parametrize("text,cameo,pair", [
    ("أعادت السعودية وإيران العلاقات الدبلوماسية بينهما بعد قطيعة طويلة.", "050", ("SAU", "IRN")),
    ("تبادلت إثيوبيا وإريتريا الاتهامات بشأن انهيار المحادثات.", "112", ("ETH", "ERI")),
])
def test_mutual_acts_go_both_ways_and_are_reported(text, cameo, pair):
    doc = full(text)
    a, b = pair
    for x, y in ((a, b), (b, a)):
        evs = find(doc, cameo, x, y)
        assert evs and not evs[0].historical, dump(doc)


def test_suspended_aid_is_reducing_aid():
    doc = full("علقت الولايات المتحدة مساعداتها العسكرية للنيجر بعد الانقلاب.")
    assert find(doc, "162", "USA", "NER"), dump(doc)


def test_closing_a_crossing_is_an_administrative_sanction():
    # (round 14 codes closed borders and crossings 172, as PETRARCH2's CLOSE + BORDER)
    doc = full("أغلقت إسرائيل معبر رفح أمام المساعدات الإنسانية.")
    assert find(doc, "172", "ISR"), dump(doc)


@pytest.mark.parametrize("text,src", [
    ("أعربت قطر عن استعدادها للتوسط بين الطرفين.", "QAT"),
    ("أبدت سلطنة عمان استعدادها للتوسط بين واشنطن وطهران.", "OMN"),
])
def test_expressed_readiness_to_mediate_is_intent(text, src):
    doc = full(text)
    evs = find(doc, "039", src)
    assert evs and evs[0].modality == "intent" and not evs[0].historical, dump(doc)


def test_ready_adjective_makes_the_mediation_intended_not_a_reference():
    doc = full("قال وزير الخارجية إن بلاده مستعدة للتوسط.")
    evs = find(doc, "039")
    assert evs and not evs[0].historical, dump(doc)


def test_preparing_for_elections_is_no_intent_event():
    doc = full("أعلنت الحكومة الاستعداد للانتخابات البلدية.")
    assert not any(e.root in ("03", "04") for e in doc.events), dump(doc)


def test_the_summoned_ambassador_is_the_target():
    doc = full("استدعت وزارة الخارجية المصرية السفير الإسرائيلي في القاهرة احتجاجا على مقتل جنديين.")
    assert find(doc, "114", "EGYGOV", "ISRGOV"), dump(doc)


def test_a_conditional_threat_is_still_a_threat_made():
    doc = full("هددت إيران بإغلاق مضيق هرمز إذا تعرضت لهجوم.")
    evs = find(doc, "13", "IRN")
    assert evs and evs[0].modality == "asserted", dump(doc)


def test_threatened_sanctions_are_one_asserted_threat():
    doc = full("Qatar threatened to impose sanctions on France if it did not reverse its decision.")
    evs = [e for e in doc.events if e.root == "13"]
    assert [(e.cameo, e.source_code, e.target_code, e.modality) for e in evs] == [("1312", "QAT", "FRA", "asserted")], \
        dump(doc)


def test_both_directions_of_a_clash_code_the_actor_alike():
    doc = full("اشتبك مسلحون مع قوات الأمن في مدينة درنة شرق ليبيا.")
    codes = {(e.source_code, e.target_code) for e in doc.events if e.root == "19"}
    assert ("UAF", "LBYCOP") in codes and ("LBYCOP", "UAF") in codes, dump(doc)


def test_an_accusative_journalist_is_media():
    doc = full("اختطف مسلحون مجهولون صحفيا فرنسيا في مالي.")
    assert find(doc, "18", "UAF", "FRAMED"), dump(doc)
