"""Round 11 (issue #7): the Taliban code (AFGREB kept), Europeans as a region's nationality (EUR), a past قام + subject
+ ب + attack noun opening its clause is a verb report (detect.do_lead).  Sentences written for these tests."""
import pytest

import marsad
from marsad.coding import detect


def code(text, date="2008-03-01"):
    return marsad.code(text, published_at=date)


def show(doc):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in doc.events]


# ------------------------------------------------------------------ Taliban: AFGREB (measured against IMG: a tie)
def test_taliban_is_afgreb():
    doc = code("هاجم مسلحو حركة طالبان مركزا للشرطة في ولاية هلمند أمس.", "2008-03-01")
    assert any(e.source_code == "AFGREB" for e in doc.events), show(doc)


# ------------------------------------------------------------------ Europeans: EUR (CAMEO region code)
@pytest.mark.parametrize("text", [
    "خطف مسلحون ثلاثة أوروبيين يعملون في منظمة إغاثة شمال البلاد.",
    "واعتقلت الشرطة ناشطين أوروبيين قرب الحدود.",
])
def test_europeans_are_eur(text):
    doc = code(text)
    assert any((e.target_code or "").startswith("EUR") for e in doc.events), show(doc)


def test_european_union_is_still_the_igo():
    doc = code("وقال الاتحاد الأوروبي إنه يدين الهجوم على القافلة.")
    assert any(a.code == "IGOEUREEC" for a in doc.actors), [(a.name_ar, a.code) for a in doc.actors]
    assert not any(a.code == "EUR" for a in doc.actors)


# ------------------------------------------------------------------ قام + ب + attack noun: a verb report
def assaults(text):
    return [e for e in code(text).events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "وقام مسلحون مجهولون بخطف مهندس أجنبي من موقع عمله شمال المدينة.",
    "قامت امرأة فجر اليوم بتفجير نفسها قرب حاجز للشرطة.",
    "وقامت دورية للجيش مساء الأحد بقصف مواقع المسلحين في الجبال.",
    "وجاءت الهجمات بعد أن قام مسلحون مجهولون بخطف مهندس أجنبي.",   # an after-clause reports the act
])
def test_do_lead_is_reported(text):
    evs = [e for e in assaults(text) if not e.historical]
    assert any(":erupt" in e.rule for e in evs), [(e.trigger, e.rule) for e in assaults(text)]


def test_no_do_lead_in_reported_speech(monkeypatch):
    # reported speech is no do_lead; since session 12 (DET) the quoted noun stands by detect.quote_noun_lead instead
    # (the same ":erupt" tag), so do_lead is checked with that stand switched off
    text = "وقال الضابط إن مسلحين قاموا بخطف مهندس."
    assert any(":erupt" in e.rule for e in assaults(text))
    monkeypatch.setattr(detect, "QUOTE_NOUN", False)
    assert not any(":erupt" in e.rule for e in assaults(text)), [(e.trigger, e.rule) for e in assaults(text)]


@pytest.mark.parametrize("text", [
    "ويقوم المسلحون بخطف المدنيين على الطرق.",            # imperfect: a habit, not a report
    "وتحدث عن المسلح الذي قام بتفجير السيارة.",           # a relative clause
    "قام الوزير، بعد عودته، بتفجير مفاجأة سياسية.",       # punctuation between: not one clause
    "وقال إنه يخشى أن يقوم المسلحون بخطف الصحافيين.",     # أن + an imperfect: a fear, not a report
])
def test_no_do_lead(text):
    assert not any(":erupt" in e.rule for e in assaults(text)), [(e.trigger, e.rule) for e in assaults(text)]


def test_do_lead_empty():
    assert detect.do_lead([], []) is False
