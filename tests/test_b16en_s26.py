"""Session 26 B16EN (English causes of the sixteenth blind test): the state closing / shutting another's offices or
headquarters, and the noun "closure of … offices", is an administrative sanction (172); a particle ("handing back")
or an adjective ("abandoned villages") read from a PETRARCH2 verb row is no trigger; bare "police" / "protesters" take
the story's country; the target of a condemned arrest / a demanded release is the arrester told before.  Sentences
written for these tests (none from the blind articles); each has a guard."""
from __future__ import annotations

from events_helpers import dump, full


def _doc(text, published_at="2024-05-02"):
    return full(text, published_at=published_at)


def _ev(doc, code, src=None, tgt="*"):
    return [e for e in doc.events if e.cameo.startswith(code) and (src is None or e.source_country == src)
            and (tgt == "*" or e.target_country == tgt)]


# ---------------------------------------------------------------- 1. closing offices
def test_police_closed_party_offices():
    doc = _doc("Police closed the offices of the main opposition party in Minsk on Thursday.")
    ev = _ev(doc, "172", "BLR")
    assert ev and ev[0].source_role == "COP" and ev[0].target_role == "PTY", dump(doc)


def test_ordered_the_closure_of_offices_takes_the_state_before():
    doc = _doc("On Thursday Belarusian police raided the party's headquarters in Minsk and ordered the closure of "
               "all its offices.")
    ev = [e for e in _ev(doc, "172", "BLR") if e.trigger.startswith("closure")]
    assert ev and ev[0].source_role == "COP", dump(doc)


def test_shut_party_offices():
    doc = _doc("Belarusian police shut party offices across the country.")
    assert _ev(doc, "172", "BLR"), dump(doc)


def test_own_offices_are_no_sanction():   # guards: its own offices, a firm's closure
    for text in ("The ministry closed its offices for the holiday.", "The company shut its offices in Minsk.",
                 "The company announced the closure of its offices in Minsk."):
        doc = _doc(text)
        assert not _ev(doc, "17"), dump(doc)


def test_closed_border_unchanged():   # guard: the session-12 row
    doc = _doc("Poland closed its border crossings with Belarus on Thursday.")
    assert _ev(doc, "172", "POL"), dump(doc)


# ---------------------------------------------------------------- 7. a particle / an adjective is no verb trigger
def test_handing_back_abandoned_villages_no_events():
    doc = _doc("Yerevan is handing back four abandoned villages to Baku.")
    assert not [e for e in doc.events if e.trigger in ("back", "abandoned")], dump(doc)


def test_back_and_abandoned_as_verbs_unchanged():   # guards: the verb readings stay
    doc = _doc("Rebels abandoned their positions near the town.")
    assert [e for e in _ev(doc, "080") if e.trigger == "abandoned"], dump(doc)
    doc = _doc("The government will back the plan.")
    assert [e for e in doc.events if e.trigger == "back"], dump(doc)


# ---------------------------------------------------------------- 2. bare police after a crowd: the crowd's country
_BORDER = ("YEREVAN, May 3 (Marsad) - Azerbaijan and Armenia agreed on Thursday to mark a new stretch of their border, "
           "and Azerbaijani officials welcomed the deal in Baku. Baku said Azerbaijan would post troops on the new line. "
           "Dozens of Armenian villagers blocked a road near the border on Friday, saying Azerbaijani troops would see "
           "their fields. ")


def test_police_after_a_crowd_take_its_country():
    doc = _doc(_BORDER + "Police detained 14 protesters when they refused to leave, officials said.")
    ev = [e for e in doc.events if e.trigger == "detained"]
    assert ev and ev[0].source_code == "ARMCOP" and ev[0].target_code == "ARMCVL", dump(doc)


def test_police_named_with_a_country_keep_it():   # guard: police of their own country
    doc = _doc(_BORDER + "Azerbaijani police detained two Armenian villagers near the line.")
    ev = [e for e in doc.events if e.trigger == "detained"]
    assert ev and ev[0].source_country == "AZE", dump(doc)


