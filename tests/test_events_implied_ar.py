"""A force acting on a crowd of protesters (dispersal, tear gas, arrests, clashes, shooting) implies that a
protest took place: the crowd's PROTEST event is added next to the force's event, with the crowd noun as its
evidence and the rule tag ``ar:implied:…`` (marsad/coding/implied.py, marsad/data/coding/implied_ar.tsv).
The learned filter still decides whether the sentence reports a current protest, so these tests look at the
candidates, not at the filter's decision.  Sentences written for these tests in the style of agency copy."""
import pytest

from marsad.pipeline import Pipeline, PipelineConfig

_P: dict = {}


def doc_of(text, **opts):
    key = tuple(sorted(opts.items()))
    if key not in _P:
        _P[key] = Pipeline(PipelineConfig(options=dict(opts)))
    return _P[key](text, published_at="2024-03-01")


def implied(doc):
    return [e for e in doc.events if ":implied:" in e.rule]


def show(doc):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule, e.negated, e.modality) for e in doc.events]


@pytest.mark.parametrize("text, crowd, force", [
    ("فرقت الشرطة المتظاهرين في وسط المدينة مساء الأحد.", "المتظاهرين", "175"),
    ("وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين أمام مبنى البرلمان.", "المحتجين", "175"),
    ("اعتقلت الشرطة عشرات المتظاهرين في العاصمة أمس.", "المتظاهرين", "173"),
    ("واشتبكت قوات الأمن مع المعتصمين قرب مقر الحكومة.", "المعتصمين", "19"),
])
def test_a_crowd_acted_on_implies_its_protest(text, crowd, force):
    doc = doc_of(text)
    assert any(e.cameo.startswith(force) for e in doc.events), show(doc)   # the force's event stays
    imp = implied(doc)
    assert len(imp) == 1, show(doc)
    ev = imp[0]
    assert ev.plover_type == "PROTEST" and ev.root == "14"
    assert ev.trigger == crowd and doc.text[ev.trigger_start:ev.trigger_end] == crowd   # evidence: the crowd noun
    assert ev.source_code and ev.source_code.endswith("CVL"), show(doc)
    assert ev.rule.startswith("ar:implied:crowd")
    assert not ev.negated and ev.modality == "asserted"


def test_a_dispersed_protest_noun():
    doc = doc_of("وفرقت الشرطة المظاهرة بالقوة قبل أن تصل إلى الساحة.")
    imp = implied(doc)
    assert len(imp) == 1 and imp[0].trigger == "المظاهرة" and imp[0].rule.startswith("ar:implied:noun"), show(doc)
    assert not any(e.plover_type == "PROTEST" and (e.source_code or "").endswith("COP") for e in doc.events), show(doc)


@pytest.mark.parametrize("text", [
    "هاجم المتظاهرون مركز الشرطة في المدينة بالحجارة.",             # the crowd is the agent
    "اعتقلت الشرطة ثلاثة مشتبه بهم في عملية السطو على المصرف.",      # no crowd of protesters
    "تظاهر آلاف الطلاب في العاصمة وفرقت الشرطة المتظاهرين بالقوة.",   # the protest is reported already
])
def test_no_implied_protest(text):
    doc = doc_of(text)
    assert not implied(doc), show(doc)


def test_negated_force_implies_no_protest():
    # session 15 (FIELD): a force that did not act implies no protest (before: a negated implied protest, an extra
    # of the blind test: "لم تتدخل الشرطة لتفريق المحتجين")
    doc = doc_of("ولم تعتقل الشرطة أيا من المتظاهرين خلال الليل.")
    assert not implied(doc), show(doc)


def test_option_off():
    text = "فرقت الشرطة المتظاهرين في وسط المدينة مساء الأحد."
    assert implied(doc_of(text))
    assert not implied(doc_of(text, implied_protest=False))


@pytest.mark.parametrize("text", [
    "وقامت قوات مكافحة الشغب بتفريق المتظاهرين أمام مقر البرلمان.",
    "واستخدمت شرطة مكافحة الشغب الهراوات لتفريق المعتصمين.",
])
def test_riot_police_are_police_not_a_riot(text):
    doc = doc_of(text)
    rep = [e for e in doc.events if e.cameo == "175"]
    assert rep and rep[0].source_role == "COP", show(doc)                      # riot police: COP (actors/roles.tsv)
    assert not [e for e in doc.events if e.cameo == "145"], show(doc)          # الشغب inside the name: no riot
    assert [e for e in implied(doc) if e.source_role == "CVL"], show(doc)      # the dispersed crowd's protest


def test_a_riot_is_still_a_riot():
    doc = doc_of("واندلعت أعمال شغب في عدة أحياء من المدينة ليلة الجمعة.")
    assert [e for e in doc.events if e.cameo == "145"], show(doc)


@pytest.mark.parametrize("text, crowd", [
    ("وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين أمام مبنى البرلمان.", "المتظاهرين"),
    ("واستخدمت قوات الأمن القنابل المسيلة للدموع ضد المحتجين في الساحة الرئيسية.", "المحتجين"),
])
def test_tear_gas_is_repression_and_implies_the_protest(text, crowd):
    doc = doc_of(text)
    rep = [e for e in doc.events if e.cameo == "175"]
    assert rep and rep[0].source_role == "COP", show(doc)     # manual_ar.tsv: أطلق / استخدم + الغاز / المسيلة
    assert [e for e in implied(doc) if e.trigger == crowd], show(doc)


def test_tear_gas_words_only():
    doc = doc_of("وأطلقت الحكومة برنامجا جديدا لدعم المزارعين.")
    assert not [e for e in doc.events if e.cameo == "175"], show(doc)
