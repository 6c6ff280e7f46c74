"""Session 27, B19EN: English causes of the nineteenth blind test (blind_s32), general fixes, with our own sentences."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-07-19"


def _trig(doc, word: str, cameo: str = ""):
    return [e for e in doc.events if e.trigger == word and e.cameo.startswith(cameo)]


# 1. warn + a that-clause judging an act: a criticism (111), no threat
@pytest.mark.parametrize("text", [
    "The UN human rights office warned that the beatings of detained students were \"appalling and unacceptable\".",
    "Amnesty International warned that the crackdown on journalists was totally unacceptable.",
    "Germany warned that the arrest of the opposition leader was a clear violation of the constitution.",
])
def test_warning_that_judges_is_criticism(text):
    doc = full(text, published_at=PUB)
    assert _trig(doc, "warned", "111") and not _trig(doc, "warned", "13"), dump(doc)


# guards: a warning of the future stays a threat
@pytest.mark.parametrize("text", [
    "The minister warned that any attack on the embassy would be unacceptable.",
    "The army warned that protesters who blocked the roads were in danger and would be punished.",
    "Kenya warned that the rebels were planning new attacks.",
])
def test_guard_warning_of_future_stays_threat(text):
    doc = full(text, published_at=PUB)
    assert not _trig(doc, "warned", "111"), dump(doc)


# 2. a bare crowd noun governed by a preposition is no protest report
@pytest.mark.parametrize("text", [
    "The rights group said attacks on peaceful protesters in the capital must stop.",
    "The interior minister offered on Monday to hold talks with the protesters.",
    "Officials denied that violence against demonstrators had been used.",
])
def test_governed_crowd_noun_no_protest(text):
    doc = full(text, published_at=PUB)
    assert not [e for e in doc.events if e.trigger.lower() in ("protesters", "demonstrators")], dump(doc)


# guards: the crowd as a subject or a crowd report keeps its protest
@pytest.mark.parametrize("text", [
    "Thousands of protesters marched through the capital on Monday.",
    "Protesters gathered outside parliament in Nairobi.",
    "Police clashed with protesters who marched on the presidential palace.",
])
def test_guard_crowd_subject_keeps_protest(text):
    doc = full(text, published_at=PUB)
    assert find(doc, "14"), dump(doc)


# 3. the noun "respect" is no praise; a capital inside a treaty's name is no government and no place
@pytest.mark.parametrize("text", [
    "The ambassador said his staff had always worked in full respect of the Vienna Convention.",
    "The two presidents stressed mutual respect between their peoples.",
    "The foreign minister said the mission acted with respect to the Vienna Convention on consular relations.",
])
def test_respect_noun_no_praise(text):
    doc = full(text, published_at=PUB)
    assert not find(doc, "05"), dump(doc)


@pytest.mark.parametrize("text, capital", [
    ("The embassy said the expulsions breached the Vienna Convention.", "AUT"),
    ("Britain said the new coal plants violated the Paris Agreement.", "FRA"),
])
def test_capital_in_treaty_name_no_actor(text, capital):
    doc = full(text, published_at=PUB)
    assert not [a for a in doc.actors if (a.country or a.code or "").startswith(capital)], dump(doc)
    assert not [p for p in doc.places if p.country == capital], dump(doc)
    assert not [e for e in doc.events if capital in ((e.source_code or "") + (e.target_code or ""))], dump(doc)


# guards: the verb "respect" and a capital as a government stay
@pytest.mark.parametrize("text, cameo, src, tgt", [
    ("Moscow criticised Vienna over the expulsions.", "11", "RUSGOV", "AUTGOV"),
    ("Paris rejected the proposal made by Berlin.", "12", "FRAGOV", "*"),
])
def test_guard_capital_government(text, cameo, src, tgt):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, src, tgt), dump(doc)


def test_guard_respect_verb():
    doc = full("Russia urged Ukraine to respect the ceasefire.", published_at=PUB)
    assert [e for e in doc.events if e.trigger == "respect"], dump(doc)


# 8. an adverb between "be" and the participle keeps the passive: the subject is the patient
@pytest.mark.parametrize("text, patient", [
    ("Opposition leader Tarek Rahman was also arrested in Dhaka overnight, his party said.", "BGDOPP"),
    ("The Kenyan opposition leader was later detained in Nairobi, police said.", "KENOPP"),
])
def test_passive_with_adverb_subject_is_target(text, patient):
    doc = full(text, published_at=PUB)
    ev = [e for e in doc.events if e.cameo.startswith("17")]
    assert ev and all(e.source_code != patient for e in ev) and any(e.target_code == patient for e in ev), dump(doc)


def test_guard_active_with_adverb():
    doc = full("Kenyan police also arrested the opposition leader in Nairobi.", published_at=PUB)
    assert find(doc, "17", "KENCOP", "KENOPP"), dump(doc)


# 6. "rejected the accusations" after a bare ministry's accusation: the accuser's dateline country (refilled)
_EXPEL = ('Niger expels two Belgian aid workers\n\nNIAMEY, May 3 (Marsad) - Niger has expelled two Belgian aid workers, '
          'accusing them of "spying for foreign powers", the foreign ministry said in a statement on Friday.\n\n'
          'Belgium rejected the accusations as "absurd" and said it would raise the matter with the African Union.\n')


def test_rejected_accusation_target_gets_home_country():
    doc = full(_EXPEL, published_at="2024-05-03")
    assert find(doc, "12", "BEL", "NERGOV"), dump(doc)
    assert not find(doc, "12", "BEL", "GOV"), dump(doc)


def test_guard_rejected_named_accuser():
    doc = full("Russia accused Estonia of spying.  Estonia rejected the accusations as absurd.", published_at=PUB)
    assert find(doc, "12", "EST", "RUS"), dump(doc)


# 7. "Prime Minister Sheikh X": the honorific joins title and name, and the name alone later is that person,
# so the possessor of a demanded resignation is the target
def test_honorific_title_name_and_possessor_target():
    doc = full("Prime Minister Sheikh Rahima accused the opposition of lying. The opposition denied any role in the "
               "violence and demanded Rahima's resignation.", published_at=PUB)
    assert find(doc, "112", "GOV"), dump(doc)
    assert find(doc, "10", "OPP", "GOV"), dump(doc)


def test_guard_possessor_target_plain_name():
    doc = full("Prime Minister Ahmed Khalil accused the opposition of lying. Protesters later demanded Khalil's "
               "resignation.", published_at=PUB)
    assert find(doc, "10", "CVL", "GOV"), dump(doc)


# 5. "charge d'affaires" is an English role (GOV), its country the possessor / nationality; a summons of one is 114
_SUMMONS = ("Mali expels French diplomat\n\nBAMAKO, March 4 (Marsad) - Mali has ordered a French diplomat to leave the "
            "country within 72 hours.\n\nForeign Minister Moussa Traore Kone summoned France's charge d'affaires on "
            "Monday to hand him the decision, a ministry official said.\n")


def test_charge_daffaires_role():
    doc = full(_SUMMONS, published_at="2024-03-04")
    ev = [e for e in doc.events if e.cameo == "114"]
    assert ev and all(e.target_code == "FRAGOV" and not (e.source_code or "").startswith("FRA") for e in ev), dump(doc)


@pytest.mark.parametrize("text", [
    "Mali summoned the French chargé d'affaires.",
    "Niger summoned the Belgian charge d'affaires over the remarks.",
])
def test_summoned_charge_daffaires(text):
    doc = full(text, published_at=PUB)
    assert [e for e in doc.events if e.cameo == "114" and (e.target_code or "").endswith("GOV")], dump(doc)
