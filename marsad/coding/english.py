"""English-only argument rules for event coding (helpers for ``marsad/stages/events.py``).

Two constructions the clause-bounded English SVO rule misreads, because a comma ends the clause
or because a participle looks like an active verb:

* **apposition / non-restrictive relative between subject and verb** — "Pakistan, a close ally
  of Washington, has refused …", "Jordan, which borders Syria, closed …": the subject is the
  actor before the opening comma, not an actor inside the parenthetical (nor nothing).
  :func:`apposition_subject`.
* **reduced passive** — "talks mediated by Qatar", "rebels backed by Rwanda", "an offensive
  launched by the army": a participle with no auxiliary followed by *by + actor*: the by-phrase
  is the agent and the noun phrase the participle modifies is the patient.
  :func:`reduced_passive`.  The verb after such a phrase ("Rebels backed by Rwanda attacked
  the town") takes the noun phrase *before* the participle as its subject, not the by-agent
  (:func:`apposition_subject` also steps back over "V-ed by X").

Words are ``marsad.coding.structure`` words (``norm``, ``text``, ``punct``, ``cue``); arguments
are ``Arg`` (``i0``, ``i1``, ``prep``, ``actor``).  The word lists are cue data
(``cues_en.tsv`` types ``aux`` and ``appos``) so the rules stay language-knowledge-free.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from types import SimpleNamespace
from typing import NamedTuple, Optional, Sequence

from .cameo import lookup as _cameo_lookup
from .lexicon import lexicon
from ..geo import world_regions
from ..model import stable_id
from ..resources import cached, data_path, read_tsv_dicts
from . import attack_subject_en, later_clause_en, promised_punishment_en
from . import complements, conditions, condemned_attack, demanded_date_en, described_as_en, embassy, headline, mutual_en, pair_anaphora
from .structure import (PUNCT_BOUNDARY, actor_args, actor_of, clear_side, copy_side, date_and_place, sentence_view,
                        start_index, words_of)
from .structure import fill_side as _set_side   # (one side-writer for every coding rule)
from .structure import SIDE_ACTOR_ID, SIDE_CODE, SIDE_COUNTRY, SIDE_SPAN
from .structure import en_and_subject, en_new_verb, event_keys, form_set, insert_after, kind_sets

_RESOLVED: dict = {}


_LAZY: dict = {}        # (module globals id, global name) -> (cue type, module globals), while the lists are not loaded


class _LazyWords:
    """A stand-in for a module-level word list (a frozenset of the forms of one cue type): the English
    lexicon is read at the first use of any list (the first English document), not at import, so runs
    without English text never load it.  :func:`_load_words` then rebinds every such global to its
    frozenset, so the rules see plain frozensets from then on (no per-lookup cost)."""
    __slots__ = ("kind",)

    def __init__(self, kind: str):
        self.kind = kind

    def _real(self) -> frozenset:
        _load_words()
        return frozenset(f for f, d in lexicon("en").cues.items() if self.kind in d)

    def __contains__(self, x) -> bool:
        return x in self._real()

    def __iter__(self):
        return iter(self._real())

    def __len__(self) -> int:
        return len(self._real())

    def __or__(self, other):
        return self._real() | other


def _load_words() -> None:
    """Bind every lazy word list of this module to its frozenset (once per process)."""
    if not _LAZY:
        return
    cues = lexicon("en").cues
    for (_, name), (kind, namespace) in list(_LAZY.items()):
        namespace[name] = frozenset(f for f, d in cues.items() if kind in d)
    _LAZY.clear()


def _cue_words(kind: str, name: str, namespace: Optional[dict] = None) -> _LazyWords:
    """The forms of cue type ``kind`` in ``cues_en.tsv`` for the global ``name`` of the module whose
    ``globals()`` is ``namespace`` (this module by default): a lazy stand-in until the first English
    document (see :class:`_LazyWords`).  Another module must pass its ``globals()``: a stand-in left
    unbound rebuilds the frozenset from the whole lexicon at every look-up."""
    namespace = globals() if namespace is None else namespace
    _LAZY[(id(namespace), name)] = (kind, namespace)
    return _LazyWords(kind)


def resolve_word(text: str):
    """``marsad.actors.resolve.resolve_text(text, lang="en")``, memoised per process (single
    capitalised words are looked up again and again: nationality adjectives, names)."""
    r = _RESOLVED.get(text, _RESOLVED)
    if r is _RESOLVED:
        from ..actors.resolve import resolve_text
        r = resolve_text(text, lang="en")
        if len(_RESOLVED) < 50_000:
            _RESOLVED[text] = r
    return r

# cue types read here (marsad/data/coding/cues_en.tsv):
#   aux    auxiliaries and adverbs that may stand between a subject and its verb (has, will, also …)
#   appos  words that open a parenthetical after a comma (a, an, the, who, which, once, himself …)
#   be     forms of "be" (a participle after one is an ordinary passive, not a reduced one)
# Word lists are cue types too, read once per process into frozensets by _cue_words (see the
# "# type: what it is for" comments in cues_en.tsv): participle, perfect_aux, article,
# obj_prep, number_word, clause_word, subj_stop, as_before, as_after, attach_prep, behest_prep,
# object_marker, owner_open_prep, owner_stop_prep, condemned_stop, ruling_next, object_gap_stop,
# adjunct_open, adjunct_prep, charge_skip.
_IRREGULAR_PARTICIPLES = _cue_words("participle", "_IRREGULAR_PARTICIPLES")
_PERFECT_AUX = _cue_words("perfect_aux", "_PERFECT_AUX")     # has / have / had
_ARTICLES = _cue_words("article", "_ARTICLES")             # the / a / an


def _participle(norm: str) -> bool:
    return norm.endswith("ed") or norm in _IRREGULAR_PARTICIPLES


def _by_arg(words, k: int, args: Sequence) -> Optional[object]:
    """The actor right after "by" at word k (within two words: "by the Qatari government")."""
    if k >= len(words) or words[k].norm != "by":
        return None
    return next((a for a in args if k < a.i0 <= k + 3), None)


def reduced_passive(words, i: int, args: Sequence) -> Optional[tuple]:
    """(agent, patient) when the trigger verb at ``i`` is a participle without an auxiliary,
    followed (optionally after one adverb) by "by" + an actor: "talks mediated by Qatar"
    -> (Qatar, the actor the participle modifies or None).  None when it is not one."""
    w = words[i]
    if not _participle(w.norm) or i == 0:
        return None
    prev = words[i - 1]
    if "be" in prev.cue or (i > 1 and "be" in words[i - 2].cue and prev.norm.endswith("ly")):
        return None          # "was mediated by": an ordinary passive, handled by the SVO rule
    if "aux" in prev.cue and prev.norm in _PERFECT_AUX:
        return None          # "has backed": perfect active
    k = i + 1
    if k < len(words) and words[k].norm.endswith("ly") and words[k].norm != "by":
        k += 1
    agent = _by_arg(words, k, args)
    if agent is None:
        return None
    # the modified noun phrase: an actor ending right before the participle (or before a comma)
    j = i - 1
    if words[j].punct and words[j].text == ",":
        j -= 1
    patient = next((a for a in args if a.i1 - 1 == j), None)
    return agent, patient


def apposition_subject(words, i: int, args: Sequence) -> Optional[object]:
    """The subject of the verb at ``i`` when a parenthetical or a reduced passive stands between
    them: "Pakistan, a close ally of Washington, has refused" -> Pakistan; "Rebels backed by
    Rwanda attacked" -> Rebels.  None when there is no such construction.  A noun trigger after a past verb
    ("KFOR, the NATO mission in Kosovo, stepped up patrols": the trigger is "patrols") looks from that verb
    (session 16, ACT)."""
    k = i - 1
    if k >= 2 and not words[i].norm.endswith("ed") and not words[k].punct:
        if words[k].norm == "up" and words[k - 1].norm.endswith("ed"):
            k -= 2
        elif words[k].norm.endswith("ed") and words[k].text.islower():
            k -= 1
    while k >= 0 and ("aux" in words[k].cue or "be" in words[k].cue
                      or (words[k].norm.endswith("ly") and not words[k].punct)):
        k -= 1   # ("be": a passive, "Sisi, on his first visit to Sudan, was received by …": session 26 EN)
    if k < 1:
        return None
    if words[k].punct and words[k].text == ",":
        # ", <parenthetical>," : find the opening comma (no other comma, no full stop between)
        c = k - 1
        while c >= 0 and not (words[c].punct and words[c].text in ",;:.!?"):
            c -= 1
        if c < 1 or words[c].text != "," or c + 1 >= k:
            return None
        if not _opens_aside(words, c + 1):
            # "The U.S. ambassador, Linda Thomas-Greenfield, accused …": a name alone between the commas is
            # the title phrase's apposition; the coded one of the two is the subject
            name = next((a for a in args if a.i0 == c + 1 and a.i1 == k and a.prep == ""), None)
            head = next((a for a in args if a.i1 == c and a.prep == ""), None)
            if head is None or _sentence_object(words, head) or not (name is not None or (k - c <= 5 and all(
                    w.text[:1].isupper() or w.text == "-" for w in words[c + 1:k]))):
                return None
            return head if name is None or head.actor.code or not name.actor.code else name
        subj = next((a for a in args if a.i1 == c and a.prep == ""), None)
        if subj is None and c >= 2 and words[c - 1].text.isalpha() and words[c - 1].text.islower() \
                and words[c - 1].norm.endswith("s") and _opens_aside(words, c + 1):
            # "NATO allies, in a statement issued in Brussels, called on …": a plural head noun the actor phrase
            # did not take (allies, members) between the actor and the aside (session 32 FIXEN)
            subj = next((a for a in args if a.i1 == c - 1 and a.prep == ""), None)
        if subj is None and words[c + 1].norm in ("which", "who"):
            # "France, the former colonial power, which keeps 400 soldiers in Gabon, condemned …": a relative clause
            # after an apposition; the subject stands before the apposition's own opening comma (session 29)
            c2 = c - 1
            while c2 >= 0 and not (words[c2].punct and words[c2].text in ",;:.!?"):
                c2 -= 1
            if c2 >= 1 and words[c2].text == "," and c - c2 <= 8:
                subj = next((a for a in args if a.i1 == c2 and a.prep == ""), None)
        if subj is None and words[c + 1].norm in ("a", "an") and words[c - 1].text[:1].isupper() \
                and not any(a.i0 <= c - 1 < a.i1 for a in args):
            # "Juan Perez, a lawmaker of the opposition Socialist Party, called on …": a person the lexicon does not
            # know, whose aside names the body he belongs to ("a <role> of <actor>"): that body acts through him
            # (session 45 ENMISS45)
            subj = next((a for a in args if c + 1 < a.i0 and a.i1 == k and a.prep in ("", "of")), None)
        if subj is not None and not _sentence_object(words, subj):
            return subj
        return None
    # "<subject> <participle> by <agent> <verb>": the agent belongs to the participle
    agent = next((a for a in args if a.i1 == k + 1), None)
    if agent is None or agent.i0 < 2 or words[agent.i0 - 1].norm != "by":
        return None
    part = agent.i0 - 2
    if part >= 1 and words[part].norm.endswith("ly"):
        part -= 1
    if part < 1 or not _participle(words[part].norm) or "be" in words[part - 1].cue:
        return None
    subj = next((a for a in args if a.i1 == part and a.prep == ""), None)
    return subj


def name_apposition_end(words, k: int) -> int:
    """The comma at ``k`` opens a name apposition: "Malaysia's ambassador, Mohamad Nizan, persona non grata", "his
    South Korean counterpart, Kang Kyung-wha, met": a lower-case word (a title noun) before it, one to four capitalised
    words after it, a second comma, then a lower-case word that is no conjunction (not a list: "France, Germany and
    Italy").  Returns the second comma's index, else -1 (session 32; the object search of session 34 gapen34)."""
    n = len(words)
    m = _title_name_run(words, k) if k < n - 3 else -1
    if m < 0 or m >= n - 1 or words[m].text != ",":
        return -1
    nxt = words[m + 1].text
    return m if nxt.isascii() and nxt.isalpha() and nxt.islower() and nxt not in ("and", "or", "but") else -1


def _title_name_run(words, k: int) -> int:
    """The comma at ``k`` after a lower-case word (a title noun) opens one to four capitalised words: the index of
    the word after them (still inside the sentence), else -1."""
    n = len(words)
    if k <= 0 or words[k].text != ",":
        return -1
    prev = words[k - 1].text
    if not (prev.isascii() and prev.isalpha() and prev.islower()):
        return -1
    m = k + 1
    while m < n and m - k <= 5 and words[m].text[:1].isupper() and words[m].text.isascii() \
            and words[m].text.replace("-", "").replace(".", "").isalpha():
        m += 1
    return -1 if m == k + 1 or m >= n or m - k > 5 else m


def name_apposition_close(words, k: int) -> int:
    """As :func:`name_apposition_end`, for a name apposition that closes its clause: "met the summit's host, Prime
    Minister Mark Carney, and the two agreed …", "met his host, President X." -- the name is followed by a comma and a
    conjunction, or ends the sentence.  Returns the closing comma's or full stop's index, else -1 (session 47)."""
    n = len(words)
    m = _title_name_run(words, k) if k < n - 2 else -1
    if m < 0:
        return -1
    if words[m].text in (".", "!", "?") and m == n - 1:
        return m
    if words[m].text == "," and m + 1 < n and words[m + 1].text in ("and", "but"):
        return m
    return -1


_NP_OPENERS = frozenset(("the", "a", "an", "its", "his", "her", "their"))
_NOT_VERB_AFTER = frozenset(("and", "or", "but", "who", "which", "that", "where", "when", "while", "as", "said", "says",
                             "told", "in", "on", "at", "for", "with", "after", "before"))


def description_apposition_end(words, k: int) -> int:
    """The comma at ``k`` after a name opens a describing noun phrase: "China, Pakistan's closest ally, voiced regret",
    "Hungary, the bloc's most Moscow-friendly member, blocked …": a capitalised word before the comma, then a phrase of
    two to seven words opened by a determiner or possessive or by a capitalised word with "'s", without a comma or a
    relative pronoun, a second comma, then a lower-case word that is no conjunction, preposition or speech verb (the
    verb).  Returns the second comma's index, else -1 (session 41; "France, Germany and Italy" is a list)."""
    n = len(words)
    if not (0 < k < n - 4) or words[k].text != ",":
        return -1
    prev = words[k - 1].text
    if not (prev.isascii() and prev[:1].isupper()):
        return -1
    first = words[k + 1]
    opens = first.norm in _NP_OPENERS or (first.text[:1].isupper() and k + 2 < n and words[k + 2].text in ("'s", "’s"))
    if not opens:
        return -1
    m = k + 2
    while m < n and m - k <= 8 and words[m].text != "," and words[m].norm not in ("who", "which", "that", "and"):
        m += 1
    if m - k < 3 or m >= n - 1 or m - k > 8 or words[m].text != ",":
        return -1
    nxt = words[m + 1].text
    return m if nxt.isascii() and nxt.isalpha() and nxt.islower() and nxt not in _NOT_VERB_AFTER else -1


def capitalised_list(words, k: int) -> bool:
    """Is the comma at ``k`` one of a list of single capitalised modifiers before a lower-case head: "the British,
    French and German ambassadors", "the Dutch, Belgian and Danish envoys"?  A determiner (cue ``noun_det``) or a number opens the list ("leaders of
    France, Germany and Italy met" is no modifier list), the words right before and after the comma are capitalised, and
    after it the list goes on by capitalised words and commas to "and" / "or", one more
    capitalised word, then a lower-case word (session 37 GAPEN37)."""
    n = len(words)
    if not (1 < k < n - 4) or words[k].text != "," or not words[k - 1].text[:1].isupper() \
            or not ("noun_det" in words[k - 2].cue or words[k - 2].text.isdigit()):
        return False
    m = k + 1
    while m < n - 2 and m - k <= 8 and (words[m].text[:1].isupper() or words[m].text == ","):
        m += 1
    if m == k + 1 or words[m].norm not in ("and", "or") or not words[m + 1].text[:1].isupper():
        return False
    head = words[m + 2] if m + 2 < n else None
    return head is not None and head.text.isalpha() and head.text.islower()


def _opens_aside(words, j: int) -> bool:
    """Does the word at ``j`` (after a comma) open a parenthetical between a subject and its verb: an ``appos`` cue
    word (a, the, who, which, also …), an adverb in -ly, or a lower-case past participle followed by "by" ("Mali and
    Niger, also run by military juntas, expressed …", ", backed by Moscow,", ", angered by …,"; session 27 EN6)?  A
    participle with no "by" may be the main verb ("Niger, along with Mali, announced …, accusing …")."""
    w = words[j]
    if "appos" in w.cue:
        return True
    if w.punct or not w.text[:1].islower() or not w.text.isalpha():
        return False
    if j + 1 < len(words) and words[j + 1].norm in ("of", "to", "for") and not _participle(w.norm):
        return True   # (session 44) an article-less title: "Masaaki Kanai, head of the bureau, urged …"
    if _title_aside(words, j):
        return True
    return w.norm.endswith("ly") or (_participle(w.norm) and j + 1 < len(words) and words[j + 1].norm == "by")


def _title_aside(words, j: int) -> bool:
    """(Session 48) An article-less title of two or three lower-case words before "of / to / for" opens the aside:
    "Dmitry Medvedev, deputy head of Russia's Security Council, accused …", "X, deputy foreign minister of …"; no
    word of it a participle or a verb cue ("said to be …")."""
    for m in range(j + 1, min(j + 3, len(words) - 1)):
        if words[m + 1].norm in ("of", "to", "for"):
            return all(words[x].text.isalpha() and words[x].text.islower() and not _participle(words[x].norm)
                       and "aux" not in words[x].cue and "be" not in words[x].cue for x in range(j, m + 1))
    return False


_OBJECT_MARKERS = _cue_words("object_marker", "_OBJECT_MARKERS")
_RELATIVE_SUBJ = frozenset(["which", "who"])


def relative_antecedent(words, i: int, args: Sequence, coord: bool = True) -> Optional[object]:
    """The antecedent of a non-restrictive relative whose verb is at ``i``: "Mali's government, which
    expelled French troops, …" -> Mali's government; "Algeria, which has brokered …" -> Algeria.  Only a
    comma-set "which" / "who" as the verb's subject (auxiliaries and adverbs may stand between), and
    an actor ending right before the comma; else None.  With ``coord``, also the verb after "and" (and
    auxiliaries / adverbs) of such a clause: "…, which expelled French troops and has since deepened …"."""
    k = i - 1
    while k >= 0 and ("aux" in words[k].cue or (words[k].norm.endswith("ly") and not words[k].punct)
                      or words[k].norm in _COORD_ADVERBS):
        k -= 1
    if coord and k >= 3 and words[k].norm == "and":
        # "…, which expelled French troops in 2022 and has since deepened its ties with Moscow, …": the
        # second verb of a coordinated relative clause shares its subject (session 10 EN3)
        j = k - 1
        while j > 0 and k - j <= 15 and not words[j].punct and words[j].norm not in _RELATIVE_SUBJ \
                and "comp" not in words[j].cue and "boundary" not in words[j].cue:
            j -= 1
        if j > 1 and words[j].norm in _RELATIVE_SUBJ and k - j > 2:
            k = j
    if k < 2 or words[k].norm not in _RELATIVE_SUBJ or words[k - 1].text != ",":
        return None
    return next((a for a in args if a.i1 == k - 1 and a.prep == ""), None)


_COORD_ADVERBS = _cue_words("coord_adverb", "_COORD_ADVERBS")
# adverbs between "and" / "but" and a joined speech verb ("and again denied that …"; also read by stages/quotes, s53)
JOINED_SPEECH_ADVERBS = frozenset(("again", "also", "later", "then", "repeatedly", "firmly", "flatly", "strongly"))


def _sentence_object(words, a) -> bool:
    """An actor right after a verb-like word or a preposition is not a subject."""
    j = a.i0 - 1
    while j >= 0 and words[j].norm in _ARTICLES:
        j -= 1
    return j >= 0 and not words[j].punct and words[j].norm in _OBJECT_MARKERS


def en_svo_fix(words, i: int, args: Sequence, src, tgt) -> tuple:
    """The SVO rule's (source, target) for the English verb at ``i``, corrected for a reduced
    passive ("talks mediated by Qatar": Qatar is the agent) and for a subject separated from its
    verb by an apposition or a reduced passive ("Pakistan, a close ally of Washington, has
    refused"; "Rebels backed by Rwanda attacked").  ``args`` are all actor arguments of the
    sentence (the SVO rule itself sees only the comma-bounded clause)."""
    rp = reduced_passive(words, i, args)
    if rp is not None:
        agent, patient = rp
        return agent, (patient if patient is not agent else None)
    if "accused_participle" in words[i].cue and 0 < i < len(words) - 1 and words[i + 1].norm in ("of", "with") \
            and not ("be" in words[i - 1].cue or "aux" in words[i - 1].cue):
        # "expelled two Russian diplomats accused of spying": the participle modifies the noun before it, which is
        # the accused; the accuser is unnamed (session 11)
        noun = next((a for a in args if a.i1 == i), None)
        if noun is not None:
            return None, noun
    ante = relative_antecedent(words, i, args, coord=False)
    if ante is None:
        # the second verb of a coordinated relative clause: unless its own subject stands before the antecedent
        ante = relative_antecedent(words, i, args)
        if ante is not None and src is not None and src.i0 <= ante.i1:
            ante = None
    if ante is not None:
        # "Algeria, which brokered a peace deal, offered …": the relative clause's verb is its antecedent's act
        passive = i > 0 and "be" in words[i - 1].cue
        if passive:
            return src, (ante if ante is not src else tgt)
        return ante, (None if tgt is ante else tgt)
    subj = apposition_subject(words, i, args)
    if subj is None:
        return _co_agent_subject(words, args, src), tgt
    passive = i > 0 and ("be" in words[i - 1].cue or (i > 1 and "be" in words[i - 2].cue
                                                       and words[i - 1].norm.endswith("ly")))
    if passive:
        return src, (subj if subj is not src else tgt)
    return subj, (None if tgt is subj else tgt)


_CO_AGENT_HEADS = frozenset(("together", "along"))


def _co_agent_subject(words, args, src):
    """"Caputova condemned the attack, and together with President-elect Pellegrini urged parties to …": the actor
    after "together with" / "along with" is a partner of the subject, not the subject; the sentence's first bare actor
    before it is (session 40).  Else ``src``."""
    if src is None or src.i0 < 2 or words[src.i0 - 1].norm != "with" or words[src.i0 - 2].norm not in _CO_AGENT_HEADS:
        return src
    return next((a for a in args if a.i1 <= src.i0 - 2 and not a.prep), src)


# ----------------------------------------------------------------------------- owner of the object
_OBJ_PREPS = _cue_words("obj_prep", "_OBJ_PREPS")
_NUMBER_WORDS = _cue_words("number_word", "_NUMBER_WORDS")
_TRADE_FLOW = _cue_words("trade_flow", "_TRADE_FLOW")


_VOTE_COUNT = frozenset(("votes", "vote", "to", "with", "abstentions", "abstaining", "against", "in", "favour", "favor"))


def object_owner(words, i: int, last: int, ce: int, resolve=None) -> Optional[tuple]:
    """The actor a nationality or organisation name in the verb's object noun phrase stands for,
    when that phrase is no actor of its own: "rejected an Indian proposal" -> India, "rejected a
    United Nations appeal" -> UN, "condemned the Israeli offensive" -> Israel.  The object starts
    right after the trigger (``last``), may open with determiners / premodifiers (cue ``np_pre``:
    a, the, recent, new, proposed …), then a run of capitalised words, then the lower-case head
    noun.  Returns ``(code, country)`` from ``resolve(text)`` (default: the actor lexicon's
    :func:`marsad.actors.resolve.resolve_text`), or None.  Only the first noun phrase is read."""
    n = min(len(words), ce)
    k = last + 1
    if k + 1 < n and words[k].norm == "by" and words[k + 1].norm.replace(",", "").isdigit():
        # "rejected by 107 votes to 13 a Russian demand": a vote count between the verb and its object (session 39)
        k += 1
        while k < n and (words[k].norm.replace(",", "").isdigit() or words[k].norm in _VOTE_COUNT):
            k += 1
    if k < n and words[k].norm in _OBJ_PREPS:
        k += 1          # "imposed sanctions on three Iranian oil companies", "fired on Palestinian protesters"
    elif k < n and last > i and words[k].norm == "of" and words[last].norm in _TRADE_FLOW:
        k += 1          # "banned imports of Thai fuel": the goods' owner (s33 GAPEN)
    while k < n and ("np_pre" in words[k].cue or "quant" in words[k].cue or words[k].norm.replace(",", "").isdigit()
                     or words[k].norm in _NUMBER_WORDS or (words[k].norm.endswith("ly") and not words[k].punct)):
        k += 1
    j = k
    while j < n and not words[j].punct and words[j].text[:1].isupper() and words[j].text.isalpha() is not False:
        j += 1
    if j == k or j >= n or words[j].punct or not words[j].text[:1].islower() or j - k > 4:
        return None
    if "'s" in (words[j].norm, words[j - 1].norm):
        return None
    from ..actors.lexicon import get_lexicon, phrase_key
    if phrase_key(words[j].text) in get_lexicon().cues.get("treaty_tail", ()):
        return None     # "violating the Minsk agreements", "the Oslo accords": a treaty's name, no owner (cue treaty_tail)
    if resolve is None:
        from ..actors.resolve import resolve_text as resolve
    r = resolve(" ".join(w.text for w in words[k:j]), lang="en")
    if r is None or not getattr(r, "code", None):
        return None
    return r.code, getattr(r, "country", None)


# ----------------------------------------------------------------------------- target from the place
# CAMEO sector codes a country-less generic actor carries (MIL "the peacekeeping force", REB "rebels")
_SECTORS = frozenset(["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "DIP", "ELI", "REB", "INS", "UAF", "SEP",
                      "OPP", "RAD", "CVL", "REF", "LAB", "MED", "EDU", "BUS", "AGR", "HLH", "CRM", "PTY", "MOD", "REL"])


def charge_clause(doc, lo: int, hi: int) -> bool:
    """Does ``doc.text[lo:hi]`` hold a charge participle ("suspected of", "accused of", "charged with"; cue
    ``accused_participle``) modifying the noun before it (no be / have before the participle)?  An actor or a place
    of another country after it belongs to the charge, not to the arrest: "arrested four men suspected of smuggling
    migrants through Russia" (session 25 B12EN); the arresting side's own country stays (where they were held)."""
    if hi <= lo:
        return False
    toks = [t.strip(",.;:\"'").lower() for t in doc.text[lo:hi].split()]
    lex = lexicon("en")
    return any("accused_participle" in lex.cue(toks[k]) and toks[k + 1] in ("of", "with")
               and not (k > 0 and ("be" in lex.cue(toks[k - 1]) or "aux" in lex.cue(toks[k - 1])))
               for k in range(len(toks) - 1))


_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:saying|adding|noting|arguing|calling|describing|stressing|insisting|warning|"
                                r"claiming|citing|urging|telling|writing)\b")


_NAMED_PLAN_NOUNS = frozenset(("plan", "plans", "agreement", "agreements", "deal", "accord", "accords", "process",
                               "declaration", "roadmap", "framework", "format", "protocol", "treaty", "formula"))
_MOTION_INFINITIVE = re.compile(r"\bto\s+(?:come|go|travel|return|fly|move|flee|relocate|leave)\b", re.I)


def place_target(doc, ev, within: int = 80, fill_roles: bool = True, places=None) -> Optional[str]:
    """English, an event with no target: the country of the first place named after the trigger
    in the same sentence (within ``within`` characters): "demonstrated in Belgrade" -> SRB, "sought
    refuge in Germany" -> DEU, "shelled villages in southern Lebanon" -> LBN.  The PLOVER gold
    codes the country where a one-sided event happens as its target.  With ``fill_roles`` a
    country-less generic target ("the peacekeeping force in Lebanon", "rebels in Darfur": MIL,
    REB) takes that country too (the caller prefixes its code).  None when the event already has
    a target with a country (or an international one) or no such place is named."""
    if ev.target_country:
        return None
    if ev.target_code and not (fill_roles and ev.target_code[:3] in _SECTORS):
        return None          # a named country-less actor (SUN, an IGO): not re-homed
    for pl in (doc.places if places is None else places.get(ev.sentence, ())):
        if pl.country and pl.sentence == ev.sentence and ev.trigger_end <= pl.start <= ev.trigger_end + within:
            if ev.source_span and ev.source_span[0] <= pl.start < ev.source_span[1]:
                continue     # the source's own name ("at the request of the United States"), no venue
            if doc.text[pl.end:pl.end + 16].split()[:1] and \
                    doc.text[pl.end:pl.end + 16].split()[0].strip(",.").lower() in _MISSION_NOUNS:
                continue     # "at the US embassy in Nairobi": the mission's state, not its venue (session 21)
            if doc.text[pl.end:pl.end + 16].split()[:1] and \
                    doc.text[pl.end:pl.end + 16].split()[0].strip(",.").lower() in _CLUB_NOUNS:
                continue     # "the father of Liverpool forward Luis Diaz": a club's name, no venue (session 34)
            if any(q.sentence == ev.sentence and (q.speaker_start == pl.start and q.speaker_end <= pl.end
                                                  or q.speaker_start <= pl.start < q.speaker_end) for q in doc.quotes):
                continue     # "fired two missiles into the sea, Seoul said": who reports it, not where
                             # ("…, South Korea's military said": a place inside the speaker's span; session 11)
            if _opens_clause(doc.text[ev.trigger_end:pl.start]) or next_clause(doc.text, ev.trigger_end, pl.start) < pl.start:
                return None  # "told reporters that Russia would …": the place is the reported clause's
            if (ev.root or ev.cameo[:2]) in _SAYING_CLAUSE_ROOTS \
                    and _PARTICIPLE_CLAUSE.search(doc.text, ev.trigger_end, pl.start):
                return None  # "welcomed the ruling, saying it helped to isolate Israel": the participle clause's
                # own words, no venue of the act (session 39); so for a reaction ("rejected the protest, saying
                # China had always …": the speaker's own country is the reported clause's; session 50 GAPEN50)
            if ":verb:" in ev.rule and _listed_predicate(doc.text, ev.trigger_end, pl.start):
                return None  # "welcomed the resolution, thanked Ghana and Nigeria for …": the place is the object of
                # the next verb of the list, no side of this one (session 51, enmiss51)
            if doc.text[pl.end:pl.end + 16].split()[:1] and \
                    doc.text[pl.end:pl.end + 16].split()[0].strip(",.").lower() in _NAMED_PLAN_NOUNS:
                continue     # "rejected the Kingston plan": the place names the plan, no venue or side (session 40)
            if _MOTION_INFINITIVE.search(doc.text, ev.trigger_end, pl.start):
                return None  # "granted her request to come to India": the destination of the infinitive's motion,
                # not the act's target (session 40)
            if _as_clause_subject(doc.text[ev.trigger_end:pl.start]):
                return None  # "trade blame over shelling as Malaysia pushes for truce": the as-clause's subject (s26)
            if (ev.root or ev.cameo[:2]) == "17" and pl.country != ev.source_country \
                    and charge_clause(doc, ev.trigger_end, pl.start):
                return None  # "arrested two men suspected of smuggling migrants from Turkey": the charge's place
                # (a place of the arresting country, "… suspected of sabotage in Aleppo", is where they were held)
            if doc.text[max(ev.trigger_end, pl.start - 30):pl.start].split()[-3:][:2] in _REQUESTER_BEFORE or \
                    doc.text[max(ev.trigger_end, pl.start - 30):pl.start].split()[-2:] in _REQUESTER_BEFORE:
                return None  # "a meeting at the request of the United States, Japan and …": who asked (session 11)
            if pl.country == ev.source_country and (ev.root or ev.cameo[:2]) in _VENUE_ROOTS:
                return None  # "Erdogan offered to host talks in Istanbul": the venue, no target of its own
            if (ev.root or ev.cameo[:2]) in _VENUE_ROOTS and any(
                    w.strip(",.").lower() in _CAUSE_WORDS and w.lower() != "over"   # (hand over to X: a particle)
                    for w in doc.text[ev.trigger_end:pl.start].split()):
                return None  # "agreed to reopen embassies after talks in Beijing": the place of an adjunct (the
                             # talks' venue), no party of the agreement (session 9 EN2)
            if _venue_of_noun(doc.text[ev.trigger_end:pl.start]):
                return None  # "urged both sides to return to talks in Jeddah": the venue of talks told after the
                             # trigger, no target of it (session 26 B17EN)
            if ":mutual" in ev.rule and ((ev.root or ev.cameo[:2]) == "04" or ev.cameo == "036") and not ev.source_country \
                    and ((ev.source_code or "")[:3] in _SECTORS or not ev.source_code) and not ev.target_code:
                return None  # "after talks in Beijing", "negotiations are due to resume in Istanbul": a meeting
                             # of no named party; its place is the venue, no party (session 9 EN2); so for a party
                             # with no country ("commanders from both countries were due to meet in Kuala Lumpur",
                             # session 12)
            if (ev.root or ev.cameo[:2]) in _TOPIC_OVER_ROOTS and \
                    doc.text[max(ev.trigger_end, pl.start - 8):pl.start].split()[-1:] == ["over"]:
                return None  # "recall their ambassadors over Gaza": the row's topic, no party (session 29)
            if _APPOSED_OFF.search(doc.text, ev.trigger_end, pl.start):
                continue     # "patrols near the Matsu islands, off the Chinese province of Fujian": the "off" phrase
                # locates the venue named before it, whose country it need not share (session 45, GEO45)
            return pl.country
    return None


_LISTED_VERB = re.compile(r"\w[^,;:.]*,\s+([a-z]+ed)\s")


def _listed_predicate(text: str, start: int, end: int) -> bool:
    """Is there, between ``start`` (a verb trigger's end) and ``end``, the next predicate of a list: the verb's own
    words, a comma, then a past-tense trigger verb ("welcomed the resolution, thanked …"; session 51, enmiss51)?"""
    m = _LISTED_VERB.match(text, start + 1, end) if start < end and text[start:start + 1] == " " else None
    return m is not None and any(t.kind == "verb" for t in lexicon("en").lookup(m.group(1)))


_TOPIC_OVER_ROOTS = frozenset(("10", "11", "12", "13", "14", "16"))
# the roots whose act a ", saying / adding …" clause after it comments on: a place inside that clause is the
# comment's, no venue or side of the act (statements and welcomes, session 39; appeals, demands, disapproval,
# rejection and threats, session 50)
_SAYING_CLAUSE_ROOTS = frozenset(("01", "02", "05", "10", "11", "12", "13"))
# a second locative phrase, after a comma, that locates the first one's venue: "near the X islands, off (the coast of)"
_APPOSED_OFF = re.compile(r"\b(?:near|at|in|around|off)\s+[^,;.]+,\s+off\s+(?:the\s+)?(?:\w+\s+){0,4}$", re.I)


_MISSION_NOUNS = _cue_words("mission_noun", "_MISSION_NOUNS")
_VENUE_NOUNS = _cue_words("venue_noun", "_VENUE_NOUNS")   # talks, negotiations, summit … (session 26 B17EN)
_CLUB_NOUNS = _cue_words("club_noun", "_CLUB_NOUNS")   # forward, striker, coach … after a town's name (session 34)


def _venue_of_noun(gap: str) -> bool:
    """Does the text between a trigger and a place end with a meeting noun (``venue_noun``) and "in" / "at" (with
    "the" and a capitalised name or so between: "to return to talks in", "talks in the Saudi city of")?  The place
    is that meeting's venue, not the earlier trigger's target.  The trigger itself ("held talks in Cairo") leaves no
    such noun in the gap."""
    w = [x.strip(",.").lower() for x in gap.split()]
    for k in range(len(w) - 1, max(-1, len(w) - 6), -1):
        if w[k] in ("in", "at") and k >= 1 and w[k - 1] in _VENUE_NOUNS:
            return True
    return False
_REQUESTER_BEFORE = [["request", "of"], ["invitation", "of"], ["behest", "of"], ["initiative", "of"]]


# roots whose place after the trigger is a venue when it is the source's own country (offers, talks,
# cooperation); elsewhere the GSR codes a domestic one-sided act (curfew, emergency, threat) toward it
_VENUE_ROOTS = frozenset(["03", "04", "05", "06"])
_SPEECH_WORDS = _cue_words("speech", "_SPEECH_WORDS")   # "condemned the veto and said Paris would …": a new clause
_CLAUSE_WORDS = _cue_words("clause_word", "_CLAUSE_WORDS")   # not after / before / since / until: prepositions too


