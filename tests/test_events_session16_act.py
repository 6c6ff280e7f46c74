"""Session 16, ACT: actor causes of the third blind test -- missions in the organisation table, "the two sides" as the
object of a call by coordinated subjects, "the two ministers" as the subject of an act toward a third party, a pair
named several sentences back, a body's title ("State Department spokesman X").  Own sentences; each rule has a
near-miss guard."""
from __future__ import annotations

import pytest

from tests.events_helpers import find, full


# ---------------------------------------------------------------- organisations (missions)
@pytest.mark.parametrize("text,code", [
    ("KFOR stepped up patrols near the boundary line on Monday.", "IGOWSTNATMIL"),
    ("MONUSCO condemned the attack on the camp near Goma.", "IGOUNOMIL"),
    ("UNMISS accused the army of blocking aid convoys in Upper Nile.", "IGOUNOMIL"),
    ("ATMIS handed over two bases to the Somali army on Tuesday.", "IGOAFRAFUMIL"),
])
def test_missions_are_their_organisations(text, code):
    doc = full(text, published_at="2025-03-04")
    assert any(a.code == code for a in doc.actors), [(a.code, a.spans) for a in doc.actors]
    assert any(e.source_code == code for e in doc.events), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_arabic_mission_name():
    doc = full("وقالت بعثة مونوسكو إن مسلحين هاجموا مخيما للنازحين قرب غوما.", published_at="2025-03-04")
    assert any(a.code == "IGOUNOMIL" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


# ---------------------------------------------------------------- "ودعت X وY الطرفين" (the pair as object)
_ROW = ("طردت المغرب ثلاثة دبلوماسيين موريتانيين أمس، وردت موريتانيا بطرد دبلوماسيين مغربيين. "
        "ودعت إسبانيا والبرتغال الطرفين إلى ضبط النفس والحوار.")


def test_coordinated_subjects_call_on_the_two_sides():
    doc = full(_ROW, published_at="2025-03-04")
    calls = [e for e in doc.events if e.cameo.startswith("02") and e.trigger == "ودعت"]
    pairs = {(e.source_country, e.target_country) for e in calls}
    assert pairs == {("ESP", "MAR"), ("ESP", "MRT"), ("PRT", "MAR"), ("PRT", "MRT")}, \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_coordinated_subjects_with_a_named_addressee_guard():
    # a named addressee (no pair noun): one event per subject, never the two subjects toward each other
    doc = full("ودعت إسبانيا والبرتغال المغرب إلى ضبط النفس.", published_at="2025-03-04")
    assert {(e.source_country, e.target_country) for e in find(doc, "02")} == {("ESP", "MAR"), ("PRT", "MAR")}


def test_two_sides_in_a_war_of_one_country_guard():
    # a conflict of one country's army and rebels: "the two sides" are not the pair of an earlier visit
    doc = full("اشتبك الجيش السوداني مع قوات الدعم السريع في الخرطوم أمس. واستقبل وزير الخارجية المصري نظيره "
               "السعودي في القاهرة. ودعت مصر والسعودية الطرفين إلى وقف القتال.", published_at="2025-03-04")
    assert not [e for e in doc.events if ":pair-object" in e.rule]


# ---------------------------------------------------------------- "ودعا الوزيران Z" and "إن البلدين اتفقا"
_VISIT = ("التقى وزير الخارجية المصري نظيره السوداني في القاهرة أمس. وبحث الجانبان أوضاع اللاجئين على الحدود. "
          "وقال الوزير المصري في مؤتمر صحفي إن البلدين اتفقا على تشكيل لجنة مشتركة. "
          "ودعا الوزيران إثيوبيا إلى وقف ملء السد.")


def test_two_ministers_call_on_a_third_party():
    doc = full(_VISIT, published_at="2025-03-04")
    calls = [e for e in doc.events if e.trigger == "ودعا"]
    assert {e.source_code for e in calls} == {"EGYGOV", "SDNGOV"}, \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]
    assert all(e.target_code == "ETH" for e in calls)


def test_pair_agreement_two_sentences_after_the_meeting():
    doc = full(_VISIT, published_at="2025-03-04")
    agreed = [e for e in doc.events if e.trigger == "اتفقا"]
    assert {(e.source_country, e.target_country) for e in agreed} == {("EGY", "SDN"), ("SDN", "EGY")}, \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_named_subject_before_the_two_sides_guard():
    # a call with its own subject: the pair noun is its object, not its subject
    doc = full("التقى وزير الخارجية المصري نظيره السوداني في القاهرة أمس. ودعت الأمم المتحدة البلدين إلى فتح "
               "المعابر.", published_at="2025-03-04")
    calls = [e for e in doc.events if e.trigger == "ودعت"]
    assert calls and all(e.source_code == "IGOUNO" for e in calls), \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


