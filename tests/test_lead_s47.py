"""Session 47 (lead): our own sentences.

1. "struck / hit / strike" + a building, a vehicle or an office of a state or a people is an attack, like the
   positions and bases of the session-3 rows (marsad/data/coding/manual_en.tsv object lists).
"""
from events_helpers import codes as _codes, sentence_events, with_trigger as _with


def _events(text, date="2025-06-17"):
    return sentence_events(text, date)


def test_struck_a_ministry_or_tents_is_an_attack():
    evs = _events("Russian drones struck the Ukrainian defence ministry in Kyiv on Sunday.")
    ev = _with(evs, "struck")
    assert ev.root in ("18", "19") and (ev.source_code or "").startswith("RUS"), _codes(evs)
    evs = _events("Israeli aircraft hit tents sheltering displaced families in Khan Younis on Monday.")
    ev = _with(evs, "hit")
    assert ev.root in ("18", "19") and (ev.source_code or "").startswith("ISR"), _codes(evs)


def test_struck_a_deal_stays_no_attack():
    evs = _events("The two governments struck a deal on Monday to reopen the border crossing.")
    assert all(e.root not in ("18", "19") for e in evs), _codes(evs)


# 2. A name apposition after a title noun that closes its clause (", and …" or the sentence end) is the verb's object;
#    "the two" / "both" right before a verb (no noun) is the pair of the event before; a verb whose noun names a person
#    ("host", cue agent_noun) after a determiner or a possessive is no act.

def test_name_apposition_before_and_is_the_object():
    evs = _events("Trump met his host, Prime Minister Mark Carney, and discussed trade.")
    ev = _with(evs, "met")
    assert (ev.target_code or "").startswith("CAN"), _codes(evs)


def test_name_apposition_at_the_sentence_end_is_the_object():
    evs = _events("Trump met the summit's host, Prime Minister Mark Carney.")
    ev = _with(evs, "met")
    assert (ev.target_code or "").startswith("CAN"), _codes(evs)
    assert not [e for e in evs if e.trigger == "host"], _codes(evs)


def test_the_two_before_a_verb_is_the_pair_before():
    evs = _events("Trump met Prime Minister Mark Carney on Monday, and the two agreed to pursue a trade deal.")
    agreed = [e for e in evs if e.trigger == "agreed"]
    pairs = {((e.source_code or "")[:3], (e.target_code or "")[:3]) for e in agreed}
    assert pairs == {("USA", "CAN"), ("CAN", "USA")}, _codes(evs)


def test_both_inside_a_relative_clause_is_no_pair():
    evs = _events("India and Pakistan met in Geneva. They disputed Kashmir, which both claim in full.")
    assert not [e for e in evs if e.trigger == "claim" and ":pair" in e.rule], _codes(evs)


# 3. A year later than the publication year after a past verb names the verb's content ("barred from the 2027 race",
#    "agreed to hold elections in 2027"), never the date of the reported act (timex/dating.py).

def test_a_later_year_after_a_past_verb_is_its_content():
    evs = _events("PARIS, April 1 - A court on Monday convicted the party leader and barred her from the 2027 race.",
                  "2025-04-01")
    ev = _with(evs, "barred")
    assert ev.date == "2025-03-31", (ev.date, _codes(evs))
    evs = _events("KHARTOUM, May 4 - The army and the rebels agreed to hold elections in 2027.", "2025-05-04")
    ev = _with(evs, "agreed")
    assert ev.date != "2027", (ev.date, _codes(evs))


def test_a_past_year_after_a_past_verb_still_dates_it():
    evs = _events("The two countries signed a border treaty in 1994.", "2025-05-04")
    ev = _with(evs, "signed")
    assert ev.date == "1994", (ev.date, _codes(evs))


# 4. A clause-opening "طالب" (demanded / student) right before an organisation's name (an NER ORG mention) is the verb,
#    as before a person's name (stages/actors.py verb_homograph).

