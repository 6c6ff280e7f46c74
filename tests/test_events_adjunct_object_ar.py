"""Round 8: the object of the aiming verb after a killing verb's adjunct attack noun is read across a time word
("قتل … في انفجار استهدف أمس سوقا في مدينة X" -> X's country), and سوقا is a facility word.
Sentences written for these tests."""
import marsad


def attacks(text):
    return [e for e in marsad.code(text, published_at="2024-03-01").events if e.plover_type == "ASSAULT"]


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


def test_object_after_a_time_word():
    evs = attacks("وقتل أربعة أشخاص في انفجار سيارة مفخخة استهدف أمس سوقا شعبيا في مدينة الموصل العراقية.")
    assert any(e.target_country == "IRQ" and ":tgt-object-place" in e.rule for e in evs), show(evs)


def test_market_object_without_time_word():
    evs = attacks("قتل عشرون شخصا في انفجار سيارة مفخخة استهدف سوقا في مدينة كركوك العراقية.")
    assert any(e.target_country == "IRQ" for e in evs), show(evs)


def test_place_of_happening_is_still_not_the_target():
    # the city where the blast happened is not what it aimed at (the object is the verb's, and there is none)
    evs = attacks("وقتل أربعة أشخاص أمس في انفجار سيارة مفخخة في مدينة الموصل العراقية.")
    assert not any(":tgt-object-place" in e.rule for e in evs), show(evs)
