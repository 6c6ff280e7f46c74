"""Session 44 (helper gapen44): English extras of the in-sample gold, our own sentences.

1. A trigger word that names a thing, not a happening, is no event (``noun_compound_en.tsv``): the first noun of a
   compound ("fired warning shots", "a parade ground", "the murder rate", "monitoring groups said", "its sanction
   laws", "the pirate flag", "Departing flights"), or a noun after a word that makes it one ("two flying objects", "a
   leg wound", "weather research", "deployed warheads", "cost overruns", "a guest of honour", "a stab in the back",
   "they had bombs").
2. Bare PETRARCH2 verbs that name a judgement or a skill are no event (``drop_en.txt``: "hugely exaggerated",
   "examined by doctors", "managed to reach", "who organised on a messaging app"); a trip names where it goes
   ("travel to Rome" stays; "travelling by car", "travelled on forged passports", "avoid travel" code no trip:
   ``noun_compound_en.tsv`` verb_next).
3. A headline's ceasefire (0871) is the body's agreement (030) of the same pair told short: "Ethiopia and Eritrea
   agree to ceasefire" over "… agreed on Sunday to stop all firing" is one happening (``retold._AGREEMENT_PAIRS``).
4. A rally as the setting of a speech or a trip is no protest event ("told a rally on Sunday that …", "on his way to a
   rally", "after addressing a rally", "at a street rally"; ``fight_setting_en.tsv`` rally kinds); "held / staged /
   attended a rally" stay.
5. A fight that an act stops or ends ("agreed to stop all firing", "pledging to end decades of conflict") is no new
   fight event (``fight_setting_en.tsv`` openers stop / end / halt / decades of).
6. "waived the aid cuts", "allow aid convoys" (the first noun of a compound), "greeted the plan with caution" (the noun)
   code no aid and no warning; "hurled / threw flares and stones at police lines" is one throw (145; ``manual_en.tsv``
   hurl + the throw rows' first objects) whose things are no stoning (``thrown_objects_en``: a verb that opens its
   trigger), and "clashed with police, throwing stones" keeps its clash (only a word after the throw is its object).
7. A noun after a determiner or its own modifier names a thing told of (``noun_compound_en.tsv``): "a claim the students
   reject", "a social media ban", "holds a veto", "did not believe the promise", "warning signals", "a $5 million
   reward", "over looting", "easing curbs", "self-imposed exile", "the sentence should deter", "fled house arrest";
   "no ransom demand", "the delay had been a blow", "the concessions", "the consent of", "brought the debate
   forward", "an audit by", "his decree designated"; "banned imports", "imposed a ban", "vetoed the resolution",
   "demanded a ransom", "debated the bill" stay.
"""
import pytest