def _opens_clause(gap: str) -> bool:
    """A complementiser, a relative or a clause boundary word, or a clause-ending punctuation mark in
    ``gap`` (the text between a trigger and a place): the place belongs to another clause."""
    if any(c in gap for c in ";:\"“”"):
        return True
    words = [w.strip(",.").lower() for w in gap.split()]
    if any(w in _CLAUSE_WORDS or w in _SPEECH_WORDS for w in words):
        return True
    # "rejected the accusations, and we will continue to support Ukraine": "and" + a subject of its own (s27 EN6)
    return any(w == "and" and en_and_subject(words, k, lexicon("en").cue) for k, w in enumerate(words))


def next_clause(text: str, start: int, end: int) -> int:
    """Where a later clause with a subject of its own begins after the event's trigger (", and" or "; " before a
    capitalised word: "X condemned what he called a coup against his ally, and Cuba and Nicaragua issued similar
    statements": Cuba and Nicaragua are the next clause's speakers, no side of X's condemnation, nor its venue;
    session 40 GAPEN40), else ``end``."""
    for sep in (", and ", "; "):
        k = text.find(sep, start, end)
        while k >= 0:
            j = k + len(sep)
            if j <= end and j < len(text) and text[j].isupper():
                end = k
                break
            k = text.find(sep, j, end)
    return end


def _as_clause_subject(gap: str) -> bool:
    """The place stands right after "as" ("… as Malaysia pushes for truce", "… as Chad closes frontier"): it opens
    a clause of its own, whose subject it is; "such as Kharkiv" is a list (session 26, PREC4)."""
    words = gap.lower().split()
    return bool(words) and words[-1] == "as" and gap[-1:].isspace() and (len(words) < 2 or words[-2] != "such")


def _mark(ev, tag: str) -> None:
    """Record in ``ev.rule`` how a side was inferred without a span of its own (``:tgt-place``,
    ``:src-nationality`` …): an event side with a code and no span must say so (tests check it)."""
    if f":{tag}" not in ev.rule:
        ev.rule += f":{tag}"


def inferred(ev, side: str) -> bool:
    """The event's ``side`` ("source" / "target") was inferred without a text span of its own (its rule
    carries a ``:src-…`` / ``:tgt-…`` marker)."""
    if side == "source":
        return ":src-" in ev.rule
    return ":tgt-" in ev.rule or any(t in ev.rule for t in _STAGE_TARGET_TAGS)


# the event stage's own tags for a target it infers from a place or a nationality (marsad/stages/events.py)
_STAGE_TARGET_TAGS = (":recipient", ":visit-place", ":obj-nationality", ":withdrawn-from")


# ----------------------------------------------------------------------------- crowd nationality
_SUBJ_STOP = _cue_words("subj_stop", "_SUBJ_STOP")


def subject_nationality(words, i: int, cs: int, resolve=None, span: int = 6) -> Optional[str]:
    """The country of a nationality adjective in the subject noun phrase before the trigger at
    ``i`` (or right before a verbal noun): "Palestinian prisoners rioted" -> PSE, "Algerian
    landowners began a hunger strike" -> DZA, "Kenyan riots" -> KEN.  For crowds the actor
    lexicon has no role for (prisoners, landowners, youths) and so no actor.  Looks back at most
    ``span`` words inside the clause (``cs``), not across punctuation; only a nationality word
    (``resolve`` gives a country-coded *group*), never a country name (that is an actor already)."""
    for k in range(i - 1, max(cs, i - span) - 1, -1):
        w = words[k]
        if w.punct or "boundary" in w.cue or "comp" in w.cue or w.norm in _SUBJ_STOP:
            return None   # (not across a preposition: "wounded British soldiers in a bomb attack")
        if not (w.text[:1].isupper() and w.text.isalpha()):
            continue
        r = resolve(w.text, lang="en") if resolve is not None else resolve_word(w.text)
        if r is not None and getattr(r, "kind", None) == "group" and getattr(r, "country", None) \
                and getattr(r, "code", None) == r.country:
            if k - 1 >= cs and world_regions.region_words(words[k - 1].text, w.text):
                return None   # "Latin American leaders": a region's, no country's (session 23 GAPE)
            if resolve is None and k - 1 >= cs and not words[k - 1].punct:
                # "Bosnian Serbs", "Iraqi Kurds": the state's nationality word before a people's name
                c0 = _nationality(words[k - 1].text)
                if c0 and c0 != r.country:
                    return c0
            return r.country
    return None


def _conjoined_nationality_copies(events, conj_nat) -> None:
    """One copy of each event per further conjoined nationality of its subject ("Malian and Nigerien
    protesters rallied", the fill gave the first), marked ``:compound``, right after the event."""
    add = {}
    for ev, cs_ in conj_nat:
        if ev.source_country is None:
            continue
        for c in cs_:
            if c == ev.target_country:
                continue
            new = copy.copy(ev)
            new.plover_context = list(ev.plover_context)
            new.source_country, new.source_code = c, c + (ev.source_code or "")[3:]
            new.id = stable_id(ev.id, "nationality", c)
            _mark(new, "compound")
            add.setdefault(id(ev), []).append(new)
        if id(ev) in add:
            _mark(ev, "compound")
    insert_after(events, add)


def subject_nationalities(words, i: int, cs: int) -> list:
    """The countries of :func:`subject_nationality` with the nationality adjectives conjoined before it, in
    text order: "Israeli and Palestinian leaders met" -> [ISR, PSE], "US, British and French envoys" -> three
    (session 14 EN8); one country or none as there."""
    c = subject_nationality(words, i, cs)
    if c is None:
        return []
    k = next((k for k in range(i - 1, max(cs, i - 6) - 1, -1) if _nationality(words[k].text) == c), None)
    out = [c]
    while k is not None and k - 2 >= cs and words[k - 1].norm in ("and", ","):
        c2 = _nationality(words[k - 2].text)
        if not c2 or c2 in out:
            break
        out.insert(0, c2)
        k -= 2
    return out


# ----------------------------------------------------------------------------- document-level hook
def _clause_start(words, i: int) -> int:
    cs = i
    while cs > 0:
        w = words[cs - 1]
        if (w.punct and (w.text in PUNCT_BOUNDARY or w.text in ".!?")) or "boundary" in w.cue or "comp" in w.cue:
            break
        cs -= 1
    return cs


def _igo_ends(doc) -> list:
    """(span end, code) of every IGO / NGO actor mention of the document."""
    return [(e0, a.code) for a in doc.actors if (a.code or "")[:3] in ("IGO", "NGO") for _, e0 in a.spans]


def igo_official(doc, span, ends=None) -> Optional[str]:
    """"UN envoy Staffan de Mistura", "U.N. mediator Diego Cordovez", "Arab League chief X": the
    code of the international organisation (IGO / NGO actor) named right before an actor span, with
    at most two title words between them (cue ``igo_title``: envoy, mediator, special …), or None.  The person speaks for it.
    ``ends``: :func:`_igo_ends` of the document, when the caller has it."""
    if not span:
        return None
    if ends is None:
        ends = _igo_ends(doc)
    if not ends:
        return None
    lex = lexicon("en")
    start = span[0]
    for e0, code in ends:
        if e0 > start or start - e0 > 40:
            continue
        gap = doc.text[e0:start].split()
        if len(gap) <= 2 and all("igo_title" in lex.cue(g.lower()) for g in gap) and \
                (gap or doc.text[e0:start].isspace()):
            if not gap and _country_at(doc, start):
                continue   # "told the council Washington condemned …": a country or its capital right after the
                # body is the next clause's subject, no official of the body (session 41, gapen41)
            return code
    return None


def _country_at(doc, start: int) -> bool:
    """Is the actor mention that starts at ``start`` a country (or a capital read as its government)?"""
    return any(a.kind == "country" and any(s0 == start for s0, _ in a.spans) for a in doc.actors)


# ----------------------------------------------------------------------------- round 2: arguments
# roots whose "to X" phrase names the addressee / recipient (appeal to, pledge to, talk to, apologise
# to, aid / troops to, demands to, refuse admittance to, a threat to, cut aid to)
_TO_ROOTS = frozenset(["02", "03", "04", "05", "06", "07", "10", "12", "13", "16"])
# roots whose object's "of X" / "X's" owner is the target ("seized the property of X", "criticised the
# policies of X", "hacked into the computers of X"); 10 only with an ``of_target`` head noun
_OF_ROOTS = frozenset(["11", "12", "16", "17", "18", "19", "20"])
_FORCE_ROOTS = frozenset(["18", "19", "20"])
FORCE_ROOTS = _FORCE_ROOTS   # (the events stage reads it)
_CLOSED = ("boundary", "comp", "rel")


def _direct_object(words, last: int, args: Sequence, span) -> bool:
    """Is the target span the verb's own bare object ("Egypt and Turkey have supported the army": only
    articles / premodifiers between the verb and it)?  Such a generic object is the target of every
    conjunct of the subject, not a cue that the conjuncts act toward each other (session 11, EN5)."""
    if not span:
        return False
    t = next((a for a in args if a.start == span[0]), None)
    if t is None or t.prep != "" or t.i0 <= last:
        return False
    return all(words[k].norm in _ARTICLES or "np_pre" in words[k].cue for k in range(last + 1, t.i0))


def _capacity_of(words, k: int) -> bool:
    """Is the actor at ``k`` named as the office in which the subject acts: "as (the current) chair / head / member of
    X" (cue ``capacity`` on the office noun; session 12, EN6)?"""
    if k > 0 and words[k - 1].norm in _ARTICLES:
        k -= 1
    if k < 3 or words[k - 1].norm != "of" or "capacity" not in words[k - 2].cue:
        return False
    j = k - 3
    while j > 0 and j > k - 6 and (words[j].norm in _ARTICLES or "np_pre" in words[j].cue or words[j].text[:1].islower()
                                   and words[j].norm != "as" and not words[j].punct):
        j -= 1
    return words[j].norm == "as"


def _open_target(ev) -> bool:
    """No target, a country-less generic one ("MIL", "CVL"), or the source itself (a generic
    target the domestic fill gave the source's code): a better one may be named."""
    if ev.target_code and ev.target_code == ev.source_code and ev.target_code[3:] in _SECTORS:
        return True
    return not ev.target_country and (not ev.target_code or ev.target_code[:3] in _SECTORS)


def _same_side(ev, a) -> bool:
    """The actor is the event's source (same actor, or the same country)."""
    return a.actor.id == ev.source_actor_id or (a.actor.country is not None and a.actor.country == ev.source_country
                                                and (a.actor.code or "") == (ev.source_code or ""))


def _arg_at(args, k: int, words) -> Optional[object]:
    """The actor starting at word k, or after one determiner / premodifier at k."""
    for a in args:
        if a.i0 == k:
            return a
        if a.i0 == k + 1 and k < len(words) and "np_pre" in words[k].cue:
            return a
        if a.i0 > k + 1:
            break
    return None


def to_target(words, last: int, args: Sequence, span: int = 10, word: str = "to") -> Optional[object]:
    """The actor of the first "to" phrase after the trigger's last word ``last`` (within ``span``
    words, not across punctuation or a clause boundary): "sent 3,000 troops to Poland", "appealed
    to France for help", "refused admittance to Ghanaians" -> that actor.  A "to" before anything but
    an actor ("agreed to send", "to the region") ends the search."""
    n = len(words)
    for k in range(last + 1, min(n, last + 1 + span)):
        w = words[k]
        if w.punct or any(c in w.cue for c in _CLOSED):
            return None
        if w.norm == word:
            return _arg_at(args, k + 1, words)
    return None


_OWNER_OPEN_PREPS = _cue_words("owner_open_prep", "_OWNER_OPEN_PREPS")
_OWNER_STOP_PREPS = _cue_words("owner_stop_prep", "_OWNER_STOP_PREPS")


def of_owner(words, last: int, args: Sequence, span: int = 7) -> Optional[object]:
    """The owner of the verb's object noun phrase: "hacked into the computers of South Korean army
    officers", "seized the property of the opposition leader", "stormed Germany's embassy" -> that
    actor.  The object may open with one preposition (into, on, at), then lower-case words up to
    "of" + actor; or it is a possessive actor ("Germany's") right after the trigger.  None across
    punctuation, a clause boundary or a second preposition."""
    n = len(words)
    k = last + 1
    if k < n and words[k].norm in _OWNER_OPEN_PREPS:
        k += 1
    a = _arg_at(args, k, words)
    if a is not None and a.i1 < n and words[a.i1 - 1].norm.endswith(("'s", "’s")) or \
            (a is not None and a.i1 < n and words[a.i1].norm in ("'s", "’s", "'")):
        return a
    for j in range(k, min(n, last + 1 + span)):
        w = words[j]
        if w.punct or any(c in w.cue for c in _CLOSED) or (j > k and w.norm in _OWNER_STOP_PREPS):
            return None
        if w.norm == "of":
            a = _arg_at(args, j + 1, words)
            return a if a is not None and a.prep == "of" else None
        if w.text[:1].isupper() and j > k:
            return None
    return None


_CIVILIAN_ROLES = frozenset(["CVL", "REF", "MED", "EDU", "REL", "HLH", "LAB", "AGR", "BUS"])


def proposal_author(words, i: int, last: int, args: Sequence, span: int = 8) -> Optional[object]:
    """"dismissed an appeal from President X", "rejected a proposal by the mediators", "accepted an
    invitation from Beijing": the actor after "from" / "by" that follows a proposal noun (cue
    ``proposal``) in the verb's object (or in the trigger itself), within ``span`` words."""
    n = len(words)
    seen = any("proposal" in words[k].cue for k in range(i, last + 1))
    for k in range(last + 1, min(n, last + 1 + span)):
        w = words[k]
        if w.punct or any(c in w.cue for c in _CLOSED):
            return None
        if "proposal" in w.cue:
            seen = True
        elif w.norm in ("from", "by") and seen:
            return _arg_at(args, k + 1, words)
    return None


_COOP = frozenset(["03", "04", "05", "06"])
# host, mediate, offer aid / mediation: conjoined co-hosts, co-mediators, co-donors act toward third parties, not
# toward each other (EN round 6; 033 / 039 session 12: "عرضت مصر وقطر تقديم مساعدات", "offered to mediate"); read
# by this module and by the event stage's conjoined-subject rules
THIRD_PARTY = frozenset(["042", "043", "045", "033", "039"])   # (042 visit / attend: "Cuba's and Nicaragua's presidents
# attended the inauguration" visited the host, not each other; session 40)


def offer_object(words, i: int, last: int) -> bool:
    """The trigger words[i..last] is a verb of offering ("offered", "pledged aid") or the noun right after one
    ("pledged support"): its conjoined subjects give to a third party.  "offer" is always so ("offered to
    mediate"); "pledge / promise / vow" only with a direct object ("pledged to end the dispute" may be mutual)."""
    offers = form_set("offer_verbs.tsv")
    w = words[i].norm
    if w in offers:
        if w.startswith("offer"):
            return True
        return last + 1 < len(words) and words[last + 1].norm != "to" and not words[last + 1].punct
    return i > 0 and words[i - 1].norm in offers


def named_with(words, last: int) -> bool:
    """"Mali and Niger expressed full solidarity with Ouagadougou": a capitalised name after "with" within four
    words of the trigger (a capital the actor tables hold as a place, not an actor) is the conjoined subjects'
    partner; they do not act toward each other (session 14, EN8)."""
    for k in range(last + 1, min(len(words) - 1, last + 5)):
        if words[k].punct:
            return False
        if words[k].norm == "with":
            return words[k + 1].text[:1].isupper() and words[k + 1].text.isalpha()
    return False


def thing_supported(words, last: int, args: Sequence, cameo: str) -> bool:
    """"France and Italy backed the duties", "Egypt and Jordan welcomed the ceasefire": conjoined subjects of a
    verb of support (root 05, not the signing of an agreement, 057) with an object noun phrase that is no actor
    support that thing, not each other (session 13, EN7).  "… backed each other", "… backed Ukraine" are not so."""
    if cameo[:2] != "05" or cameo == "057" or last + 1 >= len(words):
        return False
    w = words[last + 1]
    if w.punct or w.norm in _NOT_THING_OBJECT or not (w.norm in _ARTICLES or "np_pre" in w.cue or w.text[:1].islower()):
        return False
    return _arg_at(args, last + 1, words) is None


_NOT_THING_OBJECT = _cue_words("not_thing_object", "_NOT_THING_OBJECT")


_CONDEMNED_STOP = _cue_words("condemned_stop", "_CONDEMNED_STOP")


def condemned_agent(words, last: int, args: Sequence, span: int = 10) -> Optional[object]:
    """"condemned the killing of civilians by the army", "rejected the annexation of the region by
    Russia": the actor after "by" in the object noun phrase (a nominalised act: determiner or
    noun first, not a participle "carried out by", which :func:`reduced_passive` reads), or None."""
    n = len(words)
    k = last + 1
    if k >= n or not ("np_pre" in words[k].cue or words[k].text[:1].islower()):
        return None
    for j in range(k, min(n - 1, last + 1 + span)):
        w = words[j]
        if w.punct or any(c in w.cue for c in _CLOSED) or w.norm in _CONDEMNED_STOP:
            return None
        if w.norm == "by" and j > k:
            a = _arg_at(args, j + 1, words)
            return a
    return None


def investigated_agent(words, last: int, args: Sequence, span: int = 10) -> Optional[object]:
    """"an investigation into crimes committed by Croat forces", "a probe into abuses carried out by
    the militia": the agent of a participle + "by" inside the object of an investigation."""
    n = len(words)
    for k in range(last + 1, min(n - 1, last + 1 + span)):
        w = words[k]
        if w.punct or any(c in w.cue for c in _CLOSED):
            return None
        if w.norm == "by" and k > last + 1 and (_participle(words[k - 1].norm) or words[k - 1].norm == "out"):
            return _arg_at(args, k + 1, words)
    return None


def _of_head_ok(words, last: int, lex_cue) -> bool:
    """A demand's object head noun that makes its of-owner the target ("the resignation of X")."""
    k = last + 1
    while k < len(words) and "np_pre" in words[k].cue:
        k += 1
    return k < len(words) and "of_target" in words[k].cue


def noun_phrase_args(words, last: int, args: Sequence, span: int = 8) -> tuple:
    """For an attack noun ending at ``last``: (agent, patient) from "by X" and "on / against X" phrases
    that follow it ("an attack by Hezbollah on an Israeli post", "strikes by coalition jets",
    "attacks on civilians by militias"), within ``span`` words, not across punctuation or a verb."""
    agent = patient = None
    n = len(words)
    for k in range(last + 1, min(n, last + 1 + span)):
        w = words[k]
        if w.punct or any(c in w.cue for c in _CLOSED):
            break
        if w.norm == "by" and agent is None:
            agent = _arg_at(args, k + 1, words)
        elif w.norm in ("on", "against") and patient is None:
            patient = _arg_at(args, k + 1, words)
    return agent, patient


_CAUSE_WORDS = _cue_words("cause_prep", "_CAUSE_WORDS")          # over, after, amid, following …
_CAUSE_HEADS = _cue_words("cause_head", "_CAUSE_HEADS")          # in response to, in retaliation for …


def cause_before(words, i: int) -> int:
    """The index of a cause preposition governing the noun phrase that ends with word ``i`` ("over the
    border clashes", "after the raid", "in retaliation for the rocket attacks"), or -1.  The words
    between may only be a determiner, a number and up to three lower-case modifiers."""
    for k in range(i - 1, max(-1, i - 6), -1):
        w = words[k]
        if w.punct or "aux" in w.cue or "be" in w.cue:
            return -1
        if w.norm in _CAUSE_WORDS:
            return k
        if w.norm in ("to", "for", "of") and k > 0 and words[k - 1].norm in _CAUSE_HEADS:
            return k - 1
        if not (w.text.islower() or w.norm.isdigit()):
            return -1
    return -1


def _governing_unreal(words, i: int, ev, same: list, pos: dict):
    """The nearest earlier event of the sentence, at most 12 words back with no punctuation or clause word
    between, that is negated, not asserted or a refusal (root 12: "would not allow", recoded 124) and governs the infinitive "to V" at ``i`` (through its object and
    further infinitives: "would not allow X to use Y to threaten …"); None if there is none."""
    best = None
    for m in same:
        if m is ev or m.trigger_end > ev.trigger_start or not (m.negated or m.modality in _UNREAL or m.root == "12"):
            continue
        got = pos.get(id(m))
        if got is None:
            continue
        k = got[3]   # the governing trigger's last word
        if i - k > 12 or any(words[j].punct or words[j].norm in _CLAUSE_WORDS for j in range(k + 1, i)):
            continue
        if best is None or m.trigger_end > best.trigger_end:
            best = m
    return best


_UNREAL = frozenset(["future", "intent", "conditional", "hypothetical", "demand"])
_MATERIAL_CONFLICT = frozenset(["15", "16", "17", "18", "19", "20"])
_DEMAND_NOUNS = _cue_words("demand_noun", "_DEMAND_NOUNS")   # calls, demands, appeals ... (else an offer / plan: intent)


def nominal(ev, words, i: int) -> bool:
    """The trigger is used as a noun: a noun entry, or a verb entry after a determiner, a numeral or
    a quantifier with at most two modifiers between ("a bomb attack", "the attacks", "two strikes")."""
    if ":noun:" in ev.rule:
        return True
    if words[i].norm.endswith(("ed", "ing")):
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        w = words[k]
        if w.punct or "aux" in w.cue or "be" in w.cue or w.norm == "to" or "pron_country" in w.cue:
            return False
        if k == i - 1 and w.norm.endswith("s") and not w.norm.endswith("ss") and w.norm not in _NUMBER_WORDS \
                and "np_pre" not in w.cue and "quant" not in w.cue:
            return False         # "the two companies struck": a plural noun before the verb is its subject
        if k > 0 and k + 1 < i and w.text[:1].isupper() and words[k + 1].text[:1].isupper() \
                and words[i].text[:1].islower():
            return False         # "a day after New Delhi put the treaty on hold": "New" opens a name (the subject),
            # not the modifier of a noun trigger (session 29 B20EN)
        if "np_pre" in w.cue or "quant" in w.cue or w.norm.isdigit() or w.norm in _NUMBER_WORDS:
            return True
    return False


def _words_index(doc, ev, cache: dict, lex):
    """(words, args, trigger index, last trigger word index) of an event's sentence, cached."""
    if not (0 <= ev.sentence < len(doc.sentences)):
        return None
    got = cache.get(ev.sentence)
    if got is None:
        sent = doc.sentences[ev.sentence]
        words = words_of(doc, sent, lex)
        got = cache[ev.sentence] = (words, actor_args(doc, sent, words, "en"), start_index(words))
    words, args, by_start = got
    i = by_start.get(ev.trigger_start)
    if i is None:
        return None
    last = i
    while last + 1 < len(words) and words[last].end < ev.trigger_end:
        last += 1
    return words, args, i, last


_RULING_NEXT = _cue_words("ruling_next", "_RULING_NEXT")
_SHOWN_NEXT = _cue_words("shown_next", "_SHOWN_NEXT")
_NO_NEXT_STOP = _cue_words("no_next_stop", "_NO_NEXT_STOP")
_SEA_WORDS = _cue_words("sea_word", "_SEA_WORDS")
_ABSTRACT_FOES = _cue_words("abstract_foe", "_ABSTRACT_FOES")


def _alongside(gap: list) -> bool:
    """The words between a fight verb and its target open with "alongside" / "beside" and hold no other preposition:
    the target is an ally ("fight alongside the Congolese army"), not "alongside X against the army" (session 11)."""
    return bool(gap) and gap[0] in ("alongside", "beside") and not any(w in _SUBJ_STOP for w in gap[1:])


_FOE_PREP = _cue_words("foe_prep", "_FOE_PREP")   # against
_RALLY_SIGN_REACH = 15   # the words after a rally trigger where its signs are looked for (as events._PURPOSE_REACH)


def _rally_for(words, last: int, args):
    """The actor a rally is for, named after its signs: "in support of X" / "in solidarity with X" (cue ``rally_for``)
    at most four words after a rally sign (cue ``purpose`` rally_sign: chanting, waving …) that stands within
    :data:`_RALLY_SIGN_REACH` words after the trigger ending at ``last``, X an actor right after it (a determiner may
    stand between), no punctuation from the sign on; else None."""
    n = len(words)
    sign = None
    for j in range(last + 1, min(n - 2, last + _RALLY_SIGN_REACH + 4)):
        if sign is not None and words[j].punct:
            return None
        if words[j].cue.get("purpose") == "rally_sign" and j < last + _RALLY_SIGN_REACH:
            sign = j
        elif sign is not None and j - sign <= 4 and "rally_for" in words[j].cue and words[j - 1].norm == "in" \
                and words[j + 1].norm in ("of", "with"):
            return next((a for a in args if a.i0 == j + 2 or (a.i0 == j + 3 and words[j + 2].norm in _DET_FOE)), None)
    return None


def _common_foe(gap: list) -> bool:
    """The words between a cooperation trigger (roots 03-06) and its target are "against" and at most one
    determiner: the target is the foe the partners act against ("step up cooperation against the PKK", "an alliance
    against Iran"), not the partner (session 24, B11EN2)."""
    return 1 <= len(gap) <= 2 and gap[0].lower() in _FOE_PREP and (len(gap) == 1 or gap[1].lower() in _DET_FOE)


_DET_FOE = frozenset(("the", "a", "an", "its", "their"))


def _launch_into_sea(words, last: int, span: int = 8) -> bool:
    """"fired two ballistic missiles into the sea", "launched a missile off its east coast": a launch whose missiles
    fall into the sea hits nobody (session 11)."""
    for k in range(last + 1, min(len(words) - 1, last + span)):
        w = words[k]
        if w.punct:
            return False
        if w.norm in ("into", "off") and any(x.norm in _SEA_WORDS for x in words[k + 1:k + 5]):
            return True
    return False


