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
