"""Session 42, SPD42: the per-document rule modules of the events stage that declare the roots / codes they act on (a
module constant next to the rule: ``ACTS_ON``, ``HOST_ON`` …) are called only when the document's events have one
(``stages/events.py``, ``keys``).  The 904-document dump (bench/dump_outputs.py) is the main check; these tests run our
own articles with the gates and with every module forced on, and check each declared gate against its module: run on
the events of an article that fail its gate, the module changes nothing."""
from __future__ import annotations

import copy
import importlib
import inspect
import re
from pathlib import Path

import pytest

from marsad.coding import english
from marsad.model import to_dict
from marsad.pipeline import Pipeline
from marsad.stages import events as events_stage

from events_helpers import call_rule

_PIPE: list = []

# own-words news articles, between them touching most of the gated modules' roots and codes
_TEXTS = [
    ("en", "NAIROBI, March 3 - Police detained 14 people in central Nairobi on Monday after thousands of protesters "
           "gathered outside parliament.  Police raided the offices of two opposition parties.\n\n"
           "Kenya's foreign ministry summoned the Ugandan ambassador on Tuesday and demanded an explanation.  The "
           "Ugandan ambassador was summoned again on Wednesday.\n\n"
           "The opposition leader vowed to avenge the killing of his deputy and warned that the government would pay "
           "a price.  Students boycotted the graduation ceremony in protest.\n\n"
           "Uganda suspended visas for Kenyan traders and expelled two diplomats.  The Russian ambassador will have "
           "to leave Kenya, the ministry said.\n\n"
           "The minister met the Ugandan envoy and asked for calm.  The African Union urged all parties to show "
           "restraint, and Tanzania offered to mediate.  Kenya's president attended a meeting with regional leaders "
           "in Arusha.  The president demanded that he resign.  Kenya condemned the attack on its embassy."),
    ("ar", "القاهرة - استدعت وزارة الخارجية المصرية السفير الإثيوبي يوم الأحد، واتهمت إثيوبيا بالتصعيد.\n\n"
           "وطالب الرئيس القوات المسلحة بأن تكون على أهبة الاستعداد، وقال المتحدث باسم الجيش إن العمليات ستستمر.\n\n"
           "وزار وزير الخارجية السوداني القاهرة يوم الاثنين، والتقى نظيره المصري في مقر الوزارة.\n\n"
           "ورحبت مصر بإعلان وقف إطلاق النار، وأدانت الهجوم على قافلة المساعدات، ودعت الطرفين إلى ضبط النفس.\n\n"
           "وشن الطيران الحربي غارات على مواقع للمتمردين في ولاية النيل الأزرق، وقضت محكمة في الخرطوم بالسجن عشر "
           "سنوات على ثلاثة ضباط.\n\n"
           "وتظاهر مئات الطلاب أمام مقر البرلمان احتجاجا على غلاء الأسعار، وهاجم مناصرون للحزب الحاكم خيام المعتصمين.\n\n"
           "وأعلنت الحكومة سحب سفيرها من أديس أبابا، وقالت إن استمرار الاشتباكات يهدد العملية السياسية."),
]


class _Every(set):
    """A key set that meets every declared set: every gated module is called."""

    def isdisjoint(self, other) -> bool:
        return False


def _doc(text):
    if not _PIPE:
        _PIPE.append(Pipeline())
    return _PIPE[0](text, published_at="2025-03-04")


def _run(text):
    return [to_dict(e) for e in _doc(text).events]


@pytest.mark.parametrize("lang,text", _TEXTS, ids=[t[0] for t in _TEXTS])
def test_gated_calls_give_the_events_of_every_call(lang, text, monkeypatch):
    got = _run(text)
    assert len(got) >= 10, "the article codes few events: it tests little"
    monkeypatch.setattr(events_stage, "_keys", lambda evs: _Every())
    monkeypatch.setattr(english, "event_keys", lambda evs: _Every())   # (en_doc_rules' own gates)
    monkeypatch.setattr(events_stage, "_words_gate", lambda words, run: True)
    monkeypatch.setattr(events_stage, "_lang_words_gate", lambda words, lang, run: True)
    assert _run(text) == got


