"""Answers over the event store: dyad time series, top actors and event types, what changed.

Every function takes an open :class:`marsad.store.Store` (DuckDB or PostgreSQL — the SQL is
written once and runs on both) and returns plain dicts and lists (JSON-ready), so the CLI,
the REST API and notebooks use the same numbers.

Counting rules (the same in every function)
-------------------------------------------
*Which events count.*  By default only events that are reported as having happened:
``negated`` events ("did not meet") are excluded, ``historical`` background events
("during the 2003 invasion ...") are excluded, and events with a non-asserted ``modality``
(intent, future, conditional, possible, demand, hypothetical: "will visit", "threatened to")
are excluded too — a promise to meet is not a meeting.  Each excluded kind is *counted
separately* (``excluded_negated``, ``excluded_historical``, ``excluded_nonasserted``) so
nothing silently disappears, and ``include_negated`` / ``include_historical`` /
``include_nonasserted`` put them back in.  When one event is several of these, it is
classified in that order (negated, then historical, then non-asserted).

*Each story once.*  One happening reported by five outlets is one event, not five: events
are grouped into *story events* — same story cluster (``story_id``, from near-duplicate
clustering at ingest; the document itself when it has none), same period, same CAMEO code,
same direction.  ``events`` and the QuadClass counts count story events; ``reports`` counts
the raw event rows behind them; ``documents`` and ``publishers`` count the distinct articles
and outlets reporting them (the number of sources); Goldstein sums and means are over story
events (each story event has the Goldstein value of its CAMEO code).  Pass ``dedupe=False``
to count raw rows instead.

*Dates.*  An event's ``date`` may be a day, a month or a year.  A series by day or week uses
events dated to the day; by month, those dated to the month or better; events too coarse for
the bin (or undated) are reported in ``undated`` rather than placed arbitrarily.  ``since``
/ ``until`` (inclusive ISO dates) compare with the first day an event's date covers (an
event dated ``2023-03`` counts from 2023-03-01, one dated ``2023`` from 2023-01-01).

*Actors.*  ``RUS`` matches a CAMEO code prefix (``RUS``, ``RUSGOV``, ``RUSMIL``) or the ISO-3
country of the actor, exactly as ``marsad events --dyad`` does.
"""
from __future__ import annotations

import datetime as _dt
import time
from decimal import Decimal
from typing import Any, Optional, Sequence

from .store import actor_side_sql, date_range_sql

BINS = ("day", "week", "month", "year")
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
STATUSES = ("asserted", "negated", "historical", "nonasserted")
MAX_FILL = 20000   # longest series (in bins) that is filled with empty periods

__all__ = ["dyad_series", "dyad_evidence", "actor_in_store", "top_actors", "top_event_types", "what_changed",
           "period_of", "BINS", "QUAD_NAMES"]


# -- helpers -------------------------------------------------------------------

def _py(v: Any) -> Any:
    """Plain Python value (PostgreSQL returns Decimal for sums of bigints and numeric avgs)."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


def _f(v: Any, nd: int = 4) -> Optional[float]:
    v = _py(v)
    return None if v is None else round(float(v), nd)


def _i(v: Any) -> int:
    v = _py(v)
    return int(v or 0)


def _check_date(value: Optional[str], name: str) -> Optional[str]:
    if value is None or value == "":
        return None
    try:
        _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"{name} must be an ISO date like 2022-12-02 (got {value!r})") from None
    return str(value)[:10]


def _period_sql(by: str) -> tuple[str, int]:
    """SQL expression of an event's period for bin ``by`` and the date length it needs."""
    if by == "day":
        return "CASE WHEN length(date) >= 10 THEN substr(date, 1, 10) END", 10
    if by == "week":
        # ISO week, labelled by its Monday (date_trunc('week') is Monday-based in both engines)
        return ("CASE WHEN length(date) >= 10 THEN CAST(CAST(date_trunc('week', "
                "CAST(substr(date, 1, 10) AS TIMESTAMP)) AS DATE) AS TEXT) END"), 10
    if by == "month":
        return "CASE WHEN length(date) >= 7 THEN substr(date, 1, 7) END", 7
    if by == "year":
        return "CASE WHEN length(date) >= 4 THEN substr(date, 1, 4) END", 4
    raise ValueError(f"by must be one of {', '.join(BINS)} (got {by!r})")


