"""Session 45 (lead): our own sentences.

1. A recall by a verbal noun joined by و right after another act's object ("طرد دبلوماسيين جزائريين واستدعاء سفيرها
   لدى الجزائر") is the clause subject's, not that object's (marsad/coding/recall.py).
2. An attribution between commas after a verb's subject ("، بحسب البيان،") does not cut the verb from its object
   (cue ``attrib_aside``, marsad/coding/parenthetical_ar.py).
"""
from events_helpers import codes as _codes, full, sentence_events, with_trigger as _with


def _events(text, date="2025-04-15"):
    return sentence_events(text, date)


def test_recall_joined_after_an_expulsion_is_the_subjects():
    evs = _events("أعلنت الحكومة التونسية أمس طرد دبلوماسيين ليبيين واستدعاء سفيرها لدى ليبيا للتشاور.")
    ev = _with(evs, "استدعاء")
    assert ev.cameo == "161" and (ev.source_code or "").startswith("TUN"), _codes(evs)
    assert (ev.target_code or "").startswith("LBY"), _codes(evs)


def test_recall_after_a_deciding_subject_unchanged():
    evs = _events("قررت الحكومة التونسية أمس استدعاء سفيرها لدى ليبيا للتشاور.")
    ev = _with(evs, "استدعاء")
    assert (ev.source_code or "").startswith("TUN") and (ev.target_code or "").startswith("LBY"), _codes(evs)


def test_attribution_aside_keeps_the_object():
    evs = _events("وشكر الرئيس اللبناني جوزيف عون، بحسب بيان الرئاسة، أمير قطر على دعم الجيش.")
    ev = _with(evs, "شكر")
    assert (ev.source_code or "").startswith("LBN") and (ev.target_code or "").startswith("QAT"), _codes(evs)


def test_according_to_aside_keeps_the_addressee():
    evs = _events("ودعا وزير الخارجية المصري، وفق بيان للوزارة، الحكومة الإثيوبية إلى وقف ملء السد.")
    ev = _with(evs, "دعا")
    assert (ev.source_code or "").startswith("EGY") and (ev.target_code or "").startswith("ETH"), _codes(evs)


def test_drone_story_reads_a_bare_noun_as_a_drone():
    text = ("استهدفت طائرات مسيرة فجر اليوم مطار مدينة كسلا.\n\n"
            "وقال الحاكم إن ضربات المسيرات على المدينة تسببت في حرائق واسعة.")
    evs = _events(text, "2025-05-07")
    assert not [e for e in evs if e.root == "14"], _codes(evs)


def test_march_in_a_drone_story_with_protesters_stays_a_march():
    text = ("استهدفت طائرات مسيرة فجر اليوم مطار مدينة كسلا.\n\n"
            "وفي الخرطوم، رفع المتظاهرون شعارات مناهضة للحرب خلال المسيرات التي جابت وسط المدينة.")
    evs = _events(text, "2025-05-07")
    assert [e for e in evs if e.root == "14"], _codes(evs)


def test_unnamed_drones_as_subject_pass_to_the_attacked_facility():
    evs = _events("واستهدفت مسيرات انتحارية صباح الخميس مطار كسلا ومحطة للكهرباء.", "2025-05-07")
    ev = _with(evs, "استهدفت")
    assert ev.root == "19" and (ev.target_code or "").startswith("SDN"), _codes(evs)


def test_depot_after_a_weekday_is_the_attacked_facility():
    evs = _events("وقصفت مسيرات مجهولة يوم الجمعة مستودعات الوقود في مدينة الخرطوم.", "2025-05-07")
    ev = _with(evs, "قصفت")
    assert (ev.target_code or "").startswith("SDN"), _codes(evs)


def test_thanks_reason_is_no_act_of_the_thanked():
    evs = _events("Ghanaian President John Mahama visited Abidjan on Monday. He thanked Ivorian President Alassane "
                  "Ouattara and the Ivorian people for their support.", "2025-03-01")
    assert not [e for e in evs if e.trigger == "support"], _codes(evs)
    ev = _with(evs, "thanked")
    assert (ev.source_code or "").startswith("GHA") and (ev.target_code or "").startswith("CIV"), _codes(evs)


