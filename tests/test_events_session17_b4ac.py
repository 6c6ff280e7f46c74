"""Session 17, B4AC: actor causes of the fourth blind test (our own sentences; each rule with a guard)."""
from __future__ import annotations

from events_helpers import find, full, show


# 1. the target of condemning a definite act noun told earlier (condemned_act.py)

def test_ar_condemned_attack_noun_after_the_subject_targets_the_attacker():
    doc = full("قصفت طائرات حربية تركية مساء الأحد قرى في ريف دهوك شمالي العراق، ما أسفر عن إصابة أربعة مدنيين. "
               "وقال مسؤول محلي إن السكان غادروا منازلهم. "
               "ودانت الحكومة العراقية الهجوم في بيان صدر صباح الاثنين.", published_at="2025-06-09")
    ev = find(doc, "111", "IRQGOV")
    assert ev and (ev[0].target_country == "TUR"), show(doc)
    assert ":tgt-act" in ev[0].rule


def test_ar_coordinated_condemners_of_the_strikes_each_target_the_attacker():
    doc = full("شنت طائرات إسرائيلية غارات على مواقع قرب مدينة حمص السورية فجر الجمعة. "
               "وأدانت مصر والأردن الغارات في بيانين منفصلين.", published_at="2025-02-14")
    for c in ("EGY", "JOR"):
        ev = find(doc, "111", c)
        assert ev and ev[0].target_country == "ISR", (c, show(doc))
    assert not any(e.trigger == "الغارات" for e in doc.events), show(doc)   # the strikes told before, no new act


def test_ar_condemned_act_noun_without_an_earlier_attack_is_unchanged_guard():
    doc = full("ودانت الحكومة العراقية الهجوم في بيان صدر صباح الاثنين.", published_at="2025-06-09")
    ev = find(doc, "111", "IRQGOV")
    assert ev and not ev[0].target_code and ":tgt-act" not in ev[0].rule, show(doc)


def test_en_also_condemned_the_raid_takes_the_earlier_condemnation_target():
    doc = full("Venezuelan troops raided a Guyanese border post on Saturday, the government in Georgetown said. "
               "Officials said two soldiers were hurt. Schools stayed shut on Monday. "
               "The Caribbean Community condemned the raid on Monday. "
               "Traders closed their shops in the border town. The rains delayed the harvest. "
               "The river rose by a metre. Buses ran late. Markets opened again on Tuesday. "
               "Chile and Peru also condemned the raid.", published_at="2025-03-04")
    ev = find(doc, "111", "IGOCRB")
    assert ev and ev[0].target_country == "VEN", show(doc)
    for c in ("CHL", "PER"):
        ev = find(doc, "111", c)
        assert ev and ev[0].target_country == "VEN", (c, show(doc))


def test_en_condemned_the_raid_far_from_any_raid_is_unchanged_guard():
    doc = full("Chile and Peru condemned the raid on Monday.", published_at="2025-03-04")
    evs = find(doc, "111")
    assert evs and all(not e.target_code for e in evs), show(doc)


# 2. pairs and dual verbs (pair_ar.py, dual_verb_ar.py)

def test_ar_dual_feminine_verb_takes_the_coordinated_subject_before_it():
    doc = full("وأدانت ألمانيا وهولندا الهجوم على القافلة، ودعتا دمشق إلى فتح تحقيق عاجل.", published_at="2025-04-02")
    for c in ("DEU", "NLD"):
        ev = [e for e in find(doc, "02", c) + find(doc, "10", c) if e.trigger == "ودعتا"]
        assert ev and ev[0].target_country == "SYR", (c, show(doc))
    assert not any(e.trigger == "ودعتا" and e.source_country == "SYR" for e in doc.events), show(doc)


def test_ar_singular_verb_after_coordinated_subject_is_not_dual_guard():
    doc = full("وأدانت ألمانيا وهولندا الهجوم على القافلة، ودعا الأمين العام للأمم المتحدة إلى فتح تحقيق.",
               published_at="2025-04-02")
    assert not any(":dual-subject" in e.rule for e in doc.events), show(doc)
    assert not any(e.trigger == "ودعا" and e.source_country in ("DEU", "NLD") for e in doc.events), show(doc)


def test_ar_pair_before_light_verb_and_the_dual_verb_after_it():
    doc = full("استقبل وزير الخارجية المصري نظيره السوداني في القاهرة أمس الأحد. "
               "وقال المتحدث باسم الوزارة إن الوزيرين عقدا اجتماعا مغلقا واتفقا على تشكيل لجنة مشتركة.",
               published_at="2025-01-13")
    for trig in ("اجتماعا", "واتفقا"):
        pairs = {(e.source_country, e.target_country) for e in doc.events if e.trigger == trig}
        assert {("EGY", "SDN"), ("SDN", "EGY")} <= pairs, (trig, show(doc))


