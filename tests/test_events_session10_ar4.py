"""Session 10 (AR4): Arabic coding gaps found in a whole article (an Arab summit story), each fixed in general and
tested with sentences written for marsad in the style of the news (never copied from ../shared)."""
import pytest

import marsad


def coded(text, date="2024-05-17"):
    doc = marsad.code(text, published_at=date)
    return doc, [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e) for e in doc.events]


def has(evs, cameo, src=None, tgt=None, trig=None):
    return any(c == cameo and (src is None or s == src) and (tgt is None or t == tgt)
               and (trig is None or tr.startswith(trig)) for c, s, t, tr, _ in evs)


def show(evs):
    return [(c, s, t, tr) for c, s, t, tr, _ in evs]


# 1. قبل بـ "accepted" (030; negated -> the neg recode 120): only the forms that cannot be "before" (homographs_ar.tsv)
@pytest.mark.parametrize("text, want", [
    ("قبلت الحكومة السودانية بالمبادرة السعودية لوقف إطلاق النار.", ("030", "SDNGOV", "SAU")),
    ("وقال الجيش السوداني إنه لن يقبل بالتفاوض مع قوات الدعم السريع.", ("120", "SDNMIL", "SDNREB")),
    ("وقال وزير الخارجية المصري إن بلاده لا تقبل بأي تدخل في شؤون السودان.", ("120", "EGYGOV", None)),
])
def test_accept_with_b(text, want):
    _, evs = coded(text)
    assert has(evs, *want, trig=None), show(evs)


@pytest.mark.parametrize("text", [
    "وصل الوفد المصري قبل بدء الاجتماع بساعتين.",
    "قبلت الحكومة استقالة وزير المالية.",
    "وقبل الرئيس بساعات من القمة وصل الوزير.",
])
def test_accept_not_before(text):
    _, evs = coded(text)
    assert not any(tr.endswith("قبل") or tr.startswith("قبلت") for c, s, t, tr, _ in evs), show(evs)


def test_negated_accept_is_a_rejection():
    _, evs = coded("قال الأمين العام لجامعة الدول العربية إن القمة لن تقبل بتقسيم السودان.")
    e = next(e for c, s, t, tr, e in evs if tr == "تقبل")
    assert e.cameo == "120" and not e.negated


# 2. أسقط + an aircraft / drone / missile (shot down): 190 (use of conventional military force), the perfect only;
# the target is the owner named on the object (a nationality, the launcher) or the place it was launched from
@pytest.mark.parametrize("text, want", [
    ("قالت القيادة المركزية الأمريكية إن قواتها أسقطت طائرتين مسيرتين أطلقتا من اليمن.", ("190", "USAMIL", "YEM")),
    ("وأسقطت الدفاعات الجوية السورية صاروخا إسرائيليا فوق دمشق.", ("190", "SYRMIL", "ISRMIL")),
    ("وأعلن الجيش الإسرائيلي أنه أسقط طائرة مسيرة أطلقها حزب الله من جنوب لبنان.", ("190", "ISRMIL", "LBNREB")),
])
def test_shoot_down(text, want):
    _, evs = coded(text)
    assert has(evs, *want), show(evs)


@pytest.mark.parametrize("text", [
    "أسقطت طائرات أردنية مساعدات إنسانية على شمال غزة.",   # an airdrop
    "أسقطت المحكمة التهم عن الصحفي المعتقل.",              # dropped the charges
])
def test_drop_is_no_shoot_down(text):
    _, evs = coded(text)
    assert not any(c == "190" for c, s, t, tr, _ in evs), show(evs)


# 4. حضر القمة / الاجتماع (attended): 040 by the attendee; not attending is a negated 040 (cond outcome), no 125 from
# the meeting noun; تحضر لـ (prepares for) is no attendance (cue obj_direct)
def test_absence_from_a_summit_is_a_negated_meeting():
    _, evs = coded("وعلى صعيد آخر، لم يحضر الرئيس السوري القمة، فيما مثل سوريا رئيس الوزراء.")
    assert not any(c == "125" for c, s, t, tr, _ in evs), show(evs)
    e = next(e for c, s, t, tr, e in evs if c == "040")
    assert e.source_code == "SYRGOV" and e.negated


def test_attendance():
    _, evs = coded("وحضر وزير الخارجية الإيراني الاجتماع الطارئ في جدة.")
    assert has(evs, "040", "IRNGOV"), show(evs)


def test_absence_from_a_session_of_talks_is_one_event():
    _, evs = coded("ولم يحضر الوفد الإسرائيلي جلسة المفاوضات في القاهرة.")
    assert len(evs) == 1 and evs[0][0] == "040" and evs[0][4].negated, show(evs)


def test_preparing_for_a_summit_is_no_attendance():
    _, evs = coded("وقال الوزير إن بلاده تحضر لعقد القمة المقبلة في الرياض.")
    assert not any(tr.startswith("تحضر") for c, s, t, tr, _ in evs), show(evs)


