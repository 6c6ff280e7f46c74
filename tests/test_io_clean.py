"""Clean stage: segment kinds, publisher/agencies, datelines, offsets (texts written for marsad)."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.model import SEGMENT_KINDS, Document
from marsad.pipeline import PipelineConfig
from marsad.stages.clean import CleanStage, lookup_publisher

DATA = Path(__file__).parent / "data" / "io"


def clean(text: str, **kw) -> Document:
    d = Document.from_text(text, **kw)
    return CleanStage(PipelineConfig())(d)


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.text[s.start:s.end]) for s in doc.segments]


def test_seedlike_page_every_kind():
    text = (DATA / "seedlike_ar.txt").read_text(encoding="utf-8")
    doc = clean(text)
    assert doc.text == text  # never modified
    ks = kinds(doc)
    assert ks[0] == ("title", "محادثات تركية سورية في موسكو لبحث أمن الحدود وعودة اللاجئين")
    assert ks[1][0] == "caption" and ks[1][1].startswith("Turkish Defence Minister")
    assert ks[1][1].endswith("December 28, 2022.")
    assert ks[2][0] == "photo_credit" and ks[2][1].startswith("Anadolu Agency/Kemal Aydin/via REUTERS")
    assert ks[2][1].endswith("NO RESALES.")
    assert ks[3][0] == "caption" and ks[3][1].endswith("(رويترز)")
    assert [k for k, _ in ks].count("ad") == 2
    assert all(t == "إعلان" for k, t in ks if k == "ad")
    src = [t for k, t in ks if k == "source_line"]
    assert src == ["المصدر : الجزيرة + وكالات"]
    assert doc.publisher == "Al Jazeera"
    assert doc.agencies == ["agencies"]
    body = [t for k, t in ks if k == "body"]
    assert len(body) == 7
    assert "مسار التقارب" in body  # a sub-heading stays in the body
    assert body[0].startswith("تستضيف موسكو -غدا الأربعاء-")  # not a dateline
    assert "dateline" not in [k for k, _ in ks]
    assert doc.published_at is None and doc.published_at_basis == "missing"
    # segments are in order, disjoint, trimmed
    for a, b in zip(doc.segments, doc.segments[1:]):
        assert a.end <= b.start
    for s in doc.segments:
        assert s.kind in SEGMENT_KINDS
        assert text[s.start:s.end] == text[s.start:s.end].strip()


def test_seed_article(seed_text):
    doc = clean(seed_text)
    ks = kinds(doc)
    assert ks[0][0] == "title"
    assert ks[1][0] == "caption" and ks[1][1].startswith("Deputy Foreign Minister")
    assert ks[2][0] == "photo_credit" and ks[2][1].startswith("Lehtikuva/Martti Kainulainen/via REUTERS")
    assert ks[3][0] == "caption" and ks[3][1].endswith("(رويترز)")
    assert [t for k, t in ks if k == "ad"] == ["إعلان", "إعلان"]
    assert [k for k, _ in ks][-2:] == ["source_line", "ad"]
    assert doc.publisher == "Al Jazeera" and doc.agencies == ["agencies"]
    assert sum(1 for k, _ in ks if k == "body") >= 10


@pytest.mark.parametrize("line,place,agency,date", [
    ("إسطنبول - 12 ديسمبر 2022 (الأناضول) - قال وزير الخارجية التركي إن بلاده مستعدة للوساطة.",
     "إسطنبول", "Anadolu Agency", "2022-12-12"),
    ("بيروت، 3 آذار 2023 (رويترز) - أعلن الجيش اللبناني انتشار وحداته في الجنوب.", "بيروت", "Reuters",
     "2023-03-03"),
    ("القاهرة ـ (أ ف ب) - أعلنت الحكومة المصرية رفع أسعار الوقود.", "القاهرة", "Agence France-Presse", None),
    ("DAMASCUS, March 3, 2023 (Reuters) - Syrian government forces retook a town on Friday.", "DAMASCUS",
     "Reuters", "2023-03-03"),
    ("LONDON (AP) — Britain said on Friday it would send more aid to the region.", "LONDON",
     "Associated Press", None),
])
def test_datelines(line, place, agency, date):
    doc = clean("عنوان الخبر\n\n" + line)
    dl = [s for s in doc.segments if s.kind == "dateline"]
    assert len(dl) == 1
    seg = dl[0]
    assert doc.text[seg.start:seg.end].startswith(place)
    body = [s for s in doc.segments if s.kind == "body"][0]
    assert body.start >= seg.end and doc.text[body.start] not in " -—"
    assert doc.meta["dateline"]["place"] == place
    assert agency in doc.agencies or doc.publisher == agency
    assert doc.published_at == date
    assert doc.published_at_basis == ("dateline" if date else "missing")


def test_yearless_dateline_is_not_invented_but_resolved_from_crawl_date():
    text = "عنوان الخبر\n\nإسطنبول - 12 ديسمبر (الأناضول) - قال وزير الخارجية التركي إن بلاده مستعدة للوساطة."
    doc = clean(text)
    assert doc.published_at is None and doc.published_at_basis == "missing"
    assert doc.meta["dateline"]["date"] == "--12-12"
    doc2 = Document.from_text(text)
    doc2.meta["fetched_at"] = "2023-01-05T08:00:00+00:00"
    CleanStage(PipelineConfig())(doc2)
    assert doc2.published_at == "2022-12-12" and doc2.published_at_basis == "dateline"


def test_dateline_does_not_override_metadata_date():
    doc = clean("Title here\n\nDAMASCUS, March 3, 2023 (Reuters) - Syrian forces retook a town.",
                published_at="2023-03-04")
    assert doc.published_at == "2023-03-04" and doc.published_at_basis == "user"
    assert doc.meta["dateline"]["date"] == "2023-03-03"


def test_english_caption_credit_other_and_source_lines():
    text = ("Israeli jets strike targets in Gaza\n\n"
            "Smoke rises over the city after an air strike, March 3, 2023. REUTERS/Samir Haddad\n"
            "GAZA, March 3 (Reuters) - Israeli jets struck targets in the Gaza Strip on Friday, the military said.\n"
            "Advertisement\n"
            "Read more: Ceasefire talks stall in Cairo\n"
            "The strikes followed rocket fire from the enclave overnight, witnesses said.\n"
            "Share this article\n"
            "Reporting by Samir Haddad; Editing by Mark Stone\n"
            "© 2023 Example News\n")
    doc = clean(text)
    ks = kinds(doc)
    assert ks[0] == ("title", "Israeli jets strike targets in Gaza")
    assert ks[1] == ("caption", "Smoke rises over the city after an air strike, March 3, 2023.")
    assert ks[2] == ("photo_credit", "REUTERS/Samir Haddad")
    assert ks[3] == ("dateline", "GAZA, March 3 (Reuters) -")
    assert ks[4][0] == "body"
    assert ks[5] == ("ad", "Advertisement")
    assert ks[6][0] == "other"
    assert ks[7][0] == "body"
    assert ks[8][0] == "other"
    assert ks[9][0] == "source_line"
    assert ks[10][0] == "other"
    assert "Reuters" in doc.agencies


def test_hygiene_marks_are_trimmed_not_removed():
    text = "\u200fعنوان الخبر\u00a0\n\n\u202b  قال المتحدث باسم الحكومة إن الاجتماع سيعقد الأحد\u00a0\u202c\n\u200e\n\ufeffإعلان\n"
    doc = clean(text)
    assert doc.text == text
    ks = kinds(doc)
    assert ks == [("title", "عنوان الخبر"), ("body", "قال المتحدث باسم الحكومة إن الاجتماع سيعقد الأحد"),
                  ("ad", "إعلان")]


def test_single_paragraph_is_body_and_html_title_is_title():
    doc = clean("قال المتحدث باسم الحكومة إن الاجتماع سيعقد الأحد")
    assert [s.kind for s in doc.segments] == ["body"]
    doc = clean("اجتماع الأحد.\n\nقال المتحدث باسم الحكومة إن الاجتماع سيعقد الأحد", title="اجتماع الأحد.")
    assert [s.kind for s in doc.segments] == ["title", "body"]
    assert clean("").segments == []


def test_body_paragraph_ending_with_agency_in_long_text_stays_body():
    long = " ".join(["قال المتحدث باسم الحكومة إن الاجتماع سيعقد الأحد في العاصمة"] * 6) + " (رويترز)"
    doc = clean("عنوان\n\n" + long)
    assert [s.kind for s in doc.segments] == ["title", "body"]


def test_publisher_lookup_arabic_and_english():
    assert lookup_publisher("وكالة الأناضول") == ("Anadolu Agency", "agency")
    assert lookup_publisher("فرانس برس")[0] == "Agence France-Presse"
    assert lookup_publisher("AFP")[0] == "Agence France-Presse"
    assert lookup_publisher("تاس")[0] == "TASS"
    assert lookup_publisher("سانا")[0] == "SANA"
    assert lookup_publisher("واس")[0] == "SPA"
    assert lookup_publisher("وام")[0] == "WAM"
    assert lookup_publisher("الجزيرة نت") == ("Al Jazeera", "outlet")
    assert lookup_publisher("مجهول تماما") is None


def test_source_line_with_several_agencies_and_sitename_canonicalised():
    doc = clean("عنوان\n\nنص الخبر هنا بما يكفي من الكلمات.\n\nالمصدر : رويترز + فرانس برس", publisher="الجزيرة نت")
    assert doc.publisher == "Al Jazeera" and doc.meta["publisher_raw"] == "الجزيرة نت"
    assert doc.agencies == ["Reuters", "Agence France-Presse"]


def test_clean_gives_the_same_layers_on_every_run():
    # (speed is measured by bench/bench_stages.py, not asserted here: a timed test fails on a loaded machine)
    text = (DATA / "seedlike_ar.txt").read_text(encoding="utf-8")
    stage = CleanStage(PipelineConfig())
    first = stage(Document.from_text(text, id="a"))
    again = stage(Document.from_text(text, id="a"))
    assert first.segments and [(s.start, s.end, s.kind) for s in first.segments] == \
        [(s.start, s.end, s.kind) for s in again.segments]


def test_hard_wrapped_text_gives_one_segment_per_paragraph():
    para1 = ("The foreign ministers of the two countries met in Geneva on Saturday to\n"
             "discuss the stalled talks on the border, officials from both sides said in\n"
             "a joint statement released after the meeting ended late in the evening\n"
             "and said further rounds would follow.")
    para2 = ("The statement said the two delegations agreed on a timetable for the\n"
             "withdrawal of forces from the disputed area and on the exchange of\n"
             "prisoners held since the clashes of last year, without giving details.")
    text = "Talks resume in Geneva\n\n" + para1 + "\n\n" + para2 + "\n"
    doc = clean(text)
    assert kinds(doc) == [("title", "Talks resume in Geneva"), ("body", para1), ("body", para2)]
    assert doc.meta.get("hard_wrapped") is True
    # ordinary one-paragraph-per-line text is not affected
    doc = clean((DATA / "seedlike_ar.txt").read_text(encoding="utf-8"))
    assert "hard_wrapped" not in doc.meta


def test_read_also_box_and_more_caption_sources():
    text = ("عنوان الخبر الرئيسي\n\n"
            "متظاهرون في وسط العاصمة مساء السبت (مواقع التواصل)\n"
            "قال المتحدث باسم الحكومة إن الاجتماع سيعقد الأحد في العاصمة لبحث الأزمة.\n"
            "اقرأ أيضا\n"
            "الحكومة تعلن خطة جديدة للنقل العام\n"
            "ارتفاع أسعار الوقود للمرة الثالثة هذا العام\n"
            "وأضاف المتحدث أن الحكومة ستعلن قراراتها بعد انتهاء الاجتماع مباشرة.\n"
            "المصدر : الجزيرة + الصحافة الأميركية\n")
    doc = clean(text)
    assert [s.kind for s in doc.segments] == ["title", "caption", "body", "other", "other", "other", "body",
                                              "source_line"]
    assert doc.publisher == "Al Jazeera" and doc.agencies == ["US press"]
