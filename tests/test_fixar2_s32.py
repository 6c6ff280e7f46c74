"""Session 32 (helper fixar2): Arabic constructions, our own sentences.

1. A verbal noun decided by a decision verb (قرر) is the act decided now, past a long setting, whatever its root
   (cue ``decide``, `decided_noun_ar`); a reference word (بعد) before it keeps it a reference.
2. An envoy named with his nationality adjective, recalled for consultations (القائم بالأعمال in the consult row),
   from the state he is posted in (after في / لدى): his own state recalls him from that state (`recall._posted_in`).
3. A relative aside ("، الذي استضافت بلاده المحادثات،") between a verb and its preposition is passed over
   (`fronted.relative_aside`); the South African demonym (الجنوب أفريقي, country_extra.tsv / countries.tsv).
4. وصف / واصفا with an insult word (سخيفة، مجنونة، النازية): 111.
5. The World Food Programme (organisations.tsv, IGOUNOWFP).
6. سحب + a permission or licence (إذن الهبوط، ترخيص): 172.
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-06-12"):
    doc = _P(text, published_at=date)
    return doc, doc.events


def _coded(text, code, src, tgt):
    """The first event of ``code`` in ``text`` has source country ``src`` and target country ``tgt``."""
    _, evs = _events(text)
    got = [e for e in evs if e.cameo == code]
    assert got and (got[0].source_country, got[0].target_country) == (src, tgt), [
        (e.cameo, e.source_code, e.target_code) for e in evs]


def test_decided_complaint_after_a_setting_is_reported_now():
    _, evs = _events("وقررت الحكومة الأردنية في جلسة استثنائية ترأسها رئيس الوزراء تقديم شكوى رسمية إلى مجلس "
                     "الأمن ضد إسرائيل.")
    c = [e for e in evs if e.cameo == "114"]
    assert c and not c[0].historical, [(e.cameo, e.rule, e.historical) for e in evs]
    assert c[0].source_country == "JOR" and c[0].target_country == "ISR", [(e.cameo, e.source_code, e.target_code)
                                                                           for e in evs]


def test_complaint_after_a_reference_word_stays_background():
    _, evs = _events("وقررت الحكومة الأردنية بعد تقديم شكوى رسمية إلى مجلس الأمن ضد إسرائيل تجميد الاتصالات.")
    c = [e for e in evs if e.cameo == "114"]
    assert not c or c[0].historical, [(e.cameo, e.rule, e.historical) for e in evs]


def test_decided_recall_of_charge_d_affaires_from_his_post():
    _, evs = _events("وقرر مجلس الوزراء المغربي استدعاء القائم بالأعمال المغربي في الجزائر للتشاور.")
    r = [e for e in evs if e.cameo == "161"]
    assert r and not r[0].historical, [(e.cameo, e.rule, e.historical) for e in evs]
    assert r[0].source_country == "MAR" and r[0].target_country == "DZA", [(e.cameo, e.source_code, e.target_code,
                                                                            e.rule) for e in evs]


def test_charge_d_affaires_without_consultations_is_no_recall():
    # (a summons of the other state's envoy, not a recall: no للتشاور)
    _, evs = _events("واستدعت الخارجية المغربية القائم بالأعمال الجزائري في الرباط.")
    assert not [e for e in evs if e.cameo == "161"], [(e.cameo, e.source_code, e.target_code) for e in evs]
    assert [e for e in evs if e.cameo == "114"], [(e.cameo, e.source_code, e.target_code) for e in evs]


def test_welcome_past_a_relative_aside_and_south_african_demonym():
    _, evs = _events("ورحب الرئيس الجنوب أفريقي، الذي استضافت بلاده جولة المفاوضات، بالاتفاق الجديد.")
    w = [e for e in evs if e.cameo == "051"]
    assert w and w[0].source_country == "ZAF", [(e.cameo, e.source_code, e.target_code) for e in evs]


def test_described_with_an_insult():
    _coded("ورد الرئيس الفنزويلي خلال مهرجان انتخابي، واصفا الحكومة الكولومبية بأنها \"سخيفة\".", "111", "VEN", "COL")


def test_world_food_programme_appeal():
    _, evs = _events("ودعا برنامج الأغذية العالمي إلى السماح فورا بدخول قوافل الإغاثة إلى المدينة المحاصرة.")
    a = [e for e in evs if e.cameo[:2] == "02"]
    assert a and a[0].source_code == "IGOUNOWFP", [(e.cameo, e.source_code, e.target_code) for e in evs]


def test_withdrawn_landing_permission_is_a_sanction():
    _coded("سحبت الحكومة النمساوية أمس السبت إذن الهبوط الممنوح لطائرة وزير الخارجية الإيراني.", "172", "AUT", "IRN")


def test_withdrawn_statements_are_no_sanction():
    _, evs = _events("وسحب الوزير تصريحاته السابقة.")
    assert not [e for e in evs if e.cameo == "172"], [(e.cameo, e.source_code, e.target_code) for e in evs]
