""""ورفع المتظاهرون لافتات كتب عليها «أوقفوا قصف المدنيين»": the words inside a banner's or a chant's quotation are a
slogan, no event (Arabic, session 36 GSR36).

A crowd's banner or chant is quoted after the banner noun or the chant verb ("لافتات كتب على إحداها «…»"، "وهتفوا
«…»"، "تحت شعار «…»"); the quotation's verbs and act nouns ("نقتل بالسلاح …"، "لا لقتل الأطفال") are what the crowd
wrote or shouted, not a happening the sentence reports (before, the banner's "نقتل" was a 145 of the protesters, which
also took the crowd from its own march).  :func:`drop` takes the triggers inside such a quotation out of a sentence's
trigger list.  A quotation is a slogan when a word of cue ``slogan`` (cues_ar.tsv: banner nouns, شعار, chant verbs and
nouns) stands at most :data:`_REACH` words before its opening mark, or when it follows a slogan quotation across a
few words ("… «…»، وعلى أخرى «…»").  A speaker's quotation (قال، أكد، ردد الوزير) is untouched.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import has_any

_OPEN = frozenset(("«", "“"))
_CLOSE = frozenset(("»", "”"))
_STRAIGHT = '"'
_END = frozenset((".", "!", "?", "؟", "؛", ";"))
_REACH = 5   # words between the cue and the opening mark ("لافتات كتب على إحداها «")
# the norms an opening mark takes (Arabic words: normalize; English: lower-case): a sentence whose shared norm set holds
# none has no quotation and so no slogan (one set test instead of a walk over the words; session 39, SPD39)
_MARK_NORMS = frozenset(f(c) for c in (*_OPEN, _STRAIGHT) for f in (normalize, str.lower))


def drop(trigs, words):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without the triggers inside a slogan quotation."""
    if not trigs or not has_any(words, _MARK_NORMS):
        return trigs
    spans = slogan_spans(words)
    if not spans:
        return trigs
    return [t for t in trigs if not any(a < t[0] < b for a, b in spans)]


def slogan_spans(words) -> list:
    """(opening mark index, closing mark index) of each slogan quotation of the sentence's words."""
    spans, prev_close = [], None
    for a, b in _quotes(words):
        if _cue_before(words, a) or (prev_close is not None and 0 < a - prev_close <= _REACH
                                     and not any(words[k].punct and words[k].text in _END
                                                 for k in range(prev_close, a))):
            spans.append((a, b))
            prev_close = b
        else:
            prev_close = None
    return spans


def _quotes(words):
    """(open, close) index pairs of the quotations: « » / “ ”, and straight marks paired in order."""
    out, stack, straight = [], [], None
    for k, w in enumerate(words):
        if not w.punct:
            continue
        if w.text in _OPEN:
            stack.append(k)
        elif w.text in _CLOSE and stack:
            out.append((stack.pop(), k))
        elif w.text == _STRAIGHT:
            if straight is None:
                straight = k
            else:
                out.append((straight, k))
                straight = None
    return sorted(out)


def _cue_before(words, a: int) -> bool:
    """A word of cue ``slogan`` at most :data:`_REACH` words before the opening mark ``a``, in the same clause."""
    k, seen = a - 1, 0
    while k >= 0 and seen < _REACH:
        w = words[k]
        if w.punct:
            if w.text in _END or w.text in _CLOSE:
                return False
        else:
            if "slogan" in w.cue:
                return True
            seen += 1
        k -= 1
    return False
