"""Session 43 (lead): our own sentences.

1. عارض / يعارض is a rejection (120), as English "opposed the move" (manual_ar.tsv).
2. The party told by an Arabic telling verb (أبلغ، أخبر) is the target of the teller's reported act with no target of
   its own, and the telling verb is evidence of that act (told_party_ar).
3. A criticism of a definite decision noun ("ورفض … القرار") whose author the story named with the same noun before
   ("احتجاجا على قرار الحكومة") is aimed at that author, a bare government being the dateline country's
   (agreement_object._named_author).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2025-08-14"):
    return list(_P(text, published_at=date).events)


def _codes(evs):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in evs]


def _with(evs, word):
    got = [e for e in evs if word in e.trigger]
    assert got, _codes(evs)
    return got[0]


def test_opposes_in_reported_speech_is_a_rejection():
    ev = _with(_events("طهران (مرصد) - وقال مستشار المرشد الإيراني إن إيران تعارض نزع سلاح الحركة."), "تعارض")
    assert ev.cameo == "120" and ev.source_code == "IRN", _codes([ev])


def test_opposed_a_foreign_decision():
    ev = _with(_events("عمان (مرصد) - وعارض الأردن القرار الإسرائيلي بضم المستوطنات."), "عارض")
    assert ev.cameo == "120" and ev.source_code == "JOR" and ev.target_country == "ISR", _codes([ev])


def test_a_contradiction_is_no_opposition():
    evs = _events("القاهرة (مرصد) - وقال الخبير إن هذه الخطوة تتعارض مع القانون الدولي.")
    assert not [e for e in evs if "تعارض" in e.trigger], _codes(evs)


def test_the_party_told_is_the_target_of_the_reported_rejection():
    text = ("القاهرة (مرصد) - أبلغ وزير الخارجية المصري نظيره الإثيوبي أمس الأربعاء أن مصر ترفض أي إجراء أحادي "
            "على النهر.")
    ev = _with(_events(text), "ترفض")
    assert (ev.cameo, ev.source_code, ev.target_country) == ("120", "EGY", "ETH"), _codes([ev])
    assert ":tgt-told" in ev.rule
    cue = text.index("أبلغ")
    assert (cue, cue + len("أبلغ")) in ev.also_spans


def test_the_press_told_is_no_target():
    evs = _events("عمان (مرصد) - وأبلغ وزير الخارجية الأردني الصحفيين أن الأردن يرفض التهجير.")
    assert not [e for e in evs if ":tgt-told" in e.rule], _codes(evs)


def test_a_teller_of_the_same_country_as_the_addressee_gives_no_target():
    evs = _events("بيروت (مرصد) - وأبلغ الرئيس اللبناني رئيس الحكومة اللبنانية أن لبنان يرفض أي تدخل خارجي.")
    assert not [e for e in evs if ":tgt-told" in e.rule], _codes(evs)


def test_rejected_decision_is_aimed_at_the_author_named_with_it_before():
    text = ("بيروت (مرصد) - التقى الرئيس اللبناني أمس وزير الخارجية الإيراني في قصر بعبدا. وجاب مناصرون للحزب "
            "شوارع الضاحية ليلا احتجاجا على قرار الحكومة. ورفض الأمين العام لحزب الله القرار.")
    ev = _with(_events(text), "ورفض")
    assert ev.cameo == "120" and ev.target_code == "LBNGOV", _codes([ev])
    assert ":tgt-decision-named" in ev.rule


def test_decision_with_no_named_author_keeps_the_leads_source():
    text = ("واشنطن (مرصد) - أعلنت الإدارة الأمريكية أمس تعليق المساعدات العسكرية لكولومبيا. "
            "ورفضت الحكومة الكولومبية القرار.")
    ev = _with(_events(text), "ورفضت")
    assert ":tgt-decision-named" not in ev.rule, _codes([ev])


def test_together_with_aside_between_a_listed_subject_and_its_verb():
    text = ("PARIS (Reuters) - In a joint statement on Saturday, the leaders of France, Germany and Poland, together "
            "with the president of the European Commission, welcomed Washington's efforts to end the war.")
    srcs = {e.source_code for e in _events(text, "2025-08-16") if e.trigger == "welcomed"}
    assert {"FRA", "DEU", "POL"} <= srcs, srcs


def test_along_with_aside_keeps_the_subject_before_it():
    ev = _with(_events("PARIS (Reuters) - France, along with Germany, condemned the attack on the embassy in Kyiv.",
                       "2025-08-16"), "condemned")
    assert ev.source_code == "FRA", _codes([ev])


def test_speaker_of_said_after_a_quoted_word_and():
    text = ('WASHINGTON (Reuters) - Putin called the talks "useful" and said he hoped for peace, but he warned '
            'Kyiv against provocations.')
    ev = _with(_events(text, "2025-08-16"), "warned")
    assert ev.source_code == "RUSGOV" and ev.target_code == "UKRGOV", _codes([ev])


def test_congratulated_with_a_means_phrase_before_the_object():
    text = "بيروت (مرصد) - وهنأ المبعوث الأمريكي في منشور على منصة إكس الرئيس اللبناني جوزاف عون على القرار."
    ev = _with(_events(text), "هنأ")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("051", "USAGOV", "LBNGOV"), _codes([ev])


def test_here_is_no_congratulation():
    evs = _events("بيروت (مرصد) - وهنا في العاصمة اللبنانية قال الوزير إن الوضع هادئ.")
    assert not [e for e in evs if e.cameo == "051"], _codes(evs)


def test_surname_of_the_alias_as_written_names_the_person_back():
    text = "بيروت (مرصد) - وقال المبعوث الأمريكي توم براك إن القرار تاريخي. وهنأ براك رئيس الحكومة اللبنانية على القرار."
    ev = _with(_events(text), "هنأ")
    assert ev.source_code == "USAGOV" and ev.target_code == "LBNGOV", _codes([ev])


def test_joined_description_goes_on_with_the_speaker_not_a_word_of_the_judgement():
    text = ('بيروت (مرصد) - وأعلن حزب الله في بيان أمس أنه سيتعامل مع القرار "كأنه غير موجود"، ووصفه بأنه '
            '"خطيئة كبرى" تخدم مصلحة إسرائيل.')
    ev = _with(_events(text), "ووصفه")
    assert ev.cameo == "111" and ev.source_code == "LBNREB" and ev.target_code is None, _codes([ev])


def test_reported_assaults_with_a_nationality_are_that_countrys():
    ev = _with(_events("KYIV (Reuters) - Ukrainian officials reported Russian assaults near Pokrovsk in the east.",
                       "2025-08-16"), "assaults")
    assert ev.cameo == "190" and ev.source_code == "RUS", _codes([ev])


def test_two_leaders_agreed_with_the_speaker_after_the_verb():
    text = ("DUSHANBE (Reuters) - Tajik President Emomali Rahmon spoke by telephone with his Kyrgyz counterpart Sadyr "
            "Japarov on Monday, and the two leaders agreed to pull back troops from the area, Rahmon's office said.")
    pairs = {(e.source_country, e.target_country) for e in _events(text, "2025-08-18") if e.trigger == "agreed"}
    assert {("TJK", "KGZ"), ("KGZ", "TJK")} <= pairs, pairs


def test_a_share_bar_is_furniture_and_the_dateline_counts():
    from marsad.geo.locate import dateline_place
    text = ("Skip to content\nNews | World | Africa | Politics\n\nHome > World > Africa\n\nOpposition rejects the vote "
            "result\n\nBy our staff\nPublished November 3, 2025\n\nShare | Post | WhatsApp | Copy link\n\n"
            "DAR ES SALAAM, Nov 3 (Marsad) - The main opposition party rejected the election result on Monday.\n")
    doc = _P(text, published_at="2025-11-03")
    bar = next(s for s in doc.segments if doc.text[s.start:s.end].startswith("Share |"))
    assert bar.kind == "other"
    assert dateline_place(doc) is not None and dateline_place(doc).country == "TZA"


def test_a_presidents_surname_is_no_place():
    text = ("DAR ES SALAAM (Reuters) - Tanzanian President Samia Suluhu Hassan was sworn in on Monday. Hassan condemned "
            "the unrest in her speech.")
    doc = _P(text, published_at="2025-11-03")
    assert not [p for p in doc.places if p.text == "Hassan"], [(p.text, p.country) for p in doc.places]
    ev = _with(list(doc.events), "condemned")
    assert ev.source_code == "TZAGOV", _codes([ev])


def test_a_national_rights_group_is_its_countrys_ngo():
    ev = _with(_events("الرباط (مرصد) - ودانت الجمعية المغربية لحقوق الإنسان اعتقال المحتجين."), "ودانت")
    assert ev.source_code == "MARNGO", _codes([ev])


def test_a_national_assembly_is_the_legislature():
    ev = _with(_events("باريس (مرصد) - ورفضت الجمعية الوطنية الفرنسية مشروع القانون."), "ورفضت")
    assert ev.source_code == "FRALEG", _codes([ev])


def test_a_patron_after_a_loyalty_adjective_is_no_object():
    text = ("صنعاء (مرصد) - اقتحم مسلحون تابعون لجماعة الحوثي أمس الأحد مكاتب لوكالات تابعة للأمم المتحدة في "
            "العاصمة اليمنية صنعاء.")
    ev = _with(_events(text, "2025-09-01"), "اقتحم")
    assert ev.source_country == "YEM" and ev.target_code == "IGOUNO", _codes([ev])


def test_a_country_label_before_a_headline_colon_is_no_speaker():
    doc = _P("المغرب: مقتل ثلاثة محتجين برصاص الدرك في القليعة\n\nالرباط (مرصد) - قتل عناصر من الدرك ثلاثة أشخاص أمس.",
             published_at="2025-10-02")
    assert not [q for q in doc.quotes if q.cue == ":"], doc.quotes


def test_a_speaker_before_a_caption_colon_still_speaks():
    doc = _P("لافروف: هناك أمل في عودة العلاقات إلى طبيعتها", published_at="2022-12-02")
    assert [q for q in doc.quotes if q.cue == ":"], doc.quotes


def test_shops_are_no_iranian_town():
    doc = _P("الرباط (مرصد) - وأحرق محتجون سيارات ومحلات تجارية في إنزكان مساء الثلاثاء.", published_at="2025-10-02")
    assert not [p for p in doc.places if p.country == "IRN"], [(p.text, p.country) for p in doc.places]


def test_announced_readiness_for_dialogue():
    ev = _with(_events("بغداد (مرصد) - وأبدت طهران استعدادها للتفاوض مع واشنطن."), "استعدادها")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("036", "IRNGOV", "USAGOV"), _codes([ev])


def test_an_erupting_protest_has_its_verb_as_evidence():
    doc = _P("NAIROBI (Reuters) - Protests erupted in the capital on Tuesday after the vote.", published_at="2025-11-05")
    ev = _with(list(doc.events), "Protests")
    assert [doc.text[a:b] for a, b in ev.also_spans] == ["erupted"], ev.also_spans


def test_a_protest_noun_before_another_verb_keeps_no_extra_evidence():
    doc = _P("NAIROBI (Reuters) - Protests spread to three cities on Tuesday after the vote.", published_at="2025-11-05")
    assert all(not e.also_spans for e in doc.events if e.trigger == "Protests"), [(e.trigger, e.also_spans)
                                                                               for e in doc.events]


def test_a_stamp_updated_hours_ago_is_chrome():
    from marsad.geo.locate import dateline_place
    text = ("World > Americas > Peru\n\nCongress removes the president after a crime wave\n\nBy Marsad staff\n"
            "Published October 22, 2025 7:40 AM GMT-5 | Updated 2 hours ago\n\n"
            "LIMA, Oct 22 (Marsad) - Peru's Congress voted to remove the president on Friday.\n")
    doc = _P(text, published_at="2025-10-22")
    stamp = next(s for s in doc.segments if doc.text[s.start:s.end].startswith("Published"))
    assert stamp.kind != "body"
    assert dateline_place(doc) is not None and dateline_place(doc).country == "PER"


def test_an_envoys_post_between_the_title_and_the_name():
    text = ("بغداد (مرصد) - وقال المبعوث الأميركي الخاص إلى العراق مارك سافايا إن بلاده ستعمل مع الحكومة. "
            "وطالب سافايا القادة العراقيين بالإسراع في تشكيل الحكومة.")
    ev = _with(_events(text, "2025-11-13"), "وطالب")
    assert ev.source_code == "USAGOV", _codes([ev])


def test_a_vow_of_retribution_is_a_threat():
    ev = _with(_events("صنعاء (مرصد) - وتعهد زعيم الحوثيين بالثأر لمقتل رئيس الحكومة.", "2025-09-01"), "وتعهد")
    assert ev.cameo == "130" and ev.source_code == "YEMREB", _codes([ev])


def test_forming_an_inquiry_committee_is_an_investigation():
    ev = _with(_events("دمشق (مرصد) - وشكل الرئيس السوري أحمد الشرع الأحد لجنة تحقيق في أحداث الساحل.", "2025-03-11"),
               "وشكل")
    assert ev.cameo == "090" and ev.source_code == "SYRGOV", _codes([ev])


def test_forming_a_government_is_no_investigation():
    evs = _events("بغداد (مرصد) - وأعلن رئيس الوزراء تشكيل حكومة جديدة.")
    assert not [e for e in evs if e.root == "09"], _codes(evs)


def test_a_revoked_visa_is_a_sanction_on_its_holder():
    ev = _with(_events("BOGOTA (Reuters) - The United States revoked the visa of Colombian President Gustavo Petro on "
                       "Friday.", "2025-09-27"), "revoked")
    assert (ev.cameo, ev.source_country, ev.target_code) == ("163", "USA", "COLGOV"), _codes([ev])


def test_boycotting_parliaments_sessions():
    ev = _with(_events("الرباط (مرصد) - وقاطعت أحزاب المعارضة جلسات البرلمان أمس.", "2025-11-13"), "وقاطعت")
    assert ev.cameo == "163" and ev.source_country == "MAR", _codes([ev])


def test_interrupting_a_speaker_is_no_boycott():
    evs = _events("القاهرة (مرصد) - وقاطع الوزير المتحدث أثناء كلمته.", "2025-11-13")
    assert not [e for e in evs if e.root == "16"], _codes(evs)


def test_filing_an_appeal_against_results_is_a_complaint():
    ev = _with(_events("بغداد (مرصد) - وقدم حزب التقدم طعنا في نتائج الانتخابات أمام المحكمة الاتحادية.", "2025-11-13"),
               "وقدم")
    assert ev.cameo == "114", _codes([ev])


def test_a_speech_setting_aside_before_the_appeals_object():
    text = ("بغداد (مرصد) - ودعا رئيس الوزراء محمد شياع السوداني، في كلمة متلفزة مساء أمس، القوى السياسية إلى احترام "
            "إرادة الناخبين.")
    ev = _with(_events(text, "2025-11-13"), "ودعا")
    assert ev.root == "02" and ev.source_code == "IRQGOV", _codes([ev])


def test_a_statement_as_subject_still_accuses():
    text = "الرباط (مرصد) - كما اتهم البيان السلطات الألمانية بالتواطؤ مع مدان سابق."
    ev = _with(_events(text, "2021-05-07"), "اتهم")
    assert ev.target_code == "DEUGOV", _codes([ev])


def test_a_second_title_joined_by_and_with_its_name_is_the_subjects_own():
    text = ("بغداد (مرصد) - من جهته، هنأ الممثل الخاص للأمين العام للأمم المتحدة ورئيس بعثة يونامي محمد الحسان "
            "العراقيين أمس على إجراء الانتخابات.")
    ev = _with(_events(text, "2025-11-13"), "هنأ")
    assert ev.source_code == "IGOUNO" and ev.target_country == "IRQ", _codes([ev])


def test_a_pronoun_subject_after_a_fronted_phrase():
    text = ("BOGOTA (Reuters) - Colombian President Gustavo Petro criticised the strikes in the region on Monday. In his "
            "speech to the General Assembly on Tuesday, he condemned them as the killing of poor young men.")
    ev = _with(_events(text, "2025-09-27"), "condemned")
    assert ev.source_code == "COLGOV" and ":src-pronoun" in ev.rule, _codes([ev])


def test_an_arabic_share_bar_is_furniture():
    text = ("الدعم السريع تسيطر على المدينة\n\nالخرطوم - وكالات\n\nمشاركة: فيسبوك | إكس | واتساب | نسخ الرابط\n\n"
            "سيطرت قوات الدعم السريع يوم الأحد على المدينة.\n")
    doc = _P(text, published_at="2025-10-30")
    bar = next(s for s in doc.segments if doc.text[s.start:s.end].startswith("مشاركة"))
    assert bar.kind == "other", bar.kind
