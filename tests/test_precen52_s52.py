"""Session 52, PRECEN52: English extras cut (our own sentences, news style)."""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline()


def _events(text):
    return _PIPE(text, published_at="2025-05-01").events


def _triggers(text):
    return [e.trigger for e in _events(text)]


def test_demanded_noun_with_no_actor_is_no_event():
    # the investigation is what is called for: the call (020, the lawyers' body) is the event
    text = ("The Law Society of Kenya said on Tuesday it was alarmed by the shootings and called for an independent "
            "investigation into the deaths.")
    assert "investigation" not in _triggers(text)
    assert "called" in _triggers(text)


def test_negated_noun_with_no_actor_is_no_event():
    text = "Police said the rally in Nairobi was peaceful and that no arrests had been made."
    assert "arrests" not in _triggers(text)
    assert "rally" in _triggers(text)


def test_guard_noun_with_an_actor_stays():
    # guard (passes on the start tree too): a noun event that names its actor is kept
    evs = _events("Farmers' protests over fuel prices spread to Lyon on Thursday.")
    assert any(e.trigger == "protests" and e.source_code for e in evs)


def test_guard_verb_with_unnamed_actors_stays():
    # guard: the rule is for noun triggers only
    assert "killed" in _triggers("Three people were killed in a blast in a market in Kabul on Sunday, police said.")


def test_one_sided_mutual_reference_is_no_event():
    # the talks are the blamed collapse's setting, with one party named: no meeting record
    text = ("Rwanda's foreign ministry said the build-up was a serious threat and blamed Kinshasa for the collapse of "
            "regional peace talks.")
    assert "talks" not in _triggers(text)
    assert "blamed" in _triggers(text)


def test_one_sided_ceasefire_reference_is_no_event():
    text = "A Malaysian government spokesman urged Bangkok to respect the ceasefire agreed in Kuala Lumpur."
    assert "ceasefire" not in _triggers(text)


def test_guard_current_mutual_noun_with_one_party_stays():
    # guard: a current declaration of a ceasefire by one party is its act
    evs = _events("Putin on Monday also declared a three-day ceasefire from May 8.")
    assert any(e.trigger == "ceasefire" and e.source_code == "RUSGOV" for e in evs)


def test_verb_row_read_as_noun_with_no_actor_is_no_event():
    # "the defeat" / "the shooting": a verb row's word after a determiner is a verbal noun, here naming no one
    assert "defeat" not in _triggers("The far-right party demanded a new election after the defeat, saying it showed "
                                     "the coalition was weak.")
    text = "Police said two men were arrested after the shooting near the stadium."
    assert "shooting" not in _triggers(text)
    assert "arrested" in _triggers(text)


def test_reference_with_agent_only_is_no_event():
    # "its attacks": the accusation's background, with no one attacked
    text = "A Hamas spokesman accused Israel of looking for excuses to resume its attacks."
    assert "attacks" not in _triggers(text)
    assert "accused" in _triggers(text)


def test_force_threatened_in_a_warning_clause_is_the_warning():
    text = "The gang leader warned in a video that his men would attack any foreign troops who entered their district."
    evs = _events(text)
    assert [e.trigger for e in evs] == ["warned"]
    assert evs[0].root == "13"
    evs = _events("Iran's Revolutionary Guards warned Washington that any retaliation would be met with strikes on "
                  "American bases in the region.")
    assert [e.trigger for e in evs] == ["warned"]


def test_guard_warning_about_another_state_keeps_its_attack():
    # guard (as tests/test_b9en2_s22.py): another state's attack is no content of the warner's threat
    evs = _events("Jordan warned on Sunday that Syria would attack the border town.")
    assert any(e.cameo == "138" and e.source_country == "SYR" for e in evs)
