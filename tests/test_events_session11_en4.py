"""English news sentences and articles written for these tests (session 11, EN4): postponed / cancelled visits and
meetings, the PETRARCH2 DELAY block, "neither" subjects, reported agreements of named parties; three wire stories
(tests/data/articles_en/) and a small PETRARCH-style validation file of our own sentences.  None of the text comes
from ../shared."""
import pytest

from events_helpers import dump, find, full


# ---- 1c. postponed / cancelled / called-off visits and meetings

@pytest.mark.parametrize("text,cameo,tgt", [
    ("Pakistan postponed a planned visit by a trade delegation to New Delhi.", "160", "IND"),
    ("Pakistan postponed a visit to India.", "160", "IND"),
    ("The president called off his visit to Washington.", "160", "USA"),
    ("A Turkish minister has cancelled a planned trip to Athens after the border incident.", "160", "GRC"),
    ("Egypt cancelled a planned meeting with Israeli officials.", "125", "ISRGOV"),
    ("Iran postponed the talks with the European Union.", "125", "IGOEUREEC"),
    ("Russia called off the summit with Ukraine.", "125", "UKR"),
])
def test_a_postponed_or_cancelled_visit_reduces_relations_and_a_meeting_is_rejected(text, cameo, tgt):
    doc = full(text)
    assert find(doc, cameo, "*", tgt), dump(doc)
    assert not any(e.cameo in ("112", "036", "042", "040", "046") for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "The government postponed the vote until after the holidays.",
    "Police prevented the protesters from reaching the square.",
    "The opposition tried to delay the reforms.",
])
def test_the_petrarch_delay_block_is_no_accusation(text):
    # the block header "---  DELAY   [120]---  ---" has no space before its dashes: the build read its verbs
    # under the previous block (ACCUSE, 112)
    doc = full(text)
    assert not any(e.cameo == "112" for e in doc.events), dump(doc)
    assert any(e.cameo == "120" for e in doc.events), dump(doc)


# ---- 1b. "neither" / "nor" / "none" negate the verb of their clause

@pytest.mark.parametrize("text,trigger", [
    ("Neither side withdrew its forces from the disputed hill.", "withdrew"),
    ("Neither Russia nor China attended the meeting in Geneva.", "attended"),
    ("None of the parties attended the talks in Addis Ababa.", "attended"),
])
def test_a_negated_subject_negates_its_verb(text, trigger):
    doc = full(text)
    ev = [e for e in doc.events if e.trigger.startswith(trigger)]
    # a negated withdrawal is recoded as a refusal to de-escalate (1246), a negated attendance as 125;
    # either way no asserted cooperative act remains
    assert ev and all(e.negated or e.cameo[:2] == "12" for e in ev), dump(doc)
    assert not any(e.cameo in ("0874", "042", "043") and not e.negated for e in doc.events), dump(doc)


def test_neither_in_another_clause_does_not_negate():
    doc = full("The statement named neither Russia nor China, but the army shelled the town.")
    shell = [e for e in doc.events if e.root == "19"]
    assert shell and not shell[0].negated, dump(doc)


# ---- 1a. a verb joined by "and" inside reported speech is not the speaker's act

def test_a_reported_coordinated_agreement_keeps_its_own_subjects():
    doc = full("Diplomats said Indian and Pakistani military officers spoke by hotline on Wednesday evening and "
               "agreed to hold a flag meeting.")
    agreed = [e for e in doc.events if e.trigger == "agreed"]
    assert {(e.source_code, e.target_code) for e in agreed} == {("INDMIL", "PAKMIL"), ("PAKMIL", "INDMIL")}, dump(doc)


@pytest.mark.parametrize("text", [
    "Diplomats said the officers met on Wednesday and agreed to hold a flag meeting.",
    "Diplomats said Indian officers spoke by hotline and agreed to hold a flag meeting.",
])
def test_a_reported_coordinated_verb_with_a_subject_of_no_actor_is_not_the_speakers(text):
    doc = full(text)
    agreed = [e for e in doc.events if e.trigger == "agreed"]
    assert agreed and all(e.source_code != "GOV" for e in agreed), dump(doc)


def test_a_pronoun_subject_of_a_reported_coordinated_verb_is_the_speaker():
    doc = full("Iran said it met the inspectors and agreed to grant them access.")
    assert any(e.trigger == "agreed" and e.source_code == "IRN" for e in doc.events), dump(doc)


def test_a_main_clause_coordinated_verb_still_shares_the_subject():
    doc = full("Washington accused Beijing of spying and imposed new tariffs on Chinese steel.")
    assert any(e.root == "16" and e.source_code == "USAGOV" for e in doc.events), dump(doc)


