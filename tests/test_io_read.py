"""Readers: every format, encodings, gzip, directories, stdin, and bad inputs (files written here)."""
from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from marsad.io.read import ReadFailure, ReadLimits, detect_format, parse_date, read_bytes, read_paths
from marsad.model import Document, content_hash

DATA = Path(__file__).parent / "data" / "io"
SEEDLIKE = (DATA / "seedlike_ar.txt").read_text(encoding="utf-8")

PARAS = [
    "عقد وفدان من تركيا وسوريا اجتماعا في موسكو اليوم الأربعاء بمشاركة روسية، لبحث ملفات الحدود المشتركة "
    "وعودة اللاجئين، في أول لقاء من نوعه على هذا المستوى منذ سنوات.",
    "وقال مصدر دبلوماسي إن الاجتماع تناول قضايا أمن الحدود ومكافحة الإرهاب، وإن الجانبين اتفقا على "
    "مواصلة المحادثات خلال الأسابيع المقبلة في موعد يحدد لاحقا.",
    "وأضاف المصدر أن الجانب السوري طالب بجدول زمني لانسحاب القوات التركية، في حين شدد الجانب التركي "
    "على مخاوفه الأمنية على حدوده الجنوبية.",
]
TITLE = "محادثات تركية سورية في موسكو"