# ---------------------------------------------------------------- 3. condemned the arrest / demanded the release
_ARREST = ("MINSK, May 3 (Marsad) - Belarusian police arrested opposition leader Pavel Sevruk at his home on Tuesday, "
           "his party said. Officers searched the flat for hours. The Justice Ministry said he was held over a speech. "
           "A court will hear the case next week. Sevruk, 64, has led the party since 2015. ")


def test_condemned_the_arrest_targets_the_police():
    doc = _doc(_ARREST + "The Civic Party condemned the arrest as politically motivated and demanded Sevruk's "
               "immediate release.")
    for trig in ("condemned", "demanded"):
        ev = [e for e in doc.events if e.trigger == trig]
        assert ev and ev[0].target_code == "BLRCOP", dump(doc)


def test_condemned_another_act_no_captor():   # guard: no arrest named back
    doc = _doc(_ARREST + "The Civic Party condemned the new election law and demanded a referendum.")
    ev = [e for e in doc.events if e.trigger == "condemned"]
    assert not ev or ev[0].target_role != "COP", dump(doc)


# ---------------------------------------------------------------- 5. rejected the accusation, one country
def test_rejected_domestic_accusation_targets_the_accusers():
    doc = _doc("TBILISI, May 3 (Marsad) - Opposition lawmakers accused Prime Minister Irakli Kobakhidze of selling out "
               "Georgian interests on Monday. Kobakhidze rejected the accusation, telling reporters the deal was fair.")
    ev = [e for e in doc.events if e.trigger == "rejected"]
    assert ev and ev[0].target_code == "GEOOPP", dump(doc)


def test_rejected_accusation_against_another_keeps_no_target():   # guard: the accusation was not against him
    doc = _doc("TBILISI, May 3 (Marsad) - Opposition lawmakers accused the election commission of fraud on Monday. "
               "Prime Minister Irakli Kobakhidze rejected the accusation, telling reporters the vote was fair.")
    ev = [e for e in doc.events if e.trigger == "rejected"]
    assert ev and ":tgt-accuser" not in ev[0].rule, dump(doc)   # (the older ":tgt-author" reading is not ours)


# ---------------------------------------------------------------- 4. demanded that he …: the person named before
def test_demanded_that_he_targets_the_person_before():
    doc = _doc("Georgian opposition lawmakers accused Prime Minister Irakli Kobakhidze of deceiving voters and "
               "demanded that he resign.")
    ev = [e for e in doc.events if e.trigger == "demanded"]
    assert ev and ev[0].target_code == "GEOGOV", dump(doc)


def test_demanded_that_the_government_unchanged():   # guard: a named that-clause subject, not the pronoun rule
    doc = _doc("Georgian opposition lawmakers accused Prime Minister Irakli Kobakhidze of deceiving voters and "
               "demanded that parliament hold a new vote.")
    ev = [e for e in doc.events if e.trigger == "demanded"]
    assert ev and ":tgt-that-person" not in ev[0].rule, dump(doc)


# ---------------------------------------------------------------- 6. a weekday inside a call reads forward
def test_called_to_protest_on_weekday_is_the_coming_one():
    doc = _doc("The opposition alliance called on Georgians to rally outside parliament on Thursday.",
               published_at="2024-05-06")   # a Monday
    rally = [e for e in doc.events if e.modality == "demand" and e.root == "14"]
    call = [e for e in doc.events if e.trigger == "called"]
    assert rally and rally[0].date == "2024-05-09", dump(doc)
    assert call and call[0].date == "2024-05-06", dump(doc)


def test_protested_on_weekday_and_last_weekday_unchanged():   # guards: a told protest, "last Thursday"
    doc = _doc("The opposition alliance rallied outside parliament on Thursday.", published_at="2024-05-06")
    assert [e for e in doc.events if e.date == "2024-05-02"], dump(doc)
    doc = _doc("The opposition alliance called on Georgians to rally last Thursday, but few came.",
               published_at="2024-05-06")
    assert not [e for e in doc.events if e.date == "2024-05-09"], dump(doc)
