"""Session 43, SPD43: the actor stage's passes that act only on the words of Arabic cue lists skip a text with no
character of the Arabic block (``stages/actors._none_of_cues`` / ``_none_of_keys``; each pass names its lists in a
constant next to it).  The 904-document dump (bench/dump_outputs.py) is the main check; these tests run our own
articles with the gate and with it forced open, and check each gated pass where its gate closes: run there with the
gate forced open, it leaves the same actors."""
from __future__ import annotations

import copy

import pytest

from marsad.model import to_dict
from marsad.pipeline import Pipeline
from marsad.stages import actors

_PIPE: list = []

# own-words English stories (no Arabic character): fronts, parties and opposition bodies named in English
_EN = [
    "LOME, May 6 - The opposition coalition \"Togo Debout\" called a general strike on Monday, and the ruling party "
    "said the protest was illegal.  The National Alliance for Change, the main opposition party, boycotted the vote.\n\n"
    "Police fired tear gas at supporters of the opposition in the capital, witnesses said.  The Pan-African Front "
    "accused the government of rigging the election, while the Ghanaian foreign minister urged calm.",
    "GENEVA, Oct 2 (Wire) - Representatives of the \"Popular Front\" and the Sudanese army met in Geneva on "
    "Thursday.  The front's spokesman told reporters the talks were serious, and the opposition Umma Party welcomed "
    "them.  The United Nations envoy said a ceasefire could be signed within weeks.",
]
# the same kinds of phrases in Arabic, and an English story quoting an Arabic party name: the gate opens
_OPEN = [
    "المنامة - قاطعت جمعية الوفاق البحرينية المعارضة الانتخابات يوم السبت، وقالت \"جبهة التحرير الوطني\" إنها "
    "ستشارك.\n\nواتهم الائتلاف الوطني السوري المعارض الحكومة بعرقلة المفاوضات.",
    "MANAMA, June 2 - Members of جمعية الوفاق البحرينية المعارضة marched in the capital on Friday, a witness said.",
]


def _pipe() -> Pipeline:
    if not _PIPE:
        _PIPE.append(Pipeline())
    return _PIPE[0]


def _actors(text: str) -> list:
    return to_dict(_pipe()(text, published_at="2025-05-06"))["actors"]


def _spec_state(specs) -> list:
    return [(sp.key, repr(sp.res), sp.start, sp.end, sp.kind, sp.resolved, sp.name, sp.sentence) for sp in specs]


def _never(*_a, **_k) -> bool:
    return False


def test_the_gate_closes_on_english_only_and_for_arabic_keys_only():
    doc = _pipe()(_EN[0], published_at="2025-05-06")
    assert actors._none_of_keys(doc, {"جبهه"})
    assert actors._none_of_keys(doc, {"جبهه"}, {"المعارض"})
    assert not actors._none_of_keys(doc, {"جبهه", "front"})   # a list holding an English key: the pass must run
    assert actors._none_of_keys(doc)   # (no list: no word to find)
    for text in _OPEN:
        assert not actors._none_of_keys(_pipe()(text, published_at="2025-05-06"), {"جبهه"})
    # a Persian letter folds to an Arabic one (normalize: ک -> ك): a text holding one is not skipped
    doc.text = doc.text + " ک"
    assert not actors._none_of_keys(doc, {"جبهه"})


def test_declared_cue_lists_are_arabic():
    """The declared lists exist and are all Arabic: else the gate never closes and the saving is gone."""
    lex = dict(_pipe().stages)["actors"]._lexicon()
    for cues in (actors._QUOTED_GROUP_CUES, actors._PARTY_ATTRIBUTE_CUES, ("name_adjective",), ("group_plural",)):
        for c in cues:
            keys = lex.cues.get(c)
            assert keys, c
            assert all(actors._ARABIC_LETTER.search(k) for k in keys), c


@pytest.mark.parametrize("text", _EN + _OPEN)
def test_actors_equal_with_the_gate_forced_open(text, monkeypatch):
    gated = _actors(text)
    monkeypatch.setattr(actors, "_none_of_keys", _never)
    assert _actors(text) == gated


def test_open_gate_still_reads_an_arabic_party_in_an_english_story():
    got = _actors(_OPEN[1])
    assert [a["code"] for a in got] == ["BHROPP"]


def test_each_gated_pass_changes_nothing_where_its_gate_closes(monkeypatch):
    """Each gated pass, called where its gate closes, is run again on a copy of its input with the gate forced open:
    the actors it leaves are the same (the gated return sorts them as the pass does)."""
    checked = {"_quoted_group": 0, "_party_attribute": 0, "_name_adjective": 0, "_demonstrative_group": 0}
    real = actors._none_of_keys

    def watch(name):
        fn = getattr(actors, name)

        def run(doc, *args):
            specs = next(a for a in args if isinstance(a, list))
            before = copy.deepcopy(specs)
            fn(doc, *args)
            if real(doc, {"جبهه"}):   # (an English-only text: every declared list is Arabic)
                checked[name] += 1
                opened = copy.deepcopy(before)
                with monkeypatch.context() as m:
                    m.setattr(actors, "_none_of_keys", _never)
                    fn(doc, *[opened if a is specs else a for a in args])
                assert _spec_state(opened) == _spec_state(specs), name
        return run

    for name in checked:
        monkeypatch.setattr(actors, name, watch(name))
    for text in _EN:
        _actors(text)
    assert all(checked.values()), checked


