"""Session 51, DATE51B: our own sentences, written for these rules."""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _places(text, date, trigger):
    doc = _PIPE(text, published_at=date)
    byid = {p.id: p.name for p in doc.places}
    return [byid.get(e.place_id) for e in doc.events if e.trigger.startswith(trigger)], \
        [(e.trigger, byid.get(e.place_id)) for e in doc.events]


# 1. An English event whose sentence gives it no place goes on the scene the sentence before it in its paragraph set
#    for its first event, not on the dateline's city.

def test_next_sentence_goes_on_the_scene_of_the_last():
    got, allv = _places("NAIROBI, April 8 (Marsad) - East African ministers met on Monday to discuss fuel prices.\n\n"
                        "Thousands of traders marched to the parliament in Kampala on Monday. Some of them threw "
                        "stones at police officers guarding the gate.", "2025-04-08", "threw")
    assert got == ["Kampala"], allv


def test_a_lead_word_does_not_stop_the_carry():
    got, allv = _places("NAIROBI, April 8 (Marsad) - East African ministers met on Monday to discuss fuel prices.\n\n"
                        "Thousands of traders marched to the parliament in Kampala on Monday. But the speaker of "
                        "parliament refused to meet them.", "2025-04-08", "refused")
    assert got == ["Kampala"], allv


# 2. Guards: a sentence that opens with its own setting (geo/settings.tsv) takes no place from the sentence before.

def test_a_separate_meeting_is_not_on_the_scene_before():
    got, allv = _places("NAIROBI, April 8 (Marsad) - The foreign ministers of Kenya and Tanzania met in Arusha on "
                        "Monday. In a separate meeting, the Kenyan president met the Tanzanian president.",
                        "2025-04-08", "met")
    assert got[-1] != "Arusha", allv


def test_a_fronted_occasion_after_a_lead_word_is_not_on_the_scene_before():
    got, allv = _places("NAIROBI, April 8 (Marsad) - The foreign ministers of Kenya and Tanzania met in Arusha on "
                        "Monday. But on the margins of the forum, the Kenyan president met the Tanzanian "
                        "president.", "2025-04-08", "met")
    assert got[-1] != "Arusha", allv


def test_meanwhile_opens_another_story_line():
    got, allv = _places("NAIROBI, April 8 (Marsad) - The foreign ministers of Kenya and Tanzania met in Arusha on "
                        "Monday. Meanwhile, the Kenyan president met the Tanzanian president.", "2025-04-08", "met")
    assert got[-1] != "Arusha", allv


# 3. Small towns the city list misses (geo/regions.tsv): an event in them is there, not on the dateline's city.

def test_small_towns_are_places():
    got, allv = _places("BANGKOK, May 2 (Marsad) - Thai and Myanmar border officials met in Mae Sot on Friday.",
                        "2025-05-02", "met")
    assert got and set(got) == {"Mae Sot"}, allv
    got, allv = _places("تونس (مرصد) - تظاهر مئات الطلاب يوم الجمعة في سيدي بوسعيد احتجاجا على غلاء الأسعار.",
                        "2025-05-02", "تظاهر")
    assert got and set(got) == {"Sidi Bou Said"}, allv
