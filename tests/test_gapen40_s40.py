"""Session 40 (helper gapen40): English constructions of the in-sample gold, our own sentences.

1. "X condemned what he called a coup against his ally, and Cuba and Nicaragua issued similar statements": a later
   clause with a subject of its own (", and" / "; " before a capital) names that clause's speakers, no side of X's act:
   the home country stays its target (``domestic_target_en._next_clause``).
2. "The president then agreed to call fresh elections": a home leader's concession with no side named is made to his
   own country (``domestic_target_en`` OWN_ROOTS 03).
3. "X gave the officers a week to …, and warned that they could use force if the demand was not met, while imposing
   sanctions": the gerund after "while" takes the main clause's subject, not the subject of a subordinate clause's
   verb ("if the demand", ``clause_subject_en._gerund``).
4. A home source's appeal with no side ("the opposition leader called for early elections") and its armed acts
   ("Congolese rebels captured two towns") target the home country (``domestic_target_en`` OWN_ROOTS 02, 18, 19).
5. "X, who began a five-day state visit to China on Monday, …": the noun after a light verb of a comma-set who-clause
   is the antecedent's act (``clause_subject_en._relative_light``).
6. "Demonstrators blocked the main road": the crowd noun's own 141 goes beside its protest verb (English,
   ``protest_sides.crowd_noun_subject``).
7. "would not accept third-party mediation", "refused talks with Ukraine": the object noun already read as its own
   refusal (126, 125) gives the refusing verb its code, one event (``complements._rejected_object``).
8. "UNITED NATIONS, May 3 - …": a dateline with no place of a country takes the one country the headline names (and
   the lead too) as the story's home ("the junta" is that country's; ``home_country._seat_home``).
9. "urged both sides to return to talks in Jeddah" in a KHARTOUM story: a country first named in the appeal's content
   is no side; the home country's sides are addressed (``home_country._all_parties``).
10. "Obama spoke to Erdogan by phone and offered American help": the help's owner is the subject's own country, no
    target (``clause_subject_en``); the offer goes to the partner of the call (``met_request_en``, root 03).
11. A Friday story that says "on Thursday" for the day before puts "last Thursday" a week back (``stages/time.py``
    ``_last_week``, English); alone, "last Thursday" stays the latest Thursday (test_events_session16_fix1).
12. "Thousands … marched on the French embassy. Several tried to break into the compound and set fire to one of its
    gates": the part word's crowd is the subject, its arson a riot at the crowd's embassy (``clause_subject_en.
    _crowd_part``, ``crowd_part_en.tsv``); "Protesters tried to … and set fire" is a riot too (``recode.tsv``
    1712 crowd_subject).
13. (withdrawn: "supporters" in manual_en's crowd row took "opposition supporters marched" off its OPP actor,
    test_events_session15_field)
14. "The Defence Ministry denied the accusation and the FSB security service opened a criminal case": the clause
    after "and" with a subject of its own is no denied content (``events._own_clause_after_and``).
15. "resigned after weeks of deadly protests", "bowing to days of huge street protests": a protest noun as the
    backdrop of another act is no event (``protest_backdrop_en``).
16. "missile launches pose a clear threat to the region", "the deployment was a threat to regional security": a threat
    noun that rates a thing is no threat (``assessed_threat_en``); "tracked an object" is no objection
    (``noun_compound_en.tsv``).
"""
from test_gapen34_s34 import _dump, _with


def _first(text, word, date="2024-03-05"):
    """The first event whose trigger starts with ``word`` (asserted to exist) and the dump of all events."""
    got, evs = _with(text, word, date)
    assert got, _dump(evs)
    return got[0], _dump(evs)


def test_later_clause_speakers_are_no_side_of_a_condemnation():
    text = ("LIMA, March 4 - Peruvian President Ana Ruiz resigned on Sunday after weeks of protests. Colombia's President Juan "
            "Mora condemned what he called a coup against his friend, and Cuba and Nicaragua issued similar statements.")
    ev, dump = _first(text, "condemned")
    assert ev.source_code.startswith("COL") and ev.target_code == "PER", dump


def test_earlier_clause_country_still_blocks_home_target():
    # (a country named inside the act's own clause is its side: no home-country guess)
    text = ("LIMA, March 4 - Peruvian President Ana Ruiz resigned on Sunday after weeks of protests. Colombia's President Juan "
            "Mora condemned Ecuador's support for the protesters, and Chile issued a similar statement.")
    ev, dump = _first(text, "condemned")
    assert ev.target_code != "PER", dump


