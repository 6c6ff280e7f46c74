"""Session 13 (AR8): errors found by coding whole Arabic articles, each fixed in general and tested with sentences
written for marsad in the style of the news (never copied from ../shared), then two new articles of our own."""
import pytest

import marsad
from events_helpers import article_events as article
from events_helpers import check_article_events, find_article_event as find


def coded(text, date="2025-12-07"):
    doc = marsad.code(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e) for e in doc.events]


def show(evs):
    return [(c, s, t, tr, e.rule) for c, s, t, tr, e in evs]


# 1. The hosts, sponsors and welcomers of talks (cue third_party: استضاف، رعى، رحب، توسط …) are not the talks' parties
# (events._hosts); two states that hold talks (عقدت) are
def test_hosts_of_talks_are_not_their_parties():
    evs = coded("استضافت مصر وقطر المحادثات التي انتهت دون اتفاق.")
    assert not any(c.startswith("04") and {s, t} == {"EGY", "QAT"} for c, s, t, _, _ in evs), show(evs)
    assert any(c == "043" and s == "EGY" for c, s, t, _, _ in evs), show(evs)


def test_hosts_before_their_verb():
    evs = coded("مصر وقطر استضافتا المحادثات في الدوحة الأسبوع الماضي.")
    assert not any(c == "046" for c, s, t, _, _ in evs), show(evs)


def test_welcomers_of_resumed_talks_are_not_their_parties():
    evs = coded("رحبت الكويت والأردن باستئناف المفاوضات.")
    assert not any(c == "046" and {s, t} == {"KWT", "JOR"} for c, s, t, _, _ in evs), show(evs)


def test_two_states_holding_talks_are_their_parties():
    # guard: عقد (held) is no third-party verb
    evs = coded("عقدت مصر وقطر محادثات في القاهرة حول التعاون الاقتصادي.")
    assert {(s, t) for c, s, t, _, _ in evs if c == "046"} == {("EGY", "QAT"), ("QAT", "EGY")}, show(evs)


# 2. A named person a few modifier words after a title subject is the title's name, not the verb's object
# (events._apposed_name); a named person of the subject's code right after "X إلى Y" is its name too
def test_name_after_a_long_title_is_the_subject():
    evs = coded("حمل رئيس الوزراء المكلف من البرلمان أسامة حماد حكومة طرابلس مسؤولية الفوضى.")
    blame = [(s, t) for c, s, t, _, _ in evs if c == "112"]
    assert blame == [("LBYGOV", None)], show(evs)


def test_a_title_and_another_named_official_stay_two():
    # guard: the object has its own title (وزير الخارجية الإيراني) before its name
    evs = coded("استقبل رئيس الوزراء العراقي وزير الخارجية الإيراني عباس عراقجي في بغداد.")
    assert any(c == "043" and s == "IRQGOV" and t == "IRNGOV" for c, s, t, _, _ in evs), show(evs)


# 3. Delegations named by whom they represent ("وفدين يمثلان X و Y") are X and Y (events._represented); "the two
# sides" that then agree are those two, not the one who met them (pair_ar._met_pair)
def test_delegation_representing_a_group():
    evs = coded("التقى المبعوث الأممي إلى اليمن هانس غروندبرغ في مسقط وفدا يمثل جماعة الحوثي.")
    assert {(s, t) for c, s, t, _, _ in evs if c == "040"} == {("IGOUNO", "YEMREB"), ("YEMREB", "IGOUNO")}, show(evs)


