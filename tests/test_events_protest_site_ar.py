"""Arabic PROTEST span rules from issue #7 round 3, on sentences written for these tests: a state
actor at the site a crowd marches to or gathers at (حتى / أمام / حول مقر + embassy) is the target; when a
protest's source and target are both states neither is the crowd (the source is dropped); the crowd
that is a gathering verb's required word (تجمع نحو خمسين متظاهرا) is its source."""
from events_helpers import dump, full
from events_helpers import of_type as ev


def run(text):
    return full(text, published_at="2009-03-14")


def test_state_at_the_marching_site_is_the_target():
    doc = run("وسار المتظاهرون حتى السفارة الفرنسية في وسط العاصمة.")
    assert ev(doc, "PROTEST", source_role="CVL", target_country="FRA"), dump(doc)


def test_site_word_needed_for_a_crowd_target():
    # no site word: the embassy named elsewhere in the clause is not made the target
    doc = run("وخرج المتظاهرون من المسجد نحو وسط المدينة.")
    assert ev(doc, "PROTEST") and all(e.target_code is None for e in ev(doc, "PROTEST")), dump(doc)


def test_crowd_word_of_gathering_verb_is_source_and_states_are_not():
    doc = run("وتجمع نحو خمسين متظاهرا أمام مقر رئيس الوزراء البريطاني للاحتجاج على سياسات الرئيس الباكستاني.")
    evs = ev(doc, "PROTEST")
    assert evs and all(e.source_country is None for e in evs), dump(doc)
    assert any(e.source_role == "CVL" for e in evs), dump(doc)
