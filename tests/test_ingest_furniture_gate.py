"""clean._may_be_furniture (the first-word gate that spares the whole line's matching form) never
says no to a line _furniture would find: every furniture pattern of the data, with following text,
punctuation, marks and spacing around it, and the lines we write in the style of news furniture."""
import random

from marsad.stages import clean


def _lines(d):
    rng = random.Random(3)
    keys = list(d["exact"]) + list(d["prefix"])
    tails = ["", " ", ": ", " - ", "، ", "... ", "\u00a0", " «", "ً", "\u200f"]
    more = ["عاجل", "الرئيس", "Read", "more", "the", "2024", "تابعونا", "—", "(AFP)", "x" * 30]
    for k in keys:
        for _ in range(6):
            line = rng.choice(["", " ", "«", "- ", "\u200f"]) + k + rng.choice(tails)
            line += " ".join(rng.choice(more) for _ in range(rng.randint(0, 6)))
            yield line
            yield line.upper()
    yield from ["اقرأ أيضا:", "Read more: the talks resumed", "شارك هذا الخبر عبر", "Advertisement",
                "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل", "(Reporting by John Smith)"]


def test_gate_never_hides_furniture():
    d = clean.load_ingest_data()
    assert d["exact"] or d["prefix"]
    n_hit = n_gated = 0
    for line in _lines(d):
        if len(line) >= 100:
            continue
        norm = clean._fnorm(line)
        hit = clean._furniture(d, norm) if norm and len(norm) < 80 else None
        if hit:
            n_hit += 1
            assert len(line) <= clean._HEAD or clean._may_be_furniture(d, line), line
        elif len(line) > clean._HEAD and not clean._may_be_furniture(d, line):
            n_gated += 1
    assert n_hit > 50 and n_gated > 0      # both sides exercised
    # an ordinary news sentence is spared the full matching form
    assert not clean._may_be_furniture(d, "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل")
