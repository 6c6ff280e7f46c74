"""Session 39, SPD39: the measuring tools of the events stage's structure (bench/opcount_tree.py: the opcodes under
each call a function makes; bench/rule_effects.py: which rule calls change the events)."""
from __future__ import annotations

import inspect
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import opcount_tree  # noqa: E402
import rule_effects  # noqa: E402

from marsad.model import Event  # noqa: E402
from marsad.stages import events as _events  # noqa: E402


def _leaf(k):
    return sum(range(k))


def _other(k):
    return _leaf(k) + _leaf(2 * k)


def _root(k):
    x = _leaf(k)
    y = _other(k)
    return x + y


def test_call_tree_splits_a_root_by_its_direct_callees():
    tree = opcount_tree.CallTree("_root")
    sys.settrace(tree.on_call)
    try:
        _root(5)
        _root(5)
        _other(3)   # (outside the root: not counted)
    finally:
        sys.settrace(None)
    labels = {lab.split(" (")[0] for lab in tree.ops}
    assert labels == {"<own>", f"{opcount_tree.short(__file__)}:_leaf", f"{opcount_tree.short(__file__)}:_other"}
    other = next(v for k, v in tree.ops.items() if k.startswith(f"{opcount_tree.short(__file__)}:_other"))
    leaf = next(v for k, v in tree.ops.items() if k.startswith(f"{opcount_tree.short(__file__)}:_leaf"))
    assert other > leaf   # (_other's two _leaf calls are counted under it)
    assert tree.calls["<own>"] == 2
    assert tree.report(2, 5)[0].startswith("_root: ")


def test_doc_block_line_is_the_first_line_after_the_sentence_loop():
    line = rule_effects.doc_block_line()
    src, first = inspect.getsourcelines(_events.EventStage.__call__)
    text = src[line - first]
    loop = next(s for s in src if "for si, sent in enumerate(doc.sentences)" in s)
    assert text.strip() and len(text) - len(text.lstrip()) == len(loop) - len(loop.lstrip())
    assert not src[line - first - 1].strip() or len(src[line - first - 1]) - len(src[line - first - 1].lstrip()) > \
        len(loop) - len(loop.lstrip())


def test_fingerprint_sees_a_change_in_place_and_ignores_other_values():
    ev = Event(id="e1", sentence=0, sentence_start=0, sentence_end=20, trigger_start=0, trigger_end=3, trigger="قصف",
               cameo="190", root="19", quad_class=4, goldstein=-10.0, plover_type="ASSAULT")
    before = rule_effects.fingerprint([ev])
    assert rule_effects.fingerprint([ev]) == before
    ev.target_country = "SYR"
    assert rule_effects.fingerprint([ev]) != before
    assert rule_effects.fingerprint({"a": 1}) is None and rule_effects.fingerprint([1, 2]) is None
    assert rule_effects.fingerprint([]) == ()


# ---- the two set-test gates of the Arabic trigger filters (slogan_ar, suffixed_noun_ar): same result as the walks

_TEXT_AR = ("ورفع المتظاهرون أمام مقر الحكومة لافتات كتب على إحداها «أوقفوا قصف المدنيين» وهتفوا \"لا للحرب\". "
            "وأطلقت الشركة هاتفها الجديد في مؤتمر صحفي، وهاتفه الرئيس مساء الثلاثاء. "
            "وقال الوزير إن الحكومة ستواصل الحوار مع النقابات.")


def _sentences_words():
    from marsad.coding.structure import get_lexicon, words_of
    from marsad.pipeline import Pipeline
    pipe = Pipeline()
    doc = pipe(_TEXT_AR)
    lex = get_lexicon("ar", pipe.config)
    return doc, [words_of(doc, s, lex) for s in doc.sentences]


class _Trig:
    def __init__(self, kind):
        self.kind = kind


def test_slogan_gate_gives_the_walks_result():
    from marsad.coding import slogan_ar

    def walk(trigs, words):   # (the gate before: a walk over the words for an opening mark)
        if not trigs or not any(w.punct and (w.text in slogan_ar._OPEN or w.text == slogan_ar._STRAIGHT) for w in words):
            return trigs
        spans = slogan_ar.slogan_spans(words)
        return [t for t in trigs if not any(a < t[0] < b for a, b in spans)] if spans else trigs
    doc, sents = _sentences_words()
    dropped = 0
    for words in sents:
        trigs = [(k, k, _Trig("verb"), -1) for k in range(len(words))]
        got = slogan_ar.drop(trigs, words)
        assert got == walk(trigs, words)
        dropped += len(trigs) - len(got)
    assert dropped >= 3   # (the banner's and the chant's words)


def test_suffixed_noun_gate_gives_the_walks_result():
    from marsad.coding import suffixed_noun_ar
    from marsad.coding.structure import kind_sets
    adj = kind_sets("suffixed_noun_ar.tsv", ("adj",))["adj"]

    def walk(trigs, words, doc):
        return [t for t in trigs if not (t[2].kind == "verb" and t[0] + 1 < len(words) and doc.tokens[words[t[0]].ti].suffix
                                         and (words[t[0] + 1].norm in adj or (words[t[0] + 1].norm[:1] == "و"
                                                                             and words[t[0] + 1].norm[1:] in adj)))]
    doc, sents = _sentences_words()
    dropped = 0
    for words in sents:
        trigs = [(k, k, _Trig("verb"), -1) for k in range(len(words))]
        got = suffixed_noun_ar.drop(trigs, words, doc)
        assert got == walk(trigs, words, doc)
        dropped += len(trigs) - len(got)
    assert dropped >= 1   # (هاتفها الجديد)
    assert "و" + next(iter(adj)) in suffixed_noun_ar._adj_forms(adj)
