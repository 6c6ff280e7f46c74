"""Session 40 (lead): our own sentences.

1. "استولى على" + a ship / goods is a seizure of property (1711), + a town or base an occupation (192); the power
   (a coup) is neither (manual_ar.tsv).
2. A three-letter first word of a two-word name sheds its و ("وتل أبيب تتهم …"): actors/lexicon.word_keys.
3. The bare homograph دان ("condemned" / the name Dan) keeps its subject after an office noun ("ودان مكتب الرئيس …").
4. A country-less title "في" a named state body is that body's official ("… في البيت الأبيض").
5. A threat verb's generic code takes its content's specific one ("وهدد X بأن الجماعة ستواصل عملياتها العسكرية").
"""
from marsad.actors.lexicon import word_keys
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-03-12"):
    return list(_P(text, published_at=date).events)


def _codes(evs):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in evs]


def test_seizing_a_tanker_is_seizing_property():
    evs = _events("استولت القوات البحرية الإيرانية أمس الاثنين على ناقلة نفط ترفع علم بنما في خليج عمان.")
    seized = [e for e in evs if e.cameo == "1711"]
    assert seized and (seized[0].source_code or "").startswith("IRN"), _codes(evs)


def test_seizing_a_town_is_occupying_it():
    evs = _events("واستولى مسلحو الحركة فجر اليوم على مطار المدينة بعد معارك عنيفة.")
    assert any(e.cameo == "192" for e in evs), _codes(evs)
    assert not any(e.cameo == "1711" for e in evs), _codes(evs)


def test_seizing_power_is_no_seizure_of_property():
    evs = _events("استولى الجيش على السلطة في البلاد فجر اليوم.")
    assert not any(e.cameo in ("1711", "192") for e in evs), _codes(evs)


def test_the_imperfect_plural_of_the_seizure_verb():
    evs = _events("مسلحون يستولون على شاحنات مساعدات قرب الحدود")
    assert any(e.cameo == "1711" for e in evs), _codes(evs)


def test_a_three_letter_first_word_sheds_its_conjunction():
    assert "تل" in word_keys("وتل")
    # (a four-letter word did so before; a two-letter one stays whole)
    assert word_keys("وهو")[0] == "وهو"


def test_tel_aviv_after_and_is_the_headline_subject():
    evs = _events("القاهرة ترحب بالاتفاق وتل أبيب تتهم حزب الله")
    acc = [e for e in evs if e.cameo == "112"]
    assert acc and (acc[0].source_code or "").startswith("ISR"), _codes(evs)
    assert (acc[0].target_code or "").startswith("LBN"), _codes(acc)


def test_condemned_by_the_prime_ministers_office():
    evs = _events("ودان مكتب رئيس الوزراء العراقي محمد شياع السوداني في بيان اليوم الاعتداء على السفارة.")
    cond = [e for e in evs if e.cameo == "111"]
    assert cond and (cond[0].source_code or "").startswith("IRQ"), _codes(evs)


def test_dan_the_name_is_still_no_verb():
    evs = _events("وقال الصحفي دان مرغليت إن الحكومة ستسقط قريبا.")
    assert not any(e.cameo == "111" for e in evs), _codes(evs)


def test_a_title_in_the_white_house_is_american():
    evs = _events("ورحب المتحدث باسم مجلس الأمن القومي في البيت الأبيض جون كيربي بالاتفاق بين الطرفين.")
    assert evs and all((e.source_code or "").startswith("USA") for e in evs if e.root in ("05", "04", "03")), _codes(evs)
    assert any((e.source_code or "").startswith("USA") for e in evs), _codes(evs)


def test_a_threat_takes_its_contents_specific_code():
    evs = _events("وهدد المتحدث باسم الحركة بأن الحركة ستواصل عملياتها العسكرية ضد القوات الإسرائيلية.")
    threats = [e for e in evs if e.root == "13"]
    assert any(e.cameo == "138" and e.trigger.startswith("وهدد") for e in threats), _codes(evs)
    assert len(threats) == 1, _codes(threats)


def test_an_actor_opening_the_next_clause_is_no_object():
    evs = _events("القاهرة ترحب بالاتفاق وتل أبيب تتهم حزب الله")
    welcome = [e for e in evs if e.root == "05"]
    assert welcome and (welcome[0].source_code or "").startswith("EGY"), _codes(evs)
    assert not (welcome[0].target_code or "").startswith(("ISR", "LBN")), _codes(welcome)


