"""Session 17, ENG (own sentences): English coding gaps of the article gold.

- An active summons after "lodged a protest with X" / "protested to X": the summons' object is its target (a
  preposition's object before the verb is no subject of it), and the summons is an act of its own beside the
  protest (``passive_summons.summons_verb`` in ``_dedupe`` and ``merge_repeats``).
- "the treaty would apply if … came under an armed attack": the attack of a clause's condition is no event
  (``marsad.coding.treaty_if``).
- "KFOR … patrolled.  Its commander met …": the named body opening the sentence before is the source
  (``marsad.coding.possessive_body_en``).
- A one-sentence paragraph ending with ". (Some Capitalised Name)" is a caption (``caption_tail_credit``).
- "invited … to talks", "to discuss a ceasefire", "committed to the truce": a topic, no event (``content_noun_en``).
- "would continue until the government withdrew the plan": the end point set, no event (``until_clause_en``).
- "our free app", "free and fair elections": "free" as an adjective is no release (``noun_compound_en.tsv``).
- "had broken its promise", "subsidies that threatened jobs": no pledge, no threat (``noun_compound_en.tsv``).
- "would respond firmly to any aggression": an announced threat (13; cond ``respond_attack``, ``threat_if``); the
  generic "every / any attack" is no attack.
"""
from __future__ import annotations

from functools import partial

import pytest

from events_helpers import coded_rows, segment_kinds
from marsad.pipeline import Pipeline

PUB = "2026-03-18"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


_evs = partial(coded_rows, published_at=PUB)


# ----------------------------------------------------------------------------- 1. active summons after a protest
@pytest.mark.parametrize("text, summons", [
    ("HANOI, March 17 - Vietnam lodged a protest with Beijing on Tuesday and summoned the Chinese ambassador.",
     "summoned the Chinese ambassador"),
    ("HANOI, March 17 - Vietnam lodged a formal protest with Beijing and summoned China's ambassador on Tuesday.",
     "summoned China's ambassador"),
    ("HANOI, March 17 - Vietnam protested to Beijing on Tuesday and summoned China's deputy ambassador.",
     "summoned China's deputy ambassador"),
])
def test_active_summons_after_a_protest_keeps_its_target(pipe, text, summons):
    evs = _evs(pipe, text, "114")
    assert ("114", summons, "VNM", "CHNGOV") in evs
    assert len(evs) == 2


def test_summons_alone_is_one_event(pipe):
    # guard: a summons with no protest beside it is one 114, as before
    text = "HANOI, March 17 - Vietnam summoned the Chinese ambassador on Tuesday over the collision."
    assert _evs(pipe, text, "114") == [("114", "summoned the Chinese ambassador", "VNM", "CHNGOV")]


def test_summons_told_again_in_a_later_sentence_stays_one(pipe):
    # guard: the own-act exception is for a summons beside another 114 of its sentence, not for a retelling
    text = ("HANOI, March 17 - Vietnam summoned China's ambassador on Monday over the collision. The foreign "
            "ministry said Vietnam summoned China's ambassador on Monday to protest the ramming.")
    assert len(_evs(pipe, text, "114")) == 1


# ----------------------------------------------------------------------------- 2. a treaty clause's condition
@pytest.mark.parametrize("text", [
    "TOKYO, March 17 - Washington has said the treaty would apply if Japanese forces came under an armed attack "
    "near the islands.",
    "TOKYO, March 17 - Officials said the guarantee would cover the islands if Japan's coast guard was attacked there.",
    "VILNIUS, March 17 - The minister said the alliance's defence clause would be triggered if Russian troops "
    "attacked Lithuania.",
])
def test_attack_in_a_treaty_condition_is_no_event(pipe, text):
    assert [e for e in pipe(text, published_at=PUB).events if e.root in ("18", "19", "20")] == []


@pytest.mark.parametrize("text, actor", [
    # guards: a threat's condition (session 15) and an attack hedged by "if" with no applying verb stay
    ("KABUL, March 17 - The army said it would respond forcefully if Taliban fighters attacked its posts again.",
     "attacked"),
    ("GOMA, March 17 - Rwandan-backed rebels attacked the town of Sake on Monday, if local reports are true.",
     "attacked"),
])
def test_attack_after_if_without_an_applying_verb_stays(pipe, text, actor):
    assert [e.trigger for e in pipe(text, published_at=PUB).events if e.root == "19"] == [actor]


