#!/usr/bin/env python3
"""Build marsad's compact gazetteer from ../shared/data/gazetteers and the hand-written tables.

Inputs
  ../shared/data/gazetteers/geonames_cities15000_arabic_names.tsv  GeoNames cities >= 15k (CC BY 4.0)
  ../shared/data/gazetteers/iso3166_countries_ar_pycountry.tsv     ISO 3166 (pycountry / iso-codes, LGPL data)
  ../shared/data/gazetteers/cldr_territories_ar_babel.tsv          CLDR territory names (Unicode licence)
  ../shared/data/ner/{anercorp,aqmar,wojood-sample}                only to count how often a name is
                                                                   a common word (never copied)
  marsad/data/geo/countries.tsv, regions.tsv                       hand-written (marsad authors)

Outputs (committed; the package works without ../shared)
  marsad/data/geo/gazetteer.tsv.gz   one row per place: id kind country lat lon population name_en
                                     name_ar names_ar names_en flags
  marsad/data/geo/directions.tsv     per country, the centre of its northern/southern/... cities
                                     (for "شمال سوريا" / "northern Syria")
  marsad/data/geo/build_report.txt   what was dropped and why (counts)

Re-run: /work/venv/bin/python scripts/build_gazetteer.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import math
import re
import statistics
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.lang.normalize import normalize  # noqa: E402

GEO = ROOT / "marsad" / "data" / "geo"

# Arabic letters proper (no Persian/Urdu/Kurdish/Pashto letters such as پ چ ژ گ ک ی ۀ ہ ے ڈ ٹ ں ھ ێ ۆ ە).
_AR_LETTERS = set(chr(c) for c in range(0x0621, 0x063B)) | set(chr(c) for c in range(0x0641, 0x064B))
_AR_MARKS = set(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640"}
_AR_OK = _AR_LETTERS | _AR_MARKS | {" ", "-"}

# Never index these (they are place-like words or very common words in Arabic news).
_DROP_AR = {"مدينة", "العاصمة", "المدينة", "الشرق", "الغرب", "الشمال", "الجنوب", "الوسط",
            "البلد", "الجزيرة", "السلام", "النصر", "الثورة", "الحرية", "الوحدة", "المستقبل"}


def arabic_only(name: str) -> bool:
    name = name.strip()
    if len(name) < 3 or "،" in name or "," in name:
        return False
    if any(c not in _AR_OK for c in name):
        return False
    if any(len(w) < 2 for w in name.replace("-", " ").split()):
        return False  # "د مشق"
    if "ااا" in name or name.startswith("ئ") or any("ى" in w[:-1] for w in name.split()):
        return False  # Uyghur-style ى inside a word, word-initial ئ: not Arabic orthography
    return sum(1 for c in name if c in _AR_LETTERS) >= 2


def ascii_fold(s: str) -> str:
    s = s.replace("‘", "'").replace("’", "'").replace("ʼ", "'").replace("ʿ", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_EN_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|At|Az|Ad|An|Ath|Adh|El|Aş|Aḑ)[ -](?=[A-Z])")


def english_variants(name: str) -> list[str]:
    """Common English spellings of an Arab-world GeoNames name: "Basrah" -> "Basra",
    "Ar Raqqah" -> "Raqqah", "Raqqa", "Al-Raqqah"."""
    out = []
    base = name.replace("'", "")
    m = _EN_ARTICLE.match(name)
    if m:
        bare = name[m.end():]
        out += [bare, "Al-" + bare]
    else:
        bare = name
    for v in list(out) + [bare]:
        if v.endswith("ah") and len(v) > 5:
            out.append(v[:-1])
    if base != name:
        out.append(base)
    return [v for v in dict.fromkeys(out) if v and v != name]


def read_tsv(path: Path):
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            row = line.split("\t")
            if header is None:
                header = row
                continue
            row += [""] * (len(header) - len(row))
            yield dict(zip(header, row))


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك")


def clitic_forms(w: str):
    yield w
    for p in _CLITICS:
        if w.startswith(p) and len(w) - len(p) >= 2:
            rest = w[len(p):]
            yield rest
            if p.endswith("ل") and rest.startswith("ل"):
                yield "ا" + rest  # لل -> ال  (للقاهرة -> القاهرة)


def corpus_tokens(shared: Path):
    """(token, is_location) from the NER corpora; used only for counting."""
    ner = shared / "data" / "ner"
    files = [ner / "anercorp" / "train.txt"] + sorted((ner / "aqmar").glob("*.txt")) + \
        sorted((ner / "wojood-sample").glob("*.txt"))
    for f in files:
        if not f.exists():
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) < 2:
                    continue
                tags = " ".join(parts[1:]).upper()
                yield parts[0], ("LOC" in tags or "GPE" in tags)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    gz = shared / "data" / "gazetteers"
    report = collections.Counter()

    # --- countries ---------------------------------------------------------------------------
    a2to3: dict[str, str] = {}
    countries: dict[str, dict] = {}
    for r in read_tsv(gz / "iso3166_countries_ar_pycountry.tsv"):
        a2to3[r["alpha_2"]] = r["alpha_3"]
        countries[r["alpha_3"]] = {"name_en": r["name_en"], "ar": [r["name_ar"]], "en": [r["name_en"]]}
    a2to3.setdefault("XK", "XKX")
    countries.setdefault("XKX", {"name_en": "Kosovo", "ar": [], "en": []})
    for r in read_tsv(gz / "cldr_territories_ar_babel.tsv"):
        iso3 = a2to3.get(r["code"])
        if not iso3:
            report["cldr: region or non-ISO code skipped"] += 1
            continue
        c = countries[iso3]
        c["ar"].insert(0, r["name_ar"])
        c["en"].insert(0, r["name_en"])
        c["name_en"] = r["name_en"]  # CLDR short names read better ("Syria", not "Syrian Arab Republic")
    hand_c = {r["iso3"]: r for r in read_tsv(GEO / "countries.tsv")}
    for iso3, r in hand_c.items():
        c = countries.setdefault(iso3, {"name_en": r["names_en"].split("|")[0], "ar": [], "en": []})
        c["ar"] = [x for x in r["names_ar"].split("|") if x] + c["ar"]
        c["en"] = [x for x in r["names_en"].split("|") if x] + c["en"]
        if r["names_en"]:
            c["name_en"] = r["names_en"].split("|")[0]

    # countries whose GeoNames transliterations also get common English spellings
    home = set()
    for r in read_tsv(GEO / "cues.tsv"):
        if r["type"] == "home":
            home.add(r["word"].strip().upper())

    # --- cities ------------------------------------------------------------------------------
    rows: list[dict] = []
    city_pos: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for r in read_tsv(gz / "geonames_cities15000_arabic_names.tsv"):
        iso3 = a2to3.get(r["countrycode"])
        if not iso3:
            report["city: unknown country code"] += 1
            continue
        lat, lon = float(r["latitude"]), float(r["longitude"])
        city_pos[iso3].append((lat, lon))
        ar, seen = [], set()
        for n in r["arabic_alternatenames"].split("|"):
            n = n.strip()
            if not n:
                continue
            if not arabic_only(n):
                report["city name: not Arabic-only (Persian/Urdu/Kurdish letters, Latin, or 'name، country')"] += 1
                continue
            k = normalize(n)
            if k in seen:
                continue
            if k in {normalize(x) for x in _DROP_AR}:
                report["city name: generic word dropped"] += 1
                continue
            seen.add(k)
            ar.append(n)
        en = [r["name"]]
        f = ascii_fold(r["name"])
        if f != r["name"]:
            en.append(f)
        if iso3 in home:
            en += [v for v in english_variants(f) if v not in en]
        if not ar:
            report["city: no Arabic-only name (kept with English name)"] += 1
        rows.append({"id": r["geonameid"], "kind": "city", "country": iso3, "lat": lat, "lon": lon,
                     "population": int(r["population"] or 0), "name_en": r["name"],
                     "name_ar": ar[0] if ar else "", "ar": ar, "en": en, "flags": set()})

    for r in read_tsv(GEO / "regions.tsv"):
        ar = [x for x in r["names_ar"].split("|") if x]
        en = [x for x in r["names_en"].split("|") if x]
        rows.append({"id": r["id"], "kind": r["kind"], "country": r["country"], "lat": float(r["lat"]),
                     "lon": float(r["lon"]), "population": int(r["population"] or 0),
                     "name_en": r["name_en"], "name_ar": ar[0] if ar else "", "ar": ar, "en": en,
                     "flags": {"h"} | ({"w"} if r["weak"].strip() in ("1", "2") else set())
                     | ({"b"} if r["weak"].strip() == "b" else set())})   # (b: a building, session 47)
        if r["weak"].strip() == "2":
            # a common word (الدورة session, الزيتون olives): its one-word Arabic names are weak
            # keys, taken only with a venue noun, compass word, nationality or an NER place tag
            rows[-1]["weak_names"] = {normalize(n) for n in ar if " " not in normalize(n)}
        report["hand-written regions/places"] += 1

    # --- country rows: centroid (hand table, else median of its cities) and capital ----------
    for iso3, c in countries.items():
        if iso3 in hand_c:
            lat, lon = float(hand_c[iso3]["lat"]), float(hand_c[iso3]["lon"])
        elif city_pos.get(iso3):
            lat = statistics.median(p[0] for p in city_pos[iso3])
            lon = statistics.median(p[1] for p in city_pos[iso3])
            report["country centre: median of its cities"] += 1
        else:
            report["country: no position (dropped)"] += 1
            continue
        ar = list(dict.fromkeys(x for x in c["ar"] if x and arabic_only(x)))
        en = list(dict.fromkeys(x for x in c["en"] if x))
        rows.append({"id": iso3, "kind": "country", "country": iso3, "lat": lat, "lon": lon,
                     "population": 0, "name_en": c["name_en"], "name_ar": ar[0] if ar else "",
                     "ar": ar, "en": en, "flags": set()})
    for iso3, r in hand_c.items():
        cap = r["capital"].strip()
        if not cap:
            continue
        cands = [x for x in rows if x["country"] == iso3 and x["kind"] == "city" and
                 (x["name_en"] == cap or cap in x["en"])]
        if not cands:
            print(f"warning: capital {cap!r} of {iso3} not found", file=sys.stderr)
            continue
        max(cands, key=lambda x: x["population"])["flags"].add("c")

    # --- common-word check against the NER corpora ---------------------------------------------
    single: dict[str, list[dict]] = collections.defaultdict(list)
    for x in rows:
        if x["kind"] == "country":
            continue
        for n in x["ar"]:
            k = normalize(n)
            if " " not in k:
                single[k].append(x)
    loc = collections.Counter()
    other = collections.Counter()
    for tok, is_loc in corpus_tokens(shared):
        t = normalize(tok)
        for k in clitic_forms(t):
            if k in single:
                (loc if is_loc else other)[k] += 1
                break
    weak_keys = set()
    for k in single:
        n_loc, n_other = loc[k], other[k]
        if n_other >= 3 and n_loc < 0.5 * n_other:
            # big cities, capitals and hand-written places stay strong (football clubs named
            # after cities are tagged ORG in the corpora, which says nothing of the city)
            if any(x["population"] >= 500000 or "c" in x["flags"] or "h" in x["flags"]
                   for x in single[k]):
                report["common-word check: kept strong (big city, capital or hand-written)"] += 1
                continue
            weak_keys.add(k)
    for k in weak_keys:
        for x in single[k]:
            x.setdefault("weak_names", set()).add(k)
    # display name: the spelling most used in the corpora (else the first listed)
    for x in rows:
        if x["ar"] and x["kind"] != "country":
            x["name_ar"] = max(x["ar"], key=lambda n: (loc[normalize(n)] + other[normalize(n)], -x["ar"].index(n)))
    report["Arabic names that are mostly common words in the NER corpora (need a place cue)"] = len(weak_keys)

    # --- directions per country ----------------------------------------------------------------
    country_rows = {x["id"]: x for x in rows if x["kind"] == "country"}
    dirs = {"N": (1, 0), "S": (-1, 0), "E": (0, 1), "W": (0, -1),
            "NE": (0.7, 0.7), "NW": (0.7, -0.7), "SE": (-0.7, 0.7), "SW": (-0.7, -0.7)}
    dir_rows = []
    for iso3, c in sorted(country_rows.items()):
        centre = (c["lat"], c["lon"])
        pts = [p for p in city_pos.get(iso3, []) if haversine(p, centre) < 2500]
        for d, (dy, dx) in dirs.items():
            if len(pts) < 5:
                lat, lon = centre
            else:
                proj = sorted(pts, key=lambda p: (p[0] - centre[0]) * dy + (p[1] - centre[1]) * dx)
                top = proj[int(len(proj) * 0.8):] or proj[-1:]
                lat = sum(p[0] for p in top) / len(top)
                lon = sum(p[1] for p in top) / len(top)
            dir_rows.append((iso3, d, round(lat, 4), round(lon, 4)))

    # --- write ---------------------------------------------------------------------------------
    out = GEO / "gazetteer.tsv.gz"
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# marsad gazetteer, built by scripts/build_gazetteer.py — see marsad/data/geo/README.md\n")
        f.write("id\tkind\tcountry\tlat\tlon\tpopulation\tname_en\tname_ar\tnames_ar\tnames_en\tflags\tweak_names\n")
        for x in sorted(rows, key=lambda x: (x["kind"], x["country"], str(x["id"]))):
            f.write("\t".join([
                str(x["id"]), x["kind"], x["country"], f"{x['lat']:.5f}", f"{x['lon']:.5f}",
                str(x["population"]), x["name_en"], x["name_ar"], "|".join(x["ar"]), "|".join(x["en"]),
                "".join(sorted(x["flags"])), "|".join(sorted(x.get("weak_names", ()))),
            ]) + "\n")
    with open(GEO / "directions.tsv", "w", encoding="utf-8") as f:
        f.write("# Built by scripts/build_gazetteer.py: mean position of the 30% of a country's GeoNames\n"
                "# cities furthest in each direction (20 %) (the country centre when it has < 5 cities).\n")
        f.write("iso3\tdir\tlat\tlon\n")
        for r in dir_rows:
            f.write("\t".join(map(str, r)) + "\n")
    kinds = collections.Counter(x["kind"] for x in rows)
    with open(GEO / "build_report.txt", "w", encoding="utf-8") as f:
        f.write("# scripts/build_gazetteer.py report\n")
        for k, v in sorted(kinds.items()):
            f.write(f"rows {k}: {v}\n")
        for k, v in sorted(report.items()):
            f.write(f"{k}: {v}\n")
        f.write("weak (common-word) names: " + " ".join(sorted(weak_keys)) + "\n")
    print(open(GEO / "build_report.txt", encoding="utf-8").read()[:3000])
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
