#!/usr/bin/env python3
"""Build marsad's event-coding tables from ../shared/data (re-runnable).

Outputs (committed; the package works without ../shared):
  marsad/data/coding/cameo_codes.tsv   CAMEO code, name, Goldstein, QuadClass, root, PLOVER type/mode/context
  marsad/data/coding/triggers_en.tsv   hand-written English triggers (manual_en.tsv) + cleaned PETRARCH2 verbs
  marsad/data/coding/triggers_ar.tsv   hand-written Arabic triggers (manual_ar.tsv) + cleaned UniversalPetrarch verbs

Sources: GDELT/CAMEO lookup tables and CAMEO2PLOVER-2021 (PLOVER, CC BY-SA 4.0); PETRARCH2
CAMEO.2.0.txt and UniversalPetrarch CAMEO.ar.0.5.txt (MIT, Open Event Data Alliance).
What is dropped and why is documented in marsad/data/coding/README.md.

usage: python scripts/build_triggers.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "marsad" / "data" / "coding"

QUAD = {r: (1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4) for r in range(1, 21)}


def build_cameo(shared: Path) -> dict[str, tuple]:
    ev = shared / "data" / "events"
    names: dict[str, str] = {}
    for line in (ev / "cameo" / "CAMEO.eventcodes.txt").read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        if "\t" in line:
            c, n = line.split("\t", 1)
            n = re.sub(r"\s*[ÒÓ]\s*", "'", n).replace("'hird'", " 'third' ").replace("  ", " ").strip()
            names[c.strip()] = n
    gold: dict[str, float] = {}
    for line in (ev / "cameo" / "CAMEO.goldsteinscale.txt").read_text(encoding="utf-8").splitlines()[1:]:
        if "\t" in line:
            c, g = line.split("\t", 1)
            gold[c.strip()] = float(g)
    plover: dict[str, tuple[str, str, str]] = {}
    for line in (ev / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.group(1), m.group(2).split("#", 1)[0]
        parts = [p.strip() for p in rest.split(",")]
        typ = parts[0] if parts else ""
        mode = parts[1] if len(parts) > 1 else ""
        ctx = ";".join(x.strip() for x in (parts[2] if len(parts) > 2 else "").split(";") if x.strip())
        if typ and code not in plover:   # first mapping wins (175 is listed twice)
            plover[code] = (typ, mode, ctx)
    rows = {}
    for code, name in names.items():
        root = code[:2]
        p = plover.get(code)
        if p is None:  # inherit from the nearest listed ancestor (e.g. 0832 -> 083 -> 08)
            for k in (code[:3], code[:2]):
                if k in plover:
                    p = (plover[k][0], "", "")
                    break
        if root in ("01", "02"):
            p = ("", "", "")    # PLOVER drops CAMEO 01 (comments) and 02 (appeals)
        p = p or ("", "", "")
        rows[code] = (name, gold.get(code, 0.0), QUAD[int(root)], root, *p)
    with open(OUT / "cameo_codes.tsv", "w", encoding="utf-8") as f:
        f.write("# CAMEO event codes (GDELT lookup tables) with Goldstein scale, QuadClass by root and the\n"
                "# CAMEO->PLOVER 2021 map (type, mode, context). Built by scripts/build_triggers.py.\n")
        f.write("code\tname\tgoldstein\tquad_class\troot\tplover_type\tplover_mode\tplover_context\n")
        for code in sorted(rows, key=lambda c: (c[:2], c)):
            r = rows[code]
            f.write("\t".join([code, r[0], str(r[1]), str(r[2]), r[3], r[4], r[5], r[6]]) + "\n")
    return rows


# --------------------------------------------------------------------------- English (PETRARCH2)
EN_DROP_CODES_ROOTS = {"01"}          # generic "say"-type verbs are handled by the quote stage
EN_DROP_VERBS = {  # too ambiguous as bare verbs in news English (checked by hand)
    "HAVE", "BE", "DO", "GET", "GO", "COME", "MAKE", "TAKE", "GIVE", "PUT", "SET", "KEEP", "LET", "SEE",
    "LOOK", "SAY", "TELL", "SHOW", "USE", "FIND", "HOLD", "TURN", "RUN", "MOVE", "PLAY", "LEAVE", "BRING",
    "SEND", "CALL", "HIT", "MATCH", "HAMMER", "PIT", "STRIKE", "RAISE", "WORK", "REACH", "STAND", "ADD",
    "BREAK", "OPEN", "CLOSE", "DROP", "PASS", "CARRY", "FACE", "FOLLOW", "MEAN", "BEGIN", "START", "END",
    "STOP", "CONTINUE", "STAY", "RETURN", "LEAD", "FALL", "OFFER", "PLAN", "SEEK", "TRY", "WANT", "NEED",
    "HOPE", "EXPECT", "FEAR", "WARN", "URGE", "ASK",
}


def parse_petrarch_en(path: Path) -> list[tuple[str, str, str, str]]:
    """(lemma, extra_forms, code, note) for single verbs with a block or own code."""
    out = []
    block_code = None
    in_verbs = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---", line)
        if m:
            c = m.group(2).split(":")[0].strip()
            block_code = c if re.fullmatch(r"\d{3,4}", c) else None
            continue
        if line.startswith("-"):
            continue
        m = re.match(r"^([A-Z_]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if not m:
            continue
        verb = m.group(1)
        forms = (m.group(2) or "").strip("{} ").split()
        own = (m.group(3) or "").strip("[] ").split(":")[0]
        code = own if re.fullmatch(r"\d{3,4}", own) else block_code
        if not code or code[:2] in EN_DROP_CODES_ROOTS or verb in EN_DROP_VERBS:
            continue
        if "_" in verb:
            # multi-word verbs (e.g. CARRY_OUT) -> lemma with spaces; keep only short ones
            if verb.count("_") > 1:
                continue
        out.append((verb.lower().replace("_", " "), " ".join(f.lower() for f in forms), code, "petrarch2"))
    return out


# --------------------------------------------------------------------------- Arabic (UniversalPetrarch)
AR_DROP_ROOTS = {"01", "14", "18", "19", "20"}   # we write these by hand: UP has them wrong (see README)
AR_DIAC = re.compile(r"[\u064b-\u0652\u0670]")


def parse_up_ar(path: Path, drop_roots: set | None = None) -> list[tuple[str, str, str, str]]:
    drop_roots = AR_DROP_ROOTS if drop_roots is None else drop_roots
    out = []
    block_code = None
    in_verbs = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---", line)
        if m:
            c = m.group(2).strip()
            block_code = c if re.fullmatch(r"\d{3,4}", c) else None
            continue
        if line.startswith("-"):
            continue
        m = re.match(r"^(\S+)\s*(\[[^\]]*\])?\s*$", line.strip())
        if not m:
            continue
        verb = AR_DIAC.sub("", m.group(1))
        own = (m.group(2) or "").strip("[] ")
        code = own if re.fullmatch(r"\d{3,4}", own) else block_code
        if not code or code[:2] in drop_roots:
            continue
        if "+" in verb or len(verb) < 3:
            continue   # multi-word UP patterns are mostly machine-translated glosses; short roots are ambiguous
        out.append((verb, "", code, "universalpetrarch"))
    return out


def review_up(up: list, manual: Path, dest: Path) -> None:
    """Write the decision for every (verb, code) pair UniversalPetrarch gives a bare verb.

    UP's verb blocks carry the code of a *pattern* (verb + specific object) of the English
    dictionary it was machine-translated from, so a bare verb inherits a code meant for one object
    (e.g. هاجم 124, قصف 085, تظاهر 111).  We never import these codes automatically: verbs we
    adopt are in manual_ar.tsv (source universalpetrarch+fix) with a code chosen by hand.
    """
    from marsad.lang.normalize import normalize  # noqa: E402
    mine: dict[str, list[str]] = {}
    for ln in manual.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#") or ln.startswith("lemma\t"):
            continue
        c = ln.split("\t")
        mine.setdefault(normalize(c[0]), []).append(c[3])
    seen = set()
    with open(dest, "w", encoding="utf-8") as f:
        f.write("# Every bare verb of UniversalPetrarch CAMEO.ar.0.5.txt with the code UP gives it, and what marsad did.\n"
                "# adopted: the verb is a marsad trigger with our_code (chosen by hand); dropped: UP code is a\n"
                "# pattern code inherited by the bare verb, or the verb is too ambiguous without its object.\n")
        f.write("up_verb\tup_code\tdecision\tour_code\n")
        for v, _, code, _ in up:
            k = (v, code)
            if k in seen:
                continue
            seen.add(k)
            ours = mine.get(normalize(v))
            dec = "adopted" if ours else "dropped"
            f.write(f"{v}\t{code}\t{dec}\t{','.join(sorted(set(ours))) if ours else ''}\n")


HEADER = "lemma\tforms\tkind\tcameo\tframe\tprep\tobj\tcond\tsource\tnote\n"


def merge(manual: Path, extra: list[tuple[str, str, str, str]], dest: Path, kind: str, drop: set[str]) -> tuple[int, int]:
    lines = manual.read_text(encoding="utf-8").splitlines()
    header_seen = False
    keep = []
    have = set()
    for ln in lines:
        if not ln.strip() or ln.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        keep.append(ln)
        have.add(ln.split("\t")[0].strip())
    added = 0
    for lemma, forms, code, src in extra:
        if lemma in have or lemma in drop:
            continue
        have.add(lemma)
        keep.append("\t".join([lemma, forms, "verb", code, "svo", "", "", "", src, ""]))
        added += 1
    with open(dest, "w", encoding="utf-8") as f:
        f.write(f"# {kind} event triggers: hand-written rows (source=marsad) first, then cleaned imports.\n"
                "# Built by scripts/build_triggers.py from marsad/data/coding/manual_*.tsv; edit those, not this file.\n")
        f.write(HEADER)
        for ln in keep:
            f.write(ln + "\n")
    return len(keep) - added, added


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--only", choices=("ar", "en"), help="rebuild one language's trigger table only")
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    OUT.mkdir(parents=True, exist_ok=True)
    lex = shared / "data" / "lexicons"
    if a.only == "ar":
        return _build_ar(lex)
    rows = build_cameo(shared)
    print(f"cameo_codes.tsv: {len(rows)} codes")
    en = parse_petrarch_en(lex / "petrarch2-en" / "CAMEO.2.0.txt")
    en = [e for e in en if e[2] in rows]
    drop_en = {l.strip() for l in (OUT / "drop_en.txt").read_text(encoding="utf-8").splitlines()
               if l.strip() and not l.startswith("#")} if (OUT / "drop_en.txt").exists() else set()
    m, x = merge(OUT / "manual_en.tsv", en, OUT / "triggers_en.tsv", "English", drop_en)
    print(f"triggers_en.tsv: {m} manual + {x} PETRARCH2")
    if a.only == "en":
        return 0
    return _build_ar(lex)


def _build_ar(lex: Path) -> int:
    ar = parse_up_ar(lex / "universalpetrarch-ar" / "CAMEO.ar.0.5.txt", drop_roots=set())
    m, x = merge(OUT / "manual_ar.tsv", [], OUT / "triggers_ar.tsv", "Arabic", set())
    review_up(ar, OUT / "manual_ar.tsv", OUT / "up_review_ar.tsv")
    print(f"triggers_ar.tsv: {m} rows (UP verbs reviewed by hand, see up_review_ar.tsv)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
