"""Session 48 (helper gapar48): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. A sentence opened by a lead word that keeps the subject of the sentence before (``elided_subject_ar.tsv`` kind
   ``lead``: كما) and then its verb goes on with that subject as a joined verb does; a lead with the subject's own
   pronoun (kind ``lead_pronoun``: لكنه، لكنها) leaves the verb no subject after it (``elided_subject_ar.apply``).
   After a discourse opener and its comma ("من جهته، وصف …") a bare three-letter verb opens the clause too.
"""
from test_gapen34_s34 import _dump, _with

_ANKARA = "أنقرة - 5 مايو (مرصد) - "
_MOSCOW = "موسكو - 5 مايو (مرصد) - "


# ----------------------------------------------------------------------------- 1 a lead word before the verb
def test_kama_before_a_verb_keeps_the_speaker_of_the_sentence_before():
    got, evs = _with(_ANKARA + "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تغير موقفها من الحرب. كما اتهم "
                     "إسرائيل بالسعي إلى إشعال المنطقة.", "اتهم", "2025-05-05")
    assert got and got[0].source_country == "TUR" and got[0].target_country == "ISR", _dump(evs)


def test_kama_before_a_verb_and_its_own_subject_keeps_that_subject():
    got, evs = _with(_ANKARA + "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تغير موقفها من الحرب. كما دعا "
                     "الرئيس المصري إسرائيل إلى وقف القتال.", "دعا", "2025-05-05")
    assert got and got[0].source_country == "EGY", _dump(evs)


def test_lakinnahu_before_a_verb_is_the_speaker_of_the_sentence_before():
    got, evs = _with(_MOSCOW + "من جهته، وصف وزير الخارجية الروسي الاجتماع بأنه مثمر، قائلا إنه كان صريحا. لكنه "
                     "رفض أي وجود لقوات غربية في أوكرانيا.", "رفض", "2025-05-05")
    assert got and got[0].source_country == "RUS", _dump(evs)
