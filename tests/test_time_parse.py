"""Temporal expressions: the hand-written table, the seed article, offsets, anchors."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from marsad.eval.time import evaluate, read_gold, system_value
from marsad.timex import parse

TABLE = Path(__file__).parent / "data" / "time" / "expressions.tsv"
ROWS = read_gold(TABLE)


def test_table_is_big_and_covers_every_family():
    assert len(ROWS) >= 150
    r = evaluate(ROWS)
    fams = set(r["families"])
    for f in ("date", "yearless", "month", "relative_day", "weekday", "relative_unit", "duration",
              "range", "vague", "year", "year_range", "decade", "hijri", "date_range", "none"):
        assert f in fams, f
    langs = {"ar" if any("\u0600" <= c <= "\u06ff" for c in t) else "en" for _, t, _ in ROWS}
    assert langs == {"ar", "en"}
    assert any(a is None for a, _, _ in ROWS)


@pytest.mark.parametrize("anchor,text,expected", ROWS, ids=[f"{i}" for i in range(len(ROWS))])
def test_expression_table(anchor, text, expected):
    got, family, span = system_value(text, anchor)
    want = None if expected.strip().upper() in ("", "UNRESOLVED") else expected.strip()
    assert got == want, f"{text!r}: got {got} from {span!r} ({family})"


def _by_text(refs, needle):
    for r in refs:
        if needle in r.text:
            return r
    raise AssertionError(f"{needle!r} not found in {[r.text for r in refs]}")


def test_seed_acceptance(seed_text):
    refs = parse(seed_text, dt.date(2022, 12, 2))
    r = _by_text(refs, "اليوم الجمعة")
    assert (r.value, r.granularity, r.basis) == ("2022-12-02", "day", "relative")
    r = _by_text(refs, "14 نوفمبر")
    assert (r.value, r.granularity, r.basis) == ("2022-11-14", "day", "inferred")
    assert "تشرين الثاني الماضي" in r.text
    r = _by_text(refs, "24 فبراير")
    assert (r.value, r.granularity, r.basis) == ("2022-02-24", "day", "inferred")
    r = _by_text(refs, "السنوات القليلة الماضية")
    assert r.granularity in ("vague", "range") and r.direction == "past"
    assert r.end_value == "2022-12-02" and r.value < "2022-12-02"
    r = _by_text(refs, "September 12, 2017")
    assert (r.value, r.granularity, r.basis) == ("2017-09-12", "day", "explicit")
    r = _by_text(refs, "عام 1990")
    assert (r.value, r.granularity, r.basis) == ("1990", "year", "explicit")
    for r in refs:  # offsets point into the original text
        assert seed_text[r.start:r.end] == r.text


def test_seed_without_anchor(seed_text):
    refs = parse(seed_text, None)
    for needle in ("اليوم الجمعة", "14 نوفمبر", "24 فبراير", "السنوات القليلة الماضية"):
        r = _by_text(refs, needle)
        assert r.value is None and r.basis == "unresolved"
    assert _by_text(refs, "September 12, 2017").value == "2017-09-12"
    assert _by_text(refs, "عام 1990").value == "1990"


def test_offsets_with_base_and_diacritics():
    text = "قال المتحدث غداً السبت إنّ الوفد وصل في ١٤ نوفمبرَ الماضي"
    refs = parse(text, "2022-12-02", base=100)
    assert [r.text for r in refs] == ["غداً السبت", "في ١٤ نوفمبرَ الماضي"]
    for r in refs:
        assert text[r.start - 100:r.end - 100] == r.text
    assert refs[0].value == "2022-12-03" and refs[1].value == "2022-11-14"


def test_anchor_types_and_explicit_only():
    for a in ("2022-12-02", "2022-12-02T08:30:00+03:00", dt.date(2022, 12, 2), dt.datetime(2022, 12, 2, 9)):
        assert parse("وصل أمس", a)[0].value == "2022-12-01"
    refs = parse("وصل أمس بعد زيارة في 3 مارس 2021", "2022-12-02", explicit_only=True)
    assert [r.value for r in refs] == ["2021-03-03"]


def test_anchor_changes_inferred_year():
    assert parse("في 28 ديسمبر الماضي", "2023-01-05")[0].value == "2022-12-28"
    assert parse("في 28 ديسمبر الماضي", "2023-12-30")[0].value == "2023-12-28"
    assert parse("في 3 يناير المقبل", "2022-12-28")[0].value == "2023-01-03"


def test_lowercase_may_is_not_a_month_but_capitalised_is():
    assert parse("You may 5 times ask.", "2022-12-02") == []
    # unmarked year-less dates lean to the past; a future cue ("will") picks the next one
    assert parse("The vote was on May 5.", "2022-12-02")[0].value == "2022-05-05"
    assert parse("The vote will be held on May 5.", "2022-12-02")[0].value == "2023-05-05"
    assert parse("The vote is on Dec. 20.", "2022-12-02")[0].value == "2022-12-20"




def test_every_cldr_arabic_month_and_weekday_name_is_known():
    babel = pytest.importorskip("babel")
    from babel.localedata import locale_identifiers

    from marsad.lang.normalize import normalize
    from marsad.timex.lexicon import lexicon

    L = lexicon()
    missing = []
    for lid in locale_identifiers():
        if not lid.startswith("ar_") and lid != "ar":
            continue
        loc = babel.Locale.parse(lid)
        for k, v in loc.months["format"]["wide"].items():
            if L.month.get(" ".join(normalize(v).split())) != k:
                missing.append((lid, k, v))
        for k, v in loc.days["format"]["wide"].items():
            if L.weekday.get(" ".join(normalize(v).split())) != k:
                missing.append((lid, k, v))
    assert not missing, missing[:10]


def test_first_chars_of_a_pattern():
    import re

    from marsad.timex.lexicon import first_chars

    assert first_chars(re.compile(r"(?:ab|c)?d")) == frozenset("acd")
    assert first_chars(re.compile(r"(?<!\d)[12]\d")) == frozenset("12")
    assert first_chars(re.compile(r"x?.", re.S)) is None
    assert first_chars(re.compile(r"on", re.I)) == frozenset("oO")


def test_every_pattern_compiles_and_is_reachable():
    from marsad.timex.lexicon import lexicon

    L = lexicon()
    classes = set(L.by_class)
    for P in L.patterns:
        assert P.regex.pattern  # compiles (lazily)
        assert set(P.needs) <= classes | {"digit"}, P.name
        assert P.needs and all(c in ("digit",) or any(c in v for v in L.trigger.values()) for c in P.needs), P.name