def test_demanded_before_a_bare_organisation_is_the_verb():
    evs = _events("أدان الرئيس الفلسطيني استمرار الحرب، ثم طالب حماس بالإفراج عن الرهائن المحتجزين.", "2025-04-27")
    ev = _with(evs, "طالب")
    assert ev.root == "10" and (ev.target_code or "").startswith("PSE"), _codes(evs)


def test_a_student_of_a_university_stays_a_student():
    evs = _events("وقال طالب في جامعة القاهرة إن الشرطة اعتقلت زملاءه.", "2025-04-27")
    assert not [e for e in evs if e.trigger.endswith("طالب")], _codes(evs)


# 5. English: a year right after a happening noun in a main-clause reaction's object dates the noun ("criticised
#    Romania's annulment of its election last year"), and dates no later sentence of the paragraph (timex/dating.py).

def test_a_year_after_a_reaction_object_noun_dates_the_noun_only():
    evs = _events("MUNICH, Feb 15 - The vice president accused European leaders on Friday of retreating from their "
                  "values.\n\nHe criticised Romania's annulment of its presidential election last year. He also urged "
                  "Europe to spend more on its own defence.", "2025-02-15")
    assert _with(evs, "criticised").date != "2024", _codes(evs)
    assert _with(evs, "urged").date != "2024", _codes(evs)


def test_a_year_in_a_relative_clause_reaction_still_dates_it():
    evs = _events("Russia and China, which vetoed a resolution on new sanctions in 2022, abstained on Monday.",
                  "2025-02-15")
    assert _with(evs, "vetoed").date == "2022", _codes(evs)


# 6. English "He" / "She" opening a paragraph: the subject of the paragraph right before (its last sentence) is the
#    antecedent, as in the same paragraph (a wire story's one-sentence paragraphs; english.pronoun_subject).

def test_he_opening_a_paragraph_takes_the_subject_of_the_one_before():
    evs = _events("MUNICH, Feb 15 - U.S. Vice President JD Vance accused European leaders on Friday of retreating "
                  "from their values.\n\nHe criticised Romania for annulling its election.", "2025-02-15")
    ev = _with(evs, "criticised")
    assert (ev.source_code or "").startswith("USA"), _codes(evs)


def test_he_two_paragraphs_on_stays_empty():
    evs = _events("MUNICH, Feb 15 - U.S. Vice President JD Vance accused European leaders on Friday of retreating "
                  "from their values.\n\nThe conference opened on Friday.\n\nHe criticised Romania for annulling its "
                  "election.", "2025-02-15")
    ev = _with(evs, "criticised")
    assert not (ev.source_code or "").startswith("USA"), _codes(evs)


# 7. Arabic rows: an envoy handing a leader a letter (سلم + رسالة) is an in-person diplomatic contact (040); readiness
#    to expand / strengthen / develop (cooperation) is intent to cooperate (030).

def test_handing_a_letter_is_a_diplomatic_contact():
    evs = _events("سلم وزير الخارجية القطري أمس الرئيس اللبناني رسالة خطية من أمير قطر.", "2025-04-18")
    ev = _with(evs, "سلم")
    assert ev.cameo == "040" and (ev.source_code or "").startswith("QAT") \
        and (ev.target_code or "").startswith("LBN"), _codes(evs)


def test_readiness_to_expand_cooperation_is_intent_to_cooperate():
    evs = _events("وأبدى الرئيس التونسي استعداد بلاده لتعزيز التعاون مع الجزائر في مجال الطاقة.", "2025-04-18")
    assert any(e.cameo == "030" and (e.source_code or "").startswith("TUN") for e in evs), _codes(evs)


# 8. English trade rows: a singular "tariff" and "levy / levies" take the tariff rows' codes; "unveiled the levies" is
#    imposing them (163), the bare "unveiled" keeps its PETRARCH2 reading.

def test_impose_a_tariff_singular_is_a_sanction():
    evs = _events("China on Friday imposed an additional 34% tariff on all imports from the United States.",
                  "2025-04-04")
    ev = _with(evs, "imposed")
    assert ev.cameo == "163" and (ev.target_code or "").startswith("USA"), _codes(evs)


