"""Session 12, SPN (issue #7): Arabic protest sides -- whom a protest targets.  Sentences written for these tests in
the style of news reports (none taken from the dev data)."""
import pytest

import marsad
from marsad.eval.events import counted

from events_helpers import show


def code(text, date="2011-03-08"):
    return marsad.code(text, published_at=date)


def protests(doc):
    return [e for e in doc.events if e.plover_type == "PROTEST" and counted(e)]


# ------------------------------------------------------------------ 1. the one a demanded return / release is for
# "للمطالبة بعودة الرئيس المعزول"، "بإطلاق سراح الصحفي الفرنسي": whom the crowd speaks for is not its target
# (protest_sides.beneficiary_target; cue ``benefit`` in cues_ar.tsv).
@pytest.mark.parametrize("text, gone", [
    ("وتظاهر الآلاف في شوارع داكار للمطالبة بإطلاق سراح الصحفي الفرنسي.", "FRA"),
    ("وخرج مئات المتظاهرين في العاصمة يطالبون بعودة السفير الأمريكي المطرود.", "USA"),
    ("واعتصم العشرات أمام مقر الأمم المتحدة للمطالبة بالإفراج عن الطيارين الأتراك.", "TUR"),
])
def test_demanded_release_is_no_target(text, gone):
    doc = code(text)
    evs = protests(doc)
    assert evs and not any(e.target_country == gone for e in evs), show(doc)


def test_demand_addressee_stays_target():
    # the government asked to release someone is the target; the one to be released is not
    doc = code("وتظاهر مئات الطلاب أمام مقر البرلمان مطالبين الحكومة المصرية بالإفراج عن الصحفي الفرنسي.")
    evs = protests(doc)
    assert evs and any(e.target_country == "EGY" for e in evs), show(doc)
    assert not any(e.target_country == "FRA" for e in evs), show(doc)


def test_demanded_return_site_is_target():
    # the crowd's site before the demand is what it protests at
    doc = code("وتظاهر العشرات أمام مقر الأمم المتحدة في بيروت للمطالبة بعودة اللاجئين السوريين.")
    evs = protests(doc)
    assert evs and all((e.target_code or "").startswith("IGO") for e in evs), show(doc)


def test_protest_against_a_return_keeps_its_target():
    # guard: no demand before the return noun -- "against the return of US forces" targets the US
    doc = code("وتظاهر مئات الطلاب في الساحة احتجاجا على عودة القوات الأمريكية إلى البلاد.")
    assert any(e.target_country == "USA" for e in protests(doc)), show(doc)


# ------------------------------------------------------------------ 3. a protest note handed to someone
# "وسلم المتظاهرون السفير الفرنسي مذكرة احتجاج": the recipient is the protest's target, the hander its source
# (protest_sides.memo_recipient; memo_ar.tsv).
def test_protest_note_recipient_is_target():
    doc = code("وسلم المحتجون مارك ستيفنز السفير البريطاني في القاهرة مذكرة احتجاج على تصريحات رئيس الوزراء.")
    evs = [e for e in doc.events if e.plover_type == "PROTEST" and ":memo-to" in e.rule]
    assert evs and all(e.target_country == "GBR" for e in evs), show(doc)
    assert all(e.source_role == "CVL" and e.source_country is None for e in evs), show(doc)


def test_protest_note_handed_to_after_ila():
    doc = code("وتجمع مئات الطلاب أمام مقر البعثة وسلموا مذكرة احتجاج إلى ممثل الأمم المتحدة في البلاد.")
    assert any((e.target_code or "").startswith("IGO") for e in protests(doc)), show(doc)


def test_protest_note_without_recipient_has_no_target():
    # guard: no recipient named -- no target is made up
    doc = code("وسلم المتظاهرون مذكرة احتجاج.")
    assert not any(e.target_code for e in doc.events if e.plover_type == "PROTEST"), show(doc)