def _document_gates() -> list:
    """(module, function name, gate constant) of every call of the per-document block (after ``keys`` is taken) written
    under ``not keys.isdisjoint(MODULE.CONST)``, read from the stage's source (no table kept by hand)."""
    src = Path(events_stage.__file__).read_text(encoding="utf-8")
    block = src[src.index("keys = _keys(new)"):]
    lines = block.split("\n")
    out = []
    for k, line in enumerate(lines):
        m = re.search(r"not keys\.isdisjoint\((\w+)\.(\w+)\):$", line)
        if not m:
            continue
        ind = len(line) - len(line.lstrip())
        for body in lines[k + 1:]:   # the calls of that module written under the test
            if len(body) - len(body.lstrip()) <= ind:
                break
            c = re.search(rf"\b{m.group(1)}\.(\w+)\(", body)
            if c:
                out.append((m.group(1), c.group(1), m.group(2)))
    return out


def test_the_document_gates_are_read_from_the_stage():
    gates = _document_gates()
    names = {(m, f) for m, f, _ in gates}
    assert len(gates) >= 40
    assert ("people_object", "apply") in names and ("recall", "story_host") in names
    assert ("condemned_attack", "own_author") in names   # (two calls under one test)


@pytest.mark.parametrize("lang,text", _TEXTS, ids=[t[0] for t in _TEXTS])
def test_a_module_changes_nothing_of_events_that_fail_its_gate(lang, text):
    doc = _doc(text)
    tried = 0
    for mod, fname, const in _document_gates():
        module = importlib.import_module(f"marsad.coding.{mod}")
        gate = getattr(module, const)
        evs = [copy.deepcopy(e) for e in doc.events if gate.isdisjoint((e.root, e.cameo))]
        if not evs:
            continue
        before = [to_dict(e) for e in evs]
        got = call_rule(getattr(module, fname), doc, evs, events_stage._INTL)
        assert [to_dict(e) for e in evs] == before, f"{mod}.{fname} changed events outside {const}"
        if got is not None:
            assert [to_dict(e) for e in got] == before, f"{mod}.{fname} dropped or added events outside {const}"
        tried += 1
    assert tried >= 40


_ARREST = "Police in Nairobi detained 14 people who tried to block a main avenue."


def test_a_wrong_declared_set_changes_the_events(monkeypatch):
    """The comparisons above can fail: with no code declared, the arrest's civilians get no country."""
    before = [(e["cameo"], e["target_code"]) for e in _run(_ARREST)]
    assert before == [("173", "KENCVL")]
    from marsad.coding import people_object
    monkeypatch.setattr(people_object, "ACTS_ON", frozenset())
    assert [(e["cameo"], e["target_code"]) for e in _run(_ARREST)] != before


def test_a_gate_that_misses_a_code_fails_the_module_check(monkeypatch):
    """The module check can fail too: people_object acts on root 17, so its arrest changes when the gate omits it."""
    doc = _doc(_ARREST)
    from marsad.coding import people_object
    evs = [copy.deepcopy(e) for e in doc.events if e.root == "17"]
    assert evs
    for e in evs:   # (the state of the event before the rule: no target)
        e.target_code = e.target_country = e.target_role = None
        e.rule = e.rule.replace(":tgt-people", "")
    before = [to_dict(e) for e in evs]
    people_object.apply(doc, evs)
    assert [to_dict(e) for e in evs] != before


def test_keys_are_taken_again_after_each_recoding_module():
    """A gated module that recodes is followed by a new ``keys``: the modules after it see the new code."""
    src = Path(events_stage.__file__).read_text(encoding="utf-8")
    block = src[src.index("keys = _keys(new)"):]
    for mod in ("feeling_act_en", "shelved_policy_en", "alert_order_ar", "police_raid_en", "boycott_en",
                "supporters_crowd_ar", "court_ar"):
        at = block.index(f"{mod}.")
        nxt = re.search(r"not keys\.isdisjoint\(", block[at:])
        assert "keys = _keys(new)" in block[at:at + nxt.start()], mod


