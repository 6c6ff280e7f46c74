"""Named-entity mentions (language layer).

Arabic sentences: the CRF model (:mod:`marsad.lang.ner`) over the sentence's
whole-word tokens, then document-level propagation (a name tagged once is tagged
wherever it recurs; the surname of a tagged full name is a person), LOC -> GPE from
the gazetteer, and a lone demonym (روسي) is dropped.  English sentences: the
capitalisation + dictionary recogniser (:mod:`marsad.lang.ner_en`).  A mention's
span starts at the stem of its first token (a proclitic such as و/ب/ل is not part
of the name) and ends at the end of its last token's stem.
"""
from __future__ import annotations

import hashlib
from itertools import compress
from operator import attrgetter

from ..lang import ner, ner_en
from ..lang.columns import token_texts
from ..lang.corpora import bio_spans  # noqa: F401  (spans() == bio_spans())
from ..model import Document, Mention, stable_id  # noqa: F401  (mention_id == stable_id(doc.id, "m", a, b, type))

_text = attrgetter("text")
_NOT_O = "O".__ne__
_sha1 = hashlib.sha1


def mention_id(doc_id: str, a: int, b: int, typ: str) -> str:
    """``stable_id(doc_id, "m", a, b, typ)`` without its generic argument handling (same string;
    tests/test_lang_ner.py checks the two agree)."""
    return _sha1(f"{doc_id}\x1fm\x1f{a}\x1f{b}\x1f{typ}".encode("utf-8")).hexdigest()[:16]


def spans(tags) -> list[tuple[int, int, str]]:
    """:func:`marsad.lang.corpora.bio_spans` (same spans), visiting only the non-O tags."""
    out = []
    n = len(tags)
    nxt = 0
    for i in compress(range(n), map(_NOT_O, tags)):      # (the non-O positions, picked in C)
        if i < nxt:
            continue
        t = tags[i]
        if len(t) < 3:
            continue
        typ = t[2:]
        cont = "I-" + typ
        j = i + 1
        while j < n and tags[j] == cont:
            j += 1
        out.append((i, j, typ))
        nxt = j
    return out


def _emit(doc: Document, si: int, toks, tags, source: str, conf: float, gz=None, words=None) -> None:
    """Mentions of one sentence's BIO tags.  ``words`` given (Arabic): a LOC entity that begins with
    B-LOC becomes GPE when its words are a country/city (:func:`marsad.lang.ner.to_gpe`)."""
    if tags.count("O") == len(tags):
        return
    append = doc.mentions.append
    for i, j, typ in spans(tags):
        if words is not None and typ == "LOC" and tags[i] == "B-LOC" and ner.loc_is_gpe(words[i:j]):
            typ = "GPE"
        first, last = toks[i], toks[j - 1]
        a, b = first.stem_start, last.stem_end
        if gz is not None and j - i == 1 and typ in ("PERS", "ORG", "MISC") and "DEMONYM" in gz.get(first.norm, ()):
            continue  # a lone demonym (روسي) is an adjective, not a name
        if i == 0 and j == 1 and gz is not None and typ == "PERS":
            nm = first.norm
            verbs = ner.opening_verbs()
            if nm in verbs or (nm[:1] in ("و", "ف") and nm[1:] in verbs):
                continue  # "أدان وزير الخارجية …": the verb that opens the sentence, not a one-word name
        if b > a:
            norm = first.norm if j - i == 1 else " ".join([tk.norm for tk in toks[i:j]])
            append(Mention(mention_id(doc.id, a, b, typ), a, b, doc.text[a:b], typ, norm,
                           si, first.index, last.index + 1, source, conf))


def _is_verb_ar(word: str) -> bool:
    from ..coding.structure import get_lexicon as coding_lexicon
    return any(t.kind == "verb" for t in coding_lexicon("ar").lookup(word))


class MentionStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        ar_idx, ar_toks, ar_words = [], [], []
        have_model = ner.model_available()
        tokens = doc.tokens
        texts = token_texts(doc)   # (shared with the actor and place stages: one pass over the tokens)
        for si, s in enumerate(doc.sentences):
            if s.token_end <= s.token_start:
                continue
            if s.lang == "ar":
                if have_model:
                    toks = tokens[s.token_start:s.token_end]
                    ar_idx.append(si)
                    ar_toks.append(toks)
                    ar_words.append(texts[s.token_start:s.token_end])
            elif s.lang == "en":
                toks = tokens[s.token_start:s.token_end]
                _emit(doc, si, toks, ner_en.tag_tokens(texts[s.token_start:s.token_end]), "ner", 0.6)
        if ar_idx:
            tg = ner.tagger()
            ar_tags = tg.tag_many(ar_words)     # all Arabic sentences in one batched decode
            ner.repair_names(ar_words, ar_tags)   # (عبد العال; not "… عبد الرحمن باريس": session 38)
            ner.propagate(ar_words, ar_tags)
            ner.split_opening_verb(ar_words, ar_tags, _is_verb_ar)   # ("وطالب جعجع …": session 39)
            gz = ner.gazetteer().single
            if any(x.endswith("GPE") for x in tg.labels):      # a model that tags GPE itself: relabel first
                for si, toks, words, tags in zip(ar_idx, ar_toks, ar_words, ar_tags):
                    _emit(doc, si, toks, ner.to_gpe(words, tags), "ner", 0.8, gz)
            else:               # no GPE tag yet: LOC -> GPE per entity while emitting, as ner.to_gpe would
                for si, toks, words, tags in zip(ar_idx, ar_toks, ar_words, ar_tags):
                    _emit(doc, si, toks, tags, "ner", 0.8, gz, words)
            doc.mentions.sort(key=lambda m: (m.start, m.end))
        return doc
