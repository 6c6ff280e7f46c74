"""The author of a condemned attack is the condemnation's target (Arabic, session 15 AR11).

"قال الجيش في بيان إن طائرة مسيرة تركية قصفت سيارة …، ودان "الاعتداء المتكرر على السيادة العراقية"": the object of
the condemnation (root 11) is an attack noun (a noun event of roots 18-20 right after the verb, an opening quote
mark between allowed) with no author of its own; the actor after على (the attacked sovereignty, land) was read as
the target.  The attack it names is the nearest earlier asserted attack with a source of another country than the
condemner, in the same sentence or at most :data:`BACK` sentences before: its source becomes the target (marker
``:tgt-author``), and the noun, a retelling of that attack, is no new event.  With no such attack the
reading is unchanged ("ودانت الاعتداء على الأراضي الأردنية" after an unattributed shell stays as it was).  The
English counterpart is ``english.object_author``.
"""
from __future__ import annotations

from .structure import copy_side

BACK = 3          # sentences
GAP = 3           # characters between the verb and the noun (a space, a quote mark)
NEAR = 4          # characters between the condemnation's subject and its attack noun (own_author)
REL_NEAR = 48     # characters to an attack verb of a relative clause on the condemned noun (own_author)
_REL = ("الذي", "التي")


def _relative_after(text: str, start: int, verb: int) -> bool:
    """Do the words from ``start`` to the verb at ``verb`` end with a relative pronoun, after at most five words
    (the condemned noun and its adjectives, a time adverb before them: "الحرب التي تشنها روسيا"، "أمس العملية العسكرية التي")?"""
    ws = text[start:verb].split()
    return 2 <= len(ws) <= 6 and ws[-1] in _REL
_ATTACK = frozenset(["18", "19", "20"])


def _in_relative(text: str, e) -> bool:
    """Is the event's trigger the verb of a relative clause (its word right after الذي / التي) or the noun of a
    response phrase ("ردا على الغارات")?"""
    ws = text[max(0, e.trigger_start - 24):e.trigger_start].split()
    return bool(ws) and (ws[-1] in _REL or (ws[-1] in ("على", "علي") and len(ws) > 1 and ws[-2] in _REPLY))


_REPLY = frozenset(("ردا", "رداً", "رد"))


def nearest_attack(ev, events, back: int, accept=None, text: str = ""):
    """The attack a condemnation ``ev`` names back: the nearest asserted, not negated event of roots 18-20 told before
    its trigger, in its sentence or at most ``back`` sentences before, by another side (not ``ev``'s source code, not
    its source country), for which ``accept(e)`` holds.  Shared by the Arabic rule here and English
    ``english._attack_on`` / ``_attack_back``.  With ``text``: an attack told in a relative clause or a response
    phrase ("ردا على الضربات التي شنتها الولايات المتحدة") is the reason of the reported attack, not it, and is taken
    only when no other attack is there (session 45)."""
    if text:
        told = [e for e in events if not _in_relative(text, e)]
        ante = nearest_attack(ev, told, back, accept)
        return ante if ante is not None else nearest_attack(ev, events, back, accept)
    ante = None
    for e in events:
        if e is ev or e.root not in _ATTACK or e.negated or e.modality != "asserted" \
                or not (ev.sentence - back <= e.sentence <= ev.sentence) or e.trigger_start >= ev.trigger_start \
                or e.source_code == ev.source_code or (e.source_country and e.source_country == ev.source_country):
            continue
        if (ante is None or e.trigger_start > ante.trigger_start) and (accept is None or accept(e)):
            ante = e
    return ante


# the roots / codes ``own_author`` and ``apply`` act on: the events stage calls them only for a document with one
# (s42 SPD42)
ACTS_ON = frozenset(("11",))


def own_author(events: list, text: str = "") -> None:
    """(session 36) "أدانت مصر الغارات التي شنتها إسرائيل على غزة"، "أدان الأردن الهجوم الذي نفذته جماعة مسلحة":
    the condemned attack noun, right after the condemnation's subject (at most :data:`NEAR` characters), carries its
    own author (a relative clause or a genitive gave the noun event a source), or a relative clause on the condemned
    noun tells the attack with its author ("أدانت الحكومة الحرب التي تشنها روسيا"): the condemnation (root 11, a verb) with
    no target -- or with the attack word itself misread as a force ("الغارات" MIL) -- targets that author, when it is
    another side than the condemner.  Marker ``:tgt-own-author``."""
    for ev in events:
        if ev.lang != "ar" or ev.root not in ACTS_ON or ":verb:" not in ev.rule or not ev.source_code:
            continue
        after = (ev.source_span[1] if ev.source_span and ev.source_span[0] > ev.trigger_end else ev.trigger_end)
        noun = next((n for n in events if n.sentence == ev.sentence and n.root in _ATTACK and n.source_code
                     and (n.source_country or n.source_code) not in (ev.source_country, ev.source_code)
                     and ((":noun:" in n.rule and 0 < n.trigger_start - after <= NEAR)
                          or (":verb:" in n.rule and text and 0 < n.trigger_start - after <= REL_NEAR
                              and _relative_after(text, after, n.trigger_start)))), None)
        if noun is None:
            continue
        if ev.target_code and not (ev.target_span and ev.target_span[0] <= noun.trigger_start < ev.target_span[1]):
            continue   # (a target of its own that is no misread of the attack word)
        copy_side(ev, "target", noun, "source")
        ev.rule += ":tgt-own-author"


def apply(events: list, text: str = "") -> list:
    drop: set = set()
    for ev in events:
        if ev.lang != "ar" or ev.root not in ACTS_ON or ":verb:" not in ev.rule or not ev.source_country \
                or (ev.target_country and ev.target_country != ev.source_country):
            continue
        noun = next((n for n in events if n.sentence == ev.sentence and n.root in _ATTACK and ":noun:" in n.rule
                     and 0 < n.trigger_start - ev.trigger_end <= GAP and not n.source_code), None)
        if noun is None:
            continue
        ante = nearest_attack(ev, events, BACK, lambda e: bool(e.source_code and e.source_country), text)
        if ante is None:
            continue
        copy_side(ev, "target", ante, "source")
        ev.target_span = None
        if ":tgt-author" not in ev.rule:
            ev.rule += ":tgt-author"
        drop.add(id(noun))
    return [e for e in events if id(e) not in drop] if drop else events
