"""What a caller did during the call told before (session 32).

"وتلقى أمير قطر … اتصالا هاتفيا من أمير الكويت …، دعاه فيه إلى إتاحة الفرصة": a verb whose object is a pronoun
(دعاه، أبلغه، طالبه) followed by فيه / خلاله ("in it", "during it": the call) is done by the caller to the one called.
An Arabic event with no source whose trigger word carries a third-person object suffix and is followed by a word of
``call_clause_ar.tsv`` kind ``during``, after a phone call or meeting (a mutual 04x event of two actors) earlier in its
sentence, takes the caller as source and the other as target: the one after من when the call was received (a word of
cue ``receive`` before the call noun: تلقى), else the call's subject.  Rule marker ``:call-clause``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import copy_side, get_lexicon, kind_sets

_SUFFIXES = ("ه", "ها", "هم", "هما")
_WORD = re.compile(r"[^\s،,.؛;:]+")
_MARKS = re.compile("[\u0640\u064b-\u0652]")   # tatweel and short vowels, read past to the word's last letter


def apply(doc, events) -> None:
    during = None
    for ev in events:
        if ev.lang != "ar" or ev.source_code or ":call-clause" in ev.rule:
            continue
        word = doc.text[ev.trigger_start:ev.trigger_end].split()
        if not word or not normalize(word[0]).endswith(_SUFFIXES) or _MARKS.sub("", word[0]).endswith("ة"):
            # (review32: normalize folds ة into ه, so a noun in ة read as a pronoun object: "وجهود الوساطة فيها"
            # -- mediation in the crisis, no act of the caller toward the one called)
            continue
        if during is None:
            during = kind_sets("call_clause_ar.tsv", ("during",))["during"]
        nxt = _WORD.search(doc.text, ev.trigger_start + len(word[0]), ev.sentence_end)
        if nxt is None or normalize(nxt.group()) not in during:
            continue
        calls = [p for p in events if p is not ev and p.root == "04" and p.sentence == ev.sentence
                 and p.trigger_end <= ev.trigger_start and p.source_code and p.target_code and ":noun:" in p.rule]
        if not calls:
            continue
        call = calls[0]   # (the first of the pair: source = the subject of the clause, target = the partner)
        lex = get_lexicon("ar")
        before = doc.text[ev.sentence_start:call.trigger_start].split()
        received = any("receive" in lex.cue(normalize(w)) for w in before)
        caller, called = ("target", "source") if received else ("source", "target")
        copy_side(ev, "source", call, caller)
        copy_side(ev, "target", call, called)
        ev.rule += ":call-clause"
