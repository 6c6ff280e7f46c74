"""Acceptance on the seed article (needs ../shared): the nine events of issue 7."""
import pytest


def _has(doc, prefix, src=None, tgt=None, **kw):
    for e in doc.events:
        if not e.cameo.startswith(prefix):
            continue
        if src and (e.source_country or (e.source_code or "")[:3]) != src:
            continue
        if tgt and (e.target_country or (e.target_code or "")[:3]) != tgt:
            continue
        if all(getattr(e, k) == v for k, v in kw.items()):
            return e
    return None


@pytest.fixture(scope="module")
def doc(seed_doc):
    return seed_doc


def test_meeting_in_istanbul_both_directions(doc):
    a = _has(doc, "04", "USA", "RUS", segment_kind="body", historical=False)
    b = _has(doc, "04", "RUS", "USA", segment_kind="body", historical=False)
    assert a and b and a.date == "2022-12-02"


def test_no_initiative_for_talks_negated_intent(doc):
    assert _has(doc, "036", "RUS", negated=True, modality="intent")


def test_hope_relations_return_to_normal(doc):
    assert _has(doc, "013", "RUS", "USA", segment_kind="body")


def test_reciprocal_staff_cuts(doc):
    a = _has(doc, "16", "USA", "RUS")
    b = _has(doc, "16", "RUS", "USA")
    assert a and b and a.date_granularity in ("range", "vague") and a.date_end == "2022-12-02"


def test_naryshkin_burns(doc):
    e = _has(doc, "04", "RUS", "USA", date="2022-11-14")
    assert e and {e.source_code, e.target_code} == {"RUSSPY", "USASPY"}


def test_war_on_ukraine(doc):
    e = _has(doc, "19", "RUS", "UKR")
    assert e and e.plover_type == "ASSAULT" and e.date == "2022-02-24"
    assert not _has(doc, "19", "UKR", "RUS")


def test_ready_for_meetings_if_washington_is(doc):
    assert _has(doc, "036", "RUS", "USA", modality="conditional")


def test_nothing_to_discuss(doc):
    assert _has(doc, "12", "RUS", "USA", negated=False)


def test_caption_meeting_in_helsinki(doc):
    e = _has(doc, "04", "RUS", "FIN", segment_kind="caption")
    assert e and e.date == "2017-09-12"


def test_no_events_from_ads_photo_credit_and_definition(doc):
    kinds = {e.segment_kind for e in doc.events}
    assert not kinds & {"ad", "photo_credit", "source_line"}
    for e in doc.events:
        s = doc.text[e.sentence_start:e.sentence_end]
        if "1990" in s:
            assert e.historical


def test_evidence_offsets(doc):
    for e in doc.events:
        assert doc.text[e.trigger_start:e.trigger_end] == e.trigger
        assert e.sentence_start <= e.trigger_start < e.trigger_end <= e.sentence_end
        if e.source_span:
            assert e.sentence_start <= e.source_span[0] < e.source_span[1] <= e.sentence_end or e.quote_id
        assert e.story_id == doc.story_id and e.id


def test_no_captions_by_default(seed_text):
    import marsad
    d = marsad.code(seed_text, published_at="2022-12-02")
    assert not any(e.segment_kind == "caption" for e in d.events)
