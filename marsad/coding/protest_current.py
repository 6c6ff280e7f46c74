"""Arabic protest nouns whose time the learned filter misjudges (session 11, AR6).

The report-vs-reference filter (:mod:`marsad.coding.detect`) judges a protest noun by its sentence alone, so
two readings that the rest of the document settles go wrong:

* "وكانت الشرطة الأردنية قد فرقت أمس مظاهرة قرب السفارة": the protest is the object word of a current
  act (the dispersal, asserted, not historical, its trigger span holding the noun): it happened too.  Not a
  crowd noun (":implied:crowd": "لتفريق المتظاهرين"): the dev gold's annotators code such a sentence as the
  police action, not as a protest (five "easy no" rows turned positive when it was allowed).  The
  noun takes the act's time (``historical`` False; rule tag ``:obj-current``).
* "وفي البصرة، أغلق محتجون غاضبون الطريق": an indefinite crowd noun in the nominative (-ون: the subject, not
  the -ين of an object or a genitive) right after a word that opens its clause (the sentence, or after
  punctuation, with و/ف at most) is the subject of a verb-first clause, a report of what the crowd did
  (``historical`` False; rule tag ``:vso-crowd``), unless that verb is itself another event's trigger
  ("هاجم متظاهرون السفارة": an attack by the crowd; a "difficult no" row of the dev gold).
* "تظاهر آلاف العراقيين … ثم أطلقت الشرطة الغاز على مئات المتظاهرين": a crowd noun that is only another
  event's argument (rule ``:implied:crowd``) and that the filter rejected, after a current protest reported
  by a verb earlier in the document, names that protest's participants, not a second protest: no event.

Both act only on events the filter itself marked (``:clf-``), so a protest that is background by its own
words (``:ref``, a definition cue, an old date) is untouched.
"""
from __future__ import annotations


def _current(ev) -> bool:
    return not ev.historical and not ev.negated and ev.modality == "asserted"


def _vso_crowd(doc, ev, evs) -> bool:
    if ":noun:self" not in ev.rule or ev.sentence >= len(doc.sentences):
        return False
    sent = doc.sentences[ev.sentence]
    toks = doc.tokens[sent.token_start:sent.token_end]
    k = next((j for j, t in enumerate(toks) if t.start == ev.trigger_start), None)
    if k is None or k == 0 or toks[k].end != ev.trigger_end:
        return False
    t, v = toks[k], toks[k - 1]
    if t.prefix or t.suffix or t.has_article or not t.norm.endswith("ون") or len(t.norm) < 5:
        return False
    if v.prefix not in ("", "و", "ف") or v.suffix or v.has_article or not v.norm[:1].isalpha():
        return False
    if any(o is not ev and o.trigger_start == v.start for o in evs):
        return False   # "هاجم متظاهرون السفارة": the crowd's act is that event (an attack), no protest report
    return k == 1 or not toks[k - 2].norm[:1].isalpha()


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("14",))


def apply(doc, evs: list) -> list:
    """Arabic events of one document (in order) -> the same list, crowd duplicates left out."""
    if not any(ev.root in ACTS_ON and ev.rule.endswith(":clf-") for ev in evs):
        return evs
    drop = set()
    first_verb = None   # the trigger start of the first current protest reported by a verb
    for ev in evs:
        if ev.root == "14" and ":verb:" in ev.rule and _current(ev):
            if first_verb is None or ev.trigger_start < first_verb:
                first_verb = ev.trigger_start
    for k, ev in enumerate(evs):
        if ev.root != "14" or not ev.historical or not ev.rule.endswith(":clf-") or ev.lang != "ar":
            continue
        host = None if ":implied:crowd" in ev.rule else next((o for o in evs if o is not ev and o.sentence == ev.sentence and o.root != "14" and _current(o)
                     and o.trigger_start <= ev.trigger_start and ev.trigger_end <= o.trigger_end), None)
        if host is not None:
            ev.historical = False
            ev.rule += ":obj-current"
            continue
        if _vso_crowd(doc, ev, evs):
            ev.historical = False
            ev.rule += ":vso-crowd"
            continue
        if ":implied:crowd" in ev.rule and first_verb is not None and first_verb < ev.trigger_start:
            drop.add(k)
    if not drop:
        return evs
    return [ev for k, ev in enumerate(evs) if k not in drop]
