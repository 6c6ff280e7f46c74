"""Data model: stable ids, serialisation round trip, evidence offsets."""
import json

from marsad.model import (Document, Event, Actor, Segment, document_from_dict, event_record, stable_id,
                          to_dict)


def _doc_with_event():
    text = "قال وزير الخارجية المصري إن القاهرة ترفض الهجوم.\nEgypt rejected the attack."
    doc = Document.from_text(text, published_at="2023-05-01")
    s, e = 0, text.index("\n")
    ti = text.index("ترفض")
    doc.segments = [Segment(id="s0", kind="body", start=0, end=len(text), lang="ar")]
    a = Actor(id="a1", code="EGYGOV", country="EGY", role="GOV", kind="country", spans=[(28, 34)])
    doc.actors = [a]
    doc.events = [Event(id=stable_id(doc.id, "ev", ti), sentence=0, sentence_start=s, sentence_end=e,
                        trigger_start=ti, trigger_end=ti + 4, trigger="ترفض", cameo="120", root="12",
                        quad_class=3, goldstein=-4.0, plover_type="REJECT", source_actor_id="a1",
                        source_code="EGYGOV", source_country="EGY", source_span=(28, 34))]
    return doc


def test_same_input_same_ids():
    a = Document.from_text("نص الخبر")
    b = Document.from_text("نص الخبر")
    c = Document.from_text("نص خبر آخر")
    assert a.id == b.id and a.content_hash == b.content_hash
    assert a.id != c.id
    assert stable_id("x", 1, 2) == stable_id("x", 1, 2) != stable_id("x", 2, 1)


def test_roundtrip_through_json():
    doc = _doc_with_event()
    d = json.loads(json.dumps(to_dict(doc), ensure_ascii=False))
    back = document_from_dict(d)
    assert back == doc


def test_event_record_evidence_slices_original_text():
    doc = _doc_with_event()
    rec = event_record(doc, doc.events[0])
    s0, s1 = rec["evidence"]["sentence_span"]
    t0, t1 = rec["evidence"]["trigger_span"]
    assert doc.text[s0:s1] == rec["evidence"]["sentence"]
    assert doc.text[t0:t1] == rec["evidence"]["trigger"] == "ترفض"
    assert rec["source"]["code"] == "EGYGOV" and rec["cameo"] == "120"
    assert rec["published_at"] == "2023-05-01"