def test_a_protest_note_handed_to_an_embassy_targets_its_state():
    evs = _events("وسلمت وزارة الخارجية الكويتية أمس مذكرة احتجاج رسمية إلى السفارة العراقية في الكويت.")
    notes = [e for e in evs if e.cameo.startswith("114")]
    assert notes and (notes[0].target_code or "").startswith("IRQ"), _codes(evs)


def test_a_complaint_to_the_security_council_does_not_target_it():
    evs = _events("وقدمت الحكومة اللبنانية شكوى رسمية إلى مجلس الأمن الدولي ضد إسرائيل.")
    notes = [e for e in evs if e.cameo.startswith("114")]
    assert notes and not (notes[0].target_code or "").startswith("IGO"), _codes(evs)


def test_the_second_of_two_joined_subjects_before_a_verbal_noun_stays_a_subject():
    evs = _events("وانتقدت بريطانيا وكندا اعتقال الصحفيين في العاصمة.")
    crit = [e for e in evs if e.root == "11"]
    assert {(e.source_code or "")[:3] for e in crit} >= {"GBR", "CAN"}, _codes(evs)


# ---------------------------------------------------------------- seas, gulfs and straits (geo/waters.py)
def _places(text):
    doc = _P(text, published_at="2024-03-12")
    return doc, [(p.text, p.name, p.precision, p.country) for p in doc.places]


def test_a_seizure_in_the_southern_red_sea_took_place_at_sea():
    doc, places = _places("واحتجزت قوات إيرانية أمس ناقلة نفط في جنوب البحر الأحمر بعد مطاردة قصيرة.")
    assert ("البحر الأحمر", "Red Sea", "water", None) in places, places
    ev = next(e for e in doc.events if e.cameo == "1711")
    assert next(p.name for p in doc.places if p.id == ev.place_id) == "Red Sea", places


def test_the_proclitic_b_introduces_a_sea():
    doc, places = _places("وهاجمت الجماعة سفينة تجارية بالبحر الأحمر فجر اليوم.")
    assert [p for p in places if p[1] == "Red Sea" and p[0] == "البحر الأحمر"], places


def test_a_sea_named_as_a_topic_is_no_place():
    doc, places = _places("وقال الوزير إن أمن البحر الأحمر مسؤولية الدول المطلة عليه.")
    assert not [p for p in places if p[2] == "water"], places


def test_on_average_is_no_sea():
    doc, places = _places("وارتفعت الأسعار في المتوسط بنسبة عشرة بالمئة.")
    assert not [p for p in places if p[2] == "water"], places


def test_english_strait_with_a_locative_and_a_deal_without_one():
    doc, places = _places("Iranian commandos seized an oil tanker in the Strait of Hormuz on Friday. "
                          "Talks on reviving the Black Sea grain deal stalled.")
    names = [p[1] for p in places if p[2] == "water"]
    assert names == ["Strait of Hormuz"], places
    ev = next(e for e in doc.events if e.cameo == "1711")
    assert next(p.name for p in doc.places if p.id == ev.place_id) == "Strait of Hormuz"


def test_a_gulf_named_after_a_city_is_the_gulf_not_the_city_when_introduced():
    doc, places = _places("وأعلنت البحرية الهندية أنها أحبطت هجوما على سفينة في خليج عدن.")
    assert [p for p in places if p[1] == "Gulf of Aden"], places
    assert not [p for p in places if p[1] == "Aden"], places


def test_struck_a_warship_is_an_attack():
    doc, places = _places("Ukrainian naval drones struck a Russian warship in the Black Sea on Tuesday.")
    attacks = [e for e in doc.events if e.root == "19"]
    assert attacks and (attacks[0].target_code or "").startswith("RUS"), [(e.cameo, e.trigger) for e in doc.events]
    assert next(p.name for p in doc.places if p.id == attacks[0].place_id) == "Black Sea"


def test_an_announced_resignation_keeps_the_announcing_verb_as_evidence():
    text = "وأعلن رئيس الوزراء الأردني بشر الخصاونة مساء أمس استقالته من منصبه."
    evs = _events(text)
    res = [e for e in evs if e.cameo.startswith("083")]
    assert res, _codes(evs)
    assert [text[a:b] for a, b in res[0].also_spans] == ["وأعلن"], res[0].also_spans


def test_an_announcing_verb_before_a_comma_is_not_the_acts():
    text = "وأعلن الرئيس أمس، بعد لقائه الوفد، استقالة الحكومة."
    evs = _events(text)
    res = [e for e in evs if e.cameo.startswith("083")]
    assert res and all(not e.also_spans for e in res), [(e.trigger, e.also_spans) for e in res]