def _sentence_gates() -> list:
    """(module, function name, gate constant) of the calls of the sentence loop written under
    ``not keys.isdisjoint(MODULE.CONST)`` (sessions 27 and 42), read from the stage's source."""
    src = Path(events_stage.__file__).read_text(encoding="utf-8")
    loop = src[src.index("for si, sent in enumerate(doc.sentences):"):src.index("keys = _keys(new)")]
    out = []
    lines = loop.split("\n")
    for k, line in enumerate(lines):
        m = re.search(r"not keys\.isdisjoint\((\w+)\.(\w+)\):$", line)
        if m:
            c = re.search(rf"\b{m.group(1)}\.(\w+)\(", lines[k + 1])
            if c:
                out.append((m.group(1), c.group(1), m.group(2)))
    return out


@pytest.mark.parametrize("lang,text", _TEXTS + [
    ("en", "The UN rights office warned that the beatings of detained students were unacceptable.  Police fired at "
           "protesters who marched on parliament, and the minister held talks with the protesters."),
    ("ar", "وتقول الأمم المتحدة إن الوضع الإنساني في المدينة خطير.  وأطلقت الشرطة الرصاص في الهواء لتفريق المتظاهرين، "
           "واقتحم محتجون مبنى المحافظة.  واستجابت الحكومة لمطالب المحتجين.")], ids=["en", "ar", "en2", "ar2"])
def test_a_sentence_module_changes_nothing_of_events_that_fail_its_gate(lang, text):
    from marsad.coding.structure import actor_args, get_lexicon, words_of
    gates = _sentence_gates()
    assert len(gates) >= 25 and ("warn_judged_en", "apply", "ACTS_ON") in gates
    doc = _doc(text)
    starts = sorted(t.start for t in doc.timerefs)
    tried = 0
    for si, sent in enumerate(doc.sentences):
        mine = [e for e in doc.events if e.sentence == si]
        if not mine:
            continue
        lex = get_lexicon(lang)
        words = words_of(doc, sent, lex)
        given = {"doc": doc, "si": si, "sent": sent, "words": words, "args": actor_args(doc, sent, words, lang),
                 "lang": lang, "time_starts": starts, "new": [], "text": doc.text, "lex": lex, "places": doc.places}
        for mod, fname, const in gates:
            module = importlib.import_module(f"marsad.coding.{mod}")
            gate = getattr(module, const)
            evs = [copy.deepcopy(e) for e in mine if gate.isdisjoint((e.root, e.cameo))]
            if not evs:
                continue
            fn = getattr(module, fname)
            params = [n for n, p in inspect.signature(fn).parameters.items() if p.default is inspect.Parameter.empty]
            before = [to_dict(e) for e in evs]
            got = fn(*[evs if n in ("evs", "events") else given[n] for n in params])
            assert [to_dict(e) for e in evs] == before, f"{mod}.{fname} changed events outside {const}"
            if got is not None:
                assert [to_dict(e) for e in got] == before, f"{mod}.{fname} dropped or added events outside {const}"
            tried += 1
    assert tried >= 20


# own English sentences for the rules under a words gate (each drop and the tail's stative, issuer and document
# rules act on one of them), and two without their words
_WORDS_EN = ("The protesters vowed to block the main roads until the government withdrew the new tax.\n\n"
             "The university banned academics from travelling to the conference in Moscow.\n\n"
             "The minister visited wounded protesters at the main hospital in Nairobi.\n\n"
             "Parliament rejected a bill that would have allowed police to detain protesters without charge.\n\n"
             "Asked whether she would resign, the minister said she would stay.\n\n"
             "The UN urged Kenya to respect the right to peaceful protest.\n\n"
             "Algeria summoned the French ambassador over what it called interference in its affairs.\n\n"
             "Peacekeepers deployed in the region did not intervene in the clashes.\n\n"
             "The statement, read by the army spokesman, urged the rebels to lay down their arms.\n\n"
             "The resolution demands an immediate ceasefire in Gaza.\n\n"
             "Kenya recalled its ambassador from Uganda on Monday.\n\n"
             "Police arrested 20 protesters in Mombasa.")


