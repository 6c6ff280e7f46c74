"""Session 33 (helper gapen): English constructions, our own sentences.

1. A reply noun that is the subject of will / would ("Iran's retaliation will not be long in coming") is an
   announced retaliation (138; ``threat_if._announced_after``); told as done ("in retaliation for") it stays none.
2. hold / believe X responsible (accountable) = blame (112, ``manual_en.tsv``); "a group believed to be responsible"
   (a reduced passive) is none (cue ``homograph_next``).
3. Chinese and Korean family names written first ("Wang Yi ... Wang said"), two-letter surnames ("Joseph Wu ... Wu
   said"; ``family_first_en.tsv``); no short surname after an article ("the May deadline").
4. A state's governors are its government in a home story (``home_country.tsv`` government_word); two named persons
   of one state are no self-loop ("Rocha apologised to Lula").
5. A town's one-word name before another capitalised name word is a first name ("chief Anderson Torres").
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-06-12"):
    doc = _P(text, published_at=date)
    return doc, doc.events


def _dump(evs):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in evs]


def _first_dyad(text, pick, date="2024-06-12"):
    """(source country, target country) of the first event ``pick`` accepts in ``text``, and the dump."""
    _, evs = _events(text, date)
    got = [e for e in evs if pick(e)]
    return ((got[0].source_country, got[0].target_country) if got else None), _dump(evs)


def test_reply_noun_subject_of_will_is_a_threat():
    _, evs = _events("Foreign ministry spokesman Nasser Kanaani told reporters in Tehran on Tuesday that Iran's "
                     "retaliation would be swift and decisive.")
    got = [e for e in evs if e.root == "13"]
    assert got and got[0].source_country == "IRN", _dump(evs)


def test_reply_noun_told_as_cause_is_no_threat():
    _, evs = _events("The army shelled militant positions on Tuesday in retaliation for the rocket attacks.")
    assert not [e for e in evs if e.root == "13"], _dump(evs)


def test_held_responsible_is_blame():
    dyad, dump = _first_dyad("The Polish government holds Belarus responsible for the deaths of the migrants.",
                             lambda e: e.cameo == "112")
    assert dyad == ("POL", "BLR"), dump


def test_believed_responsible_is_blame():
    dyad, dump = _first_dyad("Speaking in Brussels, the French foreign minister said Paris believed Iran was "
                             "responsible for the drone strike.",
                             lambda e: e.cameo == "112")
    assert dyad == ("FRA", "IRN"), dump


def test_believed_to_be_responsible_is_no_accusation():
    _, evs = _events("Police arrested a man believed to be responsible for the arson attack on the mosque.")
    assert not [e for e in evs if e.cameo == "112"], _dump(evs)


def test_family_name_written_first_links_later_mention():
    dyad, dump = _first_dyad("Chinese Vice Foreign Minister Sun Weidong met Pakistani diplomats in Beijing on "
                             "Monday. Sun accused Washington of stoking tensions in the region.",
                             lambda e: e.cameo == "112")
    assert dyad == ("CHN", "USA"), dump


def test_two_letter_surname_links_later_mention():
    dyad, dump = _first_dyad("Taiwan's Foreign Minister Joseph Wu spoke to reporters in Taipei on Monday. Wu "
                             "accused Beijing of bullying the island's diplomatic allies.",
                             lambda e: e.cameo == "112", date="2023-03-27")
    assert dyad == ("TWN", "CHN"), dump


def test_month_after_article_is_no_surname():
    doc, _ = _events("Prime Minister Theresa May met Angela Merkel in Berlin on Monday. Diplomats said the May "
                     "deadline for a deal could not be moved.", date="2018-03-15")
    text = doc.text
    k = text.index("May deadline")
    assert not any(s <= k < e for a in doc.actors for s, e in a.spans), [
        (a.code, [text[s:e] for s, e in a.spans]) for a in doc.actors]


def test_governors_of_the_country_in_home_story():
    _, evs = _events("MEXICO CITY, June 11 - Mexico's President Claudia Sheinbaum met the country's 32 governors at "
                     "the National Palace on Tuesday to discuss security.")
    got = [e for e in evs if e.root == "04"]
    assert got and all(e.target_country == "MEX" for e in got if e.source_country == "MEX"), _dump(evs)


def test_two_named_officials_of_one_state_are_no_loop():
    dyad, dump = _first_dyad("LIMA, June 11 - A judge suspended the governor of the Cusco region, Juan Mamani, on "
                             "Monday. Mamani apologised to President Dina Boluarte in a televised statement on "
                             "Tuesday. Peru's Congress debated the matter.",
                             lambda e: e.cameo == "055")
    assert dyad == ("PER", "PER"), dump


def test_town_name_before_surname_is_a_first_name():
    doc, _ = _events("The governor fired his chief of staff Anderson Silva on Sunday, officials in Brasilia said.")
    assert not [p for p in doc.places if doc.text[p.start:p.end] == "Anderson"], [
        (p.country, doc.text[p.start:p.end]) for p in doc.places]


def test_national_security_council_of_another_state():
    doc, _ = _events("ISLAMABAD, May 3 - Pakistan's National Security Council met on Thursday and rejected the Indian "
                     "measures.")
    got = [a for a in doc.actors if any(doc.text[s:e] == "National Security Council" for s, e in a.spans)]
    assert got and got[0].country == "PAK", [(a.code, [doc.text[s:e] for s, e in a.spans]) for a in doc.actors]


def test_national_security_council_in_us_story_stays_american():
    doc, _ = _events("WASHINGTON - The National Security Council said the United States would send more troops to "
                     "Poland.")
    got = [a for a in doc.actors if any(doc.text[s:e] == "National Security Council" for s, e in a.spans)]
    assert got and got[0].country == "USA", [(a.code, [doc.text[s:e] for s, e in a.spans]) for a in doc.actors]


def test_warning_aimed_at_the_conditions_actor():
    _, evs = _events("BAMAKO, June 11 - A junta spokesman warned that Mali would take all necessary measures if "
                     "French troops stayed in the north.")
    got = [e for e in evs if e.root == "13"]
    assert got and got[0].target_country == "FRA", _dump(evs)


def test_warning_without_condition_actor_keeps_its_target():
    _, evs = _events("BAMAKO, June 11 - A junta spokesman warned France against meddling if talks resumed.")
    got = [e for e in evs if e.root == "13"]
    assert got and got[0].target_country == "FRA", _dump(evs)


def test_party_warning_the_home_president_is_home():
    dyad, dump = _first_dyad("MANILA, June 11 - The Philippines was in turmoil on Tuesday. The opposition leader "
                             "warned that the party would begin impeachment proceedings if President Ferdinand "
                             "Marcos did not resign.",
                             lambda e: e.root == "13")
    assert dyad == ("PHL", "PHL"), dump


def test_ban_on_imports_of_national_goods_targets_their_country():
    dyad, dump = _first_dyad("Vietnam banned imports of Chinese steel on Monday.",
                             lambda e: e.cameo.startswith("16"))
    assert dyad == ("VNM", "CHN"), dump


def test_accusation_after_a_reported_clause_naming_no_actor_is_the_speakers():
    dyad, dump = _first_dyad("The Thai army said the situation along the frontier was calm on Tuesday and accused "
                             "Phnom Penh of spreading false reports.",
                             lambda e: e.cameo == "112")
    assert dyad == ("THA", "KHM"), dump


def test_each_side_blamed_the_other_is_the_pair():
    _, evs = _events("Armenian and Azerbaijani troops traded fire overnight near the border. Heavy guns were used. "
                     "Each side blamed the other for the escalation.")
    got = {(e.source_country, e.target_country) for e in evs if e.cameo == "112"}
    assert got == {("ARM", "AZE"), ("AZE", "ARM")}, _dump(evs)
