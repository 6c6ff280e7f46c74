"""Session 30 (lead): "the officers" names back "Nigerien army officers", annulling a vote and dissolving state bodies
are sanctions (172), a condemned coup's target is the putschists, two verbs of one code each with its own object are
two acts, and a possessive date ("Saturday's election") names its noun, not the clause.  Our own sentences."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _doc(text, pub="2023-07-27"):
    return _P(text, published_at=pub, lang="en")


def _events(text, pub="2023-07-27"):
    d = _doc(text, pub)
    return [(e.cameo, e.source_code or "", e.target_code or "", e.date, d.text[e.trigger_start:e.trigger_end])
            for e in d.events]


_COUP = ("NIAMEY (Marsad) - A group of Nigerien army officers appeared on state television on Wednesday night. "
         "The officers, who called themselves a national council, said they had suspended the constitution and "
         "closed the country's land and air borders.")


def test_the_officers_name_back_the_army_officers_of_the_lead():
    evs = _events(_COUP)
    closed = [e for e in evs if e[4].startswith("closed")]
    assert closed and closed[0][1].startswith("NER"), evs


def test_a_noun_named_by_two_countries_before_is_not_named_back():
    text = ("Israeli soldiers and Lebanese soldiers exchanged fire near the border on Monday. "
            "The soldiers later withdrew from the area, witnesses said.")
    d = _doc(text, "2024-05-01")
    at = text.index("The soldiers") + 4
    covering = [a for a in d.actors for s, e in a.spans if s <= at < e]
    assert covering and all(not a.country for a in covering), [(a.code, a.spans) for a in covering]
    d = _doc("Israeli soldiers crossed the fence on Monday. The soldiers later withdrew, witnesses said.", "2024-05-01")
    at = d.text.index("The soldiers") + 4
    assert [a.country for a in d.actors for s, e in a.spans if s <= at < e] == ["ISR"]


def test_annulled_election_and_dissolved_parliament_are_sanctions():
    evs = _events("The junta in Conakry annulled the results of the legislative elections on Sunday.", "2024-05-01")
    assert any(c == "172" and t.startswith("annulled") for c, s, g, d, t in evs), evs
    evs = _events("President Kais Saied dissolved parliament on Wednesday.", "2022-03-31")
    assert any(c == "172" and t.startswith("dissolved") for c, s, g, d, t in evs), evs
    assert not _events("The powder dissolved quickly in warm water.")


def test_a_condemned_coup_targets_the_putschists():
    text = ("Soldiers of the Nigerien army seized power in Niamey on Wednesday and detained President Mohamed Bazoum. "
            "The European Union condemned the coup on Thursday.")
    evs = _events(text)
    cond = [e for e in evs if e[0] == "111"]
    assert cond and cond[0][2].startswith("NER"), evs


def test_two_acts_of_one_code_with_their_own_objects():
    evs = _events("The army said it had dissolved all state institutions and closed the country's borders, "
                  "Nigerien television reported.")
    assert sorted(t.split()[0] for c, s, g, d, t in evs if c == "172") == ["closed", "dissolved"], evs
    evs = _events("Police arrested and detained dozens of protesters in Lagos on Monday.", "2024-05-01")
    assert len([e for e in evs if e[0] == "173"]) == 1, evs


def test_a_possessive_date_names_its_noun():
    evs = _events("Army officers said on Wednesday they had annulled the results of Saturday's presidential election.",
                  "2023-08-31")
    ann = [e for e in evs if e[4].startswith("annulled")]
    assert ann and ann[0][3] == "2023-08-30", evs
    evs = _events("In Tuesday's address, the president accused the opposition of sabotage.", "2024-12-05")
    acc = [e for e in evs if e[0] == "112"]
    assert acc and acc[0][3] == "2024-12-03", evs
    evs = _events("Opposition parties boycotted Sunday's vote, officials said on Monday.", "2024-05-01")
    boy = [e for e in evs if e[4].startswith("boycotted")]
    assert boy and boy[0][3] == "2024-04-28", evs