# ------------------------------------------------------------------ `marsad eval spans --details`
def test_eval_spans_details_lists_gold_and_system(tmp_path):
    import json

    from typer.testing import CliRunner

    from marsad.cli import app
    # the sentence is dated (أمس): undated, the shipped filter's score sat at its threshold (p .42 vs .375 in session
    # 12's model, .39 vs .425 after session 13's retrain), and this test is about --details, not about the filter
    rec = {"source": "own-20110308", "event_type": "PROTEST",
           "text": "وسلم المحتجون مارك ستيفنز السفير البريطاني في القاهرة مذكرة احتجاج على تصريحات رئيس الوزراء أمس.",
           "spans": [{"source_actor": ["المحتجون"], "verb": ["مذكرة", "احتجاج"], "target_actor": ["السفير", "البريطاني"],
                      "source_role": {"main": "None", "role": "CVL"}, "target_role": {"main": "GBR", "role": "GOV"}},
                     {"source_actor": ["المحتجون"], "verb": ["مذكرة", "احتجاج"], "target_actor": [],
                      "source_role": {"main": "EGY", "role": "CVL"}, "target_role": {}}]}
    f = tmp_path / "own_spans.json"
    f.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", "spans", str(f), "--details", "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["gold_spans"] == 2 and out["country_match"] == 0.5
    ok, miss = out["items"]
    assert ok["country_ok"] and ok["gold_text"][2] == "السفير البريطاني"
    assert any(e["target"]["country"] == "GBR" and e["counted"] for e in ok["system"])
    assert not miss["country_ok"] and not miss["source_ok"] and miss["gold"][0] == "EGY"
    r = CliRunner().invoke(app, ["eval", "spans", str(f), "--details", "--misses"])
    assert r.exit_code == 0 and "gold: EGY/CVL" in r.output and "GBR/GOV" not in r.output.split("gold: EGY")[0]


# ------------------------------------------------------------------ 4. a capital after a facility noun is a place
# "عمال ميناء بيروت": the port of Beirut, not the Lebanese government (actors cues.tsv place_head ميناء، مرفأ،
# محطة، مستشفى، فندق, as مطار / جامعة already were).
def test_capital_after_port_is_no_government():
    doc = code("وأضرب عمال ميناء بيروت عن العمل احتجاجا على قرار إدارة الميناء.")
    evs = protests(doc)
    assert evs and not any(e.target_code == "LBNGOV" or e.source_code == "LBNGOV" for e in evs), show(doc)
    assert not any(a.code == "LBNGOV" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_capital_as_subject_stays_government():
    # guard: a capital that speaks is its government
    doc = code("وأعلنت بيروت أنها ترفض الاتهامات.")
    assert any(a.code == "LBNGOV" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


# ------------------------------------------------------------------ 5. the state of an intervention
# "ضد التدخل الأمريكي": an intervention's nationality adjective names the intervening state (actors cues.tsv
# event_nat تدخل, as هجوم / عدوان).
@pytest.mark.parametrize("text, tgt", [
    ("وتظاهر مئات اليمنيين في صنعاء ضد التدخل الأمريكي.", "USA"),
    ("وتظاهر مئات الطلاب تنديدا بالتدخل التركي في شؤون البلاد.", "TUR"),
])
def test_intervention_state_is_protest_target(text, tgt):
    doc = code(text)
    assert any(e.target_country == tgt for e in protests(doc)), show(doc)


def test_nationality_after_other_noun_is_no_actor():
    # guard: a nationality adjective of a noun that is no event stays no actor
    doc = code("وتظاهر مئات الطلاب احتجاجا على ارتفاع أسعار القمح الأمريكي.")
    assert not any(e.target_country == "USA" for e in protests(doc)), show(doc)


# ------------------------------------------------------------------ 6. (ASSAULT) a bare sector member of a state body
# "اغتال مسلحون ضابطا في الجيش العراقي": the officer is the Iraqi army's (events._partitive_target, :tgt-member),
# as "ضابطا من الحرس الثوري" (من) already was.
def attacks(doc):
    return [e for e in doc.events if e.plover_type == "ASSAULT" and counted(e)]


@pytest.mark.parametrize("text, tgt", [
    ("واغتال مسلحون ضابطا في الجيش العراقي.", "IRQMIL"),
    ("وخطف مسلحون موظفا في السفارة الفرنسية.", "FRAGOV"),
])
def test_member_of_state_body_is_that_body(text, tgt):
    doc = code(text)
    assert any(e.target_code == tgt for e in attacks(doc)), show(doc)


def test_member_of_the_attackers_own_body_is_not_moved():
    # guard: a member of the attacker's own state body keeps its bare role (no self-attack made up)
    doc = code("وقتل الجيش العراقي جنديا في الجيش العراقي.")
    assert not any(e.target_country == "IRQ" and e.source_country == "IRQ" for e in attacks(doc)), show(doc)


# ------------------------------------------------------------------ a wrong file for `marsad eval spans` (session 26)
# the detection CSV given where the span JSON belongs: a one-line error and exit 2, no traceback
def test_eval_spans_wrong_file_is_a_clear_error(tmp_path):
    from typer.testing import CliRunner

    from marsad.cli import app
    f = tmp_path / "own_gsr.csv"
    f.write_text("id,event_type,label,text\n1,PROTEST,yes,تظاهر المئات أمس.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", "spans", str(f)])
    assert r.exit_code == 2 and "not a span gold file" in r.output and "Traceback" not in r.output
    g = tmp_path / "dict_spans.json"
    g.write_text('{"records": []}', encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", "spans", str(g)])
    assert r.exit_code == 2 and "not a span gold file" in r.output
