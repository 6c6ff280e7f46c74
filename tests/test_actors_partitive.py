"""Partitive group nouns (cue ``partitive_head``): "قوة من الشرطة العراقية", "عناصر من حركة الشباب",
"members of the Iraqi army" are part of the coded actor after من / of, not a code-less unit of their
own.  Sentences written for these tests."""
from __future__ import annotations

import marsad

from test_actors_stage import actor_at, run  # noqa: F401  (same helpers)


def _codes(doc):
    return sorted(a.code or "-" for a in doc.actors)


def test_unit_of_a_national_police_is_that_police():
    doc = run("داهمت قوة من الشرطة العراقية منزلا في الموصل فجر الأحد.")
    a = actor_at(doc, "قوة")
    assert a is not None and a.code == "IRQCOP"
    # one actor, not a code-less "force" next to the police
    assert _codes(doc) == ["IRQCOP"]


def test_members_of_a_named_group_are_the_group():
    doc = run("أطلق مسلحون من جماعة الحوثي صواريخ على مدينة حدودية.")
    a = actor_at(doc, "مسلحون")
    assert a is not None and a.code == "YEMREB"
    doc = run("وصل جنود من الجيش الأمريكي إلى القاعدة الجوية.")
    assert actor_at(doc, "جنود").code == "USAMIL"
    doc = run("وصل وفد من الحكومة السورية إلى موسكو لإجراء محادثات.")
    assert actor_at(doc, "وفد").code == "SYRGOV"


def test_members_of_english():
    doc = run("Members of the Iraqi army attacked a village near Kirkuk.")
    a = actor_at(doc, "Members")
    assert a is not None and a.code == "IRQMIL"


def test_from_a_place_is_not_partitive():
    # "من سوريا" after armed men is where they came from: no Syrian actor is made of them
    doc = run("خرج مسلحون من سوريا إلى العراق.")
    assert all(a.country != "SYR" for a in doc.actors)


def test_group_noun_without_country_stays_itself():
    # a complement without a country gives nothing to take: the unit keeps its own reading
    doc = run("اعتقلت الشرطة عشرة من أنصار المعارضة.")
    assert actor_at(doc, "الشرطة").code == "COP"


def test_partitive_source_reaches_the_event():
    doc = marsad.code("قتل ثلاثة جنود في هجوم شنه عناصر من حركة الشباب على قاعدة عسكرية.",
                      published_at="2024-05-01")
    ev = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert ev and any(e.source_code == "SOMREB" for e in ev)