def test_words_gates_give_the_events_of_every_call(monkeypatch):
    got = _run(_WORDS_EN)
    assert len(got) >= 10
    monkeypatch.setattr(events_stage, "_words_gate", lambda words, run: True)
    assert _run(_WORDS_EN) == got


def _gated_block(name: str) -> list:
    """(module, function) of the calls written under ``if _words_gate(words, NAME):`` in the stage."""
    lines = Path(events_stage.__file__).read_text(encoding="utf-8").split("\n")
    k = next(k for k, line in enumerate(lines) if f"_words_gate(words, {name})" in line)
    ind = len(lines[k]) - len(lines[k].lstrip())
    out = []
    for line in lines[k + 1:]:
        if len(line) - len(line.lstrip()) <= ind:
            break
        out += re.findall(r"\b([a-z_]+)\.([a-z_]+)\(", line.split("#")[0])
    return out


def test_every_rule_under_a_words_gate_declares_its_words():
    """A rule called under a words gate whose words are not in the run's tuple would be skipped wrongly: each call's
    module declares a (file, kind) of the run (the drop loop's modules their ``WORDS_ON``)."""
    names = [m.__name__.rsplit(".", 1)[1] for m in events_stage._EN_WORD_DROPS]
    assert names[:2] == ["until_clause_en", "barred_act_en"]
    assert _gated_block("_EN_DROP_WORDS") == [("drop_rule", "drop")]
    calls = _gated_block("_EN_TAIL_WORDS")
    assert len(calls) == 4
    for mod, fn in calls:
        module = importlib.import_module(f"marsad.coding.{mod}")
        declared = [getattr(module, c) for c in dir(module) if c.endswith("_WORDS") or c == "WORDS_ON"]
        assert any(d in events_stage._EN_TAIL_WORDS for d in declared), (mod, fn)


def test_a_rule_changes_nothing_in_a_sentence_without_its_words():
    from marsad.coding.structure import actor_args, get_lexicon, has_any, kind_sets, words_of
    rules = _word_rules()
    doc = _doc(_WORDS_EN)
    lex = get_lexicon("en")
    tried = acted = 0
    for si, sent in enumerate(doc.sentences):
        mine = [e for e in doc.events if e.sentence == si]
        if not mine:
            continue
        words = words_of(doc, sent, lex)
        given = {"doc": doc, "words": words, "args": actor_args(doc, sent, words, "en"), "earlier": []}
        for module, fname, (f, k) in rules:
            fn = getattr(module, fname)
            if has_any(words, kind_sets(f, (k,))[k]):
                acted += 1
                continue
            evs = [copy.deepcopy(e) for e in mine]
            before = [to_dict(e) for e in evs]
            params = [n for n, p in inspect.signature(fn).parameters.items() if p.default is inspect.Parameter.empty]
            got = fn(*[evs if n in ("evs", "events") else given[n] for n in params])
            assert [to_dict(e) for e in evs] == before, f"{module.__name__}.{fname}"
            if got is not None:
                assert [to_dict(e) for e in got] == before, f"{module.__name__}.{fname}"
            tried += 1
    assert tried >= 40 and acted >= 8   # (the sentences hold the words of most rules once)


def _word_rules():
    from marsad.coding import bare_participle_en, statement_subject
    return [(m, "drop", m.WORDS_ON) for m in events_stage._EN_WORD_DROPS] + [
        (bare_participle_en, "stative_relative", bare_participle_en.STATIVE_WORDS),
        (bare_participle_en, "headline_passive", bare_participle_en.HEADLINE_PASSIVE_WORDS),
        (statement_subject, "issuer_source_en", statement_subject.EN_ISSUER_WORDS),
        (statement_subject, "opening_document_en", statement_subject.EN_ISSUER_WORDS)]