def page(title=TITLE, paras=PARAS, date="2022-12-28T09:00:00+03:00", charset="utf-8") -> str:
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>{title} | الجزيرة نت</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="الجزيرة نت">
<meta name="author" content="مراسل الجزيرة">
<meta property="article:published_time" content="{date}">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<main><article><h1>{title}</h1>
{ps}
</article></main>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/x">خبر آخر لا علاقة له بالموضوع</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة © 2022</p></footer>
</body></html>"""


def docs_and_failures(items):
    items = list(items)
    return ([x for x in items if isinstance(x, Document)], [x for x in items if isinstance(x, ReadFailure)])


# -- plain text and encodings ----------------------------------------------------------------

@pytest.mark.parametrize("encoding,expect", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1256", "cp1256"),
])
def test_text_encodings(tmp_path, encoding, expect):
    p = tmp_path / f"article_{encoding}.txt"
    p.write_bytes(SEEDLIKE.encode(encoding))
    docs, fails = docs_and_failures(read_paths([p]))
    assert not fails
    (d,) = docs
    assert d.text == SEEDLIKE
    assert d.meta["encoding"].startswith(expect)
    assert d.content_hash == content_hash(SEEDLIKE) and d.id == d.content_hash[:16]
    assert d.source == str(p) and d.published_at is None and d.published_at_basis == "missing"


def test_utf16_without_bom_and_crlf_kept(tmp_path):
    text = SEEDLIKE.replace("\n", "\r\n")
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("utf-16-le"))
    (d,) = read_paths([p])
    assert isinstance(d, Document) and d.text == text


def test_html_entities_in_text_are_decoded(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("قال &quot;المصدر&quot; إن الاجتماع &amp; المحادثات ستستمر", encoding="utf-8")
    (d,) = read_paths([p])
    assert d.text == 'قال "المصدر" إن الاجتماع & المحادثات ستستمر' and d.meta["unescaped_entities"]


# -- HTML ----------------------------------------------------------------------------------------

def test_html_page_text_and_metadata(tmp_path):
    html = page()
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (d,) = read_paths([p])
    assert isinstance(d, Document), d
    lines = d.text.split("\n")
    assert lines[0] == TITLE and lines[1] == ""
    for para in PARAS:
        assert para in d.text
    assert "الرئيسية" not in d.text and "الأكثر قراءة" not in d.text and "جميع الحقوق" not in d.text
    assert d.raw == html
    assert d.title == TITLE
    assert d.author == "مراسل الجزيرة"
    assert d.publisher == "الجزيرة نت"
    assert d.published_at.startswith("2022-12-28") and d.published_at_basis == "metadata"
    assert d.meta["declared_lang"] == "ar"
    assert d.content_hash == content_hash(d.text)


def test_html_in_windows_1256(tmp_path):
    p = tmp_path / "old.htm"
    p.write_bytes(page(charset="windows-1256").encode("cp1256"))
    (d,) = read_paths([p])
    assert isinstance(d, Document) and PARAS[0] in d.text and d.meta["encoding"] == "cp1256"


def test_html_without_date_stays_missing(tmp_path):
    html = page().replace('<meta property="article:published_time" content="2022-12-28T09:00:00+03:00">', "")
    (d,) = read_bytes(html.encode(), "x.html")
    assert d.published_at is None and d.published_at_basis == "missing"


def test_truncated_html(tmp_path):
    cut = page()[:page().index("<h1>") + 4]  # cut before any article text
    (f,) = read_bytes(cut.encode(), "cut.html")
    assert isinstance(f, ReadFailure) and "no article text" in f.error and "truncated" in f.error
    partial = page()[:page().index(PARAS[2][:20])]  # cut in the middle of the article
    (d,) = read_bytes(partial.encode(), "partial.html")
    assert isinstance(d, Document) and PARAS[0] in d.text
    assert any("truncated" in w for w in d.warnings)


def test_binary_renamed_html(tmp_path):
    p = tmp_path / "photo.html"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (f,) = read_paths([p])
    assert isinstance(f, ReadFailure) and "binary" in f.error and "PNG" in f.error
    q = tmp_path / "noise.html"
    q.write_bytes(bytes(range(256)) * 40)
    (f,) = read_paths([q])
    assert isinstance(f, ReadFailure) and "binary" in f.error


def test_big_document_fails_clearly_and_limit_is_configurable(tmp_path):
    p = tmp_path / "huge.txt"
    line = ("قال المتحدث إن الاجتماع سيعقد غدا. " * 30 + "\n").encode()
    with open(p, "wb") as f:
        while f.tell() < 20_000_000:
            f.write(line * 100)
    small = tmp_path / "small.txt"
    small.write_text(SEEDLIKE, encoding="utf-8")
    items = list(read_paths([p, small]))
    assert isinstance(items[0], ReadFailure) and "larger than the limit of 10.0 MB" in items[0].error
    assert isinstance(items[1], Document)  # the batch continues
    (f,) = read_paths([small], limits=ReadLimits(max_doc_bytes=1000))
    assert isinstance(f, ReadFailure) and "limit" in f.error
    (f,) = read_paths([small], limits=ReadLimits(max_text_chars=100))
    assert isinstance(f, ReadFailure) and "characters" in f.error


def test_empty_and_missing_files(tmp_path):
    e = tmp_path / "empty.txt"
    e.write_bytes(b"")
    w = tmp_path / "blank.txt"
    w.write_text("  \n\n \u00a0 \n", encoding="utf-8")
    items = list(read_paths([e, w, tmp_path / "nope.txt"]))
    assert [type(x) for x in items] == [ReadFailure] * 3
    assert "empty" in items[0].error and "empty" in items[1].error and "no such file" in items[2].error


# -- JSON Lines ----------------------------------------------------------------------------------

def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "n1", "text": SEEDLIKE, "url": "https://example.org/n1", "published_at": "2022-12-28",
                    "source": "Example Wire", "lang": "ar", "title": TITLE}, ensure_ascii=False),
        "{this is not json",
        json.dumps({"html": page(), "id": "n3"}, ensure_ascii=False),
        "",
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Syrian forces retook a town on Friday, the army said.", "date": "Fri, 03 Mar 2023 10:00:00 GMT"}),
        json.dumps({"text": "قال المتحدث إن الاجتماع سيعقد غدا", "published_at": "yesterday"}, ensure_ascii=False),
    ]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([p]))
    assert len(items) == 7
    d1, f2, d3, f5, f6, d7, d8 = items
    assert isinstance(d1, Document) and d1.id == "n1" and d1.text == SEEDLIKE
    assert d1.published_at == "2022-12-28" and d1.published_at_basis == "metadata"
    assert d1.url == "https://example.org/n1" and d1.source == "Example Wire" and d1.title == TITLE
    assert d1.lang == "ar" and d1.meta["lang_forced"] == "ar" and d1.meta["origin"] == f"{p}:1"
    assert isinstance(f2, ReadFailure) and f2.source == f"{p}:2" and "not JSON" in f2.error and f2.content_hash
    assert isinstance(d3, Document) and d3.id == "n3" and d3.text.startswith(TITLE) and d3.raw
    assert d3.published_at.startswith("2022-12-28") and d3.published_at_basis == "metadata"
    assert isinstance(f5, ReadFailure) and f5.source == f"{p}:5" and "no text" in f5.error
    assert isinstance(f6, ReadFailure) and "not an object" in f6.error
    assert d7.published_at.startswith("2023-03-03T10:00:00") and d7.id == d7.content_hash[:16]
    assert d8.published_at is None and d8.published_at_basis == "missing"
    assert d8.meta["unparsed_published_at"] == "yesterday"


def test_jsonl_gzip_and_overlong_line(tmp_path):
    p = tmp_path / "dump.jsonl.gz"
    rows = [json.dumps({"id": f"d{i}", "text": f"خبر رقم {i}: " + PARAS[i % 3]}, ensure_ascii=False) for i in range(50)]
    rows.insert(10, json.dumps({"id": "big", "text": "x" * 5000}))
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    items = list(read_paths([p], limits=ReadLimits(max_doc_bytes=2000)))
    docs, fails = docs_and_failures(items)
    assert len(docs) == 50 and [d.id for d in docs] == [f"d{i}" for i in range(50)]
    assert len(fails) == 1 and "larger than the limit" in fails[0].error and fails[0].source.endswith(":11")


# -- feeds ---------------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار المنطقة</title><link>https://example.org</link>
<description>آخر الأخبار</description>
<item><title>{TITLE}</title><link>https://example.org/a1</link><guid>https://example.org/a1</guid>
<pubDate>Wed, 28 Dec 2022 09:30:00 +0300</pubDate><author>desk@example.org (مكتب الأخبار)</author>
<description><![CDATA[<p>{PARAS[0]}</p><p>{PARAS[1]}</p>]]></description></item>
<item><title>خبر بلا تاريخ</title><link>https://example.org/a2</link>
<description>{PARAS[2]} &amp; المزيد</description></item>
<item><title>بلا محتوى</title><link>https://example.org/a3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:example:wire</id>
<updated>2023-03-03T10:00:00Z</updated>
<entry><title>Syrian forces retake town</title><link href="https://example.org/e1"/><id>urn:example:e1</id>
<updated>2023-03-03T10:00:00Z</updated><published>2023-03-03T09:15:00Z</published>
<author><name>Jane Doe</name></author>
<content type="html">&lt;p&gt;DAMASCUS, March 3 (Reuters) - Syrian government forces retook a town in the north on Friday, the army said.&lt;/p&gt;&lt;p&gt;Fighting continued nearby.&lt;/p&gt;</content>
</entry>
<entry><title>Talks resume</title><link href="https://example.org/e2"/><id>urn:example:e2</id>
<updated>2023-03-04T08:00:00Z</updated>
<summary>Talks between the two sides resumed in Geneva on Saturday.</summary></entry>
</feed>"""