def period_of(date: str, by: str) -> Optional[str]:
    """The period label of an ISO date for bin ``by`` (None when the date is too coarse)."""
    if not date:
        return None
    if by == "day":
        return date[:10] if len(date) >= 10 else None
    if by == "week":
        if len(date) < 10:
            return None
        d = _dt.date.fromisoformat(date[:10])
        return (d - _dt.timedelta(days=d.weekday())).isoformat()
    if by == "month":
        return date[:7] if len(date) >= 7 else None
    if by == "year":
        return date[:4]
    raise ValueError(f"by must be one of {', '.join(BINS)} (got {by!r})")


def _next_period(p: str, by: str) -> str:
    if by == "day":
        return (_dt.date.fromisoformat(p) + _dt.timedelta(days=1)).isoformat()
    if by == "week":
        return (_dt.date.fromisoformat(p) + _dt.timedelta(days=7)).isoformat()
    if by == "month":
        y, m = int(p[:4]), int(p[5:7])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return f"{y:04d}-{m:02d}"
    return f"{int(p) + 1:04d}"


def _period_range(first: str, last: str, by: str) -> list[str]:
    out = [first]
    while out[-1] < last and len(out) < MAX_FILL:
        out.append(_next_period(out[-1], by))
    return out


_STATUS_SQL = ("CASE WHEN negated THEN 'negated' WHEN historical THEN 'historical' "
               "WHEN coalesce(modality, 'asserted') <> 'asserted' THEN 'nonasserted' ELSE 'asserted' END")


def _counted(include_negated: bool, include_historical: bool, include_nonasserted: bool) -> list[str]:
    s = ["asserted"]
    if include_negated:
        s.append("negated")
    if include_historical:
        s.append("historical")
    if include_nonasserted:
        s.append("nonasserted")
    return s


def _excl(status: str, counted: Sequence[str], extra: str = "") -> str:
    """SQL counting rows of an excluded status (0 when that status is counted)."""
    if status in counted:
        return "0"
    cond = f"status = '{status}'" + (f" AND {extra}" if extra else "")
    return f"sum(CASE WHEN {cond} THEN 1 ELSE 0 END)"


