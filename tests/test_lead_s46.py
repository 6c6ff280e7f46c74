"""Session 46 (lead): our own sentences.

1. In Arabic reported speech, a verb joined by و after a comma that agrees with the speech verb and not with the
   reported clause's subject is the speaker's next act: its subject is the speaker, the phrase after it its object,
   and it takes no date of the reported clause (marsad/coding/speaker_goes_on_ar.py, timex/dating.py).
"""
from events_helpers import codes as _codes, sentence_events, with_trigger as _with


def _events(text, date="2025-05-13"):
    return sentence_events(text, date)


def test_feminine_speaker_goes_on_after_a_masculine_reported_subject():
    evs = _events("قالت وزيرة الخارجية الألمانية يوم الثلاثاء إن الوضع في غزة تدهور بشدة بعد السابع من أكتوبر "
                  "2023، وانتقدت الحكومة الإسرائيلية بسبب منع المساعدات.")
    ev = _with(evs, "وانتقدت")
    assert (ev.source_code or "").startswith("DEU") and (ev.target_code or "").startswith("ISR"), _codes(evs)
    assert ev.date == "2025-05-13" and not ev.historical, (ev.date, ev.historical)


def test_masculine_speaker_goes_on_after_a_feminine_reported_subject():
    evs = _events("قال وزير الخارجية التركي أمس إن الحكومة الإسرائيلية ارتكبت مجازر في غزة، وطالب مجلس الأمن "
                  "بفرض عقوبات على إسرائيل.")
    ev = _with(evs, "وطالب")
    assert (ev.source_code or "").startswith("TUR") and (ev.target_code or "").startswith("IGO"), _codes(evs)


def test_joined_verb_of_the_reported_subject_stays_reported():
    # same gender: the destroying is the forces' (the reported subject), not the ministry's own act
    evs = _events("قالت وزارة الدفاع السورية إن القوات الحكومية قصفت مواقع للمسلحين قرب إدلب، ودمرت مخازن أسلحة لهم.")
    ev = _with(evs, "ودمرت")
    assert ":speaker-on" not in ev.rule and ":quote" in ev.rule, ev.rule
