"""Story clustering: rewrites of one story cluster, other stories on the same topic do not."""
from __future__ import annotations

from pathlib import Path

from marsad.io.stories import (BANDS, NUM_PERM, THRESHOLD, StoryIndex, band_keys, jaccard, shingles, signature,
                               similarity)

STORIES = Path(__file__).parent / "data" / "io" / "stories"


def load(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text(encoding="utf-8")


SAME = ["same_story_a", "same_story_b", "same_story_c"]
OTHER = ["topic_other_1", "topic_other_2", "topic_other_3"]


def test_signature_shape_and_determinism():
    t = load("same_story_a")
    s1, s2 = signature(t), signature(t)
    assert s1 == s2 and len(s1) == NUM_PERM + 1 and s1[-1] == len(shingles(t))
    assert all(isinstance(x, int) for x in s1)
    keys = band_keys(s1)
    assert len(keys) == BANDS and len(set(keys)) == BANDS and keys == band_keys(s1)
    assert similarity(s1, s2) == 1.0 and jaccard(s1, s2) == 1.0
    assert signature("قصير") == [] and band_keys([]) == [] and similarity([], s1) == 0.0


def test_rewrites_are_similar_and_other_stories_are_not():
    sigs = {n: signature(load(n)) for n in SAME + OTHER}
    for i, a in enumerate(SAME):
        for b in SAME[i + 1:]:
            assert similarity(sigs[a], sigs[b]) >= THRESHOLD + 0.05, (a, b)
    for a in SAME + OTHER:
        for b in OTHER:
            if a != b:
                assert similarity(sigs[a], sigs[b]) < THRESHOLD - 0.02, (a, b)


def test_story_index_clusters():
    idx = StoryIndex()
    order = ["same_story_a", "topic_other_1", "same_story_b", "topic_other_3", "same_story_c", "topic_other_2"]
    got = {n: idx.assign(n, load(n)) for n in order}
    assert got["same_story_a"] == got["same_story_b"] == got["same_story_c"] == "same_story_a"
    for n in OTHER:
        assert got[n] == n
    assert idx.assign("same_story_b", "ignored: already assigned") == "same_story_a"


def test_exact_and_syndicated_copies():
    a = load("same_story_a")
    copy = a.replace("بورتسودان - (وكالة الشرق) -", "القاهرة - (وكالة أخرى) -") + "\n\nالمصدر : وكالات"
    idx = StoryIndex()
    assert idx.assign("x1", a) == "x1"
    assert idx.assign("x2", a) == "x1"
    assert idx.assign("x3", signature(copy)) == "x1"
    assert idx.assign("x4", "قصير جدا") == "x4"  # too short to cluster: its own story


def test_story_text_skips_page_furniture():
    from marsad.model import Document
    from marsad.pipeline import PipelineConfig
    from marsad.stages.clean import CleanStage
    from marsad.io.stories import doc_signature, story_text
    text = load("same_story_a") + "\n\nإعلان\n\nالمصدر : الجزيرة + وكالات\n"
    doc = CleanStage(PipelineConfig())(Document.from_text(text))
    st = story_text(doc)
    assert "إعلان" not in st and "المصدر" not in st and st.startswith("شكري يلتقي البرهان")
    assert doc_signature(doc) == signature(st)
    assert story_text(Document.from_text("نص بلا مقاطع")) == "نص بلا مقاطع"
