"""Session 53 (PREC53): extras in both languages, our own sentences.

1. An Arabic threat noun that is the predicate of a verb of constituting or a source noun ("تشكل تهديدا لأمننا"،
   "مصدر تهديد لجيرانها"، "ليس تهديدا بل فرصة") names a danger one is or is not, as "poses a threat": no threat event
   (marsad/coding/danger_noun.py, kind pose_ar).
2. A definite meeting noun after a setting word with no side read ("وعلى هامش القمة، عقد …") is the frame of the
   sentence's act, even as its only event (marsad/coding/setting_meeting_ar.py).
3. English verb rows read on words of another sense (noun_compound_en.tsv, drop_en.txt): "an assault on the
   constitution" / "under assault", "the surrounding streets", "combat uniform", "an arrest warrant" it faces,
   "overshadow", "the institute", "after the defeat" (the noun after a determiner), "to steer the talks".
"""
import pytest

from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _events(text):
    return _PIPE(text, published_at="2026-04-20").events


def _codes(evs):
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in evs]


# ----------------------------------------------------------------------------- 1 a threat one poses
@pytest.mark.parametrize("text", [
    "عمان - 20 أبريل - وقال وزير الداخلية إن شبكات التهريب ما تزال تشكل تهديدا مباشرا لأمن المملكة.",
    "دمشق - 20 أبريل - وتعهد وزير الخارجية بألا تشكل بلاده تهديدا لأي من دول الجوار.",
    "القاهرة - 20 أبريل - وقال رئيس الوزراء إن بلاده لن تكون مصدر تهديد لأي دولة في المنطقة.",
])
def test_threat_noun_one_poses_is_no_threat(text):
    evs = _events(text)
    assert not [e for e in evs if e.cameo.startswith("13")], _codes(evs)


def test_guard_a_threat_made_stays():
    """Guard: a threat noun with its maker ("تهديدات إسرائيل للبنان") and a threat verb stay."""
    evs = _events("بيروت - 20 أبريل - ورفض رئيس الحكومة تهديدات إسرائيل للبنان، فيما هدد الجيش بالرد على أي هجوم.")
    assert len([e for e in evs if e.cameo.startswith("13")]) >= 2, _codes(evs)


# ----------------------------------------------------------------------------- 2 a summit as a frame
def test_definite_summit_after_a_setting_word_with_no_side_is_the_frame():
    evs = _events("الرياض - 20 أبريل - وعلى هامش القمة، عقد المجلس الوزاري لدول الخليج اجتماعا مغلقا.")
    assert not [e for e in evs if e.trigger == "القمة"], _codes(evs)


def test_guard_indefinite_visit_alone_stays():
    """Guard: an indefinite visit noun that is its sentence's only event, with its visitor, is the report."""
    evs = _events("الرياض - 20 أبريل - ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض أمس في زيارة رسمية.")
    assert [e for e in evs if e.root == "04"], _codes(evs)


# ----------------------------------------------------------------------------- 3 English words of another sense
@pytest.mark.parametrize("text, word", [
    ("The opposition party called the bill a dangerous assault on the constitution.", "assault"),
    ("Opposition leaders warned on Monday that press freedom was under assault.", "assault"),
    ("Thousands of people filled the main square and the surrounding streets on Saturday.", "surrounding"),
    ("The general, dressed in combat fatigues, read the statement on state television.", "combat"),
    ("The president, who faces an international arrest warrant, did not travel to the summit.", "arrest"),
    ("Trade rows and the war in the east overshadow the regional summit.", "overshadow"),
    ("The national electoral institute said turnout was 61 percent.", "institute"),
    ("The party's leader demanded a snap election after the defeat, saying voters had spoken.", "defeat"),
    ("The former diplomat chosen to steer the coalition negotiations quit on Friday.", "steer"),
])
def test_verb_row_on_a_word_of_another_sense_is_no_event(text, word):
    evs = _events(text)
    assert not [e for e in evs if e.trigger == word], _codes(evs)


@pytest.mark.parametrize("text, word, root", [
    ("Rebel fighters launched an assault on the town of Kidal on Friday.", "assault", "19"),
    ("A court in the capital issued an arrest warrant for the former mayor on Monday.", "arrest", "17"),
    ("Police arrested the suspect and troops were surrounding the village on Friday.", "surrounding", "19"),
    ("Government troops defeated the insurgents near the border on Friday.", "defeated", "19"),
])
def test_guard_the_act_itself_stays(text, word, root):
    """Guard: the attack, the warrant issued and the siege told as acts stay."""
    evs = _events(text)
    assert [e for e in evs if word in e.trigger and e.root == root], _codes(evs)
