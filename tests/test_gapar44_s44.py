"""Session 44 (helper gapar44): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. A home story's protesters: the bare crowd staging an Arabic protest (a verb) in a sentence that names only the
   dateline's country is that country's people ("إذ تجمع آلاف المحتجين … في وسط عمّان" in an AMMAN story: JORCVL);
   ``home_country._own_crowd``; so is the bare crowd the home state's force fires on in such a sentence ("فيما
   أطلقت قوات الأمن الرصاص الحي على متظاهرين": JORCVL).
2. A verb whose root ends in ن (أعلن، أدان، ودان، طعن) is masculine: ``agreement.masc_verb`` read every final ن as the
   feminine plural نون, so "ودان الوزير …، ودعا الجيش والدعم السريع إلى" failed the gender match of the joined appeal
   and its addressees were read as new callers.
3. A protest's crowd in the place its sentence opens with ("وفي باريس، تجمع مئات المحتجين أمام السفارة الإيرانية" in
   a TEHRAN story) is of that place's country, abroad too (``domestic_place.fill`` with ``crowds``).
4. A verb joined by و to a clause the speaker's pronoun opens ("أعلنت الوزارة أنها أرسلت قوة إلى المنطقة واعتقلت
   ثلاثة مسلحين") has the speaker for its subject when it agrees with the pronoun
   (``events._joined_to_speaker_clause``).
5. In a story of the dateline's country and one other, the bare people the other country acts on in a sentence
   naming no third country are the dateline country's ("وحذر الجيش الإسرائيلي السكان من العودة إلى قرى جنوب لبنان"
   in a BEIRUT story of Lebanon and Israel: LBNCVL; ``home_country._other_on_home``).
"""
import pytest

from marsad.coding.agreement import masc_verb
from test_gapen34_s34 import _dump, _with

_AMMAN = ("عمّان - 4 مايو (مرصد) - أعلن رئيس الوزراء الأردني أمس استقالة حكومته بعد أسبوع من الاحتجاجات على رفع "
          "أسعار الوقود.\n\nوقال في كلمة متلفزة إن الحكومة الجديدة ستراجع قرار رفع الأسعار خلال شهر.\n\n")


# ----------------------------------------------------------------------------- 1 a home story's protesters
def test_a_home_story_crowd_gathering_in_the_capital_is_the_home_country():
    got, evs = _with(_AMMAN + "ولم تهدئ الاستقالة الغضب، إذ تجمع آلاف المحتجين مساء أمس قرب مبنى البرلمان في وسط "
                     "عمّان، ورددوا هتافات تطالب بإصلاح اقتصادي.", "تجمع", "2024-05-04")
    assert got and got[0].source_country == "JOR", _dump(evs)


def test_a_home_story_crowd_taking_to_the_streets_is_the_home_country():
    got, evs = _with(_AMMAN + "وخرج مئات المحتجين أمس إلى شوارع عمّان والزرقاء وأغلقوا عددا من الطرق الرئيسية.",
                     "وخرج", "2024-05-04")
    assert got and got[0].source_country == "JOR", _dump(evs)



def test_a_home_story_crowd_the_police_fire_on_is_the_home_country():
    got, evs = _with(_AMMAN + "وخرج آلاف الشبان مساء أمس إلى شوارع عمّان والزرقاء، فيما أطلقت قوات الأمن الرصاص الحي "
                     "على متظاهرين أمام مقر رئاسة الوزراء.", "أطلقت", "2024-05-04")
    assert got and got[0].source_country == "JOR" and got[0].target_country == "JOR", _dump(evs)


# ----------------------------------------------------------------------------- 2 a verb ending in ن is masculine
@pytest.mark.parametrize("verb", ["ودان", "أدان", "وأعلن", "أعلن", "طعن", "يعلن"])
def test_a_verb_of_a_final_nun_root_is_masculine(verb):
    assert masc_verb(verb)


@pytest.mark.parametrize("masc, other", [("ودان", "ودانت"), ("أعلن", "أعلنت"), ("يعلن", "تعلن"), ("وأدان", "وأدانوا")])
def test_the_final_nun_of_the_root_against_the_feminine_and_plural_endings(masc, other):
    assert masc_verb(masc) and not masc_verb(other)


def test_the_addressees_of_an_appeal_joined_to_a_condemnation_in_dan():
    got, evs = _with("ودان وزير الخارجية الفرنسي اندلاع المعارك في السودان، ودعا الجيش والدعم السريع إلى الوقف "
                     "الفوري للقتال.", "ودعا", "2024-05-04")
    assert got and all(e.source_country == "FRA" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 3 a protest in a fronted place abroad
def test_a_crowd_protesting_in_a_fronted_foreign_capital_is_of_that_country():
    text = ("طهران - 4 مايو (مرصد) - استدعت وزارة الخارجية الإيرانية أمس السفير الفرنسي في طهران احتجاجا على تصريحات "
            "لوزير الخارجية الفرنسي.\n\nوقال المتحدث باسم الوزارة إن طهران لن تقبل أي تدخل في شؤونها الداخلية.\n\n"
            "وفي باريس، تجمع مئات المحتجين مساء أمس أمام السفارة الإيرانية ورفعوا لافتات تندد بالحكومة الإيرانية.")
    got, evs = _with(text, "تجمع", "2024-05-04")
    assert got and got[0].source_country == "FRA" and got[0].target_country == "IRN", _dump(evs)


# ----------------------------------------------------------------------------- 4 a verb joined to the speaker's clause
def test_a_verb_joined_to_the_speakers_pronoun_clause_is_the_speakers():
    got, evs = _with("وأعلنت وزارة الداخلية العراقية أنها أرسلت قوة إلى المنطقة واعتقلت ثلاثة مسلحين.", "واعتقلت",
                     "2024-05-04")
    assert got and got[0].source_code == "IRQGOV", _dump(evs)
    got, evs = _with("وأعلن الجيش العراقي أنه أرسل قوة إلى المنطقة واعتقلت ثلاثة مسلحين.", "واعتقلت", "2024-05-04")
    assert got and got[0].source_code is None, _dump(evs)   # (a feminine verb after أنه: someone else)


# ----------------------------------------------------------------------------- 5 the other country's act on home people
def test_the_people_the_other_country_of_a_duo_story_warns_are_the_dateline_countrys():
    text = ("بيروت - 4 مايو (مرصد) - قصفت المدفعية الإسرائيلية أمس بلدات في جنوب لبنان، فيما أعلن الجيش اللبناني "
            "انتشار وحداته على الحدود.\n\nوقال وزير الدفاع الإسرائيلي إن إسرائيل لن تسمح بعودة المسلحين إلى الحدود، "
            "وأضاف أن الجيش الإسرائيلي سيواصل عملياته.\n\nوقال رئيس الحكومة اللبنانية إن لبنان سيقدم شكوى إلى مجلس "
            "الأمن.\n\nوحذر الجيش الإسرائيلي السكان من العودة إلى قرى جنوب لبنان.")
    got, evs = _with(text, "وحذر", "2024-05-04")
    assert got and got[0].source_country == "ISR" and got[0].target_code == "LBNCVL", _dump(evs)
