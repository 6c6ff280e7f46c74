"""A VSO verb whose object comes after a fronted adverbial, a long subject and a comma (session 16, DET2).

Arabic news puts an adverbial right after a clause-opening verb, then a long subject, and writers often close that
subject with a comma: "أطلقت بعد منتصف الليل طائرة مسيرة تابعة للجيش، صواريخ على مخزن للسلاح".  A verb entry that
needs an object word (``obj`` in the trigger tables: أطلق + صواريخ، شن + هجوما) found none before the comma, so the
sentence had no candidate.  The word right after the comma is the verb's object when the verb opens the sentence
(only time words or numbers before it), the word after the verb opens an adverbial (a time word, a word of cue
``background`` such as بعد / إثر, or an adverbial preposition of ``fronted_ar.tsv``), and nothing between the verb and
the comma opens another clause (another verb trigger, a complementizer, a relative or speech word).  Without the
fronted adverbial ("أطلقت الحكومة برنامجا …، صواريخ …") the comma ends the clause, as before.  Used by
``events._find_obj``."""
from __future__ import annotations

from .structure import PUNCT_BOUNDARY, form_set, kind_sets

_STOP_CUES = ("comp", "rel", "speech")


def _openers() -> frozenset:
    return form_set("fronted_ar.tsv")


def object_after_comma(words, i: int, j: int) -> bool:
    """May the word after the comma ``words[j]`` be the object of the verb ``words[i]`` (see the module)?"""
    if j + 1 >= len(words) or words[j + 1].punct or j < i + 3:
        return False
    for k in range(i):
        w = words[k]
        if not ("time" in w.cue or w.norm.isdigit()):
            return False   # the verb opens the sentence (وأطلقت: the proclitic is part of the word)
    a = words[i + 1]
    if not ("time" in a.cue or "background" in a.cue or a.norm in _openers()):
        return False
    for k in range(i + 1, j):
        w = words[k]
        if w.punct and w.text in PUNCT_BOUNDARY:
            return False
        if any(c in w.cue for c in _STOP_CUES) or (k > i + 1 and "boundary" in w.cue):
            return False
        if any(e.kind == "verb" for e in (w.trig[1] if w.trig else ())) and not _describes_subject(words, i, k):
            return False
    return True


# object pronouns a describing verb carries back to the subject (ه alone left out: many verb stems end in it, وجه)
_BACK_PRONOUNS = ("ها", "هما", "هم", "هن")


def _describes_subject(words, i: int, k: int) -> bool:
    """Is the verb-trigger word ``words[k]`` between the verb ``words[i]`` and the comma no clause of its own (session
    35, gsr35)?  A time word that is also a verb form ("أطلقت فجر اليوم طائرة …": فجر "detonated"), and a verb inside
    the long subject that carries a pronoun back to it ("طائرة مسيرة تقودها الاستخبارات"، "مروحية من طراز أباتشي
    ويوجهها طيار أميركي": an indefinite noun's describing clause) -- after the adverbial and at least one subject word."""
    w = words[k]
    if "time" in w.cue:
        return True
    b = words[k - 1]   # (a subject word before it: not the adverbial's own time word or opener)
    return k > i + 2 and not b.punct and not ("time" in b.cue or "background" in b.cue or b.norm in _openers()) \
        and w.norm.endswith(_BACK_PRONOUNS)


def time_aside(words, j: int) -> int:
    """The closing comma of a time aside opened by the comma ``words[j]`` ("قضت محكمة جنايات المنصورة، الثلاثاء،
    بالسجن …", "، اليوم الأحد،", "، مساء أمس،": one to three words of cue ``time``, or numbers, between two commas),
    else -1 (session 25, OTH8).  The aside is no clause boundary: the verb's object word may follow it."""
    k = j + 1
    while k < len(words) and k <= j + 3 and not words[k].punct and ("time" in words[k].cue or words[k].norm.isdigit()):
        k += 1
    if j + 1 < k < len(words) and words[k].norm == "في":
        # "، أمس الاثنين في مدينة شرم الشيخ،": the time with the place where it happened (up to four words; s42)
        m = k + 1
        while m < len(words) and m <= k + 4 and not words[m].punct:
            m += 1
        k = m if m > k + 1 else k
    if j + 1 < k < len(words) and words[k].text in "،," and k + 1 < len(words) and not words[k + 1].punct:
        return k
    return -1


_ASIDE_PREPS = ("في", "علي")   # (normalised: على -> علي)
_ASIDE_MAX = 16