def test_unveiled_levies_imposes_them():
    evs = _events("President Trump unveiled sweeping levies on imports from China on Wednesday.", "2025-04-04")
    assert _with(evs, "unveiled").cameo == "163", _codes(evs)
    evs = _events("The minister unveiled a new reform plan on Monday.", "2025-04-04")
    assert all(e.cameo != "163" for e in evs), _codes(evs)


def test_suspending_sanctions_eases_them_arabic():
    evs = _events("أعلنت وزارة الخزانة الأميركية أمس تعليق العقوبات المفروضة على سوريا لمدة 180 يوما.", "2025-11-11")
    ev = _with(evs, "تعليق")
    assert ev.cameo == "085" and (ev.source_code or "").startswith("USA"), _codes(evs)


def test_closing_an_embassy_reduces_relations():
    evs = _events("CARACAS, Oct 14 - Venezuela said on Monday it was closing its embassy in Oslo.", "2025-10-14")
    ev = _with(evs, "closing")
    assert ev.cameo == "161" and (ev.source_code or "").startswith("VEN") \
        and (ev.target_code or "").startswith("NOR"), _codes(evs)


def test_supporters_gathering_in_protest_is_a_demonstration():
    evs = _events("وتجمع أنصار المعارضة أمام مقر الحكومة في القاهرة احتجاجا على نتائج الانتخابات.", "2025-11-19")
    assert any(e.trigger.startswith("وتجمع") and e.cameo == "141" for e in evs), _codes(evs)


def test_filing_appeals_is_a_lawsuit():
    evs = _events("وتقدم عشرات المرشحين بطعون أمام المحكمة الإدارية العليا على نتائج الانتخابات.", "2025-11-19")
    assert any(e.cameo == "115" for e in evs), _codes(evs)


# 9. Arabic "أقر / اعترف X بأنه V": acknowledged that … is reported speech; the pronoun of بأنه is the speaker, the
#    phrase after the verb its object (cues_ar.tsv speech, pron_speaker).

def test_acknowledged_that_it_struck_is_the_speakers_act():
    evs = _events("وأقر الجيش الإسرائيلي في بيان بأنه استهدف مراسل الجزيرة في غزة.", "2025-08-11")
    ev = _with(evs, "استهدف")
    assert (ev.source_code or "").startswith("ISR") and not ev.historical, _codes(evs)
    evs = _events("واعترف الجيش الإسرائيلي بأنه قصف مواقع لحماس.", "2025-08-11")
    ev = _with(evs, "قصف")
    assert (ev.source_code or "").startswith("ISR") and (ev.target_code or "").startswith("PSE"), _codes(evs)


def test_arrival_merged_with_an_ordinal_visit_noun_stays():
    # the arrival verb (its visitor) and the ordinal visit noun (its host) are one visit; the noun that took the
    # verb's visitor reports it and is not dropped as a characterising phrase (review of PREC47's ordinal rule)
    evs = _events("ووصل أمير قطر الشيخ تميم بن حمد آل ثاني صباح اليوم إلى مطار العلا، حيث استقبله ولي العهد السعودي "
                  "الأمير محمد بن سلمان، في أول زيارة له إلى المملكة منذ بدء الأزمة.", "2021-01-05")
    assert any(e.root == "04" and (e.source_code or "").startswith("QAT") and (e.target_code or "").startswith("SAU")
               for e in evs), _codes(evs)


# 10. A joined verb whose object pronoun the tokenizer left on it (a two-letter stem: وحثها) names back the earlier
#     act's object, as a split suffix does (joined_pronoun_ar._LEFT_SUFFIXES).

def test_unsplit_object_pronoun_of_a_joined_verb_names_back_the_object():
    evs = _events("وطالب المستشار الألماني إسرائيل بالسماح بدخول المساعدات إلى القطاع، وحثها على عدم ضم الضفة الغربية.",
                  "2025-08-09")
    ev = _with(evs, "وحثها")
    assert (ev.source_code or "").startswith("DEU") and (ev.target_code or "").startswith("ISR"), _codes(evs)
