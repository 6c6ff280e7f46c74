"""Session 55, gapar55: Arabic events with the right code but a wrong target (own sentences, news style)."""
from marsad.pipeline import default_pipeline

_P = default_pipeline()


def _events(text):
    doc = _P(text, published_at="2025-05-05")
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_chaired_meeting_of_convened_body():
    """"ترأس / عقد X اجتماعا (طارئا) لـ Y": the body convened after لـ is the meeting's target, of the chair's
    country, one direction only."""
    evs = _events("وترأس وزير الداخلية المصري أمس اجتماعا موسعا لمديري الأمن لمتابعة الاستعدادات للانتخابات.")
    meet = [e for e in evs if e[0] == "اجتماعا"]
    assert meet and meet[0][1] == "040", evs
    assert (meet[0][2] or "").startswith("EGY") and (meet[0][3] or "").startswith("EGY"), evs
    assert len(meet) == 1, evs


def test_guard_meeting_of_body_without_light_verb():
    """Guard: without a light verb and its subject the لـ-genitive owns the meeting (no convened partner)."""
    evs = _events("ودعت الصين إلى اجتماع عاجل لمجلس الأمن الدولي لبحث التصعيد.")
    assert not any(e[0] == "اجتماع" and e[3] and e[3].startswith("IGO") and e[2] and e[2].startswith("CHN")
                   for e in evs), evs


def test_guard_visit_host_keeps_own_country():
    """Guard: a visitor meeting a bare title abroad does not give the host his own country."""
    evs = _events("والتقى وزير الخارجية الفرنسي رئيس الوزراء في بيروت.")
    assert not any(e[3] and e[3].startswith("FRA") for e in evs if e[2] and e[2].startswith("FRA")), evs


def test_held_meeting_with_security_chiefs_domestic():
    """"وعقد X مشاورات / اجتماعا ... مع قادة الأجهزة الأمنية": the country-less body met at a held meeting takes the
    holder's country (the only one the sentence names)."""
    evs = _events("وعقد الرئيس التونسي مساء أمس مشاورات أمنية بشأن الهجوم مع قادة الأجهزة الأمنية.")
    meet = [e for e in evs if e[1] == "040" and (e[2] or "").startswith("TUN")]
    assert meet and (meet[0][3] or "").startswith("TUN"), evs


def test_guard_held_meeting_abroad_keeps_host():
    """Guard: a meeting held with a body of another named country does not take the holder's country."""
    evs = _events("وعقد وزير الخارجية الفرنسي اجتماعا مع قادة الأحزاب اللبنانية في بيروت.")
    assert not any((e[3] or "").startswith("FRA") for e in evs if (e[2] or "").startswith("FRA")), evs