def argument_rules(doc, events, lex=None, cache: Optional[dict] = None) -> None:
    """English argument rules over the coded events of a document (round 2):

    * "to X" names the addressee / recipient of appeals, promises, talks, aid, demands, refusals and
      threats (:func:`to_target`);
    * the owner of a coercive / critical verb's object is its target (:func:`of_owner`);
    * an attack noun takes its agent from "by X" and its patient from "on / against X"
      (:func:`noun_phrase_args`), and a violent verb whose subject is that noun ("An attack by X on
      Y killed …", "US drone strikes have killed …") takes the noun's agent as its source;
    * an attack noun that is the verb's adjunct ("wounded two soldiers in a bomb attack") shares
      the verb's actors;
    * the infinitive complement of a refusal / failure ("failed to reach agreement", "refused to
      meet") did not happen: negated, and ranked below the refusal itself.
    """
    if lex is None:
            lex = lexicon("en")
    if cache is None:
        cache = {}
    pos: dict = {}
    for ev in events:
        if ev.lang != "en":
            continue
        got = _words_index(doc, ev, cache, lex)
        if got is None:
            continue
        pos[id(ev)] = got
    en = [ev for ev in events if id(ev) in pos]
    nom = {id(ev) for ev in en if nominal(ev, pos[id(ev)][0], pos[id(ev)][2])}
    same: dict = {}
    for ev in en:
        same.setdefault(ev.sentence, []).append(ev)
    drop: set = set()
    for ev in en:
        words, args, i, last = pos[id(ev)]
        if ev.cameo == "080" and words[i].norm.startswith("grant") and (ev.source_role == "JUD"
                                                                      or (ev.source_code or "")[3:6] == "JUD"):
            # "The judge granted the request": a court ruling on a motion is procedure, no yielding (session 40)
            drop.add(id(ev))
            continue
        if (ev.root or "") in _CHARGED_ROOTS and _charge_content(words, i):
            # "was charged with attempted premeditated murder", "convicted of murder": the crime of a charge is
            # what the charge names, no happening of its own (the attack is told elsewhere; session 40)
            drop.add(id(ev))
            continue
        if ":verb:" in ev.rule and "thing_noun" in words[i].cue and (id(ev) in nom or i == 0):
            # (session 17: at the start of the sentence, with no subject before it: "Storm batters Philippine coast")
            # "the head of the UN mission", "the fund will finance", "the press reported", "new taxes": as a noun
            # this verb's word names a person or a thing, not the act
            drop.add(id(ev))
            continue
        if ev.source_actor_id and (ev.root or "") in _FORCE_ROOTS and _after_prep(words, i):
            # (in an adjunct only: "summoned the envoy to protest the cross-border attack" is no attack by the
            # summoner on the envoy; round 6)
            m = next((m for m in same[ev.sentence] if m is not ev and id(m) not in nom and ":verb:" in m.rule
                      and (m.root or "") in _MATERIAL_CONFLICT   # (not "blamed Kyiv for the drone attack"; round 6)
                      and m.source_actor_id and m.target_actor_id == ev.source_actor_id
                      and m.trigger_end <= ev.trigger_start), None)
            a = doc.actor(m.source_actor_id) if m is not None else None
            if a is not None:
                # "troops arrested 15 Palestinians in overnight raids": the raids are the troops', on the
                # detainees (the noun had taken the verb's object, the nearest actor before it, as its agent)
                t = doc.actor(m.target_actor_id)
                _set_side(ev, "source", a, m.source_span)
                if t is not None:
                    _set_side(ev, "target", t, m.target_span)
                _mark(ev, "verb-agent")
        if ev.root == "14" and i > 0 and words[i - 1].norm == "to" and ":verb:" in ev.rule and any(
                m.root in ("11", "12", "16") and ":verb:" in m.rule and m.source_actor_id and m.trigger_end <= words[i].start
                for m in same[ev.sentence] if m is not ev):
            # "Iran summoned the British ambassador to protest the sanctions": the official act's purpose, no
            # protest of its own (and no crowd: it had become British civilians protesting)
            drop.add(id(ev))
            continue
        if i > 1 and words[i - 1].norm == "of" and words[i].norm.endswith("ing") and ev.root != "11":
            acc = next((m for m in same[ev.sentence] if m is not ev and m.root == "11" and ":verb:" in m.rule
                        and m.target_actor_id and m.target_span and ((m.trigger_end <= m.target_span[0]
                        and 0 <= words[i - 1].start - m.target_span[1] <= 2) or (
                            # (passive: "The government has been accused of torturing detainees"; round 6)
                            m.target_span[1] <= m.trigger_start and 0 <= words[i - 1].start - m.trigger_end <= 2))), None)
            if acc is not None:
                # "accused the RSF of shelling a hospital": the accused is the agent of the act, which is an
                # allegation (background, as the Arabic اتهم … بقصف), not the accuser's deed on the accused
                copy_side(ev, "source", acc, "target")
                if ev.target_actor_id == ev.source_actor_id:
                    clear_side(ev, "target")
                ev.rule = ev.rule.replace(":verb-agent", "")
                _mark(ev, "accused")
                _mark(ev, "ref")
                ev.historical = True
        if id(ev) not in nom and "passive_none" in words[i].cue and i > 0 and "be" in words[i - 1].cue \
                and not (last + 1 < len(words) and words[last + 1].norm == "by" and any(a.i1 == i - 1 for a in args)):
            # "until its goals were met", "the demands were met": a passive of these verbs is no meeting
            drop.add(id(ev))
            continue
        if id(ev) not in nom and i > 1 and words[i].norm.endswith("ing") and (ev.root or "") not in _FORCE_ROOTS:
            # "The United States vetoed a resolution calling for a ceasefire", "jets struck a school
            # sheltering families": the participle modifies the rejected / attacked object, whose act it is
            m = next((m for m in same[ev.sentence] if m is not ev and id(m) not in nom
                      and (m.root or "") in _OBJ_PARTICIPLE_ROOTS and pos[id(m)][3] < i
                      and m.source_actor_id == ev.source_actor_id and _object_gap(words, pos[id(m)][3], i)), None)
            if m is not None:
                ev.source_actor_id = ev.source_code = ev.source_country = ev.source_role = ev.source_span = None
                ev.confidence = min(ev.confidence, round(m.confidence - 0.1, 4))
                _mark(ev, "obj-participle")     # no subject-nationality fill either
        if "patient_subject" in words[i].cue:
            # "The post came under fire from Hezbollah fighters": the subject is attacked, the "from /
            # by" actor attacks (round 4); "came under" + anything else is no event
            if i + 1 >= len(words) or words[i + 1].norm != "under":
                drop.add(id(ev))
                continue
            _under_fire(ev, words, last, args)
        nxt = words[i].cue.get("homograph_next")
        if nxt and (("PUNCT" in nxt.split("|") and (i + 1 >= len(words) or words[i + 1].punct))
                    or (i + 1 < len(words) and words[i + 1].norm in nxt.split("|"))):
            drop.add(id(ev))      # "close to the border", "attacks claimed by the group", "until … allows." (session 15)
            continue
        prv = words[i].cue.get("homograph_prev")
        if prv and i > 0 and words[i - 1].norm in prv.split("|") and not (i + 1 < len(words) and words[i + 1].norm == "to"):
            drop.add(id(ev))      # "in failed coup", "a failed attempt": an adjective before its noun (session 24 B11EN)
            continue
        prv = words[i].cue.get("noun_prev")
        if prv and i > 0 and words[i - 1].norm in prv.split("|"):
            drop.add(id(ev))      # "dealing a blow to Washington's strategy": the noun of a verb row (s26 B17EN)
            continue
        if ev.cameo == "042" and last + 1 < len(words) and "visit_home" in words[last + 1].cue:
            drop.add(id(ev))      # "who was visiting home": a trip to one's own country, no host (session 22 B9EN3)
            continue
        if "ruling" in words[i].cue and last == i and i + 1 < len(words) \
                and words[i + 1].norm in _RULING_NEXT:
            drop.add(id(ev))      # "the court ruled that …", "ruled in favour of …": a ruling, no event
            continue
        if "accused_participle" in words[i].cue and not ev.source_actor_id and ev.target_span and i + 1 < len(words) \
                and words[i + 1].norm in ("of", "with") and ev.target_span[1] <= words[i].start:
            # "two Russian diplomats accused of spying": an unnamed accuser, no subject-nationality fill (session 11)
            clear_side(ev, "source")
            _mark(ev, "obj-participle")
        if ev.root == "17" and ev.target_span and ev.target_country != ev.source_country \
                and charge_clause(doc, words[last].end, ev.target_span[0]):
            # "arrested four men suspected of smuggling migrants through Russia": an actor of the charge is not the
            # arrested (session 25 B12EN)
            clear_side(ev, "target")
            _mark(ev, "charge-clause")
        if ev.cameo == "033" and last > i + 1 and words[i + 1].norm == "to" and words[i].norm.startswith("pledg") \
                and any(m is not ev and i + 1 < pos[id(m)][2] <= last for m in same[ev.sentence]):
            drop.add(id(ev))      # "pledged to provide … aid": the complement's own event reports it (session 11)
            continue
        if ev.root == "19" and last + 1 < len(words) and (words[last + 1].norm in _ABSTRACT_FOES or (
                words[last + 1].norm == "against" and last + 2 < len(words) and words[last + 2].norm in _ABSTRACT_FOES)):
            drop.add(id(ev))      # "its role in fighting terrorism", "the fight against corruption" (session 11)
            continue
        if ev.cameo[:3] == "129" and ev.target_span and ev.target_span[0] > ev.trigger_end:
            igo = next((a for a in args if a.actor.code and a.actor.code.startswith("IGO") and i < a.i0
                        and a.end <= ev.target_span[0]), None)
            if igo is not None:
                # "vetoed a United Nations Security Council resolution on Syria": the body, not the topic (session 11)
                _set_side(ev, "target", igo.actor, (igo.start, igo.end))
                _mark(ev, "veto-body")
        if "shown_verb" in words[i].cue and ev.root == "14" and i + 1 < len(words) and words[i + 1].norm in _SHOWN_NEXT:
            drop.add(id(ev))      # "meant to demonstrate that / its …": showing something, no street protest (session 11)
            continue
        if ":verb:" in ev.rule and id(ev) not in nom and last + 2 < len(words) and words[last + 1].norm == "no" \
                and words[last + 2].norm not in _NO_NEXT_STOP and not ev.negated:
            ev.negated = True     # "summoned no foreign envoys", "received no reply" (session 11)
        elif ":verb:" in ev.rule and last > i and any(words[k].norm == "no" and words[k + 1].norm not in _NO_NEXT_STOP
                                                       for k in range(i + 1, last)) \
                and not ev.negated:
            ev.negated = True     # the object row's words: [summoned no foreign envoys]
        if ev.cameo == "190" and "launch_verb" in words[i].cue and not ev.target_actor_id \
                and _launch_into_sea(words, last):
            recode_event(ev, "150")   # "fired two ballistic missiles into the sea": a show of force (session 11)
            _mark(ev, "into-sea")
        if "in_idiom" in words[i].cue and i > 0 and words[i - 1].norm == "in":
            drop.add(id(ev))      # "freed five detainees in exchange for …": no exchange of its own
            continue
        if ":mutual" in ev.rule and ":verb:" in ev.rule and id(ev) not in nom and ev.source_span and not ev.target_span \
                and not ev.target_code and ev.source_span[0] >= ev.trigger_end and not words[i].norm.endswith("ing") \
                and (words[i - 1].norm == "to" or not any(a.i0 < i and a.prep == "" for a in args)) \
                and not any(w.norm in ("between", "among") and w.start < ev.source_span[0] for w in words[i + 1:]):
            # ("clashes broke out between the army and the RSF": the parties after between are both sides)
            # "He will meet the Russian ambassador", "said he would not meet Maduro", "was ready to meet Rwandan
            # President Paul Kagame": the one actor after a mutual verb whose subject is a pronoun, no actor or the
            # governing verb's is its partner, not its subject (session 11)
            gov = next((m for m in same[ev.sentence] if m is not ev and m.source_code and id(m) in pos
                        and pos[id(m)][3] == i - 2 and words[i - 1].norm == "to"), None)
            copy_side(ev, "target", ev, "source")
            clear_side(ev, "source")
            if gov is not None and gov.source_actor_id != ev.target_actor_id:
                copy_side(ev, "source", gov)
            _mark(ev, "object-partner")
        if ev.target_span and ev.root in ("18", "19", "20") and ev.target_span[0] > ev.trigger_end and \
                _alongside(doc.text[ev.trigger_end:ev.target_span[0]].split()):
            clear_side(ev, "target")   # "sent soldiers to fight alongside the Congolese army": an ally (session 11)
            _mark(ev, "alongside")
        if ev.root == "14" and _open_target(ev):
            a = _rally_for(words, last, args)
            if a is not None and not _same_side(ev, a):
                # "gathered outside the palace, waving flags and chanting in support of Arce": whom the rally is
                # for, after its signs (session 24, B11EN2)
                _set_side(ev, "target", a.actor, (a.start, a.end))
                _mark(ev, "tgt-rally-for")
        if ev.target_span and ev.root in _COOP and ev.target_span[0] > ev.trigger_end and \
                _common_foe(doc.text[ev.trigger_end:ev.target_span[0]].split()):
            clear_side(ev, "target")   # "promised to step up cooperation against the PKK": the common foe (s24 B11EN2)
            _mark(ev, "common-foe")
        if id(ev) in nom and ev.root in ("18", "19") and i >= 2 and ev.source_span \
                and "repel_verb" in (words[i - 2].cue if words[i - 1].norm in ("an", "a", "the") else words[i - 1].cue) \
                and ev.source_span[1] <= words[i - 2].start:
            # "the army said it had repelled an attack on its positions": the subject of "repelled" is attacked;
            # the attacker is unnamed (session 11)
            copy_side(ev, "target", ev, "source")
            clear_side(ev, "source")
            _mark(ev, "repelled")
        if "comment_request" in words[i].cue and last + 2 < len(words) and words[last + 1].norm in ("for", "to") \
                and words[last + 2].norm in ("comment", "comments", "respond", "response"):
            drop.add(id(ev))   # "did not respond to a request for comment": wire boilerplate, no appeal (session 11)
            continue
        if ":mutual" in ev.rule and ev.source_span and ev.target_span and id(ev) not in nom:
            _conjoined_partner(ev, args, words)
        if id(ev) not in nom and "role_participle" in words[i].cue and i > 0 and words[i - 1].text[:1].isalpha() \
                and not words[i - 1].cue and words[i - 1].norm not in ("while", "when", "after", "before"):
            # "two policemen guarding a vaccination team were shot dead": the noun's standing duty (session 23 OTH5)
            drop.add(id(ev))
            continue
        if id(ev) not in nom and "adjective" in words[i].cue and _after_copula(words, i):
            # "the vote was largely free and fair", "the crossing remained open": no release, no opening
            drop.add(id(ev))
            continue
        if words[i].norm.endswith("ing") and i >= 2 and words[i - 1].norm == "the" and ev.source_span \
                and ev.source_span[1] <= words[i - 2].start and words[i - 2].norm not in _NP_PREPS \
                and not words[i - 2].punct and words[i - 2].text.islower() and ":verb:" in ev.rule:
            # "refugees fled into Chad to escape the fighting": a gerund object of another verb is a
            # noun; the sentence's subject is not its agent (round 4)
            ev.source_actor_id = ev.source_code = ev.source_country = ev.source_role = ev.source_span = None
            _mark(ev, "gerund-object")
        if ":quote" in ev.rule and id(ev) not in nom and ev.source_span and ev.source_span[1] <= ev.trigger_start:
            _speaker_not_subject(ev, words, i, args)
        elif ":quote" in ev.rule and ":verb:" in ev.rule and id(ev) in nom and ev.source_span \
                and ev.source_span[1] <= ev.trigger_start and words[i - 1].norm in ("the", "a", "an") \
                and i >= 2 and words[i - 2].norm in _SUBJ_STOP:   # (in an adjunct: not "announced a suspension")
            k = next((k for k in range(i - 1, max(-1, i - 16), -1) if "speech" in words[k].cue), -1)
            if k >= 0 and words[k].start >= ev.source_span[1] and not any(
                    "speaker_ref" in words[j].cue or k < j in (a.i0 for a in args) for j in range(k + 1, i)):
                # "Police said three people were killed in the blast": a verb entry used as a noun after a
                # determiner has no subject in the reported clause; the speaker is not its agent (session 11)
                clear_side(ev, "source")
                _mark(ev, "not-speaker")
        if ":quote" in ev.rule and id(ev) not in nom and ev.target_span and ev.target_span[1] <= ev.trigger_start \
                and _passive(words, i):
            _speaker_not_patient(ev, words, i, args)
        if words[i].norm.endswith("ing") and i > 0 and "np_pre" in words[i - 1].cue and last + 2 < len(words) \
                and words[last + 1].norm == "of":
            _gerund_by_agent(ev, words, last, args)
        if not ev.historical and (id(ev) in nom or (words[i].norm.endswith("ing") and i > 0
                                                    and "np_pre" in words[i - 1].cue)):
            k = cause_before(words, i)
            if k >= 0:
                # "expelled a diplomat over the border clashes", "recalled its ambassador after the raid":
                # the happening named as the cause is background, and the main clause's actors are not its own
                ev.historical = True
                _mark(ev, "ref")
                for side in ("source", "target"):
                    sp = getattr(ev, f"{side}_span")
                    if sp is not None and sp[1] <= words[k].start:
                        clear_side(ev, side)
        if id(ev) not in nom and (_noun_after_prep(words, i, args) or _adjective_participle(words, i, last)):
            # "raids on Hezbollah targets", "six billion dollars of Iranian funds": a noun after a
            # preposition and its modifiers ("targets", "funds" are verb entries too); "the besieged
            # city", "the disputed region": a participle used as an adjective
            drop.add(id(ev))
            continue
        if id(ev) not in nom and (ev.root or "") in _FORCE_ROOTS and _deal_object(words, i):
            # "struck a deal to build a refinery": the object word list matched further on
            drop.add(id(ev))
            continue
        if id(ev) not in nom and i > 1 and words[i - 1].norm == "to":
            m = urged_object(words, i, ev, same[ev.sentence], pos, nom, args)
            if m is not None:
                m_ev, a = m
                if a is not None:
                    if _open_target(m_ev) and not _same_side(m_ev, a):
                        _set_side(m_ev, "target", a.actor, (a.start, a.end))
                    if ev.source_actor_id != a.actor.id:
                        if ev.target_actor_id == a.actor.id:
                            ev.target_actor_id = ev.target_code = ev.target_country = ev.target_role = ev.target_span = None
                        _set_side(ev, "source", a.actor, (a.start, a.end))
                elif ev.source_span and ev.source_span[1] <= words[pos[id(m_ev)][2]].start:
                    # "urged Western allies to send …": the allies would send, not the sentence's subject
                    ev.source_actor_id = ev.source_code = ev.source_country = ev.source_role = ev.source_span = None
                if ev.modality in ("asserted", "possible"):
                    ev.modality = "demand"   # "asked Ankara to extradite …": asked for, not done (round 5)
            elif ev.modality == "asserted" and _nested_complement(words, i, same[ev.sentence], pos, nom):
                ev.modality = "demand"   # "ordered Israel to take all measures … to prevent …": the purpose of what is
                # demanded is demanded too (session 39)
        if i > 2 and words[i - 1].norm == "to" and ev.modality == "asserted" and not ev.negated \
                and "proposal" in words[i - 2].cue and ":verb:" in ev.rule:
            # "Hamas rejected calls to disarm", "welcomed an offer to mediate": the act the proposal names is
            # proposed, not done (round 6)
            ev.modality = "demand" if words[i - 2].norm in _DEMAND_NOUNS else "intent"
        if i > 1 and words[i - 1].norm == "to" and ev.modality == "asserted" and not ev.negated:
            g = _governing_unreal(words, i, ev, same[ev.sentence], pos)
            if g is not None:
                # "would not allow armed groups to use Iraqi territory to threaten its security": an act
                # under a refused / future / intended one is no more real than it
                ev.modality = "hypothetical" if g.negated or g.root == "12" else g.modality
        if ev.modality in ("asserted", "future", "possible") and ":verb:" in ev.rule and conditions.doubted(words, i):
            # "said it doubted Iran would honour its commitments": doubted, not asserted (session 9 EN2)
            ev.modality = "hypothetical"
        if last + 1 < len(words) and "noun_head" in words[last + 1].cue and (id(ev) in nom or (
                last == i and i > 0 and ("np_pre" in words[i - 1].cue or words[i - 1].norm in _NP_PREPS
                                         or _modifier_before(words, i)))):
            # "aid worker", "aid agencies", "two French aid workers": the trigger noun modifies a person
            # noun (a compound modifier is no event; round 4: dropped, it also lent its actors to others)
            drop.add(id(ev))
            continue
        if id(ev) in nom and (ev.root or "") not in _FORCE_ROOTS and i >= 2 and last + 2 < len(words) \
                and words[last + 1].norm == "of" and words[i - 2].norm in _AT_BEHEST:
            # "arrested X at the request of the United States": the of-actor asked; the main clause's
            # subject was asked (round 4)
            a = _arg_at(args, last + 2, words)
            if a is not None:
                _requester(ev, a, same[ev.sentence], pos, nom, i)
            elif not words[last + 2].text[:1].isupper():
                # "opened at the request of domestic farmers": a request by no actor is the act's circumstance,
                # no event of its own (session 12, EN6)
                drop.add(id(ev))
                continue
        if id(ev) not in nom and i > 0 and ev.modality in ("intent", "future") and reduced_passive(words, i, args):
            # "pledged to rebuild villages destroyed by Boko Haram": the matrix intent is not the participle's
            ev.modality = "asserted"
            base = next((t.cameo for t in lex.lookup(words[i].norm) if t.kind == "verb"), None)
            if base and base[:2] != ev.cameo[:2]:
                recode_event(ev, base)
            ev.confidence = min(ev.confidence, 0.45)
        if id(ev) not in nom and i > 1 and words[i - 1].norm == "and":
            # "Washington accused Beijing of … and imposed new tariffs": the coordinated verb shares the
            # first verb's subject
            m = max((m for m in same[ev.sentence] if m is not ev and id(m) not in nom
                     and pos[id(m)][2] < i and m.source_code and not words[pos[id(m)][2]].norm.endswith("ing")
                     and words[pos[id(m)][2] - 1].norm != "to"), key=lambda m: pos[id(m)][2], default=None)
            if m is not None and ":quote-statement" in m.rule and ev.quote_id and ev.quote_id == m.quote_id \
                    and not _tense_break(words, pos[id(m)][3], i):
                m = None   # "Diplomats said the officers spoke … and agreed": the speaker is not the subject (session 11)
            if m is not None and ev.quote_id and ev.quote_id == m.quote_id and ":quote-statement" not in m.rule \
                    and (ev.root or "") in _SPEECH_ACT_ROOTS and ev.reported_by_actor_id \
                    and m.source_actor_id != ev.reported_by_actor_id:
                spk = next((a for a in doc.actors if a.id == ev.reported_by_actor_id), None)
                if spk is not None and _speaker_act(ev, m, spk):
                    m = None   # "The army said rebels shelled two villages, and accused X of …": the speaker's own act
                    if ev.negated and _denial_quote(doc, ev):
                        ev.negated = False   # "denied that its troops fired and accused X of …": the accusation is made
            if m is None and not ev.source_actor_id and ":quote" in ev.rule:
                # the reported clause's first noun phrase is, when it is an actor ("said troops crossed the Nile and
                # seized …"; session 11)
                k = next((k for k in range(i - 2, max(-1, i - 16), -1) if "speech" in words[k].cue), -1)
                if k >= 0 and not _tense_break(words, k, i) and not any(words[x].punct for x in range(k + 1, i)):
                    f = k + 1
                    while f < i and ("comp" in words[f].cue or "np_pre" in words[f].cue):
                        f += 1
                    subj = next((a for a in args if a.i0 == f and a.prep == ""), None)
                    if subj is not None and subj.actor.id != ev.target_actor_id:
                        _set_side(ev, "source", subj.actor, (subj.start, subj.end))
                        _mark(ev, "reported-subject")
                    elif subj is None and (ev.root or "") in _SPEECH_ACT_ROOTS and ev.reported_by_actor_id \
                            and not any(a.i0 > k and a.i0 < i for a in args):
                        # "told reporters the safety of the staff was the priority and accused Beijing of …": a
                        # reported clause that names no actor does not accuse; the speaker does (session 33 GAPEN)
                        spk = next((a for a in doc.actors if a.id == ev.reported_by_actor_id), None)
                        if spk is not None and spk.id != ev.target_actor_id:
                            span = max(((a, b) for a, b in spk.spans if b <= ev.trigger_start
                                        and a >= ev.sentence_start), default=None)
                            _set_side(ev, "source", spk, span)
                            _mark(ev, "speaker-act")
            if m is not None and m.source_actor_id != ev.source_actor_id:
                if ev.target_actor_id and ev.target_actor_id == m.source_actor_id:
                    ev.target_actor_id = ev.target_code = ev.target_country = ev.target_role = ev.target_span = None
                if ev.source_actor_id and ev.source_actor_id == m.target_actor_id and _open_target(ev):
                    ev.source_actor_id = ev.source_code = ev.source_country = ev.source_role = ev.source_span = None
                for f in ("actor_id", "code", "country", "role", "span"):
                    setattr(ev, f"source_{f}", getattr(m, f"source_{f}"))
        elif id(ev) not in nom and not ev.source_actor_id and i > 2:
            m = _aux_coordinated(words, i, same[ev.sentence], pos, nom, ev)
            if m is not None and m.source_actor_id != ev.target_actor_id:
                # "said Brussels was ready to negotiate but would not lift the duties": the verb after "but" / "and"
                # + auxiliary shares the earlier verb's subject (session 12, EN6)
                for f in ("actor_id", "code", "country", "role", "span"):
                    setattr(ev, f"source_{f}", getattr(m, f"source_{f}"))
                _mark(ev, "coord-aux")
        noun = id(ev) in nom
        root = ev.root or ev.cameo[:2]
        if noun and root in _FORCE_ROOTS:
            agent, patient = noun_phrase_args(words, last, args)
            if agent is None and not ev.source_code:
                # "accused Ukraine of an attack on …": the accused is the attack's agent
                k = i - 1
                while k > i - 3 and k > 0 and words[k].text.islower() and words[k].text.isalpha() \
                        and words[k].norm not in ("of", "for") and "np_pre" not in words[k].cue:
                    k -= 1          # "a drone strike", "the rocket attack": noun modifiers
                while k > 0 and "np_pre" in words[k].cue:
                    k -= 1
                if k > 0 and words[k].norm in ("of", "for"):      # "blamed X for a drone strike" (round 4)
                    acc = next((m for m in same[ev.sentence] if m is not ev and (m.root or "") == "11"
                                and m.target_span and pos[id(m)][2] < k and m.target_span[1] <= words[k].start), None)
                    if acc is not None:
                        for f in ("actor_id", "code", "country", "role", "span"):
                            setattr(ev, f"source_{f}", getattr(acc, f"target_{f}"))
            if patient is None and _open_target(ev):
                # "US drone attacks, occurring every few days, have killed eight al-Qaeda leaders": the
                # object of the violent verb the attack noun is the subject of
                patient = _subject_noun_object(words, i, last, args, lex)
                if patient is not None and not _same_side(ev, patient):
                    _set_side(ev, "target", patient.actor, (patient.start, patient.end))
            if patient is None and _open_target(ev):
                own = object_owner(words, i, last, len(words))
                if own is not None and own[0] != ev.source_code and (own[1] is None or own[1] != ev.source_country):
                    ev.target_actor_id = ev.target_role = ev.target_span = None
                    ev.target_code, ev.target_country = own
                    _mark(ev, "tgt-owner")
            if agent is not None and (ev.source_country is None or (patient is not None and ev.source_actor_id == patient.actor.id)):
                _set_side(ev, "source", agent.actor, (agent.start, agent.end))
                if ev.target_actor_id == agent.actor.id:
                    ev.target_actor_id = ev.target_code = ev.target_country = ev.target_role = ev.target_span = None
            if patient is not None and _open_target(ev) and not _same_side(ev, patient):
                _set_side(ev, "target", patient.actor, (patient.start, patient.end))
            if patient is None and _open_target(ev):
                _poss_target(doc, ev, words, last)
            continue
        if noun:
            continue
        if (root in _FORCE_ROOTS or root == "11") and _open_target(ev) and _poss_target(doc, ev, words, last):
            continue       # "attacked its facilities", "a resolution condemning its invasion" (round 4)
        tw = "from" if "from_target" in words[i].cue else "against" if "against_target" in words[i].cue else None
        if (root in _TO_ROOTS or tw) and (
                _open_target(ev) or (tw and ev.target_span and ev.target_span[0] > (
                    ev.trigger_end if tw == "from" else words[i].end))):
            # "recalled its ambassador from Algeria": the country the envoy leaves is the target; "recaptured a
            # bridge in central Khartoum from the RSF": the party it is taken from, not the place the object lies
            # in (session 11, EN5)
            # "joined South Africa's case against Israel": the party sued, not the case's owner (session 25 B13EN)
            a = to_target(words, last, args, word=tw or "to")
            if a is not None and not _same_side(ev, a) and (
                    _open_target(ev) or a.start > ev.target_span[0]):
                _set_side(ev, "target", a.actor, (a.start, a.end))
                continue
        if _open_target(ev) and (root in _OF_ROOTS or (root == "10" and _of_head_ok(words, last, lex.cue))):
            a = of_owner(words, last, args)
            if a is not None and not _same_side(ev, a):
                _set_side(ev, "target", a.actor, (a.start, a.end))
                continue
        if root in ("11", "12") and not noun:
            # "condemned the execution of four protesters by Iranian authorities": the agent of the
            # condemned act is the target, not its victims
            a = condemned_agent(words, last, args)
            if a is not None and not _same_side(ev, a) and (_open_target(ev) or (ev.target_span and a.start > ev.target_span[0])):
                _set_side(ev, "target", a.actor, (a.start, a.end))
                continue
        if ev.target_span and ev.target_span[0] > ev.trigger_end:
            # "mediate between Ivory Coast and Burkina Faso": the first party of "between X and Y"
            t = next((a for a in args if a.start == ev.target_span[0]), None)
            if t is not None and _capacity_of(words, t.i0):
                clear_side(ev, "target")   # "brokered the agreement as chair of ASEAN": the source's office
                _mark(ev, "capacity")
                continue
            if t is not None and t.i0 >= 2 and words[t.i0 - 1].norm == "and":
                first = next((a for a in args if a.i1 == t.i0 - 1 and a.prep == "between"), None)
                if first is not None and not _same_side(ev, first):
                    _set_side(ev, "target", first.actor, (first.start, first.end))
        if root in _COOP and _open_target(ev) and ev.source_span and not noun and ev.cameo[:3] not in THIRD_PARTY \
                and not offer_object(words, i, last) \
                and not thing_supported(words, last, args, ev.cameo) \
                and not named_with(words, last):   # "X and Y offered aid", "backed the duties", "… with Ouagadougou"
            # "Thailand and Cambodia agreed to withdraw troops": conjoined subjects act toward each other
            sa = next((a for a in args if a.start == ev.source_span[0]), None)
            if sa is not None and sa.i0 >= 2 and words[sa.i0 - 1].norm == "and" and sa.i1 <= i \
                    and not _direct_object(words, last, args, ev.target_span):
                first = next((a for a in args if a.i1 == sa.i0 - 1 and a.prep == ""), None)
                if first is not None and first.actor.country and first.actor.country != ev.source_country:
                    _set_side(ev, "target", first.actor, (first.start, first.end))
                    continue
        if _open_target(ev) and root not in ("01", "14") and last > i + 1:
            # "put President Bongo under house arrest": an actor inside a multi-word trigger, between the verb and the
            # object word the row needs, is its object (session 29)
            held = next((a for a in args if i < a.i0 and a.i1 <= last and a.prep == "" and not _same_side(ev, a)
                         and (a.actor.code or a.actor.country)
                         and words[a.i0 - 1].norm not in ("its", "their", "his", "her", "our")),
                        None)   # (not the subject's own: "pulled its troops out of Niger")
            if held is not None:
                _set_side(ev, "target", held.actor, (held.start, held.end))
                continue
        if _open_target(ev) and root not in ("01", "14"):
            own = object_owner(words, i, last, len(words))
            if own is None and last > i + 1:
                # "flew into Estonian airspace", "violated Greek airspace": the owner inside the trigger's own
                # object phrase, before its object word (session 19 B6TR)
                own = object_owner(words, i, i + (words[i + 1].norm == "into"), last + 1)
            if own is not None and own[0] != ev.source_code and (own[1] is None or own[1] != ev.source_country):
                ev.target_actor_id = ev.target_role = ev.target_span = None
                ev.target_code, ev.target_country = own
                _mark(ev, "tgt-owner")
                continue
        if _open_target(ev) and root in ("03", "11", "12"):
            # "dismissed an appeal from X", "accepted an offer by X": the author of the proposal
            a = proposal_author(words, i, last, args)
            if a is not None and not _same_side(ev, a):
                _set_side(ev, "target", a.actor, (a.start, a.end))
                continue
        if root == "09" and _open_target(ev) or (root == "09" and ev.target_actor_id and ev.target_span
                                                  and ev.target_span[0] > ev.trigger_end):
            # "an investigation into crimes committed by Croat forces": the suspects are the target; "is
            # investigating alleged war crimes by Croatian extremists": the agent of a nominal act too (session 29)
            a = investigated_agent(words, last, args)
            if a is None:
                a = condemned_agent(words, last, args)
                acts = kind_sets("investigated_acts_en.tsv", ("wrongdoing",))["wrongdoing"]
                if a is not None and not any(words[x].norm in acts for x in range(last + 1, a.i0)):
                    a = None   # "investigating a complaint by the opposition": the complainant is no suspect
            if a is not None and not _same_side(ev, a):
                _set_side(ev, "target", a.actor, (a.start, a.end))
        if ev.cameo == "190" and ":result" not in ev.rule and (ev.target_code or "")[3:] in _CIVILIAN_ROLES | {""} \
                and (ev.target_code or "")[-3:] in _CIVILIAN_ROLES:
            # an attack on civilians, refugees, journalists: unconventional violence (18), not battle (19)
            recode_event(ev, "180")
    if drop:
        events[:] = [e for e in events if id(e) not in drop]
        en = [e for e in en if id(e) not in drop]
        for k in same:
            same[k] = [e for e in same[k] if id(e) not in drop]
    # nouns and verbs of force in one clause
    for n_ev in en:
        if id(n_ev) not in nom or (n_ev.root or "") not in _FORCE_ROOTS:
            continue
        words, args, ni, nlast = pos[id(n_ev)]
        for v in same[n_ev.sentence]:
            if v is n_ev or v.sentence != n_ev.sentence or id(v) in nom or (v.root or "") not in _FORCE_ROOTS:
                continue
            _, _, vi, vlast = pos[id(v)]
            if vi > ni and ":repelled" not in n_ev.rule and _noun_is_subject(words, ni, nlast, vi):
                # "An attack by Hezbollah on an Israeli post killed two soldiers": the attacker acts
                if n_ev.source_country or n_ev.source_code:
                    if v.target_actor_id == n_ev.source_actor_id:
                        v.target_actor_id = v.target_code = v.target_country = v.target_role = v.target_span = None
                    v.source_actor_id, v.source_code, v.source_country = n_ev.source_actor_id, n_ev.source_code, n_ev.source_country
                    v.source_role, v.source_span = n_ev.source_role, n_ev.source_span
                elif v.source_actor_id and v.source_actor_id == n_ev.target_actor_id:
                    v.source_actor_id = v.source_code = v.source_country = v.source_role = v.source_span = None
                if _open_target(v) and (n_ev.target_country or n_ev.target_code) and n_ev.target_actor_id != v.source_actor_id:
                    v.target_actor_id, v.target_code, v.target_country = n_ev.target_actor_id, n_ev.target_code, n_ev.target_country
                    v.target_role, v.target_span = n_ev.target_role, n_ev.target_span
            elif vi < ni and _noun_is_adjunct(words, vlast, ni):
                # "wounded two British soldiers in a bomb attack": the noun is how the verb's act was done
                if v.source_code or v.target_code:
                    for side in ("source", "target"):
                        for f in ("actor_id", "code", "country", "role", "span"):
                            setattr(n_ev, f"{side}_{f}", getattr(v, f"{side}_{f}"))
                n_ev.confidence = min(n_ev.confidence, round(v.confidence - 0.05, 4))
    # "staged a hunger strike to demand the resignation of X", "rioted, demanding …": the protest is
    # against the one the demand is made of
    for ev in en:
        if (ev.root or "") != "14" or ev.target_country or (ev.target_code and ev.target_code[:3] not in _SECTORS):
            continue
        words, args, i, last = pos[id(ev)]
        d = next((d for d in same[ev.sentence] if d is not ev and (d.root or "") == "10"
                  and d.target_code and 0 < pos[id(d)][2] - last <= 4
                  and (words[pos[id(d)][2] - 1].norm == "to" or words[pos[id(d)][2]].norm.endswith("ing"))), None)
        if d is not None and d.target_actor_id != ev.source_actor_id:
            for f in ("actor_id", "code", "country", "role", "span"):
                setattr(ev, f"target_{f}", getattr(d, f"target_{f}"))
    # "in protest at / against / over …": an adverbial of the clause's event, not an event of its own
    for ev in en:
        words, args, i, last = pos[id(ev)]
        if (ev.root or "") in ("11", "14") and i > 0 and words[i - 1].norm == "in" and words[i].norm == "protest" \
                and any(m is not ev and pos[id(m)][2] < i - 1 for m in same[ev.sentence]):
            ev.confidence = min(ev.confidence, 0.3)
    # complements of refusals / failures: "failed to reach agreement" (did not happen), "reneged on
    # his promise" (the object of the refusal, not an event of its own)
    for c_ev in en:
        words, args, ci, clast = pos[id(c_ev)]
        if ci < 2:
            continue
        for m in same[c_ev.sentence]:
            if m is c_ev or (m.root or "") != "12":
                continue
            ml = pos[id(m)][3]
            gap = words[ml + 1:ci]
            if len(gap) == 1 and gap[0].norm == "to":
                if (c_ev.root or "") != "12":
                    # (a complement already recoded as the refusal - "refused to release" 1243 - is not negated
                    # twice: "1243, negated" would read "did not decline to release")
                    c_ev.negated = True
            elif not (0 < len(gap) <= 3 and gap[0].norm in ("on", "to", "from") and all("np_pre" in w.cue for w in gap[1:])):
                continue
            c_ev.confidence = min(c_ev.confidence, round(m.confidence - 0.05, 4))
            break
    # "Diplomats said Indian officers spoke by hotline and agreed to hold a flag meeting": the complement of a reported
    # verb whose speaker source was dropped is not the speaker's either (session 11)
    for ev in en:
        if ":not-speaker" not in ev.rule or not ev.reported_by_actor_id or id(ev) not in pos:
            continue
        words, _, i, last = pos[id(ev)]
        for m in same.get(ev.sentence, ()):
            if m is ev or id(m) not in pos or m.source_actor_id != ev.reported_by_actor_id or not m.source_span \
                    or m.source_span[1] > ev.trigger_start:
                continue
            mi = pos[id(m)][2]
            if last + 1 < mi <= last + 6 and words[last + 1].norm == "to" \
                    and not any(words[k].punct for k in range(last + 1, mi)):
                clear_side(m, "source")
                _mark(m, "not-speaker")
    _own_act_after_denial(doc, en, same, pos, nom)
    # background "as" clauses: "… ended their mediation as shells continued to fall": the main clause
    # before "as" carries the sentence's event
    for ev in en:
        words, args, i, last = pos[id(ev)]
        k = as_clause(words, i)
        if k >= 0 and any(m is not ev and pos[id(m)][3] < k for m in same[ev.sentence]):
            ev.confidence = round(max(ev.confidence - 0.1, 0.05), 4)
    # complements that are another act's content: a refused permission's act, a warning's "against V-ing",
    # a generic refusal's specific complement (round 6, coding/complements.py)
    drop = complements.apply(doc, same, pos)
    if drop:
        events[:] = [e for e in events if id(e) not in drop]


def _gerund_by_agent(ev, words, last: int, args: Sequence, span: int = 12) -> None:
    """"condemned the storming of the Al-Aqsa mosque by Israeli settlers", "the killing of a teenager by police": a
    gerund used as a noun takes its agent from "by X" and its patient from "of Y" (round 6)."""
    by = None
    for a in args:
        if a.i0 > last and a.i0 - last <= span and a.prep == "by":
            by = a
            break
    if by is None or any(w.punct for w in words[last + 1:by.i0]):
        return
    of = next((a for a in args if last < a.i0 < by.i0 and a.prep == "of"), None)
    if of is not None and of.actor.id != by.actor.id:
        _set_side(ev, "target", of.actor, (of.start, of.end))
    elif ev.target_actor_id == by.actor.id:
        clear_side(ev, "target")
    _set_side(ev, "source", by.actor, (by.start, by.end))
    ev.rule = ev.rule.replace(":src-nationality", "")
    _mark(ev, "by-agent")


def _speaker_not_subject(ev, words, i: int, args: Sequence) -> None:
    """"The UN said Israeli strikes had killed 40 people": the speaker before the speech verb is not the agent
    of the reported act when the reported clause has a subject of its own that is no actor ("Israeli strikes"):
    the agent is that subject's nationality, or nobody (round 6).  Not when the clause's subject is a
    pronoun ("The UN said it had sent aid") or an actor, nor when the speech verb follows the act."""
    k = next((k for k in range(i - 1, max(-1, i - 12), -1) if "speech" in words[k].cue), -1)
    if k < 0 or words[k].start < ev.source_span[1] or any(k < a.i0 < i for a in args):
        return
    if any("speaker_ref" in w.cue for w in words[k + 1:i]):
        return
    if "speech" in words[i].cue and ":quote-statement" in ev.rule:
        # "said the outage would last a week and (again) denied that …", "but denied that …": a speech verb joined by
        # "and" / "but" has the earlier verb's speaker (stages/quotes._english_quote), it is not inside the reported
        # clause (session 53, MISS53)
        j = i - 1
        while j > k and words[j].norm in JOINED_SPEECH_ADVERBS:
            j -= 1
        if words[j].norm in ("and", "but") and any("aux" in w.cue or w.punct for w in words[k + 1:j]):
            return   # (an auxiliary or a comma in the reported clause: "said the men attacked … and denied" stays)
    coord = _coordinated_verb(words, k, i)
    subj = [w for w in words[k + 1:coord if coord > 0 else i] if not (
        w.punct or "comp" in w.cue or "aux" in w.cue or "be" in w.cue or "np_pre" in w.cue or "neg" in w.cue)]
    if coord > 0:   # "said Indian officers spoke by hotline and agreed": the subject ends at its first preposition
        n = next((n for n, w in enumerate(subj) if w.norm in _SUBJ_STOP), len(subj))
        subj = subj[:n]
    if not subj or (coord < 0 and any(w.norm in _SUBJ_STOP for w in subj)) \
            or any(words[j].punct or "speech" in words[j].cue for j in range(k + 1, i)):
        return
    c = subject_nationality(words, i, k + 1)
    clear_side(ev, "source")
    if c and c != ev.target_country:
        ev.source_country, ev.source_code = c, c
        _mark(ev, "src-nationality")
    _mark(ev, "not-speaker")


def _speaker_not_patient(ev, words, i: int, args: Sequence) -> None:
    """"Police said three people were killed in the blast", "Rights groups said 11 people were killed": the speaker
    before the speech verb is not the patient of a passive verb whose reported clause has a subject of its own that
    is no actor; not when that subject is a pronoun ("Hamas said it was attacked") or an actor (session 11)."""
    k = next((k for k in range(i - 1, max(-1, i - 16), -1) if "speech" in words[k].cue), -1)
    if k < 0 or words[k].start < ev.target_span[1] or any(k < a.i0 < i for a in args):
        return
    between = words[k + 1:i]
    if not between or any("speaker_ref" in w.cue or (w.punct and w.norm != ",") or "speech" in w.cue for w in between):
        return
    if not any(not ("comp" in w.cue or "be" in w.cue or "aux" in w.cue or "np_pre" in w.cue) for w in between):
        return
    clear_side(ev, "target")
    _mark(ev, "not-speaker-patient")


# roots of the speaker's own acts that follow a reported deed after "and" ("said X shelled …, and accused Y")
_SPEECH_ACT_ROOTS = frozenset(["01", "02", "10", "11"])
# roots of the speaker's own act joined by "and" to a denial (an accusation, an appeal): a demand stays with the denied
# clause ("denied that the group had kidnapped the workers and demanded a ransom")
_OWN_AFTER_DENIAL = frozenset(["02", "11"])


def _denial_quote(doc, ev) -> bool:
    """Is the event's quote introduced by a denial verb (cue ``neg_speech``: denied, deny)?  Its negation covers the
    reported clause, not the speaker's own act joined to it by "and" (session 14, lead)."""
    q = next((q for q in doc.quotes if q.id == ev.quote_id), None)
    return q is not None and bool(q.cue) and "neg_speech" in lexicon("en").cue(q.cue.lower())


def _own_act_after_denial(doc, en, same, pos, nom) -> None:
    """"The ministry denied the report and accused the rebels of …", "denied that its troops had fired first and
    accused …": an accusation or appeal (:data:`_OWN_AFTER_DENIAL`) joined by "and" to a denial is the speaker's own
    act -- made, not denied -- when nothing else can own it: the denial's object has no verb event of its own, or its
    clause is in another tense (:func:`_tense_break`).  "denied that rebels attacked the convoy and accused …" stays
    as it is (the accusation may be the rebels').  The accusation's content (``:accused``) is no longer denied either
    (session 15, lead)."""
    for ev in en:
        if not ev.negated or (ev.root or "") not in _OWN_AFTER_DENIAL or id(ev) in nom or id(ev) not in pos \
                or not ev.reported_by_actor_id or not _denial_quote(doc, ev):
            continue
        words, _, i, _ = pos[id(ev)]
        q = next(q for q in doc.quotes if q.id == ev.quote_id)
        k = next((k for k, w in enumerate(words) if w.start == q.cue_start), -1)
        if not 0 <= k < i - 2 or words[i - 1].norm != "and":
            continue
        between = [m for m in same.get(ev.sentence, ()) if m is not ev and id(m) in pos and k < pos[id(m)][2] < i - 1]
        if between and not _tense_break(words, k, i):
            continue
        spk = next((a for a in doc.actors if a.id == ev.reported_by_actor_id), None)
        if spk is None or ev.target_actor_id == spk.id:
            continue
        span = max(((a, b) for a, b in spk.spans if b <= words[k].start and a >= ev.sentence_start), default=None)
        _set_side(ev, "source", spk, span)
        ev.negated = False
        _mark(ev, "own-act-after-denial")
    for ev in en:
        if ev.negated or not (":own-act-after-denial" in ev.rule or ":speaker-act" in ev.rule) or id(ev) not in pos \
                or not _denial_quote(doc, ev):
            continue
        i = pos[id(ev)][2]
        for m in same.get(ev.sentence, ()):
            if m.negated and ":accused" in m.rule and id(m) in pos and pos[id(m)][2] > i:
                m.negated = False


