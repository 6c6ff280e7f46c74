"""Event location: clause, material-conflict target, dateline, shared actor country; metonyms."""
from __future__ import annotations

import pytest

from marsad.geo.locate import locate_event
from marsad.model import Document, Event, Segment, stable_id
from marsad.pipeline import STAGES, Pipeline


def _pipe(skip_clean: bool = False) -> Pipeline:
    names = list(STAGES)[: list(STAGES).index("places") + 1]
    if skip_clean:
        names = [n for n in names if n != "clean"]
    return Pipeline(stages={k: STAGES[k] for k in names})


def _event(doc: Document, trigger: str, occurrence: int = 0, quad: int = 1,
           src: str | None = None, tgt: str | None = None, add: bool = True) -> Event:
    i = -1
    for _ in range(occurrence + 1):
        i = doc.text.index(trigger, i + 1)
    si = next(k for k, s in enumerate(doc.sentences) if s.start <= i < s.end)
    s = doc.sentences[si]
    ev = Event(id=stable_id(doc.id, "ev", i), sentence=si, sentence_start=s.start, sentence_end=s.end,
               trigger_start=i, trigger_end=i + len(trigger), trigger=trigger, cameo="040", root="04",
               quad_class=quad, goldstein=1.0, plover_type=None, source_country=src, target_country=tgt)
    if add:
        doc.events.append(ev)
    return ev


def _where(doc, ev):
    locate_event(doc, ev)
    p = doc.place(ev.place_id)
    return ev.place_basis, (p.name, p.country, p.precision) if p else None


# -- the seed article (acceptance) ------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(seed_text):
    return _pipe()(seed_text, published_at="2022-12-02")


def test_seed_istanbul_meeting(seed):
    assert _where(seed, _event(seed, "مفاوضات")) == ("clause", ("Istanbul", "TUR", "city"))
    assert _where(seed, _event(seed, "اجتماعا", 1)) == ("clause", ("Istanbul", "TUR", "city"))


def test_seed_ankara_meeting(seed):
    assert _where(seed, _event(seed, "اجتمع")) == ("clause", ("Ankara", "TUR", "city"))


def test_seed_war_in_ukraine_country_precision(seed):
    # the same sentence names Ankara (the other meeting): the war clause must not take it
    _event(seed, "اجتمع")
    ev = _event(seed, "شنت", quad=4, src="RUS", tgt="UKR")
    basis, place = _where(seed, ev)
    assert place == ("Ukraine", "UKR", "country") and basis == "clause"
    assert seed.text[seed.place(ev.place_id).start:seed.place(ev.place_id).end] == "أوكرانيا"
    # also when the event stage could not fill the actors
    ev2 = _event(seed, "شنت", quad=4, add=False)
    assert _where(seed, ev2) == ("clause", ("Ukraine", "UKR", "country"))


def test_material_conflict_without_place_goes_to_target_country():
    doc = _pipe()("وقال المتحدث إن الطائرات قصفت مواقع للمتمردين ليلة أمس.")
    ev = _event(doc, "قصفت", quad=4, src="RUS", tgt="UKR")
    assert _where(doc, ev) == ("actors", ("Ukraine", "UKR", "country"))
    p = doc.place(ev.place_id)
    assert p.start == p.end == -1 and p.text == ""
    n = len(doc.places)
    locate_event(doc, ev)          # stable: the same country place is reused
    assert len(doc.places) == n and doc.place(ev.place_id) is p


def test_seed_caption_event_in_helsinki(seed):
    assert _where(seed, _event(seed, "meeting")) == ("clause", ("Helsinki", "FIN", "city"))


def test_seed_moscow_washington_as_actors_are_not_locations(seed):
    text = seed.text
    for i in (text.index("بين موسكو وواشنطن"), text.index("إن موسكو لا تنوي")):
        near = [p for p in seed.places if i <= p.start < i + 25]
        assert near and all(p.is_metonym for p in near), [(p.text, p.is_metonym) for p in near]
    ev = _event(seed, "مفاوضات", 1, src="RUS", tgt="USA")   # "لا تنوي ... مفاوضات مع واشنطن"
    locate_event(seed, ev)
    p = seed.place(ev.place_id)
    assert p is None or p.name not in ("Moscow", "Washington")
    # ... while "سفارتيهما في موسكو وواشنطن" are places
    i = text.index("سفارتيهما في موسكو")
    assert [p.is_metonym for p in seed.places if i <= p.start < i + 40] == [False, False]


# -- our own sentences ---------------------------------------------------------------------------

def test_clause_place_beats_other_clause():
    doc = _pipe()("التقى الوزير نظيره في القاهرة، بينما اندلعت اشتباكات في طرابلس الليبية.")
    assert _where(doc, _event(doc, "التقى")) == ("clause", ("Cairo", "EGY", "city"))
    assert _where(doc, _event(doc, "اشتباكات", quad=4)) == ("clause", ("Tripoli", "LBY", "city"))


def test_never_a_place_from_another_sentence():
    doc = _pipe()("عقد الاجتماع في عمان الأردنية. وأعلن المتحدث تأجيل المفاوضات.")
    basis, place = _where(doc, _event(doc, "أعلن"))
    assert place is None and basis is None


def test_actor_span_is_not_a_location():
    doc = _pipe()("Syrian troops shelled Idlib on Monday, and Damascus accused Ankara of aggression.")
    ev = _event(doc, "accused", quad=3, src="SYR", tgt="TUR")
    a = doc.text.index("Damascus")
    b = doc.text.index("Ankara")
    ev.source_span, ev.target_span = (a, a + 8), (b, b + 6)
    basis, place = _where(doc, ev)
    assert place is None or place[0] not in ("Damascus", "Ankara")
    shell = _event(doc, "shelled", quad=4, src="SYR", tgt="SYR")
    assert _where(doc, shell) == ("clause", ("Idlib", "SYR", "city"))


def test_dateline_then_shared_country():
    text = "بغداد\nأعلن رئيس الوزراء العراقي خطة جديدة لإصلاح الكهرباء."
    doc = Document.from_text(text)
    doc.segments = [Segment(stable_id(doc.id, "seg", 0), "dateline", 0, 5),
                    Segment(stable_id(doc.id, "seg", 6), "body", 6, len(text))]
    doc = _pipe(skip_clean=True)(doc)
    assert _where(doc, _event(doc, "أعلن", src="IRQ", tgt="IRQ")) == ("dateline", ("Baghdad", "IRQ", "city"))
    doc2 = _pipe()("أعلن رئيس الوزراء خطة جديدة لإصلاح الكهرباء.")
    assert _where(doc2, _event(doc2, "أعلن", src="IRQ", tgt="IRQ")) == ("actors", ("Iraq", "IRQ", "country"))
    doc3 = _pipe()("أعلن رئيس الوزراء خطة جديدة لإصلاح الكهرباء.")
    assert _where(doc3, _event(doc3, "أعلن", src="IRQ", tgt="USA")) == (None, None)