def test_a_rule_acts_only_on_a_sentence_with_its_declared_words(monkeypatch):
    """Each rule under a words gate, called on every sentence (the gates forced open) and watched: whenever it changes,
    drops or adds an event, its sentence holds one of the words the rule declares (10 of the 11 rules act here)."""
    from marsad.coding.structure import has_any, kind_sets
    monkeypatch.setattr(events_stage, "_words_gate", lambda words, run: True)
    acted: dict = {}

    def watch(module, fname, forms):
        fn = getattr(module, fname)
        names = list(inspect.signature(fn).parameters)

        def watched(*a):
            words, evs = a[names.index("words")], a[names.index("evs")]
            before = [to_dict(e) for e in evs]
            got = fn(*a)
            after = [to_dict(e) for e in (evs if got is None else got)]
            if after != before:
                acted[(module.__name__, fname)] = True
                assert has_any(words, forms), (module.__name__, fname, [w.text for w in words])
            return got
        monkeypatch.setattr(module, fname, watched)

    for module, fname, (f, k) in _word_rules():
        watch(module, fname, kind_sets(f, (k,))[k])
    _run(_WORDS_EN)
    assert len(acted) >= 10


# own sentences for the first block's three rules under one per-language words gate (service_objects, deaths,
# denied_reports), each acting on one of them, and others without their words
_LANG_WORDS = [
    ("ar", "واستقبلت المستشفيات في المدينة ألفي حالة اختناق بعد القصف.\n\n"
           "وتوفي الرئيس الأسبق بعد صراع طويل مع المرض.\n\n"
           "ونفت وزارة الخارجية التقارير التي تحدثت عن طرد السفير الفرنسي.\n\n"
           "وأدانت مصر الهجوم على قافلة المساعدات."),
    ("en", "The former president died on Sunday after a long illness.\n\n"
           "The ministry rejected reports that it had expelled the French ambassador.\n\n"
           "Hospitals in the city received 200 patients after the shelling.\n\n"
           "Kenya condemned the attack on the aid convoy."),
]


@pytest.mark.parametrize("lang,text", _LANG_WORDS, ids=[t[0] for t in _LANG_WORDS])
def test_a_first_block_rule_acts_only_on_a_sentence_with_its_words(lang, text, monkeypatch):
    """The run's gate forced open gives the same events; each rule, watched, changes events only in a sentence that
    holds (as a norm or a stem) one of the words its ``gate_words`` declares."""
    from marsad.coding import deaths, denied_reports, service_objects
    from marsad.coding.structure import has_any_form
    got = _run(text)
    assert got
    monkeypatch.setattr(events_stage, "_lang_words_gate", lambda words, lang, run: True)
    acted: dict = {}
    for module, fname in ((service_objects, "drop_services"), (deaths, "code_deaths"),
                          (denied_reports, "deny_reports")):
        fn = getattr(module, fname)

        def watched(words, evs, lg, fn=fn, module=module):
            before = [to_dict(e) for e in evs]
            out = fn(words, evs, lg)
            if [to_dict(e) for e in out] != before:
                acted[module.__name__] = True
                assert has_any_form(words, module.gate_words(lg)), (module.__name__, [w.text for w in words])
            return out
        monkeypatch.setattr(module, fname, watched)
    assert _run(text) == got
    assert len(acted) >= 2


@pytest.mark.parametrize("text", ["The government agreed to release treated water into the sea next month.",
                                  "The two leaders met in Geneva on Monday.",
                                  "The army captured the town and freed 20 hostages."])
def test_thing_objects_gate_is_the_or_of_its_word_lists(text):
    """thing_objects.drop's first test is one set test over the union of its word lists: the same answer as a test
    a list (and the drop still reads the released thing)."""
    from marsad.coding import thing_objects
    from marsad.coding.structure import get_lexicon, has_any, words_of
    doc = _doc(text)
    words = words_of(doc, doc.sentences[0], get_lexicon("en"))
    f = thing_objects._sets()["en"]
    each = has_any(words, f["release_thing"]) or has_any(words, f["release"]) or any(
        has_any(words, f[thing]) for _, thing in thing_objects._HEADED)
    assert has_any(words, thing_objects._gate_words(f)) == each


def test_a_released_thing_is_still_no_release():
    """(without thing_objects the verb is coded 0353, a release of people)"""
    assert _doc("The government will release treated water into the sea next month.").events == []
