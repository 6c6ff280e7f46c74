"""A crowd noun's long partitive subject (session 22, DETP; issue #7): "وقال شهود إن الآلاف من المتظاهرين من طلاب
الجامعات وعمال مصانع النسيج في المدينة تدفقوا إلى الشوارع".  A self-frame crowd noun (متظاهرون، محتجون، معتصمون:
``manual_ar.tsv``) is a protest when a movement / gathering verb of its row follows within 6 words (the noun's object
window, ``events._find_obj``); a من-phrase naming who the crowd were (من طلاب …، من أبناء …) pushes the verb beyond it.

Here the window reaches :data:`LONG` words when the word right after the noun opens such a phrase (kind ``opener`` in
``partitive_crowd_ar.tsv``) and stops early at a word that ends the phrase: a punctuation mark, a word with a ``stop``
cue (a relative pronoun, a complement, a background preposition, a speech verb, a time word) or a subordinator of
kind ``word`` (عندما، حين، فيما …; a parenthesised abbreviation is no end: "supporters of the Justice Party (JP) stormed", session 30): the verb after it belongs to another clause, or a verb trigger that is not one of the row's own object words (another clause's verb:
"من أنصار الحزب اعتقلتهم الشرطة")."""
from __future__ import annotations

from .structure import kind_sets

SHORT = 7    # the noun's usual forward window (events._find_obj: i + 7)
LONG = 13    # with a من-phrase after the noun: the verb may stand 12 words after it


def _sets() -> dict:
    return kind_sets("partitive_crowd_ar.tsv", ("opener", "stop", "word"))


def window(words, i: int, e, lex) -> int:
    """The end (exclusive) of the forward object search for the self-frame noun ``words[i]`` of trigger row ``e``:
    ``i + SHORT`` unless a من-phrase follows the noun; then up to ``i + LONG``, ending before the first word that ends
    the phrase."""
    n = len(words)
    hi = i + SHORT
    if e.frame != "self" or i + 1 >= n:
        return hi
    sets = _sets()
    if words[i + 1].norm not in sets["opener"]:
        return hi
    stops, ends = sets["stop"], sets["word"]
    for j in range(i + 2, min(n, i + LONG)):
        x = words[j]
        own = x.norm in e.obj or any(c in e.obj for c in lex.candidates(x.norm))
        if own:
            return max(hi, j + 1)
        if (x.punct and x.text not in "()") or x.norm in ends or any(c in stops for c in x.cue) or any(t.kind == "verb" for t in lex.lookup(x.norm)):
            return hi
    return hi
