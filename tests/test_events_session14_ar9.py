"""Session 14 (AR9): errors found by coding whole Arabic articles, each fixed in general and tested with sentences
written for marsad in the style of the news (never copied from ../shared), with a guard each, then two new articles of
our own (a Jordanian fuel-price protest story, a failed Lebanese presidential vote)."""
import pytest

import marsad
from events_helpers import article_events as article
from events_helpers import check_article_events, find_article_event as find


def coded(text, date="2026-01-16"):
    doc = marsad.code(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e) for e in doc.events]


def show(evs):
    return [(c, s, t, tr, e.rule) for c, s, t, tr, e in evs]


# 1. أوقف with a person object is an arrest (Levantine and Maghrebi news); a halted thing is not
def test_detained_persons_are_an_arrest():
    evs = coded("أوقفت الشرطة خمسة أشخاص بعد مواجهات في وسط المدينة.")
    assert any(c == "173" and s == "COP" for c, s, t, _, _ in evs), show(evs)


def test_halted_aid_is_no_arrest():
    evs = coded("أوقفت الحكومة المساعدات المخصصة للبلديات.")
    assert not any(c.startswith("17") for c, s, t, _, _ in evs), show(evs)


# 2. a dispersal with the crowd as an object pronoun (تفرقهم), the force right after it; "divided them" is none
def test_dispersal_with_object_pronoun():
    evs = coded("تجمع مئات الطلاب أمام الوزارة، قبل أن تفرقهم قوات الأمن بالهراوات.")
    assert any(c == "175" and s == "COP" and tr == "تفرقهم" for c, s, t, tr, _ in evs), show(evs)


def test_divided_them_is_no_dispersal():
    evs = coded("قال إن الخلافات فرقتهم منذ سنوات.")
    assert not any(c == "175" for c, s, t, _, _ in evs), show(evs)


# 3. "، ودان الاعتداء": a condemnation joined after a comma (the bare دان is also the name Dan)
def test_joined_condemnation_after_a_comma():
    evs = coded("قال الجيش في بيان إن مسلحين هاجموا نقطة تفتيش، ودان الاعتداء على جنوده.")
    assert any(c == "111" and s == "MIL" and tr == "ودان" for c, s, t, tr, _ in evs), show(evs)


def test_dan_the_name_after_a_comma():
    evs = coded("وحضر اللقاء الكاتب الإسرائيلي يوسي ميلمان، ودان مرغليت.")
    assert not any(c.startswith("11") for c, s, t, _, _ in evs), show(evs)


# 4. a joined verb with no subject takes the subject of the clause's opening verb (an uncoded verb: رفع الجلسة), also
# after a fronted place; not a verb of the other gender
def test_joined_appeal_takes_the_opening_subject():
    evs = coded("ورفع رئيس البرلمان العراقي الجلسة إلى إشعار آخر، ودعا الكتل السياسية إلى التوافق.")
    assert any(c == "020" and s == "IRQLEG" for c, s, t, _, _ in evs), show(evs)


def test_joined_criticism_after_a_fronted_place():
    evs = coded("وفي أنقرة، أكد المتحدث باسم الرئاسة التركية دعم تركيا لوحدة سوريا، وانتقد الهجمات الإسرائيلية.")
    assert any(c == "111" and s == "TURGOV" and tr == "وانتقد" for c, s, t, tr, _ in evs), show(evs)


def test_joined_verb_of_the_other_gender_keeps_no_subject():
    evs = coded("ورفع رئيس البرلمان العراقي الجلسة إلى إشعار آخر، ودعت إلى التوافق.")
    assert not any(s == "IRQLEG" for c, s, t, _, _ in evs), show(evs)


# 4b. "…، ثم أفرجت عنهم": a release with the pronoun of its preposition, joined by ثم to the arrest (its subject);
# the pronoun form of عن is read only for a release: "دافعت عنه أمام البرلمان" gets no defence event from it
def test_release_joined_by_thumma():
    evs = coded("اعتقلت الشرطة ثلاثة من المحتجين، ثم أفرجت عنهم في وقت لاحق.")
    assert any(c == "0841" and s == "COP" and tr == "أفرجت" for c, s, t, tr, _ in evs), show(evs)


def test_defended_him_is_no_release_reading():
    evs = coded("قال الوزير إن الحكومة دافعت عنه أمام البرلمان.")
    assert not any(c == "052" and t == "LEG" for c, s, t, _, _ in evs), show(evs)