def test_rss_feed(tmp_path):
    p = tmp_path / "news.rss"
    p.write_text(RSS, encoding="utf-8")
    items = list(read_paths([p]))
    d1, d2, f3 = items
    assert d1.text.split("\n")[0] == TITLE and PARAS[0] in d1.text and PARAS[1] in d1.text
    assert "<p>" not in d1.text
    assert d1.url == "https://example.org/a1" and d1.title == TITLE
    assert d1.published_at == "2022-12-28T06:30:00+00:00" and d1.published_at_basis == "metadata"
    assert d1.source == f"{p}#1" and d1.publisher == "أخبار المنطقة"
    assert d2.published_at is None and d2.published_at_basis == "missing" and "& المزيد" in d2.text
    assert isinstance(f3, ReadFailure) and f3.source == f"{p}#3" and "no content" in f3.error


def test_atom_feed_detected_by_content(tmp_path):
    p = tmp_path / "wire.feed"  # unknown extension: sniffed
    p.write_text(ATOM, encoding="utf-8")
    d1, d2 = read_paths([p])
    assert d1.title == "Syrian forces retake town" and d1.author == "Jane Doe"
    assert d1.text.startswith("Syrian forces retake town\n\nDAMASCUS, March 3 (Reuters) - Syrian")
    assert d1.published_at == "2023-03-03T09:15:00+00:00"
    assert d2.published_at == "2023-03-04T08:00:00+00:00"  # updated, when no published
    assert "Geneva" in d2.text