def _in(values: Sequence[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"   # only our own constants


def _flt_where(flt: Any) -> tuple[str, list]:
    """WHERE body (without the keyword) of an EventFilter, or ('1 = 1', [])."""
    if flt is None:
        return "1 = 1", []
    where, params = flt.where()
    where = where.strip()
    if where.upper().startswith("WHERE"):
        where = where[5:].strip()
    return (where or "1 = 1"), list(params)


def _dyad_where(source: str, target: str, undirected: bool, since: Optional[str], until: Optional[str],
                flt: Any = None) -> tuple[str, list, str, list]:
    """(where, params, direction_sql, direction_params) for a dyad."""
    params: list = []
    fwd = f"({actor_side_sql('source', source, params)} AND {actor_side_sql('target', target, params)})"
    if undirected:
        rev = f"({actor_side_sql('source', target, params)} AND {actor_side_sql('target', source, params)})"
        clause = f"({fwd} OR {rev})"
    else:
        clause = fwd
    clauses = [clause]
    date_range_sql(clauses, params, since, until)
    if flt is not None:
        w, p = _flt_where(flt)
        clauses.append(f"({w})")
        params += p
    dparams: list = []
    if undirected:
        dsql = f"CASE WHEN {actor_side_sql('source', source, dparams)} AND {actor_side_sql('target', target, dparams)} THEN 'f' ELSE 'r' END"
    else:
        dsql = "'f'"
    return " AND ".join(clauses), params, dsql, dparams


def _cameo_name(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    try:
        from .coding.cameo import lookup
        return lookup(code)[0]
    except Exception:  # the coding data may be absent or the code unknown
        return None


def _options(**kw: Any) -> dict:
    return {k: v for k, v in kw.items()}


# -- dyad time series ------------------------------------------------------------

def dyad_series(store: Any, source: str, target: str, by: str = "month", since: Optional[str] = None,
                until: Optional[str] = None, undirected: bool = False, *, include_negated: bool = False,
                include_historical: bool = False, include_nonasserted: bool = False, dedupe: bool = True,
                fill: bool = True, flt: Any = None) -> dict:
    """Relations between two actors over time.

    Returns ``{"source", "target", "by", "since", "until", "undirected", "options",
    "periods": [...], "totals": {...}, "seconds"}`` where each period is::

        {"period": "2022-11",      # day "YYYY-MM-DD", week (its Monday) "YYYY-MM-DD", month "YYYY-MM", year "YYYY"
         "events": 3,              # story events counted (each story cluster once per code and period)
         "reports": 7,             # raw event rows behind them
         "documents": 5, "publishers": 3, "stories": 2,   # number of sources
         "q1": 1, "q2": 0, "q3": 2, "q4": 0,              # story events per QuadClass
         "goldstein_sum": -3.6, "goldstein_mean": -1.2,    # over story events (None when no events)
         "mean_sources": 2.3,      # mean documents per story event
         "excluded_negated": 1, "excluded_historical": 0, "excluded_nonasserted": 2}

    ``totals`` has the same fields over the whole range plus ``undated`` (dyad events whose
    date is missing or too coarse for ``by``) and ``first`` / ``last`` periods with data.
    With ``undirected`` the dyad matches in both directions (and a story event keeps its
    direction).  ``flt`` (an :class:`marsad.store.EventFilter`) adds further conditions.
    """
    t0 = time.perf_counter()
    since, until = _check_date(since, "since"), _check_date(until, "until")
    if not source or not target:
        raise ValueError("source and target actors are required (e.g. RUS, USA)")
    pexpr, need = _period_sql(by)
    where, params, dsql, dparams = _dyad_where(source, target, undirected, since, until, flt)
    counted = _counted(include_negated, include_historical, include_nonasserted)
    story = "coalesce(story_id, doc_id)" if dedupe else "event_id"
    ev = (f"SELECT {pexpr} AS period, {story} AS story, coalesce(story_id, doc_id) AS cluster, {dsql} AS dir, "
          f"cameo, quad_class, goldstein, doc_id, publisher, {_STATUS_SQL} AS status "
          f"FROM events WHERE {where}")
    ev_params = dparams + params
    # story events per period, and over the whole range (ROLLUP row, GROUPING(period) = 1)
    sql_se = (
        f"WITH ev AS ({ev}), se AS ("
        f"SELECT period, story, dir, cameo, min(quad_class) AS qc, avg(goldstein) AS g, count(*) AS n_rows, "
        f"count(DISTINCT doc_id) AS n_docs FROM ev WHERE period IS NOT NULL AND status IN {_in(counted)} "
        f"GROUP BY period, story, dir, cameo) "
        f"SELECT period, GROUPING(period) AS is_total, count(*) AS events, sum(n_rows) AS reports, "
        f"sum(CASE WHEN qc = 1 THEN 1 ELSE 0 END) AS q1, sum(CASE WHEN qc = 2 THEN 1 ELSE 0 END) AS q2, "
        f"sum(CASE WHEN qc = 3 THEN 1 ELSE 0 END) AS q3, sum(CASE WHEN qc = 4 THEN 1 ELSE 0 END) AS q4, "
        f"sum(g) AS goldstein_sum, avg(g) AS goldstein_mean, avg(CAST(n_docs AS DOUBLE PRECISION)) AS mean_sources "
        f"FROM se GROUP BY ROLLUP (period)")
    # sources and exclusions per period and in total; the period-NULL group holds the undated events
    cnt = f"status IN {_in(counted)}"
    dated = "period IS NOT NULL"
    sql_src = (
        f"WITH ev AS ({ev}) SELECT period, GROUPING(period) AS is_total, "
        f"count(DISTINCT CASE WHEN {cnt} AND {dated} THEN doc_id END) AS documents, "
        f"count(DISTINCT CASE WHEN {cnt} AND {dated} THEN publisher END) AS publishers, "
        f"count(DISTINCT CASE WHEN {cnt} AND {dated} THEN cluster END) AS stories, "
        f"{_excl('negated', counted, dated)} AS excluded_negated, "
        f"{_excl('historical', counted, dated)} AS excluded_historical, "
        f"{_excl('nonasserted', counted, dated)} AS excluded_nonasserted, "
        f"sum(CASE WHEN period IS NULL THEN 1 ELSE 0 END) AS undated "
        f"FROM ev GROUP BY ROLLUP (period)")
    db = store.db
    _, se_rows = db.query(sql_se, ev_params)
    _, src_rows = db.query(sql_src, ev_params)
    by_period: dict[str, dict] = {}
    totals = _empty_period("")
    del totals["period"]
    totals.update({"first": None, "last": None, "undated": 0})
    for r in se_rows:
        vals = {"events": _i(r[2]), "reports": _i(r[3]), "q1": _i(r[4]), "q2": _i(r[5]), "q3": _i(r[6]),
                "q4": _i(r[7]), "goldstein_sum": _f(r[8]), "goldstein_mean": _f(r[9]), "mean_sources": _f(r[10], 3)}
        if _i(r[1]):
            totals.update(vals)
        else:
            by_period[r[0]] = {"period": r[0], **vals}
    for r in src_rows:
        vals = {"documents": _i(r[2]), "publishers": _i(r[3]), "stories": _i(r[4]), "excluded_negated": _i(r[5]),
                "excluded_historical": _i(r[6]), "excluded_nonasserted": _i(r[7])}
        if _i(r[1]):
            totals.update(vals)
            totals["undated"] = _i(r[8])
        elif r[0] is not None:
            by_period.setdefault(r[0], _empty_period(r[0])).update(vals)
    for p, row in by_period.items():
        for k, v in _empty_period(p).items():
            row.setdefault(k, v)
    with_events = sorted(p for p, row in by_period.items() if row["events"])
    if with_events:
        totals["first"], totals["last"] = with_events[0], with_events[-1]
    periods = sorted(by_period)
    if fill:
        lo = period_of(since, by) if since else (periods[0] if periods else None)
        hi = period_of(until, by) if until else (periods[-1] if periods else None)
        if lo and hi and lo <= hi:
            for p in _period_range(lo, hi, by):
                by_period.setdefault(p, _empty_period(p))
            periods = sorted(by_period)
    series = [by_period[p] for p in periods]
    return {
        "source": source.upper(), "target": target.upper(), "by": by, "since": since, "until": until,
        "undirected": undirected,
        "options": _options(include_negated=include_negated, include_historical=include_historical,
                            include_nonasserted=include_nonasserted, dedupe=dedupe),
        "periods": series, "totals": totals, "seconds": round(time.perf_counter() - t0, 4),
    }


def _empty_period(p: str) -> dict:
    return {"period": p, "events": 0, "reports": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0,
            "goldstein_sum": None, "goldstein_mean": None, "mean_sources": None, "documents": 0,
            "publishers": 0, "stories": 0, "excluded_negated": 0, "excluded_historical": 0,
            "excluded_nonasserted": 0}


# -- evidence --------------------------------------------------------------------

def dyad_evidence(store: Any, source: str, target: str, since: Optional[str] = None,
                  until: Optional[str] = None, undirected: bool = False, *, cameo: Optional[str] = None,
                  include_negated: bool = False, include_historical: bool = False,
                  include_nonasserted: bool = False, limit: int = 50, offset: int = 0) -> list[dict]:
    """The story events behind a dyad series, most reported first, each with its evidence.

    Each item: ``{"story_id", "cameo", "cameo_name", "quad_class", "goldstein", "direction"
    ("forward" / "reverse"), "first_date", "last_date", "reports", "documents", "publishers",
    "event_id", "doc_id", "sentence", "trigger", "trigger_span", "url"}`` — the example event is the
    earliest-dated (then smallest id) report of the story event.
    """
    since, until = _check_date(since, "since"), _check_date(until, "until")
    where, params, dsql, dparams = _dyad_where(source, target, undirected, since, until)
    if cameo:
        where += " AND cameo LIKE ?"
        params.append(cameo + "%")
    counted = _counted(include_negated, include_historical, include_nonasserted)
    ev = (f"SELECT coalesce(story_id, doc_id) AS story, {dsql} AS dir, coalesce(cameo, '') AS cameo, quad_class, "
          f"goldstein, doc_id, publisher, date, event_id, {_STATUS_SQL} AS status FROM events WHERE {where}")
    # the example of a story event is its earliest report: the minimum of "date|event_id"
    # (undated last), joined back to events by primary key after the page is cut
    sql = (
        f"WITH ev AS ({ev}), se AS (SELECT story, dir, cameo, min(quad_class) AS qc, avg(goldstein) AS g, "
        f"min(date) AS first_date, max(date) AS last_date, count(*) AS reports, "
        f"count(DISTINCT doc_id) AS documents, count(DISTINCT publisher) AS publishers, "
        f"min(coalesce(date, '9999') || '|' || event_id) AS ex_key "
        f"FROM ev WHERE status IN {_in(counted)} GROUP BY story, dir, cameo "
        f"ORDER BY documents DESC, reports DESC, first_date, story, cameo, dir "
        f"LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}) "
        f"SELECT se.story, se.dir, se.cameo, se.qc, se.g, se.first_date, se.last_date, se.reports, se.documents, "
        f"se.publishers, e.event_id, e.doc_id, e.url, e.sentence, e.trigger, e.trigger_start, e.trigger_end "
        f"FROM se LEFT JOIN events e ON e.event_id = split_part(se.ex_key, '|', 2) "
        f"ORDER BY se.documents DESC, se.reports DESC, se.first_date, se.story, se.cameo, se.dir")
    _, rows = store.db.query(sql, dparams + params)
    out = []
    for r in rows:
        out.append({
            "story_id": r[0], "cameo": r[2], "cameo_name": _cameo_name(r[2]), "quad_class": _py(r[3]),
            "goldstein": _f(r[4]), "direction": "forward" if r[1] == "f" else "reverse",
            "first_date": r[5], "last_date": r[6], "reports": _i(r[7]), "documents": _i(r[8]),
            "publishers": _i(r[9]), "event_id": r[10], "doc_id": r[11], "url": r[12], "sentence": r[13],
            "trigger": r[14], "trigger_span": [_py(r[15]), _py(r[16])],
        })
    return out


def actor_in_store(store: Any, actor: str) -> bool:
    """Whether any stored event has ``actor`` (code prefix or ISO-3 country) on either side.

    For front ends that want to answer "unknown actor" rather than an empty series."""
    if not actor or not actor.strip():
        return False
    params: list = []
    cond = f"{actor_side_sql('source', actor.strip(), params)} OR {actor_side_sql('target', actor.strip(), params)}"
    _, rows = store.db.query(f"SELECT 1 FROM events WHERE {cond} LIMIT 1", params)
    return bool(rows)


# -- top actors / event types ----------------------------------------------------------

def _status_clause(include_negated: bool, include_historical: bool, include_nonasserted: bool) -> str:
    return f"{_STATUS_SQL} IN {_in(_counted(include_negated, include_historical, include_nonasserted))}"


def top_actors(store: Any, flt: Any = None, limit: int = 20, *, by: str = "code", side: str = "either",
               since: Optional[str] = None, until: Optional[str] = None, include_negated: bool = False,
               include_historical: bool = False, include_nonasserted: bool = False) -> list[dict]:
    """Most active actors: ``[{"actor", "name", "events", "stories", "as_source", "as_target",
    "goldstein_mean", "q1".."q4"}]``, most events first.

    ``by="code"`` groups by CAMEO actor code (``RUSGOV``), ``by="country"`` by ISO-3 country;
    ``side`` is ``either`` (an event counts for both its actors), ``source`` or ``target``.
    ``events`` counts event rows, ``stories`` distinct story clusters; ``flt`` (EventFilter)
    narrows the events first.
    """
    if by not in ("code", "country"):
        raise ValueError("by must be code or country")
    if side not in ("either", "source", "target"):
        raise ValueError("side must be either, source or target")
    since, until = _check_date(since, "since"), _check_date(until, "until")
    w, params = _flt_where(flt)
    clauses = [f"({w})", _status_clause(include_negated, include_historical, include_nonasserted)]
    date_range_sql(clauses, params, since, until)
    where = " AND ".join(clauses)
    col = "code" if by == "code" else "country"
    parts, all_params = [], []
    for s, is_src in (("source", 1), ("target", 0)):
        if side != "either" and side != s:
            continue
        # a name only makes sense for an actor code (a country groups many named actors)
        name_sql = f"{s}_name" if by == "code" else "CAST(NULL AS TEXT)"
        parts.append(f"SELECT {s}_{col} AS actor, {name_sql} AS name, {is_src} AS as_source, {1 - is_src} AS as_target, "
                     f"coalesce(story_id, doc_id) AS story, goldstein, quad_class FROM events "
                     f"WHERE {s}_{col} IS NOT NULL AND {s}_{col} <> '' AND {where}")
        all_params += params
    sql = (f"SELECT actor, max(name) AS name, count(*) AS events, count(DISTINCT story) AS stories, "
           f"sum(as_source) AS as_source, sum(as_target) AS as_target, avg(goldstein) AS gm, "
           f"sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END), "
           f"sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) "
           f"FROM ({' UNION ALL '.join(parts)}) a GROUP BY actor ORDER BY events DESC, actor "
           f"LIMIT {max(0, int(limit))}")
    _, rows = store.db.query(sql, all_params)
    return [{"actor": r[0], "name": r[1], "events": _i(r[2]), "stories": _i(r[3]), "as_source": _i(r[4]),
             "as_target": _i(r[5]), "goldstein_mean": _f(r[6]), "q1": _i(r[7]), "q2": _i(r[8]),
             "q3": _i(r[9]), "q4": _i(r[10])} for r in rows]


def top_event_types(store: Any, flt: Any = None, limit: int = 20, *, level: str = "root",
                    since: Optional[str] = None, until: Optional[str] = None, include_negated: bool = False,
                    include_historical: bool = False, include_nonasserted: bool = False) -> list[dict]:
    """Most frequent event types: ``[{"code", "name", "events", "stories", "quad_class",
    "goldstein_mean", "documents"}]``.

    ``level``: ``root`` (2-digit CAMEO root), ``cameo`` (full CAMEO code) or ``plover``
    (PLOVER event type; ``name`` is then the type itself).
    """
    col = {"root": "cameo_root", "cameo": "cameo", "plover": "plover_type"}.get(level)
    if col is None:
        raise ValueError("level must be root, cameo or plover")
    since, until = _check_date(since, "since"), _check_date(until, "until")
    w, params = _flt_where(flt)
    clauses = [f"({w})", _status_clause(include_negated, include_historical, include_nonasserted),
               f"{col} IS NOT NULL", f"{col} <> ''"]
    date_range_sql(clauses, params, since, until)
    sql = (f"SELECT {col} AS code, count(*) AS events, count(DISTINCT coalesce(story_id, doc_id)) AS stories, "
           f"min(quad_class) AS qc, avg(goldstein) AS gm, count(DISTINCT doc_id) AS documents "
           f"FROM events WHERE {' AND '.join(clauses)} GROUP BY {col} ORDER BY events DESC, code "
           f"LIMIT {max(0, int(limit))}")
    _, rows = store.db.query(sql, params)
    return [{"code": r[0], "name": (r[0] if level == "plover" else _cameo_name(r[0])), "events": _i(r[1]),
             "stories": _i(r[2]), "quad_class": _py(r[3]), "goldstein_mean": _f(r[4]),
             "documents": _i(r[5])} for r in rows]


# -- what changed -----------------------------------------------------------------

def _expand(value: Optional[str], end: bool) -> Optional[str]:
    """'2022' / '2022-03' -> first (or last) day of that year / month; full dates unchanged."""
    if not value:
        return value
    v = str(value)
    if len(v) == 4 and v.isdigit():
        return f"{v}-12-31" if end else f"{v}-01-01"
    if len(v) == 7 and v[4] == "-" and v[:4].isdigit() and v[5:].isdigit():
        import calendar
        y, m = int(v[:4]), int(v[5:])
        if 1 <= m <= 12:
            return f"{v}-{calendar.monthrange(y, m)[1]:02d}" if end else f"{v}-01"
    return v


def _parse_period(p: Any, name: str) -> tuple[Optional[str], Optional[str]]:
    if isinstance(p, str):
        sep = ".." if ".." in p else ":"
        a, _, b = p.partition(sep)
        p = (a or None, b or None)
    if not isinstance(p, (tuple, list)) or len(p) != 2:
        raise ValueError(f"{name} must be (since, until) or 'SINCE..UNTIL'")
    return (_check_date(_expand(p[0], False), f"{name} start"),
            _check_date(_expand(p[1], True), f"{name} end"))


def what_changed(store: Any, source: str, target: str, before: Any, after: Any, undirected: bool = False,
                 *, level: str = "root", include_negated: bool = False, include_historical: bool = False,
                 include_nonasserted: bool = False, dedupe: bool = True, evidence: int = 1) -> dict:
    """Compare a dyad between two periods, per event type.

    ``before`` / ``after`` are ``(since, until)`` pairs of ISO dates (either end may be None) or
    strings ``"2022-01-01..2022-06-30"``; a bare year or month stands for its first day as a
    start and its last day as an end (``"2022-01..2022-06"``).  Returns::

        {"source", "target", "before": {"since", "until", <totals>}, "after": {...},
         "delta": {"events", "goldstein_sum", "goldstein_mean", "q1".."q4"},
         "rows": [{"code", "name", "before_events", "after_events", "delta_events",
                   "before_goldstein", "after_goldstein", "delta_goldstein",
                   "before_share", "after_share", "status": "new"|"gone"|"up"|"down"|"same",
                   "evidence": [ {event_id, doc_id, date, sentence, trigger} ]}, ...]}

    Rows are sorted by the size of the change in event count (then Goldstein change, then code);
    totals are story-event counts as in :func:`dyad_series`.  ``level`` is ``root`` or ``cameo``.
    """
    col = {"root": "cameo_root", "cameo": "cameo"}.get(level)
    if col is None:
        raise ValueError("level must be root or cameo")
    periods = {"before": _parse_period(before, "before"), "after": _parse_period(after, "after")}
    counted = _counted(include_negated, include_historical, include_nonasserted)
    story = "coalesce(story_id, doc_id)" if dedupe else "event_id"
    res: dict[str, Any] = {"source": source.upper(), "target": target.upper(), "undirected": undirected,
                           "level": level}
    per_code: dict[str, dict[str, tuple[int, float]]] = {}
    for key, (since, until) in periods.items():
        where, params, dsql, dparams = _dyad_where(source, target, undirected, since, until)
        ev = (f"SELECT {story} AS story, {dsql} AS dir, cameo, {col} AS code, quad_class, goldstein, "
              f"{_STATUS_SQL} AS status FROM events WHERE {where}")
        sql = (f"WITH ev AS ({ev}), se AS (SELECT story, dir, cameo, min(code) AS code, min(quad_class) AS qc, "
               f"avg(goldstein) AS g FROM ev WHERE status IN {_in(counted)} GROUP BY story, dir, cameo) "
               f"SELECT code, count(*), sum(g), sum(CASE WHEN qc = 1 THEN 1 ELSE 0 END), "
               f"sum(CASE WHEN qc = 2 THEN 1 ELSE 0 END), sum(CASE WHEN qc = 3 THEN 1 ELSE 0 END), "
               f"sum(CASE WHEN qc = 4 THEN 1 ELSE 0 END) FROM se GROUP BY code ORDER BY code")
        _, rows = store.db.query(sql, dparams + params)
        tot = {"since": since, "until": until, "events": 0, "goldstein_sum": 0.0, "q1": 0, "q2": 0, "q3": 0,
               "q4": 0}
        for r in rows:
            code = r[0] or "?"
            n, g = _i(r[1]), float(_py(r[2]) or 0.0)
            per_code.setdefault(code, {})[key] = (n, g)
            tot["events"] += n
            tot["goldstein_sum"] += g
            for q in range(1, 5):
                tot[f"q{q}"] += _i(r[2 + q])
        tot["goldstein_mean"] = round(tot["goldstein_sum"] / tot["events"], 4) if tot["events"] else None
        tot["goldstein_sum"] = round(tot["goldstein_sum"], 4)
        res[key] = tot
    b, a = res["before"], res["after"]
    res["delta"] = {
        "events": a["events"] - b["events"],
        "goldstein_sum": round(a["goldstein_sum"] - b["goldstein_sum"], 4),
        "goldstein_mean": (round(a["goldstein_mean"] - b["goldstein_mean"], 4)
                           if a["goldstein_mean"] is not None and b["goldstein_mean"] is not None else None),
        **{f"q{q}": a[f"q{q}"] - b[f"q{q}"] for q in range(1, 5)},
    }
    rows_out = []
    for code, v in per_code.items():
        bn, bg = v.get("before", (0, 0.0))
        an, ag = v.get("after", (0, 0.0))
        status = "new" if bn == 0 else "gone" if an == 0 else "up" if an > bn else "down" if an < bn else "same"
        rows_out.append({
            "code": code, "name": _cameo_name(code), "before_events": bn, "after_events": an,
            "delta_events": an - bn, "before_goldstein": round(bg, 4), "after_goldstein": round(ag, 4),
            "delta_goldstein": round(ag - bg, 4),
            "before_share": round(bn / b["events"], 4) if b["events"] else 0.0,
            "after_share": round(an / a["events"], 4) if a["events"] else 0.0,
            "status": status, "evidence": [],
        })
    rows_out.sort(key=lambda r: (-abs(r["delta_events"]), -abs(r["delta_goldstein"]), r["code"]))
    if evidence > 0:
        for key in ("before", "after"):
            want = [r for r in rows_out[:10] if (r["after_events"] if key == "after" else not r["after_events"])]
            if not want:
                continue
            since, until = periods[key]
            where, params, _d, _dp = _dyad_where(source, target, undirected, since, until)
            ph = ", ".join("?" * len(want))
            ex = store.db.query_dicts(
                f"SELECT code, event_id, doc_id, date, sentence, trigger, url FROM ("
                f"SELECT {col} AS code, event_id, doc_id, date, sentence, trigger, url, "
                f"ROW_NUMBER() OVER (PARTITION BY {col} ORDER BY date, event_id) AS rn FROM events "
                f"WHERE {where} AND {col} IN ({ph}) AND {_STATUS_SQL} IN {_in(counted)}) x "
                f"WHERE rn <= {int(evidence)} ORDER BY code, rn", [*params, *[r["code"] for r in want]])
            for r in want:
                r["evidence"] = [{k: v for k, v in e.items() if k != "code"} for e in ex if e["code"] == r["code"]]
                r["evidence_period"] = key
    res["rows"] = rows_out
    return res

