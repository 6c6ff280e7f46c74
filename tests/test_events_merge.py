"""One event per real happening in a document (merge_repeats), on articles written for the test."""
import marsad

ARTICLE = (
    "يعقد اليوم في القاهرة اجتماع بين وزير الخارجية المصري ونظيره الأردني لبحث الأوضاع في غزة.\n\n"
    "ونقلت وكالة أنباء الشرق الأوسط عن مصدر دبلوماسي قوله إن اجتماعا يعقد اليوم في القاهرة بين وزير الخارجية "
    "المصري ونظيره الأردني.\n\n"
    "وقال المصدر إن الاجتماع سيبحث ملف المساعدات الإنسانية.\n"
)


def _meetings(doc):
    return [e for e in doc.events if e.root == "04" and not e.negated]


def test_repeated_lead_event_is_coded_once():
    doc = marsad.code(ARTICLE.replace("\\\n", "\n"), published_at="2024-02-05")
    with_actors = [e for e in _meetings(doc) if e.source_code or e.target_code]
    keys = [(e.source_code, e.target_code, e.cameo, e.date) for e in with_actors]
    assert keys and len(keys) == len(set(keys)), keys
    # the bare back-reference "الاجتماع" is not a second happening
    assert not [e for e in _meetings(doc) if not (e.source_code or e.target_code)]


def test_merging_can_be_switched_off():
    p = marsad.Pipeline(marsad.PipelineConfig(options={"merge_repeats": False}))
    merged = marsad.code(ARTICLE, published_at="2024-02-05")
    raw = p(ARTICLE, published_at="2024-02-05")
    assert len(raw.events) > len(merged.events)
    assert [e.id for e in merged.events] == [e.id for e in raw.events if e.id in {m.id for m in merged.events}]


def test_headline_restating_the_lead_is_merged_into_the_body_event():
    text = ("الجيش الإسرائيلي يقصف مواقع في جنوب لبنان\n\n"
            "قصف الجيش الإسرائيلي أمس الأحد مواقع قرب بلدة الناقورة في جنوب لبنان.\n")
    doc = marsad.code(text, published_at="2024-06-10")
    attacks = [e for e in doc.events if e.root in ("18", "19", "20")]
    assert attacks and all(e.segment_kind == "body" for e in attacks), [(e.segment_kind, e.cameo) for e in attacks]
    assert attacks[0].date == "2024-06-09"
