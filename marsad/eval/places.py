"""Place-resolution evaluation against a gold file.

Gold lines: ``text<TAB>place mention<TAB>expected ISO-3<TAB>expected lat,lon`` (UTF-8; ``#``
comments and a ``text<TAB>mention...`` header are skipped).  Each text is run through the
pipeline up to the place stage (so document context decides ambiguous names); the predicted
place is the one overlapping the first occurrence of the mention in the text.  A prediction
matches when it has the same ISO-3 country and lies within 50 km of the expected point.
"""
from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from pathlib import Path

MAX_KM = 50.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class GoldRow:
    line: int
    text: str
    mention: str
    iso3: str
    lat: float
    lon: float


def read_gold(path: "str | Path") -> list[GoldRow]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n\r")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if parts[0] == "text" and len(parts) >= 2 and parts[1] in ("mention", "place mention", "place"):
                continue
            if len(parts) < 4:
                raise ValueError(f"{path}:{n}: expected 4 tab-separated fields, got {len(parts)}")
            lat, lon = (float(x) for x in parts[3].split(","))
            rows.append(GoldRow(n, parts[0], parts[1], parts[2].strip().upper(), lat, lon))
    return rows


def _pipeline():
    from ..pipeline import STAGES, Pipeline
    names = list(STAGES)
    upto = names[: names.index("places") + 1]
    return Pipeline(stages={k: STAGES[k] for k in upto})


def predict(pipe, row: GoldRow):
    doc = pipe(row.text)
    # the first whole-word occurrence (الجزائر must not match inside الجزائرية)
    m = re.search(r"(?<!\w)" + re.escape(row.mention) + r"(?!\w)", row.text)
    if m is None:
        return None, "mention not in text"
    i = m.start()
    j = i + len(row.mention)
    best, ov = None, 0
    for p in doc.places:
        o = min(j, p.end) - max(i, p.start)
        if o > ov:
            best, ov = p, o
    return best, None


def evaluate(path: "str | Path", max_km: float = MAX_KM) -> dict:
    rows = read_gold(path)
    pipe = _pipeline()
    n = correct = wrong_country = too_far = missing = 0
    errors = []
    t0 = time.perf_counter()
    for r in rows:
        n += 1
        p, why = predict(pipe, r)
        if p is None:
            missing += 1
            errors.append({"line": r.line, "mention": r.mention, "expected": r.iso3, "got": None,
                           "error": why or "no place"})
            continue
        d = haversine_km(r.lat, r.lon, p.lat, p.lon) if p.lat is not None else float("inf")
        if p.country != r.iso3:
            wrong_country += 1
            err = "wrong country"
        elif d > max_km:
            too_far += 1
            err = f"{d:.0f} km away"
        else:
            correct += 1
            continue
        errors.append({"line": r.line, "mention": r.mention, "expected": r.iso3, "got": p.country,
                       "name": p.name, "km": round(d, 1), "error": err})
    secs = time.perf_counter() - t0
    return {"file": str(path), "n": n, "correct": correct,
            "accuracy": round(correct / n, 4) if n else 0.0,
            "wrong_country": wrong_country, "too_far": too_far, "missing": missing,
            "max_km": max_km, "seconds": round(secs, 3), "errors": errors}
