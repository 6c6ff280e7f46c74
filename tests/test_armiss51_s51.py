"""Session 51 (helper armiss51): Arabic gold events missed outright -- the shapes, in our own sentences.

1. Lexicon (manual_ar.tsv): condolences sent or addressed (بعث / وجه + برقية / رسالة تعزية, 018); solidarity shown
   (أبدى + تضامن, 051, as أعرب عن تضامنه).
2. ``announced_act`` kind order: an order verb (أمر، أوعز، وجه، كلف) reports the act its content names ("ووجه رئيس
   الوزراء بتشكيل لجنة تحقيق"): the verb's span is the noun event's evidence too, its subject the source, and the
   noun read a reference after the preposition is the ordered act, told now.
3. Lexicon: an announced recognition (اعترافها بـ a state, 054, cond prep_state) and agreement (موافقتها على, 030),
   possessive forms only; the recognised state is no place of the act (geo.locate._eligible).
4. ``quotes``: the setting words of a telling (خلال اللقاء، في كلمة …) between a pro-drop speech verb and its content
   are fillers: the clause's subject before the comma is the speaker ("…، ونفى خلال اللقاء أن …").
"""
from test_gapen34_s34 import _P, _dump, _events

_AMMAN = "عمان - 3 مارس (مرصد) - "
_DATE = "2025-03-03"


def _doc(text, date=_DATE):
    return _P(text, published_at=date)


def _told(text, verb, date=_DATE):
    """The events whose trigger or a telling merged into it (Event.also_spans) starts at ``verb``; all events."""
    evs = _events(text, date)
    at = text.index(verb)
    return [e for e in evs if e.trigger_start == at or any(s == at for s, _ in e.also_spans)], evs


# ----------------------------------------------------------------------------- 1 lexicon
def test_president_sends_condolence_cable():
    got, evs = _told(_AMMAN + "وبعث العاهل الأردني الملك عبدالله الثاني برقية تعزية إلى الرئيس التركي.", "وبعث")
    assert [e.cameo for e in got] == ["018"] and got[0].source_country == "JOR", _dump(evs)


def test_condolence_letter_addressed():
    got, evs = _told(_AMMAN + "كما وجه رئيس الوزراء الياباني رسالة تعزية إلى نظيره الأردني.", "وجه")
    assert [e.cameo for e in got] == ["018"] and got[0].source_country == "JPN", _dump(evs)


def test_envoy_sent_is_no_condolence():
    _, evs = _told(_AMMAN + "وبعث الرئيس الأردني مبعوثا خاصا إلى دمشق لبحث ملف اللاجئين.", "وبعث")
    assert not [e for e in evs if e.cameo == "018"], _dump(evs)


def test_secretary_general_shows_solidarity():
    got, evs = _told(_AMMAN + "وأبدى رئيس المفوضية الأوروبية تضامن الاتحاد مع الأردن بعد الفيضانات.", "وأبدى")
    assert [e.cameo for e in got] == ["051"], _dump(evs)


# ----------------------------------------------------------------------------- 2 ordered acts
def test_prime_minister_directs_an_inquiry():
    got, evs = _told(_AMMAN + "ووجه رئيس الوزراء الأردني جعفر حسان بتشكيل لجنة تحقيق في أسباب الحريق.", "ووجه")
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "JOR", _dump(evs)
    assert not got[0].historical, _dump(evs)


def test_prosecutor_tasks_a_team_to_investigate():
    got, evs = _told(_AMMAN + "وكلف النائب العام الأردني فريقا من المحققين بالتحقيق في ملابسات الانفجار.", "وكلف")
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "JOR", _dump(evs)


def test_demanding_an_inquiry_is_no_order():
    got, evs = _told(_AMMAN + "وطالب نواب أردنيون بتشكيل لجنة تحقيق في أسباب الحريق.", "بتشكيل")
    assert all(":ordered" not in e.rule for e in evs), _dump(evs)


# ----------------------------------------------------------------------------- 3 recognition, agreement
def test_announced_recognition_of_a_state():
    text = "نيويورك - 22 سبتمبر (مرصد) - كما أعلنت النرويج اعترافها بدولة فلسطين خلال الجلسة نفسها."
    got, evs = _told(text, "أعلنت")
    assert [e.cameo for e in got] == ["054"] and got[0].target_country == "PSE", _dump(evs)
    place = next((p for p in _doc(text).places if p.id == got[0].place_id), None)
    assert place is None or place.country != "PSE", place


def test_admitting_a_mistake_is_no_recognition():
    _, evs = _told(_AMMAN + "وأعلن الوزير الأردني اعترافه بالخطأ في إدارة الأزمة.", "وأعلن")
    assert not [e for e in evs if e.cameo == "054"], _dump(evs)


def test_announced_agreement_to_a_plan():
    got, evs = _told(_AMMAN + "كما أعلنت الحكومة الأردنية موافقتها على خطة الإصلاح التي قدمها صندوق النقد الدولي.",
                     "أعلنت")
    assert [e.cameo for e in got] == ["030"], _dump(evs)


def test_consent_of_a_body_is_no_act():
    _, evs = _told(_AMMAN + "وجرى تعيين السفير الجديد بموافقة مجلس الأعيان على الترشيح.", "بموافقة")
    assert not [e for e in evs if e.cameo == "030"], _dump(evs)


# ----------------------------------------------------------------------------- 4 a pro-drop denial with its setting
def test_pro_drop_denial_after_a_setting_phrase():
    got, evs = _told(_AMMAN + "واستقبل العاهل الأردني رئيس الوزراء في قصر الحسينية، ونفى خلال اللقاء أن تكون الحكومة "
                     "قد قررت رفع أسعار الوقود.", "ونفى")
    assert [e.cameo for e in got] == ["016"] and got[0].source_country == "JOR", _dump(evs)


def test_named_speaker_after_the_setting_phrase_kept():
    got, evs = _told(_AMMAN + "ونفى خلال اللقاء وزير الخارجية المصري أن تكون القاهرة قد تلقت أي طلب رسمي.", "ونفى")
    assert [e.source_country for e in got] == ["EGY"], _dump(evs)
