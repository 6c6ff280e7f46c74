"""Session 26, AR2: Arabic causes left from the fourteenth blind test (blind_s27), with our own sentences (none from
the blind articles)."""
from __future__ import annotations

import pytest

from events_helpers import full


def _ev(text):
    return [(e.cameo, e.source_code, e.target_code) for e in full(text).events]


def _actors(text):
    doc = full(text)
    return [(a.code, [doc.text[s:e] for s, e in a.spans]) for a in doc.actors]


# --- طالب before a ب-phrase of what is demanded is the verb, not "student" (actors + plural_heads.homograph_verb_prep)

@pytest.mark.parametrize("text,src", [
    ("انتقد وزير الخارجية العراقي الخطة، وطالب بإجراء تحقيق دولي في الهجوم.", "IRQGOV"),
    ("رفض رئيس البرلمان اللبناني المقترح وطالب بالإفراج عن المعتقلين.", "LBNLEG"),
    ("ندد الرئيس التونسي بالهجوم، مؤكدا تضامنه مع الضحايا، وطالب بتحديد المسؤولين عنه.", "TUNGOV"),
])
def test_joined_demand_before_b_phrase(text, src):
    evs = _ev(text)
    assert any(c[:2] == "10" and s == src for c, s, _ in evs), evs
    assert not any(code.endswith("EDU") for code, _ in _actors(text)), _actors(text)


@pytest.mark.parametrize("text,student", [
    ("أصيب مدرس وطالب بالجامعة في الانفجار.", "طالب"),
    ("اعتقلت الشرطة طالب بالصف الثالث الثانوي في بغداد.", "طالب"),
    ("كرمت الوزارة طالب بارز في مسابقة العلوم.", "طالب"),
    ("اعتقلت الشرطة المصرية طالب بريطاني في القاهرة.", "طالب بريطاني"),
])
def test_student_before_b_word_stays_student(text, student):
    # guards: a university, class, adjective or nationality after طالب keeps the student
    assert any(sp.startswith(student) for code, spans in _actors(text) if "EDU" in code for sp in spans), _actors(text)