# ----------------------------------------------------------------------------- 3. "Its commander" after a named body
@pytest.mark.parametrize("text, code, source", [
    ("PRISTINA, March 17 - KFOR, the NATO mission in Kosovo, increased patrols near the border on Monday. Its "
     "commander met local Serb leaders in Zubin Potok.", "040", "IGOWSTNATMIL"),
    ("MOGADISHU, March 17 - The African Union mission in Somalia said it had pushed back an assault near the "
     "airport. Its spokesman accused the insurgents of firing on civilians.", "112", "IGOAFRAFUMIL"),
    ("PRISTINA, March 17 - KFOR, the NATO mission in Kosovo, increased patrols near the border on Monday, and its "
     "commander met local Serb leaders in Zubin Potok.", "040", "IGOWSTNATMIL"),
])
def test_its_head_after_a_named_body_takes_the_body(pipe, text, code, source):
    evs = [e for e in pipe(text, published_at=PUB).events if e.cameo == code]
    assert [e.source_code for e in evs] == [source]
    assert ":poss-body" in evs[0].rule


@pytest.mark.parametrize("text, code", [
    # guards: a country before (its army speaks for the country through other rules), a person before ("his"),
    # a body that does not open the sentence before
    ("PRISTINA, March 17 - Prime Minister Albin Kurti toured the north on Monday. His spokesman condemned the "
     "attack on the police.", "111"),
    ("MOGADISHU, March 17 - Heavy fighting near the airport was reported by the African Union mission in Somalia. "
     "Its spokesman accused the insurgents of firing on civilians.", "112"),
])
def test_its_head_without_an_opening_body_is_not_guessed(pipe, text, code):
    evs = [e for e in pipe(text, published_at=PUB).events if e.cameo == code]
    assert evs and all(":poss-body" not in e.rule for e in evs)


# ----------------------------------------------------------------------------- 4. a caption by its shape
_kinds = partial(segment_kinds, published_at=PUB)


_HEAD = "Moldova expels Russian diplomat\n\nCHISINAU, March 17 - Moldova expelled a Russian diplomat on Monday.\n\n"


def test_one_sentence_line_with_a_bracketed_name_is_a_caption(pipe):
    cap = "Police officers stand outside the Russian embassy in Chisinau on Monday. (Moldovan Interior Ministry)"
    segs, d = _kinds(pipe, _HEAD + cap + "\n\nRussia condemned the decision.")
    assert ("caption", cap) in segs
    assert not [e for e in d.events if e.segment_kind == "body" and e.trigger_start >= len(_HEAD)
                and e.trigger_start < len(_HEAD) + len(cap)]


@pytest.mark.parametrize("line", [
    # guards: a body line with its source after a speech verb, two sentences, an acronym in brackets
    "Russia recalled its ambassador from Chisinau on Monday, the ministry said. (Moldovan Interior Ministry)",
    "Russia recalled its ambassador on Monday. It denied the charges. (Moldovan Interior Ministry)",
    "Russia recalled its ambassador from Chisinau on Monday, its foreign intelligence service (SVR) said.",
])
def test_body_lines_ending_in_brackets_stay_body(pipe, line):
    segs, _ = _kinds(pipe, _HEAD + line + "\n\nRussia condemned the decision.")
    assert ("body", line) in segs


# ----------------------------------------------------------------------------- 5. a cooperation noun as a topic
@pytest.mark.parametrize("text, noun", [
    ("ROME, March 17 - The labour minister invited the rail unions to talks on Thursday.", "talks"),
    ("ADDIS ABABA, March 17 - Army officers from both sides are due to meet on Friday to discuss a ceasefire.",
     "ceasefire"),
    ("KINSHASA, March 17 - The foreign minister said Congo remained committed to the truce.", "truce"),
    ("CAIRO, March 17 - The Egyptian foreign minister said Cairo was following the negotiations closely.",
     "negotiations"),
])
def test_topic_noun_is_no_event(pipe, text, noun):
    assert [e.trigger for e in pipe(text, published_at=PUB).events if e.trigger == noun] == []


