"""Session 25 B13EN (English causes of the thirteenth blind test): an envoy withdrawn is a diplomatic act (161), not
a military withdrawal (0874); suspended / halted trade with X is an embargo (163); joining the (ICJ) case against X
is bringing a lawsuit against X (115), X the target even after the case's owner ("South Africa's case"); the
adjective "corrupt" is no act (PETRARCH2 CORRUPT 180 dropped); a warning by a person whose country came from the
story does not target the speaker's own side.  Sentences written for these tests (none from the blind articles);
each case has a guard."""
from __future__ import annotations

from events_helpers import by_country as _ev, dump, full


def _doc(text):
    return full(text, published_at="2024-05-02")


# ---------------------------------------------------------------- 1. withdraw an envoy = 161
def test_withdrew_ambassador_to_is_161():
    doc = _doc("France withdrew its ambassador to Mali on Monday after the junta expelled a French diplomat.")
    assert _ev(doc, "161", "FRA", "MLI"), dump(doc)
    assert not _ev(doc, "087"), dump(doc)


def test_withdrew_envoy_from_is_161():
    doc = _doc("Chile has withdrawn its envoy from Venezuela in protest at the arrests.")
    assert _ev(doc, "161", "CHL", "VEN"), dump(doc)
    assert not _ev(doc, "087"), dump(doc)


def test_guard_withdrew_troops_stays_0874():
    doc = _doc("Russia withdrew its troops from the border area on Friday.")
    assert _ev(doc, "0874", "RUS"), dump(doc)
    assert not _ev(doc, "16"), dump(doc)


# ---------------------------------------------------------------- 2. suspend / halt trade = 163
def test_suspended_all_trade_with_is_163():
    doc = _doc("Egypt has suspended all trade with Ethiopia, the trade ministry said on Sunday.")
    assert _ev(doc, "163", "EGY", "ETH"), dump(doc)


def test_halted_exports_to_is_163():
    doc = _doc("India halted trade with Pakistan on Thursday.")
    assert _ev(doc, "163", "IND", "PAK"), dump(doc)


def test_guard_suspended_talks_stays_164():
    doc = _doc("Egypt has suspended talks with Ethiopia over the dam.")
    assert _ev(doc, "164", "EGY", "ETH"), dump(doc)
    assert not _ev(doc, "163"), dump(doc)


# ---------------------------------------------------------------- 3. join the case against X = 115
def test_join_icj_case_against_is_115():
    doc = _doc("Ireland said it would join the ICJ case against Israel.")
    assert _ev(doc, "115", "IRL", "ISR"), dump(doc)


def test_joined_owners_case_against_targets_the_sued():
    doc = _doc("Colombia joined South Africa's genocide case against Israel at the International Court of Justice.")
    assert _ev(doc, "115", "COL", "ISR"), dump(doc)
    assert not _ev(doc, "115", "COL", "ZAF"), dump(doc)


def test_guard_joined_coalition_is_no_lawsuit():
    doc = _doc("Colombia joined the coalition against Islamic State in 2015.")
    assert not _ev(doc, "115"), dump(doc)


# ---------------------------------------------------------------- 4. "corrupt" is an adjective
def test_corrupt_adjective_is_no_event():
    doc = _doc("The opposition leader called the finance minister corrupt at a rally in Lima.")
    assert not _ev(doc, "18"), dump(doc)


def test_corrupt_officials_no_event():
    doc = _doc("Protesters in Nairobi demanded the dismissal of corrupt officials.")
    assert not _ev(doc, "18"), dump(doc)


# ---------------------------------------------------------------- 5. a warning by a filled person
_STORY = ('LISBON, June 4 (Marsad) - Portugal permanently withdrew its ambassador to Brazil on Tuesday after President '
          'Luiz Inacio Lula da Silva refused to apologise for calling the Portuguese prime minister a "liar".\n\n'
          'Foreign Minister Paulo Rangel told reporters in Lisbon that the ambassador would not return to Brasilia. '
          '"Portugal has been patient," he said.\n\n'
          'Rangel summoned the Brazilian ambassador on Monday and demanded a public apology.\n\n')


def test_warning_does_not_target_own_side():
    doc = _doc(_STORY + 'Rangel warned that Lisbon would take "further measures" if Brasilia repeated the insults, '
               'without giving details.')
    assert _ev(doc, "13", "PRT", "BRA"), dump(doc)
    assert not _ev(doc, "13", "PRT", "PRT"), dump(doc)


def test_warning_own_side_without_other_party_has_no_target():
    doc = _doc(_STORY + 'Rangel warned that Lisbon would take "further measures", without giving details.')
    assert _ev(doc, "13", "PRT"), dump(doc)
    assert not _ev(doc, "13", "PRT", "PRT"), dump(doc)