def _speaker_act(ev, m, spk) -> bool:
    """"The Thai army said Cambodian forces shelled two villages, and accused Phnom Penh of …", "Hun Manet said his
    government remained committed to the truce and urged Thailand to …": a statement, appeal, demand or accusation
    joined by "and" to a reported deed (``m``, not itself a speech act) is the speaker's (``spk``) own act, not the
    reported clause's subject's (session 12).  Sets ``ev``'s source to the speaker; False when it does not apply."""
    if (m.root or "") in _SPEECH_ACT_ROOTS or ev.target_actor_id == spk.id:
        return False
    span = max(((a, b) for a, b in spk.spans if b <= ev.trigger_start and a >= ev.sentence_start), default=None)
    _set_side(ev, "source", spk, span)
    _mark(ev, "speaker-act")
    return True


def without_noun(words, i: int) -> bool:
    """Is the noun at ``i`` the object of "without" (articles and lower-case modifiers between: "without a credible
    offer", "without prior consultation")?  Such a noun names an absent thing, no act (nor a refusal) of its own:
    the events stage codes none (session 12, EN6)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        w = words[k]
        if w.norm == "without":
            return True
        if w.punct or not (w.norm in _ARTICLES or "np_pre" in w.cue or w.text[:1].islower() and w.text.isalpha()):
            return False
    return False


def _aux_coordinated(words, i: int, same, pos, nom, ev):
    """The earlier verb event of the sentence whose subject the verb at ``i`` shares when it follows "but" (auxiliaries /
    "not" between or none) or "and" + an auxiliary ("was ready to negotiate but would not lift the duties", "and will
    not attend"), or None: the nearest verb event with a source before the conjunction, no punctuation between."""
    j, n = i - 1, 0
    while j > 0 and n < 3 and ("aux" in words[j].cue or "be" in words[j].cue or words[j].norm in ("not", "n't", "never")):
        j, n = j - 1, n + 1
    they = j > 1 and words[j].norm == "they" and words[j - 1].norm == "and"
    if they:
        # "Thousands of farmers gathered outside the parliament, and they demanded …": "they" right after the "and"
        # joining two main clauses is the first clause's subject (session 29, lead); a comma may stand before "and"
        j -= 1
    elif not (words[j].norm == "but" or (n and words[j].norm == "and")):
        return None
    m = max((m for m in same if m is not ev and id(m) not in nom and m.source_code and pos[id(m)][2] < j
             and ":noun:" not in m.rule), key=lambda m: pos[id(m)][2], default=None)
    if m is None or any(words[x].punct for x in range(pos[id(m)][2] + 1, j - (they and words[j - 1].text == ","))):
        return None
    return m


def _coordinated_verb(words, k: int, i: int) -> int:
    """Index of the "and" that joins the verb at ``i`` to an earlier verb of the clause reported by the speech verb
    at ``k`` ("Diplomats said the officers spoke by hotline and (later) agreed to …"), or -1: "and" right before the
    verb (auxiliaries and adverbs between), the reported clause opening with a noun phrase (not a preposition:
    "said in a statement and …"), no punctuation or other speech verb between (session 11)."""
    j = i - 1
    while j > k + 2 and ("aux" in words[j].cue or "be" in words[j].cue or words[j].norm in _COORD_ADVERBS
                         or words[j].norm.endswith("ly")):
        j -= 1
    if j <= k + 2 or words[j].norm != "and":
        return -1
    f = k + 1 + ("comp" in words[k + 1].cue)
    if f >= j or words[f].norm in _SUBJ_STOP or words[f].punct:
        return -1
    if any(words[x].punct or "speech" in words[x].cue for x in range(k + 1, j)):
        return -1
    if _tense_break(words, k, i):
        return -1
    return j


def _tense_break(words, k: int, i: int) -> bool:
    """The reported clause after the speech verb at ``k`` has an auxiliary ("had beaten", "would reopen") and the verb
    at ``i`` after its "and" has none: that verb is joined to the speech verb, the speaker's own act ("Amnesty said
    officers had beaten demonstrators and called for an inquiry", "said Turkey would reopen its consulate and invited
    Nasser") (session 11)."""
    a = next((x for x in range(i - 1, k, -1) if words[x].norm == "and"), -1)
    if a < 0:
        return False
    return any("aux" in words[x].cue for x in range(k + 1, a)) and not any(
        "aux" in words[x].cue or "be" in words[x].cue for x in range(a + 1, i))


def as_clause(words, i: int, span: int = 7) -> int:
    """Index of a temporal / causal "as" that opens the clause of the word at ``i`` ("as shells
    continued", "as the opposition threatened"), or -1.  Not "such as", "as well as", "as a / an …",
    "as part of", "as soon / long / much as", "as if"."""
    for k in range(i - 1, max(-1, i - span - 1), -1):
        w = words[k]
        if w.punct or "boundary" in w.cue or "comp" in w.cue:
            return -1
        if w.norm == "as":
            if k > 0 and words[k - 1].norm in _AS_BEFORE:
                return -1
            if k + 1 < len(words) and words[k + 1].norm in _AS_AFTER:
                return -1
            return k
    return -1


_AS_BEFORE = _cue_words("as_before", "_AS_BEFORE")
_AS_AFTER = _cue_words("as_after", "_AS_AFTER")


def _subject_noun_object(words, ni: int, nlast: int, args: Sequence, lex) -> Optional[object]:
    """The bare object of the violent verb (root 18-20) whose subject is the attack noun at ``ni``."""
    n = len(words)
    for k in range(nlast + 1, min(n, nlast + 15)):
        w = words[k]
        if w.punct and w.text != ",":
            return None
        if w.punct or w.norm.endswith("ing"):
            continue
        if any(t.kind == "verb" and t.cameo[:2] in _FORCE_ROOTS for t in lex.lookup(w.norm)):
            if not _noun_is_subject(words, ni, nlast, k):
                return None
            for a in args:
                if k < a.i0 <= k + 6 and a.prep == "" and not any(words[x].punct for x in range(k + 1, a.i0)):
                    return a
            return None
    return None


# roots whose object is not their subject's instrument: a participle after it is the object's act
_OBJ_PARTICIPLE_ROOTS = frozenset(["11", "12", "18", "19", "20"])


_OBJECT_GAP_STOP = _cue_words("object_gap_stop", "_OBJECT_GAP_STOP")


def _object_gap(words, mlast: int, i: int) -> bool:
    """The words between a verb (ending at ``mlast``) and a participle at ``i`` are one object noun
    phrase (at most five words: no punctuation, preposition, clause word or "to"); a participle right
    after a trigger that includes its object also counts."""
    gap = words[mlast + 1:i]
    if len(gap) > 5 or (not gap and mlast + 1 != i) or words[i - 1].norm in _NP_PREPS:
        return False         # "charging its neighbour with supporting …": the preposition's complement
    if not gap:
        return True
    return not any(w.punct or w.norm in _NP_PREPS or w.norm in _OBJECT_GAP_STOP
                   or "comp" in w.cue or "boundary" in w.cue or "aux" in w.cue or "be" in w.cue for w in gap)


_NP_PREPS = _cue_words("attach_prep", "_NP_PREPS")


def _under_fire(ev, words, last: int, args: Sequence, span: int = 8) -> None:
    """Swap the sides of "X came under fire / attack (from | by Y)": X is the target, Y (or nobody)
    the source."""
    agent = None
    for k in range(last + 1, min(len(words), last + 1 + span)):
        w = words[k]
        if w.punct or any(c in w.cue for c in _CLOSED):
            break
        if w.norm in ("from", "by"):
            agent = _arg_at(args, k + 1, words)
            break
    src = tuple(getattr(ev, f"source_{f}") for f in ("actor_id", "code", "country", "role", "span"))
    for f, v in zip(("actor_id", "code", "country", "role", "span"), src):
        setattr(ev, f"target_{f}", v)
    if agent is not None:
        _set_side(ev, "source", agent.actor, (agent.start, agent.end))
    else:
        ev.source_actor_id = ev.source_code = ev.source_country = ev.source_role = ev.source_span = None
    i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
    if not ev.target_code and i is not None:
        c = subject_nationality(words, i, _clause_start(words, i))   # "A Turkish convoy came under attack"
        if c:
            ev.target_code = ev.target_country = c
            _mark(ev, "tgt-nationality")
    _mark(ev, "patient-subj")      # no subject-nationality fill of the source later


def _poss_target(doc, ev, words, last: int) -> bool:
    """"Russia accused Ukraine of an attack on its facilities": an attack whose object is "its / their
    …" (right after the trigger, or after "on / against") hits the country of the nearest actor named
    before the pronoun that is not the attacker (the attacker's own facilities are not its target).
    Sets a country-only target (marked ``:tgt-poss``); False when no such pronoun or actor."""
    i = next((j for j in range(last, -1, -1) if words[j].start == ev.trigger_start), last)
    k = next((j + 1 for j in range(i + 1, min(len(words) - 1, last + 2)) if words[j].norm in ("on", "against", "at")),
             last + 1)
    if k >= len(words) or "pron_poss" not in words[k].cue:
        return False
    p0, best = words[k].start, None
    for a in doc.actors:
        if not a.country or a.id == ev.source_actor_id or a.country == ev.source_country:
            continue
        for s0, e0 in a.spans:
            if ev.sentence_start <= s0 and e0 <= p0 and (best is None or e0 > best[0]):
                best = (e0, a.country)
    if best is None:
        return False
    opener = _main_subject_country(doc, ev, words, k)
    if opener:
        best = (p0, opener)
    role = (ev.target_code or "")[3:] if ev.target_country else (ev.target_code or "")
    ev.target_actor_id = ev.target_role = ev.target_span = None
    ev.target_country, ev.target_code = best[1], best[1] + (role if role in _SECTORS else "")
    _mark(ev, "tgt-poss")
    return True


_POSS_SUBORD = frozenset(("after", "following", "when", "because", "since"))


def _main_subject_country(doc, ev, words, k: int):
    """"Mexico takes Ecuador to world court after police storm its embassy in Quito": a possessive inside a clause
    opened by after / when … (:data:`_POSS_SUBORD`) stands for the main clause's subject -- the country named first in
    the sentence, at its start -- not for the nearest country (session 19, ENX).  That country, or None (no such
    clause, no country subject, or the subject is the act's own source)."""
    j0 = next((j for j, w in enumerate(words) if not w.punct), None)
    if j0 is None or not any(words[j].norm in _POSS_SUBORD for j in range(j0 + 1, k)):
        return None
    for a in doc.actors:
        if a.country and a.code == a.country and any(s0 == words[j0].start for s0, _ in a.spans):
            if a.id == ev.source_actor_id or a.country == ev.source_country:
                return None
            first_sub = next(j for j in range(j0 + 1, k) if words[j].norm in _POSS_SUBORD)
            if any(words[j].punct for j in range(j0, first_sub)):
                return None   # (a comma before the clause: "Mexico, which …" is no plain main clause)
            return a.country
    return None


_AT_BEHEST = _cue_words("behest_prep", "_AT_BEHEST")


def _requester(ev, a, same: list, pos: dict, nom: set, i: int) -> None:
    """"Police arrested a Russian national at the request of the United States": ``a`` (the actor after
    "of") made the request; its target is the subject of the clause the adjunct belongs to (the
    nearest earlier verb event of the sentence with a source), or none; no earlier event of the
    sentence keeps the requester as its target."""
    main = max((m for m in same if m is not ev and id(m) not in nom and pos[id(m)][2] < i and ":verb:" in m.rule
                and m.source_code), key=lambda m: pos[id(m)][2], default=None)
    _set_side(ev, "source", a.actor, (a.start, a.end))
    for f in ("actor_id", "code", "country", "role", "span"):
        setattr(ev, f"target_{f}", getattr(main, f"source_{f}") if main is not None else None)
    if main is not None and not main.source_span:
        _mark(ev, "tgt-requested")
    for m in same:
        if m is not ev and pos.get(id(m)) and pos[id(m)][2] < i and m.target_actor_id == a.actor.id:
            m.target_actor_id = m.target_code = m.target_country = m.target_role = m.target_span = None


def _modifier_before(words, i: int) -> bool:
    """The word before the trigger at ``i`` opens a noun phrase: a numeral ("two aid workers") or a
    nationality word ("French aid workers"), so the trigger is a premodifier, not a verb."""
    w = words[i - 1]
    return w.norm.isdigit() or "quant" in w.cue or _nationality(w.text) is not None


def _after_prep(words, i: int) -> bool:
    """The trigger word follows a preposition with at most two lower-case modifiers between ("in overnight
    raids", "during a raid"): a noun in an adjunct, whatever its entry."""
    for k in range(i - 1, max(-1, i - 4), -1):
        w = words[k]
        if w.norm in _NP_PREPS or "adjunct_prep" in w.cue:
            return True
        if w.punct or w.text[:1].isupper() or w.cue.keys() & {"aux", "be"}:
            return False
    return False


def _noun_after_prep(words, i: int, args: Sequence) -> bool:
    """A plural verb-entry word naming things ("targets", "funds", "bombs": cue ``thing_noun``) after a
    preposition and at most two modifiers
    (capitalised nationality / names, or an actor phrase of that preposition): a noun, no verb."""
    if not words[i].norm.endswith("s") or words[i].norm.endswith("ss") or i < 2 or "thing_noun" not in words[i].cue:
        return False         # only things (cue thing_noun: targets, funds, bombs …), not event nouns (protests)
    if any(a.i1 == i and a.prep in _NP_PREPS for a in args) or words[i - 1].norm.endswith(("'", "'s", "’s", "’")):
        return True          # "the workers' demands", "Russia's attacks"
    for k in range(i - 1, max(-1, i - 4), -1):
        w = words[k]
        if w.norm in _NP_PREPS:
            return True          # "a series of bombs": no finite verb right after a preposition
        if w.punct or not (w.text[:1].isupper() or "np_pre" in w.cue):
            return False
    return False


def _conjoined_partner(ev, args, words) -> None:
    """"Russia and Ukraine exchanged 90 prisoners … in a deal brokered by the UAE": a mutual verb whose
    subject is "X and Y" is between X and Y; the partner the stage found after the trigger (the broker)
    is replaced by X on whichever side holds it (round 4)."""
    for side, other in (("source", "target"), ("target", "source")):
        sp, op = getattr(ev, f"{side}_span"), getattr(ev, f"{other}_span")
        if not sp or not op or sp[1] > ev.trigger_start or op[0] < ev.trigger_end:
            continue
        a = next((a for a in args if a.start == sp[0]), None)
        if a is None or a.i0 < 2 or words[a.i0 - 1].norm != "and":
            return
        o = next((b for b in args if b.start == op[0]), None)
        if o is not None and o.i0 > 0 and words[o.i0 - 1].norm in ("with", "and", "between"):
            return        # "X and Y met with Z": Z is the partner the text names
        if o is not None and o.prep == "" and sum(1 for w in words if ev.trigger_end <= w.start < o.start) <= 1:
            return        # "Canadian and French diplomats met Haitian officials": the verb's object is the partner
        first = next((b for b in args if b.i1 == a.i0 - 1 and b.prep == ""), None)
        if first is not None and first.actor.id != a.actor.id and first.actor.country \
                and first.actor.country != a.actor.country:
            _set_side(ev, other, first.actor, (first.start, first.end))
        return


def _after_copula(words, i: int) -> bool:
    """The word at ``i`` follows a copula ("was", "remained"), with at most one adverb / "not" between,
    or follows "and" after such an adjective ("free and fair")."""
    k = i - 1
    if words[i].norm.endswith("ing") and i + 1 < len(words) and not words[i + 1].punct \
            and words[i + 1].norm not in ("to", "and", "for"):
        return False   # "the government is welcoming refugees": a verb with its object (session 23 OTH5)
    if k >= 1 and words[k].norm == "and" and not words[k - 1].punct:
        k -= 2         # "Serbia and Bosnia are cheap and welcoming": after "and" and another adjective
    if k >= 0 and (words[k].norm.endswith("ly") or words[k].norm in ("not", "still")):
        k -= 1
    return k >= 0 and ("be" in words[k].cue or "copula" in words[k].cue)


def _adjective_participle(words, i: int, last: int) -> bool:
    """"the besieged city", "a disputed region": an -ed trigger word right after a determiner and
    before a lower-case noun (not "by" / a preposition): an adjective, no act of its own."""
    w = words[i]
    if last != i or not w.norm.endswith("ed") or i == 0 or words[i - 1].norm not in _ARTICLES:
        return False
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return not nxt.punct and nxt.text[:1].islower() and nxt.norm not in _NP_PREPS and nxt.norm != "by"


def _deal_object(words, i: int) -> bool:
    """The verb at ``i`` takes an object noun that makes it no attack (cue ``no_force_obj``: "struck a
    deal / an agreement / a balance"), after at most two determiners / premodifiers."""
    for k in range(i + 1, min(len(words), i + 4)):
        w = words[k]
        if "no_force_obj" in w.cue:
            return True
        if w.punct or not ("np_pre" in w.cue or w.norm in _ARTICLES):
            return False
    return False


def urged_object(words, i: int, ev, same: list, pos: dict, nom: set, args: Sequence) -> Optional[tuple]:
    """"urged Western allies to send more systems", "asked Sweden to extradite …": the verb at ``i``
    (after "to") is the complement of an appeal / demand (root 02 or 10, not a noun) earlier in the
    sentence, with its addressee between them (one to six words, no punctuation or clause word).
    Returns (the appeal event, the addressee actor or None), or None when it is no such complement."""
    if words[i - 1].norm != "to":
        return None
    for m in same:
        if m is ev or id(m) in nom or (m.root or m.cameo[:2]) not in ("02", "10"):
            continue
        mlast = pos[id(m)][3]
        if not (0 < i - 1 - mlast <= 6):
            continue
        gap = words[mlast + 1:i - 1]
        if gap and gap[0].norm in ("for", "on", "upon") and len(gap) > 1 and ":verb:" in m.rule:
            gap = gap[1:]        # "called for / on the president to resign": the addressee after the preposition
        if any(w.punct or "comp" in w.cue or "boundary" in w.cue or w.norm in ("to", "for", "on") for w in gap):
            continue
        a = next((a for a in args if mlast < a.i0 and a.i1 <= i - 1), None)
        return m, a
    return None


def _nested_complement(words, i: int, same: list, pos: dict, nom: set) -> bool:
    """Is the verb at ``i`` (after "to") the purpose of an earlier "to" complement of an appeal or demand verb of its
    clause ("ordered Israel to take all measures within its power to prevent …"): at most 14 words after the appeal,
    another "to" between, no punctuation or clause word?"""
    for m in same:
        if id(m) in nom or (m.root or m.cameo[:2]) not in ("02", "10") or ":verb:" not in m.rule:
            continue
        mlast = pos[id(m)][3]
        if not (0 < i - 1 - mlast <= 14):
            continue
        gap = words[mlast + 1:i - 1]
        if sum(1 for w in gap if w.norm == "to") == 1 and not any(
                w.punct or "comp" in w.cue or "boundary" in w.cue for w in gap):
            return True
    return False


_ADJUNCT_OPEN = _cue_words("adjunct_open", "_ADJUNCT_OPEN")


def _noun_is_subject(words, ni: int, nlast: int, vi: int) -> bool:
    """The noun at ``ni`` heads the subject of the verb at ``vi``: only its premodifiers before it in
    the clause (no verb-like word: the clause starts at the sentence start or a boundary), and after
    it only its own phrase (by / on / against + actor, commas of a parenthetical, auxiliaries)."""
    for k in range(ni - 1, -1, -1):
        w = words[k]
        if w.punct or "boundary" in w.cue or "comp" in w.cue:
            break
        if w.norm in _ADJUNCT_OPEN:
            return False
    commas = 0
    for k in range(nlast + 1, vi):
        w = words[k]
        if w.punct:
            if w.text != ",":
                return False
            commas += 1
            if commas > 2:
                return False
        elif "comp" in w.cue or "rel" in w.cue or "boundary" in w.cue:
            return False
    return vi - nlast <= 14


_ADJUNCT_PREPS = _cue_words("adjunct_prep", "_ADJUNCT_PREPS")


def _noun_is_adjunct(words, vlast: int, ni: int) -> bool:
    """The noun at ``ni`` is in an "in / during / with a … attack" adjunct of the verb ending at
    ``vlast``: same clause (no punctuation), the preposition at most three words before the noun."""
    if ni - vlast > 10 or any(words[k].punct or "boundary" in words[k].cue for k in range(vlast + 1, ni)):
        return False
    return any(words[k].norm in _ADJUNCT_PREPS for k in range(max(vlast + 1, ni - 3), ni))


def possessive_country(doc, ev, words, side: str) -> Optional[str]:
    """"Ethiopia denied that its troops had shelled …", "Russia said its forces …": a country-less
    generic actor right after "its" / "their" belongs to the country of the nearest actor before the
    pronoun in the sentence (the reporting speaker or the clause's subject), or None."""
    span = getattr(ev, f"{side}_span", None)
    if not span:
        return None
    k = next((k for k, w in enumerate(words) if w.start == span[0]), None)
    if k is None or k == 0:
        return None
    j = k - 1
    while j > 0 and k - j <= 5 and ((words[j].text.isalpha() and words[j].text.islower()
                                     and "pron_poss" not in words[j].cue and "speech" not in words[j].cue)
                                    or words[j].text in ("'", "’")):
        j -= 1   # "Mali's transitional government", "Sudan's interim prime minister": adjectives in between
        # (session 48: up to five words, a plural's possessive among them -- "Senegal's main truck drivers' union";
        # not across "its" or a speech verb: "Russia's defence ministry said its troops" is the pronoun's, below)
    if j > 0 and words[j].norm in ("'s", "’s"):
        # a genitive country: "Mali's transitional government, which expelled French troops, welcomed …"
        # (the sentence's second country stops the domestic fill)
        owner = next((a for a in doc.actors if a.country and a.code == a.country
                      and any(e0 == words[j - 1].end for _, e0 in a.spans)), None)
        return owner.country if owner is not None else None
    if "pron_poss" not in words[k - 1].cue:
        return None
    if k - 1 == 0 and ev.sentence > 0:
        return opening_subject_country(doc, ev.sentence - 1)
    if k >= 3 and words[k - 2].norm in ("and", "but", "while") and words[k - 3].norm == ",":
        # (session 44) "China summoned Japan's ambassador, and its foreign ministry accused Tokyo …": a possessive
        # opening a coordinate clause is the first clause's subject (the actor opening the sentence), not the
        # nearest actor -- that one is the first clause's object
        c = _opening_country(doc, ev.sentence)
        if c is not None:
            return c
    return _pron_owner(doc, words, doc.sentences[ev.sentence].start, words[k - 1].start)


def opening_subject_country(doc, si: int) -> Optional[str]:
    """"Rwanda did not deny the presence of its troops.  Its foreign ministry said …": a sentence that opens with
    "Its" / "Their" + a country-less body belongs to the country that opens the sentence before (its subject, an actor
    whose mention starts that sentence), same paragraph; else None (session 41, gapen41)."""
    prev, cur = doc.sentences[si], doc.sentences[si + 1]
    if "\n\n" in doc.text[prev.end:cur.start]:
        return None
    return _opening_country(doc, si)


def opening_offset(doc, si: int) -> int:
    """The offset of the first character of sentence ``si`` that is no space (where its opening actor starts)."""
    sent = doc.sentences[si]
    return sent.start + len(doc.text[sent.start:sent.end]) - len(doc.text[sent.start:sent.end].lstrip())


def _opening_country(doc, si: int) -> Optional[str]:
    """The country of the actor whose mention opens sentence ``si``, or None."""
    s0 = opening_offset(doc, si)
    owner = next((a for a in doc.actors if a.country and any(s == s0 for s, _ in a.spans)), None)
    return owner.country if owner is not None else None


def _pron_owner(doc, words, sent_start: int, limit: int) -> Optional[str]:
    """The country of the nearest actor named before ``limit`` in the sentence, for "its / their": an actor
    that is no preposition's object first ("Pakistan closed the crossing with Afghanistan, a day after its
    warplanes struck …" -> Pakistan; session 15 EN10), else the nearest one."""
    at = {w.start: k for k, w in enumerate(words)}
    best = free = None
    for a in doc.actors:
        if not a.country:
            continue
        for s0, e0 in a.spans:
            if not (sent_start <= s0 and e0 <= limit):
                continue
            if best is None or e0 > best[0]:
                best = (e0, a.country)
            k = at.get(s0)
            if k is not None and k > 0 and words[k - 1].norm == "the":
                k -= 1
            if k is not None and k > 0 and (words[k - 1].norm in _SUBJ_STOP or words[k - 1].norm == "of"):
                continue
            if free is None or e0 > free[0]:
                free = (e0, a.country)
    return free[1] if free else (best[1] if best else None)


def _nationality(word: str) -> Optional[str]:
    r = resolve_word(word) if word[:1].isupper() and word.isalpha() else None
    if r is not None and getattr(r, "kind", None) == "group" and getattr(r, "country", None) \
            and getattr(r, "code", None) == r.country:
        return r.country
    return None


def trigger_nation(doc, events) -> None:
    """(session 44) "Nineteen drones violated Polish airspace during a Russian attack on western Ukraine": a trigger
    whose own words hold the object with a nationality word ("violated Polish airspace", "entered Estonian waters") is
    aimed at that nation -- not at an actor the target search found after the trigger outside its words ("Russian").
    Only a nationality other than the source's; a target named inside the trigger or before it is kept."""
    for ev in events:
        if ev.lang != "en" or " " not in ev.trigger or (ev.target_span and ev.target_span[0] < ev.trigger_end):
            continue
        words = ev.trigger.split()
        c = next((c for c in map(_nationality, words[1:]) if c), None)
        if c is None or c == ev.source_country or c == ev.target_country:
            continue
        clear_side(ev, "target")
        ev.target_country, ev.target_code = c, c
        _mark(ev, "tgt-trigger-nation")


def resident_group(doc, ev, side: str) -> Optional[str]:
    """"Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians": a two-word actor made of a state's
    nationality word and another people's name is that state's (CAMEO codes minorities by the state
    they live in); the first word's country when it differs from the actor's, else None."""
    span = getattr(ev, SIDE_SPAN[side], None)
    own = getattr(ev, SIDE_COUNTRY[side], None)
    if not span or not own:
        return None
    toks = doc.text[span[0]:span[1]].split()
    if len(toks) != 2:
        return None
    c1, c2 = _nationality(toks[0]), _nationality(toks[1])
    if c1 and c2 and c1 != c2 and own == c2:
        return c1
    return None


def ethnic_residence(doc, ev, side: str, lex, places: dict) -> Optional[str]:
    """"Ethnic Albanians demonstrated in Serbia", "ethnic Serbs in Croatia": an actor introduced
    by an ethnicity word (cue ``ethnic``) is coded by the state it lives in (the CAMEO convention
    for minorities): the first other country named as a place in the sentence, or None."""
    span = getattr(ev, SIDE_SPAN[side], None)
    own = getattr(ev, SIDE_COUNTRY[side], None)
    if not span or not own:
        return None
    before = doc.text[max(ev.sentence_start, span[0] - 12):span[0]].split()
    inside = doc.text[span[0]:span[1]].split()[:1]
    if not any("ethnic" in lex.cue(w.lower()) for w in (before[-1:] + inside)):
        return None
    return next((pl.country for pl in places.get(ev.sentence, ()) if pl.country != own), None)


def of_head_nationality(doc, ev, lex) -> Optional[str]:
    """"The Turkish and Greek sides of … Cyprus have agreed": the source actor sits in an of-phrase
    of the subject, whose head noun carries a nationality word of another country: that nationality
    is the source (scanning back at most five words from "of", not across punctuation)."""
    words = words_of(doc, doc.sentences[ev.sentence], lex)
    k = next((k for k, w in enumerate(words) if w.start >= ev.source_span[0]), None)
    if k is None or k < 2:
        return None
    j = k - 1
    while j > 0 and "np_pre" in words[j].cue:
        j -= 1
    if words[j].norm != "of":
        return None
    for m in range(j - 1, max(-1, j - 9), -1):
        w = words[m]
        if w.punct or w.norm in _SUBJ_STOP or "boundary" in w.cue or "comp" in w.cue:
            return None
        c = _nationality(w.text)
        if c and c != ev.source_country:
            return c
    return None


def possessive_subject(doc, ev, words, i: int) -> Optional[str]:
    """"Russia denied that its warplanes had bombed …": a source-less verb whose subject is "its /
    their + noun(s)" (at most three words before the trigger, auxiliaries allowed) belongs to the
    country of the nearest actor named before the pronoun."""
    for k in range(i - 1, max(-1, i - 5), -1):
        w = words[k]
        if w.punct or "boundary" in w.cue or "comp" in w.cue:
            return None
        if "pron_poss" in w.cue:
            c = _pron_owner(doc, words, ev.sentence_start, w.start)
            if c is None and w.norm in _PERSON_POSS:
                c = _last_person_country(doc, ev.sentence)
            return c
    return None


_PERSON_POSS = frozenset(("his", "her"))


def _last_person_country(doc, si: int, back: int = 3) -> Optional[str]:
    """(Session 48) "Sarkozy entered prison on Tuesday. …  His lawyers filed a request for his release": "his / her"
    with no actor before it in its sentence belongs to the person named last in the ``back`` sentences before -- the
    country of that person (a named person of a country), or None."""
    if si <= 0:
        return None
    lo, hi = doc.sentences[max(0, si - back)].start, doc.sentences[si].start
    best = None
    for a in doc.actors:
        if a.kind != "person" or not a.country:
            continue
        for s0, e0 in a.spans:
            if lo <= s0 and e0 <= hi and (best is None or e0 > best[0]):
                best = (e0, a.country)
    return best[1] if best else None


_CHARGE_SKIP = _cue_words("charge_skip", "_CHARGE_SKIP")


def denied_charge(doc, ev, lex) -> bool:
    """"Pakistan accused India of …, a charge New Delhi denied": the denial is an apposition on the
    accusation (cue ``charge``: charge, accusation, allegation, claim), not a denial of the event."""
    if not ev.negated or not ev.quote_id:
        return False
    q = doc.quote(ev.quote_id) if hasattr(doc, "quote") else next((x for x in doc.quotes if x.id == ev.quote_id), None)
    if q is None or not q.cue or "neg_speech" not in lex.cue(q.cue.lower()) or q.cue_start < ev.trigger_end:
        return False
    # ", a charge / an accusation [that] <speaker> denied": the last comma before the cue opens it
    gap = doc.text[ev.trigger_end:q.cue_start]
    c = gap.rfind(",")
    if c < 0:
        return False
    head = [w for w in gap[c + 1:].split()[:3] if w.lower() not in _CHARGE_SKIP]
    if not head or "charge" not in lex.cue(head[0].lower()):
        return False
    near = doc.text[max(ev.sentence_start, ev.trigger_start - 30):ev.trigger_start].lower().split()[-4:]
    return not any("neg" in lex.cue(w) for w in near)


def recode_event(ev, cameo: str) -> bool:
    """Give the event another CAMEO code (and the fields that follow from it); False if unknown."""
    try:
        info = _cameo_lookup(cameo)
    except KeyError:
        return False
    ev.cameo, ev.root, ev.quad_class, ev.goldstein = cameo, info.root, info.quad_class, info.goldstein
    ev.plover_type, ev.plover_mode, ev.plover_context = info.plover_type, info.plover_mode, list(info.plover_context)
    return True


def conditional_refusal(ev, lex) -> bool:
    """"Athens would not negotiate with Ankara unless …", "Syria will not accept refugees if …": a
    negated promise under a condition is a (conditional) refusal; the ``neg`` rows of the recode
    tables (04 -> 125, 03 -> 120, 08 -> 124 …) apply as they do to asserted / announced refusals."""
    for frm, when, to, _ in lex.recode:
        if when == "neg" and ev.cameo.startswith(frm):
            if recode_event(ev, to):
                ev.negated = False
                return True
            return False
    return False


def actor_place(doc, ev, side: str, within: int = 30) -> Optional[str]:
    """"Security forces in Guinea", "rebels in Darfur", "the police in Lagos": the country of a place
    named right after a country-less generic actor's span ("in" / "inside" / "from" and at most
    two more words, no punctuation), or None."""
    span = getattr(ev, f"{side}_span", None)
    if not span:
        return None
    end = span[1]
    for pl in doc.places:
        if pl.country and pl.sentence == ev.sentence and end < pl.start <= end + within:
            gap = doc.text[end:pl.start]
            toks = gap.split()
            if toks and toks[0] in ("in", "inside", "from") and len(toks) <= 3 and not any(c in gap for c in ",;:.()"):
                return pl.country
            return None
    return None


_ARTICLE_NAT = re.compile(r"\b(?:a|an|the)\s+[A-Z][a-z]+\s+$")


def _noun_author(doc, ev, lex) -> None:
    """(session 39) "the assembly rejected a Russian demand that …": a verb trigger right after an article and a
    nationality adjective is a noun ("a Russian demand"); its author is that nationality's country, not the clause's
    subject the verb rules gave it (a subject before the article)."""
    if not 0 <= ev.sentence < len(doc.sentences):
        return
    words = words_of(doc, doc.sentences[ev.sentence], lex)
    i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
    if i is None or i < 2 or words[i - 2].norm not in ("a", "an", "the") or ev.source_span[1] > words[i - 2].start:
        return
    c = subject_nationality(words, i, i - 1, span=1)
    if c and c != ev.source_country:
        ev.source_actor_id = ev.source_role = None
        ev.source_country = ev.source_code = c
        ev.source_span = (words[i - 1].start, words[i - 1].end)
        _mark(ev, "src-nationality")


def en_doc_rules(doc, events, place_within: int = 80, domestic_crowd: bool = True, compound: bool = True,
                 directive_sents=()) -> None:
    """The stage-level English rules, for ``EventStage.__call__`` right after ``_en_domestic``
    (after the protest-direction swap, which would otherwise turn a nationality source into the
    target): an official named after an international organisation acts for it (:func:`igo_official`);
    a source-less event takes its subject's nationality (:func:`subject_nationality`),
    then a target-less event the country of the place named after its trigger (:func:`place_target`);
    with ``domestic_crowd`` a protest whose crowd has no nationality takes the target's country as
    its source (civilians, ``<ISO>CVL``: "protesters blocked roads in Algiers").  ``directive_sents``: coded
    English sentences without a trigger but with a directive word, for :func:`directive_events`."""
    lex = None
    wcache: dict = {}      # sentence -> (words, args, word index by start), shared by the rules
    if directive_sents or any(ev.lang == "en" for ev in events):
        lex = lexicon("en")
        result_participles(doc, events, lex)
        directive_events(doc, events, lex, directive_sents)
        before = {id(ev): (ev.source_actor_id, ev.target_actor_id) for ev in events}
        argument_rules(doc, events, lex, wcache)
        relative_subject(doc, events, lex, wcache)   # "Brazil, Colombia and Mexico, whose …, issued …" (EN7)
        appositive_subject(doc, events, lex, wcache)   # "The U.N. envoy for Yemen, Hans Grundberg, urged …" (EN8)
        trigger_nation(doc, events)   # "Nineteen drones violated Polish airspace during a Russian attack": Poland (s44)
        attack_subject_en.apply(doc, events, resolve_word)   # "A Russian attack on Kyiv killed 12": Russia's (s53)
        refill_domestic(doc, events, before)
    else:
        return   # no English event: every rule below reads English events only
    ends = _igo_ends(doc)
    unfilled: list = []
    conj_nat: list = []   # (event, the other conjoined nationality countries of its subject)
    places: dict = {}
    for pl in doc.places:
        if pl.country:
            places.setdefault(pl.sentence, []).append(pl)
    for ev in events:
        if ev.lang != "en":
            continue
        if ev.root == "15" and ev.target_span and ev.trigger_start <= ev.target_span[0] \
                and ev.target_span[1] <= ev.trigger_end:
            clear_side(ev, "target")   # "began joint military exercises": a word of the drill is no target
        if ev.root == "04" and ev.target_span and ev.target_span[0] > ev.trigger_start \
                and _AT_VENUE.search(doc.text, max(ev.sentence_start, ev.target_span[0] - 8), ev.target_span[0]):
            clear_side(ev, "target")   # "received the two ministers at the White House": the meeting's venue, no
            # side of it (session 41, gapen41)
        for side in ("source", "target"):
            if getattr(ev, SIDE_SPAN[side], None):
                audience_trim(doc, ev, side, lex or lexicon("en"))
        for side in ("source", "target") if ends else ():
            code = getattr(ev, f"{side}_code") or ""
            if code[:3] in ("IGO", "NGO"):
                continue
            igo = igo_official(doc, getattr(ev, f"{side}_span", None), ends)
            if igo and igo != getattr(ev, ("target" if side == "source" else "source") + "_code"):
                setattr(ev, f"{side}_code", igo)
                setattr(ev, f"{side}_country", None)
        if ev.source_span and ":verb:" in ev.rule and ev.source_span[1] < ev.trigger_start - 4 \
                and _ARTICLE_NAT.search(doc.text, max(0, ev.trigger_start - 40), ev.trigger_start):
            _noun_author(doc, ev, lex or lexicon("en"))   # "rejected a Russian demand": Russia's demand (s39)
        generic = not ev.source_country and (ev.source_code or "") in _SECTORS
        sa = actor_of(doc, ev.source_actor_id) if ev.source_country and ev.source_actor_id else None
        guessed = sa is not None and not sa.country and sa.code and sa.code in _SECTORS
        if guessed and 0 <= ev.sentence < len(doc.sentences):
            # "Nigerian junior foreign minister X summoned Niger's ambassador": the domestic fill gave
            # the title the sentence's only named country; the nationality word before it says otherwise
            lex = lex or lexicon("en")
            words = words_of(doc, doc.sentences[ev.sentence], lex)
            k = next((k for k, w in enumerate(words) if w.start >= (ev.source_span or (ev.trigger_start,))[0]), None)
            c = subject_nationality(words, k, max(0, k - 3)) if k else None
            if c and c != ev.source_country:
                ev.source_country, ev.source_code = c, c + sa.code
        if (generic or (not ev.source_code and not ev.source_country)) and 0 <= ev.sentence < len(doc.sentences) \
                and ":obj-participle" not in ev.rule and ":patient-subj" not in ev.rule:
            lex = lex or lexicon("en")
            words = words_of(doc, doc.sentences[ev.sentence], lex)
            i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
            cs_ = subject_nationalities(words, i, _clause_start(words, i)) if i is not None else []
            c = cs_[0] if cs_ else None
            if len(cs_) > 1 and not generic and not ev.source_code:
                # "Israeli and Palestinian leaders met …": a mutual act between the two; another act is each one's
                if ":mutual" in ev.rule and not ev.target_span and len(cs_) == 2:
                    ev.target_country, ev.target_code, ev.target_actor_id = cs_[1], cs_[1], None
                    _mark(ev, "tgt-nationality")
                elif ":mutual" not in ev.rule:
                    conj_nat.append((ev, cs_[1:]))
            if c is None and generic:
                c = actor_place(doc, ev, "source") or possessive_country(doc, ev, words, "source")
            if c is None and not ev.source_code and i is not None:
                c = possessive_subject(doc, ev, words, i)
            if c and c == ev.target_country and ev.target_span and ev.target_span[1] <= ev.trigger_start \
                    and not ev.source_code and i is not None and _passive(words, i) \
                    and not (i + 1 < len(words) and words[i + 1].norm == "in"):
                c = None   # "an Armenian soldier was shot dead": the passive's subject is the patient (s18 ENL); not
                # "Serb forces were engaged in …", an active involvement
            elif c and not ev.source_code and not ev.target_country and not ev.target_span and i is not None \
                    and ":not-speaker-patient" in ev.rule and _passive(words, i):
                # "Police said five Indian masons were shot dead by gunmen": the speaker left the target; the
                # nationality of the passive's subject is the patient's, not the agent's (session 22, B9EN)
                ev.target_country, ev.target_code = c, c
                _mark(ev, "tgt-nationality")
                c = None
            if c:
                ev.source_country, ev.source_code = c, c + (ev.source_code or "")
                if not ev.source_span:
                    _mark(ev, "src-nationality")
        for side in ("source", "target"):
            c = resident_group(doc, ev, side)
            if c:
                code = getattr(ev, f"{side}_code") or ""
                setattr(ev, f"{side}_country", c)
                setattr(ev, f"{side}_code", c + code[3:])
            c = ethnic_residence(doc, ev, side, lex or lexicon("en"), places)
            if c:
                code = getattr(ev, f"{side}_code") or ""
                setattr(ev, f"{side}_country", c)
                setattr(ev, f"{side}_code", c + code[3:])
        if ev.source_span and ev.source_span[1] <= ev.trigger_start and 0 <= ev.sentence < len(doc.sentences):
            c = of_head_nationality(doc, ev, lex or lexicon("en"))
            if c:
                ev.source_actor_id = ev.source_role = ev.source_span = None
                ev.source_country = ev.source_code = c
                _mark(ev, "src-nationality")
        if ev.negated and denied_charge(doc, ev, lex or lexicon("en")):
            ev.negated = False
        if ev.negated and ev.modality == "conditional":
            conditional_refusal(ev, lex or lexicon("en"))
        if not ev.target_country and (ev.target_code or "") in _SECTORS:
            # "the rebels in Darfur", "security forces in Guinea" as the target
            c = actor_place(doc, ev, "target")
            if c:
                ev.target_country, ev.target_code = c, c + ev.target_code
        c = None
        if not agentless_source(doc, ev, events, lex or lexicon("en"), places):
            m = embassy.mission_state(doc, ev, lex or lexicon("en"))
            if m:
                # "Protesters gathered outside the British embassy in Tehran": the mission's state (session 9 EN2)
                ev.target_country, ev.target_code = m, m + (ev.target_code or "")
                _mark(ev, "tgt-embassy")
            else:
                c = place_target(doc, ev, place_within, places=places)
        if c and (ev.source_code or "").startswith("IGO") and not ev.target_code and _igo_seat(ev.source_code, c):
            c = None   # "EU foreign policy chief Borrell told reporters in Brussels": its own seat, no target (s36)
        if c and ev.source_country and ev.source_country != c and (ev.target_code or "") in _OWN_ROLES:
            # "Zimbabwe's information minister accused the opposition of plotting unrest from Johannesburg": a
            # state's bare opposition is not of the place named in the charge (session 29, ACT20)
            c = None
        if c and later_clause_en.charge_after_target(doc, ev):
            c = None   # "accused the junta of working with Russia's Wagner Group": a place of the charge is the
            # accused's partner's, not the accused's (session 38 GAPEN38)
        if c:
            role = ev.target_code or ""
            ev.target_country, ev.target_code = c, c + role
            if not ev.target_span:
                _mark(ev, "tgt-place")
        elif not ev.target_country and (ev.target_code or "") in _OWN_ROLES and ev.source_country \
                and (ev.source_code or "")[3:6] in _STATE_BODIES and (ev.root or "") in _COERCE_OWN_ROOTS:
            # "Minsk … arrested a dissident journalist": the dissidents a state arrests, charges or bans are its own
            # (session 35; as home_country's OWN_ROLES without a dateline)
            ev.target_country, ev.target_code = ev.source_country, ev.source_country + ev.target_code
            _mark(ev, "tgt-own")
        other_clause_country(doc, ev, events)
        if (ev.root or "") in _FORCE_ROOTS and ev.target_country and ev.target_country == ev.source_country:
            unnamed_civilians(doc, ev)
        elif ev.target_country and ev.target_country == ev.source_country:
            c = ev.source_country
            if self_loop(doc, ev):
                unfilled.append((ev.sentence, ev.source_actor_id, c))
        if ev.target_country and ev.target_country == ev.source_country and (ev.root or "") != "14" \
                and ":quote-statement" not in ev.rule and state_target(doc, ev):
            unfilled.append((ev.sentence, ev.source_actor_id, ev.target_country))
        if ev.target_code and not ev.target_span and not inferred(ev, "target") and 0 <= ev.sentence < len(doc.sentences):
            # the stage's object-owner hook ran before the stage set the rule string: re-derive its basis
            lex = lex or lexicon("en")
            words = words_of(doc, doc.sentences[ev.sentence], lex)
            i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
            if i is not None:
                last = i
                while last + 1 < len(words) and words[last].end < ev.trigger_end:
                    last += 1
                own = object_owner(words, i, last, len(words))
                if own is not None and own[0] == ev.target_code:
                    _mark(ev, "tgt-owner")
        if domestic_crowd and ev.root == "14" and not ev.source_code and not ev.source_country and ev.target_country:
            # a crowd of unknown nationality protesting against / in a country: its own civilians; where
            # the protest's place is named, that country's ("rallied in Rabat in solidarity with the
            # Palestinians": Moroccans)
            home = ev.target_country
            if ev.place_id:
                pl = next((p for p in doc.places if p.id == ev.place_id), None)
                if pl is not None and pl.country and pl.sentence == ev.sentence:
                    home = pl.country
            ev.source_country, ev.source_code = home, home + "CVL"
            _mark(ev, "src-domestic")
    if conj_nat:
        _conjoined_nationality_copies(events, conj_nat)
    for sent, aid, c in unfilled:
        # "The minister announced sanctions on Russia": the same minister's statement is not Russian either; "Prime
        # Minister X met the Kenyan commander … and asked for more vehicles": nor the coordinated verb that took the
        # meeting's subject (session 23, ENX)
        for ev in events:
            if ev.sentence == sent and ev.source_actor_id == aid and ev.source_country == c \
                    and _filled(doc, ev, "source"):
                _unfill(ev, "source")
    # a rule below declaring the roots / codes it acts on (…_ON) is called only when the document's events have one:
    # the rules from here to promised_punishment_en drop events, fill sides or add copies with the same codes, so
    # the keys taken once stay a superset of the events' (s42 SPD42)
    keys = event_keys(events)
    headline.comma_subjects(doc, events)   # "Iran, Saudi Arabia agree to …" (session 9 EN2)
    headline.comma_verbs(doc, events)   # "India expels Canadian diplomat, suspends visas as …" (session 19 ENX)
    if lex is not None and compound:
        compound_actors(doc, events, places, lex, wcache)
        if not keys.isdisjoint(complements.FIGHTERS_ON):
            complements.conjoined_fighters(events, doc.text)   # "Rebels and government troops fought …": each other (round 6)
    described_as_en.apply(doc, events, _LABEL_VERBS)   # "hit what Ankara called a militant base": no ANKARA target (s23)
    pair_anaphora.pair_subjects(doc, events, _PAIR_OPENERS, _PAIR_APART)   # "…, and the two governments signed an agreement"
    pair_anaphora.pair_phrases(doc, events)   # "urged both governments to …", "leaders of the two countries agreed" (EN7)
    pair_anaphora.pair_persons(doc, events)   # "Milei thanked both men": the two persons named last (s47)
    with_partners(doc, events)    # "spoke by phone with Bazoum and with Nigerian President Bola Tinubu" (session 10 EN3)
    person_country(doc, events)   # "ousted President Mohamed Bazoum" … later "Bazoum" (session 10 EN3)
    joined_participle_subject(doc, events)   # ", calling X's move … and accusing …": the caller (s55)
    mutual_en.between_second(doc, events, lex or lexicon("en"))   # "talks between Iran's top official, X, and …" (s23)
    mutual_en.complete(events)   # "X met his Saudi counterpart": both ways once the sides are known (session 9 EN2)
    if not keys.isdisjoint(AGREED_ON):
        agreed_complement(doc, events)   # "Turkey and Iraq agree to boost security cooperation": one event (session 11 EN5)
    noun_object_date(doc, events)    # "invited union leaders to talks on Friday": Friday is the talks' (session 11 EN5)
    demanded_date_en.apply(doc, events)   # "called on X to protest … on Wednesday": the coming one (s26 B16EN)
    demanded_date_en.content_date(doc, events)   # "called for a shutdown on Sunday": the act's day (s27 EN6)
    pronoun_subject(doc, events)     # "Prime Minister X refused … She invited …": she is X (session 11 EN5)
    subordinate_pronoun(doc, events)   # "X lifted martial law, six hours after he declared it": X (s31)
    joined_to_pronoun(doc, events)     # "… he condemned them … and demanded …": he demanded too (s44)
    listed_predicate_subject(doc, events)   # "X called the outcome \"…\", thanked voters …": X thanked (s51)
    joined_to_opening_subject(doc, events)   # "X on Sunday scrapped the perks …, and ordered …": X (s44)
    its_members_subject(doc, events)   # "JNIM declared the blockade.  Its fighters have since attacked …": JNIM (s44)
    earlier_role_country(doc, events)  # "Sudan's army …" then "Egypt and Turkey have supported the army" (EN5)
    role_subject_country(doc, events)  # "Germany … criticised the decision.  Economy Minister X warned …" (EN6)
    bloc_seat(doc, events)             # "Brussels imposed duties" in a story of the EU: the EU (EN6)
    if not keys.isdisjoint(REJECTED_OFFER_ON):
        rejected_offer_author(doc, events)   # "She invited union leaders …, but the unions rejected the invitation" (EN5)
    definite_repeat(doc, events)       # "launched an investigation …  the investigation had been opened …" (EN6)
    speech_clause_target(doc, events)  # "condemned the attack … and said a Greek frigate would …" (EN7)
    if not keys.isdisjoint(APPOSITIVE_ACT_ON):
        appositive_act(doc, events)        # "The government cut internet access, a move the opposition condemned" (EN7)
    definite_body(doc, events)         # "asked the International Court of Justice …  rejected the court's …" (EN10)
    if not keys.isdisjoint(_AUTHOR_ROOTS):
        object_author(doc, events, lex)    # "The EU imposed sanctions …  The RSF rejected the sanctions": -> the EU (EN7)
    if not keys.isdisjoint(WARNED_ON):
        warned_that(doc, events, lex)      # "He warned that the Houthis would attack …": the content's threat (EN7)
    reported_statement(events)         # "Chad closed its border, a spokesman said": the act, no statement (EN7)
    condition_clause(doc, events, lex)   # "would continue until the government withdrew the plan" (EN7)
    if not keys.isdisjoint(promised_punishment_en.ACTS_ON):
        promised_punishment_en.apply(doc, events, recode_event)   # '"All of them will be … punished," he said' (s32)
    unreal_without_actors(events)        # "warned that a trade war would hurt both sides" (EN7)
    if _NEEDS_TARGET:
        # "the emir arrived in Doha": arriving at home is no visit (a visit needs a host, here the
        # country of the place named after the verb, which place_target gives when it is foreign)
        events[:] = [ev for ev in events if not (ev.lang == "en" and not ev.target_code and not ev.target_country
                                                 and ev.trigger.lower() in _NEEDS_TARGET)]


_AUTHOR_ROOTS = frozenset(["05", "11", "12"])
_AUTHOR_BACK = 5   # sentences


def _plain(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


_BODY_HEADS = _cue_words("body_head", "_BODY_HEADS")


def definite_body(doc, events) -> None:
    """"Guyana asked the International Court of Justice …  Venezuela rejected the court's jurisdiction": a side that
    is only "the court / tribunal / council / commission" (lower case, after "the") is the one body named before it in
    the article whose name holds that word ("Court"); nothing when two different bodies were named (session 15 EN10)."""
    text = doc.text
    for ev in events:
        if ev.lang != "en":
            continue
        for side in ("source", "target"):
            span = getattr(ev, f"{side}_span")
            if not span or text[span[0]:span[1]] not in _BODY_HEADS or not text[max(0, span[0] - 4):span[0]].lower() == "the ":
                continue
            name = re.compile(r"\b" + text[span[0]:span[1]].capitalize() + r"\b")
            own = getattr(ev, f"{side}_actor_id")
            named = {}
            for a in doc.actors:
                if a.id != own and a.code and a.kind == "organisation" and any(
                        e0 <= span[0] and name.search(text, s0, e0) for s0, e0 in a.spans):
                    named[a.code] = a
            if len(named) == 1:
                _set_side(ev, side, next(iter(named.values())), span)
                _mark(ev, f"{side[:3]}-body")


def object_author(doc, events, lex) -> None:
    """"The European Union imposed sanctions on three companies …  The RSF rejected the sanctions", "Brussels imposed
    provisional duties …  France and Italy backed the duties": a support / disapproval / rejection (roots 05, 11, 12)
    with no target of its own whose object is a definite noun ("the / these / those + N") naming the act of an
    earlier event (N a word of that event's trigger: "imposed sanctions", "imposed provisional duties") is aimed at
    that event's source, the nearest such event at most five sentences back, of another side (session 13, EN7).
    "criticised the decision" (no trigger word) is not read."""
    cands = [e for e in events if e.lang == "en" and e.source_code and ":quote-statement" not in e.rule]
    drop: set = set()
    for ev in events:
        if ev.lang != "en" or ev.root not in _AUTHOR_ROOTS or ev.cameo == "057" or ":verb:" not in ev.rule \
                or not _open_target(ev) or not 0 <= ev.sentence < len(doc.sentences):
            continue
        words = words_of(doc, doc.sentences[ev.sentence], lex)
        last = next((k for k, w in enumerate(words) if w.end >= ev.trigger_end), None)
        if last is None or last + 2 >= len(words) or words[last + 1].norm not in _DEFINITE:
            continue
        head = None
        for k in range(last + 2, min(len(words), last + 5)):
            w = words[k]
            if w.punct or w.norm in _OWNER_STOP_PREPS or w.norm in ("as", "and", "but", "that", "which"):
                break
            head, end = _plain(w.norm), w.end
        if head is None:
            continue
        ante = None
        for e in cands:
            if e is ev or not (ev.sentence - _AUTHOR_BACK <= e.sentence <= ev.sentence) \
                    or e.trigger_start >= ev.trigger_start or e.source_code == ev.source_code \
                    or (e.source_country and e.source_country == ev.source_country):
                continue
            words_e = {_plain(t.strip(_QUOTE_MARKS)) for t in e.trigger.lower().split()}   # 'allegations" linking'
            if (head in words_e or _nominal_stem(head) in {_verb_stem(t) for t in words_e}) \
                    and (ante is None or e.trigger_start > ante.trigger_start):
                ante = e
        if ante is None and lex is not None:
            ante = _attack_on(doc, ev, words, end, head, cands, lex)
        if ante is not None:
            copy_side(ev, "target", ante, "source")
            ev.target_span = None
            _mark(ev, "tgt-author")
            # the object noun coded as an act of its own ("rejected the sanctions": 163 by the rejecter) is the
            # earlier act, not a new one
            drop.update(id(e) for e in events if e.sentence == ev.sentence and e.root == ante.root
                        and words[last + 1].start <= e.trigger_start < end)
    if drop:
        events[:] = [e for e in events if id(e) not in drop]


_DEFINITE = _cue_words("definite_object", "_DEFINITE")
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019«»"


def _attack_on(doc, ev, words, end: int, head: str, cands, lex):
    """"Greece condemned the attack on the tanker" after "the Houthis fired two missiles at a Greek-owned oil
    tanker": an attack noun (a noun trigger of roots 18-20) + "on (the) N" names the nearest earlier asserted
    attack of another side whose words after its trigger (80 characters, same sentence) hold N (session 15)."""
    if not any(t.kind == "noun" and t.cameo[:2] in _FORCE_ROOTS for t in lex.lookup(head)):
        return None
    k = next((k for k, w in enumerate(words) if w.start >= end), None)
    if k is None or k + 1 >= len(words) or words[k].norm != "on" or "time" in words[k + 1].cue:
        if k is not None and words[k].norm in ("by", "against", "in", "at", "of"):
            return None   # "the attack by …", "the strikes in Idlib": a noun with its own setting, not read back
        return _attack_back(ev, cands)
    k += 1 + (words[k + 1].norm in _DEFINITE and k + 2 < len(words))
    if words[k].punct:
        return None
    obj = re.compile(r"\b" + re.escape(words[k].norm) + r"\b", re.I)
    return condemned_attack.nearest_attack(
        ev, cands, 3 * _AUTHOR_BACK,
        lambda e: obj.search(doc.text, e.trigger_end, min(e.sentence_end, e.trigger_end + 80)) is not None)


def _attack_back(ev, cands):
    """"Pakistani jets struck … Afghanistan condemned the strikes": a definite attack noun with no phrase of its own
    names the nearest earlier asserted attack (roots 18-20) of another side, at most _AUTHOR_BACK sentences back
    (session 15 EN10)."""
    return condemned_attack.nearest_attack(ev, cands, _AUTHOR_BACK)


def _nominal_stem(noun: str) -> str:
    """The verb stem of an "-ation" / "-ment" noun ("accusation" -> "accus", "condemnation" -> "condemn"), else ""."""
    for suf in ("ations", "ation", "ments", "ment"):
        if noun.endswith(suf) and len(noun) - len(suf) >= 4:
            return noun[:-len(suf)]
    return ""


def _verb_stem(verb: str) -> str:
    """The stem of a verb form ("accusing", "accused", "accuses" -> "accus"; "condemned" -> "condemn")."""
    for suf in ("ing", "ed", "es", "e", "s"):
        if verb.endswith(suf) and len(verb) - len(suf) >= 4:
            return verb[:-len(suf)]
    return verb


_REL_SUBJECT = frozenset(["who", "whose", "which"])


def _sourceless_verbs(doc, events, lex, cache: dict):
    """(event, words, actor args, trigger index) of each English verb event without a source (the subject rules)."""
    for ev in events:
        if ev.lang != "en" or ev.source_code or ev.source_country or ":verb:" not in ev.rule:
            continue
        got = _words_index(doc, ev, cache, lex)
        if got is not None:
            yield (ev, *got[:3])


def relative_subject(doc, events, lex, cache: dict) -> None:
    """"Mabunda, who came second in the vote, had called for protests, accusing the ruling party of …", "Brazil,
    Colombia and Mexico, whose leftist governments have kept ties with Caracas, issued a joint statement urging …":
    the actor (or the last of conjoined actors) that opens the sentence before a relative clause between commas is
    the subject of the verb after the clause, of an object participle of that verb, and of an "-ing" participle
    right after a comma that follows it (session 13, EN7).  Only an event without a source; a dot inside the
    clause is an abbreviation's ("the Oct. 9 vote": the splitter keeps the sentence whole)."""
    for ev, words, args, i in _sourceless_verbs(doc, events, lex, cache):
        r = next((j for j in range(i - 1, 0, -1) if words[j].norm in _REL_SUBJECT and words[j - 1].text == ","), 0)
        close = next((k for k in range(r + 1, i) if words[k].text == ","), None) if r else None
        if close is None or any(words[k].punct and words[k].text not in (",", ".", "(", ")") for k in range(r, close)):
            continue   # (an abbreviation in brackets inside the clause: "whose party beat the Party for Freedom (PVV)
            # in Wednesday's election, on Thursday urged …", session 53)
        if any(words[k].punct and not (words[k].text == "," and k == i - 1 and words[i].norm.endswith("ing"))
               for k in range(close + 1, i)) or any(words[k].norm in _REL_SUBJECT for k in range(close + 1, i)):
            continue
        head = next((a for a in args if a.i1 == r - 1 and a.prep == ""), None) or next(
            (a for a in args if a.prep == "" and r - 3 <= a.i1 < r - 1 and all(
                words[k].text.isalpha() and words[k].text.islower() and not words[k].trig[1] for k in range(a.i1, r - 1))),
            None)   # ("Yemen's Houthi movement, which …": a head noun after the name, session 23 B10EN)
        if head is None:
            continue
        # "Leaders of the Group of Seven, who …, pledged": a short opening phrase of people before "of" (no trigger
        # in it) leaves the body the subject (session 39)
        people_of = head.i0 <= 5 and any(words[k].norm == "of" for k in range(0, head.i0)) and all(
            words[k].text.isalpha() and not words[k].trig[1] for k in range(0, head.i0))
        if not people_of and any(not (words[k].text == "," or words[k].norm in ("and", "the", "'s", "’s")
                                    or words[k].text[:1].isupper()
                                    or any(a.i0 <= k < a.i1 for a in args)) for k in range(0, head.i0)):
            continue
        _set_side(ev, "source", head.actor, (head.start, head.end))
        _mark(ev, "rel-subject")


def appositive_subject(doc, events, lex, cache: dict) -> None:
    """"The U.N. envoy for Yemen, Hans Grundberg, urged …", "The African Union Commission chairman, Mahmoud Ali
    Youssouf, called on …": a sentence that opens with a noun phrase, then a name between commas right before the
    verb: the name's actor is the verb's subject; a name the tables do not code takes the opening phrase's last
    actor (session 14, EN8).  Only an event without a source, and only when the opening phrase holds no other
    trigger and the name is the whole apposition."""
    for ev, words, args, i in _sourceless_verbs(doc, events, lex, cache):
        close = next((k for k in range(i - 1, max(0, i - 3), -1) if words[k].text == ","), None)
        if close is None or any(words[k].punct for k in range(close + 1, i)):
            continue
        name = next((a for a in args if a.i1 == close and a.prep == ""), None)
        if name is not None:
            opening = name.i0 - 1
        else:   # a name of no actor: two to four capitalised words
            opening = next((k for k in range(close - 1, max(0, close - 6), -1) if words[k].text == ","), 0)
            if not 2 <= close - opening - 1 <= 4 or not all(words[k].text[:1].isupper() and words[k].text.isalpha()
                                                            and not any(a.i0 <= k < a.i1 for a in args)
                                                            for k in range(opening + 1, close)):
                continue
        if opening < 2 or words[opening].text != "," or not words[opening + 1].text[:1].isupper() \
                or any(words[k].punct or words[k].trig[1] for k in range(0, opening)):
            continue
        head = name
        if name is None or not (name.actor.code or name.actor.country):
            # (the phrase's head, not an actor after a preposition: "The U.N. envoy for Libya, Anna Berg")
            head = next((a for a in reversed(args) if a.i1 <= opening and opening - a.i1 <= 3 and a.prep == ""
                         and (a.actor.code or a.actor.country)), None)
            if head is None:
                continue
        _set_side(ev, "source", head.actor, (head.start, head.end))
        _mark(ev, "appos-subject")
        for e2 in events:
            # "…, expressed deep concern and called on the two neighbours to settle …": the coordinated verb's too
            if e2 is ev or e2.sentence != ev.sentence or e2.source_code or e2.source_country \
                    or e2.trigger_start <= ev.trigger_end or ":verb:" not in e2.rule:
                continue
            gap = [w for w in words if ev.trigger_end <= w.start < e2.trigger_start]
            if any(w.norm == "and" for w in gap) and not any(w.punct or w.norm == "that" for w in gap) \
                    and not any(ev.trigger_end <= a.start < e2.trigger_start for a in args):
                _set_side(e2, "source", head.actor, (head.start, head.end))
                _mark(e2, "appos-subject")


_APPOSITIVE_ACT = re.compile(r",\s+(?:a|the|in\s+a)\s+(?:\w+\s+)?(?:move|step|decision|measure)\s+(?:that\s+|which\s+)?(?:the\s+)?$", re.I)


# the roots / codes ``appositive_act`` acts on: en_doc_rules calls it only for a document with one (s42 SPD42)
APPOSITIVE_ACT_ON = frozenset(("11", "12"))


def appositive_act(doc, events) -> None:
    """"The government cut mobile internet access across the country, a move the opposition condemned as …", "…, a
    decision Beijing criticised": a disapproval or rejection (roots 11, 12) in an appositive relative clause on "a
    move / step / decision / measure" is aimed at the source of the act the appositive names, the nearest earlier
    event of the sentence by another actor (session 13, EN7)."""
    for ev in events:
        if ev.lang != "en" or ev.root not in APPOSITIVE_ACT_ON or ev.target_code or ev.target_country \
                or not ev.source_span or not _APPOSITIVE_ACT.search(doc.text, max(0, ev.source_span[0] - 40),
                                                                   ev.source_span[0]):
            continue
        act = max((e for e in events if e is not ev and e.sentence == ev.sentence and e.trigger_end <= ev.source_span[0]
                   and e.source_code and e.source_code != ev.source_code), key=lambda e: e.trigger_start, default=None)
        if act is not None:
            copy_side(ev, "target", act, "source")
            ev.target_span = None
            _mark(ev, "tgt-author")


def speech_clause_target(doc, events) -> None:
    """"Greece condemned the attack on the tanker and said a Greek frigate would escort merchant ships": an actor after
    "and" + a speech verb (said, added, warned …) belongs to the reported clause of that second verb, not to the first
    verb's target; so does an actor inside the "as a / an …" characterisation of a disapproval or rejection (cleared;
    session 13, EN7).  Statements (whose target is read from their own content) are left."""
    for ev in events:
        if ev.lang != "en" or not ev.target_span or ev.target_span[0] <= ev.trigger_end or "quote-statement" in ev.rule:
            continue
        gap = doc.text[ev.trigger_end:ev.target_span[0]]
        m = _AND_SAID.search(gap)
        if m is not None and (m.group(1).lower() in _SPEECH_WORDS or _THAT_NEXT.match(gap, m.end())):
            # (any verb with a that-clause opens one: "denounced the decision and vowed that Russia would respond",
            # "… and pledged that Paris would …"; session 50 GAPEN50)
            gone = ev.target_code
            clear_side(ev, "target")
            igo = igo_official(doc, ev.source_span) if (ev.source_code or "")[:3] not in ("IGO", "NGO") else None
            if igo and igo == gone:
                # "African Union Commission chairman X called for … and said the bloc would …": the reported
                # clause's IGO, read as the target, had kept the official's own IGO off the source (session 23 GAPE)
                ev.source_code, ev.source_country = igo, None
            end = ev.trigger_end + m.start()
            c = next((pl.country for pl in doc.places if pl.country and pl.sentence == ev.sentence
                      and ev.trigger_end <= pl.start < end and not _opens_clause(doc.text[ev.trigger_end:pl.start])
                      and not (ev.source_span and ev.source_span[0] <= pl.start < ev.source_span[1])), None)
            if c and c != ev.source_country:
                # "recalled its ambassador from Tehran … and said Iran's envoy …": the place before "and said" is
                # the first clause's own; its country is the target the reported clause took (session 22, B9EN)
                ev.target_country, ev.target_code = c, c + (ev.target_code or "")
                _mark(ev, "tgt-place")
        elif ev.root in ("11", "12") and _AS_WHAT.search(gap):
            # "condemned the strikes as a violation of Yemen's sovereignty", "a move the opposition condemned as an
            # attempt to hide abuses by the security forces": the actor of the characterisation is no target
            # ("denounced as an ugly crime Serbia's suppression of …": the object after it keeps its owner)
            clear_side(ev, "target")


_AS_WHAT = re.compile(r"\bas\s+(?:a|an)\s.*\b(?:of|by|on|against|to|for)\s+(?:the\s+)?$")
_AND_SAID = re.compile(r"\band\s+(?:also\s+|later\s+)?([A-Za-z]+)\b")
_THAT_NEXT = re.compile(r"\s+that\b")


# the roots / codes ``warned_that`` acts on: en_doc_rules calls it only for a document with one (s42 SPD42)
WARNED_ON = frozenset(("130",))


def warned_that(doc, events, lex) -> None:
    """"The army warned that rebels could attack the city": the subject of the clause after "warned that" is what is
    warned of, not the warning's target (cleared); "He warned that the Houthis would attack any vessel …": when that
    clause codes a threat (root 13) of the warner's country, or the warner is no actor, the threat is the happening
    and the bare warning (130) is dropped (session 13, EN7).  "warned the United States that …" keeps its target.
    A time expression may stand between the verb and "that" ("warned on Monday that", session 26 EN)."""
    drop = set()
    for ev in events:
        if ev.lang != "en" or ev.cameo not in WARNED_ON or not ev.trigger.lower().startswith("warn") \
                or not 0 <= ev.sentence < len(doc.sentences):
            continue
        words = words_of(doc, doc.sentences[ev.sentence], lex)
        last = next((k for k, w in enumerate(words) if w.end >= ev.trigger_end), None)
        while last is not None and last + 2 < len(words) and any(
                r.start <= words[last + 1].start < r.end for r in doc.timerefs):
            last += 1   # "warned on Monday that", "warned earlier this week that": the time adjunct (session 26 EN)
        if last is None or last + 1 >= len(words) or "comp" not in words[last + 1].cue:
            continue
        that = words[last + 1].start
        threat = next((e for e in events if e is not ev and e.sentence == ev.sentence and e.root == "13"
                       and e.trigger_start > that), None)
        if threat is not None and not (threat.source_code or threat.source_country) and ev.source_code \
                and last + 2 < len(words) and words[last + 2].norm in ("it", "they", "he", "she", "we"):
            copy_side(threat, "source", ev)   # "Russia warned that it would strike …": the warner's threat
            threat.source_span = None
            _mark(threat, "src-warner")
        if threat is not None and (threat.source_code or threat.source_country) \
                and (not ev.source_country or threat.source_country == ev.source_country):
            if threat.cameo == ev.cameo and ":verb:" in threat.rule and ev.source_country and not threat.negated:
                # (session 25 B12EN) "warned that Moscow would respond … if NATO …": a threat no more specific than
                # the warning is the warning's content -- the warning is the happening, with the threat's target
                # (as events._dedupe does for "warned that Baku would respond to any provocation", session 22)
                if not ev.target_code and threat.target_code:
                    copy_side(ev, "target", threat)
                drop.add(id(threat))
                continue
            drop.add(id(ev))
            if threat.trigger_start > ev.trigger_start and threat.trigger_end - ev.trigger_start <= 160:
                # the threat's evidence runs from the warning verb ("warned that Colombia could break relations …
                # if …"): "warned" is the act made, asserted when the warning is (session 30)
                threat.trigger_start = ev.trigger_start
                threat.trigger = doc.text[threat.trigger_start:threat.trigger_end]
                if ev.modality == "asserted" and not ev.negated and threat.modality == "conditional":
                    threat.modality = "asserted"
        elif ev.target_span and ev.target_span[0] > that and any(
                e is not ev and e.sentence == ev.sentence and e.trigger_start > that and "13" <= (e.root or "") <= "20"
                and e.source_span == ev.target_span for e in events):
            clear_side(ev, "target")   # (the warned-of attacker; "warned that police will no longer tolerate
                                       # rallies by X" keeps its reading)
    if drop:
        events[:] = [e for e in events if id(e) not in drop]


def reported_statement(events) -> None:
    """"Chad closed its border crossing on Friday, a government spokesman said": the trailing attribution's quote has
    no content of its own (the reported clause stands before it), so the bare statement (010) the stage made for
    the speaker stays beside the reported act; when the sentence codes an act of the speaker's own country, the
    statement is only its attribution and is dropped (session 13, EN7; ``merge_repeats`` does the same for a quote
    whose content codes an event, and for a speaker with the same actor code)."""
    acts = {(ev.sentence, ev.source_country) for ev in events if ev.lang == "en" and ev.source_country
            and ev.root != "01" and ":quote-statement" not in ev.rule}
    if acts:
        events[:] = [ev for ev in events if not (ev.lang == "en" and ev.cameo == "010" and ev.rule.startswith(
            "en:quote-statement") and (ev.sentence, ev.source_country) in acts)]


_UNTIL = _cue_words("until_cond", "_UNTIL")


def condition_clause(doc, events, lex) -> None:
    """"The strikes would continue until the government withdrew the plan", "vowed to fight on until the rebels
    surrender", "sanctions will be lifted once Iran complies": the act of a clause opened by until / unless / once
    (cue ``until_cond``) under a future or intended main clause is the condition, not a planned act: hypothetical,
    as an "if" clause (session 13, EN7).  A past narrative ("fought until the army withdrew") is asserted and not
    touched."""
    for ev in events:
        if ev.lang != "en" or ev.modality not in ("future", "intent") or not 0 <= ev.sentence < len(doc.sentences):
            continue
        words = words_of(doc, doc.sentences[ev.sentence], lex)
        i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
        for k in range(i - 1, max(-1, i - 8), -1) if i else ():
            if words[k].punct:
                break
            if words[k].norm in _UNTIL:
                ev.modality = "hypothetical"
                _mark(ev, "condition")
                break


def unreal_without_actors(events) -> None:
    """"a trade war would hurt both sides", "We will respond to every attack", "A full-scale war would devastate
    the region": a future, possible, hypothetical or conditional act with neither a source nor a target says
    neither who nor to whom nor that it happened: no event (session 13, EN7).  Only conflictual roots (13-20): an
    asserted act without actors stays (its actors may be known to the reader from the place or the headline), and
    so does a planned meeting ("The two leaders are scheduled to meet in Geneva": the talks are news)."""
    events[:] = [ev for ev in events if not (
        ev.lang == "en" and ev.modality in ("future", "possible", "hypothetical", "conditional")
        and "13" <= (ev.root or "") <= "20"
        and not (ev.source_code or ev.target_code or ev.source_country or ev.target_country))]


_AGREE_GAP = re.compile(r"\s+(?:(?:on|this|last|next)\s+\w+\s+)?to\s+$")
_AGREE_COMPLEMENT_ROOTS = frozenset(["03", "04", "05", "06"])


_FOUND_VERBS = _cue_words("found_verb", "_FOUND_VERBS")   # set (up), form, establish, create


def _body_purpose(text: str, a, c) -> bool:
    """Is ``c`` the purpose verb of a body the agreement ``a`` sets up: "agreed to set up / form / establish a
    (joint) group / committee to V" (at most 6 words between the founding verb and "to V")?"""
    if a.sentence != c.sentence or not 0 < c.trigger_start - a.trigger_end <= 80:
        return False
    gap = text[a.trigger_end:c.trigger_start].lower().split()
    if len(gap) > 2 and gap[0] in ("on", "this", "last", "next") and gap[2] == "to":
        gap = gap[2:]   # ("agreed on Monday to set up …")
    if len(gap) < 4 or gap[0] != "to" or gap[-1] != "to" or gap[1] not in _FOUND_VERBS:
        return False
    body = gap[2 + (gap[2] == "up"):-1]
    return 1 <= len(body) <= 6 and body[0] in ("a", "an", "the") and "to" not in body \
        and not any(w.endswith((",", ";")) for w in body)


# the roots / codes ``agreed_complement`` acts on: en_doc_rules calls it only for a document with one (s42 SPD42)
AGREED_ON = frozenset(("030",))


def agreed_complement(doc, events) -> None:
    """"Turkey and Iraq agree to boost security cooperation": an asserted agreement (030) already codes
    what is agreed when that is only more cooperation (roots 03-06: boost ties, hold talks, restore
    relations, cooperate), so the complement verb is no second asserted event of the same parties.
    A concrete agreed act (aid 07, yielding 08: "agreed to lend / disarm / release") keeps its own
    event, the project's tested convention (session 11 EN4, EN5)."""
    agrees = [e for e in events if e.lang == "en" and e.cameo in AGREED_ON and not e.negated
              and e.modality == "asserted" and ":verb:" in e.rule]
    if not agrees:
        return
    drop = set()
    for c in events:
        if c.lang == "en" and c.modality == "asserted" and ":verb:" in c.rule and c.cameo != "030" \
                and any(_body_purpose(doc.text, a, c) for a in agrees):
            c.modality = "intent"   # "agreed to set up a joint group to investigate": the body's task (session 15)
            continue
        if c.lang != "en" or c.root not in _AGREE_COMPLEMENT_ROOTS or c.cameo == "030" or ":verb:" not in c.rule:
            continue
        for a in agrees:
            if a.sentence == c.sentence and a.trigger_end <= c.trigger_start \
                    and _AGREE_GAP.match(doc.text[a.trigger_end:c.trigger_start]) \
                    and (c.source_code or None) in (a.source_code or None, None):
                drop.add(id(c))
                break
    if drop:
        events[:] = [e for e in events if id(e) not in drop]


_NOUN_OBJ_GAP = re.compile(r"\s+(?:(?:on|for|at|in|next|this)\s+)?$")


def noun_object_date(doc, events) -> None:
    """"She invited union leaders to talks on Friday": the time after an event noun that is the verb's
    object ("to talks on Friday") dates that noun (the talks), not the verb; the verb keeps the publication
    date (session 11, EN5)."""
    pub = (doc.published_at or "")[:10]
    if not pub:
        return
    nouns = [n for n in events if n.lang == "en" and ":noun:" in n.rule]
    if not nouns:
        return
    refs = {r.id: r for r in doc.timerefs}
    for ev in events:
        if ev.lang != "en" or ":verb:" not in ev.rule or ev.date_timeref_id is None:
            continue
        r = refs.get(ev.date_timeref_id)
        if r is None or r.start <= ev.trigger_end or r.sentence not in (-1, ev.sentence):
            continue
        n = next((n for n in nouns if n.sentence == ev.sentence and ev.trigger_end < n.trigger_start
                  and n.trigger_end <= r.start and _NOUN_OBJ_GAP.match(doc.text[n.trigger_end:r.start])
                  and doc.text[max(ev.trigger_end, n.trigger_start - 4):n.trigger_start].lower().strip() in ("to", "for")),
                 None)
        if n is None:
            continue
        ev.date, ev.date_end, ev.date_granularity = pub, None, "day"
        ev.date_basis, ev.date_timeref_id = "publication", None
        _mark(ev, "noun-date")


def earlier_role_country(doc, events) -> None:
    """A country-less role target of a foreign source ("Egypt and Turkey have supported the army") is the
    role the article named earlier with one country ("Sudan's army said …" -> SDNMIL): only when every
    earlier mention of that role has that one country, and never the source's own country (session 11, EN5)."""
    todo = [e for e in events if e.lang == "en" and e.target_code in _SECTORS and not e.target_country
            and e.target_span and e.source_country]
    if not todo:
        return
    for ev in todo:
        cs = {a.country for a in doc.actors if a.role == ev.target_code and a.country
              and a.spans and a.spans[0][0] < ev.sentence_start}
        if len(cs) != 1:
            continue
        c = next(iter(cs))
        if c == ev.source_country:
            continue
        ev.target_code, ev.target_country = c + ev.target_code, c
        _mark(ev, "tgt-earlier-role")


_BACK_OFFER = re.compile(r"\s+(?:the|this|that|his|her|their|its)\s+(invitation|offer|proposal)\b", re.I)
_OFFER_STEM = {"invitation": "invit", "offer": "offer", "proposal": "propos"}
# (session 54 gapen54b) "Putin also declared a three-day ceasefire …  Sybiha dismissed the offer": the noun may be
# the rejection trigger's own object ("dismissed the offer" is one trigger), and an offer / proposal names any
# intent or offer (root 03) or declared ceasefire (087) told just before, not only a verb "offered / proposed"
_OFFER_IN_TRIGGER = re.compile(r"\s(?:the|this|that|his|her|their|its)\s+(offer|proposal)$", re.I)


# the roots / codes ``rejected_offer_author`` acts on: en_doc_rules calls it only for a document with one (s42 SPD42)
REJECTED_OFFER_ON = frozenset(("12",))


def rejected_offer_author(doc, events) -> None:
    """"She invited union leaders to talks, but the main unions rejected the invitation": a rejection (root 12)
    of "the invitation / offer / proposal" with no target of its own rejects the author of the act just told
    (an event of the same or the previous sentence whose trigger is that word's verb: invited, offered,
    proposed), never the rejecter itself (session 11, EN5)."""
    for ev in events:
        if ev.lang != "en" or ev.root not in REJECTED_OFFER_ON or ev.target_code or ev.negated:
            continue
        m = _BACK_OFFER.match(doc.text, ev.trigger_end) or _OFFER_IN_TRIGGER.search(ev.trigger)
        if m is None:
            continue
        stem = _OFFER_STEM[m.group(1).lower()]
        ante = None
        for o in events:
            if o is ev or o.sentence not in (ev.sentence, ev.sentence - 1) or o.trigger_start >= ev.trigger_start:
                continue
            if (o.trigger.lower().startswith(stem) or stem != "invit" and (o.root == "03" or o.cameo[:3] == "087")
                                                      and not o.negated) \
                    and o.source_code and o.source_code != ev.source_code:
                ante = o      # the nearest before the rejection
        if ante is None:
            continue
        for f in ("actor_id", "code", "country", "role", "span"):
            setattr(ev, f"target_{f}", getattr(ante, f"source_{f}"))
        _mark(ev, "tgt-offer-author")


_FRONT_DAY = re.compile(r"\s*(?:(?:late|later|earlier|early)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?=(?:he|she|it|they)\b)",
                        re.I)   # "On Monday it …", "Later on Tuesday, she …": a fronted day before a subject pronoun
SUBJECT_PRONOUNS = frozenset(("he", "she", "it", "they"))   # (also the event stage's third person in a direct quote)
_PRON_WORDS = {r["form"].strip(): r["kind"].strip() for r in read_tsv_dicts(data_path("coding", "pronoun_subject_en.tsv"))}
_PRON_AUX = frozenset(w for w, k in _PRON_WORDS.items() if k == "aux")   # "He has / also / would …" before the verb
_PRON_PLURAL = frozenset(w for w, k in _PRON_WORDS.items() if k == "plural")   # "police" is "they"
_PRON_OPENERS = frozenset(w for w, k in _PRON_WORDS.items() if k == "opener")   # "But he …"
_FRONTED_PP = frozenset(w for w, k in _PRON_WORDS.items() if k == "fronted")   # "In his speech on Tuesday, he …"
_FRONTED_PP_MAX = 14   # words of such a phrase
_PRON_BACK = 2            # sentences before the pronoun's (the last one of the paragraph before at most)
_PERSON_ROLES = ("GOV", "OPP", "LEG", "JUD", "DIP")
_PRON_PERSON = frozenset(w for w, k in _PRON_WORDS.items() if k == "person")   # "a government spokesman" is "he"
_PRON_BODY = frozenset(w for w, k in _PRON_WORDS.items() if k == "body")   # "Netanyahu's office" is "it"
_OWNED_BODY = re.compile(r"['\u2019]s (\w+)")   # the noun a possessive right after a name owns


def pron_kind(doc, actor, span) -> str:
    """"he" (a person, or a titled official: "Prime Minister Anna Lind"), "it" (a country, an organisation, a
    government body), "they" (a group or a plural noun: "Houthi rebels", "protesters") or "" for an actor."""
    if actor is None:
        return ""
    head = doc.text[span[0]:span[1]].split() if span else []
    last = head[-1].strip(".,") if head else ""
    owned = _OWNED_BODY.match(doc.text, span[1], span[1] + 24) if span else None
    if owned and owned.group(1).lower() in _PRON_BODY:
        return "it"      # "Prime Minister Benjamin Netanyahu's office": the person's office (session 52 GAPEN52)
    if actor.kind == "person" and not ((actor.code or "")[:3] in ("IGO", "NGO") and head
                                       and head[0].lower() == "the" and not (actor.entity_id or "").startswith("P.")):
        return "he"      # (not "The United Nations", an entry of the imported dictionary typed as a person)
    if actor.kind == "group" or (last.islower() and last.endswith("s") and not last.endswith("ss")) \
            or last.lower() in _PRON_PLURAL:
        return "they"
    if len(head) == 2 and head[0].lower() == "the" and last[:1].isupper() and last.endswith("s") \
            and not last.endswith("ss") and actor.kind != "country" and (actor.code or "")[:3] not in ("IGO", "NGO"):
        return "they"    # (session 55, GAPEN55B) "The Guards said …  They warned …": a force's short name said
        # again (actors._short_name_anaphor), a plural like "the rebels"
    if actor.kind != "country" and last.lower() in _PRON_BODY:
        return "it"      # (session 55, GAPEN55) "Russia's Defense Ministry denied …  It blamed …": a body's head
        # noun ends the phrase -- not the capitalised title of a person ("Prime Minister Anna Lind") read below
    if actor.kind != "country" and head and head[0][:1].isupper() and head[0].lower() not in ("the", "a", "an") \
            and (actor.role or "") in _PERSON_ROLES and last[:1].isupper():
        return "he"      # "Prime Minister Anna Lind" typed as a government actor
    if last.lower() in _PRON_PERSON:
        return "he"      # "A government spokesman" typed as the government's body (session 46)
    if last[:1].isupper() and any(w.lower() in _PRON_PERSON for w in head[1:-1]):
        return "he"      # (session 54 GAPEN54) "Kebbi police spokesman Nafiu Abubakar" read as the police: the
        # person noun before the name makes the phrase one person
    if actor.kind in ("country", "organisation") or (actor.code or "")[:3] in ("IGO", "NGO"):
        return "it"
    return ""


_SUBORDINATORS = frozenset(("after", "before", "when", "because", "since", "as", "while", "until", "once"))


def subordinate_pronoun(doc, events) -> None:
    """(session 31) "South Korean President Yoon Suk Yeol lifted martial law …, about six hours after he declared it": a
    source-less verb event whose trigger follows "<subordinator> he / she" (after, before, when …) in a sentence whose
    earlier verb event has a person subject before its verb takes that subject -- the main clause's.  One "he": the
    nearest such event; nothing when the pronoun is "it" / "they" (a body, a group: left to the rules above)."""
    for ev in events:
        if ev.lang != "en" or ev.source_code or ":verb:" not in ev.rule:
            continue
        head = doc.text[max(ev.sentence_start, ev.trigger_start - 24):ev.trigger_start].split()
        if len(head) < 2 or head[-1].lower() not in ("he", "she") or head[-2].lower() not in _SUBORDINATORS:
            continue
        main = max((e for e in events if e is not ev and e.sentence == ev.sentence and ":verb:" in e.rule
                    and e.trigger_end <= ev.trigger_start and e.source_span and e.source_span[1] <= e.trigger_start
                    and e.source_actor_id), key=lambda e: e.trigger_start, default=None)
        if main is None:
            continue
        a = actor_of(doc, main.source_actor_id)
        if a is not None and pron_kind(doc, a, main.source_span) == "he":
            copy_side(ev, "source", main)
            _mark(ev, "src-sub-pronoun")
            continue
        # (session 44) "The United States revoked the visa of President Gustavo Petro after he urged …": the main
        # subject is a country or a body, so "he" is the one person named between the main verb and the pronoun
        people = {(x.id, s0, s1) for x in doc.actors if x.kind == "person" and x.code for s0, s1 in x.spans
                  if main.trigger_end <= s0 and s1 <= ev.trigger_start and pron_kind(doc, x, (s0, s1)) == "he"}
        if len({pid for pid, _, _ in people}) != 1 or ev.target_actor_id in {pid for pid, _, _ in people}:
            continue
        pid, s0, s1 = max(people, key=lambda t: t[1])
        _set_side(ev, "source", actor_of(doc, pid), (s0, s1))
        _mark(ev, "src-sub-pronoun")


_JOINED_TO_CUE = re.compile(r",?\s+and\s+(?:also\s+|then\s+)?")
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+|then\s+|later\s+)?$")


_SPEECH_BETWEEN = re.compile(r"\b(?:said|says|say|told|tells|warned|announced|stated|added|insisted|argued|claimed|"
                             r"stressed|noted|believes|believed|according|whether|if|because|while|whose|which)\b|"
                             r"[;:\"“”]")   # (a relative "that" is no clause of its own: "an allowance that set off …")
_DATELINE_LEFT = re.compile(r"^[A-Z][A-Za-z./ ,]*\d*\s*(?:\([^)]*\))?\s*[-–—]\s*$|^\s*$")


def joined_to_opening_subject(doc, events) -> None:
    """(session 44) "Indonesian President Prabowo Subianto on Sunday scrapped lawmakers' perks, including …, and
    ordered the police …": a verb right after "and" has no subject of its own; when the verb it is joined to codes no
    event, no joined-verb rule gave it one.  A source-less English verb event right after "and" takes the actor that
    opens its sentence (a dateline before it allowed) when nothing between them reports speech or opens a clause of
    its own (said, told, that, which, if …; a semicolon, a quote) and no verb event with a source stands between (the
    joined-verb rules read that one).  Marker ``:src-opening-subject``."""
    for ev in events:
        if ev.lang != "en" or ev.source_code or ev.source_country or ":verb:" not in ev.rule:
            continue
        if not _AND_BEFORE.search(doc.text, ev.sentence_start, ev.trigger_start):
            continue
        first = None
        for a in doc.actors:
            if not a.code:
                continue
            for s0, s1 in a.spans:
                if ev.sentence_start <= s0 < ev.trigger_start and (first is None or s0 < first[1][0]):
                    first = (a, (s0, s1))
        if first is None or not _DATELINE_LEFT.match(doc.text[ev.sentence_start:first[1][0]]):
            continue
        a, (s0, s1) = first
        if a.kind not in ("person", "country", "organisation", "group") or ev.target_actor_id == a.id:
            continue
        between = doc.text[s1:ev.trigger_start]
        if _SPEECH_BETWEEN.search(between) or any(
                e is not ev and e.lang == "en" and e.source_code and ":verb:" in e.rule
                and s1 <= e.trigger_start < ev.trigger_start for e in events):
            continue
        _set_side(ev, "source", a, (s0, s1))
        _mark(ev, "src-opening-subject")


_ITS_OPENING = re.compile(r"\s*(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}?(?:fighters|members|forces|troops|militants|"
                          r"gunmen|soldiers|units|supporters|activists)\s+(?:[a-z]+\s+){0,2}$")
_BARE_SIDES = frozenset(("MIL", "REB", "UAF", "CVL", "GOV", "OPP", "IMG", "SPY"))
_NAME_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.-]*|[a-z]+-[\w'’-]+)\s+)*\(?")   # capitalised name words (al-, wal- too)


def its_members_subject(doc, events) -> None:
    """(session 44) "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) declared the blockade in early September.  Its
    fighters have since attacked dozens of tanker convoys": a sentence that opens with "Its / Their" + a members noun
    (fighters, forces, troops, members …) right before its verb names the members of the actor that opened the
    sentence before (same paragraph), whatever that actor is -- an armed group, a party, a state.  A source-less
    English verb event, or one with a bare role, takes that actor.  Marker ``:src-its-members``."""
    for ev in events:
        if ev.lang != "en" or ":verb:" not in ev.rule or ev.source_country or ev.sentence < 1 \
                or (ev.source_code and ev.source_code not in _BARE_SIDES):
            continue
        sent, prev = doc.sentences[ev.sentence], doc.sentences[ev.sentence - 1]
        if not _ITS_OPENING.fullmatch(doc.text, sent.start, ev.trigger_start) \
                or "\n\n" in doc.text[prev.end:sent.start]:
            continue
        s0 = opening_offset(doc, ev.sentence - 1)
        owner = min(((a, sp) for a in doc.actors if a.code for sp in a.spans if s0 <= sp[0] < prev.end
                     and _NAME_BEFORE.fullmatch(doc.text, s0, sp[0])), key=lambda o: o[1][0], default=None)
        # (the opening actor, or its abbreviation after a name the tables lack: "Jama'at Nusrat … (JNIM) declared")
        if owner is None or owner[0].id == ev.target_actor_id:
            continue
        _set_side(ev, "source", owner[0], owner[1])
        _mark(ev, "src-its-members")


_LISTED_GAP = re.compile(r"[^,;:.?!]*,\s*$")


def listed_predicate_subject(doc, events) -> None:
    """(session 51, enmiss51) "Odinga called the outcome \"truly shocking\", thanked voters who backed the opposition
    and said …": a source-less English verb event whose trigger opens with a lower-case past-tense verb right after a
    comma is the next predicate of a list; it has the subject of the verb event right before it in the sentence when
    the gap between them is that verb's own words closed by the one comma, with no actor named there (another
    subject) and no other verb event between.  Marker ``:src-listed``."""
    verbs = sorted((e for e in events if e.lang == "en" and ":verb:" in e.rule), key=lambda e: e.trigger_start)
    for k, ev in enumerate(verbs):
        word = ev.trigger.split()[0] if ev.trigger else ""
        if ev.source_code or k == 0 or not (word.endswith("ed") and word[:1].islower()):
            continue
        first = next((e for e in reversed(verbs[:k]) if e.trigger_start < ev.trigger_start), None)
        if first is None or first.sentence != ev.sentence or not first.source_actor_id \
                or first.trigger_end > ev.trigger_start or first.trigger_start == ev.trigger_start \
                or ":src-pronoun" in first.rule:
            continue   # (a pronoun subject's list is read by the joined-verb rules of pronoun_subject: "It thanked
            # the observers, urged …": the list's last verb is given its subject there, session 47)
        gap = doc.text[first.trigger_end:ev.trigger_start]
        bare = gap.replace('"', "").replace("\u201c", "").replace("\u201d", "")
        if len(gap) > 120 or not _LISTED_GAP.fullmatch(bare):
            continue
        if any(first.trigger_end <= s0 and s1 <= ev.trigger_start for a in doc.actors for s0, s1 in a.spans
               if a.kind != "country"):
            continue
        if ev.target_actor_id and ev.target_actor_id == first.source_actor_id:
            continue
        copy_side(ev, "source", first)
        _mark(ev, "src-listed")


_JOINED_PARTICIPLE_GAP = re.compile(r"[^,;:.?!()]*\band\s*$")


def joined_participle_subject(doc, events) -> None:
    """(session 55, BLINDEN55) "The minister announced the decision, calling Venezuela's move an unfriendly act and
    accusing the government of …": an English "-ing" verb event right after "and" that goes on with a participle
    opened by the main clause's comma has that participle's subject -- not an actor inside the first participle's
    object (the clause-bounded SVO rule took "Venezuela").  Only when the gap between the two participles has no
    punctuation but quotes, and the joined event's own source (if any) stands after the first participle's word.
    Marker ``:src-joined-ing``."""
    verbs = sorted((e for e in events if e.lang == "en" and ":verb:" in e.rule), key=lambda e: e.trigger_start)
    for k, ev in enumerate(verbs):
        word = ev.trigger.split()[0] if ev.trigger else ""
        if k == 0 or not (word.endswith("ing") and word[:1].islower()):
            continue
        first = next((e for e in reversed(verbs[:k]) if e.trigger_start < ev.trigger_start), None)
        if first is None or first.sentence != ev.sentence or not first.source_actor_id \
                or first.trigger_end > ev.trigger_start or not first.source_span \
                or first.source_span[1] > first.trigger_start:
            continue
        fw = first.trigger.split()[0] if first.trigger else ""
        if not (fw.endswith("ing") and fw[:1].islower()) \
                or not doc.text[max(0, first.trigger_start - 3):first.trigger_start].rstrip().endswith(","):
            continue
        gap = doc.text[first.trigger_end:ev.trigger_start]
        if len(gap) > 120 or not _JOINED_PARTICIPLE_GAP.fullmatch(gap.replace(",\u201d", "\u201d").replace(',"', '"')):
            continue
        if ev.source_actor_id == first.source_actor_id or (ev.source_span and not (
                first.trigger_start < ev.source_span[0] and ev.source_span[1] <= ev.trigger_start)):
            continue
        if ev.target_actor_id and ev.target_actor_id == first.source_actor_id:
            continue
        copy_side(ev, "source", first)
        _mark(ev, "src-joined-ing")


def _objects_only(doc, first, ev) -> bool:
    """Are the words between the first verb's object and the joined verb free of a clause of their own whose subject
    could be that object (a speech verb, "that", "who", a semicolon: "He said Putin had lied and urged …" is
    ambiguous)?  A participle aside ("saying he had …") and a quote inside it are the pronoun's own."""
    span = first.target_span
    if not span or span[0] < first.trigger_end:
        return False
    between = doc.text[span[1]:ev.trigger_start]
    return not re.search(r"\b(?:that|who|which|whom|whose|said|says|told|had|has|have|was|were|is|are)\b|;", between) \
        or bool(re.match(r",\s+(?:saying|adding|calling|noting|describing)\b", between))


def joined_to_pronoun(doc, events) -> None:
    """(session 44) "In his speech …, he condemned them as … and demanded criminal proceedings …": the verbs joined
    by "and" to a verb whose pronoun subject was resolved only now (``:src-pronoun`` / ``:src-sub-pronoun``) have
    that subject too -- the joined-verb rules ran while it was still empty.  Only a source-less verb event of the
    same sentence right after "and", with no actor named between the two verbs (another subject)."""
    resolved = [e for e in events if e.lang == "en" and e.source_actor_id and (":src-pronoun" in e.rule
                                                                             or ":src-sub-pronoun" in e.rule)]
    for first in resolved:
        for ev in events:
            if ev.lang != "en" or ev.source_code or ev.sentence != first.sentence or ":verb:" not in ev.rule \
                    or ev.trigger_start <= first.trigger_end:
                continue
            gap = doc.text[first.trigger_end:ev.trigger_start]
            if not _AND_BEFORE.search(gap) or len(gap) > 160 or any(
                    first.trigger_end <= s0 and s1 <= ev.trigger_start for a in doc.actors for s0, s1 in a.spans
                    if a.kind != "country" and not (a.id == first.target_actor_id and _objects_only(doc, first, ev))):
                continue      # (the first verb's own object is no other subject: "He criticised Putin, saying …, and
                # urged Britain to …", session 54 GAPEN54)
            if any(e.lang == "en" and ":verb:" in e.rule and first.trigger_end <= e.trigger_start < ev.trigger_start
                   and _AND_BEFORE.search(doc.text, first.trigger_end, e.trigger_start) for e in events if e is not ev):
                continue      # (only the next joined verb: a third one is joined to the second)
            if ev.target_actor_id and ev.target_actor_id == first.source_actor_id:
                continue
            copy_side(ev, "source", first)
            _mark(ev, "src-pronoun-joined")


def pronoun_subject(doc, events) -> None:
    """A sentence that opens with "He" / "She" / "It" / "They" right before its verb (auxiliaries of
    ``pronoun_subject_en.tsv`` between): a source-less verb event takes the one antecedent of the pronoun's kind
    (:func:`pron_kind`) that was a subject (its span before its verb), a side of a mutual act or a quote's speaker
    in the previous two
    sentences of the paragraph ("Prime Minister Claire Morel refused to withdraw the reform.  She invited union
    leaders to talks": the prime minister invites, session 11 EN5; "The African Union condemned the coup.  It
    called on …", "Ghana and Senegal criticised the expulsion.  They urged …": one copy per conjoined subject,
    session 14 EN9).  Nothing when two antecedents of the kind compete, when none is there, or when the pronoun
    is inside a direct quote (someone else's words)."""
    if not doc.actors:
        return
    actors = {a.id: a for a in doc.actors}
    by_sent: dict = {}
    for e in events:
        by_sent.setdefault(e.sentence, []).append(e)
    add: dict = {}
    for ev in events:
        if ev.lang != "en" or ev.source_code or ":verb:" not in ev.rule or ev.sentence < 1:
            continue
        sent = doc.sentences[ev.sentence]
        m = _FRONT_DAY.match(doc.text, sent.start, ev.trigger_start)
        head = doc.text[m.end() if m else sent.start:ev.trigger_start].split()
        for q in doc.quotes:
            # (session 43) '"It will be up to Ukraine," they wrote, and pledged to …': the verb joined to the
            # speaking verb after a quote has the speaker pronoun for subject
            if q.sentence == ev.sentence and q.direct and q.speaker_actor_id is None and q.cue_end <= ev.trigger_start \
                    and _JOINED_TO_CUE.fullmatch(doc.text, q.cue_end, ev.trigger_start):
                head = doc.text[q.speaker_start:q.speaker_end].split()
        if len(head) > 1 and head[0].lower().rstrip(",") in _PRON_OPENERS:
            head = head[1:]
        if len(head) > 2 and head[0].lower() in _FRONTED_PP and head[0].lower() not in SUBJECT_PRONOUNS:
            # (session 43) "In his speech to the General Assembly on Tuesday, he condemned …": a fronted adverbial
            # phrase closed by a comma before the pronoun
            cut = next((k for k in range(1, min(len(head) - 1, _FRONTED_PP_MAX)) if head[k].endswith(",")), None)
            if cut is not None and head[cut + 1].lower() in SUBJECT_PRONOUNS:
                head = head[cut + 1:]
            elif cut is None:
                # (session 45) "On social media he thanked …": a short fronted phrase with no comma, the pronoun
                # right before the verb (its auxiliaries checked below)
                at = next((k for k in range(2, min(len(head), 5)) if head[k].lower() in SUBJECT_PRONOUNS), None)
                if at is not None and not any(w.endswith((",", ".", ";", ":")) for w in head[:at]):
                    head = head[at:]
        trailing = _trailing_pronoun(doc, ev, sent)
        if trailing:
            head = [trailing]
        if not head or head[0].lower() not in SUBJECT_PRONOUNS:
            continue
        if (len(head) > 3 or any(w.lower() not in _PRON_AUX for w in head[1:])) and not (
                len(head) <= 5 and head[-1].endswith(",") and ev.trigger.split()[0].lower().endswith("ing")
                and not any(w.endswith(",") for w in head[:-1])):
            continue   # ("On Monday it went further, accusing France of …": the participle of the pronoun's clause;
            # a fronted day phrase before the pronoun, session 41)
        kind = "he" if head[0].lower() == "she" else head[0].lower()
        if not trailing and any(q.direct and q.content_start <= sent.start < q.content_end for q in doc.quotes):
            continue            # "He must go," the minister said: someone else's words
        cands: dict = {}        # key -> [(source events or a speaker actor)]
        s = ev.sentence
        crossed = 0
        # (session 55, GAPEN55) a page's chrome line between two body paragraphs ("Related: …", segment kind
        # "other") is no sentence of the story: the walk passes over it to the paragraph before
        order, j = [], s - 1
        while j >= 0 and len(order) < _PRON_BACK:
            if not (sent.segment_kind == "body" and doc.sentences[j].segment_kind == "other"):
                order.append(j)
            j -= 1
        for back, i in enumerate(order, 1):
            if "\n\n" in doc.text[doc.sentences[i].end:doc.sentences[order[back - 2] if back > 1 else s].start]:
                crossed += 1
                if crossed > 1 or back > 1 or doc.sentences[i].segment_kind != sent.segment_kind:
                    break       # another paragraph: only the last sentence of the one right before (a wire story's
                    # one-sentence paragraphs: "X accused …\n\nHe criticised …", session 47)
            for p in by_sent.get(i, ()):
                if ":mutual" in p.rule and p.target_code and p.target_span and p.target_actor_id in actors:
                    a = actors[p.target_actor_id]   # "Protesters clashed with police.  They fired …": either side
                    if kind == "he" and p.source_span and p.target_span[0] > p.trigger_start > p.source_span[0] \
                            and pron_kind(doc, actors.get(p.source_actor_id), p.source_span) == "he":
                        pass   # (session 45) "X met Y.  He thanked …": a person's "he" is the subject, not the object
                    elif pron_kind(doc, a, p.target_span) == kind:
                        cands.setdefault((p.target_actor_id,), []).append((a, p.target_span))
                if ":src-pronoun" in p.rule and p.source_actor_id in actors and ":compound" not in p.rule \
                        and _opening_pronoun(doc, p.sentence) == kind:
                    # (session 49 GAPEN49) a chain of pronouns, "Ramaphosa rejected the claims.  He said …  Most
                    # victims are Black, he said.  He urged Trump …": the pronoun resolved before is the same one
                    a = actors[p.source_actor_id]
                    cands.setdefault((a.id,), []).append(p)
                    continue
                if not p.source_code or not p.source_span or p.source_span[0] > p.trigger_start \
                        or ":src-pronoun" in p.rule:
                    continue    # (a subject names its actor before the verb; a resolved pronoun names no new one)
                a = actors.get(p.source_actor_id)
                if pron_kind(doc, a, p.source_span) == kind:
                    # (keyed by the actor, not its code: one person whose code a later rule completed in one event
                    # only, "Tokayev" GOV and KAZGOV, is one antecedent, session 31)
                    cands.setdefault((p.source_actor_id or p.source_code,), []).append(p)
            if kind == "he" and not any(p.source_span and p.source_span[0] <= p.trigger_start
                                        for p in by_sent.get(i, ())):
                # (session 44) "Petro has been the most outspoken critic of the strikes.  In his speech …, he
                # condemned …": a named person opening the sentence is its subject even where its verb codes no event
                # (only a sentence with no subject of an event: there the events name it)
                head0 = opening_offset(doc, i)
                heads = {head0, _after_fronted(doc, i, head0)}
                for a in doc.actors:
                    if a.kind == "person" and a.code and a.id in actors:
                        for s0, s1 in a.spans:
                            if s0 in heads and pron_kind(doc, a, (s0, s1)) == "he":
                                cands.setdefault((a.id,), []).append((a, (s0, s1)))
            for q in doc.quotes:
                if q.sentence == i and q.speaker_actor_id in actors:
                    a = actors[q.speaker_actor_id]
                    if a.code and pron_kind(doc, a, (q.speaker_start, q.speaker_end)) == kind:
                        cands.setdefault((a.id,), []).append((a, (q.speaker_start, q.speaker_end)))
            if kind == "they":      # "Ghana and Senegal criticised …": the conjoined subjects of one verb together
                groups: dict = {}
                for p in by_sent.get(i, ()):
                    if ":compound" in p.rule and p.source_code and p.source_span and p.source_span[0] <= p.trigger_start:
                        groups.setdefault(p.trigger_start, {})[p.source_code] = p
                for g in groups.values():
                    if len(g) > 1:
                        cands.setdefault(tuple(sorted(g)), []).extend(g.values())
        if len(cands) > 1:
            cands = _main_subject(cands, by_sent.get(s - 1, ()))
        if len(cands) != 1:
            continue            # none, or two of the kind compete: left empty rather than guessed
        (key, found), = cands.items()
        if len(key) == 1:
            sides = found[:1]   # the most recent mention of the one antecedent
        else:
            firsts: dict = {}
            for f in found:
                firsts.setdefault(f.source_code, f)
            sides = list(firsts.values())
        if any((f[0].id if isinstance(f, tuple) else f.source_actor_id) == ev.target_actor_id and ev.target_actor_id
               for f in sides):
            continue            # "He met him": the antecedent is the act's own target
        for n, f in enumerate(sides):
            tgt = ev if n == 0 else copy.copy(ev)
            if n:
                tgt.plover_context = list(ev.plover_context)
                tgt.id = stable_id(ev.id, "pronoun", n)
                add.setdefault(id(ev), []).append(tgt)
            if isinstance(f, tuple):
                _set_side(tgt, "source", f[0], f[1])
            else:
                copy_side(tgt, "source", f)
            _mark(tgt, "src-pronoun")
            if len(sides) > 1:
                _mark(tgt, "compound")
    insert_after(events, add)


_TRAILING_PRON = re.compile(r"[,\"”]\s+(he|she|it|they)\s+$", re.I)
_TRAILING_END = re.compile(r"\s*(?:(?:on|late|early|in|last)\s+)?(?:[A-Za-z]+\s+)?[A-Za-z]*\s*\.?\s*$")


def _trailing_pronoun(doc, ev, sent) -> str:
    """(session 54 GAPEN54) 'Anyone who breaks the ban will face prosecution, he warned.', '"…," she said on
    Monday.': a pronoun subject after the reported words, right before the verb that closes the sentence (at most two
    words after it, no comma) -- the lower-cased pronoun, else ""."""
    m = _TRAILING_PRON.search(doc.text, sent.start, ev.trigger_start)
    if m is None or not _TRAILING_END.fullmatch(doc.text, ev.trigger_end, sent.end):
        return ""
    return m.group(1).lower()


def _after_fronted(doc, si: int, head0: int) -> int:
    """(session 54 GAPEN54) "In a speech, Kim vowed that …": the offset right after a fronted phrase (its first word
    of kind ``fronted`` in pronoun_subject_en.tsv, at most :data:`_FRONTED_PP_MAX` words, closed by its first comma)
    that opens sentence ``si`` -- where its subject starts; else ``head0``."""
    sent = doc.sentences[si]
    words = doc.text[head0:sent.end].split()
    if not words or words[0].lower() not in _FRONTED_PP:
        return head0
    cut = next((k for k in range(min(len(words), _FRONTED_PP_MAX)) if words[k].endswith(",")), None)
    if cut is None:
        return head0
    at = doc.text.find(",", head0, sent.end) + 1
    return at + len(doc.text[at:sent.end]) - len(doc.text[at:sent.end].lstrip())


def _main_subject(cands: dict, prev_events) -> dict:
    """Of competing antecedents of a pronoun, the subject of the sentence right before (session 50 GAPEN50): the
    actor of that sentence's first asserted event whose subject stands before its verb, when every other candidate
    is, in that sentence, only the subject of a content it reports or demands (after the lead's verb: an act of no
    asserted modality, or any act after a speech verb -- "Trump told reporters he wanted Putin to stop shooting.  On
    Wednesday he accused Zelensky …"), and in an earlier sentence only where the lead's actor is named too.  Two
    asserted subjects of two sentences, the two sides of a clash, a quote's speaker still compete (``cands``
    unchanged: the session-14 guards)."""
    firsts = sorted((p for p in prev_events if p.source_span and p.source_span[0] <= p.trigger_start
                     and p.modality == "asserted" and not p.negated), key=lambda p: p.source_span[0])
    if not firsts:
        return cands
    lead = firsts[0]

    def is_lead(f) -> bool:
        return f is lead or not isinstance(f, tuple) and bool(f.source_actor_id) \
            and f.source_actor_id == lead.source_actor_id and f.sentence == lead.sentence

    keys = [k for k, found in cands.items() if any(map(is_lead, found))]
    if len(keys) != 1:
        return cands
    won = cands[keys[0]]
    speech = lead.trigger.split()[0].lower() in _SPEECH_WORDS
    shared = {f.sentence for f in won if not isinstance(f, tuple)}

    def embedded(f) -> bool:
        if isinstance(f, tuple):
            return False
        if f.sentence != lead.sentence:
            return f.sentence in shared
        return bool(f.source_span) and f.source_span[0] >= lead.trigger_end and (f.modality != "asserted" or speech)

    if all(all(map(embedded, found)) for k, found in cands.items() if k != keys[0]):
        return {keys[0]: won}
    return cands


def _opening_pronoun(doc, si: int) -> str:
    """The pronoun kind ("he" for he / she, "it", "they") of the subject pronoun that opens sentence ``si``, or ""."""
    s = doc.sentences[si]
    w = doc.text[s.start:min(s.end, s.start + 6)].split()[:1]
    k = w[0].lower() if w else ""
    return "he" if k == "she" else k if k in SUBJECT_PRONOUNS else ""


_BLOC_SEATS = _cue_words("bloc_seat", "_BLOC_SEATS")


def bloc_seat(doc, events) -> None:
    """"Brussels imposed provisional duties …", "called on Brussels to reconsider": in a story that names the bloc
    itself (an actor whose code starts with the cue's value: IGOEU), the city that seats it (cue ``bloc_seat`` on
    the name: Brussels) is the bloc, not its host country's government (``:bloc-seat``; session 12, EN6).  A city
    named as a place is no side and is not touched."""
    if not any(w.title() in doc.text for w in _BLOC_SEATS):
        return            # (a substring test per seat name before any look-up)
    lex = lexicon("en")
    seats: dict = {}
    for a in doc.actors:
        for s0, s1 in a.spans:
            v = (lex.cue(doc.text[s0:s1].lower()) or {}).get("bloc_seat")
            if v:
                seats[(s0, s1)] = v
    if not seats:
        return
    for (s0, s1), v in seats.items():
        bloc = next((a for a in doc.actors if (a.code or "").startswith(v)), None)
        if bloc is None:
            continue
        for ev in events:
            for side in ("source", "target"):
                if getattr(ev, f"{side}_span") == (s0, s1) or list(getattr(ev, f"{side}_span") or ()) == [s0, s1]:
                    o = "target" if side == "source" else "source"
                    if getattr(ev, f"{o}_actor_id") == bloc.id or getattr(ev, f"{o}_code") == bloc.code:
                        clear_side(ev, side)   # the bloc on both sides: one of them is some other reading
                    else:
                        _set_side(ev, side, bloc, (s0, s1))
                    _mark(ev, "bloc-seat")


_DEFINITE = frozenset(["the", "this", "that", "these", "those"])


def _same_happening(ev, p) -> bool:
    """Can ``ev`` (a definite noun) name the happening ``p`` coded earlier: its source none, ``p``'s, or of ``p``'s
    country when one of the two is the bare country; its target none or ``p``'s; not another place named in its own
    clause (a dateline place is no evidence)."""
    sc, pc = ev.source_code or "", p.source_code or ""
    if sc and sc != pc and not (ev.source_country and ev.source_country == p.source_country and min(len(sc), len(pc)) == 3) \
            and not (not ev.source_country and sc[:3] in _SECTORS and len(pc) == 3):
        return False   # (a country-less role, "a ministry spokesman", may speak for the country that acted)
    if ev.target_code and ev.target_code != p.target_code and not (
            ev.negated and ev.target_span and ev.target_span[1] <= ev.trigger_start):
        return False   # (a negated noun's actor before it is the governing verb's: "police did not try to break up the …")
    return ev.place_id == p.place_id or "clause" not in (ev.place_basis, p.place_basis) or \
        ev.place_basis != p.place_basis   # (two places named in their own clauses: two happenings)


def definite_repeat(doc, events) -> None:
    """"China launched an anti-dumping investigation …  A ministry spokesman said the investigation had been opened …",
    "farm groups condemned the Chinese probe" (a verb entry used as a noun counts),
    "the United States and Saudi Arabia, which co-sponsored the talks": a definite noun trigger ("the / this
    <modifier> X") of a code an earlier sentence of the body already coded, with compatible sides and place
    (:func:`_same_happening`) and the same date, names the same happening again: it is dropped (session 12, EN6).  Headlines and captions are left to :func:`merge_repeats`; a noun dated otherwise
    ("the protests continued on Tuesday") is kept."""
    seen: dict = {}
    for e in events:
        seen[e.cameo] = seen.get(e.cameo, 0) + 1
    firsts: dict = {}
    drop: set = set()
    for ev in sorted((e for e in events if e.lang == "en" and seen[e.cameo] > 1), key=lambda e: e.trigger_start):
        seg = ev.segment_kind or ""
        if seg in ("title", "caption"):
            continue
        prior = [p for p in firsts.get(ev.cameo, ()) if p.sentence < ev.sentence and not p.negated]
        if prior and (":noun:" in ev.rule or not ev.trigger.lower().endswith(("ed", "ing"))) and (
                not ev.negated or ":noun:" in ev.rule):
            # (a negated definite noun, "did not try to break up the protest", names the earlier happening too:
            # the negation is the governing verb's; session 15 EN10)
            before = doc.text[ev.sentence_start:ev.trigger_start].split()[-2:]
            definite = bool(before) and (before[-1].lower() in _DEFINITE or (
                len(before) == 2 and before[0].lower() in _DEFINITE and before[1][:1].isalpha()))
            if definite and any(ev.date == p.date and _same_happening(ev, p) for p in prior):
                drop.add(id(ev))
                continue
        firsts.setdefault(ev.cameo, []).append(ev)
    if drop:
        events[:] = [ev for ev in events if id(ev) not in drop]


_OFFICE_ROLES = frozenset(["GOV", "MIL", "DIP", "LEG"])


def role_subject_country(doc, events) -> None:
    """"Germany, whose carmakers sell … in China, criticised the decision.  Economy Minister Jonas Weber warned …":
    a sentence that opens with a country-less office holder (GOV, MIL, DIP, LEG: a title with no nationality) as its
    subject, names no country itself, and follows in the same paragraph a sentence whose first event's source is a
    country's, speaks for that country (``:src-prev-country``; session 12, EN6).  Before the dateline's country
    (``home_country``), which would give a minister of the story's second country the first one's."""
    by_sent: dict = {}
    for e in events:
        by_sent.setdefault(e.sentence, []).append(e)
    named = None
    for ev in events:
        if ev.lang != "en" or ev.source_country or (ev.source_code or "") not in _OFFICE_ROLES or not ev.source_span \
                or ev.sentence < 1:
            continue
        sent = doc.sentences[ev.sentence]
        quote = _quote_before_speaker(doc, ev)
        lead = doc.text[sent.start:ev.source_span[0]].split()
        if quote is None and lead not in ([], ["The"], ["the"]) and not (
                len(lead) <= 2 and all(w.isalpha() and w[:1].isupper() for w in lead)
                and any(a.code == ev.source_code and not a.country and any(sent.start <= s0 < ev.source_span[0]
                                                                          for s0, _ in a.spans) for a in doc.actors)):
            continue            # the office holder opens the sentence, or is named after the sentence's quote
            # (its title word may be a span of its own: "Government" + "spokeswoman X", session 48)
        prev = doc.sentences[ev.sentence - 1]
        if "\n\n" in doc.text[prev.end:sent.start]:
            continue            # another paragraph
        if named is None:       # the countries each sentence names (an actor's span or a place), by its start
            starts = [x.start for x in doc.sentences]
            named = {}
            for c, sp in [(a.country, sp) for a in doc.actors if a.country for sp, _ in a.spans] + [
                    (pl.country, pl.start) for pl in doc.places if pl.country]:
                named.setdefault(starts[max(0, bisect_right(starts, sp) - 1)], []).append((sp, c))
        if any(sp < ev.trigger_start or not _object_side(doc, ev, sp) for sp, c in named.get(sent.start, ())) and (
                quote is None or _names_country(doc, sent.start, quote.content_start)
                or _names_country(doc, quote.content_end, sent.end)):
            continue            # (the countries inside the quote are the speaker's words, session 21 B8EN)
        ante = min((p for p in by_sent.get(ev.sentence - 1, ()) if p.source_country and p.source_span),
                   key=lambda p: p.trigger_start, default=None)
        if ante is None or (ante.source_code or "")[:3] in _INTL_TOPS:
            continue
        if _asks_release(doc, ev, ante):
            # "Kenyan police arrested two Russians.  The ministry demanded their release.": the detainees' ministry
            # (session 22, GAPS); the arresting side is the demand's target when it has none
            ev.source_country, ev.source_code = ante.target_country, ante.target_country + ev.source_code
            if not ev.target_actor_id:
                copy_side(ev, "target", ante, "source")
            _mark(ev, "src-detainees")
            continue
        ev.source_country, ev.source_code = ante.source_country, ante.source_country + ev.source_code
        _mark(ev, "src-prev-country")


def _object_side(doc, ev, at: int) -> bool:
    """(Session 48) Is the country named at ``at`` after the event's verb the object of a verb of its own predicate list
    ("Government spokeswoman X rejected the accusations and accused Kinshasa of …"): after the trigger, in the same
    sentence, with no clause opener (that, who, said …) between the two -- no side the office holder speaks for.  Only
    for a verbal conflict (quad class 3: a rejection, an accusation, a denial answers the country it names; "Prime
    Minister X met the Rwandan commander" stays the home country's, test_events_session16_en11)."""
    gap = doc.text[ev.trigger_end:at].lower().split()
    return ev.quad_class == 3 and at >= ev.trigger_end and not any(w.strip(",;:") in _CLAUSE_OPENERS for w in gap) \
        and not any(c in doc.text[ev.trigger_end:at] for c in ";:\"“”")


_CLAUSE_OPENERS = frozenset(("that", "who", "which", "said", "says", "while", "whereas", "but", "as", "after",
                             "before", "because", "when", "where", "if"))


_HELD_RELEASE = _cue_words("held_release", "_HELD_RELEASE")


def _asks_release(doc, ev, ante) -> bool:
    """Does ``ev`` (a demand, root 10, or an act demanded) ask for the release of the people ``ante`` (an arrest or
    detention, root 17, of another country's nationals) held?"""
    if ante.root != "17" or not ante.target_country or ante.target_country == ante.source_country:
        return False
    if ev.root != "10" and ev.modality != "demand":
        return False
    words = doc.text[ev.trigger_start:ev.sentence_end].lower().replace(".", " ").split()[:6]
    return any(w in _HELD_RELEASE for w in words)


def _quote_before_speaker(doc, ev):
    """The direct quote of ``ev``'s sentence that ends before its source, the speaker named after it ('"We call on
    the PRC to …," spokesman Matthew Miller said'), or None."""
    sp = ev.source_span
    return next((q for q in doc.quotes if q.direct and q.sentence == ev.sentence and q.speaker_start == sp[0]
                 and q.content_end <= sp[0] and ev.sentence_start <= sp[0] < ev.sentence_end), None)


def _names_country(doc, a: int, b: int) -> bool:
    """Does an actor of a country or a place of a country stand in ``[a, b)``?"""
    return any(a <= sp < b for x in doc.actors if x.country for sp, _ in x.spans) or \
        any(a <= pl.start < b for pl in doc.places if pl.country)


_NEEDS_TARGET = _cue_words("needs_target", "_NEEDS_TARGET")
_PAIR_OPENERS = _cue_words("pair_opener", "_PAIR_OPENERS")
_PAIR_APART = _cue_words("pair_apart", "_PAIR_APART")     # "the two countries back opposing sides" (session 9 EN2)
_LABEL_VERBS = _cue_words("label_verb", "_LABEL_VERBS")   # "what Kyiv called …" (session 17 B4EV; s23 GAPE)


def unnamed_civilians(doc, ev) -> None:
    """"The Kremlin denied targeting civilian infrastructure": the domestic fill gave a country-less
    civilian target (CVL, REF, MED …) of a violent event the source's country, the only one named in
    the sentence, and only inside the source's own span.  The attacker's own country is no evidence
    of the victims' (the text does not name it): the target keeps its role and loses the country."""
    ta = actor_of(doc, ev.target_actor_id) if ev.target_actor_id else None
    if ta is None or ta.country or not ev.target_code or ev.target_code[3:] not in _CIVILIAN_ROLES:
        return
    if (ev.source_code or "")[3:] == "COP" or (ev.target_span and any(
            t.cameo[:2] == "14" for w in doc.text[ev.target_span[0]:ev.target_span[1]].lower().split()
            for t in lexicon("en").lookup(w))):
        return      # the police, protesters, demonstrators: a domestic scene (the GSR codes it so)
    c, s0, s1 = ev.target_country, ev.sentence_start, ev.sentence_end
    src = ev.source_span or (-1, -1)
    for pl in doc.places:
        if pl.country == c and s0 <= pl.start < s1 and not (src[0] <= pl.start < src[1]):
            return
    for a in doc.actors:
        if a.country == c and any(s0 <= x < s1 and not (src[0] <= x < src[1]) for x, _ in a.spans):
            return
    ev.target_country, ev.target_code = None, ev.target_code[3:]


from .home_country import OWN_ROLES as _OWN_ROLES   # noqa: E402 (bare roles that are a state's own; s29 ACT20)
_STATE_BODIES = frozenset(("GOV", "MIL", "COP", "JUD", "SPY"))
_COERCE_OWN_ROOTS = frozenset(("11", "17"))   # accusations and coercion of a state's own opposition (s35)


def other_clause_country(doc, ev, events) -> None:
    """"The army shelled rebel positions as Russia sent more troops": the domestic fill gave the army and
    the rebels the sentence's only country, named by the subject of another clause's verb.  A country
    that acts in a clause of its own (a verb event with it as source, its span and that verb both
    across a clause word or a semicolon from this trigger) is no evidence of this clause's actors'
    nationality: every filled side loses it.  A place naming the country, or a naming inside this
    event's own clause, keeps the fill (session 10 EN3)."""
    if not ((ev.source_country and ev.source_actor_id) or (ev.target_country and ev.target_actor_id)):
        return
    sides = [sd for sd in ("source", "target") if _filled(doc, ev, sd)]
    if not sides:
        return
    c, s0, s1 = getattr(ev, f"{sides[0]}_country"), ev.sentence_start, ev.sentence_end
    namers = [(a.id, x, y) for a in doc.actors if a.country == c for x, y in a.spans if s0 <= x < s1]
    if not namers:
        return
    starts = {x for _, x, _ in namers}
    for pl in doc.places:
        if pl.country == c and s0 <= pl.start < s1 and pl.start not in starts:
            return
    t0, t1 = ev.trigger_start, ev.trigger_end
    for aid, x, y in namers:
        own = None
        for e2 in events:
            if e2 is not ev and e2.sentence == ev.sentence and e2.source_actor_id == aid and ":verb:" in e2.rule \
                    and e2.source_span and e2.source_span[0] == x and e2.trigger_start != t0:
                own = e2
                break
        if own is None:
            return
        if x >= t1:
            ok = _clause_gap(doc.text[t1:x])        # "… shelled rebel positions as Russia sent …"
        else:                                       # "As Russia sent more troops, the army shelled …"
            hi = min(t0, ev.source_span[0]) if ev.source_span else t0
            ok = y < hi and "," in doc.text[y:hi] and _clause_gap(" " + doc.text[s0:x])
        if not ok:
            return
        if not (x < own.trigger_start and (own.trigger_start < t0 or x >= t1)):
            return
    for sd in sides:
        _unfill(ev, sd)


def _clause_gap(gap: str) -> bool:
    """:func:`_opens_clause`, or a time "as" (not "such as", "known as"), or ", and" in ``gap``."""
    if _opens_clause(gap) or ", and " in gap:
        return True
    ws = [w.strip(",.").lower() for w in gap.split()]
    return any(w == "as" and (k == 0 or ws[k - 1] not in _AS_BEFORE) for k, w in enumerate(ws))


# (session 43) "… with Zelensky and then with several European leaders and NATO's Rutte": "then" / "later" too, and
# up to four plain words before the second partner's name
_AND_WITH = re.compile(r"\s*,?\s+and\s+(?:also\s+|then\s+|later\s+)?with\s+(?:[A-Za-z-]+\s+){0,4}$", re.I)
_AND_WITH_IN = re.compile(r" and (?:also |then |later )?with ", re.I)


def with_partners(doc, events) -> None:
    """"Macron spoke by phone with Bazoum and with Nigerian President Bola Tinubu": each actor after a
    repeated "with" of a mutual event's clause is a partner (the event stage takes one of them; "with X and Y"
    is the compound fan-out's).  The missing partner gets the pair both ways, copies of the event marked
    ``:compound`` (session 10 EN3)."""
    mutual = [ev for ev in events if ev.lang == "en" and ":mutual" in ev.rule and ev.source_span and ev.target_span]
    if not mutual:
        return
    text = doc.text
    added: dict = {}
    have = {(e.trigger_start, e.cameo, e.source_actor_id, e.target_actor_id) for e in events}
    for ev in mutual:
        if ev.target_span[0] < ev.trigger_end or not _AND_WITH_IN.search(text, ev.trigger_end, ev.sentence_end):
            continue
        s1 = ev.sentence_end
        spans = sorted((x, y, a) for a in doc.actors for x, y in a.spans if ev.trigger_end < x < s1)
        partners = []
        for x, y, a in spans:
            if partners:
                if not _AND_WITH.fullmatch(text[partners[-1][1]:x]):
                    if text[max(0, x - 5):x].lower() == "with ":
                        break
                    continue
            elif text[max(0, x - 5):x].lower() != "with ":
                continue
            partners.append((x, y, a))
        if len(partners) < 2 or not any(ev.target_span[0] == x for x, _, _ in partners):
            continue
        for x, y, a in partners:
            if a.id == ev.source_actor_id or (ev.trigger_start, ev.cameo, ev.source_actor_id, a.id) in have:
                continue
            side = (a.id, a.code, a.country, a.role, (x, y))
            for fwd in (True, False):
                new = copy.copy(ev)
                new.plover_context = list(ev.plover_context)
                if fwd:
                    _put(new, "target", side)
                else:
                    copy_side(new, "target", ev, "source")
                    _put(new, "source", side)
                new.id = stable_id(ev.id, "with", a.id, str(fwd))
                _mark(new, "compound")
                have.add((new.trigger_start, new.cameo, new.source_actor_id, new.target_actor_id))
                added.setdefault(id(ev), []).append(new)
    insert_after(events, added)


def person_country(doc, events) -> None:
    """"… reinstate Niger's ousted President Mohamed Bazoum …", later "spoke by phone with Bazoum": a named
    person whose actor has no country of its own (a title and a name the actor table does not know) is
    given one country by the events of the sentences that name him (the genitive, the domestic fill);
    his other mentions (the same actor, a bare surname by coreference) carry it when no event of the
    document gave him another.  Marked ``:src-coref`` / ``:tgt-coref`` (session 10 EN3)."""
    cand = {a.id for a in doc.actors if a.kind == "person" and not a.country and a.name_en and len(a.spans) >= 2}
    if not cand:
        return
    got: dict = {}
    for ev in events:
        if ev.lang != "en":
            continue
        if ev.source_actor_id in cand and ev.source_country:
            got.setdefault(ev.source_actor_id, set()).add(ev.source_country)
        if ev.target_actor_id in cand and ev.target_country:
            got.setdefault(ev.target_actor_id, set()).add(ev.target_country)
    if not got:
        return
    for ev in events:
        if ev.lang != "en":
            continue
        for side in ("source", "target"):
            aid = getattr(ev, f"{side}_actor_id")
            if not aid or getattr(ev, f"{side}_country") or len(got.get(aid, ())) != 1:
                continue
            c = next(iter(got[aid]))
            other = ev.target_country if side == "source" else ev.source_country
            if other == c and (ev.root or "") in _STATE_TARGET_ROOTS:
                continue
            code = getattr(ev, f"{side}_code") or ""
            setattr(ev, f"{side}_country", c)
            setattr(ev, f"{side}_code", c + code)
            _mark(ev, "src-coref" if side == "source" else "tgt-coref")


def _filled(doc, ev, side: str) -> bool:
    """The side's country came from the domestic fill (its actor has no country of its own)."""
    aid = getattr(ev, f"{side}_actor_id")
    a = actor_of(doc, aid) if aid else None
    return a is not None and not a.country and bool(getattr(ev, f"{side}_country"))


def _unfill(ev, side: str) -> None:
    code = getattr(ev, f"{side}_code") or ""
    setattr(ev, f"{side}_country", None)
    setattr(ev, f"{side}_code", code[3:] or None)


def _only_partner_names(doc, ev, side: str) -> bool:
    """Is the ``side`` actor's own span the only mention of its country in the event's sentence (no place, no
    other actor of that country)?"""
    c, span = getattr(ev, f"{side}_country"), getattr(ev, f"{side}_span")
    if not c or not span:
        return False
    if any(pl.sentence == ev.sentence and pl.country == c for pl in doc.places):
        return False
    return not any(a.country == c and ev.sentence_start <= s0 < ev.sentence_end and not (span[0] <= s0 < span[1])
                   for a in doc.actors for s0, _ in a.spans)


def _two_named_persons(doc, ev, guessed: str) -> bool:
    """Are the two sides two different persons, the guessed one named (not a bare title: "the minister")?  "Rocha,
    who had fired his security chief, apologised to Lula" in a Brasilia story: a governor and the president are two
    of one state's officials, no loop (session 33 GAPEN)."""
    if not ev.source_actor_id or not ev.target_actor_id or ev.source_actor_id == ev.target_actor_id:
        return False
    a, b = actor_of(doc, ev.source_actor_id), actor_of(doc, ev.target_actor_id)
    if a is None or b is None or a.kind != "person" or b.kind != "person":
        return False
    g = a if guessed == "source" else b
    return g.basis != "title"


def self_loop(doc, ev) -> bool:
    """"The minister urged European governments to impose sanctions on Moscow": the domestic fill gave
    two country-less actors the sentence's only country (RUSGOV -> RUSGOV) or a sanctioner the country of
    its target.  An actor does not appeal to, sanction or cut ties with itself: the guessed country goes
    (the target's when both are guessed).  Other same-country pairs (police / protesters, government /
    opposition) are left alone."""
    fs, ft = _filled(doc, ev, "source"), _filled(doc, ev, "target")
    if not (fs or ft):
        return False
    if ev.source_code == ev.target_code:
        if _two_named_persons(doc, ev, "target" if ft else "source"):
            return False   # "Rocha, the governor, apologised to Lula": two people of one state (s33 GAPEN)
        _unfill(ev, "target" if ft else "source")
        return not ft
    if (ev.root or "") == "16" or ev.cameo.startswith("163"):
        _unfill(ev, "source" if fs else "target")
        return fs
    if (ev.root or "") == "04" and fs != ft and ev.source_country == ev.target_country \
            and _only_partner_names(doc, ev, "target" if fs else "source"):
        # "Prime Minister X met the Kenyan commander": the nationality word marks the partner, not the office
        # holder; the guessed side goes (session 14 EN8)
        _unfill(ev, "source" if fs else "target")
        return fs
    return False


_AT_VENUE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)