def test_he_after_a_meeting_is_its_subject():
    evs = _events("Ghanaian President John Mahama met Ivorian President Alassane Ouattara in Abidjan on Monday. "
                  "He accused the junta in Burkina Faso of harbouring militants.", "2025-03-01")
    ev = _with(evs, "accused")
    assert (ev.source_code or "").startswith("GHA"), _codes(evs)


def test_he_after_a_short_fronted_phrase_without_comma():
    evs = _events("Ghanaian President John Mahama visited Abidjan on Monday. On social media he praised the "
                  "Ivorian government.", "2025-03-01")
    ev = _with(evs, "praised")
    assert (ev.source_code or "").startswith("GHA") and (ev.target_code or "").startswith("CIV"), _codes(evs)


def test_welcome_of_the_decision_after_a_rejection_takes_no_rejecting_pair():
    evs = _events("أقر مجلس الأمن الدولي أمس قرارا بتمديد ولاية البعثة الأممية في قبرص.\n\n"
                  "ورفضت تركيا القرار، متهمة اليونان بالتأثير على المجلس.\n\n"
                  "ورحبت بريطانيا بالقرار.", "2025-11-01")
    ev = _with(evs, "ورحبت")
    assert ev.root == "05" and not (ev.target_code or "").startswith(("GRC", "TUR")), _codes(evs)


def test_masdar_object_then_its_l_phrase_actor_is_no_subject():
    evs = _events("قال المندوب الإثيوبي لدى الاتحاد الأفريقي إن بلاده لم تشارك في الاجتماع، وانتقد تجاهل البيان "
                  "لحقوق الشعب الإريتري.", "2025-11-01")
    ev = _with(evs, "انتقد")
    assert (ev.source_code or "").startswith("ETH"), _codes(evs)


def test_doubled_tariffs_is_a_trade_sanction():
    evs = _events("Washington doubled tariffs on imports from Brazil to 50% on Wednesday.", "2025-08-27")
    ev = _with(evs, "doubled")
    assert ev.cameo == "163" and (ev.target_code or "").startswith("BRA"), _codes(evs)


def test_plural_after_a_possessive_is_no_verb():
    evs = _events("Washington punished Ankara for its purchases of Russian missiles.", "2025-08-27")
    assert not [e for e in evs if "purchases" in e.trigger], _codes(evs)


def test_called_the_penalty_unfair_is_a_criticism():
    evs = _events("Brazil's foreign ministry has called the penalty \"unfair, unjustified and unreasonable\".",
                  "2025-08-27")
    ev = _with(evs, "called")
    assert ev.root == "11" and (ev.source_code or "").startswith("BRA"), _codes(evs)


def test_hamza_alef_lam_name_is_no_capital():
    evs = _events("ودعا وزير الخارجية الإسباني خوسيه مانويل ألباريس إسرائيل إلى الإفراج عن المحتجزين.", "2025-10-03")
    ev = _with(evs, "دعا")
    assert (ev.target_code or "").startswith("ISR"), _codes(evs)


def test_threat_evidence_runs_from_the_threat_verb():
    evs = _events("On Tuesday, Trump threatened to double the duty on Mexican steel to 50%.", "2025-03-12")
    ev = _with(evs, "double")
    assert ev.root == "13" and ev.trigger.startswith("threatened"), _codes(evs)


def test_backed_away_is_yielding_and_kick_in_no_attack():
    evs = _events("The White House backed away from the doubling as steel duties kick in on Friday.", "2025-03-12")
    assert _with(evs, "backed").root == "08", _codes(evs)
    assert not [e for e in evs if "kick" in e.trigger], _codes(evs)


