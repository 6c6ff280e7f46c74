"""Session 36 (lead): our own sentences.

1. "الإقليم" names back the first-level region the story named ("إقليم كردستان"، "إقليم تيغراي"): a country-less body
   before it is the region's (CAMEO: its state's code), the "leadership" (قيادة) of a region its government, not the
   military command; a bare "مع الإقليم" the region's government (`stages/actors._region_anaphor`).
2. An appeal joined after a comma to a reported statement ("وقال X إن …، ودعا Y إلى …") is the speaker's appeal to Y
   (`coding/appeal_object_ar.speaker_addressee`).
3. A verb joined after a later clause opened by فيما / بينما goes on with that clause's subject, and the one actor
   right before its إلى is the addressee (`coding/conj_clause.opening_subject`).
4. A region's government and the federal government, both coded with the state's code, are two referents
   (`stages/events._same`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _doc(text, date="2023-05-10"):
    return _P(text, published_at=date)


def _events(text, date="2023-05-10"):
    doc = _doc(text, date)
    return doc, [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def _actor(doc, phrase):
    for a in doc.actors:
        if any(doc.text[s:e].startswith(phrase) for s, e in a.spans):
            return a
    return None


_REGION = ("طالبت الحكومة الاتحادية في بغداد أمس حكومة إقليم كردستان بتسليم عائدات النفط.\n\n"
           "وقال رئيس الوزراء في مؤتمر صحفي إن بغداد لن تقبل أي تصدير خارج سلطة الدولة، "
           "ودعا قيادة الإقليم إلى العودة إلى طاولة الحوار.\n\n"
           "وفي أنقرة، هدد وزير الطاقة التركي بوقف تدفق النفط عبر الأنبوب المشترك مع الإقليم.")


def test_leadership_of_the_region_is_its_government():
    doc = _doc(_REGION)
    a = _actor(doc, "قيادة الإقليم")
    assert a is not None and a.code == "IRQGOV", [(x.code, [doc.text[s:e] for s, e in x.spans]) for x in doc.actors]


def test_bare_region_after_with_is_the_regions_government():
    doc, evs = _events(_REGION)
    threat = [e for e in evs if e[0][:2] == "13"]
    assert threat and threat[0][1] == "TURGOV" and (threat[0][2] or "")[:3] == "IRQ", evs


def test_region_not_named_before_stays_unread():
    doc = _doc("ودعا الوزير قيادة الإقليم إلى الحوار.")
    a = _actor(doc, "قيادة")
    assert a is None or not a.country, (a.code, a.spans)


def test_region_anaphor_takes_the_latest_region():
    doc = _doc("اتهمت الحكومة الإثيوبية قوات إقليم تيغراي بمهاجمة قاعدة للجيش. "
               "وفي وقت لاحق، نفى رئيس الإقليم أي هجوم، وقال إن قوات الإقليم تدافع عن نفسها.")
    a = _actor(doc, "قوات الإقليم")
    assert a is not None and a.code == "ETHMIL", [(x.code, [doc.text[s:e] for s, e in x.spans]) for x in doc.actors]


def test_appeal_after_statement_is_the_speakers():
    _, evs = _events("وقال وزير الخارجية الأردني في بيان إن عمان ترفض أي تصعيد في المنطقة، "
                     "ودعا رئيس الوزراء الإسرائيلي إلى وقف العمليات العسكرية فورا.")
    appeal = [e for e in evs if e[0][:2] == "02"]
    assert appeal and appeal[0][1] == "JORGOV" and appeal[0][2] == "ISRGOV", evs
    assert ":speaker-addressee" in appeal[0][3], evs


def test_appeal_after_statement_addresses_a_body():
    _, evs = _events("وقال وزير الداخلية الليبي إن الحكومة لن تتفاوض مع المسلحين، "
                     "ودعا قادة الفصائل إلى تسليم أسلحتهم خلال أسبوع.", "2024-02-01")
    appeal = [e for e in evs if e[0][:2] == "02"]
    assert appeal and appeal[0][1] == "LBYGOV" and (appeal[0][2] or "")[:3] == "LBY" and appeal[0][2] != "LBYGOV", evs


def test_feminine_speaker_keeps_the_masculine_callers_own_appeal():
    _, evs = _events("وقالت وزارة الخارجية المصرية إن القاهرة تتابع الوضع عن كثب، "
                     "ودعا الرئيس السوداني إلى الحوار.", "2024-02-01")
    appeal = [e for e in evs if e[0][:2] == "02"]
    assert appeal and appeal[0][1] == "SDNGOV" and ":speaker-addressee" not in appeal[0][3], evs


def test_appeal_after_later_clause_goes_on_with_its_subject():
    _, evs = _events("وفرضت قيادة العمليات المشتركة حظرا للتجول في المدينة، فيما أرجأ رئيس الوزراء العراقي "
                     "محمد شياع السوداني زيارته إلى باريس، ودعا مجلس النواب إلى عقد جلسة طارئة.", "2024-03-01")
    appeal = [e for e in evs if e[0][:2] == "02"]
    assert appeal and appeal[0][1] == "IRQGOV" and (appeal[0][2] or "")[-3:] == "LEG", evs
    assert ":conj-opening" in appeal[0][3], evs


def test_region_government_is_another_referent_than_the_federal_one():
    doc, evs = _events("أعلن الناطق باسم الحكومة العراقية أن بغداد تتابع تصدير النفط من إقليم كردستان. "
                       "وقال إن وزارة النفط طالبت حكومة الإقليم بتسليم إدارة المبيعات إلى الشركة الوطنية.",
                       "2023-03-27")
    demand = [e for e in evs if e[0][:2] == "10"]
    assert demand and demand[0][1] == "IRQGOV" and demand[0][2] == "IRQGOV", evs


def test_envoys_to_is_no_preposition_of_the_appeal():
    _, evs = _events("دعا المبعوث الأممي إلى ليبيا في طرابلس أمس الحكومة المصرية إلى فتح معبر السلوم.", "2024-06-01")
    appeal = [e for e in evs if e[0][:2] == "02"]
    assert appeal and appeal[0][1] == "IGOUNO" and appeal[0][2] == "EGYGOV", evs


def test_envoys_appeal_with_only_its_own_to():
    _, evs = _events("دعا المبعوث الأممي إلى وقف القتال في السودان فورا.", "2024-06-01")
    appeal = [e for e in evs if e[0][:2] == "02"]
    assert appeal and appeal[0][1] == "IGOUNO" and not (appeal[0][2] or "").startswith("LBY"), evs


def test_un_envoy_to_syria_is_the_uns():
    doc = _doc("قال المبعوث الأممي غير بيدرسن إن الحل السياسي ما زال ممكنا.", "2024-12-10")
    a = _actor(doc, "غير بيدرسن") or _actor(doc, "المبعوث الأممي غير بيدرسن")
    assert a is not None and a.code == "IGOUNO", [(x.code, x.spans) for x in doc.actors]


def test_leaders_with_a_demonym_are_the_states_leaders():
    doc = _doc("ودعا الرئيس الفرنسي القادة اللبنانيين إلى الإسراع في تشكيل الحكومة.", "2020-09-01")
    a = _actor(doc, "القادة اللبنانيين")
    assert a is not None and a.code == "LBNGOV", [(x.code, x.spans) for x in doc.actors]
    b = _actor(_doc("واجتمع قادة عسكريون لبنانيون في بيروت.", "2020-09-01"), "عسكريون")
    assert b is None or b.code == "LBNMIL"


def test_verb_again_after_kama_with_masculine_object_after_time_words():
    _, evs = _events("واعتقلت الشرطة مساء الأحد الناشط المعارض في منزله، كما اعتقلت فجر اليوم الأمين العام "
                     "لحزب المؤتمر السوداني في الخرطوم.", "2019-06-10")
    arrests = [e for e in evs if e[0] == "173"]
    assert len(arrests) == 2, evs
    assert all((e[1] or "").endswith("COP") for e in arrests), evs
    assert any((e[2] or "").startswith("SDN") for e in arrests), evs


def test_dash_inside_a_bodys_name():
    doc = _doc("وقالت الحركة الشعبية لتحرير السودان - شمال إن قواتها صدت هجوما للجيش في جنوب كردفان.", "2019-06-10")
    a = _actor(doc, "الحركة الشعبية لتحرير السودان - شمال")
    assert a is not None and a.code == "SDNREB", [(x.code, [doc.text[s:e] for s, e in x.spans]) for x in doc.actors]


def test_officer_of_a_body_is_no_namesake_of_another_country():
    doc = _doc("واعتقلت السلطات نائب رئيس الحركة الشعبية لتحرير السودان - شمال ياسر عرمان.", "2019-06-10")
    assert not any(a.code and a.code.startswith("EGY") for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_an_order_is_no_woman():
    doc = _doc("أصدر الرئيس التونسي أمرا رئاسيا بإعفاء وزير الدفاع من مهامه.", "2021-07-26")
    assert not any(a.code == "CVL" or (a.code or "").endswith("CVL") for a in doc.actors), \
        [(a.code, a.spans) for a in doc.actors]


def test_handed_note_goes_to_the_envoy():
    _, evs = _events("واستدعت الخارجية المغربية سفيرها لدى هولندا للتشاور، وسلمت السفير الهولندي في الرباط "
                     "مذكرة احتجاج على تصريحات وزير الخارجية الهولندي.", "2019-03-02")
    note = [e for e in evs if e[0].startswith("114")]
    assert note and (note[0][1] or "")[:3] == "MAR" and (note[0][2] or "")[:3] == "NLD", evs


def test_handed_note_with_its_own_subject():
    _, evs = _events("وسلم وزير الخارجية الأردني السفير الإسرائيلي في عمان مذكرة احتجاج رسمية.", "2019-03-02")
    note = [e for e in evs if e[0].startswith("114")]
    assert note and note[0][1] == "JORGOV" and note[0][2] == "ISRGOV", evs


def test_joined_verb_with_pronoun_names_back_the_object():
    _, evs = _events("وقال المتحدث إن قائد الجيش زار الزعيم القبلي في منزله أمس، وطلب منه التدخل لتهدئة "
                     "أنصاره في مدينة الكفرة الليبية.", "2023-05-10")
    ask = [e for e in evs if e[0][:2] == "02"]
    assert ask and ":joined-pronoun" in ask[0][3], evs


def test_joined_verb_with_suffix_pronoun():
    _, evs = _events("وانتقد الرئيس السوداني قادة قوات الدعم السريع، ودعاهم إلى وقف القتال في دارفور.",
                     "2023-05-10")
    appeal = [e for e in evs if e[0][:2] == "02"]
    assert appeal and appeal[0][1] == "SDNGOV" and appeal[0][2] and appeal[0][2] != "SDNGOV", evs


def test_request_with_unnamed_pronoun_is_dropped():
    _, evs = _events("وقال الرجل إن الطبيب طلب منه الراحة لمدة أسبوع.", "2023-05-10")
    assert not [e for e in evs if e[0][:2] == "02"], evs


def test_long_speech_setting_reaches_the_complementizer():
    doc, evs = _events("أعلن رئيس الوزراء الأردني حل الحكومة أمس.\n\n"
                       "وقال رئيس الوزراء الأردني في كلمة بثها التلفزيون الرسمي بعد اجتماع طارئ مع قادة الأجهزة "
                       "الأمنية في قصر رغدان إن الحكومة ستبقى لتصريف الأعمال. وحذر من أن أي محاولة لزعزعة الأمن "
                       "ستواجه بحزم.", "2023-05-10")
    assert any(q.speaker_actor_id for q in doc.quotes), doc.quotes
    warn = [e for e in evs if e[0][:2] == "13"]
    assert warn and warn[0][1] == "JORGOV", evs


def test_joined_material_verb_across_a_relative_clause_and_motive():
    _, evs = _events("وفرقت الشرطة مساء أمس عشرات المحتجين الذين تجمعوا أمام مقر البرلمان في وسط المدينة رفضا "
                     "للقانون الجديد، واعتقلت عددا منهم، بحسب شهود.", "2017-06-15")
    arrest = [e for e in evs if e[0] == "173"]
    assert arrest and (arrest[0][1] or "").endswith("COP"), evs


def test_description_of_the_condemned_act_is_no_second_act():
    _, evs = _events("أدان وزير الخارجية الأردني الهجوم الذي استهدف حافلة للركاب قرب الحدود، ووصفه بأنه عمل إرهابي جبان.",
                     "2022-01-13")
    assert len([e for e in evs if e[0] == "111"]) <= 1, evs


def test_parliament_approving_a_treaty_is_057():
    _, evs = _events("وافق البرلمان الأردني أمس على اتفاقية تعيين الحدود البحرية مع مصر.", "2017-06-15")
    assert any(e[0] == "057" and e[1] == "JORLEG" for e in evs), evs
    _, evs2 = _events("ووافقت الحركة على الاتفاق الذي عرضه الوسطاء.", "2017-06-15")
    assert not any(e[0] == "057" for e in evs2), evs2


def test_compound_family_name_is_not_a_namesake():
    doc = _doc("قال رئيس الوزراء العراقي عادل عبد المهدي أمس إن حكومته ستواصل عملها.\n\n"
               "وأقال عبد المهدي قائد شرطة المحافظة بعد ساعات من المواجهات.", "2019-11-30")
    codes = {doc.text[s:e]: a.code for a in doc.actors for s, e in a.spans}
    assert any(k.startswith("عبد المهدي") and v == "IRQGOV" for k, v in codes.items()), codes
    assert not any((a.code or "").startswith("SDN") for a in doc.actors), codes


def test_consulate_after_a_definite_noun_is_an_institution():
    doc, evs = _events("وفي البصرة، اقتحم المحتجون مساء الأحد القنصلية الكويتية وأضرموا فيها النار.", "2019-11-30")
    storm = [e for e in evs if e[0][:2] == "14"]
    assert storm and storm[0][2] == "KWTGOV", evs


def test_joined_verbal_act_far_after_the_opening_verb():
    _, evs = _events('وعلق مجلس السلم والأمن التابع للاتحاد الأفريقي أمس عضوية مالي في جميع أنشطة الاتحاد "حتى إشعار '
                     'آخر"، إلى حين عودة النظام الدستوري الذي يطالب به المجتمع الدولي منذ شهور، ولوح بفرض عقوبات على '
                     'قادة المجلس العسكري إذا لم يحددوا موعدا للانتخابات.', "2021-06-02")
    threat = [e for e in evs if e[0][:2] == "13"]
    assert threat and threat[0][1] == "IGOAFRAFU", evs


_DEAL = ("رفضت القيادة الفلسطينية الاتفاق الذي أعلنت بموجبه البحرين وإسرائيل أمس استئناف العلاقات بينهما، "
         "ووصفته بأنه طعنة في الظهر.\n\n"
         "من جهتها، أدانت حركة الجهاد الإسلامي الاتفاق.\n\n"
         "في المقابل، رحب الرئيس المصري بالاتفاق، وقال إنه خطوة نحو السلام.")


def test_agreement_parties_named_in_a_relative_clause():
    _, evs = _events(_DEAL, "2020-09-12")
    reject = [e for e in evs if e[0][:2] == "12"]
    assert reject and any(e[2] == "BHR" for e in reject), evs


def test_definite_agreement_names_back_its_parties():
    _, evs = _events(_DEAL, "2020-09-12")
    welcome = [e for e in evs if e[0][:2] == "05" and (e[1] or "").startswith("EGY")]
    assert welcome and welcome[0][2] in ("BHR", "ISR"), evs
    condemn = [e for e in evs if e[0] == "111" and e[2]]
    assert condemn, evs


def test_palestinian_leadership_is_its_government():
    doc = _doc("رفضت القيادة الفلسطينية الخطة الأمريكية. وطالبت القيادة المجتمع الدولي بالتدخل.", "2020-01-29")
    codes = {doc.text[s:e]: a.code for a in doc.actors for s, e in a.spans}
    assert codes.get("القيادة الفلسطينية") == "PSEGOV" and codes.get("القيادة") == "PSEGOV", codes


def test_condemned_act_told_in_a_relative_clause_names_its_author():
    _, evs = _events("أدانت الحكومة الأردنية الغارات التي شنتها إسرائيل على جنوب لبنان.", "2024-06-01")
    condemn = [e for e in evs if e[0] == "111"]
    assert condemn and condemn[0][2] == "ISR", evs
    _, evs2 = _events("أدانت الحكومة الأردنية أمس الحرب التي تشنها روسيا على أوكرانيا، ووصفتها بأنها \"عدوان\" على "
                      "دولة مستقلة.", "2024-06-01")
    condemn2 = [e for e in evs2 if e[0] == "111"]
    assert condemn2 and condemn2[0][2] == "RUS", evs2
    assert len(condemn2) == 1, evs2   # (the description is the condemnation told again)


def test_resumptive_relative_verb_takes_the_actor_after_it_as_subject():
    _, evs = _events("أدان المجلس العملية العسكرية التي تشنها تركيا في شمال سوريا.", "2019-10-13")
    attack = [e for e in evs if e[0][:2] == "19"]
    assert attack and attack[0][1] == "TUR", evs


def test_quoted_act_noun_keeps_its_nationality_adjective():
    _, evs = _events('الجامعة العربية تدين "العدوان" الإسرائيلي على لبنان', "2024-06-01")
    condemn = [e for e in evs if e[0] == "111"]
    assert condemn and condemn[0][2] == "ISR", evs


def test_relative_clause_on_the_object_is_no_issuer():
    _, evs = _events("أدان المجلس الوزاري أمس الحرب التي تشنها روسيا على أوكرانيا.", "2024-06-01")
    condemn = [e for e in evs if e[0] == "111"]
    assert condemn and condemn[0][1] != "RUS", evs



def test_government_suspending_its_own_bill_accedes():
    _, evs = _events("TAIPEI, March 3 - Taiwan's premier on Monday suspended a disputed bill on trade with China after "
                     "weeks of student protests.", "2014-03-03")
    assert any(e[0] == "083" and (e[1] or "").startswith("TWN") for e in evs), evs


def test_visit_and_appeal_joined_by_and():
    _, evs = _events("Linda Thomas, the head of the U.S. delegation, arrived in Amman on Monday and called on Damascus "
                     "to allow aid convoys into the south.", "2023-09-25")
    visit = [e for e in evs if e[0][:2] == "04"]
    assert visit and visit[0][2] == "JOR", evs
    appeal = [e for e in evs if e[2] == "SYRGOV" or e[2] == "SYR"]
    assert appeal and (appeal[0][1] or "").startswith("USA"), evs


def test_barred_act_is_no_event():
    _, evs = _events("On Wednesday the interior ministry banned all opposition leaders from travelling abroad.",
                     "2016-07-21")
    assert not any(e[0][:2] == "04" for e in evs), evs
    doc = _doc("Police prevented the protesters from marching on parliament on Sunday.", "2016-07-21")
    assert not any(doc.text[e.trigger_start:e.trigger_end] == "marching" for e in doc.events), \
        [(e.cameo, e.trigger) for e in doc.events]


def test_ordered_investigation_and_ransacking():
    _, evs = _events("NAIROBI, June 26 - Kenya's interior minister visited the hospital on Wednesday. He ordered an "
                     "investigation into the shooting.", "2024-06-26")
    assert any(e[0] == "090" and (e[1] or "").startswith("KEN") for e in evs), evs
    _, evs2 = _events("NAIROBI, June 26 - Gangs set fire to a police station and ransacked the offices of the ruling "
                      "party, residents said.", "2024-06-26")
    assert any(e[0] == "145" for e in evs2), evs2


def test_wounded_as_adjective_is_no_attack():
    doc = _doc("The health minister, who visited wounded soldiers in hospital on Sunday, said the army would rebuild.",
               "2024-06-02")
    assert not any(e.cameo[:2] == "18" for e in doc.events), [(e.cameo, e.trigger) for e in doc.events]
    _, evs = _events("Gunmen wounded three soldiers near the border on Sunday.", "2024-06-02")
    assert any(e[0][:2] == "18" for e in evs), evs


def test_speaker_title_of_a_body_then_a_named_person():
    doc, evs = _events("وقال الأمين العام للجامعة أحمد أبو الغيط في مؤتمر صحفي إن القرار يعكس موقفا عربيا موحدا.",
                       "2019-10-13")
    q = [x for x in doc.quotes if x.speaker_actor_id]
    assert q and doc.actor(q[0].speaker_actor_id).code == "IGOARBAGL", [(x.cue, x.speaker_actor_id) for x in doc.quotes]


def test_not_standing_by_warns_the_subject_of_the_condition():
    _, evs = _events('وأضاف الوزير أن بلاده "لن تقف مكتوفة الأيدي" إذا استمرت إثيوبيا في ملء السد.', "2020-07-01")
    threat = [e for e in evs if e[0][:2] == "13"]
    assert threat and (threat[0][2] or "").startswith("ETH") and not (threat[0][1] or "").startswith("ETH"), evs


def test_international_body_speaking_at_its_seat_targets_no_one_there():
    _, evs = _events('The European Union foreign policy chief told reporters in Brussels that the use of weapons "has to '
                     'stop now".', "2020-01-08")
    assert not any(e[2] == "BEL" for e in evs), evs
    _, evs2 = _events("The European Union condemned the air strikes in Syria on Monday.", "2020-01-08")
    assert any(e[2] == "SYR" for e in evs2), evs2
