"""Session 32, SPD32: speed-ups that must not change any reading (our own sentences and random strings).

The 904-document dump (bench/dump_outputs.py) and the gold files are the main check; these tests pin each rewritten
place against the code it replaced."""
from __future__ import annotations

import random
import re

from marsad.coding import ally_target, decided_act_ar, later_clause_en, watched_act
from marsad.coding.structure import kind_sets
from marsad.geo.match import lookup
from marsad.stages import actors as A

from events_helpers import full
from test_speed_s21 import _with_and_without_gate


def _spans(ms):
    return [(m.span(), m.groups()) for m in ms]


def _same_as_finditer(pat, stems, lead, texts):
    for t in texts:
        assert _spans(A._skim(pat, stems, lead, t)) == _spans(pat.finditer(t)), t


def _random_texts(pieces, n, longest, seed=32):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


BODY_PIECES = list("وفبلاأإآدرحكومسطةهتي ى،.") + ["ال", "ادار", "حكوم", "سلط", "إدارة", "السلطات", " ", "ب", "a"]


def test_skim_equals_finditer_for_the_region_administration_bodies():
    body = frozenset(A.get_lexicon().cues.get("region_admin_body"))
    pat, stems = A._body_pattern(body), A._body_stems(body)
    texts = _random_texts(BODY_PIECES, 20000, 30) + [
        "أعلنت إدارة ولاية جوبالاند تعليق تعاونها مع الحكومة الفيدرالية، وقالت السلطات المحلية إن القرار نهائي.",
        "وبالإدارة الجديدة وللحكومة ولسلطات الإقليم حق الرد", "الإدارةالحكومة وإدارات وحكوماتنا"]
    _same_as_finditer(pat, stems, A._BODY_LEAD_MAX, texts)


def test_skim_needs_the_full_lead():
    # the comparison can fail: with no characters allowed before a stem, "والحكومة" is found at حكوم, not at و
    body = frozenset(A.get_lexicon().cues.get("region_admin_body"))
    pat, stems = A._body_pattern(body), A._body_stems(body)
    t = "وقالت والحكومة إنها"
    assert _spans(A._skim(pat, stems, 0, t)) != _spans(pat.finditer(t))
    assert [m.group() for m in A._body_matches(body, t)] == ["والحكومة"]


def test_skim_equals_finditer_for_the_arabic_igo_anaphors():
    _, pat = A._igo_anaphors_ar()
    stems = A._igo_stems_ar()
    assert stems is not None
    pieces = list("وفبكلالوكالةمنظمةبعثة ى،.") + ["ال", "لل", "الوكالة", "المنظمة", "البعثة", "مجلس المحافظين",
                                                  " ", "ب", "ك", "و", "a", "1"]
    texts = _random_texts(pieces, 20000, 25) + [
        "وانتقدت طهران تقرير الوكالة الدولية للطاقة الذرية، وقالت إن الوكالة تجاهلت تعاونها، ودعت مجلس المحافظين إلى الحياد.",
        "وللمنظمة بعثة في البلاد، وبالبعثة موظفون، فالوكالة وكالة أنباء"]
    _same_as_finditer(pat, stems, A._IGO_AR_LEAD, texts)


def test_skim_equals_finditer_for_the_the_noun_patterns():
    pieces = ["the", "The", "THE", "other", "alliance", "union", "bloc", "force", "forces", "police", " ", "  ", "\n",
              "-", "s", "of", "x", "Theory", "bathe", "soothe"]
    texts = _random_texts(pieces, 15000, 20) + [
        "The bloc said the alliance would meet, while the forces of the other union stayed.  Then the police left.",
        "وقال الاتحاد إن الحلف سيجتمع"]
    for pat in (A._igo_anaphors()[1], A._body_anaphors()[1], A._THE_PLURAL):
        _same_as_finditer(pat, A._THE, 0, texts)


def test_region_lookup_is_lookup_and_memoised():
    for name in ("ولاية جوبالاند", "Tigray", "إلى", "Puntland", "مدينة كسمايو"):
        want, got = lookup(name), A._region_lookup(name)
        assert (got is None) == (want is None), name
        if got is not None:
            assert (got.start, got.end, got.entry.id, got.direction) == (want.start, want.end, want.entry.id, want.direction)
        assert A._region_lookup(name) is got   # (the memo's object, not a new look-up)