from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 a thing, not a happening
@pytest.mark.parametrize("text,word", [
    ("CAIRO, May 5 - Soldiers fired warning shots near the border post on Sunday, the army said.", "warning"),
    ("CAIRO, May 5 - The ceremony on Sunday was held at a parade ground in the capital and broadcast on state "
     "television.", "parade"),
    ("CAIRO, May 5 - The city's murder rate has doubled since 2020, the police chief said on Sunday.", "murder"),
    ("CAIRO, May 5 - Internet access was cut across the north on Sunday, monitoring groups said.", "monitoring"),
    ("CAIRO, May 5 - The senator said on Sunday that Washington would review its sanction laws after the coup.",
     "sanction"),
    ("CAIRO, May 5 - Thousands of students marched on Sunday, many waving the pirate flag of a popular cartoon.",
     "pirate"),
    ("CAIRO, May 5 - Departing flights were grounded at the main airport on Sunday after the strike.", "Departing"),
    ("CAIRO, May 5 - The air force said it had shot down two flying objects over the north on Sunday.", "objects"),
    ("CAIRO, May 5 - A student who was treated for a leg wound said police had fired on the crowd on Sunday.",
     "wound"),
    ("CAIRO, May 5 - The ministry said on Sunday the balloon had been used for weather research.", "research"),
    ("CAIRO, May 5 - Moscow said on Sunday it would keep to the treaty's limits on deployed warheads.", "deployed"),
    ("CAIRO, May 5 - The frigate programme has been hit by delays and cost overruns, the ministry said on Sunday.",
     "overruns"),
    ("CAIRO, May 5 - The Egyptian minister addressed the summit on Sunday as a guest of honour.", "honour"),
    ("CAIRO, May 5 - The president called the walkout \"a stab in the back\" on Sunday.", "stab"),
    ("CAIRO, May 5 - Police said on Sunday the gunmen had shouted that they had bombs.", "bombs"),
    # (6)
    ("CAIRO, May 5 - The United States waived the aid cuts that usually follow, officials said on Sunday.", "aid"),
    ("CAIRO, May 5 - The UN chief urged the army on Sunday to allow aid convoys to reach the besieged town.", "aid"),
    ("CAIRO, May 5 - European capitals greeted the plan with caution on Sunday.", "caution"),
    # (7)
    ("CAIRO, May 5 - The minister said on Sunday that foreign agents fund the movement, a claim the students reject.",
     "claim"),
    ("CAIRO, May 5 - Thousands marched on Sunday against a social media ban, police said.", "ban"),
    ("CAIRO, May 5 - The rebels said they had seized the ship because its owner ignored a ban on entering their ports.",
     "ban"),
    ("CAIRO, May 5 - Diplomats said on Sunday that China, which holds a veto, would block the statement.", "veto"),
    ("CAIRO, May 5 - Many residents said on Sunday they did not believe the promise and would leave the town.",
     "promise"),
    ("CAIRO, May 5 - \"There is no more time to send warning signals,\" the general said on Sunday.", "signals"),
    ("CAIRO, May 5 - Washington offered a $5 million reward on Sunday for information on the bombers.", "reward"),
    ("CAIRO, May 5 - Soldiers arrested 27 people over looting in the capital on Sunday, the army said.", "looting"),
    ("CAIRO, May 5 - The president was praised for easing curbs on the media, rights groups said on Sunday.", "curbs"),
    ("CAIRO, May 5 - The cleric, who has lived in self-imposed exile in Paris since 1999, denied any role on Sunday.",
     "exile"),
    ("CAIRO, May 5 - The judge said on Sunday the sentence should deter others.", "sentence"),
    ("CAIRO, May 5 - The banker fled house arrest in Paris in 2022, prosecutors said on Sunday.", "arrest"),
    ("CAIRO, May 5 - No ransom demand had been made public by Sunday, police said.", "demand"),
    ("CAIRO, May 5 - The minister said on Sunday the delay had been a serious blow to the talks.", "delay"),
    ("CAIRO, May 5 - The concessions did not calm the streets on Sunday.", "concessions"),
    ("CAIRO, May 5 - The envoy said on Sunday that the consent of the host country had to be respected.", "consent"),
    ("CAIRO, May 5 - Lawmakers brought the debate forward on Sunday and voted to remove the governor.", "debate"),
    ("CAIRO, May 5 - An audit by the election board found serious fraud in the vote, officials said on Sunday.",
     "audit"),
    ("CAIRO, May 5 - The president ordered the army on Sunday to disarm militias that his decree designated as "
     "terrorist groups.", "decree"),
])
def test_a_thing_named_by_a_trigger_word_is_no_event(text, word):
    got, evs = _with(text, word, "2024-05-05")
    assert not got, _dump(evs)


@pytest.mark.parametrize("text,word,root", [
    ("CAIRO, May 5 - The army warned the rebels on Sunday that it would strike their camps.", "warned", "13"),
    ("CAIRO, May 5 - Troops patrolled the border villages on Sunday, the army said.", "patrolled", "15"),
    ("CAIRO, May 5 - Rebels overran two army posts in the north on Sunday, the army said.", "overran", "19"),
    # (7) a ban or a veto imposed
    ("CAIRO, May 5 - Russia banned imports of Georgian wine on Sunday.", "banned", "16"),
    ("CAIRO, May 5 - Russia imposed a ban on Georgian wine on Sunday.", "imposed", "17"),
    ("CAIRO, May 5 - Russia vetoed the draft resolution on Sunday.", "vetoed", "12"),
    ("CAIRO, May 5 - The kidnappers demanded a ransom on Sunday, police said.", "demanded", "10"),
    ("CAIRO, May 5 - Parliament debated the bill on Sunday.", "debated", "04"),
])
def test_the_verbs_of_those_words_stay(text, word, root):
    got, evs = _with(text, word, "2024-05-05")
    assert got and got[0].root == root, _dump(evs)


# ----------------------------------------------------------------------------- 2 roles, judgements, trips to nowhere
@pytest.mark.parametrize("text,word", [
    ("CAIRO, May 5 - The minister rejected the figure as hugely exaggerated on Sunday.", "exaggerated"),
    ("CAIRO, May 5 - The wounded officer was examined by doctors at a hospital in Giza on Sunday, police said.",
     "examined"),
    ("CAIRO, May 5 - \"This constitutes a grave breach of the truce,\" the minister said on Sunday.", "constitutes"),
    ("CAIRO, May 5 - Only 40 lawmakers managed to reach the chamber on Sunday before the vote.", "managed"),
    ("CAIRO, May 5 - The activists, who organised on a messaging app, marched to parliament on Sunday.", "organised"),
    ("CAIRO, May 5 - The drone hit the coast road on Sunday, killing a couple travelling by car.", "travelling"),
    ("CAIRO, May 5 - Police said on Sunday they were seeking two men who travelled on forged Canadian passports.",
     "travelled"),
    ("CAIRO, May 5 - The governor urged residents on Sunday to avoid travel during the storm.", "travel"),
])
def test_a_role_a_judgement_or_a_trip_to_nowhere_is_no_event(text, word):
    got, evs = _with(text, word, "2024-05-05")
    assert not got, _dump(evs)


