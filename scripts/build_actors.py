#!/usr/bin/env python3
"""Build marsad/data/actors/*.tsv from ../shared/data and the hand-curated tables.

Re-runnable:  python scripts/build_actors.py [--shared ../shared] [--out DIR]
Check:        python scripts/build_actors.py --check   (builds into a temporary directory and says
              whether the committed generated files match it byte for byte; exit 1 if not)

Inputs (all MIT / CC0 / Unicode / Apache, see marsad/data/actors/README.md):
  - data/gazetteers/iso3166_countries_ar_pycountry.tsv, cldr_territories_ar_babel.tsv
  - ArWikiCats (PyPI, MIT) nationalities_data.json: Arabic demonyms per country, if installed
  - data/lexicons/universalpetrarch-ar/actor_dict_ar_v4.txt, agents.all.ar.txt
  - data/lexicons/petrarch2-en/Phoenix.{Countries,International,MilNonState}.actors.txt, Phoenix.agents.txt
  - hand-curated: marsad/data/actors/country_extra.tsv, demonym_stop.tsv
Outputs (marsad/data/actors/): countries.tsv, up_actors.tsv, phoenix_actors.tsv, up_agents.tsv,
  phoenix_agents.tsv, build_report.tsv (counts of what was dropped and why).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.actors.codes import AGENT_CODES, NONSTATE_TOPS, split_code  # noqa: E402
from marsad.actors.lexicon import phrase_key, word_keys  # noqa: E402
from marsad.actors.petrarch import parse_petrarch_actors, parse_petrarch_agents  # noqa: E402
from marsad.resources import read_tsv_dicts  # noqa: E402

OUT = ROOT / "marsad" / "data" / "actors"     # the hand-written inputs (and, by default, the outputs)
GENERATED = ("countries.tsv", "up_actors.tsv", "phoenix_actors.tsv", "up_agents.tsv", "phoenix_agents.tsv",
             "build_report.tsv")
ENTITY_COLS = ["entity_id", "kind", "code", "start", "end", "name_en", "name_ar", "aliases_en", "aliases_ar"]
REPORT: collections.Counter = collections.Counter()

_AR_LETTERS = re.compile(r"^[\u0621-\u064a\u0640\u064b-\u0652\u0670 ]+$")
_FOREIGN = set("پچژگکڤۀیےڈڑںھ")


def clean_ar(s: str) -> str:
    s = s.replace("_", " ").replace("\u0640", "")
    return " ".join(s.split())


def ok_ar(s: str) -> bool:
    return bool(s) and bool(_AR_LETTERS.match(s)) and not (set(s) & _FOREIGN)


def write_tsv(path: Path, header: list[str], rows: list[list[str]], comment: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for line in comment.strip().splitlines():
            f.write("# " + line + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(str(x).replace("\t", " ") for x in r) + "\n")


# ---------------------------------------------------------------- countries
def nisba_forms(m: str) -> list[str]:
    """Gender/number forms of a masculine nisba adjective (روسي -> روسية روسيون روسيين روسيات روسيان)."""
    if not m.endswith("ي") or " " in m:
        return [m]
    return [m, m + "ة", m + "ون", m + "ين", m + "ات", m + "ان", m + "ا"]  # ... and the accusative عراقيا


def build_countries(shared: Path) -> dict[str, dict]:
    gz = shared / "data" / "gazetteers"
    countries: dict[str, dict] = {}
    a2 = {}
    for r in read_tsv_dicts(gz / "iso3166_countries_ar_pycountry.tsv"):
        iso3 = r["alpha_3"]
        a2[r["alpha_2"]] = iso3
        countries[iso3] = {"iso3": iso3, "cameo": iso3, "name_en": r["name_en"], "name_ar": r["name_ar"],
                           "names_ar": [r["name_ar"]], "names_en": [r["name_en"]], "capitals_ar": [],
                           "capitals_en": [], "demonyms_ar": [], "demonyms_en": []}
    for r in read_tsv_dicts(gz / "cldr_territories_ar_babel.tsv"):
        iso3 = a2.get(r["code"])
        if iso3 and r["name_ar"] not in countries[iso3]["names_ar"]:
            countries[iso3]["names_ar"].append(r["name_ar"])
        if iso3 and r["name_en"] not in countries[iso3]["names_en"]:
            countries[iso3]["names_en"].append(r["name_en"])
    # ArWikiCats demonyms (MIT), keyed by the country's English name.
    by_en = {c["name_en"].lower(): c for c in countries.values()}
    for c in list(countries.values()):
        for n in c["names_en"]:
            by_en.setdefault(n.lower(), c)
    try:
        import importlib.util
        spec = importlib.util.find_spec("ArWikiCats")  # data only: the package is not imported
        p = Path(list(spec.submodule_search_locations)[0]) / "jsons" / "nationalities" / "nationalities_data.json"
        nat = json.loads(p.read_text(encoding="utf-8"))
    except Exception:  # optional source
        nat = {}
        REPORT["arwikicats: not installed, demonyms only from country_extra.tsv"] += 1
    for en_adj, v in nat.items():
        c = by_en.get(str(v.get("en", "")).lower())
        if c is None:
            REPORT["arwikicats: nationality without a matching ISO country (dropped)"] += 1
            continue
        forms = [v.get(k, "") for k in ("male", "males", "female", "females")]
        if any(" " in f for f in forms if f):
            REPORT["arwikicats: compound nationality (dropped)"] += 1
            continue
        for f in forms:
            f = clean_ar(f)
            if f and ok_ar(f) and f not in c["demonyms_ar"]:
                c["demonyms_ar"].append(f)
        if en_adj.isalpha() and en_adj.capitalize() not in c["demonyms_en"]:
            c["demonyms_en"].append(en_adj.capitalize())
    # hand-curated additions
    for r in read_tsv_dicts(OUT / "country_extra.tsv"):
        iso3 = r["iso3"]
        c = countries.get(iso3)
        if c is None:
            c = countries[iso3] = {"iso3": iso3, "cameo": iso3, "name_en": r["names_en"].split("|")[0],
                                   "name_ar": r["names_ar"].split("|")[0], "names_ar": [], "names_en": [],
                                   "capitals_ar": [], "capitals_en": [], "demonyms_ar": [], "demonyms_en": []}
        if r.get("cameo"):
            c["cameo"] = r["cameo"]
        for col in ("names_ar", "names_en", "capitals_ar", "capitals_en", "demonyms_ar", "demonyms_en"):
            for x in filter(None, (r.get(col) or "").split("|")):
                if x not in c[col]:
                    c[col].append(x)
    for c in countries.values():
        # common English short forms of official names: "Bosnia and Herzegovina" -> Bosnia,
        # "Iran, Islamic Republic of" -> Iran, "Bolivia (Plurinational State of)" -> Bolivia
        extra = []
        for n in c["names_en"]:
            m = re.sub(r"\s*\(.*?\)", "", n).strip()
            if "," in m:
                m = m.split(",")[0].strip()
            if m != n:
                extra.append(m)
            if " and " in m or " & " in m:
                first = re.split(r" and | & ", m)[0].strip()
                if len(first) >= 5:
                    extra.append(first)
        for x in extra:
            if x and x not in c["names_en"]:
                c["names_en"].append(x)
                REPORT["country names: English short form added by rule"] += 1
    stop = {r["form"] for r in read_tsv_dicts(OUT / "demonym_stop.tsv")}
    stop |= {phrase_key(f) for f in list(stop)}   # every form sharing a stop word's matching key
    for c in countries.values():
        names = []
        for n in c["names_ar"]:
            n = clean_ar(n)
            if not ok_ar(n):
                REPORT["country names: non-Arabic letters (dropped)"] += 1
                continue
            names.append(n)
        c["names_ar"] = list(dict.fromkeys(names))
        dem = []
        for d in c["demonyms_ar"]:
            for f in nisba_forms(clean_ar(d)):
                if f in stop or ("ال" + f) in stop or phrase_key(f) in stop:
                    REPORT[f"demonyms: ambiguous with a common word ({f}) (dropped)"] += 1
                    continue
                dem.append(f)
        c["demonyms_ar"] = list(dict.fromkeys(dem))
    # a demonym claimed by two countries is ambiguous: keep it only for the country listing it in
    # country_extra.tsv (or drop it)
    owners = collections.defaultdict(set)
    for c in countries.values():
        for d in c["demonyms_ar"]:
            owners[d].add(c["iso3"])
    curated = {}
    for r in read_tsv_dicts(OUT / "country_extra.tsv"):
        for d in filter(None, (r.get("demonyms_ar") or "").split("|")):
            for f in nisba_forms(d):
                curated.setdefault(f, r["iso3"])
    for c in countries.values():
        keep = []
        for d in c["demonyms_ar"]:
            if len(owners[d]) > 1 and curated.get(d) != c["iso3"]:
                REPORT["demonyms: shared by two countries (dropped for the non-curated one)"] += 1
                continue
            keep.append(d)
        c["demonyms_ar"] = keep
    return countries


# ---------------------------------------------------------------- dictionaries
def kind_guess(names: list[str], org_words: set[str]) -> str:
    toks = {w.lower() for n in names for w in n.split()}
    return "organisation" if toks & org_words else "person"


_PEOPLE_HEADS = frozenset({"workers", "worker"})


def en_title_words(countries: dict) -> set[str]:
    """English words of titles, offices and nationalities (a Phoenix entry made only of them is
    a generic title like THE US SECRETARY OF STATE, which the stage resolves by rule)."""
    out = {"the", "of", "and", "us", "u.s.", "u.s", "uk", "un", "deputy", "vice", "former", "chief", "head",
           "secretary", "state", "foreign", "interior", "defense", "defence", "affairs", "national",
           "security", "adviser", "advisor", "general", "prime", "minister", "president", "state's"}
    for r in read_tsv_dicts(OUT / "roles.tsv"):
        if r["lang"] == "en":
            # the trigger's head (its last word) and its other words except what only qualifies a
            # group of people (aid / relief workers: "Islamic Relief", "Norwegian People's Aid" are
            # named NGOs, not titles)
            ws = r["trigger"].lower().split()
            out.update(ws if ws[-1] not in _PEOPLE_HEADS else ws[-1:])
    for c in countries.values():
        for col in ("names_en", "demonyms_en"):
            for n in c[col]:
                out.update(n.lower().replace(",", "").split())
    return out


def common_words(shared: Path) -> "set[str] | None":
    """Keys of words that ANERcorp (CC BY-SA, used here only as counts) mostly tags O: a one-word
    actor name that is usually an ordinary word (صدر "issued", فتح "opened") is too ambiguous."""
    p = shared / "data" / "ner" / "anercorp" / "train.txt"
    if not p.exists():
        return None
    o = collections.Counter()
    ent = collections.Counter()
    for line in p.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        k = phrase_key(parts[0])
        if parts[-1] == "O":
            o[k] += 1
        else:
            ent[k] += 1
    return {k for k, n in o.items() if n >= 3 and n > ent[k]}


def clean_entities(entries, source: str, lang: str, country_codes: set[str], org_words: set[str],
                   place_keys: set[str] = frozenset(), role_keys: set[str] = frozenset(),
                   agent_rows: "list | None" = None, place_names: set[str] = frozenset(),
                   common_words: "set[str] | None" = None, role_words: set[str] = frozenset(),
                   en_title_words: set[str] = frozenset()):
    """Cleaned rows in the common actor-entity format from parsed PETRARCH entries."""
    rows = []
    seen = set()
    drop_names = {r["name"] for r in read_tsv_dicts(OUT / "drop_entries.tsv")}
    by_name: dict[str, tuple[str, str]] = {}
    for e in entries:
        names = [n for n in e["names"] if n]
        if lang == "ar":
            names = [clean_ar(n) for n in names]
            bad = [n for n in names if not ok_ar(n)]
            if bad:
                REPORT[f"{source}: name with non-Arabic letters or digits (dropped)"] += len(bad)
            names = [n for n in names if ok_ar(n)]
        else:
            names = [" ".join(n.replace("_", " ").split()) for n in names]
            names = [n for n in names if n and re.match(r"^[A-Za-z][A-Za-z .'\-]*$", n)]
        dropped = [n for n in names if n in drop_names]
        if dropped:
            REPORT[f"{source}: an ambiguous name listed in drop_entries.tsv (dropped)"] += len(dropped)
            names = [n for n in names if n not in drop_names]
        short = [n for n in names if len(n.replace(" ", "")) < 3]
        if short:
            REPORT[f"{source}: names shorter than 3 letters (dropped)"] += len(short)
            names = [n for n in names if len(n.replace(" ", "")) >= 3]
        if not names:
            continue
        periods = []
        for code, start, end in e["codes"]:
            parts = split_code(code)
            if parts is None:
                REPORT[f"{source}: malformed CAMEO code (dropped)"] += 1
                continue
            top = parts[0]
            if top not in country_codes and top not in NONSTATE_TOPS and top not in AGENT_CODES:
                REPORT[f"{source}: unknown top-level code {top} (dropped)"] += 1
                continue
            if start and end and end < start:
                REPORT[f"{source}: date range ending before it starts (dates dropped)"] += 1
                start = end = ""
            periods.append((code, start, end))
        if not periods:
            continue
        ctops = [split_code(c)[0] for c, _, _ in periods if split_code(c)[0] not in AGENT_CODES]
        if ctops and len(ctops) < len(periods):
            # a sector-only period ([GOV]) beside country periods: the entry's own country applies
            main = collections.Counter(ctops).most_common(1)[0][0]
            periods = [(c if split_code(c)[0] not in AGENT_CODES else main + c, s_, e_) for c, s_, e_ in periods]
            REPORT[f"{source}: sector-only period given the entry's country"] += 1
        tops = {split_code(c)[0] for c, _, _ in periods}
        if tops <= set(AGENT_CODES):
            # sector-only code (جيش [MIL], متظاهرين [OPP]): a role trigger, not a named actor;
            # the curated roles.tsv wins over it (higher priority)
            if agent_rows is not None and len(names[0].split()) <= 4:
                role = split_code(periods[0][0])[0]
                for n in names:
                    agent_rows.append([n.lower() if lang == "en" else n, lang, role, "1", "group"])
            REPORT[f"{source}: sector-only code (moved to the role triggers)"] += 1
            continue
        if lang == "en":
            ws = [w.lower().strip(".,'") for w in names[0].split()]
            if all(w in en_title_words for w in ws):
                REPORT[f"{source}: a generic title (+ nationality) phrase (resolved by rule instead) (dropped)"] += 1
                continue
            names = [n if (len(n) <= 5 and " " not in n) else n.title() for n in names]
            if kind_guess(names, org_words) == "person":
                one = [n for n in names if " " not in n]
                if one:
                    # a lone given name or surname (HASSAN, ABDULLAH) names many people: only the
                    # full names are kept; a surname links to its full name inside a document
                    REPORT[f"{source}: one-word alias of a person (dropped)"] += len(one)
                    names = [n for n in names if " " in n]
                    if not names:
                        continue
        if lang == "ar":
            ks = [phrase_key(w) for w in names[0].split()]
            if all(k in role_words for k in ks):
                REPORT[f"{source}: a generic title/office coded to one actor (dropped)"] += 1
                continue
            if len(ks) > 1 and ks[0] in role_keys and any(k in place_keys for k in ks[1:]):
                REPORT[f"{source}: title + nationality phrase (resolved by rule instead) (dropped)"] += 1
                continue
            if " ".join(ks) in place_names:
                REPORT[f"{source}: a place name coded as an actor (metonymy is resolved by rule) (dropped)"] += 1
                continue
            if len(ks) == 1 and common_words is not None and ks[0] in common_words:
                REPORT[f"{source}: a single common word (mostly untagged in ANERcorp) (dropped)"] += 1
                continue
            if len(ks) == 1 and len(names) == 1 and any(k in place_keys for k in word_keys(names[0])[1:]):
                REPORT[f"{source}: garbled (a clitic glued to a place name) (dropped)"] += 1
                continue
        if all(len(split_code(c)) == 1 and split_code(c)[0] in country_codes for c, _, _ in periods):
            # a bare country code: place names and nationality words that the country table covers;
            # promoting a place to a national actor is exactly what the coder must not do
            REPORT[f"{source}: bare country code (place or nationality word) (dropped)"] += 1
            continue
        if lang == "ar" and len(names[0].split()) == 1 and names[0][:1] in "لبوف" and len(names) == 1 \
                and names[0][1:] in org_words:
            REPORT[f"{source}: garbled (a clitic glued to a known word) (dropped)"] += 1
            continue
        key = (tuple(sorted(names)), tuple(periods))
        if key in seen:
            REPORT[f"{source}: duplicate entry (dropped)"] += 1
            continue
        seen.add(key)
        nkey = names[0]
        if nkey in by_name:
            # the same name listed again with other periods: one entity, all periods
            eid0, kind0 = by_name[nkey]
            for code, start, end in periods:
                if lang == "ar":
                    rows.append([eid0, kind0, code, start, end, "", names[0], "", "|".join(names[1:])])
                else:
                    rows.append([eid0, kind0, code, start, end, names[0], "", "|".join(names[1:]), ""])
            REPORT[f"{source}: same name listed twice (periods merged into one entity)"] += 1
            continue
        toks = set(" ".join(names).split())
        kind = "organisation" if toks & org_words else "person"
        if lang == "ar" and kind == "organisation" and any(s or e for _, s, e in periods):
            # UP dates on organisations and titles are copy-pasted placeholders
            REPORT[f"{source}: dates on an organisation (dates dropped)"] += 1
            periods = [(c, "", "") for c, _, _ in periods]
        if lang == "en":
            kind = "organisation" if any(w.lower() in org_words for w in toks) else "person"
        eid = f"{source}.{len(rows)}"
        by_name[nkey] = (eid, kind)
        for code, start, end in periods:
            if lang == "ar":
                rows.append([eid, kind, code, start, end, "", names[0], "", "|".join(names[1:])])
            else:
                rows.append([eid, kind, code, start, end, names[0], "", "|".join(names[1:]), ""])
    return rows


def clean_agents(entries, source: str, lang: str):
    rows = []
    seen = set()
    fw = {r["word"] for r in read_tsv_dicts(OUT / "function_words.tsv")}
    fwk = {phrase_key(w) for w in fw}
    drop_names = {r["name"] for r in read_tsv_dicts(OUT / "drop_entries.tsv")}   # (entities and agents alike)
    for text, role in entries:
        parts = split_code(role)
        if parts is None or parts[0] not in AGENT_CODES:
            REPORT[f"{source}: agent code not a CAMEO sector (dropped)"] += 1
            continue
        for t in re.split(r"\s*[-—/،,]\s*", text):
            t = " ".join(t.split())
            if not t:
                continue
            if lang == "ar":
                t = clean_ar(t)
                if not ok_ar(t):
                    REPORT[f"{source}: trigger with non-Arabic letters, digits or '?' (dropped)"] += 1
                    continue
            elif not re.match(r"^[a-z][a-z \-']*$", t):
                continue
            if len(t.split()) > 5:
                REPORT[f"{source}: trigger longer than 5 words (dropped)"] += 1
                continue
            ws = t.split()
            if ws[0] in fw or ws[-1] in fw or phrase_key(ws[0]) in fwk or phrase_key(ws[-1]) in fwk \
                    or len(t.replace(" ", "")) < 3:
                REPORT[f"{source}: trigger is or begins/ends with a function word (dropped)"] += 1
                continue
            if t in drop_names:
                REPORT[f"{source}: an ambiguous trigger listed in drop_entries.tsv (dropped)"] += 1
                continue
            if (t, parts[0]) in seen:
                continue
            seen.add((t, parts[0]))
            rows.append([t, lang, parts[0], "1", "group" if t.endswith(("ين", "ون", "s")) else "person"])
    return rows


def translit_check(shared: Path) -> None:
    """Recall of same_name() on held-out Arabic-Latin name pairs (words with >= 3 consonant
    classes) and its false-match rate on shuffled pairs."""
    import random

    from marsad.actors.translit import same_name, skeleton

    pairs = []
    for line in (shared / "data" / "translit" / "google" / "ar2en-eval.txt").read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if len(p) >= 2 and len(skeleton(p[0])) >= 3:
            pairs.append((p[0], p[1]))
    rec = sum(same_name(a, b) for a, b in pairs) / max(1, len(pairs))
    rnd = random.Random(0)
    n = 20000
    fp = sum(same_name(rnd.choice(pairs)[0], rnd.choice(pairs)[1]) for _ in range(n)) / n
    print(f"translit: {len(pairs)} pairs, recall {rec:.3f}, false-match rate {fp:.4f} (per word)")


def check(shared: Path) -> list[str]:
    """Build into a temporary directory; the generated files that differ from the committed ones."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        build(shared, Path(d), quiet=True)
        return [fn for fn in GENERATED
                if (Path(d) / fn).read_bytes() != (OUT / fn).read_bytes()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(OUT), help="where to write the generated files")
    ap.add_argument("--check", action="store_true",
                    help="build into a temporary directory and compare with the committed files")
    ap.add_argument("--translit-check", action="store_true",
                    help="only measure the transliteration classes on ../shared/data/translit")
    a = ap.parse_args()
    shared = Path(a.shared)
    if a.translit_check:
        translit_check(shared)
        return
    if a.check:
        diff = check(shared)
        if diff:
            print("differ from a fresh build: " + ", ".join(diff))
            sys.exit(1)
        print("marsad/data/actors: the committed generated files match a fresh build")
        return
    build(shared, Path(a.out))