def audience_trim(doc, ev, side: str, lex) -> None:
    """"The Kremlin spokesman told journalists Moscow had no plans …": the actor stage read the audience
    and the reported clause's subject as one name ("journalists Moscow", MED).  When a side's span starts
    with an audience word (cue ``audience``) right after a speech verb (cue ``tell_verb``), the side is
    the rest of the span, resolved on its own (RUSGOV), or nobody; the journalists are never a side of
    the reported event (round 4)."""
    s0, s1 = getattr(ev, f"{side}_span")
    head = doc.text[s0:s1].split(None, 1)
    if not head or "audience" not in lex.cue(head[0].lower()):
        return
    before = doc.text[max(ev.sentence_start, s0 - 16):s0].split()
    if not before or "tell_verb" not in lex.cue(before[-1].lower()):
        return
    rest = head[1] if len(head) > 1 else ""
    r = None
    if rest:
        from ..actors.resolve import resolve_text
        r = resolve_text(rest, lang="en")
    if r is None:
        for f in ("actor_id", "code", "country", "role", "span"):
            setattr(ev, f"{side}_{f}", None)
        return
    r0 = s1 - len(rest)
    setattr(ev, f"{side}_code", r.code or r.country)
    setattr(ev, f"{side}_country", r.country)
    setattr(ev, f"{side}_role", r.role)
    setattr(ev, f"{side}_span", (r0, s1))
    _mark(ev, "audience-trim")


