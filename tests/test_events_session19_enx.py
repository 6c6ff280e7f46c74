"""Session 19 ENX: English leftovers of the blind tests s14-s18 (our own sentences; each rule with a guard)."""
from __future__ import annotations

from tests.events_helpers import find, full, show

_DAY = "2026-03-07"

_EXPULSION = (
    "Kenya orders Somali envoy out\n\n"
    "NAIROBI, March 7 - Kenya on Saturday ordered a senior Somali diplomat to leave the country within three days, "
    "hitting back after Somalia expelled a Kenyan diplomat over the death of a herder near the border.\n\n"
    "Somalia's president told lawmakers on Thursday that the security services had evidence against Kenyan agents. "
    "Hours later Somalia's foreign minister said Mogadishu had expelled the head of Kenya's intelligence service in "
    "the country.\n")


# 1. the lead's "after X expelled …" is the body's expulsion told short: one event, the body's target role kept

def test_lead_cause_merges_with_the_body_telling_of_another_target_role():
    doc = full(_EXPULSION, published_at=_DAY)
    evs = find(doc, "166", src="*")
    somali = [e for e in evs if e.source_country == "SOM"]
    assert len(somali) == 1, show(doc)
    assert somali[0].target_code == "KENSPY" and ":retold" in somali[0].rule, show(doc)
    assert somali[0].date == "2026-03-05", show(doc)   # (the body's Thursday, not the lead's Saturday)
    assert [e.target_code for e in evs if e.source_country == "KEN"] == ["SOMGOV"], show(doc)


def test_body_act_after_also_is_another_expulsion_guard():
    text = _EXPULSION.replace("Mogadishu had expelled the head", "Mogadishu had also expelled the head")
    doc = full(text, published_at=_DAY)
    somali = [e for e in find(doc, "166") if e.source_country == "SOM"]
    assert sorted(e.target_code for e in somali) == ["KENGOV", "KENSPY"], show(doc)


def test_lead_act_not_in_an_after_clause_stays_guard():
    text = _EXPULSION.replace("hitting back after Somalia expelled", "while Somalia expelled")
    doc = full(text, published_at=_DAY)
    somali = [e for e in find(doc, "166") if e.source_country == "SOM"]
    assert sorted(e.target_code for e in somali) == ["KENGOV", "KENSPY"], show(doc)


# 2. "suspended visas for Nigerians": the people the visas are for

def test_suspended_visas_for_a_demonym_targets_its_country():
    doc = full("Ghana on Monday suspended visas for Nigerians.", published_at=_DAY)
    ev = find(doc, "16", src="GHA")
    assert len(ev) == 1 and ev[0].target_code == "NGA" and ":tgt-for" in ev[0].rule, show(doc)


def test_suspended_visa_services_for_citizens_targets_them():
    doc = full("Ghana suspended visa services for Nigerian citizens on Monday.", published_at=_DAY)
    ev = find(doc, "16", src="GHA")
    assert len(ev) == 1 and ev[0].target_country == "NGA", show(doc)


def test_suspended_visas_for_two_weeks_names_no_target_guard():
    doc = full("Ghana suspended visas for two weeks on Monday.", published_at=_DAY)
    ev = find(doc, "16", src="GHA")
    assert len(ev) == 1 and ev[0].target_code is None, show(doc)


def test_headline_comma_verb_takes_the_headline_subject_and_merges():
    text = ("Ghana expels Nigerian diplomat, suspends visas as row over trader's death deepens\n\n"
            "ACCRA, March 7 - Ghana on Saturday expelled a senior Nigerian diplomat and suspended visas for Nigerian "
            "citizens, its foreign ministry said.\n")
    doc = full(text, published_at=_DAY)
    visas = find(doc, "160")
    assert len(visas) == 1, show(doc)
    assert (visas[0].source_code, visas[0].target_country) == ("GHA", "NGA") and visas[0].segment_kind == "body", \
        show(doc)


# 3. a definite noun naming the headline's happening again; the topic of a concern

def test_lead_definite_noun_of_the_headline_killing_is_no_second_event():
    text = ("Ghana recalls envoy over trader's killing\n\n"
            "ACCRA, March 7 - Ghana on Saturday recalled its ambassador to Nigeria over the killing of a Ghanaian "
            "trader in Lagos.\n")
    doc = full(text, published_at=_DAY)
    kill = [e for e in doc.events if e.root in ("18", "19", "20")]
    assert len(kill) == 1 and kill[0].segment_kind == "title", show(doc)


