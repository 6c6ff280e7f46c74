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


_SIDES_REACH = 8   # words after the verb where its على may stand behind the parties ("واتفقت الحكومة والحركة على")
_NOUN_GAP = 3   # words between the على and the content noun (ضرورة، أهمية, a quantifier)
_QUOTES = frozenset(('"', "«", "“"))   # a quotation mark opening the content ('اتفقا على "وقف فوري لإطلاق النار"')


_TRUCE = "087"


def _sides_fit(e, pair: set) -> bool:
    """Has the noun event ``e`` the verb's pair of sides -- or, a truce noun (session 50, prec50), one of them or
    none ("اتفقت الوزارة والقوات على وقف شامل لإطلاق النار" read with no sides on the noun)?  Other nouns with a side
    missing keep their event: a headline's act may take that telling's date ("اتفقتا على فتح الأجواء")."""
    sides = {c for c in (e.source_code, e.target_code) if c}
    return sides == pair if not e.cameo.startswith(_TRUCE) else sides <= pair


def told_content(doc, events: list) -> list:
    """The content noun of an Arabic agreement verb told with it (session 42): "اتفقا على وقف لإطلاق النار" -- the
    ceasefire the two agreed on is the agreement's content, one happening with it (the gold anchors it as the
    agreement's ``also``), not a second act of the pair.  A noun event right after the verb's على (at most
    :data:`_NOUN_GAP` skipped words) in the same sentence, of the same pair of sides as an agreement event of the verb
    (either direction), is dropped and its span joins the verb's ``also_spans``.  Session 50 (prec50): also a truce
    noun with one side of the pair or none (:func:`_sides_fit`), and after a quotation mark opening the content."""
    verbs = [e for e in events if e.lang == "ar" and e.root == "03" and ":verb:" in e.rule and e.source_code
             and e.target_code]
    if not verbs:
        return events
    forms = kind_sets("agreement_content_ar.tsv", ("prep", "skip"))
    drop: set = set()
    for v in verbs:
        text = doc.text[v.trigger_end:min(v.sentence_end, v.trigger_end + 80)]
        words = text.split()
        at = next((i for i, w in enumerate(words[:_SIDES_REACH]) if normalize(w) in forms["prep"]), None)
        if at is None:
            continue
        pair = {v.source_code, v.target_code}
        for e in events:
            if e is v or ":noun:" not in e.rule or e.sentence != v.sentence or e.trigger_start < v.trigger_end \
                    or not _sides_fit(e, pair):
                continue
            before = doc.text[v.trigger_end:e.trigger_start].split()
            if at < len(before) <= at + 1 + _NOUN_GAP and all(
                    w in _QUOTES or normalize(w) in forms["skip"] for w in before[at + 1:]):
                drop.add(id(e))
                if (e.trigger_start, e.trigger_end) not in v.also_spans:
                    v.also_spans.append((e.trigger_start, e.trigger_end))
    return [e for e in events if id(e) not in drop] if drop else events
