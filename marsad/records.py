"""Flat event rows: one column list shared by the store, the CLI, exports and the API.

``event_record`` (in :mod:`marsad.model`) is the nested, self-describing JSON shape;
``flat_event`` is its one-level form with fixed ``EVENT_COLUMNS`` (what the store
keeps and CSV/Parquet exports write); ``nest_event`` turns a flat row back into the
nested shape, so ``marsad code`` and ``marsad events`` print the same thing.
"""
from __future__ import annotations

import json
from typing import Any

from .model import Document, event_record

# (name, SQL type) — order is the store's column order and the CSV/Parquet column order.
EVENT_SCHEMA: list[tuple[str, str]] = [
    ("event_id", "TEXT"), ("doc_id", "TEXT"), ("story_id", "TEXT"),
    ("url", "TEXT"), ("publisher", "TEXT"), ("published_at", "TEXT"),
    ("date", "TEXT"), ("date_end", "TEXT"), ("date_granularity", "TEXT"), ("date_basis", "TEXT"),
    ("source_code", "TEXT"), ("source_country", "TEXT"), ("source_role", "TEXT"),
    ("source_name", "TEXT"), ("source_text", "TEXT"), ("source_start", "INTEGER"), ("source_end", "INTEGER"),
    ("target_code", "TEXT"), ("target_country", "TEXT"), ("target_role", "TEXT"),
    ("target_name", "TEXT"), ("target_text", "TEXT"), ("target_start", "INTEGER"), ("target_end", "INTEGER"),
    ("cameo", "TEXT"), ("cameo_root", "TEXT"), ("quad_class", "INTEGER"), ("goldstein", "DOUBLE PRECISION"),
    ("plover_type", "TEXT"), ("plover_mode", "TEXT"), ("plover_context", "TEXT"),
    ("negated", "BOOLEAN"), ("modality", "TEXT"), ("historical", "BOOLEAN"), ("reported_by", "TEXT"),
    ("place_name", "TEXT"), ("place_country", "TEXT"), ("place_lat", "DOUBLE PRECISION"),
    ("place_lon", "DOUBLE PRECISION"), ("place_precision", "TEXT"), ("place_geo_id", "TEXT"),
    ("place_basis", "TEXT"), ("place_start", "INTEGER"), ("place_end", "INTEGER"),
    ("confidence", "DOUBLE PRECISION"), ("segment", "TEXT"), ("lang", "TEXT"),
    ("sentence", "TEXT"), ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
    ("trigger", "TEXT"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
    ("rule", "TEXT"), ("also_spans", "TEXT"),
]
EVENT_COLUMNS = [c for c, _ in EVENT_SCHEMA]


def flat_event(rec: dict) -> dict:
    """Nested event record -> flat row with EVENT_COLUMNS."""
    src, tgt, pl, ev = rec["source"], rec["target"], rec.get("place") or {}, rec["evidence"]
    sspan, tspan = src.get("span") or [None, None], tgt.get("span") or [None, None]
    pspan = pl.get("span") or [None, None]
    return {
        "event_id": rec["event_id"], "doc_id": rec["doc_id"], "story_id": rec["story_id"],
        "url": rec["url"], "publisher": rec["publisher"], "published_at": rec["published_at"],
        "date": rec["date"], "date_end": rec["date_end"], "date_granularity": rec["date_granularity"],
        "date_basis": rec["date_basis"],
        "source_code": src["code"], "source_country": src["country"], "source_role": src["role"],
        "source_name": src["name"], "source_text": src["text"], "source_start": sspan[0], "source_end": sspan[1],
        "target_code": tgt["code"], "target_country": tgt["country"], "target_role": tgt["role"],
        "target_name": tgt["name"], "target_text": tgt["text"], "target_start": tspan[0], "target_end": tspan[1],
        "cameo": rec["cameo"], "cameo_root": rec["cameo_root"], "quad_class": rec["quad_class"],
        "goldstein": rec["goldstein"], "plover_type": rec["plover_type"], "plover_mode": rec["plover_mode"],
        "plover_context": ";".join(rec.get("plover_context") or []),
        "negated": bool(rec["negated"]), "modality": rec["modality"], "historical": bool(rec["historical"]),
        "reported_by": rec["reported_by"],
        "place_name": pl.get("name"), "place_country": pl.get("country"), "place_lat": pl.get("lat"),
        "place_lon": pl.get("lon"), "place_precision": pl.get("precision"), "place_geo_id": pl.get("geo_id"),
        "place_basis": pl.get("basis"), "place_start": pspan[0], "place_end": pspan[1],
        "confidence": rec["confidence"], "segment": rec["segment"], "lang": rec["lang"],
        "sentence": ev["sentence"], "sentence_start": ev["sentence_span"][0], "sentence_end": ev["sentence_span"][1],
        "trigger": ev["trigger"], "trigger_start": ev["trigger_span"][0], "trigger_end": ev["trigger_span"][1],
        "rule": rec.get("rule", ""),
        "also_spans": ";".join(f"{a}-{b}" for a, b in ev.get("also_spans") or []),
    }


def _also(v: Any) -> list:
    """The flat ``also_spans`` ("12-18;40-47") as [[12, 18], [40, 47]]."""
    return [[int(x) for x in sp.split("-")] for sp in (v or "").split(";") if sp]


def _span(a: Any, b: Any) -> list | None:
    return None if a is None or b is None else [a, b]


def nest_event(row: dict) -> dict:
    """Flat row -> the nested record shape of :func:`marsad.model.event_record`."""
    r = row
    place = None
    if r.get("place_name") or r.get("place_country"):
        place = {"name": r["place_name"], "country": r["place_country"], "lat": r["place_lat"],
                 "lon": r["place_lon"], "precision": r["place_precision"], "geo_id": r["place_geo_id"],
                 "basis": r["place_basis"], "span": _span(r["place_start"], r["place_end"])}
    return {
        "event_id": r["event_id"], "doc_id": r["doc_id"], "story_id": r["story_id"], "url": r["url"],
        "publisher": r["publisher"], "published_at": r["published_at"], "date": r["date"],
        "date_end": r["date_end"], "date_granularity": r["date_granularity"], "date_basis": r["date_basis"],
        "source": {"code": r["source_code"], "country": r["source_country"], "role": r["source_role"],
                   "name": r["source_name"], "text": r["source_text"],
                   "span": _span(r["source_start"], r["source_end"])},
        "target": {"code": r["target_code"], "country": r["target_country"], "role": r["target_role"],
                   "name": r["target_name"], "text": r["target_text"],
                   "span": _span(r["target_start"], r["target_end"])},
        "cameo": r["cameo"], "cameo_root": r["cameo_root"], "quad_class": r["quad_class"],
        "goldstein": r["goldstein"], "plover_type": r["plover_type"], "plover_mode": r["plover_mode"],
        "plover_context": [x for x in (r["plover_context"] or "").split(";") if x],
        "negated": bool(r["negated"]), "modality": r["modality"], "historical": bool(r["historical"]),
        "reported_by": r["reported_by"], "place": place, "confidence": r["confidence"],
        "segment": r["segment"], "lang": r["lang"],
        "evidence": {"sentence": r["sentence"], "sentence_span": [r["sentence_start"], r["sentence_end"]],
                     "trigger": r["trigger"], "trigger_span": [r["trigger_start"], r["trigger_end"]],
                     "also_spans": _also(r.get("also_spans"))},
        "rule": r.get("rule", ""),
    }


def doc_event_rows(doc: Document) -> list[dict]:
    return [flat_event(event_record(doc, ev)) for ev in doc.events]


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
