"""Round 10: an actor after a loyalty / support word (cue ``loyal``) describes the crowd, not the protest's target
(marsad/coding/protest_sides.py): the target is the state actor at the crowd's site, and a crowd with no country
takes the country of the state it is loyal to unless the sentence places the protest in another country.
Sentences written for these tests."""
import pytest

import marsad


def protests(text):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == "PROTEST"]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


@pytest.mark.parametrize("text, src, tgt", [
    ("وتجمع عشرات المتظاهرين المؤيدين للحكومة السورية أمام السفارة التركية في دمشق.", "SYR", "TUR"),
    ("واحتشد مئات المحتجين الموالين للحكومة الروسية أمام سفارة إستونيا في موسكو.", "RUS", "EST"),
])
def test_the_loyalty_actor_is_no_target(text, src, tgt):
    # (the protest rule marks its fix ":loyal"; since session 43 the verb rule itself passes over a patron right after
    # the subject's loyalty adjective, "المحتجين الموالين للحكومة الروسية", and the outcome is the same)
    evs = [e for e in protests(text) if ":loyal" in e.rule] or protests(text)
    assert evs, show(protests(text))
    assert (evs[0].target_code or "").startswith(tgt), show(evs)
    assert (evs[0].source_code or "").startswith(src) and evs[0].source_country == src, show(evs)


def test_no_target_without_a_site():
    evs = [e for e in protests("وتجمع عشرات المتظاهرين المؤيدين للحكومة السورية في وسط المدينة.") if ":loyal" in e.rule]
    assert evs and not (evs[0].target_code or "").startswith("SYR"), show(evs)


def test_a_protest_against_a_state_keeps_its_target():
    evs = protests("وتجمع عشرات المتظاهرين أمام السفارة التركية في دمشق.")
    assert evs and (evs[0].target_code or "").startswith("TUR") and not any(":loyal" in e.rule for e in evs), show(evs)