def adjunct_aside(words, j: int, limit: int = 0) -> int:
    """The closing comma of an adjunct aside opened by the comma ``words[j]``: "، في ختام يومين من المشاورات في …،",
    "، على هامش اجتماعات …،", "، خلال مؤتمر صحفي …،" (a word of cue ``aside_open`` right after the comma, or after
    في / على there; at most sixteen words; no sentence-final mark, complementizer or speech word inside), else -1.
    The word after the closing comma must not open a conjoined clause (و…) (session 26, AR1B).  ``limit``: another
    word limit (the speech verb's aside before its إن, quotes._arabic_forward: 24; session 32 fixar)."""
    n = len(words)
    k = j + 1
    if k < n and words[k].norm in _ASIDE_PREPS:
        k += 1
    if k >= n or words[k].norm.startswith("و") or not ("aside_open" in words[k].cue or (
            k == j + 2 and words[k].norm in form_set("statement_aside_ar.tsv"))):
        return -1   # (a statement noun only after في: "، في بيان أصدرته أمس،"; session 46)
    for m in range(k + 1, min(n, j + (limit or _ASIDE_MAX) + 2)):
        w = words[m]
        if w.punct:
            if w.text in "،,":
                nxt = words[m + 1] if m + 1 < n else None
                if nxt is None or nxt.punct or nxt.norm.startswith("و"):
                    return -1
                return m
            if w.text in PUNCT_BOUNDARY or w.text in ".!?؟":
                return -1
            continue
        if "comp" in w.cue or "speech" in w.cue:
            return -1
    return -1


_PRONOUN_ASIDE_MAX = 10
_QUOTE_MARKS = "\"«»“”'"


def pronoun_aside(words, j: int) -> int:
    """The closing comma of a nominal aside opened, after the comma ``words[j]``, by a conjoined pronoun (cue
    ``pronoun_aside``): "البلدين، وهما حليفان وثيقان لبريطانيا، إلى …" (at most ten words; no sentence-final mark,
    complementizer or speech word inside; the word after the closing comma opens no conjoined clause), else -1
    (session 32)."""
    n = len(words)
    k = j + 1
    if k >= n or words[k].norm[:1] != "و" or "pronoun_aside" not in words[k].cue:
        return -1   # (the cue is the bare pronoun's, read through the و: cue() falls back to the word without it)
    return _aside_close(words, k)


def _aside_close(words, k: int, quotes: bool = False) -> int:
    """The closing comma of an aside whose opening word is ``words[k]`` (at most ten words after it; no sentence-final
    mark, complementizer or speech word inside; the word after the comma opens no conjoined clause), else -1."""
    n = len(words)
    for m in range(k + 1, min(n, k + _PRONOUN_ASIDE_MAX + 2)):
        w = words[m]
        if w.punct:
            if w.text in "،," and m > k + 1:
                nxt = words[m + 1] if m + 1 < n else None
                return -1 if nxt is None or nxt.punct or nxt.norm.startswith("و") else m
            if quotes and w.text in _QUOTE_MARKS:
                continue
            return -1
        if "comp" in w.cue or "speech" in w.cue:
            return -1
    return -1


def relative_aside(words, j: int) -> int:
    """The closing comma of a relative aside opened, after the comma ``words[j]``, by a relative pronoun (cue ``rel``)
    with a verb of its own: "ورحب الرئيس الكيني، الذي استضافت بلاده المحادثات، بالاتفاق" (at most ten words; no
    sentence-final mark, complementizer or speech word inside; the word after the closing comma opens no conjoined
    clause), else -1 (session 32 fixar2).  Quotation marks inside go on: "وفرض العسكريون، الذين أطلقوا على أنفسهم اسم
    «اللجنة الوطنية …»، حظر تجول" (session 34, where the VSO verb's object after the aside is also looked for)."""
    n = len(words)
    k = j + 1
    if k + 1 >= n or "rel" not in words[k].cue or words[k].norm[:1] == "و":
        return -1
    return _aside_close(words, k, quotes=True)


