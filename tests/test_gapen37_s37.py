"""Session 37 (helper gapen37): English constructions of the in-sample gold, our own sentences.

1. Dismissing / removing / sacking office holders ("dismissed the head of the regional police", "removed 24
   ministers") = an administrative sanction (172, ``manual_en.tsv``); "dismissed the reports" and "removed
   roadblocks" keep their own rows.
2. "Catalan" / "Catalans" are Spanish (``countries.tsv`` / ``country_extra.tsv``).
3. A byline with a bare date after a bar ("By Jane Doe | October 28, 2017") is page chrome, so the place-only
   dateline after it is read (``patterns.yaml`` byline_en).
4. A domestic ministry acting on its home country's own people is the home country's (``home_country._fill_ministries``).
5. A legal text that permits something ("a bill that would have allowed extraditions", "the constitution, which allows
   the state to …") is no actor: no event on the permitting verb (``document_subject_en``).
6. "Asked whether she would resign, she said …" is a reporter's question, no appeal (``asked_opener_en``).
7. "the right to peaceful protest" names a right, no protest (``right_to_en``).
8. "disturbing evidence" is an adjective, no protest (``drop_en.txt`` disturb).
9. "praised the operation" names the author of the story's military act (``condemned_act``, root 05 in English;
   kind ``story`` operation / offensive).
10. "summoned the British, French and German ambassadors": the list's commas end no object search
    (``english.capitalised_list``).
11. "… over what it called their 'irresponsible' positions": the label is the act's reason, no criticism of its own
    (``labelled_reason_en``).
12. A participle adjunct with no time of its own after it is of its main verb's time, even when a relative clause's
    time stands between ("postponed a trip on Friday that had been due to begin on Sunday, calling …"):
    ``clause_subject_en._participle_date``.
13. "condemned the forced landing" names the author of the plane's seizure told before (``condemned_act.tsv`` kinds
    seizure landing / diversion, modifier forced …).
14. "urged him to step down": "him" / "her" right after a target-less trigger names the nearest person before it in the
    sentence, not the subject (``them_object_en``, kind person); "urged her supporters" is a possessive.
15. "the state governor" is a government official (``roles.tsv``; "state" alone had swallowed it).
16. "police brutality and abuses", "protests over abuses by the police": the plural noun is no assault
    (``cues_en.tsv`` homograph_prev abuses); "guards abused the detainees" stays.
17. "a clear violation", "found 'clear manipulation'", "we make it clear": the adjective is no yielding
    (``cues_en.tsv`` homograph_prev clear).
18. "citing a bomb threat", "a warning about a bomb": the noun is no bombing (``noun_compound_en.tsv`` bomb).
19. An undated English intent after the lead ("… and vowed to punish those behind it") takes the story's day, as an
    asserted event does (``timex.dating``).
"""
from test_gapen34_s34 import _dump, _events, _with  # (the same helpers)
from test_gapen36_s36 import _segments


def test_dismissed_the_head_of_police_is_an_administrative_sanction():
    got, evs = _with("ACCRA - The interior minister on Monday dismissed the head of the national police after a "
                     "deadly crackdown on traders in the capital.", "dismissed")
    assert got and got[0].cameo == "172", _dump(evs)


def test_removed_ministers_is_an_administrative_sanction():
    got, evs = _with("The new junta removed 15 ministers and regional governors on Tuesday and named its own "
                     "officers in their place.", "removed")
    assert got and got[0].cameo == "172", _dump(evs)


def test_sacked_the_army_chief_is_an_administrative_sanction():
    got, evs = _with("President Ruto sacked the army chief on Friday.", "sacked")
    assert got and got[0].cameo == "172", _dump(evs)


def test_dismissed_reports_and_removed_roadblocks_keep_their_rows():
    got, evs = _with("The ministry dismissed the reports as propaganda.", "dismissed")
    assert not got or got[0].cameo != "172", _dump(evs)
    got, evs = _with("Soldiers removed roadblocks on the main highway on Sunday.", "removed")
    assert got and got[0].cameo == "081", _dump(evs)


def test_catalan_is_spanish():
    got, evs = _with("The Catalan parliament backed a motion on Friday.", "backed")
    assert got and got[0].source_country == "ESP", _dump(evs)