def test_feed_that_is_not_xml(tmp_path):
    p = tmp_path / "broken.rss"
    p.write_text("this is not a feed at all, just words\nand more words", encoding="utf-8")
    (f,) = read_paths([p])
    assert isinstance(f, ReadFailure) and ("not a valid RSS/Atom feed" in f.error or "not an RSS/Atom" in f.error)
    q = tmp_path / "cut.xml"
    q.write_text(RSS[:300], encoding="utf-8")
    items = list(read_paths([q]))
    assert all(isinstance(x, (Document, ReadFailure)) for x in items) and items


# -- WARC ----------------------------------------------------------------------------------------

def write_warc(path: Path, pages: list[tuple[str, bytes, str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=str(path).endswith(".gz"))
        for url, body, ctype, status in pages:
            hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hh,
                                       warc_headers_dict={"WARC-Date": "2023-01-05T08:00:00Z"})
            w.write_record(rec)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc(tmp_path, name):
    p = tmp_path / name
    write_warc(p, [
        ("https://example.org/a", page().encode("utf-8"), "text/html; charset=utf-8", "200 OK"),
        ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n0000", "image/png", "200 OK"),
        ("https://example.org/missing", b"<html><body>Not found</body></html>", "text/html", "404 Not Found"),
        ("https://example.org/b", page(date="2022-11-01").encode("cp1256"), "text/html; charset=windows-1256",
         "200 OK"),
        ("https://example.org/empty", b"<html><body><div></div></body></html>", "text/html", "200 OK"),
    ])
    items = list(read_paths([p]))
    docs, fails = docs_and_failures(items)
    assert [d.url for d in docs] == ["https://example.org/a", "https://example.org/b"]
    assert all(PARAS[0] in d.text and d.raw for d in docs)
    assert docs[0].published_at.startswith("2022-12-28")
    assert docs[1].published_at.startswith("2022-11-01")
    assert docs[0].meta["fetched_at"].startswith("2023-01-05")
    assert docs[0].source.startswith(f"{p}@")
    assert len(fails) == 1 and "no article text" in fails[0].error and "example.org/empty" in fails[0].source


def test_warc_truncated(tmp_path):
    p = tmp_path / "c.warc.gz"
    write_warc(p, [(f"https://example.org/{i}", page().encode(), "text/html", "200 OK") for i in range(3)])
    data = p.read_bytes()
    q = tmp_path / "cut.warc.gz"
    q.write_bytes(data[: int(len(data) * 0.8)])
    items = list(read_paths([q]))
    docs, fails = docs_and_failures(items)
    assert len(docs) >= 1 and len(fails) >= 1


# -- gzip, directories, stdin, detection ----------------------------------------------------------

def test_gzip_of_text_and_html(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(SEEDLIKE.encode("utf-8")))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(page().encode("utf-8")))
    (tmp_path / "c.gz").write_bytes(gzip.compress(page().encode("utf-8")))  # format sniffed inside
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(SEEDLIKE.encode("utf-8"))[:200])  # truncated
    a, b, c, d = read_paths([tmp_path / n for n in ("a.txt.gz", "b.html.gz", "c.gz", "d.txt.gz")])
    assert a.text == SEEDLIKE
    assert b.text.startswith(TITLE) and b.meta["format"] == "html"
    assert c.text == b.text
    assert isinstance(d, ReadFailure) and "gzip" in d.error


