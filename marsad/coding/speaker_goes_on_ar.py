"""The speaker's own next act after reported speech (Arabic, session 46, lead).

"قالت الوزيرة إن الوضع في غزة تدهور بشدة، وانتقدت الحكومة الإسرائيلية …": Arabic reported speech runs to the end of
the sentence, but a verb joined by و after a comma that agrees with the speech verb (قالت: feminine singular) and not
with the subject that opens the reported clause (الوضع: masculine) cannot go on with that subject: it is the speaker's
next act, told by the narrator, not part of what was reported.  Only where the two genders tell it apart -- with the
same gender ("قالت الوزارة إن قواتها قصفت …، ودمرت …") the joined verb may be the reported subject's and is left to
the content.

The reported subject's gender is read from the clause's opening word only: an attached pronoun (إنه، إنها، إنهم) or
a definite noun (ال…ة / ال…ات feminine, ال… otherwise masculine; a sound masculine plural ال…ون / ال…ين plural).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .agreement import masc_verb

_PRONOUN_GENDER = {"انه": "m", "انها": "f", "انهم": "p", "بانه": "m", "بانها": "f", "بانهم": "p"}
_COMMAS = ("،", ",")


def verb_gender(norm: str) -> str:
    """m / f / p for a perfect verb's subject (masculine singular, feminine singular, plural)."""
    if len(norm) > 4 and norm.endswith("وا"):
        return "p"
    return "m" if masc_verb(norm) else "f"


def _noun_gender(norm: str) -> str:
    if norm[:1] in ("و", "ف") and norm[1:3] == "ال":
        norm = norm[1:]
    if not norm.startswith("ال") or len(norm) < 5:
        return ""
    if norm.endswith(("ون", "ين")) and len(norm) >= 7:
        return "p"
    return "f" if norm.endswith(("ه", "ات")) else "m"


def reported_gender(words, c0: int) -> str:
    """The gender of the reported clause's subject, from its opening word at ``c0`` ('' when not told)."""
    if c0 >= len(words):
        return ""
    w = words[c0].norm
    if w in _PRONOUN_GENDER:
        return _PRONOUN_GENDER[w]
    if w in ("ان", "بان") and c0 + 1 < len(words):
        return _noun_gender(words[c0 + 1].norm)
    if c0 > 0 and words[c0 - 1].norm in ("ان", "بان"):
        return _noun_gender(w)
    return ""


def goes_on(words, quote, i: int, c0: int) -> bool:
    """Is the verb at ``i`` (joined by و after a comma inside the indirect quote ``quote``, whose content opens at word
    ``c0``) the speaker's own next act?"""
    if quote.direct or i < 2 or words[i - 1].text not in _COMMAS or not quote.cue:
        return False
    own = verb_gender(words[i].norm)
    if own != verb_gender(normalize(quote.cue)):
        return False
    told = reported_gender(words, c0)
    return bool(told) and told != own
