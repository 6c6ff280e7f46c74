"""Dyad time series, top actors / event types and 'what changed', on DuckDB and PostgreSQL.

The corpus is hand-made: short Arabic news sentences written for these tests, with events
attached by hand, so every expected number below follows from the counting rules in
marsad/analytics.py (each story once, negated / historical / non-asserted excluded and counted).
"""
from __future__ import annotations

import pytest

from marsad import analytics
from test_store_support import add_event, any_store, make_doc, pg_dbs  # noqa: F401  (fixtures)


def _corpus():
    docs = []
    # Story S1, reported by two outlets on 2023-01-05: one meeting (counted once), plus a threat.
    d = make_doc("التقى وزير الخارجية الروسي نظيره الأمريكي في جنيف أمس.\n"
                 "وهدد المتحدث باسم الكرملين بالرد على العقوبات الأمريكية.",
                 published_at="2023-01-06", story_id="S1", publisher="Wire A")
    add_event(d, "التقى", "040", "RUSGOV", "USAGOV", date="2023-01-05", goldstein=1.0)
    add_event(d, "وهدد", "138", "RUSGOV", "USA", date="2023-01-05", goldstein=-7.0)
    docs.append(d)
    d = make_doc("اجتمع لافروف وبلينكن في جنيف لبحث الأزمة الأوكرانية.",
                 published_at="2023-01-06", story_id="S1", publisher="Wire B")
    add_event(d, "اجتمع", "040", "RUSGOV", "USAGOV", date="2023-01-05", goldstein=1.0)
    docs.append(d)
    # A negated meeting, a promised visit (intent) and a historical event: all excluded by default.
    d = make_doc("ولم يلتق الرئيس الروسي نظيره الأمريكي خلال القمة.\n"
                 "وأعلن الكرملين أن بوتين سيزور واشنطن الشهر المقبل.\n"
                 "وكانت موسكو قد قطعت علاقاتها مع واشنطن إبان الحرب الباردة.",
                 published_at="2023-01-20", publisher="Wire C")
    add_event(d, "يلتق", "040", "RUSGOV", "USAGOV", date="2023-01-19", goldstein=1.0, negated=True)
    add_event(d, "سيزور", "042", "RUSGOV", "USA", date="2023-01-20", goldstein=1.9, modality="intent")
    add_event(d, "قطعت", "161", "RUS", "USA", date="1962", goldstein=-4.0, historical=True)
    docs.append(d)
    # The reverse direction in March: sanctions, and an accusation dated only to the month.
    d = make_doc("فرضت وزارة الخزانة الأمريكية عقوبات جديدة على مصارف روسية.\n"
                 "واتهمت واشنطن موسكو بشن هجمات إلكترونية خلال مارس.",
                 published_at="2023-03-10", publisher="Wire A")
    add_event(d, "فرضت", "163", "USAGOV", "RUS", date="2023-03-10", goldstein=-8.0)
    add_event(d, "واتهمت", "112", "USA", "RUS", date="2023-03", goldstein=-2.0)
    docs.append(d)
    # Unrelated dyad
    d = make_doc("قصفت القوات التركية مواقع في شمال العراق.", published_at="2023-02-02", publisher="Wire B")
    add_event(d, "قصفت", "195", "TURMIL", "IRQ", date="2023-02-01", goldstein=-10.0)
    docs.append(d)
    return docs


@pytest.fixture
def store(any_store):
    r = any_store.write_documents(_corpus())
    assert r.added == 5 and r.events == 9
    return any_store


def _period(res, p):
    [row] = [x for x in res["periods"] if x["period"] == p]
    return row


