"""Session 16, EVT (own sentences): event causes of the third blind test.

- Passive summons (تم استدعاء / استُدعي السفير, "X's ambassador was summoned"): the host state summons (114), the
  envoy is the target (``marsad.coding.passive_summons``).
- Missing rows: تأسف ل / أعرب عن أسفه (11), أعرب عن دعمه (051), "stood / stands with" (051), سترد … إذا and
  "would not stand by if" (conditional threats, 13; ``marsad.coding.threat_if``), "ordered the army to … readiness"
  (152, not a demand).
"""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline

PUB = "2026-03-18"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _evs(pipe, text, code_prefix):
    return [e for e in pipe(text, published_at=PUB).events if e.cameo.startswith(code_prefix)]


def _one(pipe, text, code_prefix):
    evs = _evs(pipe, text, code_prefix)
    assert len(evs) == 1, [(e.cameo, e.trigger, e.source_code, e.target_code) for e in evs]
    return evs[0]


# ----------------------------------------------------------------------------- 1. passive summons
@pytest.mark.parametrize("text, source, target", [
    ("وتم استدعاء السفير العراقي لدى الكويت صباح أمس لإبلاغه برفض القرار.", "KWT", "IRQGOV"),
    ("وتم استدعاء القائم بالأعمال المغربي إلى وزارة الخارجية التونسية مساء الأحد.", "TUNGOV", "MARGOV"),
    ("واستُدعي السفير الإيراني إلى وزارة الخارجية في الرباط.", "MARGOV", "IRNGOV"),
    ("MANILA, March 17 - Vietnam's ambassador was summoned to the Department of Foreign Affairs on Monday.",
     "PHL", "VNMGOV"),
    ("China's deputy ambassador was summoned to the department in Manila on Thursday to hear a protest.",
     "PHL", "CHNGOV"),
    ("The Chinese ambassador was summoned by the Philippine foreign ministry on Monday.", "PHLGOV", "CHNGOV"),
])
def test_passive_summons_host_state_summons(pipe, text, source, target):
    ev = _one(pipe, text, "11")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("114", source, target)


def test_passive_summons_without_a_host_keeps_the_envoy_as_target(pipe):
    ev = _one(pipe, "واستُدعي السفير الإيراني صباح اليوم.", "11")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("114", None, "IRNGOV")


def test_active_summons_unchanged(pipe):
    # guard: an active summons keeps its subject; a recall for consultations stays a recall (161)
    ev = _one(pipe, "واستدعى وزير الخارجية المغربي السفير الإيراني.", "11")
    assert (ev.source_code, ev.target_code) == ("MARGOV", "IRNGOV")
    assert "passive" not in ev.rule
    ev = _one(pipe, "وقررت الحكومة المغربية استدعاء سفيرها لدى إيران للتشاور.", "16")
    assert ev.cameo == "161"


def test_passive_of_another_verb_is_no_summons(pipe):
    # guard: "was invited" / تم الإعلان are no summons
    assert not _evs(pipe, "Vietnam's ambassador was invited to a reception in Manila on Monday.", "11")
    assert not _evs(pipe, "وتم الإعلان عن تعيين السفير العراقي لدى الكويت.", "11")


# ----------------------------------------------------------------------------- 2. missing rows
@pytest.mark.parametrize("text, source, target", [
    ("وقال المتحدث باسم الخارجية الألمانية إن بلاده تأسف لقرار الحكومة التركية.", "DEUGOV", "TURGOV"),
    ("وأعربت الحكومة المصرية عن أسفها لقرار إثيوبيا ملء السد.", "EGYGOV", "ETH"),
])
def test_regret_is_disapproval(pipe, text, source, target):
    ev = _one(pipe, text, "11")
    assert (ev.cameo, ev.source_code, ev.target_code, ev.negated) == ("110", source, target, False)


def test_regret_needs_its_object(pipe):
    # guard: "مع الأسف" (unfortunately) and a bare تأسف with no لـ-object are no disapproval
    assert not _evs(pipe, "وقال الوزير إنه مع الأسف لم تصل المساعدات إلى المدينة.", "11")


@pytest.mark.parametrize("text, sources, target", [
    ("وأعرب الاتحاد الأفريقي عن دعمه لموقف الصومال.", ["IGOAFRAFU"], "SOM"),
    ("وأعربت مصر والسعودية عن دعمهما لموقف السودان.", ["EGY", "SAU"], "SDN"),
    ("Washington said it stood with its ally Japan.", ["USAGOV"], "JPN"),
    ("Britain stands with Ukraine, the prime minister said.", ["GBR"], "UKR"),
])
def test_expressed_support_is_051(pipe, text, sources, target):
    evs = _evs(pipe, text, "051")
    assert sorted(e.source_code for e in evs) == sorted(sources)
    assert all(e.target_code == target and not e.negated for e in evs)


def test_stood_without_with_is_no_support(pipe):
    # guard: "stood by his remarks", "stood at the border" are no 051
    assert not _evs(pipe, "The minister stood by his remarks on Monday.", "05")
    assert not _evs(pipe, "Turkish soldiers stood at the border gate on Monday.", "05")


@pytest.mark.parametrize("text, source, target", [
    ("وقالت فرنسا إنها سترد بإجراءات مماثلة إذا لم تتراجع الجزائر عن قرارها.", "FRA", "DZA"),
    ("Serbia would not stand by if Serbs in Kosovo were attacked, the president said.", "SRB", None),
])
def test_conditional_threat(pipe, text, source, target):
    ev = _one(pipe, text, "13")
    assert (ev.cameo, ev.source_code, ev.negated) == ("130", source, False)
    if target:
        assert ev.target_code == target


def test_respond_and_stand_by_without_a_threat(pipe):
    # guards: a reply to questions (no إذا) and "will stand by if needed" (not negated) are no threats
    assert not _evs(pipe, "وقال الوزير إن الحكومة سترد على أسئلة النواب الأسبوع المقبل.", "13")
    assert not _evs(pipe, "Medical teams will stand by if the talks run late, the organisers said.", "13")


def test_ordered_to_readiness_is_an_alert(pipe):
    ev = _one(pipe, "Serbia's president ordered the army to its highest level of combat readiness on Sunday.", "15")
    assert ev.cameo == "152" and ev.source_code and ev.source_code.startswith("SRB")
    assert not _evs(pipe, "Serbia's president ordered the army to its highest level of combat readiness on Sunday.",
                    "10")


def test_ordered_to_withdraw_is_still_a_demand(pipe):
    # guard: ordering an act is a demand (100) and the ordered act
    assert _evs(pipe, "The president ordered the army to withdraw from the town on Sunday.", "100")
    assert not _evs(pipe, "The president ordered the army to withdraw from the town on Sunday.", "152")
