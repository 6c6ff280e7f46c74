"""Arabic span rules from issue #7 round 2 (who did what to whom in ASSAULT / PROTEST sentences), on
sentences written for these tests: the protesters' action verb found past a comma, more protester
action verbs, one crowd per sentence, the attack noun as the subject of a following verb, targets not
taken across another conflict verb or from the adjective of an adjunct attack noun, the subject of
conjoined verbs, and no event whose source is its own target."""
import pytest

from events_helpers import dump, full
from events_helpers import of_type as ev


def run(text):
    return full(text, published_at="2009-03-14")


def test_protester_verb_before_noun_past_a_comma():
    # the protesters' verb precedes them and a comma follows: the backward search still runs
    doc = run("وفي تطور آخر، خرج متظاهرون مغاربة صباح امس، للاحتجاج على ارتفاع أسعار الخبز.")
    assert ev(doc, "PROTEST", source_country="MAR"), dump(doc)


@pytest.mark.parametrize("text", [
    "وأشعل المتظاهرون الإطارات في الشوارع الرئيسية للمدينة مساء امس.",
    "وحطم متظاهرون غاضبون واجهات المحلات في وسط العاصمة.",
    "ومنع المتظاهرون الموظفين من دخول مبنى الوزارة طوال النهار.",
])
def test_protester_action_verbs(text):
    doc = run(text)
    assert [e for e in ev(doc, "PROTEST") if ":self" in e.rule and e.source_role == "CVL"], dump(doc)


def test_one_crowd_one_protest():
    # the adverbial protest noun with a target takes the crowd named by the other protest event
    doc = run("وتجمع متظاهرون أتراك امام القنصلية امس احتجاجا على الحكومة الفرنسية.")
    assert ev(doc, "PROTEST", source_country="TUR", target_country="FRA"), dump(doc)
    assert not ev(doc, "PROTEST", source_country=None, target_country="FRA"), dump(doc)


def test_attack_noun_is_subject_of_following_verb():
    doc = run("وقالت الشرطة إن انفجارا استهدف موكب الوزير صباح اليوم.")
    assert ev(doc, "ASSAULT", target_code="GOV"), dump(doc)
    assert not ev(doc, "ASSAULT", source_code="GOV"), dump(doc)


def test_no_comma_noun_subject():
    # a verbal noun before a comma is not the subject of the next verb (VSO subject kept)
    doc = run("وردا على عملية الاغتيال، قصفت القوات الإسرائيلية مواقع في غزة.")
    assert ev(doc, "ASSAULT", source_code="ISRMIL"), dump(doc)


def test_target_not_across_another_conflict_verb():
    doc = run("وقال ضابط إن جنديا عراقيا قتل في هجوم استهدف دوريته قرب الموصل.")
    assert ev(doc, "ASSAULT", target_code="IRQMIL"), dump(doc)
    assert not ev(doc, "ASSAULT", source_code="IRQMIL"), dump(doc)


def test_passive_victims_not_the_bombers_target():
    # "قتلا في هجوم انتحاري": انتحاري describes the attack, it is no patient of the verb
    doc = run("وقال متحدث عسكري إن جنديين بريطانيين قتلا في هجوم انتحاري جنوب البلاد.")
    assert ev(doc, "ASSAULT", target_code="GBRMIL"), dump(doc)
    assert not ev(doc, "ASSAULT", source_code="GBRMIL"), dump(doc)


def test_target_of_attack_noun_with_ala():
    # "في هجوم على X": X is the target of the killing too
    doc = run("وقتل مسلحون مجهولون امس في هجوم على دورية للشرطة الأفغانية قرب قندهار.")
    assert [e for e in ev(doc, "ASSAULT", source_code="UAF") if e.target_country == "AFG"], dump(doc)


def test_conjoined_verb_shares_subject():
    doc = run("واقتحم مسلحون مطارا صغيرا في جنوب البلاد امس وخطفوا ثلاثة مهندسين فرنسيين.")
    assert [e for e in ev(doc, "ASSAULT", source_code="UAF", target_code="FRACVL") if e.cameo.startswith("181")], dump(doc)


def test_no_conjoined_subject_across_complementizer():
    doc = run("واعتقلت الشرطة أمس رجلا وقالت إن مجهولين خطفوا طفلين في المدينة.")
    assert not [e for e in ev(doc, "ASSAULT") if e.cameo.startswith("181") and e.source_code and e.source_code.endswith("COP")], dump(doc)


def test_no_event_whose_source_is_its_target():
    doc = run("مقتل أربعة مهندسين صينيين وإصابة خامس بجروح في هجوم مسلح قرب الحدود.")
    assert ev(doc, "ASSAULT", target_code="CHNCVL") or ev(doc, "ASSAULT", target_country="CHN"), dump(doc)
    assert not [e for e in doc.events if e.source_actor_id and e.source_actor_id == e.target_actor_id], dump(doc)


def test_crowd_as_object_is_no_protest():
    # the verb has its own subject before the crowd: the protesters are the object
    doc = run("ومنعت قوات الأمن المتظاهرين من الاقتراب من مبنى البرلمان.")
    assert not [e for e in ev(doc, "PROTEST") if ":self" in e.rule], dump(doc)


def test_feminine_movement_verb_with_crowd_of_protesters():
    doc = run("وسارت حشود من المتظاهرين في شوارع المدينة امس.")
    assert [e for e in ev(doc, "PROTEST") if ":self" in e.rule and e.source_role == "CVL"], dump(doc)
