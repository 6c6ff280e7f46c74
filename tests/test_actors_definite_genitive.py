"""A definite Arabic noun takes no genitive: a place name right after "طائرات التحالف" or "قوات
الاحتلال" is the verb's object, not the force's country ("قصفت طائرات التحالف بغداد" had read as one
IRQMIL phrase: the coalition's aircraft coded as Iraq's).  An indefinite head still makes a construct
with the name (وزير خارجية إيران).  Sentences written for these tests."""
from __future__ import annotations

from events_helpers import dump, full

from test_actors_stage import actor_at, run  # noqa: F401


def test_city_after_a_definite_force_is_the_object():
    doc = full("وقصفت طائرات التحالف بغداد فجر اليوم.", published_at="2024-05-08")
    ev = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert ev, dump(doc)
    assert (ev[0].source_code or "")[:3] != "IRQ", dump(doc)
    assert ev[0].target_country == "IRQ", dump(doc)


def test_country_after_a_definite_force_is_the_object():
    doc = run("هاجمت قوات الاحتلال سوريا مرات عدة هذا العام.")
    a = actor_at(doc, "قوات الاحتلال")
    assert a is not None and not (a.code or "").startswith("SYR")


def test_indefinite_head_still_takes_the_name():
    doc = run("وصل وزير خارجية إيران إلى بيروت أمس.")
    a = actor_at(doc, "وزير خارجية إيران")
    assert a is not None and a.code == "IRNGOV"
