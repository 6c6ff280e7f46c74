"""Session 15, SPAN3 (issue #7): Arabic attack sides -- who killed whom.  Sentences written for these tests in the
style of news reports (none taken from the dev data)."""
import pytest

import marsad
from marsad.eval.events import counted

from events_helpers import show


def code(text, date="2014-06-12"):
    return marsad.code(text, published_at=date)


def attacks(doc):
    return [e for e in doc.events if e.plover_type == "ASSAULT" and counted(e)]


# ------------------------------------------------------------------ 1. the result's killing has the attack's attacker
# "غارة … أدت إلى مقتل X": the killing (the harm noun's own event) is the strike's (result_victims._attacker).
@pytest.mark.parametrize("text, src, tgt", [
    ("وقال مسؤولون محليون إن غارة جوية تركية في شمال العراق، أدت إلى مقتل ستة من مقاتلي حزب العمال الكردستاني.",
     "TUR", "TURREB"),
    ("وقالت مصادر محلية إن غارة جوية إسرائيلية على جنوب لبنان، أدت إلى مقتل ثلاثة من عناصر حزب الله.", "ISR", "LBN"),
])
def test_result_killing_has_the_attacker(text, src, tgt):
    doc = code(text)
    evs = attacks(doc)
    killing = [e for e in evs if e.trigger == "مقتل"]
    assert killing and all(e.source_country == src for e in evs), show(doc)
    assert any(e.target_code and e.target_code.startswith(tgt) for e in evs), show(doc)


def test_result_killing_keeps_its_own_agent():
    # guard: a killing with its own agent after it ("على يد مسلحين") keeps that agent
    doc = code("وقالت مصادر محلية إن غارة جوية إسرائيلية على جنوب لبنان، أدت إلى مقتل ثلاثة من عناصر حزب الله "
               "على يد مسلحين.")
    killing = [e for e in attacks(doc) if e.trigger == "مقتل"]
    assert killing and killing[0].source_code == "UAF", show(doc)


def test_result_without_attacker_copies_nothing():
    # guard: an attack with no known attacker gives the killing none (no country made up)
    doc = code("وقالت مصادر محلية إن انفجار سيارة مفخخة قرب سوق شعبي، أدى إلى مقتل خمسة من عناصر الشرطة العراقية.")
    evs = attacks(doc)
    assert evs and not any(e.source_country for e in evs), show(doc)


# ------------------------------------------------------------------ 2. a member of a named armed group
# "قتل … أحد القياديين البارزين في حركة X": a bare sector target + (definite adjectives) + في + a named armed group is
# that group (events._partitive_target, :tgt-member), as "ضابطا في الجيش العراقي" is the Iraqi army's.
@pytest.mark.parametrize("text, src, tgt", [
    ("قتل جنود إسرائيليون أحد القيادات الميدانية في حركة حماس قرب رفح أمس.", "ISR", "PSE"),
    ("وأسفرت غارة أمريكية عن مقتل أحد القيادات البارزة في تنظيم «القاعدة» شرقي اليمن.", "USA", "IMG"),
])
def test_member_of_armed_group_is_the_group(text, src, tgt):
    doc = code(text)
    evs = attacks(doc)
    assert any(e.source_country == src and (e.target_code or "").startswith(tgt) and ":tgt-member" in e.rule
               for e in evs), show(doc)


def test_member_of_place_is_no_group():
    # guard: في + a place (not a group) after the target gives no member reading
    doc = code("قتل مسلحون الجنود في قاعدة قرب الحدود أمس.")
    evs = attacks(doc)
    assert evs and not any(":tgt-member" in e.rule for e in evs), show(doc)


def test_member_of_attackers_group_is_not_the_target():
    # guard: the group of the attacker itself is not made the target ("… عنصرا في الحركة" after "مسلحون من الحركة")
    doc = code("أعدم مسلحون من حركة الشباب أحد القيادات السابقة في حركة الشباب بتهمة التجسس.")
    assert not any(e.source_code and e.source_code == e.target_code for e in attacks(doc)), show(doc)


# ------------------------------------------------------------------ 3. the counted patients of a verbal noun
# "مقتل خمسة من عناصر طالبان": the genitive is a count and من + the group counted is the patient
# (events._counted_part).
@pytest.mark.parametrize("text, src, tgt", [
    ("أعلن الجيش الأفغاني مقتل خمسة من عناصر طالبان في غارة جوية أمس.", None, "AFG"),
    ("وأعلنت الشرطة الكينية مقتل ثلاثة من مسلحي حركة الشباب في اشتباك قرب الحدود.", None, "SOM"),
])
def test_counted_patients_are_the_group(text, src, tgt):
    doc = code(text)
    killing = [e for e in attacks(doc) if e.trigger == "مقتل"]
    assert killing and killing[0].target_country == tgt and killing[0].source_country == src, show(doc)
    assert ":tgt-counted" in killing[0].rule, show(doc)


def test_counted_patients_not_across_a_preposition():
    # guard: a count followed by في (not من) does not reach a group further on
    doc = code("أعلنت الشرطة الكينية مقتل ثلاثة في هجوم من تدبير حركة الشباب قرب الحدود.")
    killing = [e for e in attacks(doc) if e.trigger == "مقتل"]
    assert killing and killing[0].target_code is None, show(doc)


# ------------------------------------------------------------------ 4. "لقي X حتفه / مصرعه": X is the victim
# (events._fallen_victims: the cue fall with value death; an attack noun after في; the shooters after برصاص).
@pytest.mark.parametrize("text, src, tgt", [
    ("لقي شرطي مصري حتفه برصاص مسلحين في شمال سيناء أمس.", "UAF", "EGYCOP"),
    ("لقي ثلاثة جنود أتراك مصرعهم في هجوم شنه مسلحون أكراد قرب الحدود أمس.", "KURUAF", "TURMIL"),
    ("وسقط ثلاثة جنود أتراك في هجوم شنه مسلحون أكراد قرب الحدود أمس.", "KURUAF", "TURMIL"),
])
def test_met_death_victim(text, src, tgt):
    doc = code(text)
    assert any(e.source_code == src and e.target_code == tgt for e in attacks(doc)), show(doc)


def test_met_welcome_is_no_fall():
    # guard: لقي without حتف / مصرع ("met a warm welcome") makes no victim of its subject
    doc = code("لقي الوزير الفرنسي ترحيبا حارا في هجوم دبلوماسي على سياسة الحكومة.")
    assert not any(e.target_country == "FRA" for e in doc.events), show(doc)


# ------------------------------------------------------------------ 5. a group adjective after a bare role noun
# "هاجم مسلحون حوثيون موقعا للجيش": the adjective names the gunmen's group; it is no object (events._group_adjective).
@pytest.mark.parametrize("text, src, tgt", [
    ("هاجم مسلحون حوثيون موقعا للجيش اليمني في محافظة مأرب.", "YEMREB", "YEMMIL"),
    ("وقتل مسلحون حوثيون جنديين يمنيين قرب الحدود أمس.", "YEMREB", "YEMMIL"),
])
def test_group_adjective_is_the_attacker(text, src, tgt):
    doc = code(text)
    assert any(e.source_code == src and e.target_code == tgt for e in attacks(doc)), show(doc)


@pytest.mark.parametrize("text", [
    "هاجم مسلحون الحوثيين في صعدة أمس.",    # definite after indefinite: the object
    "هاجم مسلحون حوثيين في صعدة أمس.",      # accusative after a nominative: the object
])
def test_group_object_stays_target(text):
    doc = code(text)
    assert any(e.target_code == "YEMREB" for e in attacks(doc)), show(doc)
