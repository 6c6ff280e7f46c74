"""A diplomat told to leave, told with the diplomat as subject (English, session 27 B15EN2).

"Foreign Minister Urmas Reinsalu said Russia's ambassador would also have to leave Estonia on Feb. 7", "the
Belarusian envoy was ordered to leave the country within 48 hours": an expulsion (166) whose expeller is the country
left, not the diplomat who leaves.  ``manual_en.tsv`` has "leave" as 166 only with cond ``envoy_subject``: read when
an obligation is right before it (have / has / had to; a passive participle such as ordered / given … to, after a
form of "be") and a diplomat noun a few words before that (:func:`maybe`; words in ``envoy_leave_en.tsv``).  The
subject read as the source is the diplomat: :func:`apply` makes it the target and gives the source the country left
(a country named as the object, else the host as for a passive summons: another state of the sentence, a place, the
dateline).  Active orders ("ordered the ambassador to leave") are the "ordered" row's.  Rule marker ``:envoy-leave``.
"""
from __future__ import annotations

from . import passive_summons
from .structure import copy_side, kind_sets

_KINDS = ("envoy", "must", "have", "ordered", "be", "stop", "det", "country")
_BOUNDARY = frozenset((".", ";", ":", "?", "!"))


def _obligation(words, i: int) -> int:
    """The index where the obligation before "leave" at ``i`` begins, or -1."""
    s = kind_sets("envoy_leave_en.tsv", _KINDS)
    if i < 1:
        return -1
    if words[i - 1].norm in s["must"]:
        return i - 1
    if words[i - 1].norm != "to" or i < 2:
        return -1
    if words[i - 2].norm in s["have"]:
        return i - 2
    for k in range(i - 2, max(0, i - 6), -1):   # "was ordered to", "were given 72 hours to"
        if words[k].norm in s["ordered"]:
            return k if k > 0 and any(words[x].norm in s["be"] for x in range(max(0, k - 3), k)) else -1
        if words[k].punct:
            return -1
    return -1


def maybe(words, i: int) -> bool:
    """Is "leave" at ``i`` a diplomat's obliged departure (an obligation before it, a diplomat noun before that)?"""
    k = _obligation(words, i)
    if k < 0:
        return False
    s = kind_sets("envoy_leave_en.tsv", _KINDS)
    if i + 2 < len(words) and words[i + 1].norm in s["det"] and words[i + 2].norm not in s["country"]:
        return False   # "leave the meeting early", "leave their homes": no country left
    for x in range(k - 1, max(-1, k - 9), -1):
        if (words[x].punct and words[x].text in _BOUNDARY) or words[x].norm in s["stop"]:
            return False   # "the ambassador said he would have to leave": the noun is the speaker's
        if words[x].norm in s["envoy"]:
            return True
    return False


def _dated_now(doc, ev, events) -> None:
    """"… would have to leave Estonia on Feb. 7": the day after the publication is the departure's, a deadline; the
    expulsion is the obligation stated, dated as the report before it in the sentence, else the publication day; a
    "would" / "will have to" of the report is the order itself (asserted, as "was ordered to leave")."""
    if ev.modality == "future":
        ev.modality = "asserted"
    pub = (doc.published_at or "")[:10]
    if not pub or not ev.date or ev.date[:10] <= pub:
        return
    told = [c for c in events if c is not ev and c.sentence == ev.sentence and c.trigger_end <= ev.trigger_start
            and c.date and c.date[:10] <= pub]
    if told:
        c = told[-1]
        ev.date, ev.date_end, ev.date_granularity = c.date, c.date_end, c.date_granularity
        ev.date_basis, ev.date_timeref_id = c.date_basis, c.date_timeref_id
    else:
        ev.date, ev.date_end, ev.date_granularity = pub, None, "day"
        ev.date_basis, ev.date_timeref_id = "publication", None


def _passive_order(doc, ev) -> bool:
    """"The Iranian envoy was ordered to leave the country": the "ordered" row's expulsion told in the passive has the
    diplomat as target and no expeller; the source is the host (as :func:`apply`).  True when handled."""
    s = kind_sets("envoy_leave_en.tsv", _KINDS)
    words = ev.trigger.lower().split()
    before = doc.text[max(ev.sentence_start, ev.trigger_start - 8):ev.trigger_start].lower().split()
    if len(words) < 2 or words[0] not in s["ordered"] or words[-1] != "leave" or not before \
            or before[-1] not in s["be"]:
        return False
    if ev.source_code or not ev.target_country:
        return True
    actor, where, tag = passive_summons.host(doc, ev, ev.target_country, ev.trigger_end)
    if tag:
        passive_summons.fill_source(ev, actor, where)
    ev.rule += f":envoy-leave-passive-{tag or 'none'}"
    return True


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("166",))


def apply(doc, events) -> None:
    """The expelling country as source, the diplomat as target, for each ``envoy_subject`` expulsion."""
    for ev in events:
        if ev.lang != "en" or ev.cameo not in ACTS_ON or not ev.trigger or ":envoy-leave" in ev.rule:
            continue
        if _passive_order(doc, ev):
            continue
        if ev.trigger.split()[0].lower() != "leave":
            continue
        envoy_country = ev.source_country
        if not envoy_country:
            continue
        _dated_now(doc, ev, events)
        left = ev.target_country if ev.target_country and ev.target_country != envoy_country \
            and ev.target_span and ev.target_span[0] > ev.trigger_start else None
        if left:
            src = ev.target_actor_id, ev.target_code, ev.target_country, ev.target_role, ev.target_span
            copy_side(ev, "target", ev, "source")
            ev.source_actor_id, ev.source_code, ev.source_country, ev.source_role, ev.source_span = src
            ev.rule += ":envoy-leave-named"
            continue
        actor, where, tag = passive_summons.host(doc, ev, envoy_country, ev.trigger_end)
        copy_side(ev, "target", ev, "source")
        passive_summons.fill_source(ev, actor, where)
        ev.rule += f":envoy-leave-{tag or 'none'}"