def test_a_wrong_declaration_would_change_actors(monkeypatch):
    """The gates matter: closed on a text holding the passes' words (an Arabic story), they lose the actors the passes
    read (the Bahraini society as one BHROPP body, the quoted front, the Syrian coalition's adjective)."""
    text = _OPEN[0]
    right = _actors(text)
    monkeypatch.setattr(actors, "_none_of_keys", lambda doc, *k: True)   # every gate closed, Arabic text or not
    assert _actors(text) != right


def test_white_space_pieces_hold_the_words_of_the_text():
    """_party_attribute's gate reads the \\w+ words of each white-space piece (str.split) instead of findall over the
    whole text: the same words, in the same order, on our own texts and on random strings of letters, marks, digits,
    punctuation and every kind of space (NBSP, tab, newline, zero-width space, narrow NBSP)."""
    import random

    word = actors._WORD

    def by_pieces(t):
        return [w for p in t.split() for w in word.findall(p)]

    for t in _EN + _OPEN:
        assert by_pieces(t) == word.findall(t)
    alphabet = list("حزبجمعيةالمعارض وف") + ["\u064e", "\u0640", "\u00a0", "\t", "\n", "\u200b", "\u202f", "_",
                                                 "1", "٣", "،", ".", '"', "«", "(", "a", "B", " "]
    rnd = random.Random(43)
    for _ in range(3000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        assert by_pieces(t) == word.findall(t), repr(t)


@pytest.mark.parametrize("text, code", [
    ("المنامة - قاطعت جمعية الوفاق البحرينية المعارضة الانتخابات التشريعية يوم السبت.", "BHROPP"),
    ("المنامة - قاطعت (جمعية الوفاق البحرينية المعارضة) الانتخابات يوم السبت، وقالت إن حركة الاحتجاج مستمرة.",
     "BHROPP"),
    ("الرباط - وانتقد حزب العدالة المغربي المعارض الحكومة يوم الأحد.", "MAROPP"),
])
def test_party_attribute_reads_the_phrase(text, code):
    assert code in [a["code"] for a in _actors(text)]


def test_party_attribute_needs_head_and_attribute_in_one_phrase():
    # a head and المعارضة in different pieces of one text, no phrase: no OPP body of the nisba
    got = _actors("المنامة - قالت حركة الشباب البحرينية إن الحكومة رفضت مطالب المعارضة يوم السبت.")
    assert "BHROPP" not in [a["code"] for a in got]


_AR_STORY = ("بغداد - قال المتحدث باسم الجيش العراقي إن القوات الأمنية اعتقلت خمسة مسلحين من تنظيم داعش في الأنبار يوم "
             "الأحد.\n\nوأضاف أن المسلحين كانوا يخططون لهجمات على مواقع للجيش، وأن التنظيم تبنى هجوما سابقا على "
             "نقطة تفتيش.  The Group said nothing.")


@pytest.mark.parametrize("text", [_AR_STORY, _OPEN[0]])
def test_the_noun_passes_skipped_without_english_sentence(text, monkeypatch):
    """_head_noun_anaphor and _group_anaphor_en act only on the matches of _the_nouns, which come from English
    sentences only: skipped in a document with none (its Latin words too), they leave the same actors."""
    doc = _pipe()(text, published_at="2025-05-06")
    assert not actors._english_sentences(doc)
    assert not list(actors._the_nouns(doc, actors._THE_PLURAL))
    gated = _actors(text)
    monkeypatch.setattr(actors, "_english_sentences", lambda doc: True)
    assert _actors(text) == gated


def test_english_sentences_seen():
    assert actors._english_sentences(_pipe()(_EN[0], published_at="2025-05-06"))
    assert actors._english_sentences(_pipe()(_OPEN[1], published_at="2025-05-06"))


_PLACE_STRINGS = ["جوبالاند", "ولاية جوبالاند", "إقليم تيغراي الشمالي", "بولاية بونتلاند", "شمال دارفور", "جنوب السودان",
                  "Tigray", "Jubaland forces", "northern Tigray", "the Tigray region", "Puntland", "في العاصمة",
                  "يوم الأحد", "والتي", "(Tigray", "«جوبالاند»", "Darfur's", "_x", "", " Tigray"]


@pytest.mark.parametrize("name", _PLACE_STRINGS)
def test_may_begin_name_before_every_hit_from_the_start(name):
    """geo.match.may_begin_name is False only where lookup has no hit from the string's start but a compass phrase's
    (what actors._region_lookup's callers read)."""
    from marsad.geo.match import lookup, may_begin_name
    h = lookup(name)
    if not may_begin_name(name):
        assert h is None or h.start != 0 or h.direction


def test_region_lookup_reads_regions_from_the_start():
    assert actors._region_lookup("جوبالاند").entry.kind == "region"
    assert actors._region_lookup("يوم الأحد") is None
    assert "SOMMIL" in [a["code"] for a in _actors("مقديشو - واشتبكت قوات ولاية جوبالاند مع الجيش يوم الأحد.")]
