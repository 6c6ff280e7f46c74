"""Session 25, RECALL: general causes of misses / wrong fields in the older blind gold files (our own sentences).
A call for restraint with no addressee goes to the two sides of the story's pair; "the two sides" addressed by a call
whose pair is named later in the same sentence as the coordinated objects of the caller's next appeal; an Arabic
authority "هيئة X + nationality adjective" is that country's (GOV; هيئة علماء: REL)."""
from __future__ import annotations

import pytest
from events_helpers import full


def _targets(doc, trigger):
    return sorted((e.source_code or "", e.target_code or "") for e in doc.events if e.trigger.startswith(trigger))


_EXPEL_EN = "India expelled two Pakistani diplomats on Monday, accusing them of spying. "
_EXPEL_AR = "طردت الهند أمس دبلوماسيين باكستانيين بتهمة التجسس. "


# 1. a call for restraint with no addressee: the story's pair
@pytest.mark.parametrize("text, trigger", [
    (_EXPEL_EN + "China, which has ties with both countries, urged restraint.", "urged"),
    (_EXPEL_EN + "The United Nations called for maximum restraint.", "called"),
    (_EXPEL_AR + "ودعا الأمين العام للأمم المتحدة إلى أقصى درجات ضبط النفس.", "ودعا"),
    (_EXPEL_AR + "وطالبت الصين بضبط النفس.", "وطالبت"),
])
def test_call_for_restraint_goes_to_the_pair(text, trigger):
    doc = full(text, published_at="2024-05-02")
    assert [t[1][:3] for t in _targets(doc, trigger)] == ["IND", "PAK"]


def test_guard_restraint_with_a_named_addressee_is_unchanged():
    doc = full(_EXPEL_EN + "China urged Pakistan to show restraint.", published_at="2024-05-02")
    assert [t[1][:3] for t in _targets(doc, "urged")] == ["PAK"]


def test_guard_restraint_by_one_of_the_pair_names_no_pair():
    doc = full(_EXPEL_EN + "Pakistan urged restraint.", published_at="2024-05-02")
    assert [t[1] for t in _targets(doc, "urged")] == [""]


def test_guard_restraint_without_a_pair_in_the_story():
    doc = full("The police chief urged restraint ahead of Saturday's football final.", published_at="2024-05-02")
    assert [t[1] for t in _targets(doc, "urged")] == [""]


def test_guard_call_for_calm_is_not_restraint():
    doc = full(_EXPEL_EN + "China urged calm.", published_at="2024-05-02")
    assert [t[1] for t in _targets(doc, "urged")] == [""]


# 2. "the two sides", their pair named later in the sentence as the objects of the caller's next appeal
def test_two_sides_pair_named_as_the_next_appeals_objects():
    doc = full("ودعت منظمة التعاون الإسلامي الطرفين إلى وقف الاشتباكات فورا، وحثت أفغانستان وباكستان على العودة إلى "
               "الحوار.", published_at="2024-05-02")
    assert {t[1][:3] for t in _targets(doc, "ودعت")} | {t[1][:3] for t in _targets(doc, "وحثت")} == {"AFG", "PAK"}
    assert _targets(doc, "ودعت")   # (before: the call to the two sides had no target)
    assert all(t[1] for t in _targets(doc, "ودعت"))


def test_guard_two_sides_with_one_named_object_is_unchanged():
    doc = full("ودعت منظمة التعاون الإسلامي الطرفين إلى وقف الاشتباكات فورا، وحثت أفغانستان على العودة إلى الحوار.",
               published_at="2024-05-02")
    assert [t[1] for t in _targets(doc, "ودعت")] == [""]


# 3. "هيئة X + nationality adjective": that country's authority
def test_authority_with_nationality_adjective_is_the_countrys():
    doc = full("انتقدت هيئة الاستثمار الكويتية قرار الحكومة المصرية.", published_at="2024-05-02")
    assert _targets(doc, "انتقدت") == [("KWTGOV", "EGYGOV")]


def test_delegation_of_an_authority_is_the_countrys():
    doc = full("واستقبل وزير الداخلية السعودي أمس وفدا من هيئة الجمارك الباكستانية.", published_at="2024-05-02")
    assert [t[1] for t in _targets(doc, "واستقبل")] == ["PAKGOV"]


def test_scholars_body_is_religious():
    doc = full("انتقدت هيئة علماء المسلمين في العراق قرار الحكومة.", published_at="2024-05-02")
    assert [t[0] for t in _targets(doc, "انتقدت")] == ["IRQREL"]


def test_guard_named_authority_keeps_its_entry():
    doc = full("وقالت هيئة تحرير الشام إنها هاجمت مواقع للجيش السوري.", published_at="2024-05-02")
    assert [t[0] for t in _targets(doc, "هاجمت")] == ["SYRREB"]
