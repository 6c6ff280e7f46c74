"""Session 19, ARX2: a clause opened by حيث / إذ after the main clause (our own sentences; each rule with a guard)."""
from __future__ import annotations

from events_helpers import full, show


def _rows(doc, prefix):
    return sorted((e.cameo, e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix))


# 1. "، حيث عقد معه جلسة محادثات": the joined clause takes the main clause's subject (conj-subj) and its partner,
#    the pronoun after مع, is the main verb's object (coding/with_pronoun_ar.py)

def test_ar_with_him_after_haythu_is_the_guest():
    doc = full("استقبل الرئيس الجزائري أمس نظيره التونسي في قصر المرادية، حيث عقد معه جلسة محادثات تناولت "
               "ملف الحدود.", published_at="2026-11-30")
    assert ("046", "DZAGOV", "TUNGOV") in _rows(doc, "046"), show(doc)


def test_ar_with_the_two_of_them_is_each_guest():
    doc = full("استقبل العاهل الأردني وزير الخارجية المصري ونظيره العراقي في عمان، حيث عقد معهما جلسة محادثات "
               "حول التعاون الاقتصادي.", published_at="2026-11-30")
    rows = _rows(doc, "046")
    assert ("046", "JORGOV", "EGYGOV") in rows and ("046", "JORGOV", "IRQGOV") in rows, show(doc)


def test_ar_partner_named_after_ma_is_kept_guard():
    # (a partner of its own after مع: the main verb's object is not carried over)
    doc = full("استقبل الرئيس الجزائري نظيره التونسي، حيث عقد جلسة محادثات مع وزير الخارجية الليبي.",
               published_at="2026-11-30")
    rows = _rows(doc, "046")
    assert ("046", "DZAGOV", "LBYGOV") in rows and ("046", "DZAGOV", "TUNGOV") not in rows, show(doc)


# 2. "إلى المدينة حيث قتل ثلاثة أشخاص": a violent verb right after حيث followed by a count is a passive of the place
#    clause; the visitor of the main clause is not its subject (events._counted_passive)

def test_ar_place_clause_passive_takes_no_subject_guard():
    doc = full("وصل وزير الداخلية المصري إلى مدينة العريش حيث قتل ثلاثة أشخاص في انفجار سيارة مفخخة أمس.",
               published_at="2026-11-30")
    assert all(e.source_code != "EGYGOV" for e in doc.events if e.cameo.startswith(("18", "19", "20"))), show(doc)


def test_ar_joined_violent_verb_with_a_count_keeps_the_subject_guard():
    # (only right after حيث: a verb joined by و with a count after it is still the subject's act)
    doc = full("اقتحم مسلحون من حركة الشباب قرية قرب مقديشو أمس وقتلوا ثلاثة جنود صوماليين.", published_at="2026-11-30")
    ev = [e for e in doc.events if e.trigger.startswith("وقتلوا")]
    assert ev and all(e.source_code for e in ev), show(doc)


# 3. "أعلنت الحكومة تعليق رحلات شركة الطيران …": a state halting a carrier's flights is an embargo (163); an airline
#    suspending its own flights is none (manual_ar.tsv row تعليق + رحلات, cue state_src, events._state_sanction)

def test_ar_state_suspends_a_foreign_carriers_flights():
    doc = full("أعلنت الحكومة المغربية أمس تعليق رحلات شركة الخطوط الجوية الليبية إلى مطاراتها.",
               published_at="2026-11-30")
    assert [(e.cameo, e.source_code) for e in doc.events if e.cameo == "163"] == [("163", "MARGOV")], show(doc)


def test_ar_airline_suspends_its_own_flights_guard():
    doc = full("أعلنت شركة الخطوط الجوية التركية تعليق رحلاتها إلى مطار بيروت بسبب سوء الأحوال الجوية.",
               published_at="2026-11-30")
    assert not [e for e in doc.events if e.cameo.startswith("16")], show(doc)
