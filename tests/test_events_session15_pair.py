"""Session 15, PAIR: coordinated pairs, "the two sides" after a statement, a further act after "also", CSTO.
Own sentences; each rule has a near-miss guard."""
from __future__ import annotations

from tests.events_helpers import find, full


def test_object_search_stops_at_and_plus_verb():
    doc = full("The defence ministers of Serbia and Hungary held five hours of talks and agreed to set up a joint "
               "commission on border crossings.", published_at="2024-06-04")
    assert not find(doc, "062"), [(e.cameo, e.trigger) for e in doc.events]
    assert find(doc, "030", "SRBGOV", "HUNGOV") and find(doc, "030", "HUNGOV", "SRBGOV")
    # one agreement per direction, no third copy without a partner
    assert len(find(doc, "030")) == 2


def test_joint_exercises_still_military_cooperation_guard():
    doc = full("Serbia and Hungary held joint military exercises near the border on Monday.", published_at="2024-06-04")
    assert find(doc, "062"), [(e.cameo, e.trigger) for e in doc.events]


def test_and_before_a_noun_does_not_stop_the_object_guard():
    # "and" followed by a noun that is no verb-only trigger: the object search goes on ("talks and joint drills")
    doc = full("Serbian and Hungarian troops held exercises and joint drills near the border on Monday.",
               published_at="2024-06-04")
    assert find(doc, "062"), [(e.cameo, e.trigger) for e in doc.events]


_TWO_SIDES = ("Foreign ministers Ana Brnabic of Serbia and Peter Szijjarto of Hungary met in Vienna on Monday and "
              "agreed to reopen two border crossings, according to a statement from the Austrian foreign ministry. "
              "The two sides also agreed to meet again in July.")


def test_two_sides_after_according_to_take_the_pair_not_the_statement():
    doc = full(_TWO_SIDES, published_at="2024-06-04")
    second = [e for e in doc.events if e.cameo == "030" and e.trigger_start > _TWO_SIDES.index("The two sides")]
    assert {(e.source_country, e.target_country) for e in second} == {("SRB", "HUN"), ("HUN", "SRB")}, \
        [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]
    assert not any("AUT" in (e.source_country, e.target_country) for e in find(doc, "030"))