# ---------------------------------------------------------------- English page (blind_s64's constructions)
_PAGE_EN = """Home | World | Politics

Premier shelves pension bill as unions strike

By Marsad Europe desk
Published May 4, 2024 09:10 GMT | Updated May 4, 2024 13:25 GMT

Share on Facebook | Share on X | Email | Print

ATHENS, May 4 (Marsad) - Greek Prime Minister Kyriakos Mitsotakis on Saturday put his government's plan to overhaul the pension system on hold, bowing to days of street protests.

The head of the country's main labour federation declared a general strike on Friday.
"""


def test_english_page_furniture_and_dateline():
    doc = _P(_PAGE_EN, published_at="2024-05-04")
    kinds = {doc.text[s.start:s.end][:9]: s.segment_kind for s in doc.sentences}
    assert kinds["Published"] == "other" and kinds["Share on "] == "other", kinds
    assert any(s.segment_kind == "dateline" for s in doc.sentences), kinds


def test_a_shelved_overhaul_is_a_concession():
    doc = _P(_PAGE_EN, published_at="2024-05-04")
    ev = next(e for e in doc.events if e.trigger.startswith("put"))
    assert ev.cameo == "083" and (ev.source_code or "").startswith("GRC"), (ev.cameo, ev.source_code)


def test_a_treaty_put_on_hold_stays_a_cut_in_relations():
    evs = _events("Moscow put the arms control treaty with Washington on hold.")
    assert any(e.cameo == "160" for e in evs), _codes(evs)


def test_a_declared_general_strike_keeps_its_verb_and_targets_the_home_state():
    doc = _P(_PAGE_EN, published_at="2024-05-04")
    ev = next(e for e in doc.events if e.cameo.startswith("143") and "declared" in
              [doc.text[a:b] for a, b in e.also_spans])
    assert (ev.source_code or "").startswith("GRC") and (ev.target_code or "").startswith("GRC"), \
        (ev.source_code, ev.target_code)


def test_two_named_people_of_one_government_are_two_sides():
    evs = _events("President Volodymyr Zelensky dismissed Defence Minister Oleksii Reznikov on Sunday.", "2023-09-03")
    ev = next(e for e in evs if e.cameo == "172")
    assert (ev.source_code or "").startswith("UKR") and (ev.target_code or "").startswith("UKR"), _codes(evs)


# ---------------------------------------------------------------- blind_s69's constructions (our own sentences)
def test_together_with_a_partner_keeps_the_first_subject():
    evs = _events("Chancellor Olaf Scholz condemned the assault, and together with French President Emmanuel Macron "
                  "urged all parties to show restraint.", "2024-05-16")
    appeal = [e for e in evs if e.root == "02"]
    assert appeal and (appeal[0].source_code or "").startswith("DEU"), _codes(evs)


def test_an_election_names_no_side_of_an_appeal():
    evs = _events("Russian President Vladimir Putin urged political parties to scale back campaigning for the "
                  "European Parliament elections.", "2024-05-16")
    appeal = [e for e in evs if e.root == "02"]
    assert appeal and not (appeal[0].target_code or "").startswith("IGO"), _codes(evs)


def test_passive_main_verb_after_a_relative_clause():
    evs = _events("A 45-year-old man who stabbed Mayor Anna Novak outside the town hall was charged with attempted "
                  "murder on Friday.", "2024-05-18")
    charge = [e for e in evs if e.cameo == "173"]
    assert charge and not charge[0].historical, _codes(evs)
    assert not any(e.trigger.startswith("murder") for e in evs), _codes(evs)   # the charge's crime, no attack


def test_a_headline_participle_charge_is_a_legal_charge():
    doc = _P("Suspect charged with attempted murder after mayor stabbed\n\nThe mayor was stabbed on Friday.",
             published_at="2024-05-18")
    assert any(e.cameo == "173" and e.segment_kind == "title" for e in doc.events), \
        [(e.cameo, e.trigger, e.segment_kind) for e in doc.events]


def test_an_adjective_between_the_determiner_and_attack_makes_it_a_noun():
    evs = _events("U.S. President Joe Biden condemned the cowardly attack on Monday.", "2024-05-16")
    att = [e for e in evs if e.root in ("18", "19")]
    assert att and all(not (e.source_code or "").startswith("USA") for e in att), _codes(evs)


def test_a_pronoun_far_before_an_attack_noun_is_not_its_author():
    text = ('"We are determined to find the people responsible for this brutal attack," said police spokesman '
            'John Reid.')
    evs = _events(text, "2024-05-16")
    assert all(e.source_code is None for e in evs if e.root in ("18", "19")), _codes(evs)


