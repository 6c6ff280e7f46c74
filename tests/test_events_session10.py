"""News sentences written for these tests (session 10, lead): failures to agree in both languages, one
code per trigger and pair, and adjective homographs of English trigger verbs.  None of them comes from
../shared."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text,a,b", [
    ("فشلت الحكومة السودانية وقوات الدعم السريع في التوصل إلى اتفاق في جدة.", "SDNGOV", "SDNREB"),
    ("أخفقت إسرائيل وحماس في التوصل إلى اتفاق للتهدئة.", "ISR", "PSEREB"),
    ("Israel and Hamas failed to reach an agreement on prisoner exchanges.", "ISR", "PSEREB"),
])
def test_a_failure_to_reach_an_agreement_is_a_rejection_each_way(text, a, b):
    doc = full(text)
    rej = {(e.source_code, e.target_code) for e in doc.events if e.root == "12" and not e.negated}
    assert (a, b) in rej and (b, a) in rej, dump(doc)
    assert not any(e.root == "03" and not e.negated for e in doc.events), dump(doc)


def test_a_failure_to_do_something_else_is_no_rejection():
    doc = full("فشل الجيش في صد الهجوم على المدينة الحدودية.")
    assert not any(e.root == "12" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "Israel and Hamas did not reach an agreement on a ceasefire.",
    "The government and the opposition did not reach a deal on the budget.",
    "لم تتوصل الحكومة والمعارضة إلى اتفاق بشأن الميزانية.",
])
def test_an_agreement_not_reached_is_a_negated_agreement_in_both_languages(text):
    doc = full(text)
    assert any(e.cameo == "030" and e.negated for e in doc.events), dump(doc)
    assert not any(e.root == "12" for e in doc.events), dump(doc)


def test_one_trigger_gives_one_code_per_pair():
    doc = full("Israel and Hamas did not reach an agreement on a ceasefire.")
    seen = {}
    for e in doc.events:
        k = (e.sentence, e.trigger_start, e.source_code, e.target_code)
        assert k not in seen or seen[k] == e.cameo, dump(doc)
        seen[k] = e.cameo
        assert sum(1 for x in doc.events if (x.sentence, x.trigger_start, x.source_code, x.target_code) == k) == 1, dump(doc)


@pytest.mark.parametrize("text", [
    "The two sides agreed to hold direct negotiations in Cairo next week.",
    "The airline resumed direct flights between Riyadh and Tehran.",
])
def test_direct_before_a_noun_is_an_adjective(text):
    doc = full(text)
    assert not any(doc.text[e.trigger_start:e.trigger_end].lower().startswith("direct") for e in doc.events), dump(doc)
