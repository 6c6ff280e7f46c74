"""Session 26, COSTS: the known costs of the session's merges (our own sentences)."""
from marsad.model import Document
from marsad.pipeline import Pipeline

_P = Pipeline()

_STORY = ("Kenya and Uganda trade accusations over Lake Victoria fishing\n\n"
          "NAIROBI, May 3 - Kenya accused Uganda on Friday of seizing 40 Kenyan fishing boats on Lake Victoria, "
          "the latest flare-up in a long dispute over the island of Migingo.\n\n"
          "Ugandan marine police detained the crews near the island on Thursday, Kenyan fishermen said.\n\n")


def _events(text):
    doc = Document.from_text(text, published_at="2024-05-03")
    _P(doc)
    return doc.events


def test_same_government_ministry_takes_home():
    # the government asked to expel is KENGOV: the ministry answering in the same sentence is too, and its bare
    # statement is dropped as the attribution of the act told (no country-less GOV 010)
    evs = _events(_STORY + "Kenyan senators demanded that the government expel the Ugandan high commissioner, but "
                           "the foreign ministry said it had no such plans.")
    assert not [e for e in evs if e.trigger == "said" and e.source_code == "GOV"]
    assert [e for e in evs if e.trigger == "expel" and e.source_code == "KENGOV"]


def test_same_government_guard_named_ministry():
    evs = _events(_STORY + "Kenyan senators demanded that the government expel the Ugandan high commissioner, but "
                           "Uganda's foreign ministry said it had no such plans.")
    said = [e for e in evs if e.trigger == "said" and e.sentence_start > 300]
    assert all(e.source_code != "KENGOV" for e in said)
