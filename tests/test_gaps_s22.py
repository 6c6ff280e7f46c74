"""Session 22 GAPS: coding gaps left by session 21, each as a general construction.  Sentences written for these
tests; each construction has a near-miss guard.
1. أوصى (recommend) is an appeal only with a political side (cond ``actor``);
2. "أبلغ X بعدم إعادة سفيرها" is the notifier's envoy kept withdrawn (166) toward X (notified_envoy_ar);
4. a headline pair joined by a comma ("India, Pakistan trade fire") is a coordinated subject;
5. "killed by the Taliban": the article between "by" and a named group keeps the by-agent;
6. "X police arrested two Russians.  The ministry demanded their release.": the detainees' ministry."""
from __future__ import annotations

import pytest
from events_helpers import dump, full


def _ev(doc, prefix, src="*", tgt="*"):
    return [e for e in doc.events if e.cameo.startswith(prefix) and (src == "*" or e.source_country == src)
            and (tgt == "*" or e.target_country == tgt)]


# ---------------------------------------------------------------- 1. recommend
@pytest.mark.parametrize("text", [
    "يوصي الخبراء بنسبة منخفضة من السكر في الغذاء اليومي.",
    # the speaker is no side of the advice
    "عمان - قالت وزارة الصحة إن النسبة لا تتجاوز 70 في المئة، في حين يوصي الخبراء بنسبة أعلى.",
    "وأوصى الأطباء المرضى بشرب الماء بكثرة خلال موجة الحر.",
    "وقرأ الإمام الآية التي توصيهما بالوالدين.",
])
def test_advice_without_a_political_side_is_no_appeal(text):
    doc = full(text, published_at="2024-05-02")
    assert not _ev(doc, "02"), dump(doc)


def test_parliament_recommending_the_government_is_an_appeal():   # guard
    doc = full("أوصى البرلمان الأردني الحكومة بطرد السفير الإسرائيلي.", published_at="2024-05-02")
    assert _ev(doc, "020", "JOR", "JOR"), dump(doc)


def test_security_council_recommending_sanctions_is_an_appeal():   # guard
    doc = full("أوصى مجلس الأمن بفرض عقوبات على كوريا الشمالية.", published_at="2024-05-02")
    assert [e for e in _ev(doc, "020") if e.source_code == "IGOUNO"], dump(doc)


# ---------------------------------------------------------------- 2. notified non-return of one's envoy
def test_notified_non_return_after_a_recall_is_the_notifiers_166():
    doc = full("أعلنت قطر أمس استدعاء سفيرها من السويد، وأبلغت وزارة الخارجية السويدية بعدم إعادة سفيرها إلى الدوحة.",
               published_at="2024-05-02")
    ev = [e for e in doc.events if e.trigger == "وأبلغت"]
    assert ev and ev[0].cameo == "166" and ev[0].source_country == "QAT" and ev[0].target_country == "SWE" \
        and not ev[0].negated, dump(doc)
    assert _ev(doc, "161", "QAT"), dump(doc)   # the recall is kept, a separate act


def test_notified_non_return_with_a_named_subject():
    doc = full("أبلغ وزير الخارجية الكويتي نظيره العراقي بعدم إعادة السفير إلى بغداد.", published_at="2024-05-02")
    ev = _ev(doc, "166", "KWT", "IRQ")
    assert ev and not ev[0].negated, dump(doc)


def test_a_decided_non_return_is_left_alone():   # guard: no notifying verb
    doc = full("قررت الحكومة المغربية عدم إعادة سفيرها إلى باريس.", published_at="2024-05-02")
    assert not [e for e in doc.events if ":notified-envoy" in e.rule], dump(doc)


def test_notified_non_return_of_the_same_country_is_left_alone():   # guard: notifier and addressee one country
    doc = full("أبلغ وزير الخارجية المغربي السفارة المغربية في باريس بعدم إعادة السفير.", published_at="2024-05-02")
    assert not [e for e in doc.events if ":notified-envoy" in e.rule], dump(doc)


# ---------------------------------------------------------------- 4. comma-joined headline pair
def test_comma_pair_trades_fire_both_ways():
    doc = full("India, Pakistan trade fire across Kashmir line", published_at="2024-05-02")
    assert _ev(doc, "19", "IND", "PAK") and _ev(doc, "19", "PAK", "IND"), dump(doc)


def test_comma_pair_signs_a_pact():
    doc = full("Egypt, Sudan sign water pact", published_at="2024-05-02")
    assert _ev(doc, "057", "EGY", "SDN") and _ev(doc, "057", "SDN", "EGY"), dump(doc)


def test_city_comma_country_is_still_a_place():   # guard
    doc = full("Protesters marched in Lahore, Pakistan on Friday against price rises.", published_at="2024-05-02")
    assert not any(a.country == "PAK" and a.kind == "country" for a in doc.actors), \
        [(a.code, a.spans) for a in doc.actors]


# ---------------------------------------------------------------- 5. "by the Taliban"
def test_killed_by_the_taliban_has_the_taliban_as_source():
    doc = full("Two aid workers were killed by the Taliban in Kabul on Sunday.", published_at="2024-05-02")
    assert [e for e in _ev(doc, "19") if e.source_code == "AFGREB"], dump(doc)


def test_wounded_by_the_houthis_has_the_houthis_as_source():
    doc = full("Three soldiers were wounded by the Houthis near the border.", published_at="2024-05-02")
    assert [e for e in _ev(doc, "18") if e.source_code == "YEMREB"], dump(doc)


def test_killed_in_the_taliban_attack_is_unchanged():   # guard: no "by"
    doc = full("Two soldiers were killed in the Taliban attack.", published_at="2024-05-02")
    assert [e for e in _ev(doc, "19") if e.source_code == "AFGREB"], dump(doc)


# ---------------------------------------------------------------- 6. the detainees' ministry
def test_demanded_release_is_the_detainees_ministry():
    doc = full("Kenyan police arrested two Russians on Monday. The ministry demanded their release.",
               published_at="2024-05-02")
    assert _ev(doc, "105", "RUS", "KEN") and not _ev(doc, "105", "KEN"), dump(doc)


def test_rejected_calls_for_release_of_own_nationals_stay_the_arresters():   # guard: same country detained
    doc = full("Kenyan police arrested two opposition leaders on Monday. The ministry rejected calls for their release.",
               published_at="2024-05-02")
    assert _ev(doc, "12", "KEN") and not [e for e in doc.events if ":src-detainees" in e.rule], dump(doc)


def test_ministry_after_an_expulsion_keeps_the_previous_country():   # guard: no arrest, no release
    doc = full("Poland expelled a Russian diplomat on Monday. The ministry said the decision was final.",
               published_at="2024-05-02")
    assert not [e for e in doc.events if ":src-detainees" in e.rule], dump(doc)
