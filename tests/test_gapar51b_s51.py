"""Session 51 (helper gapar51b): the issuer of a resolution or statement told earlier, our own sentences.

"ويدعو القرار …" / "وطالب البيان …": the document acts for the body that issued it.  The issuing sentence is the
nearest earlier one whose coded act names the subject's own noun (قرار، قرارا، القرار) in that act's clause -- after
its trigger, or fronted after a preposition -- before one naming any other statement or body; a sentence where the
noun is another verb's subject ("وجاء القرار، …، فيما طالبت روسيا …") issues nothing (``statement_subject``).
"""
from test_gapen34_s34 import _dump, _with


def test_resolution_issuer_is_the_adopting_council_not_a_member_named_in_between():
    got, evs = _with("تبنى مجلس الأمن الدولي أمس قرارا يمدد العقوبات المفروضة على جنوب السودان عاما آخر. ورفضت "
                     "روسيا، العضو الدائم في المجلس، نص العقوبات. ويطالب القرار حكومة جوبا بتسليم المتهمين بارتكاب "
                     "جرائم حرب.", "ويطالب", "2025-05-02")
    assert got and got[0].source_code == "IGOUNO", _dump(evs)


def test_resolution_as_another_verbs_subject_names_no_issuer():
    got, evs = _with("وافق مجلس الأمن الدولي أمس على تمديد مهمة البعثة الأممية في ليبيا عاما إضافيا. وجاء القرار، "
                     "الذي صاغته بريطانيا، ثمرة تسوية، فيما طالبت روسيا بتقليص مهمة البعثة. ويدعو القرار الأطراف "
                     "الليبية إلى توحيد المؤسسات.", "ويدعو", "2025-05-02")
    assert got and got[0].source_code == "IGOUNO", _dump(evs)


def test_statement_fronted_after_a_preposition_is_the_acts_own():
    got, evs = _with("وفي بيان صدر مساء أمس، دعت وزارة الخارجية المصرية إلى وقف القتال في السودان. وطالب البيان "
                     "قوات الدعم السريع بفتح ممرات إنسانية.", "وطالب", "2025-05-02")
    assert got and got[0].source_code.startswith("EGY"), _dump(evs)