def test_a_trip_to_a_capital_stays():
    got, evs = _with("CAIRO, May 5 - The foreign minister will travel to Rome on Monday for talks with his Italian "
                     "counterpart.", "travel", "2024-05-05")
    assert got and got[0].root == "03", _dump(evs)


# ----------------------------------------------------------------------------- 3 a headline ceasefire, a body agreement
def test_a_headline_ceasefire_is_the_body_agreement_told_short():
    text = ("Ethiopia and Eritrea agree to ceasefire after a week of border clashes\n\nADDIS ABABA, May 5 - Ethiopia "
            "and Eritrea agreed on Sunday to stop all firing along their border, officials said.")
    got, evs = _with(text, "ceasefire", "2025-05-05")
    agreed = [e for e in evs if e.trigger == "agreed"]
    assert not got and len(agreed) == 2, _dump(evs)
    head = text.index("ceasefire")
    assert all(any(s <= head < t for s, t in e.also_spans) for e in agreed), _dump(evs)


def test_a_body_ceasefire_and_another_pair_agreement_stay():
    text = ("Ethiopia and Eritrea agree to ceasefire after a week of border clashes\n\nADDIS ABABA, May 5 - Kenya "
            "and Uganda agreed on Sunday to open a new border crossing, officials said.")
    got, evs = _with(text, "ceasefire", "2025-05-05")
    assert got, _dump(evs)


# ----------------------------------------------------------------------------- 4 a rally as a setting
@pytest.mark.parametrize("text", [
    "CAIRO, May 5 - The opposition leader told a rally on Sunday that the vote had been stolen.",
    "CAIRO, May 5 - The opposition leader was arrested on Sunday on his way to a rally.",
    "CAIRO, May 5 - The opposition leader, who was detained on Sunday after addressing a rally in Giza, urged "
    "supporters to stay calm.",
    "CAIRO, May 5 - The opposition leader urged soldiers at a street rally in Giza on Sunday to refuse orders.",
])
def test_a_rally_as_a_setting_is_no_protest(text):
    got, evs = _with(text, "rally", "2024-05-05")
    assert not got, _dump(evs)


@pytest.mark.parametrize("text", [
    "CAIRO, May 5 - Thousands of people attended a rally in the capital on Sunday.",
    "CAIRO, May 5 - Another big rally in Giza on Sunday ended in clashes with police.",
])
def test_a_rally_told_as_a_happening_stays(text):
    got, evs = _with(text, "rally", "2024-05-05")
    assert got and got[0].root == "14", _dump(evs)


# ----------------------------------------------------------------------------- 5 a fight stopped or ended
@pytest.mark.parametrize("text,word", [
    ("ADDIS ABABA, May 5 (Marsad) - Ethiopia and Eritrea agreed on Sunday to stop all firing on land and in the air, "
     "ending three days of artillery exchanges.", "firing"),
    ("ADDIS ABABA, May 5 - The two armies agreed on Sunday to stop all firing on land and at sea.", "firing"),
    ("CAIRO, May 5 - The two ministers signed a deal in Nairobi on Sunday, pledging to end decades of conflict in the "
     "region.", "conflict"),
])
def test_a_fight_stopped_or_ended_is_no_fight(text, word):
    got, evs = _with(text, word, "2024-05-05")
    assert not got and evs, _dump(evs)


def test_a_fight_that_broke_out_stays():
    got, evs = _with("CAIRO, May 5 - Heavy fighting broke out in the north on Sunday, killing 12 soldiers.",
                     "fighting", "2024-05-05")
    assert got and got[0].root == "19", _dump(evs)


# ----------------------------------------------------------------------------- 6 aid cuts, caution, thrown things
# (aid cuts / convoys and "with caution": the cases at the end of test_a_thing_named_by_a_trigger_word_is_no_event)
def test_pledged_aid_stays():
    got, evs = _with("CAIRO, May 5 - Japan pledged $20 million in aid to Sudan on Sunday.", "pledged", "2024-05-05")
    assert got and got[0].root == "03", _dump(evs)


@pytest.mark.parametrize("text", [
    "CAIRO, May 5 - Youths hurled flares and stones at police lines in Giza on Sunday, witnesses said.",
    "CAIRO, May 5 - Youths threw flares and stones at police lines in Giza on Sunday, witnesses said.",
])
def test_thrown_flares_and_stones_are_one_throw(text):
    evs = _with(text, "x", "2024-05-05")[1]
    assert [e.cameo for e in evs if e.root != "01"] == ["145"] and evs[0].target_code == "EGYCOP", _dump(evs)


def test_a_clash_before_a_throw_stays():
    got, evs = _with("LIMA, May 5 - Hundreds of protesters clashed with police near Congress on Sunday evening, "
                     "throwing stones and fireworks.", "clashed", "2024-05-05")
    assert got and got[0].root == "19", _dump(evs)

