"""A verbal noun of a reached outcome ("التوصل إلى اتفاق") is an event only where a report names it (session 17 ARG):
after تم / يتم ("تم التوصل"، "لم يتم التوصل"), after a denial verb ("نفى الوزير التوصل إلى اتفاق") or an announcing /
light verb of its clause (cue ``coop_anchor``: أعلن، أعلنت …).  Elsewhere it is the goal or the condition of another act
("قبل التوصل إلى اتفاق"، "ضرورة التوصل"، "تسعى إلى التوصل"), no event of its own."""
from __future__ import annotations


def reported(words, i: int, cs: int, trig_idx) -> bool:
    """Is the outcome noun at ``i`` named by a report: a reporting word before it in its clause (≤ 6 words back, no
    punctuation, no complementizer and no other trigger between; the noun itself carries no proclitic ل / ب)?"""
    w = words[i]
    if w.norm[:1] in ("ل", "ب") or w.prefix[-1:] in ("ل", "ب"):
        return False
    for k in range(i - 1, max(cs, i - 7) - 1, -1):
        x = words[k]
        if x.punct or "comp" in x.cue:
            return False
        if "pass_aux" in x.cue or "neg_speech" in x.cue or "coop_anchor" in x.cue:
            return True
        if k in trig_idx:
            return False
    return False
