"""English compound actors (the PETRARCH / GDELT convention): one event per (source, target) pair of a
coordination, same trigger, each side with its own span, every event of the fan-out marked ``:compound``.
Sentences written for these tests in the style of news; none comes from ../shared."""
import pytest

from events_helpers import dump, full

from marsad.coding.english import COMPOUND_MAX


def _pairs(doc, root=None, cameo=None):
    return {(e.source_code, e.target_code) for e in doc.events
            if (root is None or e.root == root) and (cameo is None or e.cameo.startswith(cameo))}


def _span(doc, e, side):
    sp = getattr(e, f"{side}_span")
    return doc.text[sp[0]:sp[1]] if sp else None


def test_two_subjects_veto():
    doc = full("China and Russia vetoed the draft resolution at the Security Council on Tuesday.")
    ev = [e for e in doc.events if e.root == "12"]
    assert {e.source_code for e in ev} >= {"CHN", "RUS"}, dump(doc)
    assert all(":compound" in e.rule for e in ev), dump(doc)
    assert len({e.trigger_start for e in ev}) == 1, dump(doc)
    assert {_span(doc, e, "source") for e in ev} == {"China", "Russia"}, dump(doc)


def test_two_subjects_with_article_strike():
    doc = full("Israel and the United States struck Iranian nuclear sites on Saturday.")
    ev = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert {e.source_code for e in ev} >= {"ISR", "USA"}, dump(doc)


def test_two_objects_with_numerals():
    doc = full("Government troops killed five militants and two civilians in the raid.")
    ev = [e for e in doc.events if e.plover_type == "ASSAULT"]
    tg = {(e.target_code or "")[-3:] for e in ev}
    assert {"REB", "CVL"} <= tg, dump(doc)
    assert {_span(doc, e, "target") for e in ev} >= {"militants", "civilians"}, dump(doc)


def test_three_subjects_one_target():
    doc = full("Britain, France and Germany imposed new sanctions on Iran on Monday.")
    assert {("GBR", "IRN"), ("FRA", "IRN"), ("DEU", "IRN")} <= _pairs(doc, cameo="163"), dump(doc)


def test_two_by_two():
    doc = full("France and Germany condemned Russia and Belarus on Thursday.")
    got = _pairs(doc, root="11")
    assert {("FRA", "RUS"), ("FRA", "BLR"), ("DEU", "RUS"), ("DEU", "BLR")} <= got, dump(doc)


def test_mutual_three_parties_every_ordered_pair():
    doc = full("Talks between Iran, Russia and Turkey opened in Astana on Monday.")
    got = _pairs(doc, root="04")
    want = {(a, b) for a in ("IRN", "RUS", "TUR") for b in ("IRN", "RUS", "TUR") if a != b}
    assert want <= got, dump(doc)
    assert not any(t == "KAZ" for _, t in got), dump(doc)     # the venue is no party


def test_mutual_two_parties_unchanged():
    doc = full("Pakistan and India exchanged fire along the disputed border on Friday.")
    ev = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert _pairs(doc, root="19") == {("PAK", "IND"), ("IND", "PAK")}, dump(doc)
    assert not any(":compound" in e.rule for e in ev), dump(doc)


def test_conjoined_failure_pairs_the_parties_not_itself():
    doc = full("Kenyans and Somalis failed to reach an agreement on the border in Nairobi talks.")
    ev = [e for e in doc.events if e.root == "12"]
    assert ev and all(e.source_code != e.target_code for e in ev), dump(doc)


def test_later_clause_subject_is_no_conjunct():
    doc = full("Russia attacked Ukraine and Poland condemned the strike.")
    att = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert att and all(e.target_code != "POL" for e in att), dump(doc)
    cond = [e for e in doc.events if e.root == "11"]
    assert cond and all(e.source_code != "UKR" for e in cond), dump(doc)


def test_apposition_is_no_coordination():
    doc = full("Rebels shelled Donetsk, Ukraine on Sunday.")
    assert not any(":compound" in e.rule for e in doc.events), dump(doc)


def test_cap_three_by_three():
    doc = full("Britain, France, Germany, Italy and Spain condemned Russia, Belarus, Iran and Syria.")
    ev = [e for e in doc.events if e.root == "11"]
    assert ev, dump(doc)
    assert len({e.source_code for e in ev}) <= COMPOUND_MAX and len({e.target_code for e in ev}) <= COMPOUND_MAX, dump(doc)
    assert len(ev) <= COMPOUND_MAX * COMPOUND_MAX, dump(doc)


def test_or_is_no_compound():
    doc = full("Officials said Egypt or Qatar would host the next round of talks.")
    assert not any(":compound" in e.rule for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "China and Russia vetoed the draft resolution at the Security Council on Tuesday.",
    "Government troops killed five militants and two civilians in the raid.",
    "Talks between Iran, Russia and Turkey opened in Astana on Monday.",
])
def test_compound_events_have_unique_ids_and_spans(text):
    doc = full(text)
    comp = [e for e in doc.events if ":compound" in e.rule]
    assert len(comp) >= 2, dump(doc)
    assert len({e.id for e in doc.events}) == len(doc.events), dump(doc)
    for e in comp:
        for side in ("source", "target"):
            if getattr(e, f"{side}_code") and getattr(e, f"{side}_span") is None:
                assert (":src-" if side == "source" else ":tgt-") in e.rule, dump(doc)


def test_shared_head_role():  # noqa
    doc = full("The Red Cross said US and British forces must ensure the safety of civilians.")
    tg = {e.target_code for e in doc.events if e.root == "10"}
    assert {"USAMIL", "GBRMIL"} <= tg, dump(doc)


def test_shared_head_role_of_mutual_pair():
    doc = full("Senior Hungarian and Romanian officials agreed on Wednesday to cooperate on refugees.")
    agree = [e for e in doc.events if e.root == "03"]
    assert {(e.source_code, e.target_code) for e in agree} == {("HUNGOV", "ROUGOV"), ("ROUGOV", "HUNGOV")}, dump(doc)


def test_country_name_keeps_its_own_code():
    doc = full("China and Russian troops held joint exercises near the border.")
    assert "CHN" in {e.source_code for e in doc.events}, dump(doc)


def test_one_option_switches_both_languages():
    """options["compound_actors"] = False turns the fan-out off for English as for Arabic."""
    from marsad.pipeline import Pipeline, PipelineConfig
    text = "Britain and France condemned the missile strike on the port city on Sunday."
    on = Pipeline(PipelineConfig())(text, published_at="2024-03-05")
    off = Pipeline(PipelineConfig(options={"compound_actors": False}))(text, published_at="2024-03-05")
    assert {e.source_code for e in on.events if e.root == "11"} >= {"GBR", "FRA"}, dump(on)
    assert not any(":compound" in e.rule for e in off.events), dump(off)
    assert len({e.source_code for e in off.events if e.root == "11"}) == 1, dump(off)