def test_unjoined_release_pronoun_is_not_read():
    # not joined to an act before it (a man stuck in a lift): no release, no refusal to release
    evs = coded("وبقي العامل عالقا في المصعد ساعات طويلة، ولم يفرج عنه إلا في المساء.")
    assert not any(c.startswith(("08", "124")) for c, s, t, _, _ in evs), show(evs)


# 5. families: "من أسر" (after the preposition) and أهالي make the phrase civilians; أسر opening a clause is "captured"
def test_families_of_soldiers_are_civilians():
    evs = coded("تظاهر العشرات من أسر الجنود المفقودين أمام مبنى البرلمان.")
    assert any(c == "141" and s == "CVL" for c, s, t, _, _ in evs), show(evs)


def test_relatives_of_soldiers_are_civilians():
    evs = coded("تجمع العشرات من أهالي الجنود أمام مقر الحكومة في العاصمة.")
    assert any(c == "141" and s == "CVL" for c, s, t, _, _ in evs), show(evs)


def test_captured_is_still_a_capture():
    evs = coded("أسر الحوثيون ثلاثة جنود سعوديين قرب الحدود.")
    assert any(c == "181" and s == "YEMREB" for c, s, t, _, _ in evs), show(evs)


# 6. a readiness stated with أكد before sending troops: the intent to provide peacekeeping (0334)
def test_readiness_to_send_troops():
    evs = coded("وأكدت كينيا استعدادها لإرسال قوات إلى هايتي.")
    assert any(c == "0334" and s == "KEN" for c, s, t, _, _ in evs), show(evs)


def test_refused_troops_are_no_intent():
    evs = coded("ورفض البرلمان إرسال قوات إلى الخارج.")
    assert not any(c.startswith("03") for c, s, t, _, _ in evs), show(evs)


# 7. ambassadors recalled "for consultations" without a pronoun (161, the host after لدى); a summons stays 114
def test_ambassadors_recalled_for_consultations():
    evs = coded("وأعلن التحالف استدعاء سفراء الدول الأعضاء لدى فرنسا للتشاور.")
    assert any(c == "161" and t == "FRA" for c, s, t, _, _ in evs), show(evs)


def test_summoned_ambassador_is_no_recall():
    evs = coded("استدعت الخارجية المصرية السفير الإسرائيلي في القاهرة للاحتجاج.")
    assert any(c == "114" and (s, t) == ("EGYGOV", "ISRGOV") for c, s, t, _, _ in evs), show(evs)
    assert not any(c == "161" for c, s, t, _, _ in evs), show(evs)


# 8. lexicon: the Maronite patriarch (LBNREL), مديرية الأمن العام and قوى الأمن الداخلي (police)
def test_patriarch_and_security_bodies():
    evs = coded("استقبل البطريرك الماروني بشارة الراعي وفدا من نقابة المحامين.")
    assert any(c == "043" and s == "LBNREL" for c, s, t, _, _ in evs), show(evs)
    evs = coded("وأعلنت مديرية الأمن العام أنها أوقفت ثلاثة مطلوبين.")
    assert any(c == "173" and s == "COP" for c, s, t, _, _ in evs), show(evs)
    doc = marsad.code("وانتشرت قوى الأمن الداخلي في محيط الساحة.", published_at="2026-01-16")
    assert [a.code for a in doc.actors] == ["COP"], [(a.code, a.spans) for a in doc.actors]


# ---------------------------------------------------------------- whole articles (tests/data/articles_ar/, ours)
# the two articles of this session, each coded as one document; the gold (articles_ar.yaml) was written and committed
# before the system ran on them.  The events below were read and verified by hand; known errors are strict xfails.
JO, LB = ("jordan_fuel_protests.txt", "2025-12-20"), ("lebanon_president_vote.txt", "2026-01-16")