_MADRID = ("Home > World > Europe\n\nMadrid sacks regional police chief\n\nBy Jane Doe | March 3, 2024\n\n"
           "MADRID - The Spanish government on Sunday tightened its grip on the northern region, a day after "
           "Portugal and France called for calm.\n\n"
           "The Interior Ministry on Sunday also dismissed the head of the regional police, and the state prosecutor "
           "said he would file charges against the regional leader.\n")


def test_byline_with_a_bare_date_is_chrome_and_the_dateline_is_read():
    segs = _segments(_MADRID)
    assert any(k == "dateline" and t.startswith("MADRID") for k, t in segs), segs
    assert not any(k == "body" and t.startswith("By Jane Doe") for k, t in segs), segs


def test_interior_ministry_acting_at_home_is_the_home_country():
    got, evs = _with(_MADRID, "dismissed", "2024-03-03")
    assert got and got[0].cameo == "172" and got[0].source_code == "ESPGOV", _dump(evs)


def test_a_bill_that_would_have_allowed_is_no_event():
    got, evs = _with("The city's leader suspended a bill on Saturday that would have allowed extraditions to the "
                     "mainland.", "allowed")
    assert not got, _dump(evs)


def test_constitution_which_allows_is_no_event():
    got, evs = _with("The senate approved the use of Article 7 of the constitution, which allows the state to take over "
                     "a region that breaks the law.", "allows")
    assert not got, _dump(evs)


def test_deal_would_allow_is_no_event():
    got, evs = _with("Under the accord, the deal would allow Iran to enrich uranium to low levels.", "allow")
    assert not got, _dump(evs)


def test_a_state_that_allows_keeps_its_event():
    got, evs = _with("Israel allowed aid trucks into Gaza on Sunday.", "allowed")
    assert got and got[0].source_country == "ISR", _dump(evs)


def test_asked_opener_is_no_appeal():
    got, evs = _with("Asked repeatedly whether she would resign, the chief executive said she would stay.", "Asked")
    assert not got, _dump(evs)
    got, evs = _with("When asked about the sanctions, the minister said Beijing would respond in kind.", "asked")
    assert not got, _dump(evs)


def test_asked_in_the_sentence_keeps_its_appeal():
    got, evs = _with("Kenya asked the United States on Monday to lift the sanctions.", "asked")
    assert got and got[0].root == "02", _dump(evs)


def test_right_to_protest_is_no_protest():
    got, evs = _with("The British foreign secretary urged the city government to respect the right to peaceful "
                     "protest.", "protest")
    assert not got, _dump(evs)


def test_protest_for_a_right_and_on_the_right_bank_stay():
    got, evs = _with("Teachers protested outside the ministry on Friday for the right to strike.", "protested")
    assert got and got[0].root == "14", _dump(evs)
    got, evs = _with("Students held a protest on the right bank of the river on Friday.", "held a protest")
    assert got and got[0].root == "14", _dump(evs)


def test_disturbing_is_an_adjective():
    got, evs = _with("The rights group said it had credible but disturbing evidence of killings by soldiers.",
                     "disturbing")
    assert not got, _dump(evs)


def test_praised_the_operation_targets_its_author():
    got, evs = _with("BAKU - Azerbaijan retook the enclave in a two-day offensive last week, pounding separatist positions "
                     "with artillery.\n\nThousands of residents fled on Sunday.\n\nPresident Erdogan praised the "
                     "operation on Monday and said Turkey would stand by its ally.", "praised", "2023-10-02")
    assert got and got[0].target_country == "AZE", _dump(evs)


def test_summoned_a_list_of_ambassadors():
    got, evs = _with("TEHRAN - Iran summoned the Dutch, Belgian and Danish ambassadors on Monday.", "summoned")
    assert sorted(e.target_country for e in got) == ["BEL", "DNK", "NLD"], _dump(evs)
    assert all(e.cameo == "114" and e.source_country == "IRN" for e in got), _dump(evs)


def test_capitalised_list_needs_a_lower_case_head():
    from marsad.coding.english import capitalised_list

    class W:
        def __init__(self, t):
            self.text, self.norm = t, t.lower()
            self.cue = ("noun_det",) if t == "the" else ()
    words = [W(t) for t in "summoned the Dutch , Belgian and Danish envoys on Monday".split()]
    assert capitalised_list(words, 3)
    words = [W(t) for t in "leaders of France , Germany and Italy met in Rome".split()]
    assert not capitalised_list(words, 3)   # (the list ends the object; its head is no lower-case noun)