def test_the_meeting_agreed_on_in_reported_speech_is_not_the_speakers():
    doc = full("Diplomats said Indian officers spoke by hotline and agreed to hold a flag meeting.")
    assert not any(e.trigger == "meeting" and e.source_code == "GOV" for e in doc.events), dump(doc)


# ---- 2. constructions of the Korean missile story

@pytest.mark.parametrize("text", [
    "North Korea launched an intercontinental ballistic missile into the sea off its east coast on Tuesday.",
    "North Korea fired two short-range ballistic missiles into the sea, South Korea's military said.",
])
def test_a_missile_launch_into_the_sea_is_a_show_of_force_with_no_target(text):
    doc = full(text)
    ev = [e for e in doc.events if e.root in ("15", "19")]
    assert ev and all(e.cameo == "150" and e.source_code == "PRK" and not e.target_code for e in ev), dump(doc)


@pytest.mark.parametrize("text", ["Hamas launched rockets at Israel.", "Hezbollah fired rockets into northern Israel."])
def test_rockets_fired_at_a_country_stay_an_attack(text):
    doc = full(text)
    assert any(e.cameo == "190" and e.target_code == "ISR" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "The test was meant to demonstrate that the missiles could reach the mainland.",
    "The drills demonstrated the strength of the alliance.",
    "Kim Jong Un personally supervised the launch.",
])
def test_showing_and_supervising_are_no_protest_or_cooperation(text):
    doc = full(text)
    assert not any(e.root in ("14", "06") for e in doc.events), dump(doc)


def test_a_street_demonstration_stays_a_protest():
    doc = full("Thousands demonstrated against the government in Seoul.")
    assert any(e.cameo == "141" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text,cameo", [
    ("The ministry summoned no foreign envoys.", "114"),
    ("Seoul's foreign ministry condemned the launch and summoned no foreign envoys.", "114"),
])
def test_a_verb_with_no_object_is_negated(text, cameo):
    doc = full(text)
    ev = [e for e in doc.events if e.cameo == cameo]
    assert ev and all(e.negated for e in ev), dump(doc)


def test_no_longer_before_an_object_is_no_negated_object():
    doc = full("Israeli forces fired no fewer than 20 shells at the town.")
    assert any(e.root == "19" and not e.negated for e in doc.events), dump(doc)


# ---- 2. constructions of the Venezuela election story

@pytest.mark.parametrize("text", [
    "Police said three people were killed in the blast.",
    "Rights groups said at least 11 people were killed and more than 1,200 were arrested in the crackdown.",
])
def test_the_speaker_is_not_the_patient_of_a_reported_passive(text):
    doc = full(text)
    assert doc.events and not any(e.target_code in ("COP", "NGO") or e.source_code == "COP" for e in doc.events), \
        dump(doc)


def test_a_pronoun_subject_of_a_reported_passive_is_the_speaker():
    doc = full("Hamas said it was attacked by Israeli forces.")
    assert any(e.root == "19" and e.source_code == "ISRMIL" and e.target_code == "PSEREB" for e in doc.events), dump(doc)


def test_reimposed_sanctions_are_one_sanction_event():
    doc = full("The United States reimposed sanctions on Venezuela's oil sector on Friday.")
    assert [e.cameo for e in doc.events] == ["163"] and find(doc, "163", "USA", "VEN"), dump(doc)


def test_rejected_mediation_is_126():
    doc = full("Venezuela's president rejected foreign mediation.")
    assert any(e.cameo == "126" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "The electoral council declared him the winner of a disputed presidential vote.",
    "The opposition says its candidate received the most votes.",
    "The prime minister cited overwhelming evidence of fraud.",
    "He said he would not sign the deal without international guarantees.",
])
def test_noun_readings_of_petrarch_verbs_are_no_events(text):
    doc = full(text)
    assert not any(e.trigger.lower().startswith(("vote", "overwhelm", "guarantee")) for e in doc.events), dump(doc)


def test_the_one_actor_after_a_mutual_verb_with_a_pronoun_subject_is_the_partner():
    doc = full("He will meet the Russian ambassador on Monday.")
    ev = [e for e in doc.events if e.trigger == "meet"]
    assert ev and ev[0].target_code == "RUSGOV" and not ev[0].source_code, dump(doc)


# ---- 2. constructions of the Congo-Rwanda story

def test_the_actor_after_an_infinitive_mutual_verb_is_the_partner_of_the_governing_subject():
    doc = full("Congolese President Felix Tshisekedi said he was ready to meet Rwandan President Paul Kagame "
               "if Rwanda withdrew its troops.")
    meet = [e for e in doc.events if e.trigger == "meet"]
    assert meet and meet[0].source_code == "CODGOV" and meet[0].target_code == "RWAGOV", dump(doc)