def test_condemned_attack_is_not_the_relative_clause_reason():
    evs = _events("أطلقت كوريا الشمالية أمس صواريخ على جزيرة كورية جنوبية، ردا على المناورات التي أجرتها الولايات "
                  "المتحدة، ردا على الغارات التي شنتها اليابان على سفنها.\n\nوأدانت كوريا الجنوبية الهجوم بشدة.",
                  "2025-06-24")
    ev = _with(evs, "أدانت")
    assert (ev.target_code or "").startswith("PRK"), _codes(evs)


def _kinds(text, date="2025-10-16"):
    doc = full(text, published_at=date)
    return [(s.kind, text[s.start:s.end][:30]) for s in doc.segments]


_PAGE = ("الرئيسية > أخبار > العالم\n\nوزير الخارجية يزور عمان\n\n"
         "زار وزير الخارجية المصري العاصمة الأردنية أمس الأربعاء، والتقى نظيره الأردني لبحث الأوضاع في غزة.\n\n"
         "وزيرا خارجية مصر والأردن خلال مؤتمر صحفي في عمان.\n\nالصورة: أ ف ب / أرشيف\n\n"
         "وأكد الوزيران رفضهما أي تهجير لسكان القطاع.\n\n"
         "من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام | جميع الحقوق محفوظة © 2025 موقع الخبر")


def test_arabic_credit_line_makes_the_line_before_a_caption():
    kinds = _kinds(_PAGE)
    assert ("photo_credit", "الصورة: أ ف ب / أرشيف") in kinds, kinds
    assert any(k == "caption" and t.startswith("وزيرا خارجية") for k, t in kinds), kinds


def test_long_piped_footer_is_page_chrome():
    kinds = _kinds(_PAGE)
    assert any(k == "other" and t.startswith("من نحن") for k, t in kinds), kinds
    evs = sentence_events(_PAGE, "2025-10-16")
    assert not [e for e in evs if "اتصل" in e.trigger], _codes(evs)


def test_caption_line_labelled_picture_keeps_the_body_before():
    text = ("قبل الرئيس الاستقالة اليوم، وطلب من الحكومة تصريف الأعمال.\n\n"
            "صورة: محتجون يحتفلون في الساحة بعد إعلان الاستقالة (مرصد)")
    kinds = _kinds(text, "2025-10-30")
    assert kinds[0][0] == "body", kinds


def test_bare_congratulated_with_a_pronoun_object_is_a_verb():
    evs = _events("التقى الرئيس اللبناني جوزيف عون نظيره الفرنسي إيمانويل ماكرون في باريس أمس. من جهته، هنأ ماكرون "
                  "ضيفه بإجراء الانتخابات التشريعية.", "2025-10-16")
    ev = _with(evs, "هنأ")
    assert ev.root == "05" and (ev.source_code or "").startswith("FRA"), _codes(evs)


def test_offered_participation_is_an_offer():
    evs = _events("وعرض وزير الطاقة التركي مشاركة شركات بلاده في تأهيل محطات الكهرباء السورية.", "2025-10-16")
    ev = _with(evs, "عرض")
    assert ev.root == "03" and (ev.source_code or "").startswith("TUR"), _codes(evs)


def test_force_not_ruled_out_is_a_threat():
    evs = _events("Putin declined to rule out military force to take the strait.", "2025-03-29")
    ev = _with(evs, "declined")
    assert ev.cameo == "138" and not ev.negated and not ev.target_code, _codes(evs)
    evs = _events("The president refused to rule out military action against Panama.", "2025-03-29")
    ev = _with(evs, "refused")
    assert ev.cameo == "138" and (ev.target_code or "").startswith("PAN"), _codes(evs)


def test_elections_not_ruled_out_stay_a_rejection():
    evs = _events("The Ghanaian president refused to rule out early elections.", "2025-03-29")
    assert not [e for e in evs if e.root == "13"], _codes(evs)


