"""Session 38 (helper gapen38): English constructions of the in-sample gold, our own sentences.

1. A request / demand noun after a determiner that points back ("made the request", "granted the request",
   "backed Bamako's request", "if the demand is not met") names an appeal told before, no new one
   (``retold_request_en``); "renewed its demand for early elections", "reiterated its demand today that …" stay.
2. "convened an emergency meeting of the Security Council", "requested an urgent meeting": a body's session called by
   someone, no consultation between the callers (``own_meeting``, kind session); "an emergency meeting with the
   ambassador" and the council's own "will hold an emergency meeting at the request of …" stay.
3. The charge of an accusation ("accused the opposition of colluding with Russia", "of working with Russia's Wagner
   Group", 'of "anti-state activities" and of sympathising with North Korea') names the accused's partners: its
   country is no better target than the bare accused (``events._charge_between``), no place target
   (``later_clause_en.charge_after_target``) and no sentence or dateline country fill (``later_clause_en.cut``).
4. "X told Y in a phone call …": the call noun in an adjunct after the verb's object is the subject's call with the
   object (``call_adjunct_en``).
5. "Pakistani caretaker Foreign Minister X", "Nigerien interim Prime Minister Y": an office held for a time keeps its
   nationality (``actors/cues.tsv`` glue caretaker / interim / acting / outgoing).
6. "Zuma, who chairs the Southern African Development Community (SADC), said he had spoken to Mugabe by telephone":
   brackets inside the relative clause end no speaker search (``quotes``), and the to-partner of a mutual verb is its
   target, the speaker its source (``events``, frame mutual).
7. "Celso Amorim, the foreign policy adviser of Brazilian President Lula, met Maduro": the subject before an
   apposition is the meeting's first party (``events``, frame mutual: ``english.apposition_subject``).
8. "X and Y met … and agreed to …": no third, target-less copy of the agreement beside the pair
   (``events._targetless_copies``).
9. "He is due to hold talks with Xi on Wednesday, Chinese state media said": "he" is no body or group named as the
   speaker after the words (``events``: the speaker does not stand in for the pronoun); "a command aircraft" is no
   command (``noun_compound_en.tsv``).
10. A headline's bare past participle after its subject is a passive ("Bolivia's Anez detained and charged over ..."):
    the subject is its target (``headline_passive_en``); a headline in the present tense keeps its agent.
11. "Congress ousted the president" is a removal from office (172, ``manual_en.tsv``), not an expulsion; "ousted
    President X has been accused …" is a title, no event (``noun_compound_en.tsv``).
12. "the 2015 Algiers peace deal", "the Doha accord": a capital before a treaty noun (one lower-case modifier may
    stand between) names the treaty, no government (``actors._locative``, ``actors/cues.tsv`` treaty_tail).
"""
from test_gapen34_s34 import _dump, _events, _with  # (the same helpers)


def _none(text, word):
    """No event has a trigger starting with ``word``."""
    got, evs = _with(text, word)
    assert not got, _dump(evs)


def test_made_the_request_is_no_second_appeal():
    evs = _events("President Adama Barrow asked neighbouring states for troops on Monday. Barrow made the request "
                  "in a televised speech late in the evening.")
    got = [e for e in evs if e.trigger.startswith("request")]
    assert not got, _dump(evs)
    assert [e for e in evs if e.trigger == "asked"], _dump(evs)


def test_granted_the_request_is_no_appeal_by_the_judge():
    _none("The court granted the request on Wednesday.", "request")


def test_possessive_request_and_met_demand_point_back():
    _none("Turkey's envoy voiced support for Baghdad's request, saying the border had to be respected.", "request")
    _none("The rebels said they would attack the port if the demand was not met.", "demand")


def test_demand_with_its_content_stays():
    got, evs = _with("The opposition renewed its demand for early elections on Friday.", "demand")
    assert got and got[0].root == "10", _dump(evs)
    got, evs = _with("The labour office reiterated its demand today that the government lift the curfew.", "demand")
    assert got and got[0].root == "10", _dump(evs)


def test_emergency_meeting_of_a_council_is_no_consultation():
    text = ("Washington and Tokyo requested an emergency meeting of the U.N. Security Council on Tuesday. "
            "Officials spoke after President Ruto convened an urgent meeting of the National Security Council.")
    got, evs = _with(text, "meeting")
    assert not got, _dump(evs)
    assert [e for e in evs if e.trigger.startswith("requested")], _dump(evs)


def test_council_holding_its_emergency_meeting_keeps_it_and_the_requests():
    got, evs = _with("The U.N. Security Council will hold an emergency meeting on Friday at the request of France and "
                     "Britain, diplomats said.", "request")
    assert {e.target_code for e in got} == {"IGOUNO"}, _dump(evs)


def test_emergency_meeting_with_a_partner_stays():
    got, evs = _with("The Japanese foreign minister held an emergency meeting with the Chinese ambassador on "
                     "Thursday.", "meeting")
    assert got and got[0].root == "04", _dump(evs)


