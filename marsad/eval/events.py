"""Event-coding evaluation: detection (arabic_event_gsr CSV), span actors (``*_spans.json``),
PETRARCH validation XML and the PLOVER English gold records.

Every function runs the real pipeline (:class:`marsad.Pipeline`) on the gold text.
"""
from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterable, Optional

from ..actors.codes import NONSTATE_TOPS
from ..model import Document, Event

COUNTED_MODALITIES = ("asserted", "possible")


def _pipeline(pipeline=None):
    if pipeline is not None:
        return pipeline
    from ..pipeline import Pipeline
    return Pipeline()


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _date_from_id(s: str) -> Optional[str]:
    m = re.search(r"(19|20)(\d\d)(\d\d)(\d\d)", s or "")
    if not m:
        return None
    y, mo, d = m.group(1) + m.group(2), m.group(3), m.group(4)
    if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
        return f"{y}-{mo}-{d}"
    return None


def counted(ev: Event) -> bool:
    """Does this event count as an occurrence (detection)?  Negated, intended, conditional,
    demanded and future events do not."""
    return not ev.negated and not ev.historical and ev.modality in COUNTED_MODALITIES


def has_type(doc: Document, plover_type: str) -> bool:
    return any(ev.plover_type == plover_type and counted(ev) for ev in doc.events)


# ----------------------------------------------------------------------------- detection
def read_gsr(path: "str | Path") -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def detect(path: "str | Path", pipeline=None, limit: Optional[int] = None, details: bool = False) -> dict:
    """P/R/F1 of sentence-level detection for the ``event_type`` of each row.

    ``label`` yes -> positive; easy no / difficult no -> negative; ambiguous -> skipped.
    The system is positive when it codes >= 1 counted event of that PLOVER type in ``text``.
    """
    p = _pipeline(pipeline)
    rows = read_gsr(path)
    if limit:
        rows = rows[:limit]
    per: dict[str, dict] = {}
    skipped = 0
    items = []
    for r in rows:
        label = (r.get("label") or "").strip().lower()
        if label == "yes":
            gold = True
        elif label in ("easy no", "difficult no", "hard no"):
            gold = False
        else:
            skipped += 1
            continue
        typ = (r.get("event_type") or "").strip().upper()
        doc = p(r["text"], published_at=_date_from_id(r.get("id", "")))
        sys_pos = has_type(doc, typ)
        c = per.setdefault(typ, {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "difficult_no_fp": 0})
        if gold and sys_pos:
            c["tp"] += 1
        elif gold:
            c["fn"] += 1
        elif sys_pos:
            c["fp"] += 1
            if label == "difficult no":
                c["difficult_no_fp"] += 1
        else:
            c["tn"] += 1
        if details:
            items.append({"id": r.get("id"), "type": typ, "label": label, "system": sys_pos,
                          "events": [(e.cameo, e.trigger, e.negated, e.modality) for e in doc.events]})
    out = {"file": str(path), "skipped_ambiguous": skipped, "types": {}}
    tot = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for typ, c in sorted(per.items()):
        out["types"][typ] = {**_prf(c["tp"], c["fp"], c["fn"]), **c, "n": sum(c[k] for k in ("tp", "fp", "fn", "tn"))}
        for k in tot:
            tot[k] += c[k]
    out["overall"] = {**_prf(tot["tp"], tot["fp"], tot["fn"]), **tot}
    if details:
        out["items"] = items
    return out


# ----------------------------------------------------------------------------- spans
def _gold_code(x) -> Optional[str]:
    if x in (None, "", "None", "none", "NONE", "UNKNOWN"):
        return None
    return str(x).upper()


# UAF (unidentified armed force) is a role in the gold files (main "None", role "UAF"), never a main code.
# The non-state top codes are the actor tables' (marsad/data/actors/codes.tsv: IGO, IMG, INT, NGO, … and the
# ethnic / regional KUR, EUR, AFR …); a hand list here had left out KUR, so a KURxxx actor never matched a gold KUR.


def _ev_country(ev: Event, side: str) -> Optional[str]:
    """The country part of an event's actor: ISO-3, or a non-state CAMEO 'main' code (IGO, IMG, …)."""
    c = getattr(ev, f"{side}_country")
    if c:
        return c
    code = getattr(ev, f"{side}_code")
    return code[:3] if code and code[:3] in NONSTATE_TOPS else None


