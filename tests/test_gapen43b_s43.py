"""Session 43 (helper gapen43b): English misses and wrong fields of the in-sample gold, our own sentences.

1. "him" after a target-less trigger with no other person before it in its sentence names the nearest person of the
   sentence before, in the same paragraph (``them_object_en._person``).
2. "spoke with X and then with several Y leaders and Z": a second partner after "and then / later with", a few plain
   words before its name (``english.with_partners``).
3. '"…," they wrote, and pledged to …': the verb joined to the speaking verb after a quote has the speaker pronoun
   for subject (``english.pronoun_subject``).
4. "X launched drones …, and Y officials reported Z's assaults near …": a noun with its own owner in a new clause
   after ", and" is another report, not the first verb told again (``stages.events._conjoined_acts``).
5. Trigger rows: a crowd blocking a boulevard is 144; "smashed the windows" is a riot (145), "smashed
   positions" stays force (190); "conceded defeat" is the noun, no force (``noun_compound_en.tsv``); "called the
   Russian move \"unprovoked and shameful\"" is a denunciation (111); "suspended 900 academics / thousands of soldiers"
   is an administrative sanction (172).
6. "Israel's military said Hezbollah fired 30 rockets": a force event with no target reported by another country's
   armed forces targets that country (``reported_attack_en``); not officials of a third country, not a place abroad.
7. "Berlin suspended aid to Mali, and the European Union halted its budget support": the parallel clause's aid cut
   with no target takes the first clause's (``parallel_target_en``), not across a subordinate clause.
8. "Cuba also freed 30 Cuban prisoners" after the headline's "Cuba frees 12 Spanish sailors": a body act right after
   "also" is a further act, no telling of the headline's (``retold._further_act``).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 "him" named in the sentence before
def test_him_names_the_person_of_the_sentence_before():
    got, evs = _with("BRASILIA, May 4 - Brazilian President Luiz Inacio Lula da Silva spoke briefly to reporters after "
                     "the talks on Sunday. At the end of the visit, French President Emmanuel Macron invited him to "
                     "Paris.", "invited", "2024-05-04")
    assert got and got[0].source_country == "FRA" and got[0].target_country == "BRA", _dump(evs)


def test_him_takes_no_person_from_another_paragraph():
    got, evs = _with("BRASILIA, May 4 - Brazilian President Luiz Inacio Lula da Silva spoke briefly to reporters after "
                     "the talks on Sunday.\n\nAt the end of the visit, French President Emmanuel Macron invited him to "
                     "Paris.", "invited", "2024-05-04")
    assert got and got[0].target_country != "BRA", _dump(evs)


# ----------------------------------------------------------------------------- 2 "and then with"
def test_a_second_partner_after_and_then_with():
    got, evs = _with("NAIROBI, May 4 - Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy "
                     "Ahmed and then with several regional leaders and African Union Commission chief Moussa Faki on "
                     "Sunday.", "spoke", "2024-05-04")
    pairs = {(e.source_country, e.target_country) for e in got}
    assert ("KEN", "ETH") in pairs and any(s == "KEN" and (t or "")[:3] == "IGO" or (e.target_code or "")[:3] == "IGO"
                                           for e in got for s, t in [(e.source_country, e.target_country)]), _dump(evs)


def test_one_partner_stays_one():
    got, evs = _with("NAIROBI, May 4 - Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy "
                     "Ahmed on Sunday and then flew to Kampala.", "spoke", "2024-05-04")
    assert {e.target_country for e in got if e.source_country == "KEN"} == {"ETH"}, _dump(evs)


# ----------------------------------------------------------------------------- 3 the speaker pronoun of a joined verb
def test_a_verb_joined_to_a_quote_takes_the_speaker_pronoun():
    got, evs = _with("MADRID, May 4 - In a joint letter on Sunday, the leaders of Spain, Portugal and Italy welcomed "
                     "the Moroccan proposal. \"The Mediterranean must stay a sea of dialogue,\" they wrote, and "
                     "pledged to keep up pressure on Russia.", "pledged", "2024-05-04")
    assert got and {e.source_country for e in got} == {"ESP", "PRT", "ITA"}, _dump(evs)


def test_a_verb_joined_to_a_quote_with_a_named_speaker_is_unchanged():
    got, evs = _with("OSLO, May 4 - \"The Arctic must stay a region of dialogue,\" Norwegian Prime Minister Jonas Gahr "
                     "Store said, and pledged to keep up pressure on Russia.", "pledged", "2024-05-04")
    assert got and got[0].source_country == "NOR", _dump(evs)


# ----------------------------------------------------------------------------- 4 a second report after ", and"
def test_a_second_report_after_comma_and_is_its_own_event():
    got, evs = _with("KYIV, May 4 - Ukraine's air force said Russia launched 40 drones and a missile overnight into "
                     "Sunday, and Ukrainian officials reported Russian assaults near the town of Kupiansk.", "assaults",
                     "2024-05-04")
    assert got and got[0].root == "19" and got[0].source_country == "RUS", _dump(evs)
    assert [e for e in evs if e.trigger.startswith("launched")], _dump(evs)


def test_one_attack_told_twice_without_a_new_clause_is_one():
    got, evs = _with("KYIV, May 4 - Russia launched 40 drones overnight in Russian attacks on the port.",
                     "attacks", "2024-05-04")
    assert not got, _dump(evs)


# ----------------------------------------------------------------------------- 5 trigger rows
def test_a_crowd_blocking_a_boulevard_is_a_road_block():
    got, evs = _with("ZAGREB, May 4 - In Split, thousands of people blocked a main boulevard near the city hall for "
                     "several hours on Sunday.", "blocked", "2024-05-04")
    assert got and got[0].cameo == "144", _dump(evs)


def test_smashing_windows_is_a_riot_and_smashing_positions_is_force():
    got, evs = _with("ZAGREB, May 4 - In Split, masked men smashed the windows of an office of the ruling Croatian "
                     "Democratic Union on Sunday night.", "smashed", "2024-05-04")
    assert got and got[0].cameo == "145", _dump(evs)
    got, evs = _with("KYIV, May 4 - Ukrainian forces smashed Russian positions near the town on Sunday.", "smashed",
                     "2024-05-04")
    assert got and got[0].root == "19", _dump(evs)


def test_a_conceded_defeat_is_no_force():
    got, evs = _with("LIMA, May 4 - The former president, who has not conceded defeat, rejected the accusation on "
                     "Sunday.", "defeat", "2024-05-04")
    assert not got, _dump(evs)


def test_called_an_action_unprovoked_is_a_denunciation():
    got, evs = _with("TBILISI, May 4 - Georgian President Salome Zourabichvili called the Russian move "
                     "\"unprovoked and shameful\" on Sunday.", "called", "2024-05-04")
    assert got and got[0].cameo == "111" and got[0].source_country == "GEO" and got[0].target_country == "RUS", \
        _dump(evs)


def test_suspending_soldiers_and_academics_is_an_administrative_sanction():
    got, evs = _with("ANKARA, May 4 - The Turkish education board suspended more than 900 academics on Sunday.",
                     "suspended", "2024-05-04")
    assert got and got[0].cameo == "172" and got[0].source_country == "TUR", _dump(evs)
    got, evs = _with("ANKARA, May 4 - Authorities detained or suspended thousands of soldiers and judges on Sunday.",
                     "suspended", "2024-05-04")
    assert got and {e.cameo for e in got} == {"172"}, _dump(evs)


# ----------------------------------------------------------------------------- 6 an attack reported by the attacked
def test_an_attack_reported_by_the_other_countrys_military_targets_it():
    got, evs = _with("TEL AVIV, May 4 - Israel's military said Hezbollah fired 30 rockets on Sunday.", "fired",
                     "2024-05-04")
    assert got and got[0].target_country == "ISR" and ":tgt-reporter" in got[0].rule, _dump(evs)


def test_an_attack_reported_by_third_country_officials_keeps_no_target():
    got, evs = _with("WASHINGTON, May 4 - U.S. officials said Russia launched 40 drones overnight into Sunday.",
                     "launched", "2024-05-04")
    assert got and got[0].target_country is None, _dump(evs)


def test_an_attack_in_a_third_country_is_not_the_reporters():
    got, evs = _with("TEL AVIV, May 4 - Israel's military said Hezbollah fired 30 rockets at Syrian positions near "
                     "Damascus on Sunday.", "fired", "2024-05-04")
    assert got and got[0].target_country != "ISR", _dump(evs)


def test_an_attack_reported_by_the_attacked_is_placed_in_its_country_not_the_dateline():
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(False)("BRUSSELS, May 4 (Marsad) - NATO ministers met on Sunday. Ukraine's air force said "
                                  "Russia launched 40 drones and a missile overnight into Sunday, and Ukrainian "
                                  "officials reported Russian assaults near the village of Novoselivka.",
                                  published_at="2024-05-04")
    places = {p.id: p for p in doc.places}
    got = [e for e in doc.events if e.trigger == "assaults"]
    assert got and got[0].target_country == "UKR" and places[got[0].place_id].country == "UKR", \
        [(e.trigger, e.target_code, e.place_id and places[e.place_id].name) for e in doc.events]


# ----------------------------------------------------------------------------- 7 a parallel clause's target
def test_a_parallel_aid_cut_takes_the_first_clauses_target():
    got, evs = _with("BERLIN, May 4 - Berlin suspended all development aid to Mali on Saturday, and the European Union "
                     "halted its budget support the same day.", "halted", "2024-05-04")
    assert got and got[0].target_country == "MLI", _dump(evs)


def test_an_aid_cut_after_a_subordinate_clause_takes_no_target():
    got, evs = _with("BERLIN, May 4 - Berlin suspended all development aid to Mali after the coup, and the European "
                     "Union, which had warned the junta, halted its budget support the same day.", "halted",
                     "2024-05-04")
    assert got and got[0].target_country is None, _dump(evs)


# ----------------------------------------------------------------------------- 8 "also": a further act
def test_a_body_act_after_also_is_no_retelling_of_the_headline():
    got, evs = _with("Cuba frees Spanish sailors in prisoner swap\n\nHAVANA, May 4 (Marsad) - Spain on Saturday released "
                     "a Cuban businessman in exchange for 12 Spanish sailors held in Cuba, in a deal brokered by Mexico. "
                     "Cuba also freed 30 Cuban prisoners, among them several dissidents, as part of the agreement.",
                     "fre", "2024-05-04")
    assert sorted(e.trigger for e in got) == ["freed", "frees"], _dump(evs)
