"""Session 27, EN5: English leftovers, with our own sentences: the speaker's feeling about an arrest (a statement, not
the arrest's author), ..."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-06-26"


# 1. "X said it was troubled by the arrest of Y": the arrest is not X's; X's statement of concern (012) -> Y's side
@pytest.mark.parametrize("text, src, tgt", [
    ("The European Union said on Monday it was troubled by the arrest of the Turkish opposition leader Ekrem Imamoglu.",
     "IGOEUREEC", "TUROPP"),
    ("The European Union said it was deeply concerned by the arrest of Turkish journalists.", "IGOEUREEC", "TURMED"),
    ("Germany said it was alarmed by the arrest of the Russian opposition leader.", "DEU", "RUSOPP"),
    ("The European Union was troubled by the arrest.", "IGOEUREEC", None),
])
def test_feeling_about_arrest(text, src, tgt):
    doc = full(text, published_at=PUB)
    assert find(doc, "012", src, tgt), dump(doc)
    assert not find(doc, "17", src), dump(doc)
    assert not find(doc, "010", src), dump(doc)


# guards: an arrest announced by its authors keeps them; an arrest by someone named after it keeps that author; a
# concern expressed by a verb stays as it was
@pytest.mark.parametrize("text, cameo, src", [
    ("Turkish police announced the arrest of opposition leader Ekrem Imamoglu.", "173", "TURCOP"),
    ("The European Union expressed concern over the arrest of the Turkish opposition leader.", "110", "IGOEUREEC"),
    ("The interior ministry said it was proud of the arrest of the smugglers.", "173", "*"),
])
def test_guard_arrests_keep_author(text, cameo, src):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, src) and not find(doc, "012"), dump(doc)


# 2. "The delegation, led by X, met …": the delegation acts as its leader (X's side), both directions of a meeting
@pytest.mark.parametrize("text, src, tgt, cameo", [
    ("The delegation, led by Foreign Minister Ahmed Attaf, met Egyptian officials in Cairo on Sunday.",
     "DZAGOV", "EGYGOV", "040"),
    ("The delegation, headed by Foreign Minister Ahmed Attaf, arrived in Cairo on Sunday.", "DZAGOV", "EGY", "042"),
    ("The Turkish delegation, led by Foreign Minister Hakan Fidan, held talks with Iraqi officials in Baghdad.",
     "TURGOV", "IRQGOV", "040"),
])
def test_delegation_led_by(text, src, tgt, cameo):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, src, tgt) and not find(doc, cameo, None), dump(doc)
    if cameo == "040":
        assert find(doc, cameo, tgt, src), dump(doc)


# guards: a delegation with no leader named keeps no source; the statement read by X stays X's (one direction)
@pytest.mark.parametrize("text, cameo, src, n", [
    ("The delegation met Egyptian officials in Cairo on Sunday.", "040", None, 1),
    ("The statement, read by the secretary-general of the Arab League, urged Ethiopia to return to talks.", "026",
     "IGOARBAGL", 1),
])
def test_guard_delegation_without_leader(text, cameo, src, n):
    doc = full(text, published_at=PUB)
    assert len(find(doc, cameo)) == n and find(doc, cameo, src), dump(doc)
