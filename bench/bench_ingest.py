"""Ingestion benchmark: read + clean + language on a generated corpus (Arabic + English).

    python bench/bench_ingest.py                 # 10,000 documents in mixed formats
    python bench/bench_ingest.py --n 20000 --keep /tmp/corpus
    python bench/bench_ingest.py --html-compare  # trafilatura vs the simple lxml extractor
    python bench/bench_ingest.py --lang          # pycld2 vs script+pycld2 (vs lingua if installed)

The corpus is generated from templates written for marsad (no real articles): plain text files
(UTF-8, Windows-1256, UTF-16), HTML pages with navigation/sidebars/footers, one gzipped JSON
Lines file, RSS feeds and a gzipped WARC, with captions, photo credits, ads, datelines and source
lines mixed in, plus a few bad inputs.  Prints docs/s for each phase and the peak RSS.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.io.read import Document, ReadFailure, read_paths  # noqa: E402
from marsad.pipeline import PipelineConfig  # noqa: E402
from marsad.stages.clean import CleanStage  # noqa: E402
from marsad.stages.language import LanguageStage  # noqa: E402

AR = {
    "actor": ["وزير الخارجية التركي", "الرئيس المصري", "رئيس الوزراء العراقي", "المتحدث باسم الجيش",
              "وزير الدفاع الروسي", "الأمين العام للأمم المتحدة", "قائد الشرطة", "زعيم المعارضة",
              "وزير الداخلية اللبناني", "مبعوث الاتحاد الأوروبي", "رئيس البرلمان الليبي", "محافظ البنك المركزي"],
    "place": ["أنقرة", "القاهرة", "بغداد", "دمشق", "موسكو", "بيروت", "طرابلس", "الخرطوم", "عمان", "الرياض",
              "الدوحة", "تونس", "الرباط", "صنعاء", "غزة", "إسطنبول"],
    "verb": ["التقى", "انتقد", "دعا", "حذر", "استقبل", "اتهم", "أدان", "رحب بـ"],
    "topic": ["ملف الحدود", "عودة اللاجئين", "الأزمة الاقتصادية", "وقف إطلاق النار", "الانتخابات المقبلة",
              "التعاون الأمني", "أسعار الوقود", "المساعدات الإنسانية", "تبادل الأسرى", "الإصلاحات الدستورية"],
    "day": ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
    "month": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
              "نوفمبر", "ديسمبر"],
    "agency": ["رويترز", "الأناضول", "فرانس برس", "سانا", "واس", "وام", "تاس"],
}
AR_SENT = [
    "{verb} {actor} اليوم {day} في {place} نظيره لبحث {topic}، في وقت تشهد فيه المنطقة توترا متصاعدا.",
    "وقال {actor} في مؤتمر صحفي إن بلاده لن تقبل بأي حلول تتجاهل {topic}، مشيرا إلى أن المحادثات ستستمر.",
    "وأضاف أن الاجتماع تناول {topic} و{topic2}، وأن الجانبين اتفقا على تشكيل لجنة مشتركة تجتمع في {place}.",
    "من جهته، {verb} {actor} الخطوة، واعتبر أنها تأتي في إطار الجهود الرامية إلى معالجة {topic}.",
    "وتشير تقديرات رسمية إلى أن {n} شخصا تأثروا بالأزمة خلال الأشهر الماضية في {place} ومحيطها.",
    "وكانت {place} قد شهدت الأسبوع الماضي احتجاجات واسعة للمطالبة بحل {topic}، وفق ما نقلته وكالة {agency}.",
    "ويرى محللون أن التطورات الأخيرة قد تدفع نحو تسوية سياسية، رغم استمرار الخلاف حول {topic}.",
    "وأعلنت السلطات في {place} أنها ستتخذ إجراءات جديدة بشأن {topic} اعتبارا من الشهر المقبل.",
]
EN = {
    "actor": ["Turkey's foreign minister", "Egypt's president", "Iraq's prime minister", "an army spokesman",
              "Russia's defence minister", "the U.N. secretary-general", "the police chief", "the opposition leader",
              "Lebanon's interior minister", "the EU envoy", "Libya's parliament speaker", "the central bank governor"],
    "place": ["Ankara", "Cairo", "Baghdad", "Damascus", "Moscow", "Beirut", "Tripoli", "Khartoum", "Amman",
              "Riyadh", "Doha", "Tunis", "Rabat", "Sanaa", "Gaza", "Istanbul"],
    "verb": ["met", "criticised", "called on", "warned", "received", "accused", "condemned", "welcomed"],
    "topic": ["the border file", "the return of refugees", "the economic crisis", "a ceasefire",
              "the coming elections", "security cooperation", "fuel prices", "humanitarian aid",
              "a prisoner exchange", "constitutional reforms"],
    "day": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "agency": ["Reuters", "AFP", "AP", "Anadolu"],
}
EN_SENT = [
    "{actor} {verb} his counterpart in {place} on {day} to discuss {topic}, as tensions rise in the region.",
    "{actor} told a news conference that his country would not accept any solution that ignores {topic}.",
    "He added that the meeting covered {topic} and {topic2}, and that both sides agreed to form a joint committee.",
    "Officials estimate that {n} people have been affected by the crisis in {place} over the past months.",
    "Protesters gathered in {place} last week to demand action on {topic}, witnesses said.",
    "Analysts said the latest developments could push towards a political settlement despite disputes over {topic}.",
    "Authorities in {place} said they would take new measures on {topic} from next month.",
]


def fill(rng: random.Random, tpl: str, lex: dict) -> str:
    return tpl.format(**{k: rng.choice(v) for k, v in lex.items()}, topic2=rng.choice(lex["topic"]),
                      n=rng.randint(100, 90000))


def article(rng: random.Random, lang: str) -> str:
    lex, sents = (AR, AR_SENT) if lang == "ar" else (EN, EN_SENT)
    title = fill(rng, rng.choice(sents), lex).split("،")[0].split(",")[0].rstrip(".")[:90]
    paras = []
    for _ in range(rng.randint(5, 12)):
        paras.append(" ".join(fill(rng, rng.choice(sents), lex) for _ in range(rng.randint(1, 3))))
    if rng.random() < 0.5:  # dateline
        if lang == "ar":
            paras[0] = f"{rng.choice(lex['place'])} - {rng.randint(1, 28)} {rng.choice(lex['month'])} ({rng.choice(lex['agency'])}) - " + paras[0]
        else:
            paras[0] = f"{rng.choice(lex['place']).upper()}, {rng.choice(lex['month'])} {rng.randint(1, 28)} ({rng.choice(lex['agency'])}) - " + paras[0]
    out = [title, ""]
    if rng.random() < 0.4:  # English photo caption with credit (+ Arabic caption)
        out.append(f"People walk past a damaged building in {rng.choice(EN['place'])}, {rng.choice(EN['month'])} "
                   f"{rng.randint(1, 28)}, 2023. REUTERS/Photographer Name")
        if lang == "ar":
            out.append(f"{rng.choice(AR['actor'])} خلال زيارته إلى {rng.choice(AR['place'])} (رويترز)")
        out.append("")
    for i, p in enumerate(paras):
        out += [p, ""]
        if lang == "ar" and i == len(paras) // 2:
            out += ["إعلان", ""]
        if lang == "en" and i == len(paras) // 2 and rng.random() < 0.5:
            out += ["Advertisement", ""]
    if lang == "ar":
        out += ["المصدر : الجزيرة + وكالات", ""]
    elif rng.random() < 0.5:
        out += ["Reporting by Staff; Editing by Desk", ""]
    return "\n".join(out)


def html_page(rng: random.Random, text: str, date: str) -> str:
    lines = [ln for ln in text.split("\n") if ln]
    title, paras = lines[0], lines[1:]
    sidebar = "".join(f"<li><a href='/n{rng.randint(1, 999)}'>{fill(rng, rng.choice(AR_SENT), AR)[:70]}</a></li>"
                      for _ in range(6))
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f"<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>{title} | موقع إخباري</title>"
            f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='موقع إخباري'>"
            f"<meta property='article:published_time' content='{date}'></head><body>"
            f"<nav><a href='/'>الرئيسية</a> <a href='/p'>سياسة</a> <a href='/e'>اقتصاد</a></nav>"
            f"<main><article><h1>{title}</h1>{body}</article></main>"
            f"<aside><h3>الأكثر قراءة</h3><ul>{sidebar}</ul></aside>"
            f"<footer><p>جميع الحقوق محفوظة 2023</p></footer></body></html>")


def make_corpus(root: Path, n: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    counts = {"text": 0, "html": 0, "jsonl": 0, "feed": 0, "warc": 0, "bad": 0}
    n_text, n_html, n_feed, n_warc = int(n * 0.3), int(n * 0.15), int(n * 0.1), int(n * 0.05)
    n_jsonl = n - n_text - n_html - n_feed - n_warc
    (root / "txt").mkdir(parents=True)
    (root / "html").mkdir()
    (root / "feeds").mkdir()
    for i in range(n_text):
        t = article(rng, "ar" if rng.random() < 0.7 else "en")
        r = rng.random()
        enc = "cp1256" if r < 0.1 and "\u2019" not in t else "utf-16" if r < 0.15 else "utf-8"
        (root / "txt" / f"a{i:05d}.txt").write_bytes(t.encode(enc, errors="strict"))
        counts["text"] += 1
    for i in range(n_html):
        t = article(rng, "ar")
        (root / "html" / f"p{i:05d}.html").write_text(html_page(rng, t, f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"),
                                                     encoding="utf-8")
        counts["html"] += 1
    with gzip.open(root / "dump.jsonl.gz", "wt", encoding="utf-8") as f:
        for i in range(n_jsonl):
            lang = "ar" if rng.random() < 0.6 else "en"
            f.write(json.dumps({"id": f"j{i}", "text": article(rng, lang), "published_at": "2023-03-0%d" % rng.randint(1, 9),
                                "url": f"https://example.org/j{i}"}, ensure_ascii=False) + "\n")
            counts["jsonl"] += 1
        f.write("{not json}\n")
        counts["bad"] += 1
    per_feed = 100
    for fi in range(0, n_feed, per_feed):
        items = []
        for i in range(fi, min(n_feed, fi + per_feed)):
            t = article(rng, "ar" if rng.random() < 0.7 else "en").split("\n")
            paras = "".join(f"<p>{p}</p>" for p in t[2:] if p)
            items.append(f"<item><title>{t[0]}</title><link>https://example.org/f{i}</link>"
                         f"<pubDate>Fri, 03 Mar 2023 10:{i % 60:02d}:00 GMT</pubDate>"
                         f"<description><![CDATA[{paras}]]></description></item>")
            counts["feed"] += 1
        (root / "feeds" / f"feed{fi // per_feed:03d}.rss").write_text(
            f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Feed</title>"
            f"<link>https://example.org</link><description>d</description>{''.join(items)}</channel></rss>",
            encoding="utf-8")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(root / "crawl.warc.gz", "wb") as out:
        w = WARCWriter(out, gzip=True)
        for i in range(n_warc):
            body = html_page(rng, article(rng, "ar"), "2023-04-01").encode("utf-8")
            hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.org/w{i}", "response",
                                                payload=io.BytesIO(body), http_headers=hh))
            counts["warc"] += 1
    (root / "txt" / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "feeds" / "broken.rss").write_text("not a feed", encoding="utf-8")
    counts["bad"] += 2
    return counts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(n: int, keep: "str | None") -> None:
    tmp = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="marsad_bench_"))
    if keep and tmp.exists():
        shutil.rmtree(tmp)
    t0 = time.perf_counter()
    counts = make_corpus(tmp, n)
    print(f"generated {sum(counts.values()) - counts['bad']:,} documents + {counts['bad']} bad inputs "
          f"in {time.perf_counter() - t0:.1f} s: {counts}")
    cfg = PipelineConfig()
    clean, lang = CleanStage(cfg), LanguageStage(cfg)
    rss0 = peak_rss_mb()
    parts = {"txt": [tmp / "txt"], "html": [tmp / "html"], "jsonl.gz": [tmp / "dump.jsonl.gz"],
             "rss": [tmp / "feeds"], "warc.gz": [tmp / "crawl.warc.gz"]}
    total_docs = total_fail = 0
    t_read = t_clean = t_lang = 0.0
    seg_kinds: dict[str, int] = {}
    for name, paths in parts.items():
        nd = 0
        tr = tc = tl = 0.0
        it = read_paths(paths)
        while True:
            a = time.perf_counter()
            item = next(it, None)
            b = time.perf_counter()
            tr += b - a
            if item is None:
                break
            if isinstance(item, ReadFailure):
                total_fail += 1
                continue
            assert isinstance(item, Document)
            clean(item)
            c = time.perf_counter()
            lang(item)
            d = time.perf_counter()
            tc += c - b
            tl += d - c
            nd += 1
            for s in item.segments:
                seg_kinds[s.kind] = seg_kinds.get(s.kind, 0) + 1
        tot = tr + tc + tl
        print(f"  {name:9s} {nd:6,} docs  read {nd / tr:8,.0f}/s  clean {1000 * tc / max(nd, 1):.3f} ms/doc  "
              f"language {1000 * tl / max(nd, 1):.3f} ms/doc  all {nd / tot:8,.0f} docs/s")
        total_docs += nd
        t_read, t_clean, t_lang = t_read + tr, t_clean + tc, t_lang + tl
    tot = t_read + t_clean + t_lang
    print(f"TOTAL {total_docs:,} docs, {total_fail} failures: read+clean+language {total_docs / tot:,.0f} docs/s "
          f"({tot:.1f} s); read {total_docs / t_read:,.0f}/s; clean {1000 * t_clean / total_docs:.3f} ms/doc; "
          f"language {1000 * t_lang / total_docs:.3f} ms/doc")
    print(f"peak RSS {peak_rss_mb():.0f} MB (before reading: {rss0:.0f} MB)")
    print(f"segments: {dict(sorted(seg_kinds.items(), key=lambda kv: -kv[1]))}")
    if not keep:
        shutil.rmtree(tmp, ignore_errors=True)


# -- HTML extraction comparison ----------------------------------------------------------------------

def html_compare(n: int = 200) -> None:
    """Precision/recall of article paragraphs: trafilatura vs the simple block extractor.

    Pages mix in boilerplate that has full sentences (sidebar teasers, 'read also' boxes, comments),
    which is where a tag-based extractor fails."""
    from marsad.io.html import extract_html, simple_extract
    rng = random.Random(3)
    res = {"trafilatura": [0, 0, 0, 0.0], "simple": [0, 0, 0, 0.0]}  # tp, fp, fn, seconds
    for i in range(n):
        lang = "ar" if i % 3 else "en"
        sents = AR_SENT if lang == "ar" else EN_SENT
        lex = AR if lang == "ar" else EN
        gold = [" ".join(fill(rng, rng.choice(sents), lex) for _ in range(2)) for _ in range(rng.randint(4, 9))]
        noise = [fill(rng, rng.choice(sents), lex) for _ in range(6)]
        teasers = "".join(f"<div class='teaser'><p>{s}</p></div>" for s in noise[:3])
        comments = "".join(f"<div class='comment'><p>{s}</p></div>" for s in noise[3:])
        body = "".join(f"<p>{g}</p>" + ("<div class='read-also'><p>اقرأ أيضا: " + noise[0] + "</p></div>"
                                          if k == 1 else "") for k, g in enumerate(gold))
        html = (f"<html><head><title>T{i}</title></head><body><div id='menu'><a href='/'>Home</a> <a>World</a></div>"
                f"<div class='content'><h1>Title {i}</h1>{body}</div><div class='sidebar'><h3>Most read</h3>{teasers}</div>"
                f"<div id='comments'><h3>Comments</h3>{comments}</div><div class='footer'>© 2023 Example</div></body></html>")
        for name, fn in (("trafilatura", extract_html), ("simple", simple_extract)):
            t0 = time.perf_counter()
            r = fn(html)
            res[name][3] += time.perf_counter() - t0
            lines = set(ln.strip() for ln in r.text.split("\n")[1:] if len(ln.split()) >= 6)
            g = set(gold)
            res[name][0] += len(lines & g)
            res[name][1] += len(lines - g)
            res[name][2] += len(g - lines)
    for name, (tp, fp, fn_, sec) in res.items():
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn_)
        print(f"{name:12s} paragraph precision {p:.3f} recall {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}  "
              f"{1000 * sec / n:.2f} ms/page")


# -- language-id comparison -------------------------------------------------------------------------

def lang_compare() -> None:
    import pycld2

    from marsad.resources import read_tsv_dicts
    from marsad.stages.language import detect_language
    rows = list(read_tsv_dicts(ROOT / "tests" / "data" / "io" / "lang_segments.tsv"))

    def cld(t):
        try:
            code = pycld2.detect(t, bestEffort=True)[2][0][1]
        except Exception:
            return "un"
        return {"iw": "he"}.get(code, code)

    methods = {"pycld2": cld, "script+pycld2 (shipped)": lambda t: detect_language(t)[0]}
    try:
        from lingua import LanguageDetectorBuilder
        t0 = time.perf_counter()
        det = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()
        print(f"lingua loaded in {time.perf_counter() - t0:.1f} s")

        def lin(t):
            lg = det.detect_language_of(t)
            return lg.iso_code_639_1.name.lower() if lg else "un"
        methods["lingua (all languages)"] = lin
    except ImportError:
        print("lingua not installed: skipped")
    for name, fn in methods.items():
        fn(rows[0]["text"])
        t0 = time.perf_counter()
        pred = [fn(r["text"]) for r in rows]
        dt = time.perf_counter() - t0
        ok = sum(p == r["lang"] for p, r in zip(pred, rows))
        aren = [(p, r) for p, r in zip(pred, rows) if r["lang"] in ("ar", "en")]
        ok2 = sum(p == r["lang"] for p, r in aren)
        print(f"{name:26s} all {ok}/{len(rows)} = {ok / len(rows):.3f}   ar+en {ok2}/{len(aren)}   "
              f"{1e6 * dt / len(rows):.0f} µs/segment")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="documents to generate (default 10000)")
    ap.add_argument("--keep", help="write the corpus here and keep it")
    ap.add_argument("--html-compare", action="store_true", help="compare HTML extractors")
    ap.add_argument("--lang", action="store_true", help="compare language identifiers")
    a = ap.parse_args()
    if a.html_compare:
        html_compare()
    elif a.lang:
        lang_compare()
    else:
        bench(a.n, a.keep)


if __name__ == "__main__":
    main()
