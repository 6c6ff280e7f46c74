"""Quote stage: reported and direct speech -> ``doc.quotes`` (speaker, cue, content spans).

Arabic: ``قال/أكد/أوضح/أضاف/صرح/أعلن X إن/أن …`` (VSO: the speaker sits between the cue and the
complementizer), ``نقلت وكالة … عن X قوله إن …`` (the speaker follows عن), ``وأضاف أن …`` /
``لكنه قال إن …`` (no speaker: the previous speaker of the article), ``X: …`` (caption / headline
style), direct quotes in «» or "".  English: ``X said (that) …``, ``…, X said``, ``according to X``.
Cue words are data (``marsad/data/coding/cues_*.tsv``, type ``speech``).
"""
from __future__ import annotations

import hashlib

from ..coding import continued_quote, fronted
from ..coding.agreement import masc_verb
from ..coding.english import JOINED_SPEECH_ADVERBS
from ..coding.structure import (PUNCT_FINAL, actor_args, en_new_verb, form_set, get_lexicon, sentence_flags,
                                sentence_lang, words_of)
from ..lang.normalize import normalize
from ..model import Document, Quote, stable_id  # noqa: F401  (quote ids == stable_id(doc.id, "q", cue, content))

_sha1 = hashlib.sha1
_QUOTE_OPEN = frozenset('"«“\u201e')   # a quoted title before a headline colon (session 25, OTH8)
_QUOTE_CLOSE = frozenset('"»”')


def _qid(doc_id: str, a: int, b: int) -> str:
    """``stable_id(doc_id, "q", a, b)`` without its generic argument handling (the same string)."""
    return _sha1(f"{doc_id}\x1fq\x1f{a}\x1f{b}".encode("utf-8")).hexdigest()[:16]


SKIP_KINDS = ("ad", "photo_credit", "source_line", "dateline")
_FILLER_AR = frozenset(["ايضا", "كذلك", "اليوم", "امس", "بدوره", "بدورها", "من", "جهته", "جهتها", "جانبه",
                        "جانبها", "الي", "في", "ذلك", "هذا", "السياق", "صحفي", "تصريحات", "تصريح", "بيان",
                        "له", "لها", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                        # (session 51 armiss51) the setting of the telling: "، ونفى خلال اللقاء أن …"، "في كلمة"
                        "خلال", "اللقاء", "الاجتماع", "كلمه", "مؤتمر", "المؤتمر", "مقابله", "حديث"])
# English subject pronouns stand for the previous speaker ("He added that …"); "it"/"they" may be
# anything, so they are not taken
_FILLER_EN = frozenset(["also", "on", "today", "yesterday", "in", "a", "the", "statement", "that",
                        "he", "she", "later", "further"])
_PARENTHETICAL_EN = frozenset(("who", "which", "speaking", "addressing", "writing",   # ", who asked not to be named, said"
                               "flanked", "accompanied", "surrounded", "standing", "visiting", "appearing"))
# (session 39: "Padrino Lopez, flanked by the military high command, said …")
# words of such a parenthetical between the speaker and "said" (session 26 EN2: "Milei, speaking to a radio station in
# Buenos Aires on Monday night, said …" has 11)
_PARENTHETICAL_WORDS = 16
_OPEN_Q = "«\"“"
_CLOSE_Q = "»\"”"


_OPENING = 60   # characters: a person actor starting this far into the sentence before opens it


def _opening_person(doc, si: int):
    """(actor id, start, end) of the one person actor that opens sentence ``si - 1`` (within its first
    :data:`_OPENING` characters: "Mexican President Andres Manuel Lopez Obrador, who …, called it …"), else None."""
    if si < 1:
        return None
    prev = doc.sentences[si - 1]
    start = prev.start
    first = doc.text[prev.start:prev.end].split()[:1]
    if first and first[0].lower() in _SUBJ_PRON_EN:
        # (session 54 GAPEN54) 'He said … that Malema's views were not policy.  Most victims …, he said.': a
        # sentence opened by a pronoun has that pronoun for its subject; a person named later in it is in its
        # predicate or content, no opener (the pronoun's speaker, the last one, goes on)
        return None
    if first and first[0].endswith("ing") and first[0][:1].isupper():
        # "Speaking to supporters from a balcony of the palace, Maduro accused …": a fronted participle phrase before
        # the subject (session 39)
        comma = doc.text.find(",", prev.start, min(prev.end, prev.start + 160))
        if comma > 0:
            start = comma + 1
    found = []
    for a in doc.actors:
        if a.kind != "person":
            continue
        for s0, e0 in a.spans:
            if start <= s0 < start + _OPENING:
                found.append((a.id, s0, e0))
                break
    found.sort(key=lambda f: f[1])
    if len(found) > 1:
        # (session 47) "Foreign Minister X criticised Vance's tone …": a person after a verb of the opening person
        # (a lower-case word between, not "and" / "or") is in its predicate, no second opener
        found = found[:1] + [f for f in found[1:] if not any(
            w[:1].islower() and w.strip(",") not in ("and", "or") for w in doc.text[found[0][2]:f[1]].split())]
    if len(found) == 2 and doc.text[found[0][2]:found[1][1]].strip() == ",":
        # (session 20, B7EN) "Colombia's foreign minister, Luis Gilberto Murillo, said …": a title and the name in
        # apposition are one person; the title (it has the country) speaks
        found = found[:1]
    if len(found) != 1:
        return None
    return found[0]


