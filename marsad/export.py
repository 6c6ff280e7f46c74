"""Export stored events in the formats event-data users' tools read.

``export_events(store, fmt, out, flt=None)`` streams the events matching an
:class:`marsad.store.EventFilter` (the same filters as ``marsad events``) to a file and
returns ``{"format", "path", "rows", "events", "seconds", "columns"}``.  ``out`` may be ``-``
(stdout, text formats only); a path ending in ``.gz`` is gzip-compressed (text formats).

Formats and their columns
-------------------------
``csv`` / ``jsonl`` / ``parquet``
    The flat event rows, columns :data:`marsad.records.EVENT_COLUMNS` in that order (one row
    per event; JSON Lines has one object per line with the same keys; Parquet types follow
    :data:`marsad.records.EVENT_SCHEMA`: TEXT -> string, INTEGER -> int64, DOUBLE -> float64,
    BOOLEAN -> bool).

``phoenix``
    Tab-delimited, one row per event, the 26 columns of the Phoenix data set in its standard
    order (:data:`PHOENIX_COLUMNS`; as written by the OEDA phoenix_pipeline ``postprocess``
    step: ``EventID Date Year Month Day SourceActorFull SourceActorEntity SourceActorRole
    SourceActorAttribute TargetActorFull TargetActorEntity TargetActorRole TargetActorAttribute
    EventCode EventRootCode QuadClass GoldsteinScore Issues Lat Lon LocationName StateName
    CountryCode SentenceID URLs NewsSources``).  A header row is written (``header=False`` for
    the original header-less files).  How marsad fills them:

    - EventID: marsad's event id (hex; Phoenix used a running integer).
    - Date: ``YYYYMMDD``; Year, Month, Day as integers.  An event dated only to a month
      leaves Date and Day empty (only to a year: Month too); an undated event leaves all four
      empty.
    - SourceActorFull: the CAMEO actor code (``RUSGOV``).  Entity: its first three letters when
      they are the actor's country or IGO/NGO/IMG/MNC; Role: letters 4-6 when they are one of
      Phoenix's primary agents (GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL); Attribute:
      the remaining 3-letter codes joined by ``;``.  Same for the target.
    - QuadClass: Phoenix's own 0-4 class from the root code (0 neutral 01-02, 1 verbal
      cooperation 03-05, 2 material cooperation 06-08, 3 verbal conflict 09-13 and 16,
      4 material conflict 14-15 and 17-20) — note this differs from the 1-4 ``quad_class`` of
      the other formats.  GoldsteinScore: the event's Goldstein value.
    - Issues: empty (marsad does not code Phoenix issues).
    - Lat, Lon, LocationName, CountryCode (ISO-3): the event's place; StateName: empty.
    - SentenceID: ``<doc_id>_<character offset of the sentence>``; URLs: the article URL;
      NewsSources: the publisher.
    - Tabs and newlines inside values are replaced by spaces.

``plover``
    PLOVER JSON records, one per line (JSON Lines, as the PLOVER manual's "Data Fields"
    chapter suggests), with the manual's field names: ``id``, ``date`` (YYYY-MM-DD, or the
    coarser ISO date when that is all that is known), ``enddate``, ``actor`` and
    ``recipient`` (lists of entity objects ``{code (3-letter country or IGO/NGO...), sector,
    entity_text, identifier_text, cameo_code}``; empty list when unknown), ``event`` (list of
    PLOVER event types; CAMEO->PLOVER map when the coder left it empty), ``mode``,
    ``context`` (list; PLOVER's auxiliary modes ``negation``, ``historical``, ``future``,
    ``hypothetical`` are added here as the manual prescribes), ``quad_code`` (1-4),
    ``event_scale`` (the CAMEO Goldstein value, not a PLOVER score), ``event_loc``
    (``extracted_place``, ``resolved_place``, ``geonameid``, ``lat``, ``lon``,
    ``country_code``, ``resolution`` 4 city / 2 region / 1 country), ``event_text`` (the
    trigger), ``text`` (the evidence sentence; ``plover_text=False`` leaves it out),
    ``text_info`` (``start``, ``end``, ``trigger_start``, ``trigger_end`` character offsets),
    ``cite_info`` (``url``, ``publication``, ``language``, ``coder``, ``codebook``), ``link``
    (the story cluster), ``coder``, plus marsad's ``doc_id`` and ``cameo``.

``gdelt``
    A GDELT-like event table (tab-delimited with a header, like GDELT 2.0's ``export.CSV``),
    one row per *story event*: reports of the same event (same story cluster, date, CAMEO
    code, source and target codes) are merged, which is what GDELT's NumMentions /
    NumSources / NumArticles count.  Columns :data:`GDELT_COLUMNS`, a documented subset of
    GDELT 2.0's: GlobalEventID (integer from the first 15 hex digits of the representative
    event id), SQLDATE (YYYYMMDD, empty when not dated to the day), MonthYear, Year,
    FractionDate, Actor1Code/Name/CountryCode/Type1Code, Actor2..., IsRootEvent (1 when coded
    from the title), EventCode, EventBaseCode, EventRootCode, QuadClass (1-4), GoldsteinScale,
    NumMentions (event rows), NumSources (distinct publishers), NumArticles (distinct
    documents), ActionGeo_Type (1 country, 4 city, 5 region), ActionGeo_Fullname,
    ActionGeo_CountryCode (ISO-3, where GDELT uses FIPS 10-4), ActionGeo_Lat, ActionGeo_Long,
    ActionGeo_FeatureID, DATEADDED (publication date YYYYMMDD of the representative article),
    SOURCEURL, then marsad's MarsadEventID and MarsadStoryID for tracing back to evidence.
    Not produced: tone, religion/ethnic/known-group codes, Actor1Geo/Actor2Geo.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from .records import EVENT_COLUMNS, EVENT_SCHEMA

FORMATS = ("csv", "jsonl", "parquet", "phoenix", "plover", "gdelt")

PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
    "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources",
]
PHOENIX_AGENTS = ("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL")
PHOENIX_ROOT_ACTORS = ("IGO", "NGO", "IMG", "MNC")
# Phoenix's 0-4 class by CAMEO root (phoenix_pipeline postprocess convention)
PHOENIX_CLASS = {"01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3,
                 "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 3, "17": 4, "18": 4, "19": 4, "20": 4}

PLOVER_FIELDS = ["id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "quad_code",
                 "event_scale", "event_loc", "event_text", "text", "text_info", "cite_info", "link", "coder",
                 "has_event", "doc_id", "cameo"]
PLOVER_CODEBOOK = "PLOVER 2021 (CAMEO2PLOVER-2021 mapping)"

GDELT_COLUMNS = [
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_Fullname", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL", "MarsadEventID", "MarsadStoryID",
]
_GEO_TYPE = {"country": 1, "city": 4, "region": 5}
_PLOVER_RESOLUTION = {"city": 4, "region": 2, "country": 1}

__all__ = ["FORMATS", "PHOENIX_COLUMNS", "GDELT_COLUMNS", "PLOVER_FIELDS", "export_events", "iter_event_rows",
           "phoenix_row", "plover_record", "gdelt_row", "parquet_schema"]


# -- reading rows from the store, streamed ----------------------------------------------

def _event_sql(flt: Any) -> tuple[str, list]:
    from .store import EventFilter
    where, params = (flt or EventFilter()).where()
    return (f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where} "
            f"ORDER BY date, doc_id, trigger_start, event_id"), list(params)


def _batches(store: Any, sql: str, params: list, batch: int = 5000) -> Iterator[tuple[list[str], list[tuple]]]:
    """(column names, rows) of ``sql``, ``batch`` rows at a time (server-side cursor on PostgreSQL)."""
    db = store.db
    if db.kind == "duckdb":
        cur = db.con.cursor()
        try:
            cur.execute(sql, params)
            cols = [d[0] for d in cur.description]
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    break
                yield cols, rows
        finally:
            cur.close()
    elif db.kind == "postgresql":
        con = db.con
        with con.transaction():
            with con.cursor(name="marsad_export") as cur:
                cur.execute(db._sql(sql), params)
                while True:
                    rows = cur.fetchmany(batch)
                    if not rows:
                        break
                    yield [d.name for d in cur.description], rows
    else:  # any other back end: fetch everything
        cols, rows = db.query(sql, params)
        if rows:
            yield cols, rows


def _stream(store: Any, sql: str, params: list, batch: int = 5000) -> Iterator[dict]:
    """Rows of ``sql`` as dicts."""
    for cols, rows in _batches(store, sql, params, batch):
        for r in rows:
            yield dict(zip(cols, r))


def iter_event_rows(store: Any, flt: Any = None, batch: int = 5000) -> Iterator[dict]:
    """Flat event rows (EVENT_COLUMNS) matching ``flt``, in ``marsad events`` order."""
    sql, params = _event_sql(flt)
    yield from _stream(store, sql, params, batch)


# -- per-format row builders ------------------------------------------------------------

def _clean(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return repr(round(v, 6)) if v == v else ""
    return str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _date_parts(date: Optional[str]) -> tuple[str, str, str, str]:
    """(YYYYMMDD, year, month, day) with empty strings for what is not known."""
    if not date:
        return "", "", "", ""
    y = date[:4] if len(date) >= 4 else ""
    m = date[5:7] if len(date) >= 7 else ""
    d = date[8:10] if len(date) >= 10 else ""
    full = f"{y}{m}{d}" if d else ""
    return full, str(int(y)) if y.isdigit() else "", str(int(m)) if m.isdigit() else "", \
        str(int(d)) if d.isdigit() else ""


def split_actor(code: Optional[str], country: Optional[str]) -> tuple[str, str, str]:
    """Phoenix (entity, role, attribute) of a CAMEO actor code."""
    if not code:
        return "", "", ""
    code = code.upper()
    root = code[:3]
    entity = root if (country and root == country.upper()) or root in PHOENIX_ROOT_ACTORS else ""
    rest = code[3:] if entity else code
    role = ""
    if rest[:3] in PHOENIX_AGENTS:
        role, rest = rest[:3], rest[3:]
    attrs = [rest[i:i + 3] for i in range(0, len(rest), 3)] if rest else []
    if not entity and attrs and len(code) == 3:
        # a bare 3-letter code that is not a known country root: keep it as the entity
        entity, attrs = code, []
    return entity, role, ";".join(attrs)


def phoenix_row(r: dict) -> list[str]:
    """One Phoenix row (PHOENIX_COLUMNS order) from a flat event row."""
    full, y, m, d = _date_parts(r.get("date"))
    se, sr, sa = split_actor(r.get("source_code"), r.get("source_country"))
    te, tr, ta = split_actor(r.get("target_code"), r.get("target_country"))
    root = r.get("cameo_root") or (r.get("cameo") or "")[:2]
    vals = [
        r["event_id"], full, y, m, d,
        r.get("source_code"), se, sr, sa, r.get("target_code"), te, tr, ta,
        r.get("cameo"), root, PHOENIX_CLASS.get(root, ""), r.get("goldstein"), "",
        r.get("place_lat"), r.get("place_lon"), r.get("place_name"), "", r.get("place_country"),
        f"{r['doc_id']}_{r.get('sentence_start')}", r.get("url"), r.get("publisher"),
    ]
    return [_clean(v) for v in vals]


def _plover_type(r: dict) -> Optional[str]:
    if r.get("plover_type"):
        return r["plover_type"]
    try:
        from .coding.cameo import lookup
        return lookup(r.get("cameo") or "").plover_type
    except Exception:
        return None


def _plover_entity(r: dict, side: str) -> list[dict]:
    code = r.get(f"{side}_code")
    country = r.get(f"{side}_country")
    if not code and not country:
        return []
    top = country or (code or "")[:3]
    ent = {"code": top, "sector": r.get(f"{side}_role"), "entity_text": r.get(f"{side}_text"),
           "identifier_text": r.get(f"{side}_name"), "cameo_code": code}
    return [ent]


def plover_record(r: dict, include_text: bool = True) -> dict:
    """A PLOVER JSON record (see the module doc) from a flat event row."""
    from . import __version__
    ptype = _plover_type(r)
    ctx = [c for c in (r.get("plover_context") or "").split(";") if c]
    aux = []
    if r.get("negated"):
        aux.append("negation")
    if r.get("historical"):
        aux.append("historical")
    mod = r.get("modality") or "asserted"
    if mod in ("future", "intent"):
        aux.append("future")
    elif mod in ("conditional", "hypothetical", "possible"):
        aux.append("hypothetical")
    loc = None
    if r.get("place_name") or r.get("place_country"):
        loc = {"extracted_place": r.get("place_name"), "resolved_place": r.get("place_name"),
               "geonameid": r.get("place_geo_id"), "lat": r.get("place_lat"), "lon": r.get("place_lon"),
               "country_code": r.get("place_country"),
               "resolution": _PLOVER_RESOLUTION.get(r.get("place_precision") or "")}
    rec = {
        "id": r["event_id"], "date": r.get("date"), "enddate": r.get("date_end"),
        "actor": _plover_entity(r, "source"), "recipient": _plover_entity(r, "target"),
        "event": [ptype] if ptype else [], "mode": [r["plover_mode"]] if r.get("plover_mode") else [],
        "context": ctx + [a for a in aux if a not in ctx], "quad_code": r.get("quad_class"),
        "event_scale": r.get("goldstein"), "event_loc": loc,
        "event_text": [r["trigger"]] if r.get("trigger") else [],
        "text": r.get("sentence") if include_text else None,
        "text_info": {"start": r.get("sentence_start"), "end": r.get("sentence_end"),
                      "trigger_start": r.get("trigger_start"), "trigger_end": r.get("trigger_end")},
        "cite_info": {"url": r.get("url"), "publication": r.get("publisher"), "language": r.get("lang"),
                      "coder": f"marsad {__version__}", "codebook": PLOVER_CODEBOOK},
        "link": r.get("story_id"), "coder": f"marsad {__version__}", "has_event": bool(ptype),
        "doc_id": r.get("doc_id"), "cameo": r.get("cameo"),
    }
    if not include_text:
        rec.pop("text")
    return rec


def _gdelt_sql(flt: Any) -> tuple[str, list]:
    from .store import EventFilter
    where, params = (flt or EventFilter()).where()
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    sql = (
        "WITH g AS (SELECT min(event_id) AS rep, count(*) AS num_mentions, "
        "count(DISTINCT publisher) AS num_sources, count(DISTINCT doc_id) AS num_articles "
        f"FROM events{where} GROUP BY coalesce(story_id, doc_id), coalesce(date, ''), cameo, "
        "coalesce(source_code, ''), coalesce(target_code, '')) "
        f"SELECT {cols}, g.num_mentions, g.num_sources, g.num_articles "
        "FROM g JOIN events e ON e.event_id = g.rep ORDER BY e.date, e.doc_id, e.trigger_start, e.event_id")
    return sql, list(params)


def _fraction_date(y: str, m: str, d: str) -> str:
    if not y:
        return ""
    mm, dd = int(m or 0), int(d or 0)
    return f"{int(y) + (mm * 30 + dd) / 365:.4f}"


def gdelt_row(r: dict) -> list[str]:
    """One GDELT-like row (GDELT_COLUMNS order) from a story-event row (flat columns + counts)."""
    full, y, m, d = _date_parts(r.get("date"))
    pub_full, *_ = _date_parts((r.get("published_at") or "")[:10])
    cameo = r.get("cameo") or ""
    vals = [
        int(r["event_id"][:15], 16) if all(c in "0123456789abcdef" for c in r["event_id"][:15].lower())
        else r["event_id"],
        full, (f"{int(y):04d}{int(m):02d}" if y and m else ""), y, _fraction_date(y, m, d),
        r.get("source_code"), r.get("source_name"), r.get("source_country"), r.get("source_role"),
        r.get("target_code"), r.get("target_name"), r.get("target_country"), r.get("target_role"),
        1 if r.get("segment") == "title" else 0, cameo, cameo[:3], r.get("cameo_root") or cameo[:2],
        r.get("quad_class"), r.get("goldstein"), r.get("num_mentions"), r.get("num_sources"),
        r.get("num_articles"),
        _GEO_TYPE.get(r.get("place_precision") or "", "") if (r.get("place_name") or r.get("place_country")) else "",
        r.get("place_name"), r.get("place_country"), r.get("place_lat"), r.get("place_lon"),
        r.get("place_geo_id"), pub_full, r.get("url"), r.get("event_id"), r.get("story_id"),
    ]
    return [_clean(v) for v in vals]


def parquet_schema():
    import pyarrow as pa
    types = {"TEXT": pa.string(), "INTEGER": pa.int64(), "DOUBLE PRECISION": pa.float64(), "BOOLEAN": pa.bool_()}
    return pa.schema([(n, types[t]) for n, t in EVENT_SCHEMA])


# -- writers -----------------------------------------------------------------------------

class _Out:
    """A text output: a file (gzip when it ends in .gz) or stdout for '-'."""

    def __init__(self, out: "str | Path"):
        self.path = str(out)
        self.fh: Any = None

    def __enter__(self):
        if self.path == "-":
            self.fh = sys.stdout
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            if self.path.endswith(".gz"):
                self.fh = io.TextIOWrapper(gzip.open(self.path, "wb"), encoding="utf-8", newline="")
            else:
                self.fh = open(self.path, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, *exc):
        if self.fh is not None and self.fh is not sys.stdout:
            self.fh.close()
        elif self.fh is sys.stdout:
            self.fh.flush()


def _json_default(o: Any) -> Any:
    try:
        return float(o)
    except Exception:
        return str(o)


def export_events(store: Any, fmt: str, out: "str | Path", flt: Any = None, *, header: bool = True,
                  plover_text: bool = True, batch: int = 5000,
                  on_row: Optional[Callable[[int], None]] = None) -> dict:
    """Write the events matching ``flt`` to ``out`` in format ``fmt`` (see the module doc)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)} (got {fmt!r})")
    t0 = time.perf_counter()
    n = 0
    events = None
    columns: list[str]
    if fmt == "parquet":
        if str(out) == "-":
            raise ValueError("parquet cannot be written to stdout; give --out FILE.parquet")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise RuntimeError("Parquet export needs pyarrow: pip install 'marsad[scale]' (or pyarrow)") from None
        schema = parquet_schema()
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        columns = list(EVENT_COLUMNS)
        sql, params = _event_sql(flt)
        with pq.ParquetWriter(str(out), schema, compression="zstd") as w:
            for _cols, rows in _batches(store, sql, params, max(batch, 20000)):
                arrays = [pa.array(list(col), type=f.type) for col, f in zip(zip(*rows), schema)]
                w.write_table(pa.Table.from_arrays(arrays, schema=schema))
                n += len(rows)
                if on_row:
                    on_row(n)
            if n == 0:
                w.write_table(schema.empty_table())
    else:
        with _Out(out) as fh:
            if fmt == "csv":
                columns = list(EVENT_COLUMNS)
                w = csv.writer(fh)
                if header:
                    w.writerow(columns)
                sql, params = _event_sql(flt)
                for _cols, rows in _batches(store, sql, params, batch):   # columns in EVENT_COLUMNS order
                    w.writerows(rows)                                    # (None is written as "")
                    n += len(rows)
            elif fmt == "jsonl":
                columns = list(EVENT_COLUMNS)
                sql, params = _event_sql(flt)
                dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default).encode
                for cols, rows in _batches(store, sql, params, batch):
                    fh.write("".join(dumps(dict(zip(cols, r))) + "\n" for r in rows))
                    n += len(rows)
            elif fmt == "phoenix":
                columns = list(PHOENIX_COLUMNS)
                if header:
                    fh.write("\t".join(columns) + "\n")
                for r in iter_event_rows(store, flt, batch):
                    fh.write("\t".join(phoenix_row(r)) + "\n")
                    n += 1
            elif fmt == "plover":
                columns = list(PLOVER_FIELDS if plover_text else [f for f in PLOVER_FIELDS if f != "text"])
                for r in iter_event_rows(store, flt, batch):
                    fh.write(json.dumps(plover_record(r, plover_text), ensure_ascii=False,
                                        separators=(",", ":"), default=_json_default) + "\n")
                    n += 1
            else:  # gdelt
                columns = list(GDELT_COLUMNS)
                if header:
                    fh.write("\t".join(columns) + "\n")
                sql, params = _gdelt_sql(flt)
                events = 0
                for r in _stream(store, sql, params, batch):
                    fh.write("\t".join(gdelt_row(r)) + "\n")
                    n += 1
                    events += int(r.get("num_mentions") or 0)
            if on_row:
                on_row(n)
    return {"format": fmt, "path": str(out), "rows": n, "events": n if events is None else events,
            "seconds": round(time.perf_counter() - t0, 3), "columns": columns}

