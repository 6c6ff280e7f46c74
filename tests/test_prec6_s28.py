"""Session 28 PREC6: a local crime page (our own sentences).

A police / court report (a stabbing, a robbery, detectives, magistrates: ``domain.tsv`` role ``crime``) tells of acts
between nobody that the word-by-word coder reads as events: "officers are still searching for the driver" (090),
"after she asked the men to leave" (020), "called for more patrols" (150), "was attacked after a row" (190 by nobody).
On such a page an event with no political side is dropped unless it is a crime (18), an arrest or a charge (17) or a
protest (14): ``domain.private_gate``.
"""
from marsad.model import Document
from marsad.pipeline import Pipeline

CRIME_PAGE = (
    "Cyclist stabbed in Norwich robbery as detectives question two men\n\n"
    "NORWICH (Wire) - A 42-year-old cyclist was stabbed in the leg during a robbery on Riverside Road on Friday "
    "evening, Norfolk Police said.\n\n"
    "Detectives said two men on a moped took his phone and wallet at knifepoint before riding off towards the "
    "station. CCTV footage from a nearby shop is being examined.\n\n"
    "Police later arrested a 23-year-old man in Thorpe on suspicion of robbery. Officers are still searching for "
    "the moped's driver.\n\n"
    "The victim was attacked after he asked the pair to move out of the cycle lane, a witness told local radio.\n\n"
    "Councillor Anne Whitby called for more patrols along the river after dark.\n\n"
    "A 19-year-old woman was charged with burglary on Saturday and will appear before magistrates next week."
)

POLICE_PROTEST = (
    "Police in Santiago arrested 40 protesters on Thursday after clashes outside the presidential palace, the "
    "interior ministry said. Officers fired tear gas as demonstrators threw stones. Human rights groups called "
    "for an investigation into the arrests."
)


def _events(text, pub="2026-04-12"):
    doc = Document.from_text(text, published_at=pub)
    Pipeline()(doc)
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_crime_page_acts_between_nobody_dropped():
    evs = _events(CRIME_PAGE)
    trig = [t for t, *_ in evs]
    assert not any("searching" in t for t in trig), evs
    assert not any("asked" in t for t in trig), evs
    assert not any("patrols" in t for t in trig), evs
    assert not any(t == "attacked" and c.startswith("19") for t, c, *_ in evs), evs


def test_crime_page_keeps_arrests_and_crimes():
    evs = _events(CRIME_PAGE)
    assert any(t == "arrested" and c.startswith("17") for t, c, *_ in evs), evs
    assert any(t == "stabbed" and c.startswith("18") for t, c, *_ in evs), evs


def test_political_police_page_untouched():
    # no crime cues: a protest page with the police keeps its events
    evs = _events(POLICE_PROTEST)
    assert any(c.startswith("17") for _, c, *_ in evs), evs
    assert any(t == "investigation" and c.startswith("09") for t, c, *_ in evs), evs