def _quote_opening(doc, si: int) -> int:
    """``si``, or the sentence a quotation the sentence closes opened in ('Rubio condemned the decision.  "Germany
    gave its spy agency new powers.  That is not democracy," he wrote': the person opening the sentence before the
    quotation speaks, not an earlier speaker): each sentence before it that opens with a quote mark and closes none
    belongs to the quotation (session 46 GAPEN46)."""
    k = si
    while k > 1:
        prev = doc.sentences[k - 1]
        body = doc.text[prev.start:prev.end]
        if not body or body[0] not in _OPEN_Q or any(c in body[1:] for c in _CLOSE_Q):
            break
        k -= 1
    return k


def _names_back(doc, norm: str, last_speaker) -> bool:
    """Is ``norm`` a definite noun (المسؤول، المصدر، الأمير) whose bare or definite form is a word of the last speaker's
    phrase?"""
    bare = norm[1:] if norm[:1] in ("و", "ف") and norm[1:3] == "ال" else norm
    if not bare.startswith("ال") or len(bare) < 5:
        return False
    bare = bare[2:]
    phrase = normalize(doc.text[last_speaker[1]:last_speaker[2]]).split()
    return bare in phrase or "ال" + bare in phrase   # ("الأمير حمزة بن الحسين …  ونفى الأمير أن": the title, s39)


class QuoteStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        if not doc.sentences:
            return doc
        last_speaker = None   # (actor_id, start, end) of the previous quote: pro-drop "وأضاف أن"
        lexicons: dict = {}   # one lexicon look-up per language and document, not per sentence
        carry = None          # the speaker a next quoted sentence goes on with (continued_quote.carry_after)
        opening = None        # (sentence, offset) of an English sentence opening a quotation with no speaker yet
        for si, sent in enumerate(doc.sentences):
            if sent.segment_kind in SKIP_KINDS:
                continue
            lang = sentence_lang(doc, sent)
            lex = lexicons.get(lang)
            if lex is None:
                lex = lexicons[lang] = get_lexicon(lang, self.config)
            made, last_speaker = self._sentence(doc, si, sent, lang, lex, last_speaker)
            if made and opening is not None and opening[0] + len(opening[2]) == si - 1:
                # '"We are asking X to act. We want …," he told reporters': the first sentence is the same quote's;
                # '"S1. S2. S3," said X': the unmarked sentences between too (session 21, B8EN)
                for q in continued_quote.precede(doc, si, sent, opening[1], made, opening[0], opening[2]):
                    q.id = _qid(doc.id, q.cue_start, q.content_start)
                    doc.quotes.insert(len(doc.quotes) - len(made), q)   # (in sentence order)
            pending, opening = opening, None
            if made:
                carry = continued_quote.carry_after(doc, si, sent, made)
            elif carry is not None:
                # '… said: "We seek calm. We will respond …"': a sentence of the same quotation, no speaker of its own
                got = continued_quote.follow(doc, si, sent, carry)
                carry = None
                if got is not None:
                    q, carry = got
                    q.id = _qid(doc.id, q.cue_start, q.content_start)
                    doc.quotes.append(q)
            if not made and carry is None and lang == "en":
                if pending is not None and continued_quote.inside(doc, sent, pending):
                    opening = (pending[0], pending[1], pending[2] + (si,))   # a sentence inside the open quotation
                else:
                    k = continued_quote.opened(doc, sent)
                    opening = (si, k, ()) if k >= 0 else None
        return doc

    def _sentence(self, doc, si, sent, lang, lex, last_speaker):
        """The quotes of one sentence (appended to ``doc.quotes``) and the article's speaker after it."""
        made: list = []
        # the sentence's words and view: only speech cue words open a quote, and an Arabic sentence with
        # none may still be a caption "X: …" (a colon among its first eight words)
        rows, _, speech, endp, _ = sentence_flags(doc, sent, lex)
        if not rows:
            return made, last_speaker
        if not speech and (lang != "ar" or not endp or endp[0] >= 8
                           or not _colon_head(words_of(doc, sent, lex), endp)):
            return made, last_speaker
        words = words_of(doc, sent, lex)
        args = None
        n = len(words)
        i = 0
        # visit the speech cue positions, in order; ``i`` is the first position a cue may still open a
        # quote at (a quote's content is skipped)
        for ci in speech or ():
            if ci < i:
                continue
            i = ci
            w = words[i]
            if "that_speech" in w.cue and not (i + 1 < n and words[i + 1].norm == "that"):
                i += 1   # "deny them the right": a speech verb of its clause only before "that" (s46)
                continue
            q = (_arabic_quote if lang == "ar" else _english_quote)(doc, words, i, n)
            if q is not None and "write_speech" in w.cue and _written_thing(words, i, q[2], n):
                q = None   # "wrote three books on mediation": a thing written, no statement (s26 COSTS)
            if q is None:
                i += 1
                continue
            sp0, sp1, c0, c1, direct = q
            if args is None:
                args = actor_args(doc, sent, words, lang)
            if sp1 > sp0:
                s_start, s_end = words[sp0].start, words[sp1 - 1].end
                spk = _speaker_actor(args, sp0, sp1)
                if spk is None and lang == "ar":
                    subj = _subject_before(args, words, i)
                    if subj is not None:   # "وكانت الولايات المتحدة قد أعلنت الشهر الماضي أنها …"
                        spk, sp0, sp1 = subj.actor, subj.i0, subj.i1
                        s_start, s_end = words[sp0].start, words[sp1 - 1].end
                spk_id = spk.id if spk else None
                if spk_id is None and all(x.norm in (_FILLER_AR if lang == "ar" else _FILLER_EN) or x.punct
                                          for x in words[sp0:sp1]):
                    subj = _clause_subject(args, words, i) if lang == "ar" and i > 0 and words[i - 1].punct \
                        and words[i].norm[:1] in ("و", "ف") and not made else None
                    if subj is not None and subj.actor.country:
                        # "رفضت جبهة البوليساريو القرار، وقالت في بيان إنه …": the clause's subject, not the article's
                        # previous speaker (session 34; as the pro-drop verb with no filler, session 28 B18AR); a
                        # country-less one ("وبثت القوات مقطعا …، وأعلنت في بيان") may name the speaker back: not taken
                        spk_id, s_start, s_end = subj.actor.id, words[subj.i0].start, words[subj.i1 - 1].end
                    else:
                        spk_id, s_start, s_end = last_speaker or (None, w.start, w.start)
                    if lang == "en" and any(x.norm in ("he", "she") for x in words[sp0:sp1]):
                        # (session 19, B6AC) "Mexican President X … called it 'illegitimate'. He denied that …":
                        # the person opening the sentence before, not the last speaker (the Peruvian ministry)
                        got = None
                        pk = next(k for k in range(sp0, sp1) if words[k].norm in ("he", "she"))
                        if pk > 0 and words[pk - 1].norm in ("that", "which", "who") and words[0].text not in _OPEN_Q:
                            # (session 54 GAPEN54) "Tokayev made the request …, blaming the violence on gangs that
                            # he said had been trained abroad": "he" inside a relative clause is the person opening
                            # this sentence
                            got = _opening_person(doc, si + 1)
                            if got is not None and got[1] >= words[pk].start:
                                got = None
                        got = got or _opening_person(doc, _quote_opening(doc, si))
                        if got is not None:
                            spk_id, s_start, s_end = got
                elif spk_id is None and lang == "en" and made and made[-1].speaker_actor_id \
                        and made[-1].content_start <= words[sp0].start and w.end <= made[-1].content_end \
                        and all(x.norm in _SUBJ_PRON_EN or x.norm in _AUX_EN for x in words[sp0:sp1]):
                    # "The government said that it had informed Sweden …": the pronoun inside the earlier quote's
                    # content is its speaker (session 23, B10EN2)
                    spk_id, s_start, s_end = made[-1].speaker_actor_id, made[-1].speaker_start, made[-1].speaker_end
                elif spk_id is None and lang == "en" and _only_it(words[sp0:sp1]):
                    # "It denied that its vessels …" after the coast guard
                    spk_id, s_start, s_end = _it_speaker(doc, si, lex, last_speaker) or (None, s_start, s_end)
                elif spk_id is None and lang == "ar" and sp1 - sp0 == 1 and last_speaker is not None \
                        and _names_back(doc, words[sp0].norm, last_speaker):
                    # (session 19, B6AC) "وقال مسؤول جزائري … ونفى المسؤول أن …": the definite noun names back the
                    # last speaker whose words hold it
                    spk_id, s_start, s_end = last_speaker
            else:
                spk_id, s_start, s_end = last_speaker or (None, w.start, w.start)
                subj = None
                if lang == "en" and not made and i > 0:
                    # "X accused Y of … and (again) denied that …": no earlier quote in the sentence; the joined
                    # speech verb's speaker is the actor opening the sentence, not the article's previous speaker
                    # (session 53, MISS53)
                    subj = _opening_actor_en(args, words, i)
                if lang == "ar" and i > 0 and words[i - 1].punct and made and made[-1].speaker_actor_id \
                        and sent.start <= made[-1].speaker_start and made[-1].speaker_end <= made[-1].cue_start:
                    # (session 18) "لكن مصدرا في وزارة الدفاع التركية قال إن الغارة …، ونفى أن يكون": the earlier
                    # quote's subject stood before its verb in this sentence; the actor after that verb is its content,
                    # not the speaker
                    spk_id, s_start, s_end = made[-1].speaker_actor_id, made[-1].speaker_start, made[-1].speaker_end
                elif lang == "ar" and i > 0:
                    subj = (_earlier_subject(args, words, i) if words[i - 1].punct
                            else _subject_before(args, words, i))
                    if subj is None and (words[i - 1].norm in _WHILE_AR or "subject_on" in words[i - 1].cue):
                        # ("…، لكنه نفى أن": the opening verb's subject, session 25 GAPS)
                        subj = _opening_subject(args, words, i)
                    if subj is None and words[i - 1].punct and words[i].norm[:1] in ("و", "ف") and not made:
                        subj = _clause_subject(args, words, i)   # "…، ردت الوزارة ببيان …، ونفت أن" (s28 B18AR)
                    if subj is None and "renewed_speech" in w.cue:
                        subj = _renewed_subject(args, words, i)   # "جددت الوزارة في بيان تأكيدها أن" (s55)
                    if subj is None and words[i - 1].punct and words[i].norm[:1] == "م":
                        # "من جهته، رفض رئيس المجلس … أي حل …، مؤكدا أن": a participle after a comma shares the
                        # subject of the clause before it, not the article's previous speaker (session 33)
                        subj = _clause_subject(args, words, i)
                if subj is not None:   # "نفى الجيش ذلك، مؤكدا أن": the participle's speaker is the verb's subject
                    spk_id, s_start, s_end = subj.actor.id, words[subj.i0].start, words[subj.i1 - 1].end
            if c1 <= c0:
                i += 1
                continue
            c_start, c_end = words[c0].start, words[c1 - 1].end
            qt = Quote(_qid(doc.id, w.start, c_start), spk_id, s_start, s_end, w.start, w.end,
                       c_start, c_end, direct, si, cue=w.text)
            doc.quotes.append(qt)
            made.append(qt)
            if spk_id is not None:
                last_speaker = (spk_id, s_start, s_end)
            elif lang == "ar" and sp1 > sp0 and _unknown_head(words[sp0].norm):
                # (session 21, B8AR) "وقال متحدث باسم المفوضية إنها …. وأضاف أن …": a speaker phrase headed by a
                # speaker noun (speaker_heads_ar.tsv) that is no known actor is still the one who goes on: the next
                # pro-drop "وأضاف" has an unknown speaker, not the named speaker of an earlier paragraph
                last_speaker = None
            # a later cue in the content ("لافتا إلى أن") opens its own quote; cut this one there
            i = max(i + 1, c0)
        if not made and lang == "ar":
            # caption / headline style "ريابكوف (يسار): هناك أمل …"
            for k in range(min(n, 8)):
                if words[k].text == ":" and k > 0:
                    if words[0].text in _QUOTE_OPEN and words[k - 1].text in _QUOTE_CLOSE:
                        break   # '"بيروت تحت المطر": رواية عن …': a quoted title before the colon, no speaker (s25 OTH8)
                    if args is None:
                        args = actor_args(doc, sent, words, lang)
                    spk = _speaker_actor(args, 0, k)
                    if spk is not None and spk.kind == "country" and k == 1:
                        break   # (session 43) "المغرب: مقتل ثلاثة محتجين …": a country alone before the colon is the
                        # headline's place label, no speaker
                    if spk is not None and k + 1 < n:
                        qt = Quote(_qid(doc.id, words[k].start, words[k + 1].start), spk.id,
                                   words[0].start, words[k - 1].end, words[k].start, words[k].end,
                                   words[k + 1].start, words[-1].end, False, si, cue=":")
                        doc.quotes.append(qt)
                        made.append(qt)
                    break
        # chained quotes in one sentence: each content ends where the next cue starts
        for a, b in zip(made, made[1:]):
            if a.content_end > b.cue_start > a.content_start:
                a.content_end = b.cue_start
        return made, last_speaker


