"""A target phrase going on with "in + place" takes the place's country (events._target_place_phrase),
but an international actor (UN, Red Cross, an NGO) stays international: no "IRQIGOUNO" codes."""
from marsad.pipeline import Pipeline

_P: dict = {}


def _events(text):
    if "p" not in _P:
        _P["p"] = Pipeline()
    return [e for e in _P["p"](text, published_at="2020-01-01").events if e.plover_type == "ASSAULT"]


def test_international_target_keeps_its_code():
    evs = _events("وهاجم مسلحون مقر الأمم المتحدة في بغداد أمس.")
    assert evs and all(e.target_code == "IGOUNO" and e.target_country is None for e in evs), \
        [(e.target_code, e.target_country, e.rule) for e in evs]


def test_ngo_target_keeps_its_code():
    evs = _events("وهاجم مسلحون قافلة للصليب الأحمر في دارفور أمس.")
    assert evs and all(not e.target_code.startswith("SDN") and e.target_country is None for e in evs), \
        [(e.target_code, e.target_country, e.rule) for e in evs]
