"""Session 45 (helper gapar45): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. A body's complete name takes no definite noun after it, only an adjective: "وطالبت منظمة العفو الدولية السلطات
   بالإفراج عنهم" is the body and its object (the authorities), not one phrase ``actors._definite_object_after_name``;
   an adjective (a nisba, a participle: الحاكم، المعارض، المسلحة) stays in the name.
2. Time words between a verb's subject and its object ("ورحب الوزير أمس بالقرار الفرنسي") do not hide the object's
   nationality adjective (``events._after_time_words`` in ``_object_nationality``).
3. An object pronoun after a meeting / praise act of another caller names that act's addressee ("وهنأ بوتين الرئيس
   الجزائري …، كما هنأه أمير قطر"، "كما اتصل به أمير قطر": ``verb_object_pronoun_ar._same_object``; a preposition
   with the pronoun right after a call / meeting verb, kind ``prep``); a host receiving a visitor stays the visitor.
4. "البلدين" / "الطرفين" addressed after the caller's name holding علي (the name, not the content's على) or after a
   relative aside between commas ("وطالب البيان، الذي تلاه …، البلدين"): ``conflict_sides._pair_at``.
5. The genitive of a noun with the clitic ب / ل right after a verb is no VSO subject ("، وطالبت بحماية المدنيين": the
   subject is elided and carried from the clause before; ``events._clitic_genitive``).
6. A feminine joined verb whose clause before codes no event goes on with the force right after that clause's verb
   ("، ومنعتهم قوات الأمن …، واعتقلت خمسة منهم": ``plural_joined_ar``), not with the sentence's opening crowd
   (``conj_clause._opening_subject``: the subject of a verb joined after a comma is a new subject between).
7. A verb-read trigger the lexicon also reads as the verbal noun of its code, right after an announcing verb and its
   subject ("أعلنت المنظمة رفضها للخطوة"), is that noun: the announcing verb joins its evidence
   (``announced_act._noun_reading``); "أعلنت الوزارة انتهاء العملية العسكرية" is de-escalation (087, manual_ar.tsv),
   "أعلن استعداده للتنحي" intent to yield (035).
8. An interior (or health) ministry's warning in a story of two countries is aimed at home, not at the other country
   (``story_dyad._domestic_ministry``).
9. A subject noun right after the verb with a loyalty adjective and a ل-body ("واتهمت البعثة التابعة للاتحاد
   الأفريقي المحتجين بتخريب …") is that body's, and the actor after it, not one inside the ب-charge, is the object
   (``events._bi_phrase_after`` in the subject-gap reading).
"""
from test_gapen34_s34 import _dump, _with

_RABAT = ("الرباط - 4 مايو (مرصد) - استدعت وزارة الخارجية المغربية أمس سفيرها في تونس للتشاور احتجاجا على "
          "استقبال زعيم جبهة البوليساريو.\n\n")


# ----------------------------------------------------------------------------- 1 a definite noun after a body's name
def test_a_party_name_then_the_government_is_subject_and_object():
    got, evs = _with(_RABAT + "وطالب حزب الاستقلال الحكومة بمراجعة اتفاقيات التعاون مع تونس.", "وطالب", "2024-05-04")
    assert got and got[0].source_code == "MARPTY" and got[0].target_code == "MARGOV", _dump(evs)


def test_a_rights_group_then_the_authorities_is_subject_and_object():
    got, evs = _with("القاهرة - 4 مايو (مرصد) - اعتقلت الشرطة المصرية أمس ثلاثة صحفيين في القاهرة.\n\n"
                     "وطالبت منظمة العفو الدولية السلطات بالإفراج عن الصحفيين المعتقلين.", "وطالبت", "2024-05-04")
    assert got and got[0].source_code.startswith("NGO") and got[0].target_code == "EGYGOV", _dump(evs)


