"""Session 50 (lead): a body's bare name that another country gives its own body, with that body's role.

"Congress" alone is the US Congress unless the story is on a country of context.tsv's ``home`` list; India is now on
it with the role of its own "Congress" ("IND=OPP": the Indian National Congress, a party), so an Indian story's
"Congress leaders accused …" is India's opposition, not the US legislature -- when the story names India twice at
least ("Senators in Congress criticised Modi" stays the US Congress).  Our own sentences.
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _events(text, date):
    return [(e.trigger, e.source_code, e.target_code) for e in _PIPE(text, published_at=date).events]


def test_congress_in_an_indian_story_is_the_party():
    ev = _events("MUMBAI, Feb 3 - Congress leaders accused the state government of hiding the flood toll, a day after "
                 "Chief Minister Devendra Fadnavis visited the flooded districts of Maharashtra. India's weather office "
                 "warned of more rain in Mumbai and Pune.", "2025-02-03")
    accused = next(e for e in ev if e[0] == "accused")
    assert accused[1] == "INDOPP"


def test_congress_in_a_us_story_stays_the_legislature():
    ev = _events("WASHINGTON, Feb 3 - Congress approved the aid package for Ukraine on Monday.", "2025-02-03")
    assert any(e[1] == "USALEG" for e in ev)


def test_congress_in_a_peruvian_story_keeps_the_legislature_role():
    ev = _events("LIMA, Feb 3 - Peru's president Dina Boluarte criticised Congress on Monday after lawmakers in Lima "
                 "voted to open an inquiry into her government.", "2025-02-03")
    crit = next(e for e in ev if e[0] == "criticised")
    assert crit[2] == "PERLEG"