def apposition_aside(words, i: int, j: int) -> int:
    """The closing comma of an apposition aside opened by the comma ``words[j]`` after a VSO verb ``words[i]`` and its
    subject: "ونفى الحزب، ذراع الحركة السياسية، أي صلة له"، "ووصف فلان، المتحدث باسم الجماعة، الضربات بأنها …"،
    "ونفت المؤسسة، المدعومة من الحكومة، وقوع …" -- a noun phrase describing the subject (at most ten words; no verb
    trigger, complementizer, relative, speech word or sentence-final mark inside), else -1.  The caller
    takes it only when the verb's own object follows the closing comma (session 47, armiss47)."""
    n = len(words)
    k = j + 1
    if j < i + 2 or k >= n or words[k].punct or "time" in words[k].cue:
        return -1   # (a subject word between the verb and the comma; a time aside is time_aside's; a word in و may
        # open it, وزير، وكيل: a conjoined clause has its verb or speech word, below)
    for m in range(i + 1, j):
        if words[m].punct and words[m].text in PUNCT_BOUNDARY:
            return -1   # one comma aside right after the subject only
    for m in range(k, min(n, k + _PRONOUN_ASIDE_MAX + 1)):
        w = words[m]
        if w.punct:
            if w.text in "،," and m > k:
                # (a word in و after it is no conjoined clause when it is the verb's object word: وقوع، وجود)
                return -1 if m + 1 >= n or words[m + 1].punct else m
            if w.text in _QUOTE_MARKS:
                continue
            return -1
        if any(c in w.cue for c in _STOP_CUES) or any(e.kind == "verb" for e in (w.trig[1] if w.trig else ())):
            return -1
    return -1


def pronoun_asides(words, i: int, last: int) -> list:
    """(open, close) comma positions of the pronoun asides between a verb ``words[i]`` and its object word
    ``words[last]``: "نفى المجلس، وهو تحالف لجماعات مسلحة …، أي صلة له" -- the aside's actors describe the subject and
    are no side of the verb (session 32 fixar)."""
    out = []
    j = i + 1
    while j < last:
        if words[j].text in "،,":
            k = max(pronoun_aside(words, j), relative_aside(words, j))
            if j < k < last:
                out.append((j, k))
                j = k
        j += 1
    return out


def apposition_asides(words, i: int, last: int) -> list:
    """(open, close) comma positions of the apposition asides (apposition_aside) between a verb ``words[i]`` and its
    object word ``words[last]`` (session 47, armiss47)."""
    out = []
    for j in range(i + 2, last):
        if words[j].text in "،,":
            k = apposition_aside(words, i, j)
            if j < k < last:
                out.append((j, k))
            break   # (one aside only, right after the subject)
    return out


_LIGHT_ASIDE_REACH = 18   # words from the aside's opening comma back to its closing one


def light_clause_before_aside(words, cs: int) -> tuple:
    """The start of a light verb's clause whose subject an aside separates from the verb's act noun: "وأجرى نتنياهو
    يوم الاثنين، من البيت الأبيض وبحضور ترامب، اتصالا هاتفيا بـ…"، "وعقد الرئيس، خلال زيارته إلى الدوحة، اجتماعا مع …".
    ``cs`` is the noun's clause start (right after the aside's closing comma); the aside is one the other finders
    here read (time, adjunct, pronoun, relative, or any short one _aside_close closes) opened by an earlier comma, and
    the clause before that comma opens with a light verb (``announced_act.tsv`` kind ``light``: أجرى، عقد).  Returns
    (that clause's start, the opening comma), else (cs, -1) (session 48, lead: the noun's source is the light verb's
    subject across the aside, as a verb's object is found across one)."""
    close = cs - 1
    if close < 2 or words[close].text not in "،,":
        return cs, -1
    for o in range(close - 2, max(0, close - _LIGHT_ASIDE_REACH) - 1, -1):
        w = words[o]
        if not w.punct:
            continue
        if w.text not in "،,":
            return cs, -1   # (another mark before the aside: no clause of this shape)
        if max(time_aside(words, o), adjunct_aside(words, o), pronoun_aside(words, o), relative_aside(words, o),
               _aside_close(words, o + 1)) != close:
            return cs, -1   # (_aside_close: any short aside, "، من البيت الأبيض وبحضور ترامب،" -- the light verb
            # before it and the act noun right after it are the shape's guard)
        k = o - 1
        while k >= 0 and not words[k].punct:
            k -= 1
        start = k + 1
        light = kind_sets("announced_act.tsv", ("light",))["light"]
        w0 = words[start].norm
        if o - start >= 2 and (w0 in light or w0[:1] in "وف" and w0[1:] in light):
            return start, o   # (a light verb proper, أجرى / عقد: an announcing verb's act noun is announced_act's)
        return cs, -1
    return cs, -1
