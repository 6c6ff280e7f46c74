"""Session 22, B9AR2: a subjectless threat / warning (وهدد، وحذر، وتوعد) right after a sentence whose speaker is a named
actor continues that speaker (our own sentences, not the blind articles')."""
from __future__ import annotations

from events_helpers import full

_LEAD = "قال وزير الدفاع التركي إن المحادثات مع أثينا ستستأنف الشهر المقبل. "


def _ev(text):
    return [(e.cameo, e.source_code, e.target_code) for e in full(text).events]


def test_form_v_verb_is_masculine_and_the_state_after_it_is_its_object():
    # توعد / تعهد: the ت is the root's (Form V perfect), not the feminine prefix
    assert ("130", "TURGOV", "GRC") in _ev(_LEAD + "وتوعد اليونان برد حازم.")
    assert ("130", None, "GRC") in _ev("وتوعد اليونان برد حازم.")


def test_nationality_adjective_inside_the_phrase_is_no_subject():
    assert ("130", "TURGOV", "GRCMIL") in _ev(_LEAD + "وحذر من عواقب أي تحرك عسكري يوناني.")
    assert ("130", "TURGOV", "RUS") in _ev(_LEAD + "وهدد بالرد على أي هجوم روسي على الحدود.")


def test_guards_a_feminine_verb_or_a_real_subject_stays():
    # a feminine perfect: the state after it is its subject
    assert any(c == "130" and s == "GRC" for c, s, _ in _ev("وتوعدت اليونان تركيا برد حازم."))
    # a subject of its own after the verb
    assert any(c == "130" and s == "USAGOV" for c, s, _ in _ev(_LEAD + "وحذر مسؤول أمريكي من عواقب التصعيد."))
    # no speaker in the sentence before: the adjective is not replaced by anyone
    assert not any(s == "TURGOV" for c, s, _ in _ev("انعقد الاجتماع في أنقرة. وحذر من عواقب أي تحرك عسكري يوناني."))