def test_the_league_then_the_government_is_subject_and_object():
    got, evs = _with("طرابلس - 4 مايو (مرصد) - اندلعت اشتباكات عنيفة أمس في العاصمة الليبية بين مجموعات مسلحة."
                     "\n\nودعت جامعة الدول العربية الحكومة إلى ضبط النفس.", "ودعت", "2024-05-04")
    assert got and got[0].source_code.startswith("IGO") and got[0].target_code == "LBYGOV", _dump(evs)


def test_a_participle_adjective_stays_in_the_name():   # (a guard: passes before too)
    got, evs = _with("وقال حزب المؤتمر الوطني الحاكم إنه يرفض قرار البرلمان. وهاجمت جماعة الحوثي المسلحة سفينة تجارية.",
                     "وهاجمت")
    assert got and got[0].source_code == "YEMREB", _dump(evs)


# ----------------------------------------------------------------------------- 2 a time word before the object
def test_a_time_word_between_the_subject_and_a_nationality_object():
    got, evs = _with("ورحب وزير الخارجية العراقي فؤاد حسين أمس بالقرار الفرنسي، ووصفه بأنه خطوة مهمة.", "ورحب")
    assert got and got[0].target_code == "FRA", _dump(evs)


def test_an_evening_time_between_the_subject_and_a_nationality_object():
    got, evs = _with("ورفضت وزارة الخارجية الجزائرية مساء الأحد المقترح المغربي بشأن الحدود.", "ورفضت")
    assert got and got[0].target_code == "MAR", _dump(evs)


# ----------------------------------------------------------------------------- 3 one addressee of parallel acts
def test_a_second_congratulation_with_an_object_suffix_names_the_one_congratulated():
    got, evs = _with("وهنأ الرئيس الروسي فلاديمير بوتين الرئيس الجزائري بإعادة انتخابه، كما هنأه أمير قطر.", "هنأه")
    assert got and got[0].source_country == "QAT" and got[0].target_country == "DZA", _dump(evs)


def test_a_call_with_a_prepositional_pronoun_before_its_subject_names_the_one_congratulated():
    got, evs = _with("وهنأ الرئيس الروسي فلاديمير بوتين الرئيس الجزائري بإعادة انتخابه، كما اتصل به أمير قطر مهنئا.",
                     "اتصل")
    assert got and got[0].source_country == "QAT" and got[0].target_country == "DZA", _dump(evs)


def test_the_hosts_reception_of_a_visitor_names_the_visitor():   # (a guard: passes before too)
    got, evs = _with("وصل وزير الخارجية الإيطالي إلى الجزائر أمس في زيارة رسمية. واستقبله الرئيس الجزائري في قصر "
                     "المرادية.", "واستقبله")
    assert got and got[0].source_country == "DZA" and got[0].target_country == "ITA", _dump(evs)


def test_a_welcome_with_a_prepositional_pronoun_is_no_call_to_an_actor():   # (a guard)
    got, evs = _with("ورحب الأمين العام للأمم المتحدة بتوقيع الاتفاق، ورحبت به كذلك الولايات المتحدة.", "ورحبت")
    assert got and got[0].target_country != "IGO" and (got[0].target_code or "")[:3] != "IGO", _dump(evs)


# ----------------------------------------------------------------------------- 4 "the two countries" after asides
_CLASH = "اتهمت إثيوبيا إريتريا أمس بحشد قواتها قرب الحدود المشتركة بين البلدين. "


def test_the_two_countries_after_a_callers_name_with_ali():
    got, evs = _with(_CLASH + "ودعا المبعوث الأممي حسن علي عثمان البلدين إلى الحوار.", "ودعا")
    assert {e.target_country for e in got} == {"ETH", "ERI"}, _dump(evs)


def test_the_two_countries_after_a_relative_aside():
    got, evs = _with(_CLASH + "ودعا البيان، الذي أصدره مجلس السلم والأمن الأفريقي، البلدين إلى الحوار.", "ودعا")
    assert {e.target_country for e in got} == {"ETH", "ERI"}, _dump(evs)