def _only_it(span_words) -> bool:
    return any(x.norm == "it" for x in span_words) and all(
        x.norm == "it" or x.norm in _FILLER_EN or x.punct for x in span_words)


_BODIES = ("organisation", "country")


def _unknown_head(norm: str) -> bool:
    """Is ``norm`` (a speaker phrase's first word) a speaker noun of ``speaker_heads_ar.tsv`` (with or without و / ف)?"""
    heads = form_set("speaker_heads_ar.tsv")
    return norm in heads or (norm[:1] in ("و", "ف") and norm[1:] in heads)


def _it_speaker(doc, si: int, lex, last_speaker):
    """"The China Coast Guard accused the boat of intruding … It denied that …": a speaker that is only "it" (and
    fillers) stands for a body -- an organisation or a country, never a person -- named before it: the subject (the
    first actor under no preposition) of the sentence before, else the previous speaker (session 19, ENX; "it"
    otherwise may be anything, so it is taken only here).  (actor id, start, end) or None."""
    if si > 0 and doc.sentences[si - 1].segment_kind == doc.sentences[si].segment_kind:
        prev = doc.sentences[si - 1]
        pw = words_of(doc, prev, lex)
        first = next((a for a in actor_args(doc, prev, pw, "en") if not a.prep), None)
        if first is not None and _body(doc, first.actor, first.start, first.end):
            return first.actor.id, first.start, first.end
    if last_speaker:
        a = doc.actor(last_speaker[0])
        if a is not None and _body(doc, a, last_speaker[1], last_speaker[2]):
            return last_speaker
    return None


def _body(doc, actor, start: int, end: int) -> bool:
    """An organisation or a country by its kind, or by the head noun of its name (``it_speaker_en.tsv``: guard, navy,
    ministry …; the actor stage may call "the China Coast Guard" a person)."""
    if actor.kind in _BODIES:
        return True
    words = doc.text[start:end].split()
    return bool(words) and words[-1].lower().strip(".,'\"") in form_set("it_speaker_en.tsv")


def _colon_head(words, endp) -> bool:
    """Is there a colon among the sentence's words 1-7 (``endp``: its end-punctuation positions)?"""
    return any(0 < k < 8 and words[k].text == ":" for k in endp)


def _earlier_subject(args, words, i):
    """The actor right after the nearest earlier speech cue of the sentence, before the cue at ``i`` (the
    subject a participle cue such as مؤكدا shares with the verb before it), or None."""
    p = next((k for k in range(i - 1, -1, -1) if "speech" in words[k].cue), None)
    if p is None:
        return None
    return next((g for g in args if p < g.i0 < i), None)


# "…، فيما أعلنت أنها …": the speech verb right after these openers, with no subject of its own, goes on with the
# subject of the verb opening the sentence (the same gender); else it is the article's previous speaker
_WHILE_AR = frozenset(["فيما", "بينما", "حين"])


def _opening_subject(args, words, i):
    """"ورحبت جبهة البوليساريو بالتصريحات، فيما أعلنت أنها استهدفت …": the actor right after the sentence's first
    word (a VSO verb) when that verb and the cue at ``i`` agree in gender (session 12), or None."""
    g = next((g for g in args if g.i0 == 1), None)
    if g is None or g.i1 >= i or words[0].punct or masc_verb(words[0].norm) != masc_verb(words[i].norm):
        return None
    return g


