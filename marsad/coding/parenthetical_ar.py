"""An Arabic relative clause set off by commas between a verb's subject and its object (session 16, AR12).

"ودعا الاتحاد الأوروبي، الذي يضم 27 دولة، الحكومة السودانية إلى وقف القتال"، "كما دعت اللجنة الخماسية، التي تضم …،
النواب إلى …": the commas around "الذي يضم …" were clause boundaries, so the verb lost its object (and, when the subject
was no actor, the whole event).  :func:`skip` gives the sentence's words, actor arguments and trigger candidates
without such a clause: a comma right after the verb's subject (a noun phrase of at most 4 words after a verb
candidate), a relative pronoun (cue ``rel``) right after it, at most 12 words with no trigger candidate and no other
punctuation, then a closing comma and a word that is no verb candidate; not after a statement noun (البيان، القرار …,
``statement_subject_ar.tsv``: "وطالب البيان، الذي تلاه الأمين العام …، إيران" -- that clause names the issuer, which
``statement_subject.py`` reads).  (Session 23, B10AR) the same for a partitive apposition that names members of a plural
subject, opened by a word of cue ``incl`` (بينها، منهم، أبرزها; also after من: "من بينها"): "نددت أحزاب معارضة، بينها
الحزب الديمقراطي، بالاتفاق" -- the clause cut the verb from its object and the coordinated verb after it from its
subject.  The clause says who the subject is; it
holds no event of its own (a clause with a trigger word is kept as it was).  Word spans keep their character offsets,
so the events' spans are unchanged in kind.
"""
from __future__ import annotations

from dataclasses import replace

from .structure import kind_sets

_MAX_SUBJ = 4
_MAX_SUBJ_OPEN = 8   # (the opening verb's subject, session 39)
_MAX_REL = 12
_REL: dict = {}
_QUOTES = frozenset('"«»“”')


def rel_forms(lex) -> frozenset:
    """The normalised forms with the cue ``rel`` (الذي، التي، الذين …) of a lexicon: the sentence's gate, one set test
    over its norms (``structure.has_any``) instead of a cue index of every Arabic sentence with a candidate."""
    got = _REL.get(id(lex))
    if got is None:
        got = _REL[id(lex)] = frozenset(f for f, d in lex.cues.items() if "rel" in d or "incl" in d or "member_aside" in d
                                                  or "attrib_aside" in d)
    return got


def _opener(words, k: int) -> bool:
    """Word ``k`` opens the clause: a relative pronoun, or a partitive word (cue ``incl``), bare or after من."""
    cue = words[k].cue
    if "rel" in cue or "incl" in cue or "member_aside" in cue or "attrib_aside" in cue:
        return True
    return words[k].norm == "من" and k + 1 < len(words) and "incl" in words[k + 1].cue


def _span(words, cands: set, args=()):
    """(first, last) word indices of the comma-to-comma relative clause, or None.  A partitive clause (cue ``incl``)
    only after a subject phrase that holds an actor (أحزاب معارضة، دول عربية): after a count of people ("قتل عشرة
    أشخاص، بينهم ثلاثة جنود أمريكيين، في …") it names the victims, which ``among`` reads."""
    n = len(words)
    statements = kind_sets("statement_subject_ar.tsv", ("noun",))["noun"]
    starts = sorted(cands)
    if n and not words[0].punct and 0 not in cands:
        # (session 39) the sentence's opening verb that is no trigger itself, its object the trigger noun: "قدم نواب
        # الكتلة الصدرية في مجلس النواب، وعددهم 73 نائبا، استقالاتهم" (a longer subject: a name with its place)
        starts = [-1] + starts
    for c in starts:
        reach = _MAX_SUBJ if c > 0 else _MAX_SUBJ_OPEN   # (the sentence's opening verb: a longer subject)
        c = max(c, 0)
        k = c + 1
        while k < n and k - c <= reach and not words[k].punct and k not in cands:
            k += 1
        if k >= n or words[k].text not in ("،", ",") or k + 1 >= n or not _opener(words, k + 1):
            continue
        if any(words[x].norm in statements for x in range(c + 1, k)):
            continue   # "وطالب البيان، الذي تلاه الأمين العام …، إيران": the clause names the issuer (statement_subject)
        if "rel" not in words[k + 1].cue and not any(c < g.i0 < k for g in args):
            continue   # a partitive clause after no actor: the victims of a count (قتل عشرة أشخاص، بينهم …)
        j = k + 2
        while j < n and j - k <= _MAX_REL and (not words[j].punct or words[j].text in _QUOTES) and j not in cands:
            j += 1   # (quote marks inside: "، المنضوية في "تحالف دول الساحل"،", session 29 B20AR)
        if j < n and j - k <= _MAX_REL and words[j].text in ("،", ",") and j + 1 < n \
                and not words[j + 1].punct and (j + 1 not in cands or _noun_only(words[j + 1])) and j > k + 2 \
                and _balanced(words, k + 1, j):
            return k, j
    return None


def _noun_only(w) -> bool:
    """A trigger candidate that is only a noun (the object after the clause: "، استقالاتهم"), no verb opening a clause."""
    entries = w.trig[1] if w.trig else ()
    return bool(entries) and all(getattr(t, "kind", "") == "noun" for t in entries)


def _balanced(words, a: int, b: int) -> bool:
    """Are the quote marks among words[a:b] closed inside it (a comma inside a quotation is no end of the clause:
    "، التي كانت «الورقة الأخيرة التي لعبها الحزب، من أجل …»،")?"""
    marks = [words[x].text for x in range(a, b) if words[x].text in _QUOTES]
    return not marks or (marks.count("«") == marks.count("»") and marks.count("“") == marks.count("”")
                         and marks.count('"') % 2 == 0)


def skip(words, args, cands):
    """(words, args, cands) without the relative clause of the module doc, or None when the sentence has none.
    ``cands``: the trigger-candidate word positions; ``args``: the actor arguments over ``words``."""
    if not cands or len(words) < 8:
        return None
    cs = set(cands)
    sp = _span(words, cs, args)
    if sp is None:
        return None
    a, b = sp
    cut = b - a + 1
    new_words = words[:a] + words[b + 1:]
    new_args = []
    for g in args:
        if g.i1 <= a:
            new_args.append(g)
        elif g.i0 > b:
            new_args.append(replace(g, i0=g.i0 - cut, i1=g.i1 - cut))
    new_cands = [k if k < a else k - cut for k in cands if k < a or k > b]
    return new_words, new_args, new_cands