def test_home_leader_agreeing_to_call_elections_targets_home():
    text = ("LIMA, March 4 - Thousands of protesters marched in Lima on Sunday. President Ana Ruiz then agreed to "
            "call fresh elections, but the concession did not calm the streets.")
    ev, dump = _first(text, "agreed")
    assert ev.source_code.startswith("PER") and ev.target_code == "PER", dump


def test_while_gerund_takes_main_subject_not_subordinate_clause():
    text = ("ABUJA, July 31 - West African leaders on Sunday gave the soldiers who seized power in Niger one week to "
            "free the president and warned that they could use force if the demand was not met, while imposing "
            "sanctions on the country.")
    ev, dump = _first(text, "imposing", "2023-07-31")
    assert ev.source_code == "IGOWAFWAS", dump


def test_home_opposition_appeal_and_armed_acts_target_home():
    text = ("YEREVAN, May 2 - Tens of thousands of people rallied in Yerevan for a tenth day on Tuesday. Opposition "
            "leader Aram Petrosyan said the rallies would go on and called for early parliamentary elections. "
            "")
    ev, dump = _first(text, "called", "2024-05-02")
    assert ev.source_code.startswith("ARM") and ev.target_code == "ARM", dump
    text = ("GOMA, May 2 - Tens of thousands of people fled their homes in eastern Congo this week. Congolese rebels "
            "captured two towns near the Ugandan border on Tuesday, local officials said.")
    ev, dump = _first(text, "captured", "2024-05-02")
    assert ev.source_code == "CODREB" and ev.target_code == "COD", dump


def test_who_clause_light_verb_noun_is_the_antecedents_act():
    text = ("MALE, Jan 8 - Maldives President Mohamed Muizzu, who began a five-day state visit to China on Monday, has "
            "not commented on the dispute.")
    ev, dump = _first(text, "visit", "2024-01-08")
    assert ev.source_code == "MDVGOV" and ev.target_code == "CHN", dump


def test_crowd_noun_subject_of_a_blockade_is_one_event():
    got, evs = _with("MAPUTO, May 6 - Protesters blocked the road on the Mozambican side on Monday, stranding hundreds "
                     "of trucks.", "Protesters", "2024-05-06")
    assert not [e for e in got if e.cameo == "141"], _dump(evs)
    assert [e for e in evs if e.cameo.startswith("144")], _dump(evs)


def test_refused_mediation_or_talks_is_one_refusal():
    got, evs = _with("Thailand would not accept third-party mediation on the border, the prime minister said.", "")
    assert [e.cameo for e in got] == ["126"], _dump(evs)
    got, evs = _with("Russia refused talks with Ukraine on Tuesday.", "")
    assert [e.cameo for e in got] == ["125"], _dump(evs)


_UN = ("UN council ends Chad observer mission after junta demands exit\n\n"
       "UNITED NATIONS, May 3 (Marsad) - The U.N. Security Council voted on Friday to end its observer mission in "
       "Chad, a month after the country's military rulers demanded that the observers leave.\n\n")


def test_seat_dateline_takes_the_headline_country():
    text = _UN + "Guterres accused the junta of blocking the observers' patrols."
    ev, dump = _first(text, "accused", "2024-05-03")
    assert ev.target_code == "TCDMIL", dump


def test_seat_dateline_with_two_headline_countries_stays_open():
    text = _UN.replace("Chad observer mission", "Chad and Sudan observer mission") + \
        "Guterres accused the junta of blocking the observers' patrols."
    ev, dump = _first(text, "accused", "2024-05-03")
    assert ev.target_code == "MIL", dump


def test_both_sides_of_a_civil_war_with_a_venue_in_the_content():
    text = ("KHARTOUM, Dec 19 - Sudan's paramilitary Rapid Support Forces seized the city of Sennar on Monday after "
            "the army withdrew, residents said. Aid agencies said thousands of families had fled the city.\n\n"
            "The United States condemned the fighting and urged both sides to return to talks in Jeddah.")
    ev, dump = _first(text, "urged", "2023-12-19")
    assert ev.source_code == "USA" and ev.target_code == "SDN", dump