# conflictual roots (demand … mass violence, not protest): a state organ does not aim these at its own state;
# cooperative acts toward one's own country ("the minister promised Vietnam's farmers") stay as filled
_HOSTILE_ROOTS = frozenset(["10", "11", "12", "13", "15", "16", "17", "18", "19", "20"])
# and the diplomatic acts toward a state ("A government spokesman thanked Russia", "the minister met Iran's
# envoy"): a state's organ does not thank or meet its own state (session 10 EN3); concessions stay domestic
_STATE_TARGET_ROOTS = _HOSTILE_ROOTS | {"04", "05", "06"}
# roles of a state's own organs: such a source does not act on its own state
_STATE_ROLES = frozenset(["GOV", "MIL", "DIP", "LEG", "SPY", "ELI"])


def state_target(doc, ev) -> bool:
    """"The minister condemned Russia", "The minister announced sanctions on Russia": the domestic fill
    gave a country-less state organ (minister, army, diplomats) the sentence's only country, which is the
    named state its own event acts on.  A state's organ does not condemn, sanction or attack its own state
    (round 4): the guessed country goes.  Crowds, opposition, police keep theirs (domestic scenes)."""
    if not _filled(doc, ev, "source") or _filled(doc, ev, "target") or not ev.target_actor_id \
            or not ev.target_span or ev.target_span[0] < ev.trigger_end:
        return False     # only the object of the event itself (not a reported clause's subject)
    ta = actor_of(doc, ev.target_actor_id)
    if ta is None or not ta.country or (ev.target_code or "")[3:] not in ("", "GOV", "MIL"):
        return False
    if (ev.source_code or "")[3:] not in _STATE_ROLES or not ev.source_span or (ev.root or "") not in _STATE_TARGET_ROOTS:
        return False
    nxt = doc.text[ev.source_span[1]:ev.source_span[1] + 40].split()[:1]
    if nxt and nxt[0][:1].isupper():
        return False     # "Minister Tran Xuan Gia": a named official, not a generic one
    if _two_named_persons(doc, ev, "source"):
        return False     # "Rocha apologised to Lula": a named official facing another person (s33 GAPEN)
    _unfill(ev, "source")
    return True