def test_an_ally_after_alongside_is_no_target():
    doc = full("Burundi has sent soldiers to fight alongside the Congolese army.")
    assert not any(e.root == "19" and e.target_code for e in doc.events), dump(doc)
    doc = full("The rebels fought alongside Russian mercenaries against the army.")
    assert any(e.root == "19" and e.target_code == "MIL" for e in doc.events), dump(doc)


def test_the_subject_of_repelled_is_the_attacks_target():
    doc = full("Congo's army said it had repelled an attack on its positions north of Goma on Monday and killed "
               "dozens of rebels.")
    att = [e for e in doc.events if e.trigger == "attack"]
    assert att and not att[0].source_code and att[0].target_code == "CODMIL", dump(doc)
    assert find(doc, "190", "CODMIL", "CODREB"), dump(doc)


@pytest.mark.parametrize("text", [
    "The rebels did not respond to a request for comment.",
    "The claim could not be independently verified.",
])
def test_wire_boilerplate_is_no_appeal_or_yield(text):
    doc = full(text)
    assert not any(e.root in ("02", "08") for e in doc.events), dump(doc)


# ---- 2. the three wire stories, each coded as one document (tests/data/articles_en/, written for the project)

from pathlib import Path   # noqa: E402

_DIR = Path(__file__).parent / "data" / "articles_en"
_ARTICLES = {"korea_missile.txt": "2024-10-08", "venezuela_election.txt": "2024-08-03",
             "congo_rwanda.txt": "2025-02-16"}
_DOCS: dict = {}


def _article(name: str):
    if name not in _DOCS:
        _DOCS[name] = full((_DIR / name).read_text(encoding="utf-8"), published_at=_ARTICLES[name])
    return _DOCS[name]


@pytest.mark.parametrize("name", sorted(_ARTICLES))
def test_the_session11_articles_are_wire_length(name):
    words = len((_DIR / name).read_text(encoding="utf-8").split())
    assert 300 <= words <= 450, words


def test_korea_missile_article():
    doc = _article("korea_missile.txt")
    launch = [e for e in doc.events if e.trigger.startswith("launched an intercontinental")]
    assert launch and launch[0].cameo == "150" and launch[0].source_code == "PRK" and not launch[0].target_code, \
        dump(doc)
    assert find(doc, "114", "JPN", "PRK"), dump(doc)                        # lodged a strong protest
    assert find(doc, "111", "USA", "PRKGOV") and find(doc, "020", "USA", "PRKGOV"), dump(doc)
    assert {e.source_code for e in doc.events if e.cameo == "020" and e.target_code == "IGOUNO"} == \
        {"USA", "JPN", "KOR"}, dump(doc)                                    # at the request of …
    summon = [e for e in doc.events if e.cameo == "114" and e.source_code == "KORGOV"]
    assert summon and all(e.negated for e in summon), dump(doc)             # summoned no foreign envoys
    drills = [e for e in doc.events if e.cameo == "150" and e.trigger.startswith("began")]
    assert {e.source_code for e in drills} == {"USA", "KOR"} and {e.date for e in drills} == {"2024-10-07"}, dump(doc)
    assert {(e.source_code, e.date) for e in doc.events if e.cameo == "129"} == {("RUS", "2022"), ("CHN", "2022")}, \
        dump(doc)
    assert not any(e.root == "14" and e.trigger.startswith("demonstrate") for e in doc.events), dump(doc)
    assert not any(e.trigger == "supervised" for e in doc.events), dump(doc)
    postponed = [e for e in doc.events if e.trigger == "postponed"]
    assert postponed and postponed[0].negated, dump(doc)                    # Neither side postponed the drills


def test_korea_council_meeting_has_no_requester_target():
    doc = _article("korea_missile.txt")
    assert not any(e.trigger == "meeting" and e.source_code == "IGOUNO" and e.target_code for e in doc.events), dump(doc)


def test_venezuela_election_article():
    doc = _article("venezuela_election.txt")
    assert find(doc, "163", "USA", "VEN"), dump(doc)                        # reimposed sanctions
    assert not any(e.cameo == "170" for e in doc.events), dump(doc)
    assert find(doc, "112", "VENGOV", "USA"), dump(doc)                     # accused the United States of plotting
    assert find(doc, "175", "VENCOP", "VENCVL"), dump(doc)                  # police fired tear gas at protesters
    assert find(doc, "051", "RUS", "VENGOV") and find(doc, "051", "CHN", "VENGOV"), dump(doc)
    assert find(doc, "1312", "IGOEUREEC"), dump(doc)                        # threatened further sanctions
    assert find(doc, "126", "VENGOV"), dump(doc)                            # rejected foreign mediation
    assert not any(e.target_code == "NGO" for e in doc.events), dump(doc)   # rights groups said … were killed
    assert not any(e.trigger.lower().startswith(("vote", "overwhelm", "guarantee")) for e in doc.events), dump(doc)
    meet = [e for e in doc.events if e.trigger == "meet"]
    assert meet and meet[0].target_code == "VENGOV" and meet[0].source_code != "VENGOV", dump(doc)