def test_offer_after_a_call_goes_to_the_partner_not_the_help_owner():
    text = ("ANKARA, July 19 - U.S. President Barack Obama spoke to Erdogan by phone on Tuesday and offered American "
            "help with the investigation, the White House said.")
    ev, dump = _first(text, "offered", "2016-07-19")
    assert ev.source_code == "USAGOV" and ev.target_code == "TURGOV", dump


def test_last_weekday_after_the_bare_weekday_for_yesterday_is_a_week_back():
    text = ("TOKYO, Aug 28 - Japan's foreign minister summoned China's ambassador on Thursday over a flood of "
            "harassing calls.\n\nThe plant's operator began releasing the treated water last Thursday. China "
            "responded the same day by banning all seafood imports from Japan.")
    ev, dump = _first(text, "banning", "2026-08-28")
    assert ev.date == "2026-08-20", (ev.date, dump)
    ev, dump = _first(text, "summoned", "2026-08-28")
    assert ev.date == "2026-08-27", (ev.date, dump)


def test_last_weekday_alone_stays_the_latest_one():
    ev, dump = _first("TOKYO, Aug 28 - China banned all seafood imports from Japan last Thursday.", "banned",
                      "2026-08-28")
    assert ev.date == "2026-08-27", (ev.date, dump)


def test_part_of_the_crowd_before_sets_fire_is_a_riot():
    text = ("DAKAR, May 4 - Thousands of opposition supporters marched on the French embassy in Dakar on Saturday. "
            "Several tried to break into the compound and set fire to one of its gates.")
    ev, dump = _first(text, "set fire", "2024-05-04")
    assert ev.cameo == "145" and ev.source_code.endswith(("CVL", "OPP")) and ev.target_code.startswith("FRA"), dump


def test_crowd_subject_arson_is_a_riot_and_soldiers_arson_is_not():
    ev, dump = _first("DAKAR, May 4 - Protesters tried to break into the compound and set fire to one of its gates.",
                      "set fire", "2024-05-04")
    assert ev.cameo == "145", dump
    ev, dump = _first("GOMA, May 4 - Soldiers entered the village and set fire to several houses.", "set fire",
                      "2024-05-04")
    assert ev.cameo == "1712", dump


def test_clause_after_a_denial_and_its_own_subject_is_not_denied():
    ev, dump = _first("MOSCOW, June 24 - The Defence Ministry denied the accusation and the FSB security service "
                      "opened a criminal case for armed mutiny.", "opened", "2023-06-24")
    assert not ev.negated, dump
    ev, dump = _first("MOSCOW, June 24 - The ministry denied that troops attacked the village.", "attacked",
                      "2023-06-24")
    assert ev.negated, dump


def test_protests_as_the_backdrop_of_another_act_are_no_event():
    told = " Protesters stormed the parliament building on Sunday."   # (the story's own protest, told after the lead)
    for text in ("DHAKA, Aug 5 - The prime minister resigned on Monday after weeks of deadly protests." + told,
                 "LIMA, Aug 5 - The president suspended the decree, bowing to days of huge street protests." + told,
                 "CARACAS, Aug 5 - The president was sworn in on Friday, defying protests at home and abroad." + told):
        got, evs = _with(text, "protests", "2024-08-05")
        assert not got, _dump(evs)
    # (alone, the backdrop is the story's only protest: it stays, test_events_session19_enx)
    got, evs = _with("DHAKA, Aug 5 - The prime minister resigned on Monday after weeks of deadly protests.", "protests",
                     "2024-08-05")
    assert got, _dump(evs)


def test_a_threat_that_rates_a_thing_is_no_threat():
    for text in ('SEOUL, March 16 - "North Korea\'s missile launches pose a clear threat to the region," Yoon told a '
                 'news conference.',
                 "MINSK, Aug 2 - The foreign ministry said the troop deployment was a threat to regional security.",
                 "BOGOTA, Feb 4 - Colombia's air force said it had tracked an object over its territory and that it "
                 "posed no threat to national security."):
        got, evs = _with(text, "threat", "2023-03-16")
        assert not got, _dump(evs)
        assert not [e for e in evs if e.trigger.startswith("object")], _dump(evs)
    got, evs = _with("SEOUL, March 16 - North Korea issued a threat against the South.", "threat", "2023-03-16")
    assert got, _dump(evs)
