"""Session 26, B17AR: Arabic causes of the seventeenth blind test, fixed in general (our own sentences)."""
from __future__ import annotations

import pytest

from tests.events_helpers import dump, find, full


# ----------------------------------------------------------------------------- 1. خلال اجتماع عقده A مع B
@pytest.mark.parametrize("text,src,tgt", [
    ("وقع البلدان اتفاقية للتعاون الأمني خلال لقاء أجراه الرئيس التونسي مع وزير الخارجية الجزائري أمس.",
     "TUNGOV", "DZAGOV"),
    ("واتفق البلدان على استئناف الرحلات الجوية خلال اجتماع عقده وزير الخارجية المصري مع نظيره السوداني في القاهرة.",
     "EGYGOV", "SDNGOV"),
])
def test_meeting_with_its_own_relative_clause_is_coded(text, src, tgt):
    doc = full(text)
    assert find(doc, "04", src, tgt), dump(doc)


def test_guard_bare_occasion_meeting_stays_a_setting():
    # no relative clause: the meeting is only the occasion of the condemnation
    doc = full("وأدان وزير الخارجية السعودي الغارات خلال اجتماع مع نظيره الأردني.")
    assert not find(doc, "04"), dump(doc)