def _ev_detail(doc: Document, ev: Event) -> dict:
    """One system event of a span record, for `eval spans --details`: code, trigger, both sides (code, role,
    the country the match uses, the text), whether it counts, and the rule."""
    def side(s):
        sp = getattr(ev, f"{s}_span")
        return {"code": getattr(ev, f"{s}_code"), "role": getattr(ev, f"{s}_role"), "country": _ev_country(ev, s),
                "text": doc.text[sp[0]:sp[1]] if sp else None}
    return {"cameo": ev.cameo, "trigger": ev.trigger, "counted": counted(ev), "negated": ev.negated,
            "modality": ev.modality, "historical": ev.historical, "source": side("source"), "target": side("target"),
            "rule": ev.rule}


def spans(path: "str | Path", pipeline=None, limit: Optional[int] = None, detail: Optional[list] = None) -> dict:
    """Share of gold spans (deduplicated per sentence) for which the system codes a counted event
    of the record's type whose source and target country (``*_role.main``) and role match gold
    (a gold ``None`` matches an absent or country-less actor)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not a span gold file (a JSON list of records, e.g. assault_spans.json): "
                         f"{exc}") from exc
    if not isinstance(data, list):
        raise ValueError(f"{path}: not a span gold file (a JSON list of records, e.g. assault_spans.json)")
    p = _pipeline(pipeline)
    if limit:
        data = data[:limit]
    n = country_ok = role_ok = type_ok = src_ok = tgt_ok = 0
    n_rec = rec_ok = 0
    for rec in data:
        typ = (rec.get("event_type") or "").upper()
        doc = p(rec["text"], published_at=_date_from_id(rec.get("source", "")))
        evs = [e for e in doc.events if e.plover_type == typ and counted(e)]
        seen = set()
        n_rec += 1
        rec_hit = False
        for sp in rec.get("spans", []):
            sr, tr = sp.get("source_role"), sp.get("target_role")
            sr = sr if isinstance(sr, dict) else {}
            tr = tr if isinstance(tr, dict) else {}
            key = (_gold_code(sr.get("main")), _gold_code(sr.get("role")), _gold_code(tr.get("main")), _gold_code(tr.get("role")))
            if key in seen:
                continue
            seen.add(key)
            n += 1
            gs, gsr, gt, gtr = key
            if evs:
                type_ok += 1
            c_ok = [e for e in evs if _ev_country(e, "source") == gs and _ev_country(e, "target") == gt]
            if any(_ev_country(e, "source") == gs for e in evs):
                src_ok += 1
            if any(_ev_country(e, "target") == gt for e in evs):
                tgt_ok += 1
            if c_ok:
                rec_hit = True
                country_ok += 1
                if any((e.source_role or None) == gsr and (e.target_role or None) == gtr for e in c_ok):
                    role_ok += 1
            if detail is not None:   # per gold span (`marsad eval spans --details`; train script --span-errors)
                detail.append({"text": rec["text"], "gold": key, "type_ok": bool(evs), "country_ok": bool(c_ok),
                               "source_ok": any(_ev_country(e, "source") == gs for e in evs),
                               "target_ok": any(_ev_country(e, "target") == gt for e in evs),
                               "gold_text": (" ".join(sp.get("source_actor") or []), " ".join(sp.get("verb") or []),
                                             " ".join(sp.get("target_actor") or [])),
                               "events": [(e.cameo, e.trigger, _ev_country(e, "source"), _ev_country(e, "target"), e.rule)
                                          for e in doc.events if e.plover_type == typ],
                               "system": [_ev_detail(doc, e) for e in doc.events if e.plover_type == typ]})
        rec_ok += rec_hit
    share = (lambda k: round(k / n, 4) if n else 0.0)
    return {"file": str(path), "gold_spans": n, "type_found": share(type_ok), "source_country": share(src_ok),
            "target_country": share(tgt_ok), "country_match": share(country_ok), "country_and_role_match": share(role_ok),
            "sentences": n_rec, "sentence_country_match": round(rec_ok / n_rec, 4) if n_rec else 0.0}


# ----------------------------------------------------------------------------- PETRARCH XML
def _fmt_date(d: Optional[str]) -> Optional[str]:
    if d and re.fullmatch(r"\d{8}", d):
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    return d or None


def read_petrarch_xml(path: "str | Path") -> list[dict]:
    root = ET.parse(str(path)).getroot()
    out = []
    for s in root.iter("Sentence"):
        text_el = s.find("Text")
        text = " ".join((text_el.text or "").split()) if text_el is not None else ""
        gold = [(ec.get("eventcode", ""), ec.get("sourcecode", "") or "", ec.get("targetcode", "") or "")
                for ec in s.iter("EventCoding")]
        out.append({"id": s.get("id"), "date": _fmt_date(s.get("date")), "text": text, "gold": gold})
    return out


def petrarch(path: "str | Path", pipeline=None, limit: Optional[int] = None) -> dict:
    """Share of gold codings matched exactly (code, source, target) and at the root (2-digit code,
    country part of actor codes), and the number of extra system codings."""
    p = _pipeline(pipeline)
    recs = read_petrarch_xml(path)
    if limit:
        recs = recs[:limit]
    n_gold = exact = root = extra = n_sys = 0
    for r in recs:
        doc = p(r["text"], published_at=r["date"])
        sys = [(e.cameo, e.source_code or "", e.target_code or "") for e in doc.events
               if counted(e) and not e.historical]
        n_sys += len(sys)
        used = set()
        for g in r["gold"]:
            n_gold += 1
            hit = next((k for k, s in enumerate(sys) if k not in used and s == g), None)
            if hit is not None:
                exact += 1
                root += 1
                used.add(hit)
                continue
            hit = next((k for k, s in enumerate(sys) if k not in used and s[0][:2] == g[0][:2]
                        and s[1][:3] == g[1][:3] and s[2][:3] == g[2][:3]), None)
            if hit is not None:
                root += 1
                used.add(hit)
        extra += len(sys) - len(used)
    return {"file": str(path), "sentences": len(recs), "gold_codings": n_gold, "system_codings": n_sys,
            "exact": round(exact / n_gold, 4) if n_gold else 0.0,
            "root": round(root / n_gold, 4) if n_gold else 0.0, "extra": extra}


# ----------------------------------------------------------------------------- PLOVER GSR (English)
# The GSR file uses PLOVER 0.5 type names; our codes carry the 2021 map.  Convert by CAMEO code.
_PLOVER05 = {"09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "19": "FIGHT"}


def plover05_type(ev: Event) -> Optional[str]:
    if ev.cameo in ("191", "192"):
        return "COERCE"
    if ev.cameo[:2] in _PLOVER05:
        return _PLOVER05[ev.cameo[:2]]
    return ev.plover_type


def plover(path: "str | Path", pipeline=None, limit: Optional[int] = None) -> dict:
    """Event-type accuracy (the system's best event, and any event) and source/target match
    (country part of the actor codes) on the PLOVER GSR records."""
    p = _pipeline(pipeline)
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    recs = [r for r in data if r.get("event") not in (None, "DOCUMENT") and r.get("text")]
    if limit:
        recs = recs[:limit]
    n = top_ok = any_ok = none = src_ok = tgt_ok = n_src = n_tgt = 0
    confusion: dict[str, dict[str, int]] = {}
    for r in recs:
        n += 1
        doc = p(r["text"], published_at=r.get("date"), lang="en")
        evs = [e for e in doc.events if plover05_type(e)]
        evs.sort(key=lambda e: (-e.confidence, e.trigger_start))
        gold = r["event"]
        top = plover05_type(evs[0]) if evs else None
        if top is None:
            none += 1
        confusion.setdefault(gold, {}).setdefault(top or "-", 0)
        confusion[gold][top or "-"] += 1
        if top == gold:
            top_ok += 1
        if any(plover05_type(e) == gold for e in evs):
            any_ok += 1
        gs = {(a.get("code") or "")[:3] for a in r.get("source", []) if isinstance(a, dict)} - {""}
        gt = {(a.get("code") or "")[:3] for a in r.get("target", []) if isinstance(a, dict)} - {""}
        best = next((e for e in evs if plover05_type(e) == gold), evs[0] if evs else None)
        if gs:
            n_src += 1
            if best is not None and (_ev_country(best, "source") or "") in gs:
                src_ok += 1
        if gt:
            n_tgt += 1
            if best is not None and (_ev_country(best, "target") or "") in gt:
                tgt_ok += 1
    r4 = (lambda a, b: round(a / b, 4) if b else 0.0)
    return {"file": str(path), "records": n, "type_accuracy": r4(top_ok, n), "type_accuracy_any": r4(any_ok, n),
            "no_event": none, "source_match": r4(src_ok, n_src), "target_match": r4(tgt_ok, n_tgt),
            "confusion": confusion}