def test_ar_pair_inside_a_multiword_trigger():
    doc = full("التقى رئيس الوزراء الإيطالي نظيره الجزائري في روما، ووقع الجانبان ست اتفاقيات في مجال الطاقة.",
               published_at="2025-01-13")
    pairs = {(e.source_country, e.target_country) for e in doc.events if e.cameo.startswith("057")}
    assert {("ITA", "DZA"), ("DZA", "ITA")} <= pairs, show(doc)


# 3. the visitor meets his counterpart (dual_verb_ar.visit_meeting)

def test_ar_visit_where_he_met_his_counterpart_the_visitor_is_the_subject():
    doc2 = full("بدأ الرئيس السنغالي زيارة إلى نواكشوط، حيث التقى أمس نظيره الموريتاني في القصر الرئاسي.",
                published_at="2025-05-06")
    ev = [e for e in doc2.events if e.trigger == "التقى"]
    assert ev and ev[0].source_country == "SEN" and ev[0].target_country == "MRT", show(doc2)


def test_ar_met_his_counterpart_without_a_visit_is_unchanged_guard():
    doc = full("وقال مسؤول في نواكشوط إن الوزير التقى نظيره الموريتاني في القصر.", published_at="2025-05-06")
    assert not any(":visit-subject" in e.rule for e in doc.events), show(doc)


# 2b. "urged the two countries": the story's dyad, not the last pair named (pair_anaphora.pair_before)

_DYAD = ("Kenya recalled its ambassador from Uganda on Monday after Ugandan troops crossed the border. "
         "Uganda accused Kenya of arming rebels. Kenya expelled two Ugandan diplomats on Tuesday. "
         "Uganda closed its border with Kenya. Rwanda said it was suspending flights to Uganda. "
         "The African Union urged the two countries to hold talks.")


def test_en_urged_the_two_countries_takes_the_story_dyad():
    doc = full(_DYAD, published_at="2025-06-04")
    tg = {e.target_country for e in doc.events if e.trigger == "urged"}
    assert tg == {"KEN", "UGA"}, show(doc)


def test_en_urged_the_two_countries_nearest_pair_when_no_dyad_dominates_guard():
    doc = full("Rwanda said it was suspending flights to Uganda on Monday. "
               "The African Union urged the two countries to hold talks.", published_at="2025-06-04")
    tg = {e.target_country for e in doc.events if e.trigger == "urged"}
    assert tg == {"RWA", "UGA"}, show(doc)


# 3. the subject of a clause that continues the main one (clause_subject_en.py)

def test_en_participle_after_comma_takes_the_main_subject():
    doc = full("Lithuania expelled a Belarusian diplomat on Monday and summoned Belarus's charge d'affaires, "
               "accusing Minsk of sending migrants across the border.", published_at="2025-08-12")
    ev = [e for e in doc.events if e.trigger == "accusing"]
    assert ev and ev[0].source_country == "LTU" and ev[0].target_country == "BLR", show(doc)
    assert ":ing-subject" in ev[0].rule


def test_en_participle_with_its_own_subject_before_guard():
    doc = full("Belarus denied the charge on Monday, accusing Lithuania of staging a provocation.",
               published_at="2025-08-12")
    assert not any(":ing-subject" in e.rule for e in doc.events), show(doc)


def test_en_conjoined_predicate_keeps_the_opening_subject():
    doc = full("The African Union said it stood by Malawi and would send 40 million dollars in food aid.",
               published_at="2025-08-12")
    ev = [e for e in doc.events if e.trigger.startswith("send")]
    assert ev and ev[0].source_code == "IGOAFRAFU", show(doc)
    doc = full("Kenyan police stormed into the compound late on Friday and arrested a former minister.",
               published_at="2025-08-12")
    ev = [e for e in doc.events if e.trigger == "arrested"]
    assert ev and ev[0].source_code == "KENCOP", show(doc)


def test_en_conjoined_predicate_after_a_reported_subject_guard():
    doc = full("The African Union said Malawi would close its border and would expel foreign traders.",
               published_at="2025-08-12")
    assert not any(":conj-pred" in e.rule for e in doc.events), show(doc)


def test_ar_condemned_attack_named_in_the_lead_beats_a_nearer_strike():
    doc = full("قتل عشرة جنود نيجيريين يوم الجمعة في هجوم شنه مسلحو جماعة بوكو حرام على ثكنة قرب مدينة مايدوغوري. "
               "وقال سكان إن الأسواق أغلقت. "
               "وأعلن الجيش التشادي أنه نفذ غارة جوية على مخيم للمسلحين قرب بحيرة تشاد. "
               "وقال مسؤول محلي إن المدارس أغلقت. "
               "ودان الرئيس النيجيري الهجوم في كلمة متلفزة.", published_at="2025-03-08")
    ev = [e for e in doc.events if e.trigger == "ودان"]
    assert ev and ev[0].source_country == "NGA" and ev[0].target_country != "TCD", show(doc)
    assert ev[0].target_code and ev[0].target_code[3:] not in ("GOV", "MIL"), show(doc)


