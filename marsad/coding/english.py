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

from typing import Optional, Sequence

# cue types read here (marsad/data/coding/cues_en.tsv):
#   aux    auxiliaries and adverbs that may stand between a subject and its verb (has, will, also …)
#   appos  words that open a parenthetical after a comma (a, an, the, who, which, once, himself …)
#   be     forms of "be" (a participle after one is an ordinary passive, not a reduced one)
_IRREGULAR_PARTICIPLES = frozenset([
    "held", "led", "brought", "sent", "taken", "given", "made", "seen", "known", "built", "shot",
    "hit", "struck", "won", "sold", "bought", "caught", "fought", "thrown", "drawn", "written",
    "set", "put", "run", "beaten", "stolen", "torn", "shown", "chosen", "driven", "broken",
])


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
    if "aux" in prev.cue and prev.norm in ("has", "have", "had"):
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
    Rwanda attacked" -> Rebels.  None when there is no such construction."""
    k = i - 1
    while k >= 0 and ("aux" in words[k].cue or (words[k].norm.endswith("ly") and not words[k].punct)):
        k -= 1
    if k < 1:
        return None
    if words[k].punct and words[k].text == ",":
        # ", <parenthetical>," : find the opening comma (no other comma, no full stop between)
        c = k - 1
        while c >= 0 and not (words[c].punct and words[c].text in ",;:.!?"):
            c -= 1
        if c < 1 or words[c].text != "," or c + 1 >= k:
            return None
        if "appos" not in words[c + 1].cue:
            return None
        subj = next((a for a in args if a.i1 == c and a.prep == ""), None)
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


def _sentence_object(words, a) -> bool:
    """An actor right after a verb-like word or a preposition is not a subject."""
    j = a.i0 - 1
    while j >= 0 and words[j].norm in ("the", "a", "an"):
        j -= 1
    return j >= 0 and not words[j].punct and words[j].norm in ("to", "with", "on", "against", "of", "from", "in", "by")


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
    subj = apposition_subject(words, i, args)
    if subj is None:
        return src, tgt
    passive = i > 0 and ("be" in words[i - 1].cue or (i > 1 and "be" in words[i - 2].cue
                                                       and words[i - 1].norm.endswith("ly")))
    if passive:
        return src, (subj if subj is not src else tgt)
    return subj, (None if tgt is subj else tgt)


# ----------------------------------------------------------------------------- owner of the object
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
    while k < n and ("np_pre" in words[k].cue or (words[k].norm.endswith("ly") and not words[k].punct)):
        k += 1
    j = k
    while j < n and not words[j].punct and words[j].text[:1].isupper() and words[j].text.isalpha() is not False:
        j += 1
    if j == k or j >= n or words[j].punct or not words[j].text[:1].islower() or j - k > 4:
        return None
    if "'s" in (words[j].norm, words[j - 1].norm):
        return None
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


def place_target(doc, ev, within: int = 80, fill_roles: bool = True) -> Optional[str]:
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
    for pl in doc.places:
        if pl.country and pl.sentence == ev.sentence and ev.trigger_end <= pl.start <= ev.trigger_end + within:
            return pl.country
    return None


# ----------------------------------------------------------------------------- crowd nationality
def subject_nationality(words, i: int, cs: int, resolve=None, span: int = 6) -> Optional[str]:
    """The country of a nationality adjective in the subject noun phrase before the trigger at
    ``i`` (or right before a verbal noun): "Palestinian prisoners rioted" -> PSE, "Algerian
    landowners began a hunger strike" -> DZA, "Kenyan riots" -> KEN.  For crowds the actor
    lexicon has no role for (prisoners, landowners, youths) and so no actor.  Looks back at most
    ``span`` words inside the clause (``cs``), not across punctuation; only a nationality word
    (``resolve`` gives a country-coded *group*), never a country name (that is an actor already)."""
    if resolve is None:
        from ..actors.resolve import resolve_text as resolve
    for k in range(i - 1, max(cs, i - span) - 1, -1):
        w = words[k]
        if w.punct or "boundary" in w.cue or "comp" in w.cue:
            return None
        if not (w.text[:1].isupper() and w.text.isalpha()):
            continue
        r = resolve(w.text, lang="en")
        if r is not None and getattr(r, "kind", None) == "group" and getattr(r, "country", None) \
                and getattr(r, "code", None) == r.country:
            return r.country
    return None