# 3. A summit of a named body as the subject of a speech / appeal / stance verb is that body (summit_ar.tsv,
# coding/summit_ar.py); as an event noun elsewhere it stays a meeting (040)
@pytest.mark.parametrize("text, want", [
    ("القمة العربية تدعو إلى وقف فوري للقتال في السودان", ("020", "ARBGOV", None)),
    ("ودعت القمة الخليجية إيران إلى احترام سيادة الإمارات على الجزر الثلاث.", ("020", "IGOARBGCC", "IRN")),
    ("القمة الأفريقية الطارئة تطالب بانسحاب القوات الأجنبية من الكونغو.", (None, "IGOAFRAFU", None)),
    ("وأدانت القمة الإسلامية الاعتداءات على المسجد الأقصى.", ("111", "IGOMOSOIC", None)),
])
def test_summit_speaks_as_its_body(text, want):
    _, evs = coded(text)
    cameo, src, tgt = want
    assert any((cameo is None or c == cameo) and s == src and (tgt is None or t == tgt)
               for c, s, t, tr, _ in evs), show(evs)
    assert not any(tr == "القمة" for c, s, t, tr, _ in evs), show(evs)   # no meeting of its own there


def test_summit_joined_verb_takes_the_body():
    _, evs = coded("القمة العربية تدعو إلى وقف فوري للقتال في السودان وتحذر من اتساع الصراع في البحر الأحمر")
    assert has(evs, "130", "ARBGOV", trig="وتحذر"), show(evs)


def test_summit_as_event_noun_stays_a_meeting():
    _, evs = coded("عقدت القمة العربية في المنامة يوم الخميس بحضور عدد من القادة.")
    assert any(c == "040" and tr == "القمة" for c, s, t, tr, _ in evs), show(evs)
    assert not any(s == "ARBGOV" for c, s, t, tr, _ in evs), show(evs)


def test_summit_on_the_sidelines_is_the_setting_of_the_meeting():
    # session 15 STORY: "على هامش القمة" is the occasion of "التقى" (coding/setting.py), no meeting of its own; the
    # leaders' meeting is the event, and the summit is no actor
    _, evs = coded("التقى الرئيس المصري على هامش القمة العربية ولي العهد السعودي.")
    assert not any(tr == "القمة" for c, s, t, tr, _ in evs), show(evs)
    assert any(c == "040" and tr == "التقى" and s == "EGYGOV" for c, s, t, tr, _ in evs), show(evs)
    assert not any(s == "ARBGOV" for c, s, t, tr, _ in evs), show(evs)


# 5. A whole article written for marsad (tests/data/articles_ar/red_sea_shipping.txt: Red Sea shipping attacks, a
# French frigate, Egypt, Omani mediation, Iran's denial, a Jeddah meeting, a Gulf summit, strikes on Hodeidah);
# the events below were read and verified by hand; known errors not fixed are strict xfails.
from events_helpers import article_events, find_article_event as find  # noqa: E402


def article():
    return article_events("red_sea_shipping.txt", "2024-06-12")


@pytest.mark.parametrize("trigger, cameo, src, tgt, date, negated", [
    ("تقبل", "120", "YEMREB", "YEM", "2024-06-12", False),      # لن تقبل باستمرار الحصار على اليمن
    ("أدانت", "111", "EGYGOV", None, "2024-06-12", False),
    ("وحذرت", "130", "EGYGOV", None, None, False),
    ("استقبل", "043", "OMNGOV", "IGOUNO", None, False),
    ("نفت إيران أي دور", "016", "IRN", None, None, False),
    ("متهما", "112", "IRNGOV", "USA", None, False),
    ("يحضر", "040", "YEMGOV", None, "2024-06-12", True),        # did not attend: a negated meeting, no 125
    ("دعت", "020", "IGOARBGCC", "IRN", "2024-05", False),       # وكانت القمة الخليجية قد دعت … إيران
    ("شنت", "190", "USAMIL", None, "2024-06-06", False),         # فجر الخميس
    ("شنت", "190", "GBRMIL", None, "2024-06-06", False),
    ("وأعلنت", "010", "DNKBUS", None, None, False),
])
def test_red_sea_article(trigger, cameo, src, tgt, date, negated):
    e = find(article(), trigger, cameo, src)
    assert (tgt is None or e[2] == tgt) and (date is None or e[4] == date) and e[6] == negated, e


def test_red_sea_article_no_refusal_to_meet():
    assert not any(e[0] == "125" for e in article())


# (was a strict xfail: fixed in session 11, AR5: actors._possessive reads "تابعة لها", _title_of_named_body the group)
def test_red_sea_article_sources_by_reference():
    evs = article()
    assert find(evs, "أسقطت", "190")[1] == "FRAMIL" and find(evs, "استهدفت", "190")[1] == "YEMREB"


# (was a strict xfail: fixed in session 11, AR5: a nisba plural in -يين is no dual title)
def test_red_sea_article_talks_partner():
    assert find(article(), "المحادثات", "046", "YEMREB")[2] == "SAU"


# (was a strict xfail: fixed in session 11, AR5: coding/solidarity_place.py)
def test_red_sea_article_protest_place():
    e = find(article(), "تظاهر", "141")
    assert e[5] == "Sanaa" and e[1] in (None, "YEMCVL", "YEMREB")


# (was a strict xfail: "عمل عسكري" read as a MIL actor; fixed by the lead, cues sector_adj / abstract_head)
def test_red_sea_article_military_adjective():
    evs = article()
    assert [e for e in evs if e[3] == "تقبل" and e[1] == "OMN"][0][2] in (None, "YEM")
