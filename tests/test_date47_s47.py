"""Session 47, DATE47: dates and places of events found with the right code and sides -- a speech verb under a fronted
place, a seat of government as a venue, a later year or a genitive year, a possessive date before a name, a weekday
after "بعد ساعات،"."""
from marsad.geo.match import context_countries
from marsad.pipeline import default_pipeline


def _doc(text, pub="2025-03-14"):
    return default_pipeline(False)(text, published_at=pub)


def _event(doc, trigger_word):
    return next(e for e in doc.events if trigger_word in e.trigger)


def _place(doc, trigger_word):
    ev = _event(doc, trigger_word)
    return next((p.name for p in doc.places if p.id == ev.place_id), None)


def test_speech_verb_takes_the_fronted_place():
    doc = _doc("وفي عمّان، أعلنت وزارة الخارجية الأردنية أمس أن الأردن سيقدم خطة لإعادة إعمار المناطق المدمرة.")
    assert _place(doc, "أعلنت") == "Amman"


def test_meeting_in_the_white_house_is_placed_there():
    doc = _doc("واستقبل الرئيس الأمريكي رئيس الوزراء الياباني في البيت الأبيض أمس الخميس.")
    assert _place(doc, "استقبل") == "White House"


def test_meeting_in_the_oval_office_is_placed_in_the_white_house():
    doc = _doc("President Trump hosted the Kenyan president in the Oval Office on Thursday.")
    assert _place(doc, "hosted") == "White House"


def test_white_house_is_a_place_but_no_evidence_of_the_story_country():
    from marsad.lang.columns import token_texts, token_triples
    doc = _doc("The two leaders met at a White House dinner.")
    single, _ = context_countries(doc.text, token_triples(doc), token_texts(doc))
    assert "White House" in [p.name for p in doc.places] and "USA" not in single


def test_later_year_does_not_date_an_asserted_event():
    text = ("Opposition leader convicted of fraud, barred from 2028 race as supporters protest\n\n"
            "LIMA, March 14 - A court on Thursday convicted opposition leader Rosa Quispe of misusing party funds "
            "and banned her from holding public office for six years.\n\n"
            "The judge sentenced Quispe to three years in prison, two of them suspended.")
    assert _event(_doc(text), "protest").date == "2025-03-13"


def test_year_glued_to_lam_names_the_noun_before_it():
    doc = _doc("وقال الرئيس إن بلاده لا تريد الحرب، واتهم الجيش المجاور بخرق اتفاق وقف النار لعام 2003 "
               "في القرى الحدودية.")
    assert _event(doc, "واتهم").date == "2025-03-14"


def test_possessive_date_before_a_name_dates_the_noun():
    doc = _doc("The aide accused the senator of lying about the deal, and faulted reporters for misreading "
               "last week's Supreme Court ruling.")
    assert _event(doc, "accused").date == "2025-03-14"


def test_weekday_after_hours_later_comma_is_past():
    doc = _doc("وبعد ساعات، تجددت المعارك ليل الثلاثاء بين قوات الحكومة وجماعة مسلحة في أحياء العاصمة.")
    assert [r.value for r in doc.timerefs] == ["2025-03-11"]


def test_force_takes_the_place_of_the_clause_before_it():
    doc = _doc("MADRID, March 14 - Farmers in Bilbao blocked a highway for three hours before police dispersed them "
               "with batons.")
    assert _place(doc, "dispersed") == "Bilbao"


def test_force_after_a_march_takes_the_march_place():
    doc = _doc("MADRID, March 14 - Hundreds of students marched to the French consulate in Barcelona on Friday evening, "
               "and police fired rubber bullets to push them back.")
    assert _place(doc, "fired") == "Barcelona"


def test_gathering_day_in_a_relative_clause_dates_the_act_at_it():
    doc = _doc("وأدان وزراء الخارجية، في ختام اجتماعهم الطارئ الذي عقد في القاهرة أمس الأربعاء، الهجوم على السفارة.",
               "2025-06-07")
    assert _event(doc, "وأدان").date == "2025-06-06"


def test_gathering_day_in_a_relative_clause_dates_the_act_en():
    doc = _doc("The leaders condemned the attack at the end of a summit that was held in Cairo on Wednesday.",
               "2025-06-07")
    assert _event(doc, "condemned").date == "2025-06-04"
