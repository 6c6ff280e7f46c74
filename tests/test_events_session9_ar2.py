"""Session 9 (AR2): whole Arabic articles written for marsad (tests/data/articles_ar/, ours), each coded as one
document; the key events were read and verified by hand (source, target, code, date, place).  Known errors found
in them that are not fixed yet are strict xfails (they fail loudly once fixed)."""
from pathlib import Path

import pytest

import marsad

ART = Path(__file__).parent / "data" / "articles_ar"


def coded(name, date):
    doc = marsad.code((ART / name).read_text(encoding="utf-8"), published_at=date)
    places = {p.id: p.name for p in doc.places}
    return [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e.date,
             places.get(e.place_id), e.negated) for e in doc.events]


def find(events, trigger, cameo, src=None):
    """The first event with this trigger and code (and source, when given: a trigger word can recur)."""
    got = [e for e in events if e[3].startswith(trigger) and e[0] == cameo and (src is None or e[1] == src)]
    assert got, [(e[0], e[3]) for e in events]
    return got[0]


# (file, publication date, [(trigger, cameo, source, target, date, place)]); None = not checked
ARTICLES = [
    ("iraq_protest.txt", "2025-06-14", [
        ("تظاهر", "141", "IRQ", None, "2025-06-13", "Baghdad"),          # يوم الجمعة before a Saturday
        ("أطلقت الغاز", "175", "COP", "CVL", "2025-06-14", None),
        ("وأدان", "111", "IRQGOV", "IRQCVL", "2025-06-14", None),
        ("وانتقد", "111", "IRQPTY", None, None, None),
        ("اعتقلت", "173", "IRQCOP", "IRQOPP", "2025-06-14", "Nasiriyah"),
        ("وطالبت", "100", "IGOUNO", None, "2025-06-14", None),
        ("أعلنت", "010", "IRQGOV", None, None, None),                   # the Iraqi electoral commission
    ]),
    ("libya_crisis.txt", "2025-06-11", [
        ("رفض", "120", "LBYLEG", None, "2025-06-10", "Tripoli"),        # يوم الثلاثاء before a Wednesday
        ("اتهم", "112", "LBYGOV", None, "2025-06-11", None),
        ("رفضه", "120", "LBYLEG", None, None, None),                      # the High Council of State
        ("اشتباكات", "193", None, None, "2025-06-09", "Ain Zara"),       # ليل الاثنين
        ("وأدان", "111", "LBYGOV", None, "2025-06-11", None),
        ("وقال", "010", "LBYMIL", None, None, None),                      # the LNA
        ("تظاهر", "141", None, None, "2025-06-11", "Misratah"),
    ]),
]


@pytest.mark.parametrize("name, date, checks", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article_key_events(name, date, checks):
    events = coded(name, date)
    for trig, cameo, src, tgt, d, place in checks:
        e = find(events, trig, cameo, src)
        if src is not None:
            assert e[1] == src, (trig, e)
        if tgt is not None:
            assert e[2] == tgt, (trig, e)
        if d is not None:
            assert e[4] == d, (trig, e)
        if place is not None:
            assert e[5] == place, (trig, e)
        assert not e[6], (trig, e)


# Known, not fixed (timex area, reported to the lead): a call dated by the future expression of its complement
# ("دعا … إلى الانضمام إلى الاحتجاجات يوم الجمعة المقبل" is a call made today, about next Friday).
@pytest.mark.xfail(strict=True, reason="a call/offer verb takes the future date of its complement")
def test_call_is_dated_by_publication_not_by_its_complement():
    events = coded("iraq_protest.txt", "2025-06-14")
    assert find(events, "دعا", "020")[4] == "2025-06-14"