def test_dual_relative_clause_does_not_cut_the_welcome():
    evs = _events("ورحبت الكويت وعمان، اللتان توسطتا في الاتفاق، ببدء تنفيذ المرحلة الأولى.", "2025-01-20")
    assert [e for e in evs if "رحبت" in e.trigger and e.root == "05"], _codes(evs)


def test_brought_in_aid_trucks_is_humanitarian_aid():
    evs = _events("وأدخلت الأردن أمس مئات الشاحنات المحملة بالمساعدات إلى القطاع.", "2025-01-20")
    ev = _with(evs, "أدخلت")
    assert ev.cameo == "073" and (ev.source_code or "").startswith("JOR"), _codes(evs)


def test_tear_gas_canisters_are_no_bombing():
    evs = _events("وأطلقت الشرطة مساء الأحد قنابل الغاز المسيل للدموع على المحتجين قرب السجن.", "2025-01-20")
    assert not [e for e in evs if e.root == "18"], _codes(evs)


def test_reply_by_shelling_runs_from_the_reply_verb():
    evs = _events("وردّ الجيش التركي بقصف مدفعي وغارات جوية على مواقع في شمال العراق.", "2025-03-29")
    got = [e for e in evs if e.root == "19"]
    assert len(got) == 1 and got[0].trigger.startswith("وردّ"), _codes(evs)
    assert (got[0].source_code or "").startswith("TUR"), _codes(evs)


def test_year_of_a_signed_document_dates_no_later_act():
    text = ("وقالت الخارجية السودانية أمس إن القاهرة خالفت اتفاق الحدود الموقع عام 1998، واتهمت مصر بفرض الأمر الواقع. "
            "وأكدت الوزارة أنها تحتفظ بحقها في الرد.")
    evs = _events(text, "2025-09-10")
    for word in ("اتهمت", "تحتفظ"):
        ev = _with(evs, word)
        assert not (ev.date or "").startswith("1998"), _codes(evs) + [ev.date]


def test_homonym_place_located_in_another_country_is_dropped():
    evs = _events("سيطر مقاتلو حركة الشباب أمس على بلدة عدن يابال في إقليم شبيلي الوسطى وسط الصومال.", "2025-04-17")
    ev = _with(evs, "سيطر")
    assert (ev.target_code or "").startswith("SOM"), _codes(evs)


def test_place_located_in_its_own_country_stays():
    doc = full("وصل الوزير إلى عدن في جنوب اليمن أمس.", published_at="2025-04-17")
    assert [p for p in doc.places if p.country == "YEM" and p.text == "عدن"], [(p.text, p.country) for p in doc.places]


def test_attacked_with_a_speech_participle_is_verbal():
    evs = _events("في المقابل، هاجم الرئيس الأميركي أوكرانيا مساء أمس، قائلا إنه خاب أمله من موقفها.", "2025-02-19")
    ev = _with(evs, "هاجم")
    assert ev.cameo == "111", _codes(evs)
    evs = _events("وهاجم مسلحون قاعدة للجيش في الشمال، ما أسفر عن مقتل جنديين.", "2025-02-19")
    assert _with(evs, "هاجم").root == "19", _codes(evs)


def test_whether_is_no_threat_condition():
    evs = _events("وردا على سؤال عما إذا كان سيقطع المساعدات عن البلدين، قال الرئيس إنه لا يريد ذلك.", "2025-02-12")
    assert not [e for e in evs if "ردا" in e.trigger], _codes(evs)


def test_taking_in_sick_children_is_humanitarian_aid():
    evs = _events("وأعلن الملك أن الأردن سيستقبل ألفي طفل من غزة مصابين بأمراض خطيرة.", "2025-02-12")
    ev = _with(evs, "سيستقبل")
    assert ev.cameo[:2] in ("03", "07") and (ev.source_code or "").startswith("JOR"), _codes(evs)


