"""Session 36, SPD36: the per-document rule modules of one language are skipped for a document with no event of that
language (``stages/events.py``, ``_langs``).  The 904-document dump (bench/dump_outputs.py) and the gold files are the
main check; these tests run our own sentences with the skip and with every module forced on, and pin the skip's
premise: a guarded module leaves the events of the other language as they are."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from marsad.pipeline import Pipeline
from marsad.stages import events as events_stage

from events_helpers import call_rule

_PIPE: list = []

# own-words news sentences, each firing one of the guarded modules in its language
_TEXTS = [
    ("ar", "استقبل الرئيس الجزائري وزير الخارجية الفرنسي في العاصمة.\n\n"
           "وبحث معه العلاقات الثنائية، ثم اتهمت الحكومة الفرنسية المعارضة بالتحريض، متهمة إياها بنشر الفوضى."),
    ("ar", "وسبق أن فرضت واشنطن عقوبات على الشركة الإيرانية.\n\nوتم طرد السفير الفرنسي من باماكو يوم الخميس."),
    ("ar", "دخل وقف إطلاق النار بين الجيش والمتمردين حيز التنفيذ صباح اليوم، وقالت الجماعة إنها ملتزمة به "
           "ورفضت قرار الحظر."),
    ("en", "NAIROBI, March 3 - Police detained 14 people in central Nairobi on Monday.  Five activists were "
           "among them, and police later released the five."),
    ("en", "China's ambassador to the United States met officials on Tuesday and urged them to drop the tariffs.  "
           "The navy said it would shadow the Chinese vessels and urged them to leave."),
    ("en", "Thousands of protesters gathered outside the US embassy in Bogota and threw stones at police, who fired "
           "tear gas to disperse the crowd and arrested 20 people."),
]


def _run(text):
    if not _PIPE:
        _PIPE.append(Pipeline())
    doc = _PIPE[0](text, published_at="2025-03-04")
    return [(e.cameo, e.source_code, e.target_code, e.rule, e.date) for e in doc.events]


@pytest.mark.parametrize("lang,text", _TEXTS)
def test_skip_equals_every_module_on(lang, text, monkeypatch):
    got = _run(text)
    assert got, "the sentence codes no event: it tests nothing"
    monkeypatch.setattr(events_stage, "_langs", lambda evs: {"en", "ar"})
    assert _run(text) == got


def test_langs_reads_the_events():
    class E:
        def __init__(self, lang):
            self.lang = lang
    assert events_stage._langs([E("ar"), E("ar")]) == {"ar"}
    assert events_stage._langs([E("en"), E("ar")]) == {"en", "ar"}
    assert events_stage._langs([]) == set()


def _guarded() -> dict:
    """{"en" / "ar": the module calls written under ``if en:`` / ``if ar:`` in the stage}."""
    src = Path(events_stage.__file__).read_text(encoding="utf-8").split("\n")
    out: dict = {"en": [], "ar": []}
    cur = None
    for line in src:
        m = re.match(r"^        if (en|ar)(?: and not keys\.isdisjoint\(.*\))?:$", line)   # (s42: with a code gate)
        if m:
            cur = m.group(1)
            continue
        if cur and line.startswith("            "):   # (a call nested under a code gate too, s42)
            call = re.search(r"(\w+)\.(\w+)\(", line.split("#")[0].replace("keys.isdisjoint(", ""))
            if call:
                out[cur].append(call.groups())
            continue
        cur = None
    return out


def test_guarded_modules_leave_the_other_language_alone():
    # the premise of the skip: each guarded module, called on the events of a document in the other language,
    # changes none of them (and returns them all when it returns a list)
    guarded = _guarded()
    assert len(guarded["en"]) >= 20 and len(guarded["ar"]) >= 25, guarded
    import importlib
    for lang, text in _TEXTS:
        if not _PIPE:
            _PIPE.append(Pipeline())
        doc = _PIPE[0](text, published_at="2025-03-04")
        other = "ar" if lang == "en" else "en"
        for mod, fn in guarded[other]:
            func = getattr(importlib.import_module(f"marsad.coding.{mod}"), fn)
            evs = copy.deepcopy(doc.events)
            before = [vars(e).copy() if hasattr(e, "__dict__") else repr(e) for e in evs]
            res = call_rule(func, doc, evs, events_stage._INTL)
            after = [vars(e).copy() if hasattr(e, "__dict__") else repr(e) for e in evs]
            assert after == before, (mod, fn)
            if isinstance(res, list):
                assert [id(e) for e in res] == [id(e) for e in evs], (mod, fn)


def test_until_gate_keeps_the_drop():
    # "would continue until …" under a vow: the act in the until-clause is no event; the set gate must let it through
    from marsad.coding import until_clause_en
    evs = _run("The rebels vowed they would keep fighting until the government withdrew its troops from the north.")
    assert all(not (e[0] or "").startswith("0874") for e in evs), evs
    # without "until" the gate returns the events list itself
    from marsad.coding.structure import words_of
    doc = _PIPE[0]("The minister met the envoy on Monday.", published_at="2025-03-04")
    from marsad.coding.lexicon import lexicon
    words = words_of(doc, doc.sentences[0], lexicon("en"))
    evs2 = list(doc.events)
    assert until_clause_en.drop(words, evs2) is evs2


def test_timeref_index_equals_the_scan():
    from marsad.timex import dating
    doc = _PIPE[0]("قال الوزير يوم الاثنين إن الحكومة ستعقد اجتماعا الأسبوع المقبل.\n\n"
                   "وفي 12 مارس، اجتمع الوزراء في العاصمة.", published_at="2025-03-14")
    assert doc.timerefs
    by = dating._timeref_by_id(doc)
    for x in doc.timerefs:
        assert by[x.id] is next(r for r in doc.timerefs if r.id == x.id)
    # a new list (or a longer one) is read again
    doc.timerefs = doc.timerefs[:1]
    assert set(dating._timeref_by_id(doc)) == {doc.timerefs[0].id}
