"""Session 41 (helper gapen41): English constructions of the in-sample gold, our own sentences.

1. "Malian Prime Minister Oumar Traore … "We welcome Prime Minister Traore's offer," … Traore said …": a one-word
   titled surname after the full name is the same person, so the later bare surnames and "He" stay linked
   (``actors._titled_surname_alone``).
2. "In a video address released on Monday", "a statement released by the ministry": a message released is published,
   no one freed (``noun_compound_en.tsv`` released).
3. "Militia commander Ahmed "Hawk" Sule rejected the plan": a quoted nickname inside a name keeps the name one
   person (``lang/ner_en.tag_tokens``).
4. "rejected the Tripoli plan", "the Minsk agreements": a place between "the" and a plan / talks noun names no country
   of the sentence's sides (``events._place_names_thing``, cue ``place_named_noun``).
5. "told the council Washington condemned the attack": a country (or capital) right after an international body's
   name opens the reported clause, no official of the body (``english.igo_official``).
6. "asked the Security Council to impose sanctions on Rwanda": an international body is a full addressee, not a
   country-less sector that the country later in the sentence replaces (``events._svo``).
7. "would not accept any government led by the military and demanded that X head the council": the negated accept
   read as a refusal (120) is no joined act whose target the demand takes (``that_pronoun_en._refused_hypothetical``).
8. "Opposition leader X, who lives in exile in Spain, called the vote a fraud": a country named only in the subject's
   comma-set who-clause does not block the home target (``later_clause_en.outside_subject_aside``, used by
   ``domestic_target_en`` and ``home_country._fill_roles``).
9. "received the two ministers at the White House": an actor after "at" is a meeting's venue, no side of it
   (``english.en_doc_rules``).
10. "Rwanda did not deny … Its foreign ministry blamed Kinshasa …": a sentence opening with "Its / Their" + a
    country-less body takes the country that opens the sentence before (``events._en_domestic``).
11. 'posed "a serious threat" to its security': the quotation marks do not hide the rating verb
    (``assessed_threat_en``).
12. (withdrawn: "claims to" as no event in ``noun_compound_en.tsv`` -- PLOVER's "claims to be manufacturing weapons to
    use against the United States" lost its only event and target)
13. "Hundreds of supporters gathered outside the police station, demanding his release": a gathering that demands is
    a rally, 141 (``cues_en.tsv`` rally_sign demanding).
14. "The junta warned on Saturday … On Monday it went further, accusing France of …": a fronted day phrase before the
    subject pronoun, and a participle after the pronoun's short clause, take the antecedent
    (``english.pronoun_subject``).
15. "A summit between the two presidents in Luanda was called off in December": a meeting noun whose own verb is a
    passive of calling off is no meeting (``cancelled_meeting._called_off_en``, ``cancelled_passive_en.tsv``); "the
    summit was held in Luanda" stays one.
"""
import pytest

from test_gapen34_s34 import _dump, _with
from test_gapen40_s40 import _first