def build(shared: Path, dest: Path, quiet: bool = False) -> None:
    REPORT.clear()
    dest.mkdir(parents=True, exist_ok=True)
    lex = shared / "data" / "lexicons"

    countries = build_countries(shared)
    rows = []
    for c in sorted(countries.values(), key=lambda c: c["iso3"]):
        rows.append([c["iso3"], c["cameo"], c["name_en"], c["name_ar"], "|".join(c["names_ar"]),
                     "|".join(c["names_en"]), "|".join(c["capitals_ar"]), "|".join(c["capitals_en"]),
                     "|".join(c["demonyms_ar"]), "|".join(c["demonyms_en"])])
    write_tsv(dest / "countries.tsv",
              ["iso3", "cameo", "name_en", "name_ar", "names_ar", "names_en", "capitals_ar", "capitals_en",
               "demonyms_ar", "demonyms_en"], rows,
              "GENERATED by scripts/build_actors.py from pycountry/iso-codes and CLDR (Babel) names,\n"
              "ArWikiCats demonyms (MIT) and country_extra.tsv. Do not edit: edit country_extra.tsv.")
    country_codes = {c["cameo"] for c in countries.values()} | set(countries)

    org_words = set()
    for r in read_tsv_dicts(OUT / "roles.tsv"):
        if r["lang"] == "ar" and r["kind"] in ("organisation", "group"):
            w = r["trigger"]
            org_words.add(w)
            org_words.add(w[2:] if w.startswith("ال") else w)
    org_words |= {"حركة", "منظمة", "اتحاد", "مجلس", "جامعة", "قوة", "جبهة", "تنظيم", "جماعة", "هيئة", "لجنة",
                  "party", "front", "movement", "organization", "organisation", "union", "council", "army",
                  "group", "ministry", "agency", "bank", "committee", "association", "league", "forces",
                  "brigade", "brigades", "company", "corporation", "fund", "commission", "court", "police"}

    place_keys = set()
    place_names = set()
    for c in countries.values():
        for col in ("names_ar", "capitals_ar", "demonyms_ar"):
            for n in c[col]:
                place_keys.add(phrase_key(n.split()[0]))
                place_names.add(" ".join(phrase_key(w) for w in n.split()))
    role_keys = {phrase_key(r["trigger"].split()[0]) for r in read_tsv_dicts(OUT / "roles.tsv") if r["lang"] == "ar"}
    role_keys |= {phrase_key(w) for w in ("مدير", "زعيم", "قائد", "رئيس", "وزير", "نائب", "أمين", "ناطق", "متحدث")}
    role_words = {phrase_key(w) for r in read_tsv_dicts(OUT / "roles.tsv") if r["lang"] == "ar"
                  for w in r["trigger"].split()}
    up_agent_rows: list = []
    ph_agent_rows: list = []
    up = parse_petrarch_actors((lex / "universalpetrarch-ar" / "actor_dict_ar_v4.txt").read_text(encoding="utf-8"))
    up_rows = clean_entities(up, "UP", "ar", country_codes, org_words, place_keys, role_keys, up_agent_rows, place_names,
                            common_words(shared), role_words)
    write_tsv(dest / "up_actors.tsv", ENTITY_COLS, up_rows,
              "GENERATED by scripts/build_actors.py from UniversalPetrarch actor_dict_ar_v4.txt (MIT,\n"
              "Open Event Data Alliance), cleaned: see README.md. Names are in UP's lemma form.")

    ph = []
    for fn in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        ph += parse_petrarch_actors((lex / "petrarch2-en" / fn).read_text(encoding="utf-8", errors="replace"))
    ph_rows = clean_entities(ph, "PHX", "en", country_codes, org_words, agent_rows=ph_agent_rows,
                            en_title_words=en_title_words(countries))
    write_tsv(dest / "phoenix_actors.tsv", ENTITY_COLS, ph_rows,
              "GENERATED by scripts/build_actors.py from Phoenix (petrarch2) actor dictionaries (MIT,\n"
              "Open Event Data Alliance), cleaned: see README.md.")

    ag = parse_petrarch_agents((lex / "universalpetrarch-ar" / "agents.all.ar.txt").read_text(encoding="utf-8"),
                               arabic=True)
    write_tsv(dest / "up_agents.tsv", ["trigger", "lang", "role", "priority", "kind"], clean_agents(ag + [(r[0], r[2]) for r in up_agent_rows], "UPagents", "ar"),
              "GENERATED by scripts/build_actors.py from UniversalPetrarch agents.all.ar.txt (MIT), cleaned.")
    ag = parse_petrarch_agents((lex / "petrarch2-en" / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace"),
                               arabic=False)
    write_tsv(dest / "phoenix_agents.tsv", ["trigger", "lang", "role", "priority", "kind"],
              clean_agents(ag + [(r[0], r[2]) for r in ph_agent_rows], "PHXagents", "en"),
              "GENERATED by scripts/build_actors.py from Phoenix.agents.txt (MIT), cleaned.")

    write_tsv(dest / "build_report.tsv", ["reason", "count"],
              [[k, v] for k, v in sorted(REPORT.items())],
              "GENERATED by scripts/build_actors.py: what the cleaning dropped, with counts.")
    if quiet:
        return
    print(f"countries {len(countries)}  up_actors {len(up_rows)}  phoenix_actors {len(ph_rows)}")
    for k, v in sorted(REPORT.items()):
        print(f"  {v:6d}  {k}")


if __name__ == "__main__":
    main()