def test_lead_killing_without_a_headline_killing_stays_guard():
    text = ("Ghana recalls envoy from Nigeria\n\n"
            "ACCRA, March 7 - Ghana on Saturday recalled its ambassador to Nigeria over the killing of a Ghanaian "
            "trader in Lagos.\n")
    doc = full(text, published_at=_DAY)
    assert [e.trigger for e in doc.events if e.root in ("18", "19", "20")] == ["killing"], show(doc)


def test_protests_as_the_topic_of_concerns_are_no_event():
    doc = full("Kenya's president raised his concerns about Somali protests in Nairobi with his Somali counterpart "
               "on Monday.", published_at=_DAY)
    assert not find(doc, "14"), show(doc)


def test_protests_after_a_concern_without_topic_preposition_stay_guard():
    doc = full("Kenya's president raised his concerns with his Somali counterpart on Monday after protests in "
               "Nairobi.", published_at=_DAY)
    assert len(find(doc, "14")) == 1, show(doc)


# 5. "allegations linking X to …": X is the accused; the speaker is the accuser

def test_allegations_linking_soldiers_name_them_as_target_and_the_speaker_as_source():
    doc = full("Ghana's president said on Monday there were allegations linking Togolese soldiers to the attack.",
               published_at=_DAY)
    ev = find(doc, "112")
    assert len(ev) == 1 and (ev[0].source_code, ev[0].target_code) == ("GHAGOV", "TGOMIL"), show(doc)


def test_allegations_linking_without_a_speaker_have_no_source():
    doc = full("Reports of allegations linking Togolese soldiers to the attack circulated on Monday.",
               published_at=_DAY)
    ev = find(doc, "112")
    assert len(ev) == 1 and (ev[0].source_code, ev[0].target_code) == (None, "TGOMIL"), show(doc)


def test_allegations_of_a_named_accuser_keep_it_guard():
    doc = full("Ghana's president told parliament on Monday that the army had allegations linking agents of the "
               "Togolese government to the attack.", published_at=_DAY)
    ev = find(doc, "112")
    assert len(ev) == 1 and ev[0].target_country == "TGO" and ev[0].source_code != "TGOGOV", show(doc)


# 6. "It denied …" after a body (coast guard, navy, ministry) is that body

def test_it_denied_after_a_coast_guard_is_the_coast_guard():
    doc = full("In a statement, the Kenya Coast Guard accused the Somali boat of intruding into Kenyan waters. It denied "
               "that its vessels had fired on the boat.", published_at=_DAY)
    ev = find(doc, "016")
    assert len(ev) == 1 and ev[0].source_code == "KENMIL", show(doc)


def test_it_after_the_speaker_of_a_quote_is_that_body():
    doc = full("The Kenyan navy said its ships had acted lawfully. It denied that its vessels had fired on the boat.",
               published_at=_DAY)
    ev = find(doc, "016")
    assert len(ev) == 1 and ev[0].source_code == "KENMIL", show(doc)


def test_it_after_a_minister_is_no_speaker_guard():
    doc = full("Kenya's defence minister said his ships had acted lawfully. It denied that its vessels had fired on "
               "the boat.", published_at=_DAY)
    assert not find(doc, "016", src="KENGOV"), show(doc)


# 6. "its" inside an after-clause of a headline stands for the main clause's subject

def test_its_embassy_in_an_after_clause_is_the_subjects():
    doc = full("Peru takes Bolivia to court after police storm its embassy in La Paz", published_at=_DAY)
    ev = find(doc, "19")
    assert len(ev) == 1 and ev[0].target_country == "PER" and ":tgt-poss" in ev[0].rule, show(doc)


def test_its_embassy_in_a_reported_clause_is_the_nearest_country_guard():
    doc = full("Peru told Chile that police stormed its embassy in La Paz.", published_at=_DAY)
    ev = find(doc, "19") + find(doc, "17")   # (session 55: police storming is the police raid's 170)
    assert len(ev) == 1 and ev[0].target_country == "CHL" and ":tgt-poss" in ev[0].rule, show(doc)


# 4. a visit still to come: "accepted an invitation to visit" is an intent to meet (036), no visit done (042)

def test_invitation_to_visit_is_a_visit_to_come():
    doc = full("Egypt's president accepted an invitation to visit Ankara.", published_at=_DAY)
    assert find(doc, "036", src="EGYGOV") and not find(doc, "042"), show(doc)


def test_visit_at_the_invitation_of_is_a_visit_done_guard():
    doc = full("Egypt's president visited Ankara on Monday at the invitation of his Turkish counterpart.",
               published_at=_DAY)
    assert find(doc, "042", src="EGYGOV") and not find(doc, "036"), show(doc)
