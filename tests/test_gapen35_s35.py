"""Session 35 (helper gapen35): English constructions of the in-sample gold, our own sentences.

1. A home-country official's warning / criticism / demand that names no side, in a story about the dateline's
   country, is aimed at that country (``domestic_target_en``); not when the sentence names a foreign country.
2. "lifted / dropped / withdrew its veto" = yield (080, ``manual_en.tsv``), not a veto (129) of its own.
3. A trailing attribution's day dates the undated content it reports ("X has cancelled the deal that …, an aide said
   on Sunday"; ``timex.dating._trailing_attribution``); a relative clause after the comma ("…, which had said on
   June 3 …") does not.
4. "offered to deploy troops / send police" = one offer of peacekeeping (0334, ``manual_en.tsv``; the deployment its
   content, ``nested_trigger_en``), the troops no target; with no destination it goes where the story's earlier
   sending act went (``force_destination_en``).
5. Multi-word English demonyms ("North Macedonian", "Papua New Guinean", "Costa Rican" …) name the country, so a
   titled person and his later bare surname are that country's (``countries.tsv`` / ``country_extra.tsv``).
6. Bare police coercing a crowd of one country, in a sentence naming no other, are that country's
   (``police_place_en.crowd``); the conjoined predicates of one subject span share the country a rule gave one of
   them (``same_span_en``).
7. "armed forces" is a bare military role (``roles.tsv``); the forces sent are no target of the sending act, and an
   "at X's request" adjunct is no appeal of its own: its requester is the destination (``request_adjunct_en``).
8. "accused the government of … and vowed to block the constitutional change": the trigger after "and VERB to" keeps
   the first verb's subject, not its object (``and_to_subject_en``); "block" + change / amendments / reform = 129.
9. "said X's decision was a surrender to terrorism": judging label nouns (``warn_judged_en.tsv``); a statement whose
   speaker judges after a second, coordinated "and said" is a criticism told by that "said" (``warn_judged_en``).
10. "attended a meeting with X": one meeting of the attendee, no visit of its own (``attended_meeting_en``).
"""
import pytest

from test_gapen34_s34 import _dump, _events, _with  # (the same helpers)


_LIMA = ("LIMA, June 12 (Marsad) - Peru's government declared a state of emergency in three southern provinces on "
         "Wednesday after a week of road blockades by farmers protesting against a new water law.\n\n"
         "Police cleared several highways near Arequipa, and Peruvian officials said 40 people were detained.\n\n")


def test_domestic_warning_names_no_one():
    text = _LIMA + ("Interior Minister Carlos Ruiz warned that anyone who blocked a highway again would face "
                    "prison terms of up to eight years.")
    got, evs = _with(text, "warned")
    assert got and got[0].root == "13", _dump(evs)
    assert got[0].source_code.startswith("PER") and got[0].target_code == "PER", _dump(evs)


def test_domestic_condemnation_names_no_one():
    text = _LIMA + "Opposition lawmakers condemned the arrests and demanded that the law be withdrawn."
    got, evs = _with(text, "demanded")
    assert got and got[0].target_code and got[0].target_code.startswith("PER"), _dump(evs)


def test_warning_naming_a_foreign_country_is_not_domestic():
    text = _LIMA + ("Interior Minister Carlos Ruiz warned that Peru would close the border with Bolivia if more "
                    "protesters crossed from there.")
    got, evs = _with(text, "warned")
    assert got and got[0].target_code != "PER", _dump(evs)


def test_dropped_veto_is_a_concession_not_a_veto():
    evs = _events("Hungary dropped its veto on the aid package for Kyiv late on Monday after a week of talks.")
    assert not [e for e in evs if e.root == "12" and e.cameo.startswith("129")], _dump(evs)
    got = [e for e in evs if e.trigger.startswith("dropped")]
    assert got and got[0].root == "08" and got[0].source_code.startswith("HUN"), _dump(evs)


def test_lifted_veto_is_a_concession():
    got, evs = _with("Greece lifted its veto on Wednesday, clearing the way for the talks.", "lifted")
    assert got and got[0].cameo == "080", _dump(evs)


def test_foreign_appeal_in_home_story_targets_the_home_country():
    text = _LIMA + "The United States urged a peaceful dialogue."
    got, evs = _with(text, "urged")
    assert got and got[0].source_code.startswith("USA") and got[0].target_code == "PER", _dump(evs)


def test_domestic_request_for_help_is_not_aimed_at_home():
    text = _LIMA + "Peru's government said its request for help had been sent."
    got, evs = _with(text, "request")
    assert not got or got[0].target_code != "PER", _dump(evs)


def test_trailing_attribution_day_dates_the_content():
    text = ("KINSHASA, June 12 (Marsad) - Congo's government has cancelled a mining deal that gave a foreign company "
            "rights to two copper fields, a government spokesman said on state radio on Monday.")
    got, evs = _with(text, "cancelled", "2024-06-12")
    assert got and got[0].date == "2024-06-10", [(e.trigger, e.date) for e in evs]


