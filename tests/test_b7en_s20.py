"""Session 20, B7EN: English trigger rows of the seventh blind test's misses (own wire sentences) and their guards.

turned back planes / flights (1245, as "denied landing"), ordered (visa) restrictions (172) / sanctions (163),
cancelled X's cultural events / concerts (160), suspended a visit (160), announced tariffs (163), threatened tariffs
(1312), regretted the deaths (018, empathetic comment; "regretted X's decision" stays 110).  An object after
"ordered X to <verb>" is the infinitive's, not the verb's.  See marsad/data/coding/README.md, "Session 20, B7EN".
"""
from __future__ import annotations

import pytest

from events_helpers import full, show

PUB = "2026-05-10"

CASES = [
    ("CARACAS, May 9 - Venezuela turned back three US charter flights carrying migrants on Saturday.", "1245", "VEN", "USA"),
    ("PANAMA CITY, May 9 - Panama turned back two Nicaraguan planes at Tocumen airport on Friday.", "1245", "PAN", None),
    ("OTTAWA, May 9 - Canada ordered visa restrictions on senior Iranian officials on Thursday.", "172", "CAN", "IRNGOV"),
    ("WARSAW, May 9 - Poland cancelled all Belarusian concerts in the country on Monday.", "160", "POL", "BLR"),
    ("VILNIUS, May 9 - Lithuania cancelled Russian cultural events in Vilnius on Monday.", "160", "LTU", "RUS"),
    ("BUDAPEST, May 9 - Hungary suspended a planned visit by the Ukrainian foreign minister on Tuesday.",
     "160", "HUN", "UKRGOV"),
    ("MEXICO CITY, May 9 - Mexico announced 20 percent tariffs on Chinese steel on Friday.", "163", "MEX", "CHN"),
    ("BEIJING, May 9 - China threatened retaliatory tariffs on Canadian goods on Monday.", "1312", "CHN", "CAN"),
    ("MOSCOW, May 9 - The Kremlin said it regretted the deaths of the two Kazakh students.", "018", "RUSGOV", None),
    ("TEHRAN, May 9 - Tehran regretted the decision of the European Union to list the guards.", "110", "IRNGOV",
     "IGOEUREEC"),
    ("QUITO, May 9 - Ecuador ordered its trade minister to raise tariffs on Peruvian imports on Monday.", "163", "ECUGOV",
     "PER"),
]


@pytest.mark.parametrize("text,cameo,src,tgt", CASES)
def test_row(text, cameo, src, tgt):
    doc = full(text, published_at=PUB)
    hits = [e for e in doc.events if e.cameo.startswith(cameo) and e.source_code == src
            and (tgt is None or e.target_code == tgt) and not e.negated]
    assert hits, show(doc)


GUARDS = [
    # (sentence, code prefixes that must not be coded)
    ("LONDON, May 9 - The coach turned back the clock with a young side on Saturday.", ("12",)),
    ("LONDON, May 9 - Organisers cancelled the events in the capital because of the storm.", ("16",)),
    ("LONDON, May 9 - The company announced record profits on Friday.", ("16",)),
    ("NAIROBI, May 9 - The president ordered the police to ease restrictions on the capital's markets.", ("172",)),
    ("MOSCOW, May 9 - The Kremlin said it regretted the deaths of the two Kazakh students.", ("11",)),
]


@pytest.mark.parametrize("text,prefixes", GUARDS)
def test_guard(text, prefixes):
    doc = full(text, published_at=PUB)
    for e in doc.events:
        assert not e.cameo.startswith(prefixes), show(doc)


def test_ordered_to_raise_is_not_the_ordering():
    """'ordered X to raise tariffs': the tariffs are the infinitive's object; 'ordered' keeps its directive (100)."""
    doc = full("QUITO, May 9 - Ecuador ordered its trade minister to raise tariffs on Peruvian imports on Monday.",
               published_at=PUB)
    ordered = [e for e in doc.events if e.trigger.split()[0] == "ordered"]
    assert ordered and all(e.cameo == "100" for e in ordered), show(doc)


def test_threatened_to_impose_is_one_threat():
    """'threatened to impose sanctions': the infinitive's row codes it once (1312, asserted), the threaten + sanctions
    row does not add a second copy."""
    doc = full("DOHA, May 9 - Qatar threatened to impose sanctions on France on Monday.", published_at=PUB)
    got = [e for e in doc.events if e.cameo == "1312"]
    assert len(got) == 1 and got[0].source_code == "QAT" and got[0].target_code == "FRA", show(doc)


def test_he_after_title_name_apposition():
    """'Peru's foreign minister, Elmer Schialer, said …  He denied that …': the title and the name in apposition are
    one person opening the sentence before, not the last speaker (the White House)."""
    doc = full("LIMA, May 9 - The White House said Peru had agreed to all of the terms. Peru's foreign minister, Elmer "
               "Schialer, said the dispute had been overcome. He denied that Lima had accepted the use of US military "
               "aircraft.", published_at=PUB)
    denied = [e for e in doc.events if e.trigger == "denied"]
    assert denied and denied[0].source_code == "PERGOV", show(doc)


def test_he_after_two_persons_keeps_none():
    """Guard: two persons opening the sentence before, not in apposition ("A and B met …"): no opening person."""
    doc = full("LIMA, May 9 - The White House said Peru had agreed to all of the terms. Peru's foreign minister and "
               "Chile's foreign minister met in Santiago on Monday. He denied that Lima had accepted the terms.",
               published_at=PUB)
    denied = [e for e in doc.events if e.trigger == "denied"]
    assert denied and denied[0].source_code not in ("PERGOV", "CHLGOV"), show(doc)


MINISTRY = ("TBILISI, May 9 - Georgia summoned Russia's ambassador on Monday after two Georgian truck drivers died in "
            "custody in the Russian city of Rostov. The foreign ministry handed the envoy a protest note and demanded "
            "that Moscow punish those responsible.")


def test_the_foreign_ministry_is_the_story_subject():
    doc = full(MINISTRY, published_at=PUB)
    got = [e for e in doc.events if e.trigger == "demanded"]
    assert got and got[0].source_code == "GEOGOV" and got[0].target_code == "RUSGOV", show(doc)


def test_the_ministry_not_of_the_target():
    """Guard: the ministry's event targets the country of the story's last subject: no copy of that country."""
    doc = full("MOSCOW, May 9 - Russia expelled two Georgian diplomats on Monday. The foreign ministry demanded that "
               "Russia reverse the decision.", published_at=PUB)
    got = [e for e in doc.events if e.trigger == "demanded"]
    assert got and got[0].source_code != "RUSGOV", show(doc)


def test_crowd_outside_embassy_takes_the_city_country():
    doc = full("LONDON, May 9 - Small groups of protesters gathered outside the French embassy in Lima on Sunday "
               "evening.", published_at=PUB)
    got = [e for e in doc.events if e.cameo.startswith("14")]
    assert got and got[0].source_code == "PERCVL" and got[0].target_code == "FRA", show(doc)


def test_crowd_in_two_countries_keeps_none():
    """Guard: places of two countries in the sentence: the crowd's country is not guessed from them."""
    doc = full("LONDON, May 9 - Protesters gathered outside the French embassy in Lima and in Santiago on Sunday.",
               published_at=PUB)
    got = [e for e in doc.events if e.cameo.startswith("14")]
    assert got and got[0].source_code not in ("PERCVL", "CHLCVL"), show(doc)