ARTICLES = [
    (*JO, [
        ("تظاهر", "141", "JOR", None, "2025-12-18", "Qīr Moāv"),          # مساء الخميس, Karak
        ("أطلقت", "175", "JORCOP", "JORCVL", None, None),   # the crowd before (session 21, B8AR)
        ("اعتقلت", "173", "JORCOP", None, None, None),                   # أعلنت مديرية الأمن العام … أنها اعتقلت
        ("وقفة", "141", "CVL", None, "2025-12-19", None),                 # ليل الجمعة
        ("دعت", "020", "JOROPP", None, None, None),
        ("فرقت", "175", "JORCOP", "JORCVL", None, "Zarqa"),   # (session 21, B8AR)
        ("واعتقلت", "173", "JORCOP", None, None, "Zarqa"),
        ("وانتقد", "111", "JORPTY", None, None, None),
        ("وطالب", "1053", "JORPTY", "JORGOV", None, None),
        ("أعلنت نقابة", "143", "JORLAB", None, None, None),      # session 19 B6TR: the announcing verb + إضرابا (one trigger);
        # JORLAB since session 30 (the dateline's country for Arabic PROTEST sides too)
        ("ودعت", "020", "NGOHRIAMN", None, None, None),
    ]),
    (*LB, [
        ("ودعا", "020", "LBNLEG", None, None, None),   # ورفع بري الجلسة …، ودعا (Berri in people.tsv since s37)
        ("واتهم", "112", "LBNPTY", "LBNREB", None, None),
        ("اجتمع", "040", "FRAGOV", "LBNLEG", "2026-01-14", None),         # مساء الأربعاء
        ("استقبل", "043", "LBNREL", "SAUGOV", None, None),
        ("انتقد", "111", "LBNREL", "LBNLEG", "2026-01-11", None),         # عظة الأحد الماضي
        ("وحثت", "020", "USAGOV", "LBNLEG", None, None),
        ("تفرقهم", "175", "LBNCOP", None, None, None),   # (COP until session 30: Arabic ASSAULT / PROTEST now home too)
        ("وأوقفت", "173", "LBNCOP", "LBNCVL", None, None),   # (session 35: a place on an actor's words is one country
        # mention -- the Beirut story is Lebanon's home story now, and the protesters arrested there Lebanon's)
        ("استهدفت", "190", "ISRMIL", "LBN", "2026-01-14", "Bint Jbeil"),
        ("ودان", "111", "LBNMIL", None, None, None),
    ]),
]


@pytest.mark.parametrize("name, date, checks", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_events(name, date, checks):
    check_article_events(article(name, date), checks)


# (xfail until session 25 GAPS: the split title came in s24 ARFIN, LBN in a story Lebanon leads in s25 GAPS)
def test_lebanon_le_drian_meets_the_prime_minister():
    assert find(article(*LB), "التقى", "040")[2] == "LBNGOV"


# fixed in this session: "ثم أفرجت عنهم" (عنهم as the release's preposition, ثم joining the verb to the arrest)
def test_lebanon_release_after_the_arrest():
    assert any(e[0] == "0841" and e[1] in ("COP", "LBNCOP") and e[3].startswith("أفرجت") for e in article(*LB))


@pytest.mark.xfail(strict=True, reason="'كما دعت اللجنة الخماسية، التي تضم …، النواب إلى': since session 16 (AR12, "
                   "coding/parenthetical_ar.py) the relative clause no longer hides the addressee and the call is coded "
                   "(020 None -> LEG); the bare النواب has no country: the sentence names five countries (in the "
                   "relative clause) and the story has no home country (Lebanon in 17 of its 39 country mentions), "
                   "so home_country.fill does not reach it; the committee itself is no actor")
def test_lebanon_quintet_committee_call():
    assert any(e[0] == "020" and e[3] == "دعت" and e[2] == "LBNLEG" for e in article(*LB))


# fixed in session 15 (AR11): the condemned attack noun's author is the target (coding/condemned_attack.py)
def test_lebanon_army_condemns_israel():
    assert find(article(*LB), "ودان", "111")[2].startswith("ISR")


# fixed in session 14 (AR10): مشيدا in hal_ar.tsv (the main subject's praise); استدعى persons للتحقيق = 173
def test_jordan_missed_praise_and_summons():
    jo = article(*JO)
    assert any(e[0].startswith("05") and (e[1] or "").startswith("IGO") for e in jo)
    assert any(e[0].startswith("17") and e[3].startswith("استدعت") for e in jo)


# fixed in session 14 (AR10): a plural nationality after a genitive plural of people agrees with it (one body)
def test_jordan_syndicate_calls_the_government():
    assert find(article(*JO), "دعت", "020", "JORLAB")[2] == "JORGOV"