def test_date_inside_a_closed_quotation_dates_no_later_verb():
    evs = _events('ورفضت الخارجية التركية مساء أمس البيان، وقالت إنه "يتجاهل ما جرى في أغسطس 2024"، وانتقدت خلوه من أي '
                  'إدانة للهجمات.', "2025-03-05")
    ev = _with(evs, "انتقدت")
    assert not (ev.date or "").startswith("2024"), _codes(evs) + [ev.date]


def test_reported_readiness_runs_from_the_speech_verb():
    evs = _events("Japanese foreign ministry spokesman Toshihiro Kitamura said Japan was ready to work with Seoul.",
                  "2025-06-04")
    ev = _with(evs, "ready")
    assert ev.root == "03" and ev.trigger.startswith("said"), _codes(evs)


def test_vote_count_according_to_a_commission_is_no_statement():
    evs = _events("With almost all ballots counted, Paz had 54.6 percent of the vote, according to the Bolivian "
                  "government.", "2025-10-20")
    assert not [e for e in evs if "according" in e.trigger], _codes(evs)


def test_threat_protecting_the_own_state_has_no_target():
    evs = _events('وتوعد رئيس الوزراء التركي في بيان بضرب "أي تهديد" لتركيا "في أي مكان في سوريا".', "2025-03-29")
    ev = _with(evs, "توعد")
    assert ev.root == "13" and ev.target_code != "TUR", _codes(evs)


def test_warplanes_flew_low_over_is_a_show_of_force():
    evs = _events("حلقت مقاتلات تركية على علو منخفض أمس فوق مدينة القامشلي.", "2025-02-24")
    assert [e for e in evs if e.cameo == "150"], _codes(evs)
    evs = _events("وأكدت الوزارة أن القاذفة كانت تحلق فوق الأراضي السورية طوال مهمتها.", "2025-02-24")
    assert not [e for e in evs if e.cameo == "150"], _codes(evs)


def test_addressed_thanks_is_praise():
    evs = _events("ووجه الرئيس اللبناني الشكر إلى قطر على دعمها للجيش.", "2025-02-24")
    assert [e for e in evs if e.cameo == "051" and "وجه" in e.trigger], _codes(evs)


def test_drone_after_missiles_or_an_attack_noun():
    evs = _events("ويطلق الحوثيون صواريخ ومسيرات باتجاه إسرائيل منذ مارس، بعد هجوم بمسيرة على ميناء إيلات.",
                  "2025-05-06")
    assert not [e for e in evs if e.root == "14"], _codes(evs)


def test_filmed_recording_is_no_egyptian_magazine():
    evs = _events("وتوعد رئيس الوزراء الإسرائيلي في تسجيل مصور مساء الأحد بالرد على الحوثيين.", "2025-05-06")
    ev = _with(evs, "توعد")
    assert not (ev.target_code or "").startswith("EGY"), _codes(evs)


def test_named_parties_give_their_country():
    evs = _events("AfD co-leaders Alice Weidel and Tino Chrupalla accused the outgoing government of trying to "
                  "criminalise the party.", "2025-05-05")
    ev = _with(evs, "accused")
    assert (ev.source_code or "").startswith("DEU"), _codes(evs)


def test_byline_with_two_time_stamps_is_chrome_and_the_dateline_is_read():
    text = ("Home > World > Asia\n\nSeoul and Tokyo sign a fisheries pact\n\n"
            "By Staff Reporters | Published June 2, 2025, 6:40 p.m. KST | Updated 7:15 p.m. KST\n\n"
            "SEOUL - South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba on Monday.")
    doc = full(text, published_at="2025-06-02")
    kinds = [(s.kind, text[s.start:s.end][:10]) for s in doc.segments]
    assert ("dateline", "SEOUL -") in kinds, kinds


def test_called_the_enemy_with_a_detached_b_is_a_criticism():
    evs = _events('ووصف الرئيس التركي إسرائيل في كلمته بـ"العدو"، محذرا من سياساتها.', "2025-09-16")
    ev = _with(evs, "وصف")
    assert ev.cameo == "111" and (ev.target_code or "").startswith("ISR"), _codes(evs)
