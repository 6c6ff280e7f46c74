"""Session 25, OTH8: more pages that are not political news.  A car review is a business page (domain.tsv:
horsepower, twin-turbo, V8, suspension, brakes ...), a university admissions notice an education page (القبول الموحد،
العام الجامعي، تخصصات، المقبولين); on a private page a protest word with no side at all ("chipmakers rally") is no
protest; "easing fears of ... restrictions" eases the fears (ease is a direct-object row, a feeling noun blocks the
later object word); a court's sentence keeps its ب-object across a time aside ("قضت محكمة …، الأحد، بالسجن"); the
noun إدانته in a sentence whose court sentences is that court's conviction (173), not a condemnation; the crime two
words after بتهمة ("بتهمة إثارة الشغب") is no act.  Guards: a real riot, a minister's condemnation, workers rallying,
sanctions eased, a VSO verb with an aside and no object word, an agreement between two governments on an admissions
page.  Sentences are ours."""
from __future__ import annotations

from events_helpers import full

DAY = "2026-12-15"


def _codes(doc):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]


CAR = ("Test drive: the Falcon RS hatchback is a street fighter\n\n"
       "The Falcon RS is the most powerful hatchback the brand has ever built. Its twin-turbo engine makes 420 "
       "horsepower, and the adaptive suspension keeps the body flat. On a wet track the car attacks every bend and "
       "fights for grip out of slow corners. The brakes survived a brutal assault lap after lap. The cabin is a calm "
       "retreat at cruising speed.")

ADMISSIONS = ("نتائج القبول الموحد: منافسة شرسة على التخصصات الطبية\n\n"
              "أعلنت وزارة التعليم العالي نتائج القبول الموحد للعام الجامعي الجديد. واقتحم آلاف الطلبة الموقع الإلكتروني "
              "في الدقائق الأولى بعد نشر النتائج. وبلغ عدد المقبولين 38 ألفا، فيما احتدمت المنافسة على تخصصات كلية الطب. "
              "ويستطيع غير المقبولين تقديم طلبات جديدة حتى الأحد.")

MARKET = ("Stocks rally as bank shares climb\n\n"
          "NEW YORK (Wire) — Bank stocks led a broad rally on Wall Street on Wednesday, and investors cheered strong "
          "earnings. Shares of Grant Financial rose 4% after its profit beat forecasts. The dividend was raised.")

MARKET_STRIKE = ("Carmaker shares fall as workers rally\n\n"
                 "DETROIT (Wire) — Shares of the carmaker fell 3% on Thursday as investors sold the stock. Hundreds of "
                 "workers rallied outside the plant to protest against job cuts. The company said profits would fall.")


def test_car_review_is_a_business_page():
    doc = full(CAR, published_at=DAY)
    assert not [e for e in doc.events if e.root in ("18", "19", "08")], _codes(doc)


def test_admissions_notice_is_an_education_page():
    doc = full(ADMISSIONS, published_at=DAY)
    assert not [e for e in doc.events if e.root in ("18", "19")], _codes(doc)


def test_admissions_page_keeps_a_ministers_agreement():
    doc = full(ADMISSIONS + " ووقع وزير التعليم العالي الأردني ونظيره العراقي مذكرة تفاهم في عمان.", published_at=DAY)
    assert any(e.cameo == "057" and "IRQ" in (e.source_country, e.target_country) for e in doc.events), _codes(doc)


def test_market_rally_without_sides_is_no_protest():
    doc = full(MARKET, published_at=DAY)
    assert not [e for e in doc.events if e.root == "14"], _codes(doc)


def test_workers_rallying_on_a_market_page_stay():
    doc = full(MARKET_STRIKE, published_at=DAY)
    assert [e for e in doc.events if e.root == "14"], _codes(doc)


def test_easing_fears_is_no_easing_of_sanctions():
    doc = full("Oil prices fell on Monday as the news eased fears of new sanctions on Iran.", published_at=DAY)
    assert not [e for e in doc.events if e.cameo[:2] == "08"], _codes(doc)


def test_eased_sanctions_stay():
    doc = full("The European Union eased sanctions on Syria on Monday.", published_at=DAY)
    assert [e for e in doc.events if e.cameo == "085"], _codes(doc)


def test_court_sentence_across_a_time_aside():
    doc = full("قضت محكمة جنايات الإسكندرية، الأحد، بالسجن عشر سنوات على تاجر مخدرات.", published_at=DAY)
    assert [e for e in doc.events if e.cameo == "173" and e.source_country == "EGY"], _codes(doc)


def test_verb_with_aside_and_no_object_word_stays_none():
    doc = full("أطلقت الحكومة، الثلاثاء، برنامجا جديدا لدعم المزارعين.", published_at=DAY)
    assert not [e for e in doc.events if e.root in ("19", "17")], _codes(doc)


def test_conviction_noun_in_a_sentencing_sentence():
    doc = full("قضت محكمة الجنايات في طنطا بالسجن سبع سنوات على موظف بعد إدانته بالاحتيال على المودعين.",
               published_at=DAY)
    assert not [e for e in doc.events if e.root == "11"], _codes(doc)
    assert len([e for e in doc.events if e.cameo == "173"]) >= 1, _codes(doc)


def test_condemnation_noun_without_a_court_stays():
    doc = full("وأعرب وزير الخارجية المصري عن إدانته للهجوم على السفارة.", published_at=DAY)
    assert [e for e in doc.events if e.cameo == "111"], _codes(doc)


def test_crime_two_words_after_a_charge_noun():
    doc = full("واعتقلت الشرطة المصرية 15 مشجعا بتهمة إثارة الشغب في محيط الملعب.", published_at=DAY)
    assert not [e for e in doc.events if e.cameo == "145"], _codes(doc)
    assert [e for e in doc.events if e.cameo == "173"], _codes(doc)


def test_a_real_riot_stays():
    doc = full("اندلعت أعمال شغب في وسط المدينة، واعتقلت الشرطة عشرين شخصا.", published_at=DAY)
    assert [e for e in doc.events if e.root == "14" or e.cameo == "145"], _codes(doc)


def test_quoted_title_before_a_colon_is_no_speaker():
    doc = full('"دمشق تحت الثلج": رواية جديدة عن الحرب في سوريا', published_at=DAY)
    assert not [e for e in doc.events if e.root == "01"], _codes(doc)


def test_speaker_before_a_colon_stays():
    doc = full('الرئيس المصري: "سنواصل العمل من أجل السلام"', published_at=DAY)
    assert [e for e in doc.events if e.root == "01" and e.source_country == "EGY"], _codes(doc)