def test_accused_bare_opposition_of_colluding_with_a_foreign_state():
    got, evs = _with("TBILISI, May 3 (Marsad) - Georgia's prime minister on Friday accused the opposition of "
                     "colluding with Russia to stage the unrest.", "accused")
    assert got and got[0].target_code == "GEOOPP", _dump(evs)


def test_accused_junta_of_working_with_a_foreign_group():
    got, evs = _with("The U.S. ambassador accused the junta of working with Russia's Wagner Group.", "accused")
    assert got and got[0].target_country != "RUS", _dump(evs)


def test_quoted_charge_gives_no_country_to_the_accused():
    got, evs = _with("SEOUL, Dec 4 (Marsad) - South Korea's president declared martial law on Tuesday night. The "
                     "president accused the opposition of \"anti-state activities\" and of sympathising with North "
                     "Korea.", "accused", date="2024-12-04")
    assert got and got[0].target_country == "KOR", _dump(evs)


def test_call_in_an_adjunct_is_the_subjects_with_the_object():
    got, evs = _with("Indian Foreign Minister Subrahmanyam Jaishankar told Canadian Foreign Minister Melanie Joly in "
                     "a phone call on Monday that the claims were baseless.", "phone call")
    assert got and got[0].source_country == "IND" and got[0].target_country == "CAN", _dump(evs)


def test_caretaker_and_interim_offices_keep_their_nationality():
    got, evs = _with("The decision followed a telephone call between Pakistani caretaker Foreign Minister Jalil "
                     "Abbas Jilani and his Iranian counterpart Hossein Amirabdollahian.", "telephone call")
    assert any(e.source_code == "PAKGOV" and e.target_code == "IRNGOV" for e in got), _dump(evs)
    got, evs = _with("Nigerien interim Prime Minister Amadou Boubacar met French officials on Tuesday.", "met")
    assert any(e.source_code == "NERGOV" for e in got), _dump(evs)


def test_speaker_before_a_bracketed_relative_clause_spoke_to_the_partner():
    text = ("HARARE, Nov 16 (Marsad) - The army kept President Robert Mugabe at his residence on Thursday. "
            "Kenyan President Uhuru Kenyatta, who chairs the East African Community (EAC), said he had spoken to "
            "Mugabe by telephone on Wednesday.")
    got, evs = _with(text, "spoken", date="2017-11-16")
    assert any(e.source_code == "KENGOV" and e.target_code == "ZWEGOV" for e in got), _dump(evs)


def test_meeting_subject_before_an_apposition():
    got, evs = _with("Russian President Vladimir Putin spoke on Sunday. Sergei Lavrov, the foreign minister of "
                     "President Vladimir Putin, met Chinese Foreign Minister Wang Yi in Beijing on Monday.", "met")
    assert any(e.source_country == "RUS" and e.target_country == "CHN" for e in got), _dump(evs)


def test_no_targetless_copy_of_a_pair_agreement():
    got, evs = _with("Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese met in Delhi on "
                     "Friday and agreed to expand joint naval exercises.", "agreed")
    assert got and all(e.target_code for e in got), _dump(evs)
    assert {(e.source_country, e.target_country) for e in got} == {("IND", "AUS"), ("AUS", "IND")}, _dump(evs)


def test_he_in_reported_words_is_not_a_media_speaker():
    got, evs = _with("Kenyan President William Ruto arrived in New Delhi on Monday. He is due to hold talks with Prime "
                     "Minister Narendra Modi on Tuesday, Indian state media said.", "talks")
    assert not any(e.source_code == "INDMED" or e.target_code == "INDMED" for e in got), _dump(evs)


def test_command_aircraft_is_no_command():
    _none("Rebel gunners shot down two army helicopters and a command aircraft near the town.", "command")


def test_headline_bare_participle_is_passive():
    text = ("Ecuador's Lasso detained and questioned over bribery claims\n\nQUITO, May 3 (Marsad) - Ecuadorean police "
            "detained former President Guillermo Lasso on Tuesday.")
    got, evs = _with(text, "detained", date="2024-05-03")
    assert [(e.source_code, e.target_country) for e in got] == [("ECUCOP", "ECU")], _dump(evs)   # (one arrest)


def test_headline_present_tense_keeps_its_agent():
    got, evs = _with("Ecuador expels Mexican ambassador over asylum row\n\nQUITO, May 3 (Marsad) - Ecuador on Tuesday "
                     "expelled Mexico's ambassador.", "expels", date="2024-05-03")
    assert got and got[0].source_country == "ECU", _dump(evs)


def test_ousted_president_is_removed_from_office():
    got, evs = _with("Madagascar's parliament ousted President Marc Ravalomanana on Tuesday.", "ousted")
    assert got and got[0].cameo == "172", _dump(evs)


def test_ousted_as_a_title_is_no_event():
    _none("Ousted president Marc Ravalomanana has been accused of misusing public funds by current officials.",
          "Ousted")



def test_capital_before_a_peace_deal_is_no_government():
    got, evs = _with("The Tuareg-led alliance of former rebels that signed the 2015 Algiers peace deal called on the "
                     "council to name a new guarantor.", "called")
    assert got and got[0].source_country != "DZA", _dump(evs)