def test_relative_clause_day_does_not_date_the_main_act():
    text = ("Ministers endorsed a plan by the commission, which had said on June 3 that the reform was urgent.")
    got, evs = _with(text, "endorsed", "2024-06-12")
    assert got and got[0].date != "2024-06-03", [(e.trigger, e.date) for e in evs]


def test_offer_of_troops_is_one_offer_and_goes_where_the_story_sends():
    text = ("WELLINGTON, June 12 (Marsad) - New Zealand said on Wednesday it would send 50 police officers to Vanuatu "
            "after two days of rioting in Port Vila.\n\nTonga offered to deploy troops, and Samoa said it was ready "
            "to help.")
    got, evs = _with(text, "offered")
    assert got and got[0].cameo == "0334", _dump(evs)
    assert got[0].source_code.startswith("TON") and got[0].target_code == "VUT", _dump(evs)
    assert not [e for e in evs if e.trigger.startswith("deploy")], _dump(evs)


@pytest.mark.parametrize("adj,code", [("North Macedonian", "MKD"), ("Papua New Guinean", "PNG"),
                                      ("Costa Rican", "CRI"), ("Sierra Leonean", "SLE")])
def test_multiword_demonym_titles_and_surname(adj, code):
    text = (f"{adj} Prime Minister Jonas Delvar said on Monday the vote would go ahead. Delvar urged the opposition to "
            "end its boycott.")
    got, evs = _with(text, "urged")
    assert got and got[0].source_code == code + "GOV", _dump(evs)


def test_police_take_the_country_of_the_crowd_they_disperse():
    text = ("Thousands of Georgian protesters marched on parliament on Sunday night.\n\nRiot police fired water "
            "cannon to disperse the crowds, the ministry said.")
    got, evs = _with(text, "fired")
    assert got and got[0].source_code == "GEOCOP", _dump(evs)


def test_police_crowd_of_another_country_than_the_sentence_place():
    got, evs = _with("Police fired tear gas at Algerian protesters in Marseille.", "fired")
    assert got and got[0].source_code != "DZACOP", _dump(evs)


def test_conjoined_predicates_share_the_subject_country():
    text = ("India said on Thursday it was watching closely after protesters set fire to buildings in the capital Dhaka "
            "for a third day and demanded the resignation of the interior minister.")
    got, evs = _with(text, "demanded")
    assert got and got[0].source_code == "BGDCVL", _dump(evs)


def test_domestic_yield_targets_the_home_country():
    text = _LIMA + "The army said on Tuesday it had suspended its operations in the area to allow talks."
    got, evs = _with(text, "suspended")
    assert got and got[0].root == "08" and got[0].target_code == "PER", _dump(evs)


def test_request_adjunct_is_no_appeal_and_names_the_destination():
    got, evs = _with("Moscow sent 3,000 troops at the request of the Kazakh president.", "sent")
    assert got and got[0].target_code == "KAZ", _dump(evs)
    got, evs = _with("Beijing could send police and soldiers at Honiara's request.", "request")
    assert not got, _dump(evs)


def test_armed_forces_is_a_military_actor():
    got, evs = _with("The armed forces said on Tuesday they had suspended offensive operations in the north.",
                     "suspended")
    assert got and got[0].source_code == "MIL", _dump(evs)


def test_and_vowed_to_block_keeps_the_first_subject():
    got, evs = _with("The opposition party accused the government of corruption and vowed to block the "
                     "constitutional amendments in parliament.", "block")
    assert got and got[0].root == "12" and got[0].source_code == "OPP", _dump(evs)


def test_and_capitalised_name_to_is_no_coordinated_verb():
    got, evs = _with("Lavrov urged Baku and Yerevan to settle the dispute through talks.", "urged")
    assert got and all(e.source_code.startswith("RUS") for e in got), _dump(evs)


def test_said_decision_was_a_surrender_is_criticism():
    got, evs = _with("Turkey's foreign ministry said Sweden's decision was \"a surrender to terrorism\".", "said")
    assert got and got[0].cameo == "111" and got[0].target_code.startswith("SWE"), _dump(evs)


def test_and_said_judgement_moves_the_criticism_to_said():
    text = ("Swedish Foreign Minister Anna Berg told reporters her remarks had been meant for the Hungarian government, "
            "and said Hungary's treatment of the envoy had been \"absurd\".")
    got, evs = _with(text, "said")
    assert got and got[0].cameo == "111" and got[0].target_code.startswith("HUN"), _dump(evs)


def test_attended_a_meeting_is_one_meeting_of_the_attendee():
    text = ("Serbian President Aleksandar Vucic, who attended a meeting with EU leaders earlier on Friday, told "
            "reporters the talks had been hard.")
    evs = _events(text)
    got = [e for e in evs if e.trigger.startswith("meeting")]
    assert got and got[0].source_code == "SRBGOV", _dump(evs)
    assert not [e for e in evs if e.trigger.startswith("attended")], _dump(evs)
