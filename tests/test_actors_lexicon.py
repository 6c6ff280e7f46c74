"""Actor lexicon and resolve_text: constructions, organisations, time validity (own sentences)."""
from __future__ import annotations

import pytest

from marsad.actors.codes import code_country, code_main, code_role, split_code
from marsad.actors.lexicon import get_lexicon, phrase_key, valid_period, word_keys
from marsad.actors.resolve import resolve_text


@pytest.mark.parametrize("text,code,basis", [
    ("نائب وزير الخارجية الروسي", "RUSGOV", "title+nationality"),
    ("وزارة الخارجية التركية", "TURGOV", "title+nationality"),
    ("الجيش الإسرائيلي", "ISRMIL", "title+nationality"),
    ("الشرطة العراقية", "IRQCOP", "title+nationality"),
    ("متظاهرون فلسطينيون", "PSECVL", "title+nationality"),
    ("رئيس جهاز المخابرات الخارجية الروسية", "RUSSPY", "lexicon"),
    ("مدير وكالة المخابرات المركزية الأميركية", "USASPY", "lexicon"),
    ("سي آي إيه", "USASPY", "lexicon"),
    ("CIA", "USASPY", "lexicon"),
    ("قوات الناتو", "IGOWSTNAT", "lexicon"),
    ("موسكو", "RUSGOV", "metonym"),
    ("لواشنطن", "USAGOV", "metonym"),
    ("Russian Deputy Foreign Minister", "RUSGOV", "title+nationality"),
])
def test_resolve_constructions(text, code, basis):
    r = resolve_text(text, date="2022-12-02")
    assert r is not None, text
    assert r.code == code
    assert r.basis == basis


def test_resolve_role_from_title_with_organisation():
    r = resolve_text("قوات الناتو")
    assert (r.main, r.role) == ("IGO", "MIL")


def test_resolve_nothing_for_plain_words():
    assert resolve_text("سيارة مفخخة") is None
    assert resolve_text("بأن") is None          # not the Albanians (ألبان): hamza-alef is no article


def test_english_acronyms_are_case_sensitive():
    assert resolve_text("WHO") is not None
    assert resolve_text("who") is None


def test_time_validity_of_named_officials():
    # in office
    r = resolve_text("وليام بيرنز", date="2022-12-02")
    assert (r.code, r.entity_id, r.expired) == ("USASPY", "P.burns", False)
    # his CIA term ended in January 2025: the bare country, no role
    r = resolve_text("وليام بيرنز", date="2025-06-01")
    assert (r.code, r.role, r.country, r.expired) == ("USA", None, "USA", True)
    # a later role replaces an earlier one
    assert resolve_text("Sergei Naryshkin", date="2014-05-01").code == "RUSLEG"
    assert resolve_text("Sergei Naryshkin", date="2020-05-01").code == "RUSSPY"


def test_both_scripts_share_the_entity():
    a = resolve_text("Sergei Ryabkov", date="2022-12-02")
    b = resolve_text("سيرغي ريابكوف", date="2022-12-02")
    assert a.entity_id == b.entity_id == "P.ryabkov"
    assert a.code == b.code == "RUSGOV"


def test_demonym_forms_share_a_key():
    keys = {phrase_key(w) for w in ("روسي", "روسية", "الروسية", "الروسيين", "روسيون")}
    assert len(keys) == 1
    assert "روس" in word_keys("والروس")
    lex = get_lexicon()
    for w in ("روس", "الروس", "روسيات", "الروسي"):
        assert any(e.type == "demonym" and e.country == "RUS" for e in lex.lookup(w)), w


def test_code_helpers():
    assert split_code("RUSGOVLEG") == ["RUS", "GOV", "LEG"]
    assert split_code("RUSGO") is None
    assert code_country("IGOWSTNAT") is None and code_main("IGOWSTNAT") == "IGO"
    assert code_role("USASPY") == "SPY" and code_role("GOV") == "GOV"


def test_valid_period_without_date_prefers_current_role():
    lex = get_lexicon()
    e = lex.entries[lex.entities["P.naryshkin"][0]]
    p, expired = valid_period(e, None)
    assert p.code == "RUSSPY" and not expired


def test_country_acronyms_need_capitals():
    assert resolve_text("US").main == "USA"
    assert resolve_text("us") is None


def test_english_names_need_a_capital():
    assert resolve_text("Moscow") is not None
    assert resolve_text("moscow") is None
    assert resolve_text("police").role == "COP"   # a common noun stays case-insensitive