# (text, trigger, date, side, expected code; None = no actor on that side)
_SIDES = [
    # 1: a titled surname after the full name is one person; "He" then takes him
    ("BAMAKO, March 5 - Malian Prime Minister Oumar Traore agreed on Monday to hold talks with the rebels.\n\n"
     "\"We welcome Prime Minister Traore's offer,\" the rebels' spokesman told reporters.\n\n"
     "In a speech on state television, Traore said his government would keep its promise. He urged Malians to "
     "stay calm.", "urged", "2024-03-05", "source", "MLIGOV"),
    # 5: a country right after the body's name opens the reported clause
    ("NEW YORK, Jan 27 - The U.N. Security Council met in emergency session on Sunday. Acting U.S. ambassador "
     "Mary Cole told the council Washington condemned the offensive and called on Rwanda to withdraw its forces.",
     "condemned", "2025-01-27", "source", "USAGOV"),
    # 6: an international body asked to act is the appeal's target
    ("NEW YORK, Jan 27 - Congo's foreign minister asked the U.N. Security Council on Sunday to impose "
     "sanctions on Rwanda.", "asked", "2025-01-27", "target", "IGOUNO"),
    # 8: a country of the subject's who-clause only leaves the home target
    ("Venezuela's president sworn in for third term\n\nCARACAS, Jan 10 - Venezuelan President Luis Mora was sworn "
     "in for a third term on Friday despite protests at home.\n\nOpposition leader Ana Rivas, who lives in exile "
     "in Spain, called the ceremony a coup.", "called", "2025-01-10", "target", "VEN"),
    # 9: an actor after "at" is the meeting's venue
    ("WASHINGTON, June 27 - The U.S. president received the two visiting ministers at the White House on Friday.",
     "received", "2025-06-27", "target", None),
    # 14: a fronted day before the pronoun; a participle after its short clause
    ("NIAMEY, July 31 - Niger's junta warned on Saturday that the summit aimed to approve a plan of aggression. "
     "On Monday it went further, accusing France of seeking to intervene militarily.", "accusing", "2023-07-31",
     "source", "NERMIL"),
    # 10: "Its" + a body opening a sentence: the country that opens the sentence before
    ("GOMA, Jan 28 - Rwanda did not deny the presence of its troops. Its foreign ministry said on Monday that "
     "the fighting posed a threat to Rwanda's security and blamed Kinshasa for the collapse of the talks.",
     "blamed", "2025-01-28", "source", "RWAGOV"),
]


@pytest.mark.parametrize("text,word,date,side,code", _SIDES)
def test_side_codes(text, word, date, side, code):
    ev, dump = _first(text, word, date)
    assert getattr(ev, f"{side}_code") == code, dump


def test_released_message_is_no_release():
    text = ("BAMAKO, March 5 - In a video address released late on Monday, the Malian prime minister urged citizens to "
            "stay calm. Police released two journalists on Tuesday.")
    got, evs = _with(text, "released", "2024-03-05")
    assert len(got) == 1 and got[0].trigger_start > text.index("Police"), _dump(evs)


def test_quoted_nickname_inside_name():
    text = ("TRIPOLI, March 5 - Militia commander Ahmed \"Hawk\" Sule, a former army officer, rejected the "
            "government's plan on Tuesday.")
    ev, dump = _first(text, "rejected")
    assert ev.source_code and ev.source_code.endswith(("REB", "MIL", "CRM")), dump


def test_place_naming_a_plan_is_no_country_of_the_sides():
    text = ("PORT-AU-PRINCE, March 5 - Armed gangs attacked two police stations on Monday. Gang leader Marc Ulysse, "
            "whose alliance controls the port, rejected the Kingston plan, saying only Haitians could decide.")
    ev, dump = _first(text, "rejected")
    assert not (ev.source_code or "").startswith("JAM"), dump


def test_refused_hypothetical_gives_demand_no_target():
    text = ("DHAKA, Aug 6 - Student leaders said on Monday they would not accept any government led by the military "
            "and demanded that the interim administration be led by an economist.")
    ev, dump = _first(text, "demanded", "2024-08-06")
    assert not (ev.target_code or "").endswith("MIL"), dump


def test_quoted_rated_threat_is_no_threat():
    text = "KIGALI, Jan 28 - The ministry said the fighting posed \"a serious threat\" to the country's security."
    got, evs = _with(text, "threat", "2025-01-28")
    assert not got, _dump(evs)


def test_gathering_that_demands_is_a_rally():
    text = ("LIMA, Dec 8 - Hundreds of the former president's supporters gathered outside the police station on "
            "Thursday, demanding his release.")
    ev, dump = _first(text, "gathered", "2022-12-08")
    assert ev.cameo == "141", dump


def test_meeting_called_off_in_the_passive_is_no_meeting():
    text = ("GOMA, Jan 28 - A truce collapsed in August, and a summit between the two presidents in Luanda was called "
            "off in December. A later summit between them was held in Nairobi in March.")
    got, evs = _with(text, "summit", "2025-01-28")
    assert len(got) == 1 and got[0].trigger_start > text.index("later"), _dump(evs)
