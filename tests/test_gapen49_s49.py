"""Session 49 (helper gapen49): English wrong sources / targets and misses, our own sentences.

1. Page chrome above an English lead hid its dateline (``clean``, ``ingest/patterns.yaml``): a photo's caption (a
   short line turned caption by the credit line after it) was taken as the first body line; "Lima | Updated: …"
   (a place before the stamp) and "By X | Tuesday, May 6, 2025, 9:15 PM" (a weekday, a time) were no chrome lines.
   With the dateline read, a home story's bare roles take its country (``home_country``).
"""
from marsad.model import Document
from marsad.pipeline import PipelineConfig
from marsad.stages.clean import CleanStage

from test_gapen34_s34 import _dump, _with


def _segments(text):
    doc = Document(id="t", text=text)
    CleanStage(PipelineConfig(captions=True))(doc)
    return [(s.kind, text[s.start:s.end]) for s in doc.segments]


# ----------------------------------------------------------------------------- 1 chrome above the dateline
_LEAD = ("LIMA, May 6 (Marsad) - Peru's Congress voted on Tuesday to remove the interior minister over a wave of "
         "extortion killings in the capital.\n\n")
_BODY = ("Police detained two suspects in the killing of a bus driver on Monday night.\n\n"
         "Opposition lawmakers demanded that the government declare a state of emergency.\n")


def test_caption_above_the_lead_keeps_the_dateline():
    text = ("Congress votes out Peru's interior minister\n\n"
            "Lawmakers vote in the chamber in Lima on Tuesday.\nPhoto: Marsad / Reuters\n\n" + _LEAD + _BODY)
    kinds = _segments(text)
    assert ("dateline", "LIMA, May 6 (Marsad) -") in kinds, kinds


def test_place_before_an_update_stamp_is_chrome():
    text = "Congress votes out Peru's interior minister\n\nLima | Updated: May 6, 2025, 10:05 PET\n\n" + _LEAD + _BODY
    kinds = _segments(text)
    assert kinds[1][0] == "other" and ("dateline", "LIMA, May 6 (Marsad) -") in kinds, kinds


def test_byline_with_a_weekday_and_a_time_is_chrome():
    text = ("Congress votes out Peru's interior minister\n\nBy Marsad staff | Tuesday, May 6, 2025, 9:15 PM\n\n"
            + _LEAD + _BODY)
    kinds = _segments(text)
    assert kinds[1][0] == "other" and ("dateline", "LIMA, May 6 (Marsad) -") in kinds, kinds


def test_home_story_roles_after_a_stamp_line():
    text = "Congress votes out Peru's interior minister\n\nLima | Updated: May 6, 2025, 10:05 PET\n\n" + _LEAD + _BODY
    got, evs = _with(text, "demanded", "2025-05-06")
    assert got and got[0].source_country == "PER", _dump(evs)