def test_two_delegations_and_their_agreement():
    evs = coded("التقى المبعوث الأمريكي ستيف ويتكوف في جدة وفدين يمثلان الجيش السوداني وقوات الدعم السريع. "
                "وقال مسؤول أمريكي إن الطرفين اتفقا على هدنة إنسانية.")
    met = {(s, t) for c, s, t, tr, _ in evs if tr == "التقى"}
    assert {("USAGOV", "SDNMIL"), ("USAGOV", "SDNREB")} <= met, show(evs)
    assert {(s, t) for c, s, t, tr, _ in evs if tr == "اتفقا"} == {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")}, show(evs)


# 4. A rank or title (honorifics_ar.tsv: المشير، اللواء …) right before a person's name is no subject gap
def test_rank_before_a_name_is_the_subject():
    evs = coded("استقبل المشير خليفة حفتر وزير الدفاع الإيطالي في بنغازي.")
    assert any(c == "043" and s == "LBYMIL" and t == "ITAGOV" for c, s, t, _, _ in evs), show(evs)


# 5. A bare group noun (الحركة) after a non-state group named in full with that noun is that group, and so are its
# fighters ("لمقاتلي الحركة"); a group noun with its own adjective ("الحركة التجارية") is not (actors._bare_group_noun)
def test_fighters_of_the_movement_are_the_group():
    evs = coded("شن مقاتلو حركة الشباب هجوما على قاعدة عسكرية قرب بيدوا. "
                "ونفذت القوات الأمريكية غارة استهدفت تجمعا لمقاتلي الحركة.")
    assert any(s == "USAMIL" and t == "SOMREB" for c, s, t, _, _ in evs), show(evs)


def test_the_trade_movement_is_no_group():
    doc = marsad.code("شن مقاتلو حركة الشباب هجوما على قاعدة عسكرية قرب بيدوا. وتراجعت الحركة التجارية في المدينة.",
                      published_at="2025-12-07")
    spans = [doc.text[s:e] for a in doc.actors if a.code == "SOMREB" for s, e in a.spans]
    assert "الحركة" not in spans, spans


# 6. The defender of a repelled attack told again ("صدت الهجوم") strikes back at its partitive victims; a state body's
# forces keep their force role (actors._possessive: "وزارة الدفاع … قواتها" SOMMIL); the back-reference itself, whose
# victim is the lead attack's, is that attack again (lead_body)
def test_defender_strikes_back_after_a_repelled_attack():
    evs = coded("قتل عشرة جنود صوماليين في هجوم شنه مسلحو حركة الشباب على ثكنة قرب بلدوين. وقالت وزارة الدفاع "
                "الصومالية إن قواتها صدت الهجوم، وقتلت العشرات من عناصر الحركة.")
    assert any(tr == "وقتلت" and s == "SOMMIL" and t == "SOMREB" for c, s, t, tr, _ in evs), show(evs)
    assert not any(tr == "الهجوم" for c, s, t, tr, _ in evs), show(evs)


# 7. A verb with no sides right before خلاله, after a call, is the caller's act on the partner (during_it.sides)
def test_urged_during_the_call():
    evs = coded("أجرى الرئيس الفرنسي اتصالا هاتفيا بنظيره الإيراني، حثه خلاله على التعاون مع المفتشين.")
    assert any(tr == "حثه" and s == "FRAGOV" and t == "IRNGOV" for c, s, t, tr, _ in evs), show(evs)


def test_a_verb_with_its_own_addressee_during_the_call():
    # guard: "دعا خلاله إيران": the verb names its own side; the call's partner is not given to it
    evs = coded("أجرى وزير الخارجية الأمريكي اتصالا هاتفيا بنظيره القطري، دعا خلاله إيران إلى ضبط النفس.")
    assert not any(tr == "دعا" and (t == "QATGOV" or ":during" in e.rule) for c, s, t, tr, e in evs), show(evs)


# 8. "وهو ما نددت به طهران"، "وهو ما رفضته بكين": the subject after the resumptive pronoun, and the act of the clause
# before as the comment's object: its actor is the target (coding/antecedent_act.py)
def test_condemned_what_the_clause_before_reports():
    evs = coded("اعتقلت الشرطة الإسرائيلية ناشطا فلسطينيا، وهو ما ندد به الاتحاد الأوروبي.")
    assert any(c == "111" and s == "IGOEUREEC" and t == "ISRCOP" for c, s, t, _, _ in evs), show(evs)


def test_rejected_it_with_a_feminine_verb_and_pronoun():
    evs = coded("فرضت الولايات المتحدة عقوبات على شركات صينية، وهو ما رفضته بكين.")
    assert any(c == "120" and s == "CHNGOV" and t == "USA" for c, s, t, _, _ in evs), show(evs)


def test_a_plain_condemnation_keeps_its_own_object():
    # guard: no relative pronoun, no antecedent
    evs = coded("ندد الاتحاد الأوروبي باعتقال الناشط الفلسطيني.")
    assert all(":antecedent" not in e.rule for *_, e in evs), show(evs)


# 9. A reply by an accusation or a recall noun (ورد … باتهام، وردت … باستدعاء) is the replier's (reply_attack)
def test_reply_by_an_accusation():
    evs = coded("وردت الحكومة اللبنانية باتهام إسرائيل بخرق وقف إطلاق النار.")
    assert any(c == "112" and s == "LBNGOV" and t == "ISR" for c, s, t, _, _ in evs), show(evs)


def test_mentioned_in_a_report_is_no_reply():
    # guard: "ورد في تقرير" (was mentioned in): no actor after the verb
    evs = coded("ورد في تقرير اللجنة اتهام للجيش بارتكاب انتهاكات.")
    assert not any(":reply" in e.rule for *_, e in evs), show(evs)


# 10. A threat's ضد-object with a nationality adjective (after a kind adjective) is its target
def test_threat_against_foreign_sites():
    evs = coded("هددت الجماعة بشن هجمات ضد السفن الأمريكية في البحر الأحمر.")
    assert any(c.startswith("13") and t == "USA" for c, s, t, _, _ in evs), show(evs)


def test_a_later_clause_against_foreign_firms_is_no_target():
    evs = coded("هدد الوزير بالاستقالة، وقال إن الإجراءات ضد الشركات الأمريكية ستستمر.")
    assert not any(c.startswith("13") and t for c, s, t, _, _ in evs), show(evs)


# 11. A subject before a comma-closed participle aside ("الجيش النيجيري، مدعوما بطائرات مسيرة، قصف …", cue aside)
def test_subject_before_an_aside():
    evs = coded("قال مسؤولون إن الجيش النيجيري، مدعوما بطائرات مسيرة، قصف مواقع لجماعة بوكو حرام قرب الحدود.")
    assert any(c == "195" and s == "NGAMIL" and t == "NGAREB" for c, s, t, _, _ in evs), show(evs)


# 12. A state institution "في" a state ("الحكومة الانتقالية في السودان") is that state's (actors._body_in_country)
def test_government_in_a_state():
    evs = coded("رفضت الحكومة الانتقالية في السودان المبادرة الجديدة.")
    assert any(c == "120" and s == "SDNGOV" for c, s, t, _, _ in evs), show(evs)


# 13. A bare force that a country's army or defence ministry reports as the attacker is its own (:own-force)
def test_defence_ministry_reports_its_own_units():
    evs = coded("أعلنت وزارة الدفاع الجزائرية أن وحدات الدفاع الجوي أسقطت طائرة مسيرة قرب الحدود.")
    assert any(c == "190" and s == "DZAMIL" for c, s, t, _, _ in evs), show(evs)


def test_a_foreign_ministry_reporting_anothers_forces():
    # guard: the State Department does not report its own forces
    evs = coded("أعلنت الخارجية الأمريكية أن القوات الحكومية قصفت مواقع المعارضة في إدلب.")
    assert not any(s == "USAMIL" for c, s, t, _, _ in evs), show(evs)


# 14. "وحثت" (و + a three-letter verb the tokenizer left whole) is joined to the verb before: its subject goes on
def test_short_joined_verb_takes_the_subject():
    evs = coded("انتقدت فرنسا القرار، وحثت الطرفين على التهدئة.")
    assert any(tr == "وحثت" and s == "FRA" for c, s, t, tr, _ in evs), show(evs)


# 15. A recall of one's own ambassador (استدعى / استدعاء + سفيرها، سفيريها) is 161, aimed at the host after لدى
# (coding/recall.py); a summoned foreign ambassador stays 114
def test_recall_of_its_own_ambassador():
    evs = coded("استدعت الجزائر سفيرها لدى فرنسا للتشاور.")
    assert any(c == "161" and s == "DZA" and (t or "").startswith("FRA") for c, s, t, _, _ in evs), show(evs)


def test_reply_by_recalling_two_ambassadors():
    evs = coded("وردت تونس باستدعاء سفيريها لدى ليبيا ومصر.")
    assert {(s, t) for c, s, t, _, _ in evs if c == "161"} == {("TUN", "LBY"), ("TUN", "EGY")}, show(evs)


def test_summoned_foreign_ambassador_is_no_recall():
    evs = coded("استدعت الخارجية المصرية السفير الإسرائيلي.")
    assert [(c, s, t) for c, s, t, _, _ in evs] == [("114", "EGYGOV", "ISRGOV")], show(evs)


# the two articles of this session (tests/data/articles_ar/), each coded as one document; the events below were read
# and verified by hand.  Known errors not fixed are strict xfails with their reasons.
MU, AL = ("muscat_nuclear_talks.txt", "2025-12-07"), ("algeria_mali_drone.txt", "2025-12-13")

ARTICLES = [
    (*MU, [
        ("المحادثات", "046", "IRN", "USA", "2025-12-06", "Muscat"),     # يوم السبت; Oman only hosts
        ("اتفقا", "030", "IRN", "USA", None, None),                     # "the two sides": Iran and the US
        ("ورفض", "120", "IRNGOV", None, None, None),
        ("هدد", "130", "ISRGOV", "IRN", None, "Jerusalem"),             # ضد المنشآت النووية الإيرانية
        ("باتهام", "112", "IRNGOV", None, None, None),                  # ورد المتحدث … باتهام (a reply)
        ("رحبت", "051", "SAU", None, None, None),
        ("رحبت", "051", "QAT", None, None, None),
        ("اتصالا", "041", "FRAGOV", "IRNGOV", None, None),
        ("حثه", "020", "FRAGOV", "IRNGOV", None, None),                 # حثه خلاله
        ("فرض", "163", "IGOEUREEC", "IRNBUS", None, "Brussels"),
        ("نددت", "111", "IRNGOV", "IGOEUREEC", None, None),             # وهو ما نددت به طهران
        ("تجمع", "141", "IRNEDU", None, "2025-12-05", "Tehran"),       # يوم الجمعة; "وفي طهران،": Iran's (s44)
    ]),
    (*AL, [
        ("أسقطت", "190", "DZAMIL", "MLIMIL", "2025-12-10", None),       # يوم الأربعاء; the ministry's own units
        ("واتهمت", "112", "MLIGOV", "DZA", None, None),                 # الحكومة الانتقالية في مالي
        ("باستدعاء", "161", "DZA", "MLI", None, None),
        ("وأغلقت", "163", "DZA", None, None, None),                     # joined after the reply
        ("شن", "190", "MLIMIL", "MLIREB", "2025-12-09", None),          # across the aside مدعوما بعناصر …
        ("واتهمت", "112", "MLIREB", "MLIMIL", None, None),              # the Azawad front accuses the army
        ("ودعا", "020", "IGOUNO", "DZA", None, None),
        ("للوساطة", "039", "IGOAFRAFU", None, None, None),
        ("وحثت", "020", "FRA", None, None, None),
        ("تظاهر", "141", "MLICVL", None, "2025-12-12", "Bamako"),
        ("واعتقلت", "173", "MLICOP", "MLIMED", None, "Bamako"),
    ]),
]


@pytest.mark.parametrize("name, date, checks", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_events(name, date, checks):
    check_article_events(article(name, date), checks)


def test_articles_hosts_and_welcomers():
    al = article(*AL)
    assert {e[2] for e in al if e[0] == "161" and e[1] == "DZA"} == {"MLI", "NER"}   # two hosts after لدى
    mu = article(*MU)
    assert not any(e[0] == "046" and "OMN" in (e[1], e[2]) for e in mu)
    assert not any(e[0] == "046" and {e[1], e[2]} == {"SAU", "QAT"} for e in mu)


def test_muscat_agency_demand():
    # (a strict xfail until session 15: FIELD's capital_addressee reads the capital after "، وطالبت" + ب in the
    # agency's reported statement as the one asked)
    assert find(article(*MU), "وطالبت", "100")[1:3] == ("IGOUNO", "IRNGOV")


@pytest.mark.xfail(strict=True, reason="'وفي واشنطن، دعا عدد من أعضاء مجلس الشيوخ الجمهوريين الإدارة': the bare "
                   "Senate takes the one legislature named before (the Knesset, ISRLEG) instead of the fronted "
                   "place's country, and الإدارة (the administration) is no actor")
def test_muscat_senators_call_the_administration():
    assert find(article(*MU), "دعا", "020")[1:3] == ("USALEG", "USAGOV")


# fixed in session 14 (AR9): the joined verb with no subject takes the subject of the clause's opening verb after the
# fronted "وفي موسكو،" (coding/conj_clause.opening_subject)
def test_muscat_kremlin_criticism():
    assert find(article(*MU), "وانتقد", "111")[1] == "RUSGOV"


# fixed in session 14 (AR9): "استدعاء سفراء الدول الثلاث لدى الجزائر للتشاور" -- ambassadors without a pronoun recalled
# for consultations (manual_ar.tsv cond consult), the host after لدى the target (coding/recall.py)
def test_algeria_sahel_recall():
    al = article(*AL)
    assert any(e[0] == "161" and e[2] == "DZA" and e[3].startswith("استدعاء سفراء") for e in al)


# fixed in session 19 (ARX2): noun row تعليق + رحلات (163) kept only with a state source (events._state_sanction)
def test_algeria_niger_suspension():
    al = article(*AL)
    assert any(e[0].startswith("16") and e[1] == "NERGOV" for e in al)