@pytest.mark.parametrize("text, noun", [
    # guards: a noun that is itself the happening
    ("ADDIS ABABA, March 17 - Ethiopia and Eritrea agreed to a ceasefire on Monday.", "ceasefire"),
    ("ROME, March 17 - Talks between the government and the rail unions collapsed on Thursday.", "Talks"),
])
def test_noun_that_is_the_happening_stays(pipe, text, noun):
    assert {e.trigger for e in pipe(text, published_at=PUB).events if e.trigger == noun} == {noun}


# ----------------------------------------------------------------------------- 6. "until" under a future or a vow
@pytest.mark.parametrize("text, trigger", [
    ("ROME, March 17 - The rail unions warned that the strikes would go on until the government scrapped the "
     "pension plan.", "scrapped"),
    ("KHARTOUM, March 17 - The army chief vowed to keep fighting until the paramilitaries were defeated.", "defeated"),
])
def test_act_of_an_until_clause_under_a_future_is_no_event(pipe, text, trigger):
    assert [e for e in pipe(text, published_at=PUB).events if e.trigger.startswith(trigger)] == []


def test_until_in_a_past_sequence_stays(pipe):
    # guard: no future or vow before "until": the act after it happened
    text = "KHARTOUM, March 17 - Fighting went on for hours until the army recaptured the bridge on Monday."
    assert [e.cameo[:2] for e in pipe(text, published_at=PUB).events if e.trigger.startswith("recaptured")] == ["19"]


# ----------------------------------------------------------------------------- 7. "free" as an adjective
@pytest.mark.parametrize("text", [
    "Readers can download our free app for daily news updates.",
    "The opposition called for free and fair elections in the spring.",
])
def test_free_as_an_adjective_is_no_release(pipe, text):
    assert [e for e in pipe(text, published_at=PUB).events if e.cameo == "0841"] == []


def test_free_as_a_verb_stays(pipe):
    # guard: the verb with its object
    text = "BAMAKO, March 17 - Gunmen agreed on Monday to free the two kidnapped aid workers."
    assert [e.trigger for e in pipe(text, published_at=PUB).events if e.cameo == "0841"] == ["free"]


# ----------------------------------------------------------------------------- 8. "its promise", "threatened jobs"
@pytest.mark.parametrize("text, code", [
    ('BANGKOK, March 17 - "They have broken their promise again," the Thai army spokesman told reporters.', "030"),
    ("BRUSSELS, March 17 - The Commission said cheap imports threatened jobs across the region.", "130"),
])
def test_possessed_promise_and_economic_threat_are_no_event(pipe, text, code):
    assert [e for e in pipe(text, published_at=PUB).events if e.cameo == code] == []


@pytest.mark.parametrize("text, code", [
    # guards: an actor threatened, a promise made
    ("BAMAKO, March 17 - Militants threatened the villagers of Diafarabe on Monday.", "130"),
    ("KYIV, March 17 - Poland promised Kyiv on Monday that the border would stay open.", "030"),
])
def test_threat_and_promise_with_an_actor_stay(pipe, text, code):
    assert [e.cameo for e in pipe(text, published_at=PUB).events if e.cameo == code] == [code]


# ----------------------------------------------------------------------------- 9. "will respond to any aggression"
@pytest.mark.parametrize("text, source", [
    ("TEHRAN, March 17 - Iran said it would respond firmly to any aggression against its territory.", "IRN"),
    ("BANGKOK, March 17 - Thailand will respond to every attack on its territory, the army said.", "THA"),
])
def test_announced_response_to_attacks_is_a_threat(pipe, text, source):
    evs = [e for e in pipe(text, published_at=PUB).events if e.root in ("13", "18", "19", "20")]
    assert [(e.root, e.source_code) for e in evs] == [("13", source)]   # (the generic "any / every attack": none)


@pytest.mark.parametrize("text", [
    # guards: a response told in the past is no threat; a response to a letter is none
    "GOMA, March 17 - The army responded to the attack on Monday by shelling rebel positions near Sake.",
    "KINSHASA, March 17 - The ministry did not respond to a request for comment.",
])
def test_past_or_non_attack_response_is_no_threat(pipe, text):
    assert [e for e in pipe(text, published_at=PUB).events if e.root == "13"] == []
