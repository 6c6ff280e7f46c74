"""Session 45 (lead): our own sentences.

1. A recall by a verbal noun joined by و right after another act's object ("طرد دبلوماسيين جزائريين واستدعاء سفيرها
   لدى الجزائر") is the clause subject's, not that object's (marsad/coding/recall.py).
2. An attribution between commas after a verb's subject ("، بحسب البيان،") does not cut the verb from its object
   (cue ``attrib_aside``, marsad/coding/parenthetical_ar.py).
"""
from events_helpers import codes as _codes, sentence_events, with_trigger as _with


def _events(text, date="2025-04-15"):
    return sentence_events(text, date)


def test_recall_joined_after_an_expulsion_is_the_subjects():
    evs = _events("أعلنت الحكومة التونسية أمس طرد دبلوماسيين ليبيين واستدعاء سفيرها لدى ليبيا للتشاور.")
    ev = _with(evs, "استدعاء")
    assert ev.cameo == "161" and (ev.source_code or "").startswith("TUN"), _codes(evs)
    assert (ev.target_code or "").startswith("LBY"), _codes(evs)


def test_recall_after_a_deciding_subject_unchanged():
    evs = _events("قررت الحكومة التونسية أمس استدعاء سفيرها لدى ليبيا للتشاور.")
    ev = _with(evs, "استدعاء")
    assert (ev.source_code or "").startswith("TUN") and (ev.target_code or "").startswith("LBY"), _codes(evs)


def test_attribution_aside_keeps_the_object():
    evs = _events("وشكر الرئيس اللبناني جوزيف عون، بحسب بيان الرئاسة، أمير قطر على دعم الجيش.")
    ev = _with(evs, "شكر")
    assert (ev.source_code or "").startswith("LBN") and (ev.target_code or "").startswith("QAT"), _codes(evs)


def test_according_to_aside_keeps_the_addressee():
    evs = _events("ودعا وزير الخارجية المصري، وفق بيان للوزارة، الحكومة الإثيوبية إلى وقف ملء السد.")
    ev = _with(evs, "دعا")
    assert (ev.source_code or "").startswith("EGY") and (ev.target_code or "").startswith("ETH"), _codes(evs)