def test_a_recall_named_as_the_topic_of_no_comment_has_no_sides():
    evs = _events("وسحبت الجزائر أمس سفيرها لدى فرنسا. ولم تعلق وزارة الخارجية الفرنسية على سحب السفير حتى مساء "
                  "أمس.", "2024-07-31")
    topic = [e for e in evs if e.cameo == "161" and e.sentence == 1]
    assert all(e.source_code is None for e in topic), _codes(evs)


# ---------------------------------------------------------------- blind_s70's constructions (our own sentences)
def test_investigating_every_killing_is_no_threat_to_kill():
    evs = _events("The army chief promised that the military would investigate every killing during the unrest.",
                  "2024-08-06")
    assert not any(e.root == "13" for e in evs), _codes(evs)


def test_granting_a_request_to_come_yields_and_the_destination_is_no_target():
    evs = _events("Minister Subrahmanyam Jaishankar said New Delhi had granted her request to come to India.", "2024-08-06")
    g = [e for e in evs if e.cameo == "080"]
    assert g and (g[0].source_code or "").startswith("IND") and not (g[0].target_code or "").startswith("IND"), _codes(evs)


def test_a_judge_granting_a_motion_is_no_event():
    evs = _events("The judge granted the prosecutors' request on Thursday.", "2024-08-06")
    assert not any(e.cameo == "080" for e in evs), _codes(evs)


def test_a_refused_hypothetical_lends_no_target_to_a_joined_demand():
    evs = _events("Opposition leaders said they would not accept any cabinet led by the army and demanded that a "
                  "civilian head the transition.", "2024-08-06")
    d = [e for e in evs if e.root == "10"]
    assert d and not (d[0].target_code or "").endswith("MIL"), _codes(evs)


def test_held_talks_keeps_the_light_verb_as_evidence():
    text = "The army chief said he had held talks with the leaders of the main parties."
    evs = _events(text, "2024-08-06")
    talks = [e for e in evs if e.root == "04"]
    assert talks and "held" in [text[a:b] for a, b in talks[0].also_spans], [(e.trigger, e.also_spans) for e in talks]


def test_arabic_demand_joined_to_a_statement_is_the_speakers():
    evs = _events("وقالت وزارة الخارجية الأردنية في بيان إن القرار خطير، وطالبت إسرائيل بالتراجع عنه فورا.", "2024-05-13")
    d = [e for e in evs if e.root == "10"]
    assert d and (d[0].source_code or "").startswith("JOR") and (d[0].target_code or "").startswith("ISR"), _codes(evs)


def test_welcomed_step_with_a_nationality_after_the_source_place():
    evs = _events("ورحبت وزارة الخارجية في جنوب أفريقيا بالخطوة التركية.", "2024-05-13")
    w = [e for e in evs if e.root == "05"]
    assert w and (w[0].target_code or "").startswith("TUR"), _codes(evs)


def test_a_statement_blaming_a_state_is_an_accusation():
    evs = _events("لكن وزير الخارجية الأردني أيمن الصفدي رفض الانتقادات، وقال إن إسرائيل هي المسؤولة عن تدهور الأوضاع.",
                  "2024-05-13")
    acc = [e for e in evs if e.cameo == "112" and e.trigger.startswith("وقال")]
    assert acc and (acc[0].source_code or "").startswith("JOR") and (acc[0].target_code or "").startswith("ISR"), \
        _codes(evs)


def test_joining_a_case_against_a_state_is_legal_action():
    evs = _events("وانضمت تركيا إلى الدعوى المرفوعة ضد إسرائيل أمام محكمة العدل الدولية.", "2024-05-13")
    j = [e for e in evs if e.cameo == "115"]
    assert j and (j[0].source_code or "").startswith("TUR"), _codes(evs)


# ---------------------------------------------------------------- blind_s71's constructions (our own sentences)
def test_two_presidents_attending_visit_the_host_not_each_other():
    evs = _events("Cuba's president Miguel Diaz-Canel and Nicaragua's president Daniel Ortega attended the ceremony.",
                  "2025-01-10")
    att = [e for e in evs if e.cameo == "042"]
    assert att and not any((e.source_code or "")[:3] in ("CUB", "NIC") and (e.target_code or "")[:3] in ("CUB", "NIC")
                           for e in att), _codes(evs)