# an abduction participle after an attack is an act of its own, not the attack's result told again (session 53
# GAPEN53B; the same set as events._OWN_PARTICIPLE_CODES_EN, which keeps it through the dedupe)
_OWN_PARTICIPLE_CODES = frozenset(["181"])


def _participle_chain_head(words, i: int) -> int:
    """"…, killing two people and abducting 30 women": the participle at ``i`` after "and" continues an
    "-ing" participle opened by a comma; the index of that first participle (``i`` itself otherwise)."""
    if i < 2 or words[i - 1].norm != "and":
        return i
    for k in range(i - 2, 0, -1):
        w = words[k]
        if w.punct:
            if w.text == "," and k + 1 < i - 1 and words[k + 1].norm.endswith("ing"):
                return k + 1
            return i
        if "boundary" in w.cue or "comp" in w.cue:
            return i
    return i


def _participle_sources(doc, events, lex, only_own: bool = False) -> None:
    """A source-less "-ing" participle after the main clause's comma takes the main verb's subject; ``only_own``:
    the abduction participles only (:data:`_OWN_PARTICIPLE_CODES`)."""
    for ev in events:
        if only_own and ev.cameo not in _OWN_PARTICIPLE_CODES:
            continue
        # "Israeli troops raided the camp, arresting 14 suspects": a participle after the main clause's
        # comma shares its subject (the clause-bounded SVO rule gave it none)
        own = ev.cameo in _OWN_PARTICIPLE_CODES
        if ev.lang == "en" and not ev.source_code and not ev.source_country and ev.trigger.endswith("ing") \
                and 0 <= ev.sentence < len(doc.sentences) and ((ev.root or "") not in _FORCE_ROOTS or own):
            words = words_of(doc, doc.sentences[ev.sentence], lex)
            i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
            if own and i is not None:
                i = _participle_chain_head(words, i)   # "…, killing two people and abducting 30": the first's comma
            if i is not None and i >= 3 and words[i - 1].punct and words[i - 1].text == ",":
                m = max((m for m in events if m is not ev and m.sentence == ev.sentence and ((":verb:" in m.rule
                         and m.source_span and m.source_span[1] <= m.trigger_start) or (
                             # "Hundreds of protesters marched in Nairobi, demanding ...": the crowd (round 6)
                             ":noun:self" in m.rule and m.root == "14" and m.source_code and not m.historical))
                         and m.trigger_end <= words[i - 1].start), key=lambda m: m.trigger_start, default=None)
                if m is not None and not any(words[k].punct and words[k].text != "," for k in range(i - 1)
                                             if words[k].start >= m.trigger_end) \
                        and m.source_actor_id != ev.target_actor_id:
                    for f in ("actor_id", "code", "country", "role", "span"):
                        setattr(ev, f"source_{f}", getattr(m, f"source_{f}"))


def participle_abduction_sources(doc, events, lex=None) -> None:
    """Run late (the event stage, before the repeats merge): "Its fighters attacked convoys, setting trucks ablaze and
    abducting drivers" -- the main verb's subject is read by later rules (possessive_body_en: "Its" = the group), after
    :func:`result_participles` copied nothing; the abduction participle takes it now (session 53 GAPEN53B)."""
    if any(ev.lang == "en" and ev.cameo in _OWN_PARTICIPLE_CODES and not ev.source_code for ev in events):
        _participle_sources(doc, events, lex or lexicon("en"), only_own=True)


def result_participles(doc, events, lex) -> None:
    """"Russian forces struck energy facilities in Kharkiv, killing two workers": the participle after
    the comma is the result of the main clause's attack, one happening.  When the event stage merged
    the main verb's source into the participle's event (the main verb had no target), the event is
    re-anchored on the main verb (its trigger, CAMEO code and place: the main clause's, via
    :func:`marsad.geo.locate.locate_event`); the victims stay its target.  When both survive, the
    participle's event is dropped (no double count).  Only violent verbs (roots 18-20) on both sides."""
    drop = set()
    _participle_sources(doc, events, lex)
    for ev in events:
        if ev.lang != "en" or (ev.root or "") not in _FORCE_ROOTS or not ev.trigger.endswith("ing") \
                or not (0 <= ev.sentence < len(doc.sentences)) or ev.cameo in _OWN_PARTICIPLE_CODES:
            continue
        words = words_of(doc, doc.sentences[ev.sentence], lex)
        i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
        if i is not None and i >= 3 and words[i - 1].norm == "and" and any(
                m is not ev and m.sentence == ev.sentence and (m.root or "") in _FORCE_ROOTS
                and m.trigger_end <= words[i - 1].start and (":result" in m.rule or (m.trigger.endswith("ing") and any(
                    words[k].punct and words[k].text == "," and words[k].end <= m.trigger_start for k in range(i))))
                for m in events):
            drop.add(id(ev))       # "…, killing five civilians and wounding dozens": the same happening
            continue
        if i is None or i < 3 or not (words[i - 1].punct and words[i - 1].text == ","):
            continue
        # "the army retook the bridge, while the RSF shelled the city, killing 18 civilians": the participle
        # belongs to the clause after the last boundary word ("while", "but", "after"), not to an earlier clause's
        # attack (session 23, ENX)
        kb = max((k for k in range(i - 1) if not words[k].punct and "boundary" in words[k].cue), default=None)
        main = [m for m in events if m is not ev and m.sentence == ev.sentence and (m.root or "") in _FORCE_ROOTS
                and m.trigger_end <= words[i - 1].start and ":verb:" in m.rule
                and (kb is None or m.trigger_start > words[kb].start)]
        if main:
            if not any(words[k].punct and words[k].text != "," for k in range(i - 1)
                       if words[k].start >= main[-1].trigger_end):
                drop.add(id(ev))     # "Rebels shelled the airport, killing three civilians": one happening
            continue
        if ev.source_span and ev.source_span[1] > words[i - 1].start:
            continue
        k0 = next((k for k, w in enumerate(words) if w.start >= ev.source_span[1]), None) if ev.source_span \
            else _clause_start(words, i - 2)
        if k0 is None:
            continue
        found = None
        for k in range(k0, i - 1):
            w = words[k]
            if w.punct or "boundary" in w.cue or "comp" in w.cue:
                break
            for t in lex.lookup(w.norm):
                if t.kind != "verb" or t.cameo[:2] not in _FORCE_ROOTS:
                    continue
                if t.obj:
                    j = next((j for j in range(k + 1, min(i - 1, k + 5)) if words[j].norm in t.obj), None)
                    if j is None:
                        continue
                    found = (k, j, t)
                else:
                    found = (k, k, t)
                break
            if found:
                break
        if found is None:
            continue
        k, j, t = found
        ev.trigger_start, ev.trigger_end = words[k].start, words[j].end
        ev.trigger = doc.text[ev.trigger_start:ev.trigger_end]
        recode_event(ev, t.cameo)
        _mark(ev, "result")
        # dated and placed again on the main verb: "closed the crossings on Tuesday, a day after guards exchanged
        # fire …, killing two guards" is Monday's exchange, not the participle's Tuesday (session 18, DTX)
        date_and_place(doc, ev)
    if drop:
        events[:] = [e for e in events if id(e) not in drop]


def apply_object_owner(ev, words, i: int, last: int, ce: int) -> None:
    """Hook for the event loop of ``_code_sentence`` (English verbs whose SVO target is None):
    the owner of the object noun phrase (:func:`object_owner`) becomes the target, unless it is
    the source itself."""
    if ev.target_code or ev.target_country:
        return
    own = object_owner(words, i, last, ce)
    if own is not None and own[0] != ev.source_code and (own[1] is None or own[1] != ev.source_country):
        ev.target_code, ev.target_country = own
        _mark(ev, "tgt-owner")


# ----------------------------------------------------------------------------- compound actors
_COORD = _cue_words("coord", "_COORD")             # and
_COORD_SKIP = _cue_words("coord_skip", "_COORD_SKIP")   # both
COMPOUND_MAX = 4                         # at most 4 sources x 4 targets per trigger (3 before session 32)


def _link(words, j0: int, j1: int) -> int:
    """The link between two actors (words ``j0:j1`` between them): 2 with the coordinator ("and", "and
    the", ", and two"), 1 a comma alone (a list item), 0 no coordination."""
    if j1 <= j0:
        return 0
    conj = comma = False
    for w in words[j0:j1]:
        if w.punct:
            if w.text != ",":
                return 0
            comma = True
        elif w.norm in _COORD:
            if conj:
                return 0
            conj = True
        elif not (w.norm in _ARTICLES or w.norm in _NUMBER_WORDS or w.norm.isdigit() or "quant" in w.cue
                  or w.norm in _COORD_SKIP or (conj and "pron_poss" in w.cue)):
            # (a possessive after the coordinator: "Lavrov and his Chinese counterpart Wang Yi", session 29 B20EN)
            return 0
    return 2 if conj else (1 if comma else 0)


def _conj_items(doc, words, args, by_start, places) -> list:
    """The conjunct candidates of a sentence in word order: its actor arguments and the places with a country
    no argument covers ("Iran, Russia and Turkey" where the middle name is only a place), as
    (i0, i1, start, end, actor or None, country)."""
    items = [(a.i0, a.i1, a.start, a.end, a.actor, a.actor.country) for a in args]
    for pl in places:
        k = by_start.get(pl.start)
        if k is None or any(a.start <= pl.start < a.end or pl.start <= a.start < pl.end for a in args):
            continue
        k1 = k
        while k1 < len(words) and words[k1].start < pl.end:
            k1 += 1
        items.append((k, k1, pl.start, pl.end, None, pl.country))
    items.sort(key=lambda x: x[0])
    return items


def _chain(words, items, x: int, known: Optional[list] = None) -> list:
    """The coordination that item ``x`` belongs to ("A and B", "A, B and C", "A, B, and C", "five militants
    and two civilians"), as item indices in text order; [x] when it is no conjunct.  Comma-only links count
    only before a final "and" (no apposition: "Kharkiv, Ukraine"); a comma link after an "and" ends it."""
    links: dict = dict(enumerate(known)) if known is not None else {}

    def link(k: int) -> int:       # the link between items k and k + 1 (computed only when reached)
        got = links.get(k)
        if got is None:
            got = links[k] = _link(words, items[k][1], items[k + 1][0])
        return got
    lo = hi = x
    while lo > 0 and link(lo - 1):
        lo -= 1
    while hi < len(items) - 1 and link(hi):
        hi += 1
    if lo == hi:
        return [x]
    # split the run into chains: a comma link right after an "and" link starts a new one
    chains, cur = [], [lo]
    for k in range(lo, hi):
        if link(k) == 1 and k > lo and link(k - 1) == 2:
            chains.append(cur)
            cur = [k + 1]
        else:
            cur.append(k + 1)
    chains.append(cur)
    for ch in chains:
        if x in ch:
            # trailing comma-linked items after the last "and" are no conjuncts
            last_and = max((k + 1 for k in ch[:-1] if link(k) == 2), default=None)
            if last_and is None:
                return [x]
            ch = [k for k in ch if k <= last_and]
            return ch if x in ch else [x]
    return [x]


