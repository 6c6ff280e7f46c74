"""Session 21, HDL: English constructions left by STRE's structure audit (own sentences, news style)."""
from events_helpers import dump, full

PUB = "2023-05-10"


def test_target_noun_after_adjective_or_determiner():
    doc = full("Rebel fighters shelled military targets near the airport on Monday.", published_at=PUB)
    assert not [e for e in doc.events if e.cameo == "190" and doc.text[e.trigger_start:e.trigger_end] == "targets"], \
        dump(doc)
    doc = full("The ministry said the depot was a legitimate target.", published_at=PUB)
    assert not [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "target"], dump(doc)


def test_target_verb_guard():
    doc = full("Iran targets Israeli ships in the Gulf, officials said.", published_at=PUB)
    assert {(e.cameo, e.source_code, e.target_code) for e in doc.events} >= {("190", "IRN", "ISR")}, dump(doc)


def test_passive_noun_subject_takes_by_agent():
    doc = full("Tough new sanctions were imposed on Myanmar's generals by Canada on Thursday.", published_at=PUB)
    ev = [e for e in doc.events if e.cameo == "163"]
    assert ev and ev[0].source_code == "CAN" and (ev[0].target_code or "").startswith("MMR"), dump(doc)


def test_passive_noun_subject_guard_without_by():
    doc = full("Tough new sanctions were imposed on Myanmar's generals on Thursday.", published_at=PUB)
    ev = [e for e in doc.events if e.cameo == "163"]
    assert ev and ev[0].source_code is None, dump(doc)
    doc = full("The sanctions were criticised, Russia said.", published_at=PUB)
    assert not [e for e in doc.events if e.cameo == "163" and e.source_code], dump(doc)


def test_agreement_signed_by_two_parties():
    doc = full("A ceasefire deal was signed by Kyrgyzstan and Tajikistan in Bishkek on Tuesday.", published_at=PUB)
    pairs = {(e.cameo, e.source_code, e.target_code) for e in doc.events}
    assert {("057", "KGZ", "TJK"), ("057", "TJK", "KGZ")} <= pairs, dump(doc)


def test_noun_passive_of_another_act_guard():
    # "welcomed by X": X's own act (051), not the agent of the ceasefire
    doc = full("The ceasefire was welcomed by Kyrgyzstan and Tajikistan.", published_at=PUB)
    assert not [e for e in doc.events if e.cameo in ("057", "0871") and e.source_code in ("KGZ", "TJK")], dump(doc)