def _clause_subject(args, words, i):
    """(session 28 B18AR) "في المقابل، ردت وزارة الخارجية الإثيوبية ببيان اتهمت فيه القاهرة …، ونفت أن …": a speech
    verb joined by و after a comma, with no subject and no speech cue of a subject before it in its sentence, goes on
    with the subject of the nearest clause before it that opens with a verb (the sentence start or after a punctuation
    mark, the actor right after it), when both verbs agree in gender -- not with the previous sentence's speaker."""
    for k in range(i - 1, -1, -1):
        if words[k].punct or not (k == 0 or words[k - 1].punct):
            continue
        g = next((g for g in args if g.i0 == k + 1), None)
        if g is not None and g.i1 < i and masc_verb(words[k].norm) == masc_verb(words[i].norm) \
                and not words[k].norm.startswith("ال") and words[k].prefix in ("", "و", "ف"):
            return g
        # (session 40) "لكن وزير الخارجية المصري سامح شكري رفض الاتهامات، وقال إن …": a clause opening with its
        # subject (after لكن / و) and then its verb
        j = k + 1 if words[k].norm in _SUBJECT_OPENERS else k
        g = next((g for g in args if g.i0 == j), None)
        if g is not None and g.i1 + 1 < i and not words[g.i1].punct and not words[g.i1].norm.startswith("ال") \
                and words[g.i1].prefix in ("", "و", "ف") and masc_verb(words[g.i1].norm) == masc_verb(words[i].norm) \
                and not any(words[x].punct for x in range(g.i1, i - 1)):
            return g
    return None


_SUBJECT_OPENERS = frozenset(("لكن", "ولكن", "بينما", "فيما"))


def _renewed_subject(args, words, i):
    """(session 55, lead) "وفي الرياض، جددت وزارة الخارجية السعودية في بيان اليوم تأكيدها أن …": the verbal noun of
    a speech verb with its pronoun (cue ``renewed_speech``) is the statement of the subject of the renewing verb before
    it in its clause (جدد، أعاد; cue ``phase``) -- the actor right after that verb, ending before the noun."""
    for k in range(i - 1, max(-1, i - 12), -1):
        if words[k].punct:
            return None
        if "phase" in words[k].cue:
            g = next((g for g in args if g.i0 == k + 1), None)
            return g if g is not None and g.i1 <= i else None
    return None


def _subject_before(args, words, i):
    """The subject that stands before an Arabic speech verb at ``i`` ("الولايات المتحدة أعلنت أنها …",
    "وكانت الحكومة قد أكدت أمس أن …"): the actor that ends right before the verb, with only قد and
    filler / time words between, and that opens its clause (the sentence start, a كان form, a comma or
    a complementizer before it); None otherwise."""
    k = i - 1
    while k >= 0 and ("possible" in words[k].cue or words[k].norm in _FILLER_AR):
        k -= 1
    if k < 0:
        return None
    g = next((g for g in args if g.i1 == k + 1), None)
    if g is None:
        return None
    b = g.i0 - 1
    if b < 0 or words[b].punct or "past_aux" in words[b].cue or "comp" in words[b].cue or "topic" in words[b].cue:
        return g   # ("أما الزبيدي فأكد أن …": a fronted topic, session 39)
    if b >= 1 and words[b].norm == "في" and "unnamed_source" in words[b - 1].cue:
        # (session 18) "لكن مصدرا في وزارة الدفاع التركية قال إن …": an unnamed source in a body, the noun opening
        # its clause: the body speaks
        c = b - 2
        if c < 0 or words[c].punct or {"past_aux", "comp", "boundary"} & words[c].cue.keys():
            return g
    return None


def _speaker_actor(args, i0, i1):
    cands = [g for g in args if g.i0 >= i0 and g.i1 <= i1 + 1 and g.i0 < i1]
    if not cands:
        return None
    first = cands[0]
    if first.prep == "ل" and first.actor.kind != "person":
        # "وقال الأمين العام للجامعة أحمد أبو الغيط": the body after the title's ل is its genitive; the named
        # person after it is the speaker (session 36)
        named = next((g for g in cands[1:] if g.actor.kind == "person" and g.actor.entity_id), None)
        if named is not None:
            return named.actor
    return first.actor


def _end_of_content(words, j, n, denial=False):
    k = j
    while k < n and not (words[k].punct and words[k].text in PUNCT_FINAL):
        if denial and k > j and words[k].text in ("،", ",") and k + 1 < n and _speaker_participle(words[k + 1]):
            break   # "نفى X أن تكون موسكو تقدم أي دعم، معربا عن أمله في …": the speaker's own act after a comma is
            # not the denied content, which the denial negates (session 37)
        k += 1
    return k


def _participle_shape(norm: str) -> bool:
    """An Arabic active participle in the accusative (معربا، محذرا، مطالبا، متهما): م + at least three letters + the
    tanween alif."""
    return len(norm) >= 5 and norm[0] == "م" and norm[-1] == "ا" and norm[-2] != "ا"


def _speaker_participle(w) -> bool:
    """A participle of a speaker's own act, not a speech cue (مؤكدا أن opens a chained quote of its own)."""
    return _participle_shape(w.norm) and "speech" not in w.cue


def _arabic_quote(doc, words, i, n):
    q = _arabic_forward(words, i, n)
    return q if q is not None else _speaker_after(words, i, n)


def _speaker_after(words, i, n):
    """(session 20, STR) «لن نسمح بأي اعتداء»، قال الرئيس: a speech verb with no content of its own after a quoted
    stretch and a comma: the quoted words are the content, the speaker follows the cue to the end of the sentence."""
    if i < 3 or words[i - 1].text not in ("،", ",") or words[i - 2].text not in _CLOSE_Q:
        return None
    k = i - 3
    while k >= 0 and words[k].text not in _OPEN_Q:
        k -= 1
    sp1 = i + 1
    while sp1 < n and not words[sp1].punct:
        sp1 += 1
    if k >= 0 and k + 1 < i - 2 and sp1 > i + 1 and (sp1 == n or words[sp1].text in PUNCT_FINAL) \
            and not words[i].norm.startswith("م"):   # (not a participle: "«…»، مشيرا إلى اعتقال …" goes on)
        return i + 1, sp1, k + 1, i - 2, True
    return None


