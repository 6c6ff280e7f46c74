"""Session 32, REVIEW32: fixes found reviewing the lead's session-32 code (our own sentences).

1. An English time opened by until / till never dates an event of its sentence -- also when the word is the time
   expression's own first word ("until April 30" is one timex) or written "Till" (`timex/dating.py`).
2. The Arabic update-time header pattern (`date_line_ar`, patterns.yaml) reads a whole label followed by a time stamp:
   a first body sentence with "انتشر في 12 …" / "ونشر في 3 مدن" ("spread in", "deployed in") is no page chrome.
3. Counted states (`coding/counted_states.py`): an English count names the states told before only after a
   determiner ("the three countries"), as the Arabic number words are definite; the side copied is the side the
   earlier group was found by.
"""
from marsad.model import Event
from marsad.pipeline import Pipeline

_P = Pipeline()


def _doc(text, date="2024-05-10"):
    return _P(text, published_at=date)


# 1 ---------------------------------------------------------------------------------------------------------------
def test_until_inside_the_time_expression_does_not_date_the_sentence():
    doc = _doc("The ministry suspended all flights to Beirut until April 30 and condemned the shelling of the port.")
    cond = [e for e in doc.events if e.cameo == "111"]
    assert cond and all(e.date != "2024-04-30" for e in cond), [(e.cameo, e.date) for e in doc.events]


def test_capitalised_till_opening_the_sentence_does_not_date_it():
    doc = _doc("Till April 28, the government suspended imports from Turkey and condemned Ankara's decision.")
    assert doc.events and all(e.date != "2024-04-28" for e in doc.events), [(e.cameo, e.date) for e in doc.events]


def test_by_a_day_still_dates():
    # (the filter is for until / till only: "by Sunday night" and "on April 30" still date their sentence)
    doc = _doc("On April 30 the ministry condemned the shelling of the port.")
    assert any(e.cameo == "111" and e.date == "2024-04-30" for e in doc.events), [(e.cameo, e.date) for e in doc.events]


# 2 ---------------------------------------------------------------------------------------------------------------
def test_spread_in_sentence_is_body_not_an_update_header():
    text = ("مسؤول أممي يحذر من تفشي الوباء\n\n"
            "ونشر في 3 مدن جنود من الجيش لملاحقة المسلحين بعد الهجوم\n\n"
            "واعتقلت الشرطة عشرة أشخاص في المدينة.\n")
    doc = _doc(text)
    seg = next(s for s in doc.segments if "ونشر في" in doc.text[s.start:s.end])
    assert seg.kind != "other", [(s.kind, doc.text[s.start:s.end][:20]) for s in doc.segments]


def test_update_header_with_time_stamp_is_still_chrome():
    from marsad.stages.clean import load_ingest_data
    pat = load_ingest_data()["pats"]["date_line_ar"]
    for s in ("بيروت | الخميس 9 مايو 2024 - آخر تحديث: 14:20", "نشر في 9 مايو 2024", "تاريخ النشر 09/05/2024"):
        assert pat.search(s), s
    for s in ("انتشر في 12 محافظة وباء الكوليرا", "ونشر في 3 مدن جنود من الجيش", "نشر في 3 مدن جنود"):
        assert not pat.search(s), s


# 3 ---------------------------------------------------------------------------------------------------------------
def test_indefinite_english_count_names_no_earlier_states():
    doc = _doc("Russia, China and Iran held joint naval exercises in the Gulf of Oman on Monday. "
               "At least three countries have recalled their ambassadors since then.")
    rec = [e for e in doc.events if e.cameo == "161"]
    assert rec and not any(":counted-states" in e.rule for e in rec), [(e.cameo, e.source_code, e.rule) for e in rec]


def test_definite_english_count_still_names_them():
    doc = _doc("Russia, China and Iran held joint naval exercises in the Gulf of Oman on Monday. "
               "The three countries also condemned the new sanctions.")
    got = sorted(e.source_code for e in doc.events if e.cameo == "111")
    assert got == ["CHN", "IRN", "RUS"], [(e.cameo, e.source_code, e.rule) for e in doc.events]


def _ev(i, start, src, src_c, tgt, tgt_c, sentence=0, cameo="111"):
    return Event(id=f"e{i}", sentence=sentence, sentence_start=0 if sentence == 0 else 100, sentence_end=99
                 if sentence == 0 else 200, trigger_start=start, trigger_end=start + 5, trigger="x", cameo=cameo,
                 root=cameo[:2], quad_class=3, goldstein=-2.0, plover_type=None, source_code=src, source_country=src_c,
                 target_code=tgt, target_country=tgt_c, lang="en", source_actor_id=src, target_actor_id=tgt)


def test_counted_states_copies_the_side_the_group_was_found_by():
    from types import SimpleNamespace
    from marsad.coding import counted_states
    # sentence 0: three bodies of three states, each acting on one state (the group is the targets: the sources are
    # no countries themselves); sentence 1: "the three countries" as a missing target
    text = "x" * 100 + "Qatar condemned the three countries on Monday."
    evs = [_ev(1, 10, "GBRGOV", "GBR", "RUS", "RUS"), _ev(2, 10, "FRAGOV", "FRA", "CHN", "CHN"),
           _ev(3, 10, "DEUGOV", "DEU", "IRN", "IRN")]
    late = _ev(4, 106, "QAT", "QAT", None, None, sentence=1)
    doc = SimpleNamespace(text=text)
    out = counted_states.apply(doc, evs + [late])
    got = sorted(e.target_code for e in out if ":counted-states" in e.rule)
    assert got == ["CHN", "IRN", "RUS"], got


# 4 ---------------------------------------------------------------------------------------------------------------
def test_call_clause_needs_a_pronoun_object_not_a_noun_in_ta_marbuta():
    # normalize folds ة into ه: "الوساطة فيها" (mediation in the crisis) is no "دعاه فيه" act of the caller
    doc = _doc("أجرى الرئيس المصري اتصالا هاتفيا مع نظيره الكيني، بحثا خلاله الأزمة السودانية وجهود الوساطة فيها.")
    med = [e for e in doc.events if e.cameo == "045"]
    assert not any(":call-clause" in e.rule for e in med), [(e.cameo, e.source_code, e.target_code, e.rule)
                                                            for e in doc.events]


def test_call_clause_with_pronoun_object_still_reads_the_caller():
    doc = _doc("وتلقى الرئيس اللبناني مساء أمس اتصالا هاتفيا من أمير قطر، دعاه فيه إلى الإسراع في تشكيل الحكومة.")
    got = [(e.source_code, e.target_code) for e in doc.events if ":call-clause" in e.rule]
    assert got and got[0] == ("QATGOV", "LBNGOV"), [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]