def test_region_forces_still_read_with_the_memo():
    for _ in range(2):   # (the second document reads the names from the memo)
        doc = full("وقالت مصادر محلية إن قوات ولاية جوبالاند اشتبكت مع القوات الفيدرالية قرب الحدود الكينية.",
                   published_at="2025-03-04")
        assert any(a.code == "SOMMIL" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_decided_act_reads_the_maker_in_the_window():
    doc = full("وأعربت الحكومة الأردنية عن رفضها للقرار الذي أصدره وزير الداخلية الإسرائيلي بشأن المسجد الأقصى.",
               published_at="2025-03-04")
    assert any(":tgt-decider" in e.rule and e.target_country == "ISR" for e in doc.events), \
        [(e.cameo, e.rule, e.target_code) for e in doc.events]


def test_decided_act_window_gate_equals_no_gate(monkeypatch):
    # a relative word elsewhere in the article (not after the comment) opened the old whole-text gate; the events are
    # the same whichever gate runs
    text = ("انتقد النائب المعارض القرار بشدة في جلسة البرلمان.\n\n"
            "وقال الوزير الذي تحدث للصحفيين إن الحكومة ستراجع الخطة التي أعلنتها الشهر الماضي.\n\n"
            "وأعربت الحكومة الأردنية عن رفضها للقرار الذي أصدره وزير الداخلية الإسرائيلي.\n")

    def key(doc):
        return [(e.cameo, e.rule, e.source_code, e.target_code, e.target_span) for e in doc.events]

    gated = key(full(text, published_at="2025-03-04"))
    monkeypatch.setattr(decided_act_ar, "_names_rel", lambda window, rels: True)
    assert key(full(text, published_at="2025-03-04")) == gated
    assert any(":tgt-decider" in r[1] for r in gated)


WATCH_AR = ("واتفق الجانبان على تشكيل لجنة عسكرية مشتركة لمراقبة وقف إطلاق النار على طول الحدود.\n\n"
            "واتهمت المنظمة الحكومة بانتهاك اتفاقية منع التعذيب في سجونها.\n\n"
            "وقصفت المدفعية قرى في ريف المحافظة صباح الأحد.\n")
WATCH_EN = ("The two sides agreed to set up a joint commission to monitor the ceasefire along the border.\n\n"
            "The group accused the government of breaching the convention against torture.\n\n"
            "Artillery shelled villages in the north on Sunday.\n")


def test_watched_act_gate_keeps_every_drop():
    def gate_of(lang):
        return watched_act._gate(kind_sets("watched_act.tsv", watched_act._KINDS))

    fired, closed, n = _with_and_without_gate(
        (WATCH_AR, WATCH_EN),
        lambda doc, words, evs, lang, g: watched_act.drop(words, evs, gate=g), gate_of)
    assert fired >= 4     # monitoring and treaty-name words drop the act nouns after them
    assert closed >= 2    # the shelling sentences have neither word: one set test


def test_later_clause_opener_pattern_is_the_inline_pattern():
    sets = kind_sets("later_clause_ar.tsv", ("opener", "not_next"))
    assert sets["opener"]
    for f in sets["opener"]:
        inline = r"(?<!\S)" + "\u0640*".join(map(re.escape, f)) + r"\u0640* \u0640*(\S+)"
        assert later_clause_en._opener_pattern(f).pattern == inline
    tail = "بالفوز، فيما هنأ رئيس الوزراء الفائز"
    got = later_clause_en._cut_ar(tail, 100)
    assert got is not None and tail[got - 100:].startswith("فيما هنأ")
    assert later_clause_en._cut_ar("فيما يتعلق بالاتفاق", 0) is None


def test_ally_quick_regex_built_once():
    forms = kind_sets("ally_target.tsv", ("ally",))["ally"]
    q = ally_target._quick(forms)
    assert ally_target._quick(forms) is q
    assert q.pattern == "|".join(sorted({re.escape(f.split()[-1]) for f in forms}))


def test_detect_cue_features_read_from_the_cue_index():
    from marsad.coding import detect
    from marsad.coding.structure import get_lexicon, sentence_lang, words_of
    doc = full("قتل ثلاثة أشخاص أمس في هجوم على حاجز للشرطة، فيما تظاهر المئات في وسط المدينة.\n\n"
               "Gunmen killed four soldiers on Tuesday in an attack on a checkpoint.\n", published_at="2025-03-04")
    seen = 0
    for sent in doc.sentences:
        lang = sentence_lang(doc, sent)
        words = words_of(doc, sent, get_lexicon(lang))
        evs = [e for e in doc.events if e.sentence_start == sent.start]
        if not words or not evs:
            continue
        got = [x for x in detect.features(words, evs, evs[0].plover_type, sent.segment_kind) if x.startswith("cue_")]
        want = [f"cue_{k}" for k in ("anchor", "time", "ref", "hist", "hypo", "quant", "suffer")
                if any(k in w.cue for w in words)]
        assert got == want, (sent.start, got, want)
        seen += bool(want)
    assert seen >= 1