def test_raising_a_bounty_on_a_leader_is_coercion_and_joins_the_next_act():
    evs = _events("The United States raised its reward for information leading to the president's arrest and imposed "
                  "new sanctions on six officials.", "2025-01-10")
    assert any(e.cameo == "170" and (e.source_code or "").startswith("USA") for e in evs), _codes(evs)
    assert any(e.cameo == "163" and (e.source_code or "").startswith("USA") for e in evs), _codes(evs)


def test_a_relative_clause_country_is_not_the_subjects():
    evs = _events("Opposition candidate Juan Perez, who lives in exile in Spain, condemned the ruling.", "2025-01-10")
    c = [e for e in evs if e.root == "11"]
    assert c and not (c[0].source_code or "").startswith("ESP"), _codes(evs)


def test_counted_citizens_storming_a_palace_are_a_crowd():
    evs = _events("وانسحب الجنود من مواقعهم، فيما اقتحم مئات المواطنين القصر الرئاسي.", "2024-12-08")
    st = [e for e in evs if e.trigger.startswith("اقتحم")]
    assert st and st[0].cameo.startswith("145") and (st[0].source_code or "").endswith("CVL"), _codes(evs)


def test_a_crowd_sweeping_a_red_carpet_is_no_riot():
    evs = _events("واجتاحت حشود من الشباب السجادة الحمراء لالتقاط الصور مع النجوم.", "2024-12-08")
    assert not any(e.cameo.startswith("145") for e in evs), _codes(evs)


# ---------------------------------------------------------------- blind_s72's constructions (our own sentences)
def test_an_algerian_opposition_party_is_an_actor():
    evs = _events("ورفضت جبهة القوى الاشتراكية قرار الحكومة، ودعت إلى حوار وطني.", "2024-09-15")
    assert any(e.root == "12" and (e.source_code or "").startswith("DZA") for e in evs), _codes(evs)


def test_receiving_ministers_in_the_plural_is_hosting():
    evs = _events("Egyptian President Abdel Fattah al-Sisi received the foreign ministers in Cairo on Sunday.",
                  "2025-06-27")
    assert any(e.cameo == "043" and (e.source_code or "").startswith("EGY") for e in evs), _codes(evs)


def test_a_surname_that_is_an_organisations_alias_stays_the_person():
    doc = _P("Congolese Foreign Minister Therese Kayikwamba Wagner signed the agreement on Friday. Wagner said the "
             "deal would hold.", published_at="2025-06-27")
    assert not any((a.code or "").startswith("RUS") for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_the_mercenary_group_alone_is_still_the_group():
    doc = _P("Fighters of the Wagner group entered the town on Saturday.", published_at="2023-06-24")
    assert any((a.code or "").startswith("RUS") for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_shortly_after_is_no_future_time():
    doc = _P("DHAKA, Aug 6 (Marsad) - The prime minister resigned on Monday.\n\nShortly after news of her departure "
             "spread, crowds stormed her official residence.", published_at="2024-08-06")
    assert not any(t.text.lower() == "shortly" for t in doc.timerefs), [t.text for t in doc.timerefs]


def test_crowds_storming_a_palace_is_a_riot_not_an_armed_attack():
    evs = _events("Crowds stormed the president's palace on Sunday and carried away furniture.", "2024-08-06")
    assert any(e.cameo.startswith("145") for e in evs) and not any(e.cameo == "190" for e in evs), _codes(evs)


def test_an_intent_nouns_owner_is_the_agent_of_the_act_after_it():
    evs = _events("وأعلنت تركيا عزمها الانضمام إلى الدعوى المرفوعة ضد إسرائيل.", "2024-05-13")
    j = [e for e in evs if e.cameo == "115"]
    assert j and (j[0].source_code or "").startswith("TUR"), _codes(evs)


def test_a_headline_act_no_body_sentence_retells_takes_the_leads_day():
    doc = _P("تركيا تعلن عزمها الانضمام إلى دعوى جنوب أفريقيا ضد إسرائيل\n\nأنقرة - الخميس 2 مايو 2024\n\n"
             "قال وزير الخارجية التركي هاكان فيدان أمس الأربعاء إن بلاده ستقدم طلبا رسميا إلى المحكمة.",
             published_at="2024-05-02")
    head = [e for e in doc.events if e.segment_kind == "title" and e.cameo == "115"]
    assert head and head[0].date == "2024-05-01", [(e.cameo, e.date, e.segment_kind) for e in doc.events]


def test_a_plan_named_after_a_capital_gives_no_target():
    evs = _events("The gang leader rejected the Kingston plan on Tuesday.", "2024-03-12")
    r = [e for e in evs if e.root == "12"]
    assert r and not (r[0].target_code or "").startswith("JAM"), _codes(evs)
