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


# 3. a headline's warning told again in the body: one event, though page chrome ("Related: …") stands between the
# lead and the body's telling, or the headline's other clause names a place
_WARN_FAR = ("Kenya warns of reprisals after border attack\n\nBy Marsad staff\n\n"
             "NAIROBI, March 3 (Marsad) - Gunmen stormed a police post near the Kenyan town of Mandera on Sunday, "
             "killing four officers, police said.\n\nWitnesses said the attackers arrived in two pickup trucks before "
             "dawn.\n\nLocal elders said the town had been calm for weeks.\n\nRelated: Somali troops retake coastal "
             "village\n\nHospital staff said eleven people were wounded.\n\nResidents said many shops stayed closed on "
             "Monday.\n\nKenya's Interior Minister Kithure Kindiki warned Somalia on Monday against harbouring the "
             "militants.\n\nThe African Union mission said it was monitoring the situation.")
_WARN_PLACE = ("Rebels seize Goma airport as Angola warns of wider war\n\nBy Marsad staff\n\n"
               "LUANDA, March 3 (Marsad) - M23 rebels seized the airport in the Congolese city of Goma on Sunday, "
               "residents said.\n\nAngola's foreign minister Tete Antonio warned Rwanda in Luanda on Monday against "
               "sending more troops into Congo.\n\nThe United Nations said it was monitoring the situation.")


@pytest.mark.parametrize("text", [_WARN_FAR, _WARN_PLACE])
def test_headline_warning_told_again(text):
    doc = full(text, published_at=PUB)
    warns = find(doc, "13")
    assert len(warns) == 1 and warns[0].trigger == "warned" and warns[0].also_spans, dump(doc)


# guards: a body warning past the reach (six body sentences after the lead, no chrome) stays apart; another country's
# warning does not join the headline's
_WARN_PAST = _WARN_FAR.replace("Related: Somali troops retake coastal village", "Schools in the area were shut.")
_WARN_OTHER = _WARN_PLACE.replace("Angola's foreign minister Tete Antonio", "Zambia's foreign minister")


@pytest.mark.parametrize("text", [_WARN_PAST, _WARN_OTHER])
def test_guard_warning_apart(text):
    doc = full(text, published_at=PUB)
    assert len(find(doc, "13")) == 2, dump(doc)
