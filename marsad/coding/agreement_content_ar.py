"""Two agreements of one pair on other things are two acts (session 21, B8AR).

"وقالت الوزارة في بيان إن الوزيرين اتفقا على تشكيل لجان …" then "وأجرى الرئيس اللبناني … اتصالا هاتفيا بالرئيس
السوري …، واتفقا على وقف إطلاق النار": the same pair (LBNGOV / SYRGOV), the same code (030) and the same day, so
``merge_repeats`` kept the first and dropped the second as the same happening told again -- but what the parties agree
on (the word after على: تشكيل / وقف) differs, and so does the act.  An Arabic agreement verb (root 03, or 057) whose
content differs from that of the earlier event of its key is another act, not a repeat.  Same content ("اتفقا على
وقف إطلاق النار" in the lead and again in the body) or no على-content on either side: a repeat as before.
Words: ``agreement_content_ar.tsv`` (the preposition; words passed over after it: ضرورة، أهمية)."""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets

_REACH = 4   # words after the verb where its على may stand ("اتفقا أمس على", "اتفق الجانبان على")


def _content(doc, e):
    """The first content word (normalised, without ال / و / ب) after the على of the agreement verb ``e``, or None."""
    forms = kind_sets("agreement_content_ar.tsv", ("prep", "skip"))
    words = doc.text[e.trigger_end:min(e.sentence_end, e.trigger_end + 120)].split()
    for i, w in enumerate(words[:_REACH]):
        if normalize(w) in forms["prep"]:
            for x in words[i + 1:i + 4]:
                n = normalize(x.strip("،,.؛:\"«»"))
                if n in forms["skip"]:
                    continue
                for p in ("وال", "بال", "ال", "و"):
                    if n.startswith(p) and len(n) - len(p) >= 3:
                        n = n[len(p):]
                        break
                return n or None
            return None
        if w[-1:] in "،,.؛:":
            return None
    return None


def another_content(doc, e, first) -> bool:
    """Is the Arabic agreement event ``e`` another act than ``first`` (of the same merge key): both agreement verbs
    of other sentences whose على-contents are known and differ?"""
    if e.lang != "ar" or e.sentence == first.sentence or ":verb:" not in e.rule or ":verb:" not in first.rule:
        return False
    if not (e.root == "03" or e.cameo == "057"):
        return False
    a, b = _content(doc, e), _content(doc, first)
    return a is not None and b is not None and a != b