def test_label_of_the_reason_is_no_criticism():
    got, evs = _with("CARACAS - Venezuela recalled its ambassador from Bogota on Monday over what it called "
                     "unacceptable remarks by the Colombian minister.", "called")
    assert not got, _dump(evs)
    got, evs = _with("CARACAS - Venezuela recalled its ambassador from Bogota on Monday over what it called "
                     "unacceptable remarks by the Colombian minister.", "recalled")
    assert got and got[0].root == "16", _dump(evs)


def test_condemned_what_he_called_keeps_its_event():
    got, evs = _with("LA PAZ - Cuba's president condemned what he called a coup against his ally on Monday.",
                     "condemned")
    assert got and got[0].root == "11", _dump(evs)


def test_participle_takes_its_main_verbs_date_past_a_relative_clause():
    got, evs = _with("WASHINGTON, Feb 5 (Marsad) - The secretary of state on Friday postponed a trip to Beijing that had "
                     "been due to begin on Sunday, accusing China of a clear violation of international law.",
                     "accusing", "2023-02-05")
    assert got and got[0].date == "2023-02-03", [(e.trigger, e.date) for e in evs]


def test_participle_with_its_own_time_keeps_it():
    got, evs = _with("WASHINGTON, Feb 5 (Marsad) - The secretary of state postponed a trip to Beijing on Friday, "
                     "accusing China on Saturday of a clear violation of international law.", "accusing", "2023-02-05")
    assert got and got[0].date == "2023-02-04", [(e.trigger, e.date) for e in evs]


def test_condemned_the_forced_landing_targets_the_seizer():
    got, evs = _with("VILNIUS, May 25 (Marsad) - Minsk forced a passenger jet flying to Vilnius to land on Sunday.\n\n"
                     "The Lithuanian president condemned the forced landing as outrageous in a statement on Monday.",
                     "condemned", "2021-05-25")
    assert got and got[0].target_country == "BLR", _dump(evs)


def test_urged_him_names_the_person_before():
    got, evs = _with("LA PAZ - Bolivian President Evo Morales resigned on Sunday, hours after the head of the armed "
                     "forces urged him to step down.", "urged", "2019-11-11")
    assert got and got[0].target_code == "BOLGOV", _dump(evs)


def test_urged_her_supporters_is_a_possessive():
    got, evs = _with("LIMA - President Dina Boluarte spoke on Sunday after the army chief urged her supporters to stay "
                     "calm.", "urged", "2023-01-16")
    assert got and got[0].target_code != "PERGOV", _dump(evs)


def test_state_governor_is_a_government_official():
    got, evs = _with("KANO, Oct 21 (Marsad) - Police fired on protesters, hours after the state governor imposed a "
                     "24-hour curfew on the city.", "imposed", "2020-10-21")
    assert got and (got[0].source_code or "").endswith("GOV"), _dump(evs)


def test_abuses_noun_is_no_assault():
    got, evs = _with("The protests began on Oct. 8 over abuses by a police unit in the capital.", "abuses")
    assert not got, _dump(evs)
    got, evs = _with("The envoy called for an end to police brutality and abuses in the country.", "abuses")
    assert not got, _dump(evs)


def test_abused_verb_stays():
    got, evs = _with("Prison guards abused dozens of detainees at the facility, a rights group said on Monday.",
                     "abused")
    assert got and got[0].root == "18", _dump(evs)


def test_clear_adjective_is_no_yielding():
    got, evs = _with('QUITO - An audit by the regional body found "clear manipulation" in the vote. "We make it clear '
                     'that the rebels will be responsible," the minister said.', "clear")
    assert not got, _dump(evs)


def test_bomb_threat_is_no_bombing():
    got, evs = _with("MINSK - The air force scrambled a fighter jet on Sunday, citing a bomb threat that turned out to be "
                     "false. Controllers acted after receiving a warning about a bomb.", "bomb")
    assert not got, _dump(evs)


def test_vowed_intent_takes_the_storys_day():
    text = ("MOSCOW, June 25 (Marsad) - The mercenary chief ordered his fighters to turn back on Saturday evening after "
            "a deal brokered by Belarus.\n\nIn a televised address, the president called the mutiny treason and "
            "vowed to punish those behind it.")
    evs = _events(text, "2023-06-25")
    got = [e for e in evs if e.modality == "intent" and e.trigger.startswith("punish")]
    assert got and got[0].date == "2023-06-24", [(e.trigger, e.modality, e.date) for e in evs]
