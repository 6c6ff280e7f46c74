"""Session 26 B17EN (English causes of the seventeenth blind test): revoking / scrapping / cancelling an agreement or
pact reduces relations (160); suspending or halting deliveries stops material aid (162); looting is seizing property
(171), not a riot; and actor fixes for bare military speakers and "both sides" appeals.  Sentences written for these
tests (none from the blind articles); each fix has a guard."""
from __future__ import annotations

from events_helpers import dump, full


def _doc(text, published_at="2024-05-02"):
    return full(text, published_at=published_at)


def _ev(doc, code, src=None, tgt="*"):
    return [e for e in doc.events if e.cameo.startswith(code) and (src is None or e.source_country == src)
            and (tgt == "*" or e.target_country == tgt)]


# ---------------------------------------------------------------- 1. revoked / scrapped an agreement
def test_revoked_an_agreement_reduces_relations():
    doc = _doc("Chile's military government revoked an agreement with Peru on Monday.")
    assert _ev(doc, "160", "CHL", "PER"), dump(doc)


def test_scrapped_a_pact_and_cancelled_a_deal():
    for text, src, tgt in (("Ghana scrapped a defence pact with Togo on Friday.", "GHA", "TGO"),
                           ("Kenya's government cancelled the gas deal with Tanzania.", "KEN", "TZA"),
                           ("Bolivia terminated its security agreement with Paraguay on Sunday.", "BOL", "PRY")):
        doc = _doc(text)
        assert _ev(doc, "160", src, tgt), (text, dump(doc))


def test_revoked_licence_and_law_unchanged():   # guards: a licence stays 172; a revoked law is no event
    doc = _doc("Ethiopia revoked the licence of a Kenyan broadcaster.")
    assert _ev(doc, "172", "ETH") and not _ev(doc, "160"), dump(doc)
    doc = _doc("Chile has revoked the law on Monday.")
    assert not _ev(doc, "16"), dump(doc)


# ---------------------------------------------------------------- 2. suspended deliveries
def test_suspended_deliveries_stop_aid():
    for text in ("The World Food Programme suspended food deliveries in Darfur on Tuesday.",
                 "The agency halted aid deliveries to northern Yemen after two drivers were killed."):
        doc = _doc(text)
        assert _ev(doc, "162"), (text, dump(doc))


def test_suspended_shipments_stay_trade():   # guard: shipments are trade (163)
    doc = _doc("Turkey suspended all shipments to Israel on Thursday.")
    assert _ev(doc, "163", "TUR") and not _ev(doc, "162"), dump(doc)


# ---------------------------------------------------------------- 3. looting
def test_looted_shops_is_seizing_property():
    doc = _doc("Militiamen looted shops and homes in the Libyan town of Sirte.")
    assert _ev(doc, "171") and not _ev(doc, "145"), dump(doc)


def test_protesters_who_loot_stay_a_violent_protest():   # guard
    doc = _doc("Protesters looted shops in Nairobi.")
    assert _ev(doc, "145", "KEN"), dump(doc)


# ---------------------------------------------------------------- 4. bare military speakers take the story's country
_MALI = """Mali's junta ends defence pact with France

BAMAKO, May 2 (Marsad) - Mali's military government has ended a defence agreement with France, state television said \
on Thursday, a new setback for Paris in West Africa.

Colonel Abdoulaye Maiga accused the French government of arrogance. He said French troops had failed to stop the \
insurgency.

A senior junta official warned that Mali would take all necessary measures if French forces had not left by June.

{extra}French officials said Paris regretted the decision. France's foreign ministry said it would study the statement \
and that French citizens in Mali were safe.
"""


def test_colonel_facing_the_other_country_of_a_two_country_story():
    doc = _doc(_MALI.format(extra=""))
    ev = [e for e in doc.events if e.trigger.startswith("accused")]
    assert ev and ev[0].source_country == "MLI" and ev[0].target_country == "FRA", dump(doc)


def test_junta_official_names_back_the_junta():
    doc = _doc(_MALI.format(extra=""))
    ev = [e for e in doc.events if e.trigger.startswith("warned")]
    assert ev and ev[0].source_country == "MLI", dump(doc)


def test_colonel_in_a_sentence_naming_a_third_country_stays_bare():   # guard
    text = _MALI.replace("accused the French government of arrogance",
                         "accused the French government of arming rebels from Algeria")
    # (an unlisted colonel: Abdoulaye Maiga is in people.tsv since session 38, MLIGOV in 2024)
    text = text.replace("Abdoulaye Maiga", "Oumar Kante")
    doc = _doc(text.replace(" He said French troops had failed to stop the insurgency.", "").format(extra=""))
    ev = [e for e in doc.events if e.trigger.startswith("accused")]
    assert ev and ev[0].source_country is None, dump(doc)


def test_plain_official_is_no_junta_member():   # guard: "A senior official" is not named back to the junta
    doc = _doc(_MALI.replace("A senior junta official", "A senior official").format(extra=""))
    ev = [e for e in doc.events if e.trigger.startswith("warned")]
    assert not ev or ":src-named-back" not in ev[0].rule, dump(doc)


_AMHARA = """Ethiopia's army battles militias in Amhara

ADDIS ABABA, May 2 (Marsad) - Ethiopian troops clashed with Fano militiamen near the town of Gondar on Wednesday, \
residents said, in the worst fighting in the Amhara region this year.

The army said its soldiers had withdrawn from two villages to protect residents, and accused the Fano militia of \
killing civilians.

Ethiopia's government declared a state of emergency in the region in August. The Ethiopian Human Rights Commission \
said at least 12 people were killed in Gondar.
"""


def test_army_accusing_after_a_reported_deed_takes_the_home_country():
    doc = _doc(_AMHARA)
    ev = [e for e in doc.events if e.trigger.startswith("accused")]
    assert ev and ev[0].source_country == "ETH" and ev[0].target_country == "ETH", dump(doc)


# ---------------------------------------------------------------- 6. the venue of talks is no target
def test_venue_of_talks_is_no_target():
    doc = _doc("The European Union condemned the shelling and urged the parties to resume negotiations in Geneva.")
    assert doc.events and not any(e.target_country == "CHE" for e in doc.events), dump(doc)
    doc = _doc("The United States urged both sides to return to talks in Jeddah.")
    assert not any(e.target_country == "SAU" for e in doc.events), dump(doc)


def test_place_of_the_act_itself_stays_the_target():   # guards: the trigger's own place
    doc = _doc("Egypt held talks in Khartoum on Monday.")
    assert _ev(doc, "04", "EGY", "SDN"), dump(doc)
    doc = _doc("Rebels shelled villages in southern Lebanon.")
    assert _ev(doc, "19", tgt="LBN"), dump(doc)


# ---------------------------------------------------------------- 7. figurative blow, aid as a title modifier
def test_figurative_blow_is_no_attack():
    doc = _doc("The ruling, announced on Saturday, dealt a blow to Washington's strategy in the region.")
    assert not _ev(doc, "19"), dump(doc)


def test_blew_up_and_exchanged_blows_stay():   # guards
    assert _ev(_doc("Rebels blew up a bridge near Goma on Monday."), "19")
    assert _ev(_doc("Lawmakers exchanged blows in parliament on Monday."), "19")


def test_aid_chief_is_no_aid():
    doc = _doc("U.N. aid chief Martin Griffiths warned that Haiti could slide into famine.")
    assert not _ev(doc, "07") and _ev(doc, "13"), dump(doc)


def test_aid_given_stays():   # guard
    assert _ev(_doc("Japan sent aid to Nepal on Monday."), "07", "JPN", "NPL")