def test_the_same_agreement_told_again_is_still_merged_guard():
    text = ("Serbia and Hungary agreed on Monday to reopen two border crossings. "
            "Serbia and Hungary agreed to reopen the crossings, the ministry said.")
    doc = full(text, published_at="2024-06-04")
    assert len(find(doc, "030", "SRB", "HUN")) == 1, [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_also_keeps_a_further_act_of_the_same_pair():
    text = ("Serbia and Hungary agreed on Monday to reopen two border crossings. "
            "Serbia and Hungary also agreed to hold a joint census of the border villages.")
    doc = full(text, published_at="2024-06-04")
    assert len(find(doc, "030", "SRB", "HUN")) == 2, [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_csto_is_an_organisation_en_and_ar():
    doc = full("The CSTO condemned the shelling of the border villages on Monday.", published_at="2024-06-04")
    assert find(doc, "111", "IGOCASCST"), [(e.cameo, e.source_code) for e in doc.events]
    doc = full("وأدانت منظمة معاهدة الأمن الجماعي قصف القرى الحدودية يوم الاثنين.", published_at="2024-06-04")
    assert find(doc, "111", "IGOCASCST"), [(e.cameo, e.source_code) for e in doc.events]


def test_shanghai_organisation_unchanged_guard():
    doc = full("The Shanghai Cooperation Organization condemned the shelling of the border villages.",
               published_at="2024-06-04")
    assert find(doc, "111", "IGOCAS") and not find(doc, "111", "IGOCASCST")


def test_appeal_content_after_its_preposition_far_from_the_verb():
    # the appeal verb 12 words before its content; a summit noun of the setting between them
    text = ("دعت الجامعة العربية في بيانها الختامي الصادر عن القمة في المنامة يوم الجمعة إريتريا إلى سحب قواتها "
            "من الحدود.")
    doc = full(text, published_at="2025-03-08")
    assert find(doc, "0256", "IGOARBAGL", "ERI"), [(e.cameo, e.source_code, e.target_code, e.modality) for e in doc.events]
    withdraw = find(doc, "0874")
    assert withdraw and all(e.modality == "demand" for e in withdraw)


def test_demanded_act_is_never_asserted_en():
    doc = full("Foreign Minister Sergei Lavrov urged Baku to pull back its troops from the border.",
               published_at="2025-03-08")
    assert find(doc, "0256", "RUSGOV", "AZEGOV")
    assert all(e.modality == "demand" for e in find(doc, "0874"))


def test_an_act_after_the_appeal_without_its_preposition_stays_asserted_guard():
    # "دعت … واتهمت": a second act joined to the appeal, not asked for
    doc = full("دعت مصر إلى وقف إطلاق النار في السودان، واتهمت قوات الدعم السريع بقصف المستشفيات.",
               published_at="2025-03-08")
    assert find(doc, "0256", "EGY"), [(e.cameo, e.source_code, e.modality) for e in doc.events]
    assert any(e.modality == "asserted" for e in find(doc, "112")), \
        [(e.cameo, e.source_code, e.modality) for e in doc.events]


def _dated(doc, cameo_root):
    return {e.date for e in doc.events if e.cameo.startswith(cameo_root)}


def test_a_day_after_dates_the_earlier_act_one_day_back():
    # 2024-06-04 is a Tuesday
    doc = full("Serbia closed two crossings on its border with Kosovo on Tuesday, a day after police from the two "
               "sides exchanged fire near a disputed bridge.", published_at="2024-06-04")
    assert _dated(doc, "17") == {"2024-06-04"}, [(e.cameo, e.date) for e in doc.events]
    assert "2024-06-03" in _dated(doc, "19"), [(e.cameo, e.date) for e in doc.events]


def test_two_days_after_in_arabic():
    doc = full("أغلقت قرغيزستان المعابر الحدودية يوم الثلاثاء، بعد يومين من تبادل حرس الحدود إطلاق النار.",
               published_at="2024-06-04")
    assert "2024-06-02" in _dated(doc, "19"), [(e.cameo, e.date) for e in doc.events]


def test_plain_after_keeps_the_clause_date_guard():
    doc = full("Serbia closed two crossings on its border with Kosovo on Tuesday after police from the two sides "
               "exchanged fire near a disputed bridge.", published_at="2024-06-04")
    assert _dated(doc, "19") == {"2024-06-04"}, [(e.cameo, e.date) for e in doc.events]


def test_a_day_after_with_its_own_date_guard():
    # the event after the phrase has a date of its own: it keeps it
    doc = full("Serbia closed two crossings on Tuesday, a day after police exchanged fire on Sunday near a bridge.",
               published_at="2024-06-04")
    assert _dated(doc, "19") == {"2024-06-02"}, [(e.cameo, e.date) for e in doc.events]


def test_purpose_of_a_body_to_be_set_up_is_intended():
    doc = full("Serbia and Hungary agreed on Monday to set up a joint commission to investigate the shooting at the "
               "border.", published_at="2024-06-04")
    inv = find(doc, "090")
    assert inv and all(e.modality == "intent" for e in inv), [(e.cameo, e.source_code, e.modality) for e in doc.events]


def test_purpose_without_an_agreement_stays_asserted_guard():
    doc = full("The Serbian army set up a checkpoint to arrest smugglers near the border.", published_at="2024-06-04")
    assert any(e.modality == "asserted" for e in find(doc, "173")), [(e.cameo, e.modality) for e in doc.events]


_CONVOY = ("KINSHASA, May 6 - Rebels of the M23 group fired rockets at a United Nations convoy near Goma on Monday, "
           "the mission said. The convoy was carrying food for displaced families. Angola condemned the attack on "
           "the convoy and called for an inquiry.")


def test_condemned_attack_on_n_is_aimed_at_the_earlier_attacker():
    doc = full(_CONVOY, published_at="2024-05-06")
    cond = [e for e in doc.events if e.cameo.startswith("11") and e.source_country == "AGO"]
    assert cond and (cond[0].target_code or "").endswith("REB"), \
        [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]


def test_condemned_attack_on_another_object_guard():
    text = _CONVOY.replace("attack on the convoy", "attack on the hospital")
    doc = full(text, published_at="2024-05-06")
    cond = [e for e in doc.events if e.cameo.startswith("11") and e.source_country == "AGO"]
    assert cond and not (cond[0].target_code or "").endswith("REB"), \
        [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]