_SPEECH_ASIDE = 24   # words of a setting aside between a speech verb's speaker and its إن
_SETTING_PREPS = frozenset(("في", "خلال"))


def _arabic_forward(words, i, n):
    w = words[i]
    nm = w.norm
    # "نقلت وكالة X عن Y قوله إن": the cue is قوله; the speaker is between عن and قوله
    if nm.startswith("قول"):
        k = i - 1
        while k >= 0 and i - k <= 12 and words[k].norm != "عن":
            k -= 1
        sp0 = k + 1 if k >= 0 and words[k].norm == "عن" else i
        j = i + 1
        if j < n and "comp" in words[j].cue:
            return sp0, i, j + (0 if words[j].norm.endswith(("ه", "ها", "هم")) and len(words[j].norm) > 3 else 1), \
                _end_of_content(words, j, n), False
        return None
    if nm.startswith("نقل"):
        return None
    # speech verb: look for the complementizer (or a colon / opening quote mark)
    j = i + 1
    # "وقال سعيد في كلمة بثها التلفزيون الرسمي عقب اجتماع طارئ مع قيادات عسكرية … إنه": a speech's own setting
    # (في / خلال + cue ``speech_setting``: كلمة، مؤتمر صحفي، خطاب) right after the speaker may be long (session 36)
    base = _SPEECH_ASIDE if any("speech_setting" in words[k].cue and words[k - 1].norm in _SETTING_PREPS
                                for k in range(i + 2, min(n, i + 6))) else 16
    reach = base
    while j < n and j - i <= reach:
        x = words[j]
        if x.punct and x.text in PUNCT_FINAL:
            return None
        if x.text in ("،", ",") and j > i + 1 and reach == base:
            a = fronted.adjunct_aside(words, j, _SPEECH_ASIDE)
            if a > j:
                # "وقال السيسي، خلال تفقده وحدات من القوات المسلحة في قاعدة … قرب الحدود الليبية، إن …": the
                # setting between commas is passed over, its words not counted (session 32 fixar)
                reach += a - j
                j = a + 1
                continue
        if "comp" in x.cue or x.text == ":":
            break
        if "speech" in x.cue and x.norm.startswith("قول"):   # نقلت ... عن X قوله
            return None
        if "speech" in x.cue and words[j - 1].punct:
            # "نفى الجيش ذلك، مؤكدا أن قواته صدت الهجوم": the participle after the comma opens the content;
            # this cue has none of its own (its object is ذلك), so the denial does not reach the content
            return None
        j += 1
    else:
        return None
    if j >= n:
        return None
    x = words[j]
    sp0, sp1 = i + 1, j
    # "عن X قوله" inside the speaker part: speaker after عن
    for k in range(sp0, sp1):
        if words[k].norm == "عن":
            sp0 = k + 1
    if x.text == ":":
        c0 = j + 1
        direct = c0 < n and words[c0].text in _OPEN_Q
        if direct:
            c0 += 1
            c1 = c0
            while c1 < n and words[c1].text not in _CLOSE_Q:
                c1 += 1
            return sp0, sp1, c0, c1, True
        return sp0, sp1, c0, _end_of_content(words, c0, n), False
    # إنه / أنها carry the embedded subject pronoun: content starts at the complementizer itself
    c0 = j if x.norm not in ("ان", "بان") else j + 1
    if c0 < n and words[c0].text in _OPEN_Q:
        c0 += 1
        c1 = c0
        while c1 < n and words[c1].text not in _CLOSE_Q and not (words[c1].punct and words[c1].text in PUNCT_FINAL):
            c1 += 1
        if c1 + 2 < n and words[c1].text in _CLOSE_Q and words[c1 + 1].text in ("،", ",") \
                and _participle_shape(words[c1 + 2].norm):
            # 'إن "الحكومة الإثيوبية تحشد قواتها"، محذرا من أن …': the quoted words are the content; the participle
            # after the closing mark and comma is the speaker's own (session 37)
            return sp0, sp1, c0, c1, False
    return sp0, sp1, c0, _end_of_content(words, c0, n, "neg_speech" in w.cue), False


_NOT_INVERTED_EN = frozenset(("to", "that", "it", "by", "in", "on", "at", "as"))


def _inverted_speaker(words, i, k, n, direct):
    """'"We will not accept this," said Sergei Lavrov, the Russian foreign minister.': the speech verb right after the
    closing quote and comma, its speaker after it up to the next punctuation (at most 10 words); the word after the
    verb must not open a complement ("said to be", "said that", "said by").  Only after a direct quote: after plain
    content the same order is "An official, who was not authorised to speak, said the navy would …", the speaker
    before the verb."""
    if not direct or k != i - 1 or k < 1 or i + 1 >= n or words[k].text not in (",", "\"", "”"):
        return None
    if words[i + 1].punct or words[i + 1].norm in _NOT_INVERTED_EN:
        return None
    sp1 = i + 1
    while sp1 < n and not words[sp1].punct:
        sp1 += 1
    if sp1 - (i + 1) > 10:
        return None
    return i + 1, sp1


def _written_thing(words, i, c0, n) -> bool:
    """A writing verb (cue ``write_speech``: wrote, posted, tweeted) followed by no "that", colon, quote mark, speech
    word or ``write_content`` word (statement, message, saying) in its next seven words ("wrote three books on mediation", "posted a video of the march"): it names
    the thing written, not what the writer says.  "wrote on X that …", "posted a statement … saying", "wrote: …" and
    '"…," he wrote' (content before the verb) stay statements."""
    if c0 <= i:
        return False
    return not any(x.norm == "that" or x.text in (":", "\"", "“") or "comp" in x.cue or "speech" in x.cue
                   or "write_content" in x.cue for x in words[i + 1:min(i + 8, n)])


