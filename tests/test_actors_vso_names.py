"""Two named actors side by side in an Arabic VSO clause are the subject and the object, not one phrase."""
import pytest

import marsad


def _codes(text):
    doc = marsad.code(text, published_at="2024-03-05")
    return doc, [(doc.text[s:e], a.code) for a in doc.actors for s, e in a.spans]


@pytest.mark.parametrize("text,subject,obj,src,tgt", [
    ("دعت الأمم المتحدة إسرائيل إلى فتح المعابر أمام قوافل الإغاثة.", "الأمم المتحدة", "إسرائيل", "IGOUNO", "ISR"),
    ("طالب الاتحاد الأوروبي روسيا بسحب قواتها من الحدود.", "الاتحاد الأوروبي", "روسيا", "IGOEU", "RUS"),
    ("حثت الجامعة العربية السودان على العودة إلى طاولة الحوار.", None, "السودان", None, "SDN"),
])
def test_organisation_then_country_are_two_actors(text, subject, obj, src, tgt):
    doc, spans = _codes(text)
    assert any(t == obj for t, _ in spans), spans
    if subject:
        assert not any(t.startswith(subject) and obj in t for t, _ in spans), spans
    evs = [e for e in doc.events if e.target_code and e.target_code.startswith(tgt)]
    assert evs, [(e.source_code, e.cameo, e.target_code) for e in doc.events]
    if src:
        assert evs[0].source_code and evs[0].source_code.startswith(src)


def test_country_then_country_are_two_actors():
    doc, spans = _codes("اتهمت كوريا الجنوبية الصين بالتجسس على شركاتها.")
    assert ("الصين", "CHN") in spans, spans
    assert any(e.source_code == "KOR" and e.target_code == "CHN" for e in doc.events), \
        [(e.source_code, e.cameo, e.target_code) for e in doc.events]


def test_a_nationality_still_completes_its_noun():
    # the rule is about two names; "the Egyptian government" stays one actor
    doc, spans = _codes("رحبت الحكومة المصرية بالاتفاق.")
    assert ("الحكومة المصرية", "EGYGOV") in spans, spans


def test_clause_initial_talaba_before_a_named_actor_is_the_verb():
    # طالب: "student" or "demanded"; before a named organisation it opens the clause as the verb
    doc, spans = _codes("طالب مجلس الأمن إيران بالسماح للمفتشين بزيارة المواقع.")
    assert not any(t.startswith("طالب") for t, _ in spans), spans
    assert any(e.root == "10" and (e.target_code or "").startswith("IRN") for e in doc.events), \
        [(e.source_code, e.cameo, e.target_code) for e in doc.events]


def test_person_then_country_are_two_actors():
    doc, spans = _codes("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل إلى فتح المعابر.")
    assert ("إسرائيل", "ISR") in spans, spans
    assert any((e.target_code or "").startswith("ISR") and (e.source_code or "").startswith("IGOUNO")
               for e in doc.events), [(e.source_code, e.cameo, e.target_code) for e in doc.events]
