"""Session 22, OTH3: business, celebrity and travel pages coded word by word.  On such a page an event needs a
political side (marsad/coding/domain.py, private_gate): "the defect", "cut ties with the brand", "abused his trust",
"invaded by tourists" go; the police, a minister, rebels on the same page stay.  Metaphorical objects ("a losing battle
against overcrowding", "an attack on the right to …") are no fights anywhere (abstract_war.tsv); PETRARCH2 verb rows
after a determiner are nouns ("the defect", "the train from", "the best hotels": cues_en.tsv thing_noun).
Sentences and pages are ours."""
from __future__ import annotations

from events_helpers import full
from marsad.pipeline import Pipeline, PipelineConfig

DAY = "2026-12-08"

BUSINESS_EN = (
    "Appliance maker recalls 200,000 dishwashers over faulty wiring\n\n"
    "Seoul - Hanbit Electronics said on Monday it would recall about 200,000 dishwashers sold in Asia after customers "
    "reported that a cable could overheat.\n\n"
    "The company blamed a supplier for the defect, and the supplier, a Chinese cable maker, said its parts met every "
    "safety standard.\n\n"
    "Two retailers cut ties with the brand after the recall, and competitors attacked its safety record in new "
    "advertisements.\n\n"
    "Shares of Hanbit fell 3 percent in Seoul, and dealers will replace the cables free of charge.\n")

CELEBRITY_EN = (
    "Rapper cleared of fraud charge as fans cheer outside court\n\n"
    "Atlanta - A jury on Tuesday cleared the rapper Jay Cole of charges that he cheated investors in a clothing brand, "
    "ending a trial that drew hundreds of fans to the courthouse.\n\n"
    "A former business partner had claimed that Cole abused his trust and threatened to ruin his reputation.\n\n"
    "\"I fought for three years to clear my name,\" the singer told reporters, calling the case an attack on the right "
    "to run a business.\n\n"
    "His publicist said Cole had cut ties with the partner in 2022 and would begin a concert tour next month.\n")

TRAVEL_EN = (
    "Summer on the Black Sea: crowded beaches and a slow train\n\n"
    "Every July the resorts of the Black Sea coast are invaded by tourists, and this year bookings are up by a third.\n\n"
    "Varna is fighting a losing battle against overcrowding, and travellers who want quiet beaches should head "
    "north.\n\n"
    "The train from Sofia to Varna takes seven hours, but the best hotels in the old town are already full.\n\n"
    "Hikers will find the mountains empty and the guesthouses cheap and welcoming.\n")

# guards: a business page whose police, minister and rebels act
MIXED_EN = (
    "Police clash with protesters at car plant as minister meets chief executive\n\n"
    "Detroit - Police attacked protesters outside a car plant on Friday, and the labour minister met the chief "
    "executive of the carmaker to discuss the dispute.\n\n"
    "The carmaker blamed its supplier for the defect, and dealers said customers were angry.\n\n"
    "Rebels attacked a convoy carrying car parts near the border, killing two drivers, the army said.\n")


def _events(doc):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]


def _triggers(doc):
    return {e.trigger for e in doc.events}


def test_a_business_page_drops_the_defect_the_broken_ties_and_the_rivals_attack():
    doc = full(BUSINESS_EN, published_at=DAY)
    trig = _triggers(doc)
    assert not trig & {"defect", "cut ties", "attacked its safety record", "blamed", "cable"}, _events(doc)
    assert "private_business" in doc.meta["domain"]


def test_a_celebrity_page_drops_private_quarrels_and_metaphors():
    doc = full(CELEBRITY_EN, published_at=DAY)
    trig = _triggers(doc)
    assert not trig & {"abused", "fought", "attack", "cut ties", "claimed", "threatened", "tour"}, _events(doc)


def test_a_travel_page_drops_the_invasion_of_tourists_the_train_and_the_welcome():
    doc = full(TRAVEL_EN, published_at=DAY)
    assert _events(doc) == []


def test_the_private_gate_switched_off_codes_the_words():
    doc = Pipeline(PipelineConfig(options={"private_gate": False}))(BUSINESS_EN, published_at=DAY)
    assert "cut ties" in _triggers(doc), "the gate, not some other rule, drops the retailers' broken ties"


def test_a_business_page_keeps_the_police_the_minister_and_the_rebels():
    doc = full(MIXED_EN, published_at=DAY)
    evs = _events(doc)
    assert any(e[0][:2] == "18" and (e[1] or "").endswith("COP") for e in evs), evs
    assert any(e[0] == "040" and (e[1] or "").endswith("GOV") for e in evs), evs
    assert any(e[0][:2] == "19" and e[1] == "REB" for e in evs), evs
    assert "defect" not in _triggers(doc)


def test_news_keeps_its_actors_events():
    for text, root, src in (("Rebels attacked the convoy.\n", "19", "REB"),
                            ("Police attacked protesters outside the factory.\n", "18", "COP"),
                            ("The minister met the chief executive of the company.\n", "04", "GOV")):
        doc = full(text, published_at=DAY)
        assert any(e.cameo[:2] == root and (e.source_code or "").endswith(src) for e in doc.events), _events(doc)


def test_a_battle_against_overcrowding_is_no_fight_on_a_news_page():
    doc = full("The mayor said Venice was fighting a losing battle against overcrowding.\n", published_at=DAY)
    assert not [e for e in doc.events if e.root == "19"], _events(doc)
    doc = full("The union called the law an attack on the right to strike.\n", published_at=DAY)
    assert not [e for e in doc.events if e.trigger == "attack"], _events(doc)


def test_real_battles_and_attacks_stay():
    for text in ("Rebels are fighting a battle against the army near the border.\n",
                 "Troops launched an attack on the right bank of the river.\n",
                 "The government launched an attack on the rebels.\n"):
        doc = full(text, published_at=DAY)
        assert [e for e in doc.events if e.root == "19"], (text, _events(doc))


def test_the_defect_after_a_determiner_is_a_fault_not_a_defection():
    doc = full("The ministry ordered the company to report on the defect within 30 days.\n", published_at=DAY)
    assert "defect" not in _triggers(doc), _events(doc)
    doc = full("Two officers defect to the rebels.\n", published_at=DAY)
    assert any(e.cameo == "120" and e.trigger == "defect" for e in doc.events), _events(doc)


def test_the_train_and_the_best_after_a_determiner_are_no_acts():
    doc = full("Officials said the train from Sofia arrived late and the best seats were taken.\n", published_at=DAY)
    assert not _triggers(doc) & {"train", "best"}, _events(doc)
    doc = full("The army will train the troops.\n", published_at=DAY)
    assert any(e.cameo == "030" for e in doc.events), _events(doc)
