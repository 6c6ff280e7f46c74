"""Session 55 lead rules (our own sentences)."""
import pytest

from marsad.pipeline import default_pipeline

_PIPE = default_pipeline()


def _events(text, date="2025-03-10"):
    return _PIPE(text, published_at=date).events


def _one(evs, root):
    got = [e for e in evs if e.cameo.startswith(root)]
    assert got, [(e.trigger, e.cameo) for e in evs]
    return got[0]


def test_renewed_statement_feminine_appeal_addressee():
    """"جددت الوزارة في بيان تأكيدها أن …، ودعت X إلى": the renewed affirmation is the ministry's statement, so the
    joined appeal is the ministry's and X its addressee (X was read as the caller)."""
    evs = _events("وجددت وزارة الخارجية القطرية في بيان اليوم تأكيدها أن الحوار هو السبيل الوحيد لإنهاء الأزمة، "
                  "ودعت إسرائيل إلى وقف عملياتها العسكرية في القطاع.")
    ev = _one(evs, "02")
    assert ev.source_code.startswith("QAT") and (ev.target_code or "").startswith("ISR")


def test_renewed_statement_masculine_appeal_addressee():
    """The masculine pronoun (تأكيده) agrees with a masculine joined appeal (ودعا)."""
    evs = _events("وجدد الرئيس التركي خلال مؤتمر صحفي تأكيده أن بلاده تقف مع وحدة الأراضي السورية، "
                  "ودعا الاتحاد الأوروبي إلى رفع العقوبات المفروضة على دمشق.")
    ev = _one(evs, "02")
    assert ev.source_code.startswith("TUR") and (ev.target_code or "").startswith("IGO")


def test_guard_appeal_opening_its_sentence_keeps_its_caller():
    """Guard: "ودعت إيران إلى …" opening its own sentence is Iran's appeal."""
    evs = _events("وجددت وزارة الخارجية القطرية تأكيدها أن الحوار هو السبيل الوحيد. ودعت إيران إلى ضبط النفس.")
    ev = _one(evs, "02")
    assert ev.source_code.startswith("IRN")


def test_afterwards_between_verb_and_subject():
    """"التقى بعدها X Y": the adverb بعدها between a VSO verb and its subject is a time word (cue ``time``); the
    meeting had no sides."""
    evs = _events("وعقد الوفدان جلسة محادثات في القصر، التقى بعدها الرئيس الفرنسي رئيس الحكومة اللبنانية.")
    ev = [e for e in evs if e.trigger == "التقى"]
    assert ev and {e.source_code[:3] for e in ev if e.source_code} >= {"FRA"}, [(e.trigger, e.source_code) for e in evs]


def test_demand_homograph_with_object_pronoun_inside_clause():
    """"…، لكنه طالبها بتقديم …": طالب + object pronoun before a ب-phrase is the verb (was "her student", EDU), and
    after لكنه its pronoun names the actor of the reported clause before it (the demand is made of Cairo)."""
    evs = _events("وقال وزير الخارجية الإثيوبي إن القاهرة لم تنتهك أي اتفاق، لكنه طالبها بتقديم ضمانات مكتوبة "
                  "بشأن حصص المياه.")
    ev = _one(evs, "10")
    assert ev.source_code.startswith("ETH") and (ev.target_code or "").startswith("EGY")


def test_guard_student_with_pronoun_stays_a_noun():
    """Guard: "طالبها" as "her student" (no ب-phrase of a demand after it) gives no demand."""
    evs = _events("وقالت الأستاذة الجامعية إن طالبها الفائز سيمثل الجامعة في المسابقة الدولية.")
    assert not [e for e in evs if e.cameo.startswith("10")]


def test_described_act_author_after_judgement_is_target():
    """"ووصف X قصف المستشفى بأنه «جريمة حرب» من جانب الجيش الإسرائيلي": the author of the described act, named after the
    judgement by من جانب, is the one judged (was the hospital)."""
    evs = _events("ووصف وزير الخارجية الأردني قصف المستشفى بأنه \"جريمة حرب\" من جانب الجيش الإسرائيلي.")
    ev = _one(evs, "11")
    assert ev.source_code.startswith("JOR") and (ev.target_code or "").startswith("ISR")


def test_guard_described_person_stays_target_without_author():
    """Guard: "ووصف الرئيس السفير الإيراني بأنه «غير مرغوب فيه»" keeps the described envoy as the target."""
    evs = _events("ووصف الرئيس الأفغاني السفير الإيراني بأنه \"غير مرغوب فيه\".")
    ev = _one(evs, "11")
    assert (ev.target_code or "").startswith("IRN")


def test_before_noon_is_no_earlier_act_for_the_place():
    """"اغتالت قوة إسرائيلية قبل ظهر أمس ناشطا … من بلدة قرب جنين": قبل before a time word is no earlier act, so the
    place stays the killing's and its victim takes the place's country (BLINDAR55's filter had dropped it)."""
    evs = _events("وقالت مصادر محلية إن قوة إسرائيلية خاصة اغتالت قبل ظهر أمس ناشطا في كتائب الأقصى من بلدة يعبد "
                  "جنوب غرب مدينة جنين.")
    ev = _one(evs, "18")
    assert (ev.target_code or "").startswith("PSE"), [(e.cameo, e.source_code, e.target_code) for e in evs]
