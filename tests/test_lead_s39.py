"""Session 39 (lead): our own sentences.

1. A sentence opening with و + a first-name homograph of a verb before the surname of a person named in full earlier is
   the verb ("وطالب جعجع …"): `lang/ner.split_opening_verb`; the title after a surname used alone is the object.
2. A plural nationality right after a person's name is the object, not the person's adjective.
3. "قتلاها / قتلاهم" (their dead) are nouns, not قتل + a pronoun (`whole_words_ar.tsv`).
4. A tags line of a page ("الوسوم: …") is page furniture.
5. "تبادل X إطلاق النار مع Y": one clash coded both ways (193).
6. An appeal to "all parties" has no target inside its content (`coding/parties_addressee`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2021-05-20"):
    return list(_P(text, published_at=date).events)


def _codes(evs):
    return [(e.cameo, e.source_code, e.target_code) for e in evs]


def test_opening_verb_before_a_known_surname():
    evs = _events("وقال رئيس حزب الكتائب اللبنانية سامي الجميل إن حزبه لن يشارك في الحكومة. "
                  "وطالب الجميل رئيس الحكومة بتقديم استقالته فورا.")
    demands = [e for e in evs if e.root == "10"]
    assert demands, _codes(evs)
    assert (demands[0].source_code or "").startswith("LBN"), _codes(demands)
    assert (demands[0].target_code or "") != "" and demands[0].target_code != demands[0].source_code, _codes(demands)


def test_a_first_name_inside_a_sentence_stays_a_name():
    doc = _P("قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحكومة ستحقق. ووصل طالب الشامي إلى بغداد أمس.",
             published_at="2021-05-20")
    assert any(m.text == "طالب الشامي" and m.type == "PERS" for m in doc.mentions), [m.text for m in doc.mentions]


def test_plural_nationality_after_a_name_is_the_object():
    text = "ودعا رئيس الوزراء العراقي مصطفى الكاظمي العراقيين إلى ضبط النفس."
    evs = [e for e in _events(text) if e.root == "02"]
    assert evs and text[evs[0].target_span[0]:evs[0].target_span[1]] == "العراقيين", _codes(evs)
    assert evs and evs[0].source_code == "IRQGOV", _codes(evs)
    assert (evs[0].target_code or "").startswith("IRQ"), _codes(evs)


def test_their_dead_is_no_killing():
    evs = _events("وشيعت العشائر قتلاها أمس في مدينة الناصرية وسط إجراءات أمنية.")
    assert not any(e.root in ("18", "19", "20") for e in evs), _codes(evs)


def test_tags_line_is_furniture():
    text = ("بغداد - اجتمع وزير الخارجية العراقي مع نظيره التركي أمس.\n\n"
            "الوسوم: العراق | تركيا | هجوم المطار\n")
    evs = _events(text)
    assert not any(e.root in ("18", "19") for e in evs), _codes(evs)


def test_exchange_of_fire_is_one_clash_both_ways():
    evs = [e for e in _events("وتبادلت القوات الأرمينية والأذربيجانية إطلاق النار على الحدود أمس.") if e.root == "19"]
    pairs = {(e.source_code[:3], e.target_code[:3]) for e in evs if e.source_code and e.target_code}
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= pairs, _codes(evs)
    assert all(e.cameo == "193" for e in evs), _codes(evs)


def test_appeal_to_all_parties_has_no_target_in_its_content():
    evs = [e for e in _events("كما دعت ألمانيا جميع الأطراف إلى التهدئة والسماح للحكومة بإجراء الانتخابات.") if e.root == "02"]
    assert evs and (evs[0].source_code or "").startswith("DEU"), _codes(evs)
    assert not (evs[0].target_code or "").startswith("DEU"), _codes(evs)


def test_dual_party_subject_names_back_the_two_parties():
    evs = _events("اتهم حزب الكتائب والتيار الوطني الحر جهات مجهولة بإثارة الفوضى. "
                  "ودعا الحزبان الحكومة اللبنانية إلى فتح تحقيق عاجل.")
    appeals = [e for e in evs if e.root == "02"]
    assert len(appeals) == 2, _codes(evs)
    assert {e.source_actor_id for e in appeals} and len({e.source_actor_id for e in appeals}) == 2, _codes(appeals)
    assert all((e.target_code or "").startswith("LBNGOV") for e in appeals), _codes(appeals)


def test_supporters_of_the_two_parties_take_their_country():
    evs = _events("وأطلق مسلحون النار على مناصرين لحزب الله والتيار الوطني الحر في بيروت. "
                  "واحتشد مئات من مناصري الحزبين أمام مقر البرلمان.")
    rallies = [e for e in evs if e.root == "14" and e.trigger.startswith("واحتشد")]
    assert rallies and all((e.source_code or "").startswith("LBN") for e in rallies), _codes(evs)


def test_a_body_after_a_genitive_joins_the_genitive():
    evs = [e for e in _events("وأطلق مسلحون النار على مناصرين لحزب الله والتيار الوطني الحر في بيروت أمس.")
           if e.root == "19"]
    assert len(evs) == 1, _codes(evs)


def test_fronted_topic_speaker_and_joined_praise_of_support():
    evs = _events("أما الرئيس الإيراني حسن روحاني فأكد أن بلاده لن تتراجع عن الاتفاق، وثمن دعم الصين.")
    praise = [e for e in evs if e.cameo == "051"]
    assert praise and praise[0].source_code == "IRNGOV", _codes(evs)
    assert (praise[0].target_code or "").startswith("CHN"), _codes(evs)


def test_object_head_decision_genitive_is_no_subject():
    evs = [e for e in _events("وأكد وزير الخارجية التركي أن أنقرة ستواصل الحوار، وانتقد قرار واشنطن.") if e.root == "11"]
    assert evs and evs[0].source_code == "TURGOV", _codes(evs)
    assert (evs[0].target_code or "").startswith("USA"), _codes(evs)


def test_arrested_people_inside_a_long_trigger_are_the_countrys_civilians():
    evs = [e for e in _events("وأوقفت الشرطة الأردنية حتى مساء أمس سبعة أشخاص في عمان.") if e.root == "17"]
    assert evs and evs[0].target_code == "JORCVL", _codes(evs)


def test_a_battlefield_is_no_fight():
    evs = _events("وتحولت شوارع المدينة إلى ساحة معركة بين أنصار المرشحين.")
    assert not any(e.root == "19" and "معركة" in e.trigger for e in evs), _codes(evs)


def test_an_order_to_a_force_is_the_ordered_move_by_the_orderer():
    evs = [e for e in _events("أمر قائد الجيش السوداني عبد الفتاح البرهان أمس قواته بالتقدم نحو مدينة الفاشر.")
           if e.rule.startswith("ar:ordered-force")]
    assert evs and evs[0].root == "15" and (evs[0].source_code or "").startswith("SDN"), _codes(evs)


def test_an_elided_orderer_is_the_clause_subject():
    evs = [e for e in _events("وأعلن وزير الدفاع التركي أن الهدنة انتهت، وأمر الجيش بالسيطرة على المعبر في إدلب.")
           if e.rule.startswith("ar:ordered-force")]
    assert evs and evs[0].cameo == "192" and evs[0].source_code == "TURGOV", _codes(evs)


def test_a_woman_is_no_order():
    evs = _events("وقالت امرأة من سكان الحي إن الأمر بالتقدم لم يصدر بعد.")
    assert not any(e.rule.startswith("ar:ordered-force") for e in evs), _codes(evs)


def test_talks_joined_to_a_reception_are_that_meeting():
    evs = [e for e in _events("واستقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف أمس، "
                              "وبحث معه أوضاع الحدود المشتركة.") if e.root == "04"]
    assert len(evs) == 1 and evs[0].cameo == "043", _codes(evs)
    assert evs[0].also_spans, evs[0]


# English (session 39)

def test_people_of_a_body_before_a_relative_clause_are_the_body():
    evs = [e for e in _events("Foreign ministers of the Arab League, who met in Cairo on Sunday, condemned the blockade.",
                              "2023-05-08") if e.root == "11"]
    assert evs and evs[0].source_code == "IGOARBAGL", _codes(evs)


def test_a_resolution_acts_as_the_body_that_adopted_it():
    evs = _events("The UN Security Council voted on Friday to extend the mission. The resolution, adopted by 13 votes "
                  "with two abstentions, demands that the militias withdraw from the capital.", "2023-05-08")
    demands = [e for e in evs if e.root == "10"]
    assert demands and demands[0].source_code == "IGOUNO", _codes(evs)


def test_denouncing_a_resolution_targets_its_author():
    evs = _events("UNITED NATIONS - The UN General Assembly voted on Thursday to demand a ceasefire. "
                  "Israel's ambassador denounced the resolution as one-sided.", "2023-10-28")
    den = [e for e in evs if e.root == "11"]
    assert den and den[0].target_code == "IGOUNO", _codes(evs)


def test_the_assembly_and_a_vote_count_before_a_nationality_object():
    evs = _events("The UN General Assembly met on Monday. On Tuesday, the assembly rejected by 98 votes to 20 a "
                  "Chinese proposal that the debate be postponed.", "2023-10-28")
    rej = [e for e in evs if e.root == "12"]
    assert rej and rej[0].source_code == "IGOUNO" and rej[0].target_code == "CHN", _codes(evs)


def test_time_given_to_leave_is_an_expulsion_unless_told_before():
    evs = _events("The junta gave the French ambassador 48 hours to leave the country.", "2023-08-26")
    assert any(e.cameo == "166" and (e.target_code or "").startswith("FRA") for e in evs), _codes(evs)
    evs = _events("Mali declared the French ambassador persona non grata and gave him 72 hours to leave.", "2022-02-01")
    assert len([e for e in evs if e.root == "16"]) == 1, _codes(evs)


def test_opposing_interference_is_a_rejection():
    evs = _events("Moscow opposed foreign interference in Syria's internal affairs.", "2023-08-26")
    assert any(e.cameo == "120" and (e.source_code or "").startswith("RUS") for e in evs), _codes(evs)


def test_a_count_aside_and_a_place_do_not_hide_the_resigning_subject():
    evs = [e for e in _events("قدم نواب حزب الدعوة في مجلس النواب العراقي، وعددهم 12 نائبا، استقالاتهم مساء أمس.",
                              "2022-06-13") if e.root == "08"]
    assert evs and (evs[0].source_code or "").startswith("IRQ"), _codes(evs)


def test_report_back_is_no_support():
    evs = _events("The court ordered the government to report back within two weeks.", "2024-01-26")
    assert not any(e.cameo == "050" for e in evs), _codes(evs)


def test_welcome_target_is_not_a_place_in_the_saying_clause():
    evs = [e for e in _events("Hezbollah welcomed the decision, saying it would isolate Israel.", "2024-01-26")
           if e.root == "05"]
    assert evs and not (evs[0].target_code or "").startswith("ISR"), _codes(evs)


def test_sahel_states_alliance_is_a_body():
    evs = [e for e in _events("أعلن تحالف دول الساحل، الذي يضم مالي والنيجر وبوركينا فاسو، استدعاء سفرائه لدى الجزائر.",
                              "2025-04-07") if e.root == "16"]
    assert evs and evs[0].source_code == "IGOWAFAES", _codes(evs)


def test_western_delegations_and_the_oas_secretary_general():
    evs = _events("Russia's envoy denounced the text, accusing Western delegations of pressuring smaller states.",
                  "2022-10-13")
    assert any(e.root == "11" and e.cameo == "112" and e.target_code == "WST" for e in evs), _codes(evs)
    evs = _events("The Secretary-General of the Organization of American States, Luis Almagro, congratulated the new "
                  "government.", "2019-01-24")
    assert any(e.cameo == "051" and e.source_code == "IGOOAS" for e in evs), _codes(evs)


def test_followed_suit_copies_the_act_for_each_subject():
    evs = _events("Bahrain cut diplomatic ties with Iran on Monday. Sudan and the United Arab Emirates followed suit.",
                  "2016-01-05")
    cuts = sorted((e.source_code or "")[:3] for e in evs if e.cameo == "161" and (e.target_code or "").startswith("IRN"))
    assert cuts == ["ARE", "BHR", "SDN"], _codes(evs)


def test_followed_its_lead_in_arabic():
    evs = _events("قطعت البحرين علاقاتها الدبلوماسية مع إيران أمس. وحذت السودان والإمارات حذوها.", "2016-01-05")
    cuts = sorted((e.source_code or "")[:3] for e in evs if e.cameo == "161")
    assert cuts == ["ARE", "BHR", "SDN"], _codes(evs)


def test_recognises_as_president_is_recognition():
    evs = _events("Washington recognises the opposition leader as interim president.", "2019-01-24")
    assert any(e.cameo == "054" for e in evs), _codes(evs)


def test_a_participle_aside_after_the_speaker_keeps_the_speaker():
    text = ("ANKARA - Defence Minister Hulusi Akar, flanked by the army's top commanders, said on Friday the operation "
            "would go on. He accused the militants of attacking civilians.")
    evs = [e for e in _events(text, "2019-10-11") if e.root == "11"]
    assert evs and (evs[0].source_code or "").startswith("TUR"), _codes(evs)


def test_a_predicate_joined_after_the_speech_verb_and_a_fronted_participle():
    text = ("Speaking to supporters outside the palace, Bolivian President Evo Morales accused Washington of plotting a "
            "coup. \"I have decided to expel the ambassador,\" he said, and gave the U.S. envoy 72 hours to leave.")
    evs = _events(text, "2008-09-11")
    expel = [e for e in evs if e.root == "16"]
    assert expel and all((e.source_code or "").startswith("BOL") for e in expel), _codes(evs)


def test_the_purpose_of_a_demanded_act_is_demanded():
    evs = _events("The court ordered Serbia to take all measures within its power to prevent acts of genocide against "
                  "Bosnians.", "2024-01-26")
    prev = [e for e in evs if e.trigger == "prevent"]
    assert prev and all(e.modality == "demand" for e in prev), [(e.cameo, e.trigger, e.modality) for e in evs]


def test_meeting_object_after_a_relative_aside_with_its_own_verb():
    evs = [e for e in _events("والتقى وزير الخارجية الفرنسي جان نويل بارو، الذي يزور بغداد، رئيس الوزراء العراقي محمد شياع "
                              "السوداني أمس.", "2024-11-10") if e.root == "04" and e.trigger.startswith("والتقى")]
    assert evs and any((e.target_code or "").startswith("IRQ") for e in evs), _codes(evs)


def test_a_date_after_a_closed_relative_aside_dates_the_main_verb():
    evs = [e for e in _events("والتقى وزير الخارجية الفرنسي جان نويل بارو، الذي يزور بغداد، رئيس الوزراء العراقي محمد شياع "
                              "السوداني أمس.", "2024-11-10") if e.root == "04" and e.trigger.startswith("والتقى")]
    assert len(evs) == 2 and all(e.date == "2024-11-09" for e in evs), [(e.source_code, e.target_code, e.date) for e in evs]


def test_condemning_the_exercises_targets_their_author():
    evs = _events("SEOUL - North Korea staged large-scale military drills near the border on Monday. South Korea's defence "
                  "ministry condemned the exercises as a provocation.", "2023-03-14")
    con = [e for e in evs if e.root == "11"]
    assert con and (con[0].target_code or "").startswith("PRK"), _codes(evs)


def test_a_title_names_back_the_last_speaker():
    evs = _events("عمان - قال الأمير عاصم بن طلال إنه لم يغادر منزله. ونفى الأمير أن يكون طرفا في أي مؤامرة.",
                  "2023-04-04")
    denial = [e for e in evs if e.cameo == "016"]
    assert denial and denial[0].source_code, _codes(evs)


def test_a_sponsoring_relative_verb_retells_the_act_noun():
    evs = _events("وجاء الاتفاق ثمرة مفاوضات غير مباشرة رعتها الدوحة منذ أشهر.", "2023-04-04")
    talks = [e for e in evs if e.trigger.startswith("مفاوضات")]
    assert talks and any("رعتها" in "".join(["وجاء الاتفاق ثمرة مفاوضات غير مباشرة رعتها الدوحة منذ أشهر."[s:e]
                                             for s, e in t.also_spans]) for t in talks), [(t.trigger, t.also_spans) for t in talks]


def test_an_issuing_verb_before_the_act_noun_tells_it():
    text = "وأصدر القاضي يوم الثلاثاء مذكرة توقيف بحق الوزير السابق."
    evs = [e for e in _events(text, "2023-04-04") if e.root == "17"]
    assert evs and any(text[s:e] == "وأصدر" for ev in evs for s, e in ev.also_spans), [(x.trigger, x.also_spans) for x in evs]