# ----------------------------------------------------------------------------- document-level hook
def _clause_start(words, i: int) -> int:
    from .structure import PUNCT_BOUNDARY
    cs = i
    while cs > 0:
        w = words[cs - 1]
        if (w.punct and (w.text in PUNCT_BOUNDARY or w.text in ".!?")) or "boundary" in w.cue or "comp" in w.cue:
            break
        cs -= 1
    return cs


def igo_official(doc, span) -> Optional[str]:
    """"UN envoy Staffan de Mistura", "U.N. mediator Diego Cordovez", "Arab League chief X": the
    code of the international organisation (IGO / NGO actor) named right before an actor span, with
    at most two title words between them (cue ``igo_title``: envoy, mediator, special …), or None.  The person speaks for it."""
    if not span:
        return None
    from .lexicon import lexicon
    lex = lexicon("en")
    start = span[0]
    for a in doc.actors:
        code = a.code or ""
        if code[:3] not in ("IGO", "NGO"):
            continue
        for s0, e0 in a.spans:
            if e0 > start or start - e0 > 40:
                continue
            gap = doc.text[e0:start].split()
            if len(gap) <= 2 and all("igo_title" in lex.cue(g.lower()) for g in gap) and \
                    (gap or doc.text[e0:start].isspace()):
                return code
    return None


def en_doc_rules(doc, events, place_within: int = 80, domestic_crowd: bool = True) -> None:
    """The stage-level English rules, for ``EventStage.__call__`` right after ``_en_domestic``
    (after the protest-direction swap, which would otherwise turn a nationality source into the
    target): an official named after an international organisation acts for it (:func:`igo_official`);
    a source-less event takes its subject's nationality (:func:`subject_nationality`),
    then a target-less event the country of the place named after its trigger (:func:`place_target`);
    with ``domestic_crowd`` a protest whose crowd has no nationality takes the target's country as
    its source (civilians, ``<ISO>CVL``: "protesters blocked roads in Algiers")."""
    from .lexicon import lexicon
    from .structure import words_of
    lex = None
    for ev in events:
        if ev.lang != "en":
            continue
        for side in ("source", "target"):
            code = getattr(ev, f"{side}_code") or ""
            if code[:3] in ("IGO", "NGO"):
                continue
            igo = igo_official(doc, getattr(ev, f"{side}_span", None))
            if igo and igo != getattr(ev, ("target" if side == "source" else "source") + "_code"):
                setattr(ev, f"{side}_code", igo)
                setattr(ev, f"{side}_country", None)
        if not ev.source_code and not ev.source_country and 0 <= ev.sentence < len(doc.sentences):
            lex = lex or lexicon("en")
            words = words_of(doc, doc.sentences[ev.sentence], lex)
            i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
            if i is not None:
                c = subject_nationality(words, i, _clause_start(words, i))
                if c:
                    ev.source_country = ev.source_code = c
        c = place_target(doc, ev, place_within)
        if c:
            role = ev.target_code or ""
            ev.target_country, ev.target_code = c, c + role
        if domestic_crowd and ev.root == "14" and not ev.source_code and not ev.source_country and ev.target_country:
            # a crowd of unknown nationality protesting against / in a country: its own civilians
            ev.source_country, ev.source_code = ev.target_country, ev.target_country + "CVL"


def apply_object_owner(ev, words, i: int, last: int, ce: int) -> None:
    """Hook for the event loop of ``_code_sentence`` (English verbs whose SVO target is None):
    the owner of the object noun phrase (:func:`object_owner`) becomes the target, unless it is
    the source itself."""
    if ev.target_code or ev.target_country:
        return
    own = object_owner(words, i, last, ce)
    if own is not None and own[0] != ev.source_code and (own[1] is None or own[1] != ev.source_country):
        ev.target_code, ev.target_country = own