def test_directory_recursive_with_include(tmp_path):
    (tmp_path / "2022" / "12").mkdir(parents=True)
    (tmp_path / "2022" / "12" / "a.txt").write_text(SEEDLIKE, encoding="utf-8")
    (tmp_path / "2022" / "b.html").write_text(page(), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ملاحظات", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    all_items = list(read_paths([tmp_path]))
    assert len(all_items) == 3
    only = list(read_paths([tmp_path], include=["*.txt", "*.html"]))
    assert sorted(Path(d.source).name for d in only) == ["a.txt", "b.html"]
    sub = list(read_paths([tmp_path], include="2022/12/*"))
    assert [Path(d.source).name for d in sub] == ["a.txt"]


def test_stdin(monkeypatch):
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": PARAS[i]}, ensure_ascii=False) for i in range(3))
    fake = io.TextIOWrapper(io.BytesIO(lines.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    items = list(read_paths(["-"]))
    assert [d.id for d in items] == ["s0", "s1", "s2"]
    assert items[0].meta["origin"] == "<stdin>:1"


def test_forced_format_and_detection():
    html = page().encode()
    assert detect_format(html) == "html"
    assert detect_format(RSS.encode()) == "feed"
    assert detect_format(ATOM.encode()) == "feed"
    assert detect_format(b'{"text": "x"}\n') == "jsonl"
    assert detect_format(b"WARC/1.0\r\n") == "warc"
    assert detect_format(SEEDLIKE.encode()) == "text"
    assert detect_format(b"anything", "x.rss") == "feed"
    (d,) = read_bytes(html, "<bytes>", fmt="text")  # forced: the HTML source is the text
    assert d.text.startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError):
        list(read_bytes(html, "x", fmt="pdf"))


def test_parse_date():
    assert parse_date("2022-12-02") == "2022-12-02"
    assert parse_date("2022-12-02T10:00:00Z") == "2022-12-02T10:00:00+00:00"
    assert parse_date("Fri, 02 Dec 2022 10:00:00 GMT") == "2022-12-02T10:00:00+00:00"
    assert parse_date(1669975200) == "2022-12-02T10:00:00+00:00"
    assert parse_date("2022-13-45") is None
    assert parse_date("last week") is None
    assert parse_date("") is None and parse_date(None) is None


def test_html_figcaptions_become_caption_segments():
    from marsad.pipeline import PipelineConfig
    from marsad.stages.clean import CleanStage
    cap1 = "أكار خلال الاجتماع في موسكو الأربعاء"
    cap2 = "وفد سوري يصل إلى موسكو. REUTERS/Ali Hassan"
    html = page().replace("<h1>", f'<figure><img src="a.jpg"><figcaption>{cap1}</figcaption></figure><h1>')
    html = html.replace(f"<p>{PARAS[2]}</p>",
                        f'<figure><img src="b.jpg"><figcaption>{cap2}</figcaption></figure><p>{PARAS[2]}</p>')
    (d,) = read_bytes(html.encode(), "fig.html")
    assert [d.text[a:b] for a, b in d.meta["caption_spans"]] == [cap1, cap2]
    assert d.text.split("\n")[2:4] == [cap1, cap2]
    CleanStage(PipelineConfig())(d)
    ks = [(s.kind, d.text[s.start:s.end]) for s in d.segments]
    assert ks[:4] == [("title", TITLE), ("caption", cap1), ("caption", "وفد سوري يصل إلى موسكو."),
                      ("photo_credit", "REUTERS/Ali Hassan")]
    assert [k for k, _ in ks[4:]] == ["body"] * 3


def test_undecodable_inputs():
    (f,) = read_bytes(b"\xef\xbb\xbf" + "نص".encode() + b"\xff\xfe\xfd", "bad.txt")
    assert isinstance(f, ReadFailure) and "undecodable" in f.error
    (f,) = read_bytes(b"\xff\xfe" + "نص عربي".encode("utf-16-le") + b"\x41", "odd.txt")
    assert isinstance(f, ReadFailure) and "undecodable" in f.error


def test_jsonl_language_names_are_normalised():
    rows = [{"text": PARAS[0], "lang": "Arabic"}, {"text": PARAS[1], "language": "ar-SA"},
            {"text": "Talks resumed in Geneva on Saturday, officials said.", "lang": "EN"},
            {"text": PARAS[2], "lang": "??"}]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    langs = [d.lang for d in read_bytes(data, "x.jsonl")]
    assert langs == ["ar", "ar", "en", None]


def test_json_array_file(tmp_path):
    p = tmp_path / "articles.json"
    p.write_text(json.dumps([{"id": "a", "text": PARAS[0]}, {"title": "x"}, {"id": "c", "text": PARAS[1]}],
                            ensure_ascii=False, indent=2), encoding="utf-8")
    a, f, c = read_paths([p])
    assert a.id == "a" and c.id == "c" and c.text == PARAS[1]
    assert isinstance(f, ReadFailure) and f.source == f"{p}[1]" and "JSON item 1 has no text" in f.error
