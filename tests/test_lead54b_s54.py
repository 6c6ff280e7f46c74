"""Session 54, lead (second pass): own sentences."""
from marsad.pipeline import default_pipeline


def _doc(text, date="2025-03-02"):
    return default_pipeline()(text, published_at=date)


def test_amman_after_the_capital_and_its_nationality_is_the_place_not_a_government():
    doc = _doc("قضت محكمة أمن الدولة في العاصمة الأردنية عمان اليوم بسجن ثلاثة متهمين عشر سنوات.")
    assert [(e.source_code, e.target_code) for e in doc.events if e.root == "17"] == [("JORJUD", None)]


def test_amman_as_a_subject_stays_the_jordanian_government():
    """Guard: "رحبت عمان" is Jordan's government."""
    doc = _doc("رحبت عمان بالاتفاق بين الطرفين.")
    assert [e.source_code for e in doc.events if e.root == "05"] == ["JORGOV"]


def test_killing_verb_and_shelling_after_in_stay_one_event_with_the_author():
    """Guard: after a killing verb the shelling after في keeps the verb reading the adjunct merge joins
    (195, its author)."""
    doc = _doc("قتل عشرة في قصف جوي إسرائيلي على غزة.")
    assert [(e.cameo, e.source_code) for e in doc.events if e.plover_type == "ASSAULT"] == [("195", "ISRMIL")]


def test_two_city_arabic_dateline_with_an_agency_credit_is_no_actor():
    doc = _doc("واشنطن - القاهرة (وكالات) - أعلنت وزارة الخارجية المصرية اليوم أن الوزير سيزور باريس الأسبوع المقبل.")
    assert [s.segment_kind for s in doc.sentences][0] == "dateline"
    assert not [a for a in doc.actors if any("وكالات" in doc.text[s:e] for s, e in a.spans)]


def test_place_only_dateline_before_a_speech_verb_stays_one_place():
    """Guard: "غزة - قال ..." is a place-only dateline; the speech verb opens the body."""
    doc = _doc("غزة - قال الناطق باسم الدفاع المدني إن ثلاثة أشخاص قتلوا في قصف فجر اليوم.")
    assert doc.text[doc.sentences[0].start:doc.sentences[0].end] == "غزة -"


def test_a_counted_plural_after_a_number_is_no_verb():
    doc = _doc("Workers demanded the new minimum wage of 6,000 Egyptian pounds announced by the president.",
               "2024-02-27")
    assert not [e for e in doc.events if e.trigger.startswith("pounds")]


def test_pounds_after_a_subject_stays_the_shelling_verb():
    """Guard: "Russian artillery pounds Kharkiv" is still an attack."""
    doc = _doc("Russian artillery pounds Kharkiv for a third day, officials said.", "2024-02-27")
    assert [e.root for e in doc.events if e.trigger.startswith("pounds")] == ["19"]
