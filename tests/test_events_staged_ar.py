"""Round 10: a protest noun that is the object of a past "organise / stage / carry out" verb (cue ``stage``: نظم،
شكل، أقام، نفذ، خاض) opening its clause is a reported protest (detect.staged_lead, tagged and featured as
``:erupt`` / ``noun_erupt``), whatever the learned filter says.  Sentences written for these tests."""
import pytest

import marsad
from marsad.coding import detect


def protests(text):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == "PROTEST"]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule, e.historical) for e in evs]


@pytest.mark.parametrize("text", [
    "نظم مئات الطلاب أمس وقفة احتجاجية أمام وزارة التعليم.",
    "وشكل عدة مئات من العمال في هدوء سلسلة بشرية حول مقر الشركة.",
    "ونفذ عمال الموانئ إضرابا شاملا عن العمل.",
    "وفي صباح الاثنين، أقام الأهالي اعتصاما مفتوحا أمام مبنى المحافظة.",
])
def test_a_staged_protest_is_reported(text):
    evs = [e for e in protests(text) if not e.historical]
    assert any(":erupt" in e.rule for e in evs), show(protests(text))


@pytest.mark.parametrize("text", [
    "وقال النقابي إن العمال نفذوا إضرابا عن العمل.",                # reported speech
    "وينظم الطلاب وقفة احتجاجية غدا أمام الجامعة.",                 # imperfect: announced, not reported
    "وتحدث الوزير عن المسيرة التي نظمها الحزب الشهر الماضي.",       # the verb in a relative clause after its noun
    "ونظمت الوزارة، بعد أسابيع من المشاورات، مؤتمرا حول الاحتجاجات.",  # punctuation between: the noun is no object
])
def test_no_staged_lead(text):
    assert not any(":erupt" in e.rule for e in protests(text)), show(protests(text))


def test_empty():
    assert detect.staged_lead([], []) is False


@pytest.mark.parametrize("text, src, tgt", [
    ("ونظمت الحكومة الصومالية أمس مظاهرة حاشدة تأييدا لقرار مجلس الأمن الدولي.", "SOMGOV", "IGO"),
    ("ونفذت نقابة المعلمين إضرابا عن العمل احتجاجا على قرار الحكومة الأردنية.", "LAB", "JORGOV"),
])
def test_the_organiser_is_the_source(text, src, tgt):
    evs = [e for e in protests(text) if ":erupt" in e.rule]
    assert evs and (evs[0].source_code or "").startswith(src), show(protests(text))
    assert (evs[0].target_code or "").startswith(tgt), show(protests(text))
    assert len(evs) == 1, show(protests(text))   # احتجاجا على: an adverbial of the strike, not a staged protest


def test_the_organiser_rule_changes_a_state_source():
    ev = [e for e in protests("ونظمت الحكومة الصومالية أمس مظاهرة حاشدة في العاصمة.") if ":erupt" in e.rule]
    assert ev and ":organiser" in ev[0].rule and ev[0].source_code == "SOMGOV" and ev[0].target_code != "SOMGOV", \
        show(ev)