def _opening_actor_en(args, words, i):
    """The actor argument opening an English sentence before ``i`` ("The ministry accused …", "In Kigali, a government
    spokeswoman accused …"), or None."""
    a = min((a for a in args if a.i1 <= i), key=lambda a: a.i0, default=None)
    if a is None:
        return None
    b = a.i0 - (1 if a.i0 > 0 and words[a.i0 - 1].norm in ("the", "a", "an") else 0)
    if b == 0:
        return a
    if words[0].norm in ("in", "on", "at") and words[b - 1].text == "," \
            and not any(words[x].punct for x in range(0, b - 1)):
        return a
    return None


def _english_quote(doc, words, i, n):
    w = words[i]
    if w.norm == "according":
        if i + 1 < n and words[i + 1].norm == "to":
            k = i + 2
            e = k
            while e < n and not words[e].punct:
                e += 1
            if i > 0:    # "X happened, according to Y"
                return k, e, 0, max(0, i - (1 if words[i - 1].text == "," else 0)), False
            return k, e, e + (1 if e < n and words[e].text == "," else 0), _end_of_content(words, e, n), False
        return None
    if i > 0 and words[i - 1].norm in ("was", "were", "been", "being", "is", "are", "be"):
        return None   # "after a state of siege was declared in …", "it was announced": a passive names no speaker
    p = i - 1   # (session 53, MISS53: "and again denied that", "but denied that": the same joined speech verb)
    while p > 1 and words[p].norm in JOINED_SPEECH_ADVERBS:
        p -= 1
    if i > 1 and words[i - 1].norm == "and" and "speech" in w.cue and not words[i - 2].punct or (
            i > 2 and words[i - 1].norm == "and" and words[i - 2].text in (",", "\"", "”")) or (
            p > 1 and p < i - 1 and words[p].norm == "and" and "speech" in w.cue and not words[p - 1].punct) or (
            p > 1 and words[p].norm == "but" and "neg_speech" in w.cue and i + 1 < n and words[i + 1].norm == "that"):
        # "said Quito would respond \"in due time\" and denied that the diplomat had been assaulted" (session 17):
        # a speech verb joined by "and" has the earlier verb's speaker (none of its own) and its content after it
        c0 = i + 1
        if c0 < n and words[c0].norm == "that":
            c0 += 1
            c1 = _end_of_content(words, c0, n)
            if c1 - c0 >= 2:
                return i, i, c0, c1, False
        elif c0 < n and words[c0].norm in _SUBJ_PRON_EN and words[i - 2].text in _QUOTE_CLOSE:
            # (session 43) 'Putin called the talks "constructive" and said he hoped …': a quoted word ends the first
            # verb's object; the speaker is the subject opening the clause before it (across the quote marks), the
            # content the clause after the verb
            b = i - 2
            while b >= 0 and not (words[b].punct and words[b].text not in _QUOTE_CLOSE
                                  and words[b].text not in _OPEN_Q):
                b -= 1
            c1 = _end_of_content(words, c0, n)
            if c1 - c0 >= 2 and i - 1 - (b + 1) >= 1:
                return b + 1, i - 1, c0, c1, False
    # "…, X said." : content before the comma
    k = i - 1
    while k >= 0 and (not words[k].punct or _bare_possessive(words, k)) and i - k <= 8:
        k -= 1
    # (after a closed direct quote the verb may go on with its audience, venue or time: '"…," the minister told
    # a news conference in Cairo on Monday'; after plain reported content only a few words: "…, X said on Monday")
    direct = k >= 0 and (words[k].text in ("\"", "”") or (k > 0 and words[k].text == "," and words[k - 1].text in ("\"", "”")))
    # ('"…," he told reporters on the sidelines of a meeting with business leaders in Ottawa': an audience after the
    # verb, then its setting, session 18 B5AC)
    tail = (16 if i + 1 < n and "audience" in words[i + 1].cue else 8) if direct else 3
    inverted = _inverted_speaker(words, i, k, n, direct)   # (session 20, lead)
    if inverted is not None:
        c1 = k
        while c1 > 0 and words[c1 - 1].text in ("\"", "”", ","):
            c1 -= 1
        c0 = 1 if n and words[0].text in _OPEN_Q else 0
        return inverted[0], inverted[1], c0, c1, direct
    joined = i + 2 < n and words[i + 1].text == "," and words[i + 2].norm == "and"
    # ('"I have decided to break relations …," he said, and gave U.S. diplomats 72 hours to leave': a predicate joined
    # after the speech verb is no content of it; the quote is the words before, session 39)
    if k >= 0 and words[k].text in (",", "\"", "”") and (_end_of_content(words, i + 1, n) - i <= tail or (joined and direct)):
        c1 = k
        while c1 > 0 and words[c1 - 1].text in ("\"", "”", ","):
            c1 -= 1
        c0 = 0
        if c0 < n and words[c0].text in _OPEN_Q:
            c0 += 1
        return k + 1, i, c0, c1, words[k].text != ","
    # "X said (that) …": speaker = words from the clause start to the cue
    s0 = k + 1
    c0 = i + 1
    if "tell_verb" in w.cue and c0 < n and words[c0].norm != "that":
        c0 = _after_addressee(words, c0, n)   # "informed Sweden (that) it would cut …" (session 23, B10EN2)
    if c0 < n and words[c0].norm == "that":
        c0 += 1
    while c0 < n and words[c0].norm in ("on", "today", "yesterday", "monday", "tuesday", "wednesday",
                                        "thursday", "friday", "saturday", "sunday", "in", "a", "statement",
                                        ","):
        c0 += 1
    if c0 < n and words[c0].text in _OPEN_Q:
        c0 += 1
    c1 = _end_of_content(words, c0, n)
    if s0 == i - 1 and words[s0].norm in _EN_REL:
        # "Otieno, who denied the charges throughout the trial, was also fined": a relative clause between commas says
        # only what comes before its closing comma; the main clause after it is no reported content (session 17)
        c1 = next((k for k in range(c0, c1) if words[k].text == ","), c1)
    elif "neg_speech" in w.cue and not any("comp" in words[k].cue for k in range(i + 1, c1)):
        # "The driver denied the charges and was fined": a denied object with no clause of its own ends at "and" + a new
        # verb, whose subject is the denier's (the fine is not denied; session 17 LFT)
        c1 = next((k for k in range(c0 + 1, c1 - 1) if words[k].norm == "and" and en_new_verb(words[k + 1])), c1)
    sp1 = i
    j = next((j for j in range(i - 1, max(s0, i - 4), -1) if words[j].norm == "that"), -1)
    if j > s0 and all(x.norm in _SUBJ_PRON_EN or x.norm in _AUX_EN for x in words[j + 1:i]) \
            and any(x.norm in _SUBJ_PRON_EN for x in words[j + 1:i]):
        # "said in a statement that it had informed Sweden …": a pronoun subject after an earlier verb's "that" is the
        # speaker phrase (that verb's speaker, marsad.stages.quotes.QuoteStage._sentence; session 23, B10EN2)
        s0 = j + 1
    if s0 >= i and k > 1 and words[k].text == ",":
        # "An official, who asked not to be named, said …" (session 17): the speaker before a relative clause set
        # off by commas
        j = k - 1
        while j >= 0 and (not words[j].punct or words[j].text in _BRACKETS) and k - j <= _PARENTHETICAL_WORDS:
            j -= 1   # (brackets inside the aside: "Zuma, who chairs the Southern African Development Community (SADC),
            # said he …", session 38 GAPEN38)
        if j > 0 and words[j].text == "," and (words[j + 1].norm in _PARENTHETICAL_EN or words[j + 1].norm in ("a", "an", "the")
                                               or words[j + 1].text.endswith(("'s", "\u2019s"))
                                               or (j + 2 < k and words[j + 2].text in ("'s", "\u2019s", "'", "\u2019"))
                                               or (j + 3 < k and words[j + 1].norm in ("this", "last", "next")
                                                   and words[j + 3].text in ("'s", "\u2019s"))):
            # (and an appositive: "The CSTO, a Russian-led alliance, said …", session 18 ENL; "X, the main challenger
            # in the election, said", "X, Bongo's main challenger, said", session 30; "X, this year's chair of the bloc,
            # said", session 32 FIXEN2)
            s1 = j - 1
            while s1 >= 0 and not words[s1].punct and j - s1 <= 8:
                s1 -= 1
            s0, sp1 = s1 + 1, j
        elif j > 0 and words[j].text == "," and 1 <= k - j - 1 <= 3 and all(
                x.text[:1].isupper() and x.norm not in _PARENTHETICAL_EN for x in words[j + 1:k]):
            # "The European Union's peacekeeping force in Bosnia, EUFOR, said …": a name set off by commas after its
            # description; the description and the name are the speaker phrase (session 31)
            s1 = j - 1
            while s1 >= 0 and not words[s1].punct and j - s1 <= 10:
                s1 -= 1
            s0, sp1 = s1 + 1, k
    if c1 - c0 < 2 or s0 >= sp1:
        return None
    return s0, sp1, c0, c1, False


