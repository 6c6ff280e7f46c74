"""Session 15 STORY: one event per happening told again in the headline, the lead and the body (coding/retold.py),
and meeting nouns that are only the setting of another act (coding/setting.py).  Sentences of our own."""
from __future__ import annotations

from events_helpers import full

from marsad.model import event_record
from marsad.records import flat_event, nest_event

PUB = "2025-05-09"

SINAI_EN = ("Two police officers killed in attack on checkpoint\n\n"
            "CAIRO, May 9 - Gunmen opened fire on a police checkpoint in the town of Arish on Tuesday, killing two "
            "officers, the interior ministry said.\n\nThe ministry said the attackers fled into the desert.")
SINAI_AR = ("مقتل جنديين في هجوم على نقطة تفتيش شمال سيناء\n\n"
            "القاهرة - 9 مايو - قتل جنديان مصريان يوم الثلاثاء في هجوم على نقطة تفتيش في مدينة العريش. وقالت وزارة "
            "الداخلية إن مسلحين أطلقوا النار على النقطة قبل أن يفروا.")


def _told(doc, ev):
    return [doc.text[a:b] for a, b in ev.also_spans]


def _violent(doc):
    return [e for e in doc.events if e.root in ("18", "19", "20")]


def test_headline_victims_are_the_lead_attack():
    doc = full(SINAI_EN, published_at=PUB)
    (ev,) = _violent(doc)
    assert ev.trigger == "opened fire" and ev.segment_kind == "body"
    assert (ev.source_code, ev.target_code) == ("EGYUAF", "EGYCOP")
    assert ev.date == "2025-05-06" and _told(doc, ev) == ["killed"] and ":retold" in ev.rule


def test_arabic_headline_is_the_lead_attack():
    doc = full(SINAI_AR, published_at=PUB)
    (ev,) = _violent(doc)
    assert ev.trigger == "قتل" and ev.target_code == "EGYMIL" and ev.date == "2025-05-06"
    assert _told(doc, ev) == ["مقتل"]


def test_also_spans_in_the_record_and_the_flat_row():
    doc = full(SINAI_EN, published_at=PUB)
    (ev,) = _violent(doc)
    rec = event_record(doc, ev)
    assert rec["evidence"]["also_spans"] == [[list(ev.also_spans[0])[0], list(ev.also_spans[0])[1]]]
    s, e = rec["evidence"]["also_spans"][0]
    assert doc.text[s:e] == "killed"
    row = flat_event(rec)
    assert row["also_spans"] == f"{s}-{e}"
    assert nest_event(row)["evidence"]["also_spans"] == [[s, e]]


def test_guard_two_attacks_on_different_days_and_places():
    doc = full("Gunmen attacked a police checkpoint in Arish on Monday, killing two officers, the interior ministry "
               "said. On Wednesday, gunmen attacked an army post in Rafah, killing a soldier.", published_at=PUB)
    evs = _violent(doc)
    assert sorted((e.date, e.target_code) for e in evs) == [("2025-05-05", "EGYCOP"), ("2025-05-07", "EGYMIL")]
    assert not any(e.also_spans for e in evs)


def test_guard_negated_and_asserted_attack_stay_apart():
    doc = full("Gunmen attacked an army post near Arish on Tuesday, killing two soldiers. The army said its troops "
               "had not attacked the nearby village.", published_at=PUB)
    evs = _violent(doc)
    assert sorted(e.negated for e in evs) == [False, True]
    assert not any(e.also_spans for e in evs)


def test_guard_reciprocal_expulsions_stay_two():
    doc = full("Egypt expels Turkish ambassador\n\nCAIRO, May 9 - Egypt expelled the Turkish ambassador on Tuesday over "
               "remarks by the Turkish president. Turkey expelled the Egyptian ambassador hours later.",
               published_at=PUB)
    pairs = sorted((e.source_country, e.target_country) for e in doc.events if e.cameo == "166")
    assert pairs == [("EGY", "TUR"), ("TUR", "EGY")]


def test_guard_condemnations_of_different_speakers():
    doc = full("Jordan condemns Israeli raid on Jenin\n\nAMMAN, May 9 - Jordan's foreign ministry condemned on Tuesday "
               "an Israeli raid on the West Bank city of Jenin. Egypt also condemned the raid.", published_at=PUB)
    assert sorted(e.source_country for e in doc.events if e.cameo == "111") == ["EGY", "JOR"]


def test_guard_two_meetings_of_one_pair_in_the_body():
    doc = full("The foreign ministers of Egypt and Jordan met in Cairo on Monday. On the sidelines of the summit, the "
               "Egyptian president met the Jordanian king.", published_at=PUB)
    met = [e for e in doc.events if e.cameo == "040"]
    assert sorted((e.sentence, e.source_code, e.target_code) for e in met) == [
        (0, "EGYGOV", "JORGOV"), (0, "JORGOV", "EGYGOV"), (1, "EGYGOV", "JORGOV"), (1, "JORGOV", "EGYGOV")]
    assert not any(e.also_spans for e in met)   # (and the summit, the occasion of "met", is no event)


def test_told_a_meeting_is_an_audience_not_a_meeting():
    doc = full("Kasymaliev told a government meeting that the crossings would stay closed.", published_at=PUB)
    assert not [e for e in doc.events if e.root == "04"]


def test_guard_a_meeting_held_is_a_meeting():
    doc = full("The cabinet held a meeting on Sunday to discuss the budget.", published_at=PUB)
    assert [(e.cameo, e.date) for e in doc.events if e.root == "04"] == [("040", "2025-05-04")]


def test_settle_through_talks_is_a_means():
    doc = full("The United Nations urged Kyrgyzstan and Tajikistan to settle their dispute through talks.",
               published_at=PUB)
    assert not [e for e in doc.events if e.root == "04"]
    assert sorted(e.target_code for e in doc.events if e.cameo == "025") == ["KGZ", "TJK"]


def test_guard_talks_held_are_talks():
    doc = full("Officials of the two countries held talks in Doha on Monday.", published_at=PUB)
    assert [(e.cameo, e.date) for e in doc.events if e.root == "04"] == [("046", "2025-05-05")]


def test_arabic_speech_before_the_summit():
    doc = full("وعرض أمير قطر في كلمته أمام القمة الوساطة بين السودان وتشاد.", published_at=PUB)
    assert [e.cameo for e in doc.events] == ["039"]   # (an offer to mediate: 039 since session 32, 030 before)


def test_arabic_during_the_meeting_is_the_occasion_of_a_condemnation():
    doc = full("وأدان وزير الخارجية الأردني خلال الاجتماع الغارات الإسرائيلية على جنين.", published_at=PUB)
    assert not [e for e in doc.events if e.root == "04"]
    assert [e.source_code for e in doc.events if e.cameo == "111"] == ["JORGOV"]


def test_guard_arabic_summit_held_is_a_meeting():
    doc = full("وعقد القادة العرب قمة في المنامة يوم الخميس.", published_at=PUB)
    assert [(e.cameo, e.date) for e in doc.events] == [("040", "2025-05-08")]


def test_guard_a_separate_case_is_not_the_headline_killing():
    from pathlib import Path
    text = (Path(__file__).parent / "data" / "articles_other" / "en_police.txt").read_text()
    doc = full(text, published_at="2026-11-29")
    told = {doc.text[a:b] for e in doc.events for a, b in e.also_spans}
    assert "smashed" not in told and "killing" not in told
    assert any(e.trigger == "smashed" for e in doc.events)
