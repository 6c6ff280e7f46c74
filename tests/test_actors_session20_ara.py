"""Session 20, ARA: bare definite titles named back ("وأشاد الرئيس", "The president praised", "وقال المبعوث")
(coding/title_back.py, data/coding/title_back.tsv; our own sentences; each rule with a guard)."""
from __future__ import annotations

from events_helpers import full, show

D = "2026-11-30"


def _rows(doc, prefix):
    return sorted((e.cameo, e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix))


def _codes(doc, surface):
    return {a.code for a in doc.actors if any(doc.text[s:e] == surface for s, e in a.spans)}


# 1. the president named back: the nearest earlier holder of the office (الرئيس، رئيس الجمهورية، president)

def test_ar_president_praises():
    doc = full("استقبل الرئيس الفرنسي إيمانويل ماكرون أمس في باريس رئيس الوزراء اللبناني. "
               "وأشاد الرئيس بجهود الحكومة اللبنانية.", published_at=D)
    assert _rows(doc, "051") == [("051", "FRAGOV", "LBNGOV")], show(doc)
    assert _codes(doc, "الرئيس") == {"FRAGOV"}


def test_ar_president_added_that():
    doc = full("وصل الرئيس الكيني وليام روتو إلى أديس أبابا في زيارة رسمية. "
               "وأضاف الرئيس أن نيروبي تدين الهجوم على قوات حفظ السلام.", published_at=D)
    assert _codes(doc, "الرئيس") == {"KENGOV"}, show(doc)


def test_ar_president_of_the_republic_named_back():
    doc = full("قال رئيس الجمهورية اللبنانية في بيان إن الجيش سينتشر في الجنوب. "
               "وأشاد الرئيس بدعم الحكومة القطرية للجيش.", published_at=D)
    assert _codes(doc, "الرئيس") == {"LBNGOV"}, show(doc)
    assert ("051", "LBNGOV", "QATGOV") in _rows(doc, "051"), show(doc)


def test_en_president_praised():
    doc = full("French President Emmanuel Macron received Lebanon's prime minister in Paris on Monday. "
               "The president praised the Lebanese government.", published_at=D)
    assert _rows(doc, "051") == [("051", "FRAGOV", "LBNGOV")], show(doc)


def test_en_president_condemned():
    doc = full("Kenyan President William Ruto arrived in Addis Ababa on Monday. "
               "The president condemned the attack on peacekeepers.", published_at=D)
    assert ("111", "KENGOV", None) in _rows(doc, "111"), show(doc)


def test_ar_king_named_back():
    doc = full("استقبل العاهل الأردني الملك عبد الله الثاني وفدا سوريا في عمان. "
               "وأشاد الملك بجهود الحكومة السورية.", published_at=D)
    assert _rows(doc, "051") == [("051", "JORGOV", "SYRGOV")], show(doc)


def test_en_king_named_back():
    doc = full("Jordan's King Abdullah received a Syrian delegation in Amman on Sunday. "
               "The king praised the Syrian government.", published_at=D)
    assert _codes(doc, "king") == {"JORGOV"}, show(doc)


# 2. the envoy (the existing title_anaphor cue, now with المبعوث) and the minister (actors._definite_minister)

def test_ar_envoy_said():
    doc = full("وصل المبعوث الأمريكي الخاص إلى السودان إلى الخرطوم أمس. "
               "وقال المبعوث إن بلاده تدين الهجمات على المدنيين.", published_at=D)
    assert _codes(doc, "المبعوث") == {"USAGOV"}, show(doc)


def test_ar_minister_stressed_that():
    doc = full("وصل وزير الخارجية المصري سامح شكري إلى الخرطوم أمس في زيارة رسمية. "
               "وأكد الوزير أن القاهرة ترفض التدخل الأجنبي في السودان.", published_at=D)
    assert _codes(doc, "الوزير") == {"EGYGOV"}, show(doc)


def test_en_minister_added():
    doc = full("Egypt's foreign minister Sameh Shoukry arrived in Khartoum on Sunday. "
               "The minister added that Cairo condemned the attack on civilians.", published_at=D)
    assert _codes(doc, "minister") == {"EGYGOV"}, show(doc)


# 3. two holders: no guess, unless the nearer one is the subject of the sentence before

