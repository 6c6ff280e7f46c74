"""The event stage's speed helpers give exactly what the plain code gives (ids, cue look-ups, clause
flags, object search, trigger order)."""
from marsad.coding.structure import Word, cue_index, has_cue
from marsad.model import stable_id
from marsad.stages import events as E


def test_event_id_is_the_stable_id():
    for parts in [("0123456789abcdef", 17, "190", None, "ISRMIL"), ("x", 0, "0874", "USAGOV", None),
                  ("doc", 123456, "14", "PSECVL", "ISR"), ("مرصد", 5, "043", None, None)]:
        d, ts, c, s, t = parts
        assert E._event_id(d, ts, c, s, t) == stable_id(d, "ev", ts, c, s, t)


def _words(spec):
    """[(text, cue dict, punct)] -> Words at successive positions."""
    out, pos = [], 0
    for k, (text, cue, punct) in enumerate(spec):
        out.append(Word(k, pos, pos + len(text), text, text, "", punct, cue))
        pos += len(text) + 1
    return out


def test_cue_index_and_has_cue_match_a_scan():
    ws = _words([("قال", {"speech": "010"}, False), ("إن", {"comp": "1"}, False), ("الجيش", {}, False),
                 ("،", {}, True), ("أمس", {"time": "1", "anchor": "1"}, False), ("قصف", {}, False),
                 ("اليوم", {"time": "1"}, False)])
    idx = cue_index(ws)
    for cue in ("speech", "comp", "time", "anchor", "hist"):
        for lo in range(-1, len(ws) + 1):
            for hi in range(lo, len(ws) + 2):
                for skip in (-1, 4, 6):
                    want = any(cue in ws[k].cue for k in range(max(0, lo), min(hi, len(ws))) if k != skip)
                    assert has_cue(idx, cue, lo, hi, skip) == want, (cue, lo, hi, skip)
    assert E._boundaries(ws, idx) == [bool(E._boundary(w)) for w in ws]


def _old_find_obj(words, i, e, lex):
    """The object search as it was written before the speed work (a scan of both windows)."""
    from marsad.coding.structure import PUNCT_BOUNDARY
    n = len(words)
    lo = i - 3 if (e.kind == "noun" or (i > 0 and "rel" in words[i - 1].cue)) else i + 1
    hi = i + 7 if e.kind == "noun" else i + 16
    stop = False
    for j in list(range(i + 1, min(n, hi))) + list(range(max(0, lo), i)):
        if stop and j > i:
            continue
        x = words[j]
        if x.punct:
            if x.text in PUNCT_BOUNDARY and j > i:
                stop = True
            continue
        if x.norm in e.obj or not e.obj.isdisjoint(lex.candidates(x.norm)):
            return j
    return -1


def test_trigger_order_and_object_search_match_the_plain_code():
    from events_helpers import code

    from marsad.coding.structure import get_lexicon, words_of
    texts = ["وأطلقت قوات الأمن النار على المتظاهرين، وفرضت حظر التجول في المدينة بعد أن شن مسلحون هجوما.",
             "وقالت الشرطة إن مسلحين أطلقوا النار على دورية قرب الحدود، ثم رفعت السلطات حظر التجول مساء أمس.",
             "Police opened fire on protesters in the capital, and the army imposed a curfew after the attack."]
    n_obj = n_ord = 0
    for text in texts:
        doc = code(text, {})
        for sent in doc.sentences:
            lang = "en" if text[0].isascii() else "ar"
            lex = get_lexicon(lang)
            words = words_of(doc, sent, lex)
            for i, w in enumerate(words):
                entries = lex.lookup(w.norm) or (lex.lookup(w.stem) if w.stem else [])
                if len(entries) > 1:
                    n_ord += 1
                    want = sorted(entries, key=lambda e: (-(bool(e.prep) + bool(e.obj)), E._pos_pref(e, words, i, lang),
                                                          e.order))
                    assert E._ordered(entries, E._nounish(words, i, lang)) == want
                for e in entries:
                    if e.obj:
                        n_obj += 1
                        assert E._find_obj(words, i, e, lex) == _old_find_obj(words, i, e, lex), (w.text, e)
    assert n_obj >= 3 and n_ord >= 1, (n_obj, n_ord)
