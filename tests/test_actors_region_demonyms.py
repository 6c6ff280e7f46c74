"""Nationality words of world regions (أوروبي → EUR, أفريقي → AFR, آسيوي → ASA) behave like a
country's nationality word: a title or role with one is the region's office (EURGOV, EURCVL ...), a
bare plural is the region, and EU bodies stay IGOEUREEC (region_demonyms.tsv, organisations.tsv)."""
import pytest

import marsad
from marsad.actors.lexicon import get_lexicon
from marsad.actors.resolve import resolve_text


def _doc(text):
    return marsad.code(text, published_at="2024-03-05")


def _actors(doc):
    return [([doc.text[s:e] for s, e in a.spans], a.code) for a in doc.actors]


@pytest.mark.parametrize("phrase,code", [
    ("وزراء الخارجية الأوروبيون", "EURGOV"),
    ("مسؤولون أوروبيون", "EURGOV"),
    ("الدبلوماسيين الأوروبيين", "EURGOV"),
    ("جنود أوروبيون", "EURMIL"),
    ("السياح الأوروبيين", "EURCVL"),
    ("الأوروبيون", "EUR"),
    ("مهاجرون أفارقة", "AFRREF"),
    ("جنود أفارقة", "AFRMIL"),
    ("عمال آسيويون", "ASALAB"),
    ("European officials", "EURGOV"),
    ("European tourists", "EURCVL"),
    ("Europeans", "EUR"),
    ("Asian diplomats", "ASAGOV"),
])
def test_role_with_region_nationality(phrase, code):
    r = resolve_text(phrase)
    assert r is not None and r.code == code, (phrase, r)


@pytest.mark.parametrize("phrase,code", [
    ("الاتحاد الأوروبي", "IGOEUREEC"),
    ("الاتحاد الاوروبي", "IGOEUREEC"),
    ("البرلمان الأوروبي", "IGOEUREEC"),
    ("المفوضية الأوروبية", "IGOEUREEC"),
    ("المجلس الأوروبي", "IGOEUREEC"),
    ("البنك المركزي الأوروبي", "IGOEUREEC"),
    ("European Union", "IGOEUREEC"),
    ("European Parliament", "IGOEUREEC"),
    ("European Commission", "IGOEUREEC"),
    ("المحكمة الأوروبية لحقوق الإنسان", "IGOEURCOE"),
    ("الاتحاد الأفريقي", "IGOAFRAFU"),
    ("الاتحاد الإفريقي", "IGOAFRAFU"),
    ("الدول الأوروبية", "EUR"),
])
def test_named_bodies_win_over_the_nationality_word(phrase, code):
    r = resolve_text(phrase)
    assert r is not None and r.code == code, (phrase, r)


def test_ministers_with_region_nationality_are_one_actor():
    doc = _doc("اجتمع وزراء الخارجية الأوروبيون في العاصمة البلجيكية صباح الاثنين.")
    acts = _actors(doc)
    assert (["وزراء الخارجية الأوروبيون"], "EURGOV") in acts, acts
    assert not any(code in ("GOV", "EUR") for _, code in acts), acts


def test_officials_and_tourists_keep_their_own_roles():
    doc = _doc("قال مسؤولون أوروبيون إن مسلحين أطلقوا النار على السياح الأوروبيين قرب الفندق.")
    acts = _actors(doc)
    assert (["مسؤولون أوروبيون"], "EURGOV") in acts, acts
    tourists = [code for texts, code in acts if any("السياح" in t for t in texts)]
    assert tourists == ["EURCVL"], acts
    assert any(e.target_code == "EURCVL" for e in doc.events), [(e.source_code, e.target_code) for e in doc.events]


def test_same_region_across_sentences_is_not_one_actor_when_roles_differ():
    doc = _doc("صرح مسؤولون أوروبيون بأن المحادثات ستستأنف الأسبوع المقبل. "
               "وأصيب أربعة سياح أوروبيين في انفجار وقع قرب السوق القديمة.")
    acts = _actors(doc)
    assert (["مسؤولون أوروبيون"], "EURGOV") in acts, acts
    assert (["سياح أوروبيين"], "EURCVL") in acts, acts


def test_eu_stays_the_eu_in_a_sentence():
    doc = _doc("رحب البرلمان الأوروبي والمفوضية الأوروبية بقرار الإفراج عن الصحفيين.")
    acts = _actors(doc)
    assert (["البرلمان الأوروبي"], "IGOEUREEC") in acts and (["المفوضية الأوروبية"], "IGOEUREEC") in acts, acts
    assert not any(code and code.startswith("EUR") for _, code in acts), acts


def test_bare_region_plural_is_the_region():
    doc = _doc("تظاهر مئات الأوروبيين أمام مقر السفارة احتجاجا على القرار.")
    assert any(code == "EUR" for _, code in _actors(doc)), _actors(doc)


def test_arab_is_no_region_nationality():
    # Arab names a people, a language and a league: it stays out of the region table
    lex = get_lexicon()
    regions = {e.country for e in lex.entries if e.type == "demonym" and e.source == "regions"}
    assert {"EUR", "AFR", "ASA"} <= regions, regions
    r = resolve_text("مواطنون عرب")   # (no Arabic demonym gives ARB)
    assert r is not None and r.code == "CVL", r
    # the Arab officials are a named group (organisations.tsv O.arab_leaders, session 24 B11AR2), not a demonym's
    r = resolve_text("مسؤولون عرب")
    assert r is not None and r.code == "ARBGOV", r