_EN_REL = frozenset(("who", "which"))


def _bare_possessive(words, k: int) -> bool:
    """(Session 53) "The Organization of American States' mission said …", "the Philippines' coast guard said": an
    apostrophe glued to a capitalised word in -s, before a spaced word, is that name's possessive (the twin of "'s"),
    no closing quote mark -- when the single quote marks before it are paired ("'We will stay,' the Philippines' …")."""
    if words[k].text not in ("'", "\u2019") or k < 1 or k + 1 >= len(words):
        return False
    prev, nxt = words[k - 1], words[k + 1]
    return (prev.text[:1].isupper() and prev.text.endswith("s") and prev.end == words[k].start
            and nxt.start > words[k].end and not nxt.punct
            and sum(w.text in ("'", "\u2018", "\u2019") for w in words[:k - 1]) % 2 == 0)


_BRACKETS = frozenset(("(", ")"))
_SUBJ_PRON_EN = frozenset(("it", "he", "she", "they", "we"))
_AUX_EN = frozenset(("had", "has", "have", "was", "were", "also", "then", "already"))


def _after_addressee(words, c0: int, n: int, span: int = 8) -> int:
    """"Iraq informed Sweden it would cut relations", "told the Swedish envoy that …": the addressee after a telling verb
    (cue ``tell_verb``) is no part of the reported clause, whose subject pronoun is the teller (session 23, B10EN2).
    The first "that" or subject pronoun within ``span`` words, before any punctuation, opens the content ("that" is
    skipped by the caller); else the content starts where it did ("told Sweden to stop …": a directive)."""
    for j in range(c0 + 1, min(n, c0 + span + 1)):
        if words[j].punct:
            break
        if words[j].norm == "that" or words[j].norm in _SUBJ_PRON_EN:
            return j
    return c0