def test_en_rejected_the_accusations_of_a_participle_goes_to_the_accuser():
    doc = full("Lithuania expelled a Belarusian diplomat on Monday and summoned Belarus's charge d'affaires, "
               "accusing Minsk of sending migrants across the border. "
               "A spokesman for the Belarusian foreign ministry rejected the accusations on Tuesday.",
               published_at="2025-08-12")
    ev = [e for e in doc.events if e.trigger == "rejected"]
    assert ev and ev[0].source_country == "BLR" and ev[0].target_country == "LTU", show(doc)


# 4. relations without "with X": the story's other country (pair_anaphora.relations_partner)

def test_en_restore_relations_until_goes_to_the_story_partner():
    doc = full("Peru expelled the Bolivian ambassador on Monday. Bolivia recalled its envoy from Peru. "
               "Peru accused Bolivia of sheltering a fugitive. "
               "The Peruvian president said Peru would not restore relations until the former minister was returned.",
               published_at="2025-08-12")
    ev = [e for e in doc.events if "relations" in e.trigger]
    assert ev and ev[0].source_country == "PER" and ev[0].target_country == "BOL", show(doc)


def test_en_restore_relations_with_a_named_partner_guard():
    doc = full("Peru expelled the Bolivian ambassador on Monday. Bolivia recalled its envoy from Peru. "
               "The Peruvian president said Peru would restore relations with Chile next month.",
               published_at="2025-08-12")
    assert not any(":tgt-relations" in e.rule for e in doc.events), show(doc)


# 5. country-less bodies: a region demonym (region_demonyms.tsv), deputies "for" a province (seat_place_ar.py)

def test_en_transnistrian_leader_is_moldovan():
    doc = full("The Transnistrian leader accused Chisinau of blocking medicine deliveries.", published_at="2025-01-20")
    ev = [e for e in doc.events if e.trigger == "accused"]
    assert ev and ev[0].source_country == "MDA", show(doc)


def test_ar_deputies_for_a_province_take_its_country_in_a_two_country_story():
    doc = full("أغلقت السلطات الجزائرية معبر أم الطبول مع تونس يوم الأحد. وقال مسؤول جزائري إن الإغلاق مؤقت. "
               "وطالب نواب عن ولاية جندوبة الحكومة بالتدخل لدى الجزائر لإعادة فتح المعبر.",
               published_at="2025-02-03")
    ev = [e for e in doc.events if e.trigger == "وطالب"]
    assert ev and ev[0].source_country == "TUN" and ev[0].source_code.endswith("LEG"), show(doc)


def test_ar_deputies_without_a_place_stay_countryless_guard():
    doc = full("أغلقت السلطات الجزائرية معبر أم الطبول مع تونس يوم الأحد. وقال مسؤول جزائري إن الإغلاق مؤقت. "
               "وطالب نواب عن الأغلبية الحكومة بالتدخل لإعادة فتح المعبر.", published_at="2025-02-03")
    assert not any(":seat-place" in e.rule for e in doc.events), show(doc)


# 4c. a detached object pronoun (object_pronoun_ar.py)

def test_ar_object_pronoun_takes_the_object_of_the_clause_before():
    doc = full("وقال الجيش التركي إن طائراته قصفت مواقع لمسلحين في شمال العراق، متهما إياهم بالتخطيط لهجمات.",
               published_at="2025-07-01")
    ev = [e for e in doc.events if e.trigger == "متهما"]
    assert ev and ev[0].target_country == "IRQ" and ":tgt-pronoun" in ev[0].rule, show(doc)


def test_ar_participle_with_a_named_object_keeps_it_guard():
    doc = full("وقال الجيش التركي إن طائراته قصفت مواقع لمسلحين في شمال العراق، متهما سوريا بإيوائهم.",
               published_at="2025-07-01")
    assert not any(":tgt-pronoun" in e.rule for e in doc.events), show(doc)


# 6. one event per passive with coordinated patients (passive_patients_en.py)

def test_en_passive_with_coordinated_patients_is_one_event():
    doc = full("Relations have been tense since 2021. In March 2022, several Belarusian diplomats and embassy staff "
               "were expelled by Lithuania after reports of spying.", published_at="2025-08-12")
    ev = [e for e in doc.events if e.trigger == "expelled"]
    assert len(ev) == 1 and ev[0].target_country == "BLR", show(doc)


def test_en_active_verb_with_coordinated_objects_keeps_both_guard():
    doc = full("Lithuania expelled two Belarusian diplomats and a Russian consul on Monday.", published_at="2025-08-12")
    tg = {e.target_country for e in doc.events if e.trigger == "expelled"}
    assert tg == {"BLR", "RUS"}, show(doc)