# ----------------------------------------------------------------------------- 5 a clitic preposition's genitive
def test_the_genitive_of_a_bi_noun_after_a_joined_verb_is_no_subject():
    got, evs = _with("وأصدرت وزارة الخارجية الكويتية أمس بيانا أدانت فيه القصف، وطالبت بحماية المدنيين في المدينة.",
                     "وطالبت")
    assert got and got[0].source_code == "KWTGOV", _dump(evs)


# ----------------------------------------------------------------------------- 6 a feminine joined verb's subject
def test_a_feminine_joined_verb_goes_on_with_the_force_of_the_clause_before():
    got, evs = _with("وتجمع مئات الطلاب قرب وزارة التعليم في عمّان، ومنعتهم قوات الدرك من الوصول إلى المبنى، "
                     "واعتقلت عشرين منهم.", "واعتقلت")
    assert got and (got[0].source_code or "").endswith("COP"), _dump(evs)


# ----------------------------------------------------------------------------- 7 an announced act and its verb
def test_an_announced_rejection_read_as_a_verb_has_the_announcing_verb_as_evidence():
    text = "وفي الرياض، أعلنت منظمة التعاون الإسلامي رفضها للخطوة الإسرائيلية، وحذرت من عواقبها."
    got, evs = _with(text, "رفضها")
    verb = text.index("أعلنت")
    assert got and any(s == verb for s, _ in got[0].also_spans), _dump(evs)


def test_the_announced_end_of_a_military_operation_is_de_escalation():
    got, evs = _with("وأعلنت وزارة الدفاع السورية أمس انتهاء العملية العسكرية في ريف حماة.", "انتهاء")
    assert got and got[0].cameo == "087" and got[0].source_code == "SYRGOV", _dump(evs)


def test_the_end_of_an_election_process_is_no_event():   # (a guard)
    got, evs = _with("وبعد انتهاء العملية الانتخابية، أعلنت اللجنة النتائج النهائية.", "انتهاء")
    assert not got, _dump(evs)


def test_announced_readiness_to_step_down_is_intent_to_yield():
    got, evs = _with("وأعلن رئيس الوزراء الباكستاني أمس استعداده للتنحي لإفساح المجال أمام حكومة انتقالية.", "استعداده")
    assert got and got[0].cameo == "035" and got[0].source_code == "PAKGOV", _dump(evs)


# ----------------------------------------------------------------------------- 8 a domestic ministry's warning
_DUO = ("عمّان - 4 مايو (مرصد) - وقع الأردن وسوريا أمس اتفاقا لإعادة فتح معبر جابر نصيب الحدودي، وقال وزير الخارجية "
        "الأردني إن الأردن يأمل في زيادة التبادل التجاري مع سوريا.\n\nورحبت الحكومة السورية بالاتفاق، وقالت إن "
        "دمشق مستعدة للتعاون مع عمّان في ضبط الحدود.\n\nوانتقد نواب أردنيون الاتفاق مع سوريا.\n\n")


def test_an_interior_ministry_warning_in_a_two_country_story_is_no_threat_to_the_other_country():
    got, evs = _with(_DUO + "وحذرت وزارة الداخلية من أنها ستتصدى بحزم لأي تجمع لا يحصل على تصريح مسبق.", "وحذرت",
                     "2024-05-04")
    assert got and got[0].target_country != "SYR", _dump(evs)


# ----------------------------------------------------------------------------- 9 an accusing body's patron
def test_an_accusation_by_a_bodys_unit_names_the_patron_and_the_accused_crowd():
    got, evs = _with("واتهمت البعثة الخاصة التابعة للاتحاد الأفريقي المحتجين بتخريب المنشآت العامة.", "واتهمت")
    assert got and (got[0].source_code or "").startswith("IGO") and (got[0].target_code or "").endswith("CVL"), \
        _dump(evs)