def test_venezuela_joint_statement_source():
    # (a strict xfail until session 13: the subject before a relative clause, english.relative_subject)
    doc = _article("venezuela_election.txt")
    assert any(e.trigger == "urging" and e.source_code in ("BRA", "COL", "MEX") for e in doc.events), dump(doc)


def test_congo_rwanda_article():
    doc = _article("congo_rwanda.txt")
    assert find(doc, "192", "CODREB", "COD"), dump(doc)                     # captured the town of Sake
    assert find(doc, "112", "CODGOV", "RWA") and find(doc, "161", "CODGOV", "RWA"), dump(doc)
    meet = [e for e in doc.events if e.trigger == "meet"]
    assert meet and (meet[0].source_code, meet[0].target_code) == ("CODGOV", "RWAGOV"), dump(doc)
    assert meet[0].modality == "conditional", dump(doc)
    assert find(doc, "112", "RWAGOV", "CODGOV") and find(doc, "051", "RWA", "AGO"), dump(doc)
    mediated = [e for e in doc.events if e.trigger == "mediated"]
    assert mediated and mediated[0].source_code == "AGO" and mediated[0].date == "2022", dump(doc)
    attack = [e for e in doc.events if e.trigger == "attack"]
    assert attack and not attack[0].source_code and attack[0].target_code == "CODMIL", dump(doc)
    assert not any(e.trigger == "fight" and e.target_code for e in doc.events), dump(doc)   # alongside the army
    assert not any(e.trigger == "request" for e in doc.events), dump(doc)


def test_congo_au_chairman_is_the_au():
    # (a strict xfail until session 14: "Commission chairman" are titles of igo_official, cue igo_title)
    doc = _article("congo_rwanda.txt")
    assert any(e.cameo == "0256" and e.source_code == "IGOAFRAFU" for e in doc.events), dump(doc)


# ---- 3. a PETRARCH-style validation file of our own sentences (tests/data/petrarch_own.xml)

def test_own_petrarch_validation_sentences_keep_their_exact_share():
    from marsad.eval.events import petrarch, read_petrarch_xml
    from marsad.pipeline import Pipeline
    path = Path(__file__).parent / "data" / "petrarch_own.xml"
    recs = read_petrarch_xml(path)
    assert len(recs) == 32 and sum(len(r["gold"]) for r in recs) == 37
    res = petrarch(path, Pipeline())
    # session 11 start: exact .8108 / root .8919 / 13 extra codings; after the fixes .9189 / .9459 / 9 (four of the
    # extras: "agreed to restore relations / to hold a meeting" code the agreed act as done, the project's convention)
    assert res["exact"] >= 0.9189 and res["root"] >= 0.9459, res
    assert res["extra"] <= 9, res


@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("Russia vetoed a United Nations Security Council resolution on Syria.", "129", "RUS", "IGOUNO"),
    ("Japan pledged 500 million dollars in humanitarian aid to Ukraine.", "033", "JPN", "*"),
])
def test_validation_constructions(text, cameo, src, tgt):
    doc = full(text)
    assert find(doc, cameo, src, tgt), dump(doc)


def test_a_noun_modified_by_accused_of_is_the_accused():
    doc = full("Germany expelled two Russian diplomats accused of spying.")
    acc = [e for e in doc.events if e.root == "11"]
    assert acc and not acc[0].source_code and acc[0].target_code == "RUSGOV", dump(doc)


@pytest.mark.parametrize("text", ["Macron praised Morocco for its role in fighting terrorism.",
                                  "The minister vowed to step up the fight against corruption."])
def test_fighting_an_abstract_foe_is_no_clash(text):
    doc = full(text)
    assert not any(e.root == "19" for e in doc.events), dump(doc)


def test_an_announced_suspension_keeps_the_announcer():
    doc = full("Italy announced a suspension of air links with Serbia on Wednesday.")
    assert find(doc, "161", "ITA", "SRB"), dump(doc)


@pytest.mark.parametrize("text,trigger,src", [
    ("Amnesty International said officers had beaten peaceful demonstrators and called for an independent "
     "investigation.", "called", "NGOHRIAMN"),
    ("The army said troops crossed the Nile before dawn and seized the bridge.", "seized", "MIL"),
])
def test_and_after_a_reported_clause_by_tense_and_the_reported_subject(text, trigger, src):
    # an auxiliary in the reported clause and none after "and": the verb is the speaker's; otherwise the reported
    # clause's first actor is its subject
    doc = full(text)
    ev = [e for e in doc.events if e.trigger == trigger]
    assert ev and ev[0].source_code == src, dump(doc)
