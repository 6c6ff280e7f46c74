"""Session 12 speed (SPD): the shared token columns and the sports gate's pre-check give what the code without
them gives.  The sentences and articles are our own."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.coding import domain
from marsad.coding.structure import sentence_lang
from marsad.lang import columns
from marsad.model import CODED_SEGMENT_KINDS
from marsad.stages import actors as actors_stage

from events_helpers import full

AR = ("أعلن وزير الخارجية المصري سامح شكري أمس أن القاهرة ستستضيف جولة جديدة من المحادثات بين الجانبين "
      "الإسرائيلي والفلسطيني.\n\nوقال المتحدث باسم الحكومة إن قواتها اعتقلت عشرين شخصا في مدينة الإسكندرية، "
      "فيما تظاهر مئات الطلاب أمام السفارة الأمريكية في العاصمة المصرية.")
EN = ("Kenyan police fired tear gas at hundreds of protesters in Nairobi on Tuesday, a government spokesman said.\n\n"
      "The French foreign minister met his Egyptian counterpart in Cairo and called for a ceasefire.")
SPORTS = Path(__file__).parent / "data" / "articles_other"   # (the match reports of test_events_sports_gate)


@pytest.mark.parametrize("text", [AR, EN])
def test_columns_are_the_token_fields(text):
    doc = full(text)
    toks = doc.tokens
    assert columns.token_texts(doc) == [t.text for t in toks]
    assert columns.token_norms(doc) == [t.norm for t in toks]
    assert columns.token_starts(doc) == [t.start for t in toks]
    assert columns.token_triples(doc) == [(t.start, t.end, t.sentence) for t in toks]
    assert columns.token_texts(doc) is columns.token_texts(doc)   # built once per document


def test_columns_follow_the_document_and_its_tokens():
    a, b = full(AR), full(EN)
    ta = columns.token_texts(a)
    assert columns.token_texts(b) == [t.text for t in b.tokens]    # another document: its own column
    assert columns.token_texts(a) == ta and columns.token_texts(a) is not ta   # rebuilt, same content
    a.tokens = a.tokens[:5]                                         # a new tokens list: rebuilt
    assert columns.token_texts(a) == ta[:5]


@pytest.mark.parametrize("text", [AR, EN])
def test_actor_sentences_same_with_column_slices(text):
    doc = full(text)
    lex = actors_stage.get_lexicon((), False, ())
    by_sent: dict = {}
    for m in doc.mentions:
        if m.type in actors_stage.ACTOR_MENTIONS:
            by_sent.setdefault(m.sentence, []).append(m)
    date = doc.published_at[:10]
    seen = 0
    for si, s in enumerate(doc.sentences):
        a, b = s.token_start, s.token_end
        toks = doc.tokens[a:b]
        plain = actors_stage._sentence(doc, lex, si, toks, by_sent.get(si, ()), date, True, ())
        sliced = actors_stage._sentence(doc, lex, si, toks, by_sent.get(si, ()), date, True, (),
                                        columns.token_texts(doc)[a:b], columns.token_norms(doc)[a:b])
        key = [(x.start, x.end, x.key, x.res.code, x.kind) for x in plain]
        assert key == [(x.start, x.end, x.key, x.res.code, x.kind) for x in sliced]
        seen += len(key)
    assert seen >= 3
    assert actors_stage._starts_of(doc, doc.tokens[3:9]) == [t.start for t in doc.tokens[3:9]]


def _gate(doc, precheck):
    kinds = set(CODED_SEGMENT_KINDS)
    doc.meta.pop("domain", None)
    kept = domain.sports_gate(doc, list(doc.events), sentence_lang, kinds, precheck=precheck)
    return [e.id for e in kept], doc.meta.get("domain")


def test_sports_precheck_rejects_news_and_passes_match_reports():
    news = full(AR)
    assert news.events and not domain._may_be_sports(news)
    for name in ("ar_football.txt", "en_football.txt"):
        doc = full((SPORTS / name).read_text(encoding="utf-8"), published_at="2026-11-20")
        assert domain._may_be_sports(doc)


@pytest.mark.parametrize("text", [AR, EN, AR + "\n\nوفي الرياضة، فاز المنتخب في المباراة بهدفين في الشوط الثاني."])
def test_sports_gate_same_with_and_without_precheck(text):
    doc = full(text)
    assert doc.events
    assert _gate(doc, True) == _gate(doc, False)


def test_doc_countries_from_the_columns():
    # (a column-read path must count the names as the token-list path does: the occupation context of
    # test_actors_context depends on it)
    from marsad.geo.match import context_countries
    doc = full("أخطرت سلطات الاحتلال عائلات في بلدة سلوان بالقدس بهدم منازلها، واعتقلت الشرطة ثلاثة شبان في رام الله.")
    toks = doc.tokens
    single, multi = context_countries(doc.text, [(t.start, t.end, t.sentence) for t in toks], [t.text for t in toks])
    ctx, multi2 = actors_stage._doc_countries(doc, [], set())
    assert ctx == dict(single) and multi2 == multi
    assert ctx.get("PSE", 0) >= 1