def test_ar_two_presidents_no_guess_guard():
    doc = full("استقبل الرئيس المصري عبد الفتاح السيسي أمس في القاهرة الرئيس التونسي قيس سعيد. "
               "وأشاد الرئيس بجهود الحكومة الليبية.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "LBYGOV")], show(doc)


def test_ar_counterpart_is_a_second_holder_guard():
    doc = full("استقبل الرئيس المصري عبد الفتاح السيسي نظيره التونسي في القاهرة أمس. "
               "وأشاد الرئيس بجهود الحكومة الليبية.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "LBYGOV")], show(doc)


def test_en_two_presidents_no_guess_guard():
    doc = full("Egyptian President Abdel Fattah al-Sisi met French President Emmanuel Macron in Cairo on Monday. "
               "The president praised the Libyan government.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "LBYGOV")], show(doc)


def test_ar_nearer_president_subject_of_the_sentence_before():
    doc = full("زار الرئيس المصري عبد الفتاح السيسي باريس الأسبوع الماضي. "
               "واستقبل الرئيس التونسي قيس سعيد أمس وفدا ليبيا في قرطاج. "
               "وأشاد الرئيس بجهود الحكومة الليبية.", published_at=D)
    assert _rows(doc, "051") == [("051", "TUNGOV", "LBYGOV")], show(doc)


# 4. guards: another office, a former holder, nothing before, "of the club"

def test_ar_prime_minister_is_not_the_president_guard():
    doc = full("استقبل رئيس الوزراء اللبناني نجيب ميقاتي وفدا فرنسيا في بيروت. "
               "وأشاد الرئيس بجهود الحكومة الفرنسية.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "FRAGOV")], show(doc)


def test_ar_former_president_is_not_named_back_guard():
    doc = full("استقبل الرئيس الأمريكي السابق دونالد ترامب وفدا إسرائيليا في فلوريدا. "
               "وأشاد الرئيس بجهود الحكومة الإسرائيلية.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "ISRGOV")], show(doc)


def test_en_former_president_is_not_named_back_guard():
    doc = full("Former US President Donald Trump met Israeli officials in Florida on Monday. "
               "The president praised the Israeli government.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "ISRGOV")], show(doc)


def test_ar_former_title_is_not_the_current_president_guard():
    doc = full("استقبل الرئيس الفرنسي إيمانويل ماكرون وفدا لبنانيا في باريس. "
               "وأشاد الرئيس السابق بجهود الحكومة اللبنانية.", published_at=D)
    assert "FRAGOV" not in {e.source_code for e in doc.events if e.cameo == "051"}, show(doc)


def test_ar_bare_president_first_sentence_guard():
    doc = full("وأشاد الرئيس بجهود الحكومة اللبنانية في مكافحة الفساد.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "LBNGOV")], show(doc)


def test_en_bare_president_first_sentence_guard():
    doc = full("The president praised the Lebanese government on Monday.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "LBNGOV")], show(doc)


def test_en_president_of_the_club_guard():
    doc = full("French President Emmanuel Macron met Lebanese officials in Paris on Monday. "
               "The president of the club praised the Lebanese government.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "LBNGOV")], show(doc)


def test_ar_emir_named_back():
    doc = full("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني أمس في الدوحة وزير الخارجية الإيراني. "
               "وأشاد الأمير بجهود الحكومة العمانية.", published_at=D)
    assert ("051", "QATGOV", "OMNGOV") in _rows(doc, "051"), show(doc)


def test_ar_vice_president_is_not_the_president_guard():
    doc = full("استقبل نائب الرئيس الأمريكي وفدا عراقيا في واشنطن. وأشاد الرئيس بجهود الحكومة العراقية.",
               published_at=D)
    assert _rows(doc, "051") == [("051", None, "IRQGOV")], show(doc)


def test_ar_title_inside_a_quote_guard():
    # another speaker's "president" inside his quote is not read back to the host named before
    doc = full("استقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية اللبناني في باريس أمس. "
               "وقال الوزير اللبناني: «أشاد الرئيس بجهود الجيش».", published_at=D)
    assert "FRAGOV" not in {e.source_code for e in doc.events if e.cameo == "051"}, show(doc)
    assert not _codes(doc, "الرئيس"), show(doc)


def test_ar_interim_president_is_another_holder_guard():
    doc = full("استقبل الرئيس العراقي وفدا كويتيا في بغداد أمس. "
               "وقال الرئيس المؤقت إن بلاده تدين الهجوم على قوات حفظ السلام.", published_at=D)
    assert not _codes(doc, "الرئيس"), show(doc)


def test_ar_holder_named_too_far_back_guard():
    # the holder is looked for at most five sentences back (title_back._REACH)
    filler = " ".join(f"وأضاف التقرير أن الأسعار ارتفعت في الأسبوع رقم {k} من العام." for k in range(6))
    doc = full("استقبل الرئيس العراقي وفدا كويتيا في بغداد أمس. " + filler +
               " وأشاد الرئيس بجهود الحكومة الصومالية.", published_at=D)
    assert _rows(doc, "051") == [("051", None, "SOMGOV")], show(doc)
