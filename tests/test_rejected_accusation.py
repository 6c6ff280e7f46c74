"""Session 18 REJ: the target of rejecting or denying an accusation is the accuser (the source of the latest
accusation against the rejecter's country a few sentences before); none when there is no such accusation."""
from __future__ import annotations

from tests.events_helpers import find, full, show

_DAY = "2026-05-10"


def _one(doc, cameo: str, src: str):
    evs = find(doc, cameo, src=src)
    assert len(evs) == 1, show(doc)
    return evs[0]


def test_arabic_rejected_accusations_target_the_accuser():
    doc = full("اتهمت الحكومة الإثيوبية أمس إريتريا بدعم مسلحين في إقليم تيغراي. وفي المقابل، رفضت وزارة الإعلام "
               "الإريترية الاتهامات ووصفتها بأنها باطلة.", published_at=_DAY)
    ev = _one(doc, "12", "ERIGOV")
    assert ev.target_code == "ETHGOV" and ":tgt-accuser" in ev.rule, show(doc)


def test_arabic_denied_these_accusations_target_the_accuser():
    doc = full("اتهمت الحكومة الإثيوبية أمس إريتريا بدعم مسلحين في إقليم تيغراي. ونفت الحكومة الإريترية هذه الاتهامات.",
               published_at=_DAY)
    ev = _one(doc, "016", "ERIGOV")
    assert ev.target_code == "ETHGOV" and not ev.negated, show(doc)


def test_arabic_no_earlier_accusation_no_target_guard():
    doc = full("رفضت وزارة الإعلام الإريترية الاتهامات ووصفتها بأنها باطلة.", published_at=_DAY)
    assert _one(doc, "12", "ERIGOV").target_code is None, show(doc)


def test_arabic_accusation_against_another_country_not_taken_guard():
    doc = full("اتهمت الحكومة الإثيوبية أمس السودان بدعم مسلحين في إقليم تيغراي. ونفت الحكومة الإريترية هذه الاتهامات.",
               published_at=_DAY)
    assert _one(doc, "016", "ERIGOV").target_code is None, show(doc)


def test_english_rejected_allegations_target_the_accuser():
    doc = full("Kenya accused Somalia's government on Monday of harbouring militants near the border. Somalia's "
               "foreign ministry rejected the allegations as baseless.", published_at=_DAY)
    ev = _one(doc, "12", "SOMGOV")
    assert ev.target_code == "KEN" and ":tgt-accuser" in ev.rule, show(doc)


def test_english_accusation_against_another_country_not_taken_guard():
    doc = full("Kenya accused Ethiopia on Monday of harbouring militants near the border. Somalia's foreign ministry "
               "rejected the allegations as baseless.", published_at=_DAY)
    assert _one(doc, "12", "SOMGOV").target_code is None, show(doc)


def test_english_rejected_object_not_an_accusation_guard():
    doc = full("Kenya accused Somalia's government on Monday of harbouring militants near the border. Somalia's "
               "foreign ministry rejected the plan as baseless.", published_at=_DAY)
    assert _one(doc, "12", "SOMGOV").target_code is None, show(doc)


def test_english_quoted_allegations_named_back():
    # the earlier trigger 'allegations" linking' ends in a quote mark: "the allegations" still names it
    doc = full('Nigeria\'s president told lawmakers on Tuesday that his government had "credible allegations" linking '
               "the smugglers to the attack. Niger's government rejected the allegations on Wednesday.",
               published_at=_DAY)
    assert _one(doc, "12", "NERGOV").target_code == "NGAGOV", show(doc)


def test_allegations_linking_x_target_x():
    doc = full("Ghana's president told lawmakers on Monday that his government had allegations linking agents "
               "of the Togolese government to the raid on a border post.", published_at=_DAY)
    ev = _one(doc, "112", "GHAGOV")
    assert ev.target_country == "TGO" and ":tgt-linked" in ev.rule, show(doc)


def test_allegations_linking_no_actor_before_to_guard():
    doc = full("Ghana's president told lawmakers on Monday that his government had allegations linking the "
               "smugglers to the raid on a border post.", published_at=_DAY)
    assert _one(doc, "112", "GHAGOV").target_code is None, show(doc)
