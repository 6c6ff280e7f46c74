"""English news sentences written for these tests (session 10, EN3): the domestic fill across clauses,
"as" clauses with a lowercase subject, coordinated relative clauses, names carried from earlier in an
article.  None of them comes from ../shared."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text", [
    "The army shelled the town as rebels attacked a checkpoint.",
    "Police fired tear gas as the protesters marched on parliament.",
])
def test_as_before_a_lowercase_subject_and_verb_opens_a_clause(text):
    doc = full(text)
    first = min(doc.events, key=lambda e: e.trigger_start)
    assert first.target_code in (None, ""), dump(doc)
    assert len(doc.events) >= 2, dump(doc)


def test_as_after_a_verb_before_a_plural_noun_and_no_verb_stays_a_preposition():
    doc = full("The opposition condemned the arrests of journalists as attacks on the press.")
    assert any(e.root == "11" and (e.target_code or "").endswith("MED") for e in doc.events), dump(doc)


# ---- 1. the domestic fill across clauses

@pytest.mark.parametrize("text", [
    "The army shelled rebel positions as Russia sent more troops.",
    "As Russia sent more troops, the army shelled rebel positions.",
    "While Russia sent more troops, the army shelled rebel positions.",
    "The army shelled rebel positions, and Russia sent more troops.",
])
def test_a_country_acting_in_another_clause_is_no_nationality_of_this_clause(text):
    doc = full(text)
    shell = [e for e in doc.events if e.root == "19"]
    assert shell and shell[0].source_code == "MIL" and shell[0].target_code == "REB", dump(doc)
    assert any(e.source_code == "RUS" for e in doc.events), dump(doc)


def test_a_country_named_as_a_place_of_the_clause_still_fills():
    doc = full("The army shelled rebel positions in eastern Ukraine.")
    assert any(e.root == "19" and e.source_code == "UKRMIL" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text,cameo", [
    ("A government spokesman thanked Russia for its support.", "051"),
    ("The foreign minister met Russia's ambassador on Monday.", "040"),
])
def test_a_state_organ_does_not_thank_or_meet_its_own_state(text, cameo):
    doc = full(text)
    ev = [e for e in doc.events if e.cameo == cameo and (e.target_code or "").startswith("RUS")]
    assert ev and ev[0].source_code == "GOV", dump(doc)


# ---- 3. a coordinated relative clause

def test_the_second_verb_of_a_coordinated_relative_clause_is_the_antecedents_act():
    doc = full("Mali's government, which expelled French troops in 2022 and has since deepened its security "
               "ties with Moscow, welcomed the vote.")
    deep = [e for e in doc.events if e.trigger.lower().startswith("deepened")]
    assert deep and deep[0].source_code == "MLIGOV" and (deep[0].target_code or "").startswith("RUS"), dump(doc)
    assert any(e.root == "16" and e.source_code == "MLIGOV" for e in doc.events), dump(doc)


def test_and_outside_a_relative_clause_gives_no_antecedent():
    doc = full("Mali's government, which expelled French troops in 2022, welcomed the vote, and Russia has deepened "
               "its ties with Bamako.")
    deep = [e for e in doc.events if e.trigger.lower().startswith("deepened")]
    assert deep and deep[0].source_code == "RUS", dump(doc)


# ---- 4. a title and name known only from the article, later a bare surname

def test_a_later_bare_surname_carries_the_country_the_article_gave_the_person():
    # (session 37: Bazoum is listed in people.tsv now; an unlisted name keeps this test on the surname's coreference)
    doc = full("Niger's ousted President Amadou Salifou Garba was detained in July. "
               "French President Emmanuel Macron spoke by phone with Garba on Monday.")
    call = [e for e in doc.events if e.sentence == 1 and e.cameo.startswith("04")]
    # (session 19, B6AC: "ousted President" is a former office-holder, NERELI, no longer NERGOV)
    assert {(e.source_code, e.target_code) for e in call} >= {("FRAGOV", "NERELI"), ("NERELI", "FRAGOV")}, dump(doc)
    assert all(":src-coref" in e.rule for e in call if e.source_code == "NERELI"), dump(doc)



# ---- 5. errors read in the India-Pakistan article (tests/data/articles_en/india_pakistan_border.txt)

def test_as_before_a_plural_subject_and_a_past_form_opens_a_clause():
    doc = full("The army said enemy soldiers shelled villages near the border as militants tried to cross the frontier.")
    shell = [e for e in doc.events if e.root == "19"]
    assert shell and not (shell[0].target_code or "").endswith("REB"), dump(doc)


def test_summoning_a_high_commissioner_is_a_diplomatic_protest():
    doc = full("Pakistan summoned the British high commissioner on Tuesday.")
    assert any(e.cameo == "114" and e.source_code == "PAK" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text,word", [
    ("Residents of several border villages fled to shelters as the shelling continued.", "shelters"),
])
def test_an_s_form_after_to_is_a_plural_noun_not_a_verb(text, word):
    doc = full(text)
    assert not any(doc.text[e.trigger_start:e.trigger_end].lower().startswith(word) for e in doc.events), dump(doc)


def test_a_noun_trigger_after_to_stays():
    doc = full("Police responded to protests in the capital.")
    assert any(e.root == "14" for e in doc.events), dump(doc)


def test_a_bare_verb_after_to_stays_a_verb():
    doc = full("The government offered to shelter refugees from the border villages.")
    # (session 46 ENMISS46: the pledged act's evidence runs from its pledge verb, "offered to shelter")
    assert any(e.trigger.lower().split()[-1] == "shelter" for e in doc.events), dump(doc)


# ---- 5. a whole wire article (tests/data/articles_en/india_pakistan_border.txt, written for these tests)

def _article():
    from pathlib import Path
    text = (Path(__file__).parent / "data" / "articles_en" / "india_pakistan_border.txt").read_text(encoding="utf-8")
    assert 350 <= len(text.split()) <= 500
    return full(text, published_at="2025-05-14")


def test_india_pakistan_border_article():
    doc = _article()
    fire = {(e.source_code, e.target_code, e.date) for e in doc.events if e.trigger.startswith("exchanged")}
    assert ("INDMIL", "PAKMIL", "2025-05-13") in fire and ("PAKMIL", "INDMIL", "2025-05-13") in fire, dump(doc)
    summoned = [e for e in doc.events if e.trigger.startswith("summoned")]
    assert summoned and summoned[0].cameo == "114" and summoned[0].source_code == "PAKGOV" \
        and summoned[0].target_country == "IND", dump(doc)
    assert any(e.cameo == "112" and e.source_code == "IND" and e.target_code == "PAK" for e in doc.events), dump(doc)
    assert any(e.cameo == "042" and e.source_code == "INDGOV" for e in doc.events), dump(doc)   # "…, who visited"
    shelled = [e for e in doc.events if e.trigger == "shelled"]
    # "as militants tried": no target from the as-clause; the Indian army's report makes India the target (session 43
    # GAPEN43B, reported_attack_en: "The Indian army said Pakistani soldiers shelled villages near Uri")
    assert shelled and shelled[0].source_code == "PAKMIL" and shelled[0].target_code in (None, "IND"), dump(doc)
    assert not any(e.trigger.lower().startswith("shelters") for e in doc.events), dump(doc)
    assert any(e.cameo.startswith("02") and e.source_code == "USA" for e in doc.events), dump(doc)


@pytest.mark.parametrize("text,first,second", [
    ("French President Emmanuel Macron spoke by phone with Vladimir Putin and with Nigerian President Bola Tinubu.",
     "RUSGOV", "NGAGOV"),
    ("Niger's ousted President Mohamed Bazoum was detained in July. French President Emmanuel Macron spoke by "
     "phone with Bazoum and with Nigerian President Bola Tinubu.", "NERELI", "NGAGOV"),   # (ousted: ELI, s19)
])
def test_each_partner_after_a_repeated_with_is_a_partner_both_ways(text, first, second):
    doc = full(text)
    pairs = {(e.source_code, e.target_code) for e in doc.events if e.cameo.startswith("04")}
    for p in (first, second):
        assert ("FRAGOV", p) in pairs and (p, "FRAGOV") in pairs, dump(doc)


@pytest.mark.parametrize("text", [
    "Mali's government expelled French troops in 2022, and Russia has since deepened its ties with Bamako.",
    "Russia has since deepened its security ties with Mali.",
])
def test_since_after_an_auxiliary_is_an_adverb_not_a_clause_opener(text):
    doc = full(text)
    deep = [e for e in doc.events if e.trigger.lower().startswith("deepened")]
    assert deep and deep[0].source_code == "RUS", dump(doc)


def test_since_as_a_conjunction_still_opens_a_clause():
    doc = full("The army has shelled the town since rebels attacked a checkpoint.")
    shell = [e for e in doc.events if e.root == "19"]
    assert shell and not (shell[0].target_code or "").endswith("REB"), dump(doc)