def _clause_pp(words, it, ch, items) -> bool:
    """Is the conjunct ``it`` (before the subject) the object of a preposition of an earlier clause, joined to the
    next conjunct by ", and" ("burned a Koran outside the embassy in Stockholm, and Turkey cancelled a visit": a
    new clause, Stockholm no co-subject of Turkey)?"""
    if it[0] < 1 or words[it[0] - 1].norm not in _SUBJ_STOP:
        return False
    nxt = next((items[k][0] for k in ch if items[k][0] > it[0]), None)
    gap = words[it[1]:nxt] if nxt is not None else []
    return any(w.text == "," for w in gap) and any(w.norm in _COORD for w in gap)


def _side_item(ev, side: str):
    """The event's own side as an item (its actor id, code, country, role, span)."""
    return tuple(getattr(ev, f"{side}_{f}") for f in ("actor_id", "code", "country", "role", "span"))


def _conjunct_sides(doc, ev, side: str, words, items, others) -> Optional[list]:
    """The coordinated actors of the event's ``side`` (its own first), as side tuples, or None when the side
    is no coordination.  A conjunct that is the subject of a later verb of the sentence ("attacked Ukraine
    and Poland condemned …") or the object of an earlier one ("Russia attacked Ukraine and Belarus …" read
    from "Belarus") ends the coordination.  A conjunct without a country of its own shares the domestic
    country the stage gave the event's side (one scene)."""
    span = getattr(ev, f"{side}_span")
    if not span:
        return None
    index, links = items[-1]            # the item index by start and the links (last element of the cached list)
    x = index.get(span[0])
    if x is None or not ((x > 0 and links[x - 1]) or (x < len(links) and links[x])):
        return None
    ch = _chain(words, items[:-1], x, links)
    if len(ch) < 2:
        return None
    keep = []
    for k in ch:
        it = items[k]
        if k != x and any(o is not ev and o.sentence == ev.sentence and (
                (o.source_span and o.source_span[0] == it[2] and o.trigger_start >= it[3] > ev.trigger_end)
                or (o.target_span and o.target_span[0] == it[2] and o.trigger_end <= it[2] and ev.trigger_start >= it[3]
                    and ":quote-statement" not in o.rule))   # (a statement's target read from its content: no object)
                for o in others):
            if k < x:
                keep = []        # an earlier clause's object: the coordination starts after it
                continue
            break                # a later clause's subject: the coordination ends before it
        if k < x and side == "source" and span[1] <= ev.trigger_start and _clause_pp(words, it, ch, items):
            keep = []            # "outside the embassy in Stockholm, and Turkey cancelled …" (session 24 B11EN)
            continue
        keep.append(k)
    if len(keep) < 2:
        return None
    # "US and British forces", "Senior Hungarian and Romanian officials": a nationality word right before
    # "and" shares the head noun of the next conjunct (its role)
    heads = {}
    for a_k, b_k in zip(keep, keep[1:]):
        a, b = items[a_k], items[b_k]
        bcode = (b[4].code or "") if b[4] is not None else ""
        if not b[5] or len(bcode) <= 3 or bcode[:3] != b[5] or not a[5]:
            continue
        acode = (a[4].code or a[4].country) if a[4] is not None else a[5]
        gap = words[a[1]:b[0]]
        lw = words[a[1] - 1].text     # a nationality word ("Hungarian") or an abbreviation ("US"), no name ("China")
        if acode == a[5] and len(gap) == 1 and gap[0].norm in _COORD and b[1] - b[0] >= 2 \
                and (_nationality(lw) == a[5] or (lw.isupper() and len(lw) <= 3)) \
                and _nationality(words[b[0]].text) == b[5]:
            heads[a_k] = bcode[3:]
    own = _side_item(ev, side)
    if x in heads and own[1] == own[2]:
        own = (own[0], own[2] + heads[x], own[2], heads[x], own[4])
    filled = own[2] if own[0] and _filled(doc, ev, side) else None
    out, codes = [own], {own[1]}
    for k in keep:
        if k == x:
            continue
        i0, i1, s0, e0, actor, country = items[k]
        if actor is not None:
            code, ctry = actor.code or actor.country, actor.country
            if not ctry and filled and code:
                code, ctry = filled + code, filled
            t = (actor.id, code, ctry, actor.role, (s0, e0))
        else:
            t = (None, country, country, None, (s0, e0))
        if k in heads and t[1] == t[2]:
            t = (t[0], t[2] + heads[k], t[2], heads[k], t[4])
        if not t[1] or t[1] in codes:
            continue
        codes.add(t[1])
        out.append(t)
    # the side's own actor first, then the nearest conjuncts (the cap keeps four)
    return out[:COMPOUND_MAX] if len(out) > 1 else None


def _put(ev, side: str, t) -> None:
    """Set one side from a side tuple; a side with a span of its own drops the markers of an inferred one."""
    for f, v in zip(("actor_id", "code", "country", "role", "span"), t):
        setattr(ev, f"{side}_{f}", v)
    if t[4] and (":src-" if side == "source" else ":tgt-") in ev.rule:
        tag = ":src-" if side == "source" else ":tgt-"
        ev.rule = ":".join(p for p in ev.rule.split(":") if not (":" + p).startswith(tag))


def compound_actors(doc, events, places: dict, lex, cache: Optional[dict] = None) -> None:
    """The PETRARCH / GDELT convention for compound actors (as the Arabic rule of the event stage): when an
    English event's source or target is a coordination ("China and Russia vetoed …", "troops killed five
    militants and two civilians", "Britain, France and Germany imposed sanctions on Iran"), one event per
    (source, target) combination, each with its own actor span and the same trigger, every event of the
    fan-out marked ``:compound``; at most 3 x 3.  Conjoined parties that are each other's partners (a mutual
    event, or a cooperative verb the rules paired: "Iran, Russia and Turkey held talks") give every ordered
    pair among them, so the both-directions behaviour of mutual events holds for three parties too.  The
    original event keeps its pair and its place in the list; the copies follow it.  ``cache``: the
    per-sentence words of :func:`argument_rules` (same document)."""
    if cache is None:
        cache = {}
    by_sent: dict = {}
    for ev in events:
        if ev.lang == "en":
            by_sent.setdefault(ev.sentence, []).append(ev)
    have = {(e.trigger_start, e.cameo, e.source_code, e.target_code) for e in events}
    added: dict = {}
    for ev in [e for e in events if e.lang == "en"]:
        if ":compound" in ev.rule or ev.rule.endswith("quote-statement") or not (ev.source_span or ev.target_span):
            continue
        got = _words_index(doc, ev, cache, lex)
        if got is None:
            continue
        words, args, i, last = got
        if not args:
            continue
        key = ("items", ev.sentence)
        items = cache.get(key)
        if items is None:
            items = _conj_items(doc, words, args, cache[ev.sentence][2], places.get(ev.sentence, ()))
            links = [_link(words, items[k][1], items[k + 1][0]) for k in range(len(items) - 1)]
            if not any(lk == 2 for lk in links):
                items = cache[key] = ()        # no coordination in the sentence
            else:
                items = cache[key] = items + [({it[2]: k for k, it in enumerate(items)}, links)]
        if not items:
            continue
        others = by_sent.get(ev.sentence, ())
        S = _conjunct_sides(doc, ev, "source", words, items, others)
        T = _conjunct_sides(doc, ev, "target", words, items, others)      # (items ends with its start index)
        if S is None and T is None:
            continue
        src, tgt = _side_item(ev, "source"), _side_item(ev, "target")
        if S is not None and S[0] != src:
            _put(ev, "source", S[0])          # the shared head's role ("US and British forces" -> USAMIL)
            src = S[0]
        if T is not None and T[0] != tgt:
            _put(ev, "target", T[0])
            tgt = T[0]
        group = None
        if S is not None and tgt[4] and any(t[4] == tgt[4] for t in S):
            group = S                       # "Thailand and Cambodia agreed …": the stage paired the conjuncts
        elif T is not None and src[4] and any(t[4] == src[4] for t in T):
            group = T
        elif S is not None and not tgt[4] and (":mutual" in ev.rule or (
                tgt[1] and any(t[1] == tgt[1] for t in S[1:]))):
            # "Iran, Russia and Turkey held talks (in Astana)"; "Palestinians and Israelis failed to reach
            # agreement" where the rules gave the partner's code without its span
            group = S
        replaced = False
        if group is not None:
            pairs = [(a, b) for a in group for b in group if a[4] != b[4]]
            if not tgt[4] and pairs:
                # the partner was no named party (or the same party without its span): its first pair replaces it
                first = next(p for p in pairs if p[0][4] == src[4])
                _put(ev, "target", first[1])
                have.add((ev.trigger_start, ev.cameo, ev.source_code, ev.target_code))
                tgt = first[1]
                replaced = True
        else:
            pairs = [(a, b) for a in (S or [src]) for b in (T or [tgt])]
        fresh = []
        same_trig = {(o.source_span, o.target_span): o for o in others
                     if o is not ev and o.trigger_start == ev.trigger_start and o.cameo == ev.cameo}
        for a, b in pairs:
            if a[4] == src[4] and b[4] == tgt[4] and a[1] == src[1] and b[1] == tgt[1]:
                continue                    # the event itself
            o = same_trig.get((a[4], b[4])) if a[4] and b[4] else None
            if o is not None:
                # the stage's own pair (a mutual reverse): the same parties, with the shared head's role
                if (o.source_code, o.target_code) != (a[1], b[1]):
                    _put(o, "source", a)
                    _put(o, "target", b)
                have.add((ev.trigger_start, ev.cameo, a[1], b[1]))
                continue
            if a[0] and a[0] == b[0] or (a[1] and a[1] == b[1] and a[4] == b[4]):
                continue
            k = (ev.trigger_start, ev.cameo, a[1], b[1])
            if k in have:
                continue
            have.add(k)
            new = copy.copy(ev)
            new.plover_context = list(ev.plover_context)
            _put(new, "source", a)
            _put(new, "target", b)
            new.id = stable_id(ev.id, "compound", a[1], b[1], a[4], b[4])
            _mark(new, "compound")
            fresh.append(new)
        if fresh or replaced:
            _mark(ev, "compound")
            for o in others:
                # the stage's reverse pair of a mutual event belongs to the same fan-out
                if o is not ev and o.trigger_start == ev.trigger_start and o.cameo == ev.cameo and group is not None:
                    _mark(o, "compound")
        if fresh:
            added[id(ev)] = fresh
    insert_after(events, added)


# ----------------------------------------------------------------------------- "X ordered Y to …"
def _new_event(doc, si: int, start: int, end: int, cameo: str, rule: str):
    """A fresh English event on the words ``start:end`` of sentence ``si`` (dated and placed as the stage's)."""
    from ..model import Event
    sent = doc.sentences[si]
    info = _cameo_lookup(cameo)
    ev = Event(id=stable_id(doc.id, "ev", start, cameo, rule), sentence=si, sentence_start=sent.start,
               sentence_end=sent.end, trigger_start=start, trigger_end=end, trigger=doc.text[start:end],
               cameo=cameo, root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
               plover_type=info.plover_type, plover_mode=info.plover_mode, plover_context=list(info.plover_context),
               segment_kind=sent.segment_kind, story_id=doc.story_id, lang="en", rule=rule)
    date_and_place(doc, ev)
    return ev


def _directive_to(words, d: int, lex, span: int = 10, any_verb: bool = False) -> int:
    """The index of the "to" that opens the demanded act of the directive verb at ``d`` ("ordered the army
    to attack", "told Sweden to stop", "ordered former president X to appear"), or -1: an object of one to
    eight words between them (no punctuation, clause word or second "to"), and after "to" a lower-case
    verb (a trigger verb entry, or cue ``complement_verb``), not a noun phrase ("ordered troops to the border")."""
    n = len(words)
    for k in range(d + 1, min(n - 1, d + span)):
        w = words[k]
        if w.punct or any(c in w.cue for c in _CLOSED):
            return -1
        if w.norm == "and" and en_new_verb(words[k + 1]):
            return -1   # "ordered an investigation and promised to bring …": a second predicate, not the object (s31)
        if w.norm == "to":
            if k == d + 1:
                return -1
            v = words[k + 1]
            if v.punct or not v.text[:1].islower() or v.norm in _ARTICLES or "np_pre" in v.cue \
                    or "pron_poss" in v.cue or v.norm in _NUMBER_WORDS:
                return -1
            if any_verb or "complement_verb" in v.cue or any(t.kind == "verb" for t in lex.lookup(v.norm)):
                return k   # (an appeal, "called on X to publish the results", asks for any act: session 29 B20EN)
            return -1
    return -1


def _igo_seat(code: str, country: str) -> bool:
    """Is ``country`` a seat of the international organisation ``code`` (igo_seats.tsv, by code prefix)?"""
    seats = cached("coding.igo_seats", lambda: tuple((r["code"], r["country"]) for r in read_tsv_dicts(
        data_path("coding", "igo_seats.tsv"))))
    return any(code.startswith(p) and country == c for p, c in seats)


def directive_events(doc, events, lex, extra_sents=()) -> None:
    """"The minister ordered the army to attack the rebels", "A judge ordered the former president to
    appear", "Erdogan told Sweden to stop …": a directive verb (cue ``directive``, value its CAMEO code:
    PETRARCH2 ORDER [100]) with an object and a "to" + verb complement is a demand by the subject on the
    object (rule ``:directive``; a speech statement on the same word is recoded to it).  The demanded act
    (an event right after "to") is the object's, not the commander's: its source becomes the object (or
    nobody), its modality ``demand``, and it ranks below the directive."""
    by_sent: dict = {si: [] for si in extra_sents}   # coded sentences with no event of their own
    for ev in events:
        if ev.lang == "en":
            by_sent.setdefault(ev.sentence, []).append(ev)
    for si in sorted(by_sent):
        # only sentences the stage coded (an English event of their own: segment kinds, captions)
        if not (0 <= si < len(doc.sentences)):
            continue
        sent = doc.sentences[si]
        if not sentence_view(doc, sent, lex)[4]:
            continue   # no directive word (the sentence view says so without a scan of the words)
        words = words_of(doc, sent, lex)
        ds = [k for k, w in enumerate(words) if "directive" in w.cue]
        args = actor_args(doc, sent, words, "en")
        same = by_sent.get(si, [])
        for d in ds:
            if d > 0 and ("be" in words[d - 1].cue or words[d - 1].norm in ("in", "to")
                          or ("aux" in words[d - 1].cue and d > 1 and "be" in words[d - 2].cue)):
                continue          # "were ordered to leave", "in order to", "to order"
            cameo = words[d].cue["directive"] or "100"
            if cameo[:2] == "02" and not (d + 1 < len(words) and "appeal_prep" in words[d + 1].cue):
                continue          # "called the attack a crime": only "called on / upon Y to V" is an appeal
            if words[d].norm == "call" and (d == 0 or "call_subject" not in words[d - 1].cue):
                continue          # "a call on Monday to discuss …": a noun; "We call on X to …": a verb (s21 B8EN)
            k = _directive_to(words, d, lex, any_verb=cameo[:2] == "02")
            if k < 0:
                continue
            y = next((a for a in args if d < a.i0 and a.i1 <= k), None)
            if y is not None and "audience" in words[y.i0].cue:
                continue          # "told reporters to expect …": no demand on the press
            if y is not None:
                for e in same:
                    # "arrived in Yerevan on Monday and called on Baku to allow …": the addressee after the appeal
                    # verb is no object of an earlier verb of the sentence (the visit's target is its place; s36)
                    if e.trigger_start < words[d].start and e.target_actor_id == y.actor.id and e.target_span \
                            and e.target_span[0] >= words[d].end and (e.root or "") not in ("01", "02", "10"):
                        for f in ("actor_id", "code", "country", "role", "span"):
                            setattr(e, f"target_{f}", None)
            at = [e for e in same if e.trigger_start == words[d].start]
            if any((e.root or "") not in ("01", "06", "10") for e in at):
                continue          # "ordered the ambassador to leave" (expulsion), "summoned the envoy" …
            if cameo[:2] == "02" and not at and any(
                    (c.root or "") in ("10", "02") and words[k].end <= c.trigger_start <= words[min(len(words) - 1, k + 3)].end
                    for c in same):
                # "called on Iran to free …": the stage coded the demanded act as X's demand on Y; when it found
                # no X ("Anwar, who brokered the deal, called on both sides to respect the truce"), the caller
                # the appeal's own subject search finds is X, and the demand was made (session 12, EN6)
                c = next((c for c in same if (c.root or "") in ("10", "02")
                          and (not c.source_code or (c.source_span and c.source_span[0] > words[d].start))
                          and words[k].end <= c.trigger_start <= words[min(len(words) - 1, k + 3)].end), None)
                subj = apposition_subject(words, d, args) if c is not None else None
                if subj is None and c is not None and d > 0 and words[d - 1].norm == "and":
                    # "Samantha Power, the head of …, arrived in Yerevan on Monday and called on Baku to …": the
                    # appeal verb joined by "and" goes on with the subject of the verb before it (session 36)
                    prev = max((e for e in same if e.trigger_start < words[d].start and e.source_actor_id
                                and e.source_span and ":verb:" in e.rule and e is not c),
                               key=lambda e: e.trigger_start, default=None)
                    actor = actor_of(doc, prev.source_actor_id) if prev is not None else None
                    if actor is not None:
                        subj = SimpleNamespace(actor=actor, start=prev.source_span[0], end=prev.source_span[1])
                if subj is not None and subj.actor.id != c.target_actor_id and subj.actor.id != c.source_actor_id:
                    if c.source_code:   # the addressee the stage made the source ("called on Thailand to withdraw")
                        for f in ("actor_id", "code", "country", "role", "span"):
                            setattr(c, f"target_{f}", getattr(c, f"source_{f}"))
                    _set_side(c, "source", subj.actor, (subj.start, subj.end))
                    if c.modality == "demand":
                        c.modality = "asserted"
                    _mark(c, "caller")
                    if (words[d].start, words[d].end) not in c.also_spans:
                        # (the appeal verb "called on" tells the same act: evidence of it, session 36)
                        c.also_spans = list(c.also_spans) + [(words[d].start, words[d].end)]
                continue
            if at:
                ev = at[0]
                if ev.root != "10":
                    recode_event(ev, cameo)
                if ev.rule.endswith(":quote-statement"):
                    ev.rule = ev.rule[:-len(":quote-statement")] + ":verb:svo"    # the statement is the demand
                _mark(ev, "directive")
            else:
                ev = _new_event(doc, si, words[d].start, words[d].end, cameo, "en:verb:svo:directive")
                subj = apposition_subject(words, d, args)
                if subj is None:
                    cs = _clause_start(words, d)
                    subj = max((a for a in args if a.i1 <= d and a.i0 >= cs and a.prep == ""),
                               key=lambda a: a.i1, default=None)
                if subj is None and d > 0 and "speaker_ref" in words[d - 1].cue:
                    subj = _quote_speaker(doc, si, words[d].start)   # '"We call on X …," Y said': Y (s21 B8EN)
                if subj is None:
                    subj = _self_reported(doc, si, words[d].start)   # "he said he had ordered …, called on …" (s32)
                if subj is not None:
                    _set_side(ev, "source", subj.actor, (subj.start, subj.end))
                ev.negated = any("neg" in words[j].cue for j in range(max(0, d - 3), d)
                                 if not words[j].punct and words[j].norm in ("not", "n't", "never"))
                ev.confidence = 0.75 if subj is not None else 0.6
                events.append(ev)
                same.append(ev)
            if y is not None and ev.source_actor_id != y.actor.id:
                _set_side(ev, "target", y.actor, (y.start, y.end))
            # the demanded act: the first event within three words after "to"
            hi = words[min(len(words) - 1, k + 3)].end
            for c in sorted(same, key=lambda e: e.trigger_start):
                if c is ev or not (words[k].end <= c.trigger_start <= hi):
                    continue
                if c.source_span and c.source_span[1] <= words[d].start or (
                        c.source_actor_id and c.source_actor_id == ev.source_actor_id):
                    if y is not None and c.target_actor_id != y.actor.id:
                        _set_side(c, "source", y.actor, (y.start, y.end))
                    else:
                        c.source_actor_id = c.source_code = c.source_country = c.source_role = c.source_span = None
                        _mark(c, "src-none")
                if c.modality in ("asserted", "possible"):
                    c.modality = "demand"
                c.confidence = min(c.confidence, round(ev.confidence - 0.1, 4))
                break


class _Speaker(NamedTuple):
    actor: object
    start: int
    end: int


def _quote_speaker(doc, si: int, pos: int):
    """The speaker (actor, span) of the direct quote of sentence ``si`` whose content holds ``pos``, or None."""
    for q in doc.quotes:
        if q.sentence == si and q.direct and q.content_start <= pos < q.content_end and q.speaker_actor_id:
            a = actor_of(doc, q.speaker_actor_id)
            return _Speaker(a, q.speaker_start, q.speaker_end) if a is not None else None
    return None


_SELF_PRONOUNS = frozenset(["he", "she", "it", "they", "we"])


def _self_reported(doc, si: int, pos: int):
    """The speaker (actor, span) of the reported speech of sentence ``si`` whose content holds ``pos`` and opens with
    a subject pronoun ("he said he had ordered the police …, called on party leaders to …": the speaker is the
    pronoun, and the subject of the verbs joined to its verb; session 32 FIXEN), or None.  A content that opens with a
    noun ("he said the army had ordered …") has its own subject."""
    for q in doc.quotes:
        if q.sentence == si and not q.direct and q.content_start <= pos < q.content_end and q.speaker_actor_id:
            first = doc.text[q.content_start:q.content_end].split(None, 1)
            if not first or first[0].lower() not in _SELF_PRONOUNS:
                continue
            a = actor_of(doc, q.speaker_actor_id)
            return _Speaker(a, q.speaker_start, q.speaker_end) if a is not None else None
    return None


# ----------------------------------------------------------------------------- domestic fill after the rules
_INTL_TOPS = frozenset(["IGO", "NGO", "IMG", "MNC", "UIS"])


def refill_domestic(doc, events, before: dict) -> None:
    """The event stage gives a country-less generic side (President X, the police, rebels) its sentence's
    only named country before the English rules run; a side the rules then set to another country-less
    actor ("dismissed an appeal from President X", "ordered former president X to appear") missed it.
    Such a side takes the sentence's only named country (actors and places) as the stage's fill would."""
    todo = []
    for ev in events:
        if ev.lang != "en" or id(ev) not in before:
            continue
        old = before[id(ev)]
        for k, side in enumerate(("source", "target")):
            aid, code = getattr(ev, SIDE_ACTOR_ID[side]), getattr(ev, SIDE_CODE[side]) or ""
            if aid and aid != old[k] and not getattr(ev, SIDE_COUNTRY[side]) and code[:3] in _SECTORS:
                todo.append((ev, side))
    if not todo:
        return
    for ev, side in todo:
        s0, s1 = ev.sentence_start, ev.sentence_end
        countries = {a.country for a in doc.actors if a.country and any(s0 <= x < s1 for x, _ in a.spans)}
        countries |= {pl.country for pl in doc.places if pl.country and s0 <= pl.start < s1}
        if len(countries) != 1:
            continue
        c = next(iter(countries))
        other = getattr(ev, ("target" if side == "source" else "source") + "_actor_id")
        if other and other == getattr(ev, f"{side}_actor_id"):
            continue
        setattr(ev, f"{side}_country", c)
        setattr(ev, f"{side}_code", c + getattr(ev, f"{side}_code"))


# ----------------------------------------------------------------------------- agentless events: the state of the place
# roots of acts a state does where they happen (investigation, coercion, arrests, force); not meetings,
# agreements, aid (there the place is a venue)
_STATE_ACT_ROOTS = frozenset(["09", "15", "16", "17", "18", "19", "20"])


_CHARGED_ROOTS = frozenset(("18", "19", "20"))
_CHARGE_MODIFIERS = frozenset(("attempted", "premeditated", "first-degree", "second-degree", "aggravated", "armed",
                               "attempting", "involvement", "complicity", "conspiracy", "to", "commit", "in"))


def _charge_content(words, i: int) -> bool:
    """Is the word at ``i`` the crime of a charge: after a charge participle (cue accused_participle: charged,
    convicted, accused, suspected) and its "with" / "of", with only the charge's modifiers between ("charged with
    attempted premeditated murder", "convicted of conspiracy to commit murder")?"""
    k = i - 1
    while k >= 0 and words[k].norm in _CHARGE_MODIFIERS:
        k -= 1
    return k >= 1 and words[k].norm in ("with", "of") and "accused_participle" in words[k - 1].cue \
        and words[k - 1].norm in ("charged", "convicted")


def _passive(words, i: int) -> bool:
    """The trigger at ``i`` is a participle after a form of "be" / "been" (one adverb may stand between)."""
    if i == 0 or not _participle(words[i].norm):
        return False
    prev = words[i - 1]
    return "be" in prev.cue or prev.norm == "been" or (
        i > 1 and (prev.norm.endswith("ly") or "be_adverb" in prev.cue)   # ("was also arrested": s27 B19EN)
        and ("be" in words[i - 2].cue or words[i - 2].norm == "been"))


_OWN_FORCES = frozenset(("MIL", "COP"))
# a comma, at most two words and a temporal conjunction: the words after it are another clause than the place before
_LATER_CLAUSE = re.compile(r",\s*(?:\w+\s+){0,2}(?:after|before|when|while|since|as)\s", re.I)


def _means_nationality(ev, words, last: int, lex) -> bool:
    """"Ten people were killed in Israeli strikes on Gaza": a passive violent verb followed (within four words) by
    "in" + a nationality adjective + an attack noun has that nation as its agent (session 29); sets the source."""
    from ..actors.resolve import resolve_text
    for k in range(last + 1, min(len(words) - 2, last + 5)):
        if words[k].punct:
            return False
        if words[k].norm != "in":
            continue
        j = k + 1 + (k + 1 < len(words) and words[k + 1].norm in ("a", "an", "the"))
        if j >= len(words) or not words[j].text[:1].isupper():
            return False
        def attack(x):
            return any(t.kind == "noun" and t.cameo[:2] in _FORCE_ROOTS for t in lex.lookup(words[x].norm))
        # the attack noun, after at most two lower-case modifiers ("a Russian drone attack")
        n = next((x for x in range(j + 1, min(len(words), j + 4)) if attack(x) or not words[x].text[:1].islower()), -1)
        if n < 0 or not attack(n):
            return False
        r = resolve_text(words[j].text, lang="en")
        if r is None or not r.country or r.role or r.country == ev.target_country:
            return False
        ev.source_country = ev.source_code = r.country
        _mark(ev, "src-means")
        return True
    return False


def agentless_source(doc, ev, events, lex, places: dict) -> bool:
    """"A missionary was arrested in Lebanon", "A US national has been put under investigation in Italy",
    "A roadside bomb near Samarra killed a U.S. soldier": an event with no agent — a passive without "by",
    or a violent verb whose subject is an attack / explosion noun with no agent of its own — is coded with
    the country of the place it happens in as its source (the state there arrests, investigates; the
    PLOVER GSR convention), not as its target.  Only for acts of states (:data:`_STATE_ACT_ROOTS`); the
    place is the first one with a country in the sentence outside the target's span and not an origin
    ("from Calgary").  Sets a country-only source marked ``:src-place``; True when it did."""
    if ev.lang != "en" or ev.source_code or ev.source_country or (ev.root or "") not in _STATE_ACT_ROOTS \
            or not (0 <= ev.sentence < len(doc.sentences)) or ":patient-subj" in ev.rule:
        return False
    pls = places.get(ev.sentence)
    if not pls:
        return False
    words = words_of(doc, doc.sentences[ev.sentence], lex)
    i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
    if i is None or i == 0:
        return False
    passive = _passive(words, i)
    cs = _clause_start(words, i)
    args = actor_args(doc, doc.sentences[ev.sentence], words, "en")
    if passive:
        last = i
        while last + 1 < len(words) and words[last].end < ev.trigger_end:
            last += 1
        if last + 1 < len(words) and words[last + 1].norm == "by":
            return False
        if (ev.root or "") in _FORCE_ROOTS and _means_nationality(ev, words, last, lex):
            return True
    else:
        if (ev.root or "") not in _FORCE_ROOTS:
            return False
        # the subject is an attack / explosion noun ("A roadside bombing near Samarra killed …") and no actor
        if any(cs <= a.i0 < i for a in args):
            return False
        ni = next((k for k in range(cs, i) if not words[k].punct and ("weapon_subject" in words[k].cue or any(
            t.kind == "noun" and t.cameo[:2] in _FORCE_ROOTS for t in lex.lookup(words[k].norm)))), None)
        if ni is None or not _noun_is_subject(words, ni, ni, i):
            return False
    tspan = ev.target_span or (-1, -1)
    for pl in pls:
        if tspan[0] <= pl.start < tspan[1]:
            continue
        before = doc.text[max(ev.sentence_start, pl.start - 6):pl.start].split()
        if before and before[-1].lower() == "from" and (passive or pl.start > ev.trigger_start):
            continue         # "a missionary from Calgary": the target's origin, not the scene (but "a rocket
            #                  fired from Gaza killed …": the weapon's origin is its side)
        if before and pl.start > ev.trigger_start and before[-1].lower() in _DEST_PREPS:
            continue         # "were pushed back into Belarus": where the patients go, not the scene (s19 ENX2)
        if pl.start > ev.trigger_end and _opens_clause(doc.text[ev.trigger_end:pl.start]):
            continue
        if pl.start < ev.trigger_start and _LATER_CLAUSE.search(doc.text[pl.start:ev.trigger_start]):
            continue         # "met in Tbilisi …, hours after a soldier was shot dead": the meeting's place (s18 ENL)
        if passive and pl.country == ev.target_country and (ev.root or "") in _FORCE_ROOTS and ev.target_role in _OWN_FORCES:
            continue         # "an Armenian soldier was shot dead near Tegh": a state does not shoot its own forces (s18 ENL)
        ev.source_country = ev.source_code = pl.country
        _mark(ev, "src-place")
        return True
    return False


_NOBODY_GAP = _cue_words("nobody_gap", "_NOBODY_GAP")
_DEST_PREPS = _cue_words("dest_prep", "_DEST_PREPS")


def past_negation(words, i: int, neg_i: int) -> bool:
    """"Armenia and Azerbaijan have not signed a peace treaty", "the two Koreas never signed one": a negated
    completed act (a perfect auxiliary right before the negation, or "never" right before the verb; the trigger a
    participle or past form) tells that it did not happen, not a refusal made now - a negated act, as Arabic لم + the
    verb (session 27 EN3; "will not sign", "refuses to sign", "does not accept" stay refusals)."""
    if neg_i < 0 or neg_i >= i or not _participle(words[i].norm):
        return False
    if words[neg_i].norm == "never" and neg_i == i - 1:
        return True
    if words[neg_i].norm not in ("not", "n't", "never") \
            or any(words[k].cue and "aux" not in words[k].cue for k in range(neg_i + 1, i)):
        return False
    k = neg_i - 1
    while k > 0 and words[k].norm not in _PERFECT_AUX and "aux" in words[k].cue:
        k -= 1   # ("have still not signed")
    return k >= 0 and words[k].norm in _PERFECT_AUX


def nobody_harmed(words, i: int, neg_i: int, root: str) -> bool:
    """"… but nobody was hurt", "No one was killed in the fire": a harm verb (roots 18-20) whose negative subject
    (nobody, none, no one) stands right before its passive (only auxiliaries and adverbs between, cue ``nobody_gap``)
    says the victims of a happening told elsewhere do not exist: no act, negated or not (session 16 EN11; the
    Arabic "لا تستهدف أحدا" of session 15 AR11).  "Nobody claimed the attack", "police did not hurt anyone",
    "none of the soldiers were hurt" (a part named) stay."""
    if root not in ("18", "19", "20") or neg_i < 0 or neg_i >= i:
        return False
    w = words[neg_i]
    j = neg_i + 1
    if w.norm == "no" and j < i and words[j].norm == "one":
        j += 1
    elif w.norm not in ("nobody", "none"):
        return False
    if j == i or not all(words[k].norm in _NOBODY_GAP for k in range(j, i)):
        return False
    return any("be" in words[k].cue for k in range(j, i))   # a passive: "nobody hurt them" is not this


_STANDING_SPEECH = _cue_words("standing_speech", "_STANDING_SPEECH")
_STANDING_BEFORE = _cue_words("standing_before", "_STANDING_BEFORE")


def standing_claim(sent, words, q, time_starts) -> bool:
    """"Egypt says the detours have cut its revenue by half", "U.S. officials say Iranian-made parts were found": a
    present-tense speech verb (cue ``standing_speech``: says, say) of a body sentence with no date in it, whose
    indirect content codes no act, reports a standing position, not a statement made on a day: no bare statement
    (010) is made for it (session 16 EN11).  A headline's "X says …", a direct quote, a dated sentence ("said on
    Monday"), "did not say", "will say" (cue ``standing_before`` right before the verb) keep theirs."""
    if q.direct or sent.segment_kind == "title" or q.cue.lower() not in _STANDING_SPEECH:
        return False
    k = start_index(words).get(q.cue_start)
    if k is None or (k > 0 and words[k - 1].norm in _STANDING_BEFORE):
        return False
    if time_starts:
        j = bisect_left(time_starts, sent.start)
        if j < len(time_starts) and time_starts[j] < sent.end:
            return False
    return True


_FIGURES_NOUN = _cue_words("figures_noun", "_FIGURES_NOUN")


_ELECTION_COUNT_WORDS = frozenset(("vote", "votes", "ballots", "turnout", "voters"))


def according_to_figures(words, q) -> bool:
    """"Gangs now control most of the capital, according to U.N. estimates": "according to" + a phrase ending in a
    noun of figures (cue ``figures_noun``: estimates, figures, data …) cites numbers, no statement made by anyone:
    no bare statement (010) (session 16 EN11).  "according to a statement from the ministry", "according to
    police" keep theirs.  A figures noun before a participle and "by" ends the phrase: "according to court documents
    seen by a website" (session 24, OTH6)."""
    if q.cue.lower() != "according" or q.speaker_end <= q.speaker_start:
        return False
    span = [w for w in words if q.speaker_start <= w.start and w.end <= q.speaker_end and not w.punct]
    if span and span[-1].norm in _FIGURES_NOUN:
        return True
    content = [w for w in words if q.content_start <= w.start < q.content_end]
    if any(w.norm in ("percent", "%") or w.text.endswith("%") for w in content) \
            and any(w.norm in _ELECTION_COUNT_WORDS for w in content):
        return True   # "Lee had about 49.4 percent of the vote, according to the election commission": a count (s45)
    # "according to court documents seen by a website": the noun before a participle + "by" ends the phrase
    return any(a.norm in _FIGURES_NOUN and c.norm == "by" for a, c in zip(span, span[2:]))


def appositive_summary(words, evs: list) -> list:
    """"He asked the council to turn the mission into a peacekeeping force, a request that Russia has resisted": an
    event noun after ", a / an" (one adjective may stand between) that sums up an earlier event of the same root in
    its sentence is that event told again, no new one (session 16 EN11).  "…, a request Israel rejected": the
    rejection stays; "Egypt expelled the envoy, a step that angered Israel" (no step event) and "…, an attack on
    the convoy" after a protest (another root) are untouched."""
    if len(evs) < 2:
        return evs
    idx = start_index(words)
    drop = set()
    for e in evs:
        i = idx.get(e.trigger_start)
        if i is None or i < 2:
            continue
        j = i - 1
        if "article" not in words[j].cue and j > 1 and "article" in words[j - 1].cue:
            j -= 1   # ", a rare request"
        if "article" not in words[j].cue or j < 1 or words[j - 1].text != ",":
            continue
        comma = words[j - 1].start
        if any(o is not e and o.root == e.root and o.trigger_end <= comma and id(o) not in drop for o in evs):
            drop.add(id(e))
    return [e for e in evs if id(e) not in drop] if drop else evs


_RELATIVE_BLOCK = frozenset(("was", "were", "been", "being", "is", "are", "be", "had", "has", "have", "not", "never",
                             "and", "or", "it", "he", "she", "they", "who", "which", "that"))


def reduced_relative(words, i: int) -> bool:
    """"would not accept gas offered by Moldova", "rejected the plan proposed by France": an -ed participle right after
    a plain word (no auxiliary, pronoun, negation or punctuation before it) with "by" right after it is a reduced
    passive relative clause on that noun: its own predicate, outside the scope of the main verb's negation or
    modality (session 17, B4EV)."""
    if i < 1 or i + 1 >= len(words) or words[i + 1].norm != "by" or not words[i].norm.endswith("ed"):
        return False
    prev = words[i - 1]
    return not prev.punct and prev.norm not in _RELATIVE_BLOCK and not prev.cue
