"""The span scorer reads the country part of a non-state actor from the actor tables' non-state top codes:
a Kurdish (KUR) or regional (EUR) actor matches a gold KUR / EUR, as IGO / IMG already did; a sector code alone
(MIL) has no country part."""
from marsad.eval.events import _ev_country
from marsad.model import Event


def _ev(code, country=None):
    return Event(id="e", sentence=0, sentence_start=0, sentence_end=1, trigger_start=0, trigger_end=1,
                 trigger="x", cameo="190", root="19", quad_class=4, goldstein=-10.0,
                 plover_type="ASSAULT", source_code=code, source_country=country)


def test_ethnic_and_regional_tops_are_country_parts():
    assert _ev_country(_ev("KURUAF"), "source") == "KUR"
    assert _ev_country(_ev("EURGOV"), "source") == "EUR"
    assert _ev_country(_ev("IGOUNO"), "source") == "IGO"


def test_state_country_and_bare_sector():
    assert _ev_country(_ev("SYRMIL", "SYR"), "source") == "SYR"
    assert _ev_country(_ev("MIL"), "source") is None