def test_monthly_series_counts_each_story_once_and_separates_excluded(store):
    res = analytics.dyad_series(store, "RUS", "USA", by="month")
    assert [p["period"] for p in res["periods"]] == ["2023-01"]
    jan = _period(res, "2023-01")
    # meeting (2 reports, 1 story event) + threat; negated/intent excluded; historical is dated 1962
    assert jan["events"] == 2 and jan["reports"] == 3
    assert jan["q1"] == 1 and jan["q3"] == 1 and jan["q2"] == jan["q4"] == 0
    assert jan["goldstein_sum"] == pytest.approx(-6.0) and jan["goldstein_mean"] == pytest.approx(-3.0)
    assert jan["documents"] == 2 and jan["publishers"] == 2 and jan["stories"] == 1
    assert jan["mean_sources"] == pytest.approx(1.5)
    assert jan["excluded_negated"] == 1 and jan["excluded_nonasserted"] == 1
    tot = res["totals"]
    assert tot["events"] == 2 and tot["excluded_negated"] == 1 and tot["excluded_nonasserted"] == 1
    # the 1962 event is year-only: too coarse for months, so it is "undated" here
    assert tot["undated"] == 1


def test_include_options_and_raw_counts(store):
    res = analytics.dyad_series(store, "RUS", "USA", by="month", include_negated=True, include_nonasserted=True)
    jan = _period(res, "2023-01")
    # the negated meeting is a different story (other document) -> its own story event
    assert jan["events"] == 4 and jan["excluded_negated"] == 0 and jan["excluded_nonasserted"] == 0
    raw = analytics.dyad_series(store, "RUS", "USA", by="month", dedupe=False)
    assert _period(raw, "2023-01")["events"] == 3
    yearly = analytics.dyad_series(store, "RUS", "USA", by="year", include_historical=True, fill=False)
    assert [p["period"] for p in yearly["periods"]] == ["1962", "2023"]
    assert _period(yearly, "1962")["q4"] == 1


def test_undirected_fill_and_bins(store):
    res = analytics.dyad_series(store, "RUS", "USA", by="month", undirected=True,
                                since="2023-01-01", until="2023-04-30")
    assert [p["period"] for p in res["periods"]] == ["2023-01", "2023-02", "2023-03", "2023-04"]
    assert _period(res, "2023-02")["events"] == 0
    mar = _period(res, "2023-03")
    assert mar["events"] == 2 and mar["q4"] == 1 and mar["q3"] == 1
    # by day the month-only accusation is undated; by week periods are labelled by their Monday
    day = analytics.dyad_series(store, "USA", "RUS", by="day", fill=False)
    assert [p["period"] for p in day["periods"]] == ["2023-03-10"] and day["totals"]["undated"] == 1
    week = analytics.dyad_series(store, "RUS", "USA", by="week", fill=False)
    assert [p["period"] for p in week["periods"]] == ["2023-01-02", "2023-01-16"]
    assert analytics.period_of("2023-01-05", "week") == "2023-01-02"


def test_actor_codes_match_prefix_and_country(store):
    gov = analytics.dyad_series(store, "RUSGOV", "USAGOV", by="month", fill=False)
    assert gov["totals"]["events"] == 1          # the meeting only (the threat targets USA)
    none = analytics.dyad_series(store, "USA", "RUS", by="month", since="2023-01-01", until="2023-01-31")
    assert none["totals"]["events"] == 0


def test_bad_arguments(store):
    with pytest.raises(ValueError):
        analytics.dyad_series(store, "RUS", "USA", by="fortnight")
    with pytest.raises(ValueError):
        analytics.dyad_series(store, "RUS", "USA", since="2023-13-45")


def test_top_actors_and_types(store):
    top = analytics.top_actors(store, limit=3)
    assert top[0]["actor"] == "RUSGOV" and top[0]["events"] == 3 and top[0]["as_source"] == 3
    assert top[0]["stories"] == 1
    countries = analytics.top_actors(store, by="country", limit=10)
    by = {r["actor"]: r for r in countries}
    assert by["RUS"]["events"] == 5 and by["USA"]["events"] == 5 and by["TUR"]["events"] == 1
    src = analytics.top_actors(store, side="source", by="country")
    assert {r["actor"]: r["events"] for r in src} == {"RUS": 3, "USA": 2, "TUR": 1}
    types = analytics.top_event_types(store)
    assert types[0]["code"] == "04" and types[0]["events"] == 2 and types[0]["stories"] == 1
    assert {t["code"] for t in types} == {"04", "13", "16", "11", "19"}
    with_neg = analytics.top_event_types(store, include_negated=True, include_nonasserted=True)
    assert with_neg[0]["code"] == "04" and with_neg[0]["events"] == 4