# ---------------------------------------------------------------- "State Department spokesman X"
def test_body_spokesman_takes_the_body():
    doc = full("WASHINGTON, May 2 - State Department spokesman Tommy Pigott condemned Russia's strikes on Friday.",
               published_at="2025-05-02")
    assert find(doc, "111", "USAGOV", "RUS"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_body_spokeswoman_of_an_organisation():
    doc = full("NATO spokeswoman Allison Hart condemned the drone strike on the depot.", published_at="2025-05-02")
    assert find(doc, "111", "IGOWSTNAT"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_title_after_a_comma_is_not_the_body_guard():
    # the body and the title are two phrases: the title stays a bare spokesman
    # (an unlisted name: Tommy Pigott is in people.tsv since session 38, USAGOV in 2025)
    doc = full("Officials met at the Pentagon on Monday. Later, a spokesman Dale Hirsch condemned the strikes.",
               published_at="2025-05-02")
    assert not any(e.source_code == "USAGOV" for e in doc.events), \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]


# ---------------------------------------------------------------- staff of a foreign mission
@pytest.mark.parametrize("text", [
    "طردت تونس أمس ثلاثة دبلوماسيين في القنصلية الإيطالية بصفاقس.",
    "تونس - 3 مايو - أعلنت الحكومة التونسية أمس طرد ثلاثة موظفين في السفارة الإيطالية بتونس.",
    "طردت تونس أمس ثلاثة دبلوماسيين بالسفارة الإيطالية.",
])
def test_mission_staff_take_the_mission_nationality(text):
    doc = full(text, published_at="2025-05-03")
    assert find(doc, "16", "*", "ITAGOV"), [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_staff_of_a_company_are_no_mission_guard():
    doc = full("اعتقلت الشرطة ثلاثة موظفين في الشركة الإيطالية بصفاقس.", published_at="2025-05-03")
    assert find(doc, "173") and not any(e.target_country == "ITA" for e in doc.events), \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_english_consulate_staff_unchanged():
    doc = full("Tunisia expelled three staff of the Italian consulate in Sfax on Monday.", published_at="2025-05-03")
    assert find(doc, "166", "TUN", "ITAGOV"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_one_subject_calling_on_the_two_sides_unchanged_guard():
    # one subject: the pair noun stays with conflict_sides (no target guessed from the nearest pair)
    doc = full("طردت المغرب ثلاثة دبلوماسيين موريتانيين أمس. ودعت إسبانيا الطرفين إلى ضبط النفس.",
               published_at="2025-03-04")
    calls = [e for e in doc.events if e.trigger == "ودعت"]
    assert calls and not any(":pair-object" in e.rule for e in calls)


# ---------------------------------------------------------------- people table (Kosovo's leaders)
def test_kosovo_prime_minister_and_his_office():
    doc = full("BELGRADE, Oct. 15 - Serbian President Aleksandar Vucic accused Prime Minister Albin Kurti of provoking "
               "the Serbs. Kurti's office rejected the accusation on Wednesday.", published_at="2026-10-15")
    assert find(doc, "112", "SRBGOV", "XKXGOV"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]
    assert find(doc, "12", "XKXGOV"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_kurti_before_his_term_guard():
    # a document dated before the listed period: the name is no prime minister of the day
    doc = full("Opposition leader Albin Kurti accused the government of corruption.", published_at="2019-05-02")
    assert not any(e.source_code == "XKXGOV" for e in doc.events)


# ---------------------------------------------------------------- "طائرات يرجح أنها تركية" (hedged nationality)
def test_hedged_nationality_is_the_attacker_not_the_monitor():
    doc = full("قال المرصد السوري لحقوق الإنسان إن طائرات يرجح أنها تركية شنت غارة على مستودع قرب الحسكة أمس.",
               published_at="2025-03-04")
    assert find(doc, "19", "TURMIL"), [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]
    assert not any(e.source_code == "SYRNGO" for e in doc.events)


def test_hedged_nationality_of_gunmen():
    doc = full("وقال مسؤول إن مسلحين يعتقد أنهم سوريون هاجموا نقطة حدودية.", published_at="2025-03-04")
    assert any(e.source_country == "SYR" and ":hedged" in e.rule for e in doc.events), \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_hedge_with_another_believer_guard():
    # "يعتقد الأهالي أنها تركية": a named believer between -- not the construction; no country guessed
    doc = full("قال المرصد إن طائرات يعتقد الأهالي أنها تركية شنت غارة.", published_at="2025-03-04")
    assert not any(e.source_country == "TUR" for e in doc.events), \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_english_believed_to_be_lock():
    doc = full("Aircraft believed to be Turkish struck a depot near Hasakah on Monday, the monitor said.",
               published_at="2025-03-04")
    assert any(e.source_country == "TUR" for e in doc.events), [(e.cameo, e.source_code) for e in doc.events]


# ---------------------------------------------------------------- "الوزير" = the minister named before
def test_definite_minister_is_the_one_named_before():
    doc = full("قال وزير الخارجية الأردني أيمن الصفدي إن بلاده لن تقبل أي تهديد لأمن حدودها. وأجرى الوزير مساء "
               "الاثنين اتصالا هاتفيا بنظيره المصري.", published_at="2026-02-11")
    assert find(doc, "04", "JORGOV", "EGYGOV"), [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]
    assert not any(e.source_code == "GOV" for e in doc.events)


def test_definite_minister_after_ministers_of_two_countries_guard():
    doc = full("التقى وزير الخارجية الأردني نظيره العراقي في عمان. وقال الوزير إن بلاده ترفض التهديدات.",
               published_at="2026-02-11")
    assert any(a.code == "GOV" and doc.text[a.spans[0][0]:a.spans[0][1]] == "الوزير" for a in doc.actors), \
        [(a.code, a.spans) for a in doc.actors]


# ---------------------------------------------------------------- "كما قررت استدعاء سفيرها لدى X"
def test_recall_after_kama_carries_the_subject():
    doc = full("أعلنت وزارة الخارجية التونسية أمس طرد دبلوماسيين ليبيين، كما قررت استدعاء سفيرها لدى ليبيا للتشاور.",
               published_at="2025-05-03")
    assert find(doc, "161", "TUNGOV", "LBYGOV"), [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]
    assert not find(doc, "161", "LBYGOV")


def test_recall_with_its_own_subject_guard():
    doc = full("قررت الحكومة التونسية استدعاء سفيرها لدى ليبيا للتشاور.", published_at="2025-05-03")
    evs = find(doc, "161", "TUNGOV", "LBYGOV")
    assert evs and not any(":carried" in e.rule for e in evs), [(e.cameo, e.source_code, e.rule) for e in doc.events]


# ---------------------------------------------------------------- an apposition before "stepped up patrols"
def test_apposition_before_a_light_verb_and_noun_trigger():
    doc = full("KFOR, the NATO mission in Kosovo, stepped up patrols in the north on Monday.", published_at="2025-05-03")
    assert find(doc, "15", "IGOWSTNATMIL"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]
    doc = full("UNIFIL, the UN force in Lebanon, increased patrols along the border on Monday.", published_at="2025-05-03")
    assert find(doc, "15", "IGOUNOMIL"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_no_apposition_no_change_guard():
    doc = full("Residents said on Monday that patrols had increased in the north.", published_at="2025-05-03")
    assert not any(e.source_code for e in find(doc, "15")), [(e.cameo, e.source_code) for e in doc.events]


# ---------------------------------------------------------------- a bare foreign ministry in a datelined story
_MANILA = ("MANILA, Aug. 6 - Chinese ships blocked a Philippine boat near the shoal. The Department of Foreign Affairs "
           "lodged a diplomatic protest with Beijing on Thursday. Philippine officials said the boat would try again.")


def test_bare_foreign_ministry_is_the_dateline_country():
    doc = full(_MANILA, published_at="2026-08-07")
    assert find(doc, "11", "PHLGOV", "CHNGOV"), [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_ministry_of_foreign_affairs_is_a_government_body():
    doc = full("Egypt's Ministry of Foreign Affairs condemned the attack on Tuesday.", published_at="2026-08-07")
    assert find(doc, "111", "EGYGOV"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_dateline_country_not_a_party_guard():
    # the dateline's country named nowhere else: the reporter's seat, not the ministry's country
    doc = full("MANILA, Aug. 6 - The Department of Foreign Affairs lodged a diplomatic protest with Beijing on Thursday.",
               published_at="2026-08-07")
    assert not any(e.source_code == "PHLGOV" for e in doc.events), \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_indefinite_minister_in_construct_guard():
    # "وزير اقتصاد المغرب" is no definite title: it never takes the minister named before
    doc = full("أجرى وزير خارجية السودان اتصالا هاتفيا مع وزير اقتصاد المغرب تناول الأزمة.", published_at="2026-02-11")
    assert not find(doc, "04", "SDNGOV", "SDNGOV"), [(e.cameo, e.source_code, e.target_code) for e in doc.events]
    assert not any(a.code == "SDNGOV" and doc.text[a.spans[0][0]:a.spans[0][1]].startswith("وزير اقتصاد")
                   for a in doc.actors)


def test_hedged_nationality_replaces_the_reporting_monitor():
    doc = full("قال المرصد السوري إن طائرات يرجح أنها تركية شنت غارة على مستودع قرب الحسكة أمس.", published_at="2025-03-04")
    assert find(doc, "19", "TURMIL") and not any(e.source_code == "SYRNGO" for e in find(doc, "19")), \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_pair_of_the_story_meeting_far_back():
    # the pair of "إن البلدين اتفقا" is the meeting told seven sentences before, not a nearer act between two countries
    filler = " ".join(["وقال سكان إن الأسعار ارتفعت في السوق."] * 6)
    doc = full("التقى وزير الخارجية المصري نظيره السوداني في القاهرة أمس. " + filler +
               " وقال الوزير المصري إن البلدين اتفقا على تشكيل لجنة مشتركة.", published_at="2025-03-04")
    agreed = [e for e in doc.events if e.trigger == "اتفقا"]
    assert {(e.source_country, e.target_country) for e in agreed} == {("EGY", "SDN"), ("SDN", "EGY")}, \
        [(e.sentence, e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]
