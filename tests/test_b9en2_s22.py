"""Session 22 B9EN2 (English leftovers of the ninth blind test): a phone / telephone / video call between or with two
sides is a consultation by telephone (041) on "call" with both sides, also in a fronted "In a phone call with B, A
said"; "warned that <its own capital> would respond to any provocation" is one threat on "warned" (the reply is its
content); the Eurasian Economic Union is an IGO, not a labour union.  Sentences written for these tests (none from
the blind articles); each construction has a guard."""
from __future__ import annotations

from events_helpers import dump, first_coded as _one, full


def _pair(doc, code, a, b):
    return [e for e in doc.events if e.cameo == code and e.source_country == a and e.target_country == b]


# ---------------------------------------------------------------- 1. a phone call between / with
def test_telephone_call_between_two_leaders_is_041_on_call():
    doc = full("The two leaders discussed grain exports in a telephone call between Turkish President Recep Tayyip "
               "Erdogan and French President Emmanuel Macron on Tuesday.", published_at="2024-05-02")
    ev = _pair(doc, "041", "TUR", "FRA")
    assert ev and "call" in ev[0].trigger, dump(doc)
    assert _pair(doc, "041", "FRA", "TUR"), dump(doc)


def test_phone_call_of_two_ministers_is_041_both_ways():
    doc = full("The foreign ministers of Egypt and Jordan discussed the crisis in a phone call on Sunday.",
               published_at="2024-05-02")
    assert _pair(doc, "041", "EGY", "JOR") and _pair(doc, "041", "JOR", "EGY"), dump(doc)


def test_fronted_phone_call_with_a_partner_takes_the_subject():
    doc = full("In a phone call with Chancellor Olaf Scholz, Polish Prime Minister Donald Tusk said the border "
               "would stay open.", published_at="2024-05-02")
    ev = _pair(doc, "041", "POL", "DEU")
    assert ev and "call" in ev[0].trigger, dump(doc)


def test_fronted_meeting_with_a_partner_after_the_takes_the_subject():
    doc = full("In a meeting with Chancellor Olaf Scholz on Monday, the Polish prime minister said the border "
               "would stay open.", published_at="2024-05-02")
    assert _pair(doc, "040", "POL", "DEU"), dump(doc)


def test_after_talks_with_is_no_party_of_the_subject():   # guard: "After …" is a sequence, not the fronted setting
    doc = full("After a meeting with Chancellor Olaf Scholz, Polish Prime Minister Donald Tusk said the border "
               "would stay open.", published_at="2024-05-02")
    assert not _pair(doc, "040", "POL", "DEU"), dump(doc)


def test_a_call_for_calm_is_no_telephone_call():   # guard: the bare noun "call"
    doc = full("The United Nations renewed its call for calm in Sudan on Monday.", published_at="2024-05-02")
    assert not [e for e in doc.events if e.cameo == "041"], dump(doc)


def test_telephoned_stays_041():   # guard: the verb row
    _one("Turkish President Recep Tayyip Erdogan telephoned French President Emmanuel Macron on Tuesday.",
         "041", "TUR", "FRA")


# ---------------------------------------------------------------- 2. warned that <own side> would respond
def test_warned_that_own_capital_would_respond_is_one_threat_on_warned():
    doc = full("Egypt warned that Cairo would respond to any provocation on its border.", published_at="2024-05-02")
    th = [e for e in doc.events if e.root == "13"]
    assert len(th) == 1 and th[0].trigger == "warned" and th[0].source_country == "EGY", dump(doc)
    assert th[0].target_country != "EGY" and not th[0].negated and th[0].modality == "asserted", dump(doc)


def test_warned_reply_names_the_act_it_answers():
    doc = full("Lithuania expelled a Russian diplomat on Monday. Russia warned that Moscow would respond in kind.",
               published_at="2024-05-02")
    th = [e for e in doc.events if e.root == "13"]
    assert len(th) == 1 and th[0].trigger == "warned", dump(doc)
    assert th[0].source_country == "RUS" and th[0].target_country == "LTU", dump(doc)


def test_warned_that_another_country_would_attack_keeps_both():   # guard: another side's act is no own reply
    doc = full("Egypt warned that Israel would attack Rafah.", published_at="2024-05-02")
    assert [e for e in doc.events if e.trigger == "warned" and e.root == "13"], dump(doc)
    assert [e for e in doc.events if e.trigger == "attack" and e.source_country == "ISR"], dump(doc)


def test_threatened_to_attack_keeps_the_specific_code():   # guard: a more specific content is the event
    _one("Iran threatened to attack Israeli ships in the Red Sea.", "138", "IRN")


# ---------------------------------------------------------------- 4. a regional economic union is an IGO
def test_eurasian_economic_union_is_an_igo():
    ev, doc = _one("Armenia threatened to leave the Eurasian Economic Union on Monday.", "13", "ARM")
    assert ev.target_code and ev.target_code.startswith("IGO"), dump(doc)


def test_a_trade_union_stays_labour():   # guard: the role word "union"
    doc = full("The dockers' union criticised the government on Monday.", published_at="2024-05-02")
    assert [e for e in doc.events if e.cameo == "111" and (e.source_code or "").endswith("LAB")], dump(doc)