def test_what_changed(store):
    res = analytics.what_changed(store, "RUS", "USA", ("2023-01-01", "2023-01-31"), "2023-03-01..2023-03-31",
                                 undirected=True)
    assert res["before"]["events"] == 2 and res["after"]["events"] == 2
    rows = {r["code"]: r for r in res["rows"]}
    assert rows["16"]["status"] == "new" and rows["16"]["after_events"] == 1
    assert rows["04"]["status"] == "gone" and rows["04"]["delta_events"] == -1
    assert res["delta"]["goldstein_sum"] == pytest.approx(-10.0 - (-6.0))
    assert rows["16"]["evidence"][0]["sentence"].startswith("فرضت")


def test_dyad_evidence_lists_sources(store):
    ev = analytics.dyad_evidence(store, "RUS", "USA")
    assert ev[0]["cameo"] == "040" and ev[0]["documents"] == 2 and ev[0]["publishers"] == 2
    assert ev[0]["sentence"] in ("التقى وزير الخارجية الروسي نظيره الأمريكي في جنيف أمس.",
                                 "اجتمع لافروف وبلينكن في جنيف لبحث الأزمة الأوكرانية.")
    assert len(ev) == 2


def test_near_duplicate_reports_cluster_into_one_story(any_store):
    import marsad.io.stories as stories
    if getattr(stories, "__file__", None) is None:
        pytest.skip("marsad.io.stories (story clustering) is not available")
    base = ("قال مسؤولون إن وزير الخارجية الروسي التقى نظيره الأمريكي في جنيف اليوم الخميس لبحث ملف تبادل "
            "السجناء والحد من التسلح، وإن الاجتماع استمر أكثر من ثلاث ساعات وانتهى دون إعلان اتفاق نهائي، "
            "فيما أكد الجانبان أنهما سيواصلان المشاورات على مستوى الخبراء خلال الأسابيع المقبلة.")
    d1 = make_doc(base + "\n(رويترز)", publisher="Wire A")
    d2 = make_doc("جنيف - " + base + "\nالمصدر: وكالات", publisher="Wire B")
    for d in (d1, d2):
        add_event(d, "التقى", "040", "RUSGOV", "USAGOV", date="2023-06-01", goldstein=1.0)
    any_store.write_documents([d1])
    any_store.write_documents([d2])
    assert d1.story_id == d2.story_id
    tot = analytics.dyad_series(any_store, "RUS", "USA")["totals"]
    assert (tot["events"], tot["reports"], tot["documents"], tot["publishers"]) == (1, 2, 2, 2)
    raw = analytics.dyad_series(any_store, "RUS", "USA", dedupe=False)["totals"]
    assert raw["events"] == 2


def test_what_changed_accepts_months_and_years(store):
    a = analytics.what_changed(store, "RUS", "USA", "2023-01..2023-01", "2023-03..2023-03", undirected=True)
    b = analytics.what_changed(store, "RUS", "USA", ("2023-01-01", "2023-01-31"), ("2023-03-01", "2023-03-31"),
                               undirected=True)
    assert a["rows"] == b["rows"] and a["after"]["until"] == "2023-03-31"
    y = analytics.what_changed(store, "RUS", "USA", "1962..1962", "2023..2023", include_historical=True)
    assert y["before"]["events"] == 1 and y["before"]["until"] == "1962-12-31"
    with pytest.raises(ValueError):
        analytics.what_changed(store, "RUS", "USA", "2023-02-30..2023-03-01", "2023..2023")


def test_actor_in_store(store):
    assert analytics.actor_in_store(store, "RUS") and analytics.actor_in_store(store, "usagov")
    assert analytics.actor_in_store(store, "IRQ")
    assert not analytics.actor_in_store(store, "XYZ") and not analytics.actor_in_store(store, "")
