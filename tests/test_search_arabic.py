"""Arabic-aware keyword search over stored documents, on DuckDB and PostgreSQL."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from marsad.store import open_store
from marsad.store.search import count_matches, document_terms, query_terms, reindex, search, term_key
from test_store_support import any_store, make_doc, pg_dbs  # noqa: F401

TEXTS = {
    "capital": "وصل الوفد الأردني إلى العاصمة المصرية القاهرة صباح الأحد لإجراء محادثات حول الحدود.",
    "washington": "وجه الرئيس الفرنسي رسالة لواشنطن يطالب فيها بتخفيف الرسوم الجمركية.",
    "aleppo": "قصفت طائرات حربية أحياء سكنية في حلب، وقال الدفاع المدني إن القصف استمر ساعات.",
    "aleppo2": "أفاد ناشطون بأن حلب شهدت هدوءا حذرا بعد أيام من المعارك في ريفها الغربي.",
    "shelling": "تواصل القصف المدفعي على قرى في ريف إدلب الجنوبي لليوم الثالث.",
    "english": "The U.S. envoy met Iraq's foreign minister in Baghdad's green zone on Tuesday.",
    "inCapital": "وتظاهر آلاف الطلاب بالعاصمة السودانية الخرطوم احتجاجا على رفع الأسعار.",
}


@pytest.fixture
def store(any_store):
    docs = []
    for i, (k, t) in enumerate(TEXTS.items()):
        d = make_doc(t, published_at=f"2023-04-{i + 1:02d}", title=None, lang="en" if k == "english" else "ar")
        d.meta["key"] = k
        docs.append(d)
    any_store.write_documents(docs)
    any_store.test_ids = {d.meta["key"]: d.id for d in docs}
    return any_store


def _ids(store, q, **kw):
    inv = {v: k for k, v in store.test_ids.items()}
    return [inv[h["doc_id"]] for h in search(store, q, **kw)]


def test_clitics_and_article_match_both_ways(store):
    # "بالعاصمة" (with the preposition) finds "العاصمة" and vice versa
    assert set(_ids(store, "بالعاصمة")) == {"capital", "inCapital"}
    assert set(_ids(store, "العاصمة")) == {"capital", "inCapital"}
    # "واشنطن" finds "لواشنطن"
    assert _ids(store, "واشنطن") == ["washington"]
    assert _ids(store, "لواشنطن") == ["washington"]


def test_normalised_forms(store):
    # hamza and ta marbuta folding, diacritics ignored
    assert _ids(store, "الاردني") == ["capital"]
    assert _ids(store, "القَاهِرَةُ") == ["capital"]
    assert term_key("الأسعار") == term_key("الاسعار") == term_key("بالأسعار")


def test_ranking_prefers_documents_with_all_terms(store):
    ids = _ids(store, "قصف حلب")
    # "aleppo" has both words; it comes first, then documents with one of them
    assert ids[0] == "aleppo" and set(ids) == {"aleppo", "aleppo2", "shelling"}
    assert _ids(store, "قصف حلب", require_all=True) == ["aleppo"]
    assert count_matches(store, "قصف حلب") == 3 and count_matches(store, "قصف حلب", require_all=True) == 1
    page2 = _ids(store, "قصف حلب", limit=1, offset=1)
    assert page2 == [ids[1]]


def test_snippets_point_at_hits(store):
    [hit] = search(store, "الخرطوم")
    text = TEXTS["inCapital"]
    assert hit["highlights"], hit
    for a, b in hit["highlights"]:
        assert text[a:b] == "الخرطوم"
    for a, b in hit["snippet_highlights"]:
        assert hit["snippet"][a:b] == "الخرطوم"
    assert hit["score"] > 0 and hit["matched_terms"] == 1 and hit["published_at"].startswith("2023-04")


def test_english_and_filters(store):
    assert _ids(store, "baghdad") == ["english"]
    assert _ids(store, "Iraq minister") == ["english"]
    assert _ids(store, "حلب", since="2023-04-04") == ["aleppo2"]
    assert _ids(store, "baghdad", lang="ar") == []
    assert search(store, "، .") == [] and count_matches(store, "") == 0


def test_terms():
    assert query_terms("قصف حلب قصف") == [term_key("قصف"), term_key("حلب")]
    c = document_terms("القصف والقصف بالقصف")
    assert c[term_key("القصف")] == 3


def test_reindex_fills_an_old_store(tmp_path):
    db = str(tmp_path / "old.duckdb")
    with open_store(db) as s:
        s.write_documents([make_doc(TEXTS["capital"])])
        # simulate a store written before schema v3: no index rows, version 2
        s.db.execute("DELETE FROM doc_terms")
        s.db.execute("DELETE FROM doc_lengths")
        s.db.execute("DELETE FROM schema_version WHERE version >= 3")
        s.db.execute("DROP TABLE doc_terms")
        s.db.execute("DROP TABLE doc_lengths")
    from marsad.store.schema import SCHEMA_VERSION
    with open_store(db) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert search(s, "القاهرة") == []
        assert reindex(s) == 1
        assert len(search(s, "القاهرة")) == 1
        assert reindex(s) == 0


def test_cli_search(tmp_path):
    from marsad.cli import app
    db = str(tmp_path / "s.duckdb")
    with open_store(db) as s:
        s.write_documents([make_doc(t) for t in TEXTS.values()])
    runner = CliRunner()
    res = runner.invoke(app, ["search", "قصف حلب", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    import json
    out = json.loads(res.output)
    assert out["total"] == 3 and len(out["items"]) == 3
    res = runner.invoke(app, ["search", "بالعاصمة", "--db", db])
    assert res.exit_code == 0 and "العاصمة" in res.output
    res = runner.invoke(app, ["search", "--db", db, "--reindex"])
    assert res.exit_code == 0


def test_fallback_without_the_language_layer(monkeypatch):
    import marsad.store.search as S
    monkeypatch.setattr(S, "_analyser", False)
    monkeypatch.setattr(S, "_key_cache", {})
    assert S.term_key("بالعاصمة") == S.term_key("العاصمة") == S.term_key("للعاصمة") == "عاصمه"
    assert S.term_key("وزير") == "وزير"


def test_index_is_written_without_pyarrow(tmp_path, monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with open_store(str(tmp_path / "np.duckdb")) as s:
        s.write_documents([make_doc(t) for t in TEXTS.values()])
        assert len(search(s, "قصف حلب")) == 3
