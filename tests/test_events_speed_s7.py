"""Round-7 speed helpers of the event stage give what the plain code gives: the object-word memo
(Lexicon.obj_forms), the recode rows an asserted trigger can use (Lexicon.recode_plain), and the
Event fields _make passes by position."""
from dataclasses import fields

from marsad.coding.structure import get_lexicon
from marsad.model import Event


def test_obj_forms_meets_an_entry_object_exactly_when_the_candidates_do():
    for lang, words in (("ar", ["النار", "بالنار", "حظر", "التجول", "والتجول", "اتصالا", "هاتفيا", "الحكومة", "قال"]),
                        ("en", ["fire", "curfew", "strike", "hunger", "police", "the", "said"])):
        lex = get_lexicon(lang)
        objs = {o for lst in lex.index.values() for t in lst for o in t.obj}
        assert objs, lang
        tried = hit = 0
        for lst in lex.index.values():
            for t in lst:
                if not t.obj:
                    continue
                for w in words:
                    tried += 1
                    want = w in t.obj or not t.obj.isdisjoint(lex.candidates(w))
                    got = bool(lex.obj_forms(w)) and not t.obj.isdisjoint(lex.obj_forms(w))
                    assert got == want, (lang, w, t.lemma)
                    hit += want
        assert tried and hit, (lang, tried, hit)   # some word is some entry's object


def test_recode_plain_keeps_the_rows_an_asserted_trigger_can_use_in_order():
    for lang in ("ar", "en"):
        lex = get_lexicon(lang)
        codes = {r[0] for r in lex.recode} | {r[0] + "1" for r in lex.recode}
        some = 0
        for c in codes:
            full, plain = lex.recode_for(c), lex.recode_plain(c)
            assert list(plain) == [r for r in full if r[1] in ("state_subject", "state_force", "crowd_subject", "legal_charge")
                                   or r[1].startswith("cue:")]
            assert {r[1] for r in full if r not in plain} <= {"intent", "future", "demand", "neg", "conditional",
                                                               "neg_ma", "when", "appeal", "possible"}, c
            some += bool(plain)
        if lang == "ar":
            assert some   # the cue: rows (weapon words) are there


def test_make_passes_the_event_fields_in_their_order():
    names = [f.name for f in fields(Event)][:14]
    assert names == ["id", "sentence", "sentence_start", "sentence_end", "trigger_start", "trigger_end", "trigger",
                     "cameo", "root", "quad_class", "goldstein", "plover_type", "plover_mode", "plover_context"]


def test_actor_of_is_doc_actor_and_sees_added_actors():
    from marsad.coding.structure import actor_of
    from marsad.model import Actor, Document
    doc = Document.from_text("x")
    doc.actors = [Actor(id="a1", code="EGY", country="EGY", role=None, kind="country"), Actor(id="a2", code="ISR", country="ISR", role=None, kind="country"),
                  Actor(id="a1", code="USA", country="USA", role=None, kind="country")]   # (a repeated id: the first one, as doc.actor)
    for aid in ("a1", "a2", "a3", None):
        assert actor_of(doc, aid) is doc.actor(aid)
    doc.actors.append(Actor(id="a3", code="TUR", country="TUR", role=None, kind="country"))   # the event stage adds split actors
    assert actor_of(doc, "a3") is doc.actor("a3") is not None
    other = Document.from_text("y")
    other.actors = [Actor(id="a1", code="JOR", country="JOR", role=None, kind="country")]
    assert actor_of(other, "a1") is other.actors[0] and actor_of(doc, "a1") is doc.actors[0]
