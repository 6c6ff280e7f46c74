"""Session 44 (lead): our own sentences.

1. "he" in a clause after "after / when …" whose main subject is a country or a body is the one person named
   between the main verb and the pronoun ("The United States revoked the visa of President X after he urged …").
2. A named person opening a sentence is an antecedent of "he" in the next ones even where that sentence's verb codes
   no event ("X has been the fiercest critic of …  In his speech …, he condemned …").
3. A verb joined by "and" to a verb whose pronoun subject was resolved has that subject too ("he condemned … and
   demanded …").
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


def test_after_he_is_the_person_named_after_the_main_verb():
    evs = _events("WASHINGTON, Aug 14 - The United States suspended the visa of Brazilian President Luiz Inacio "
                  "Lula da Silva on Wednesday after he urged American voters to reject the tariffs.")
    ev = _with(evs, "urged")
    assert (ev.source_code or "").startswith("BRA"), _codes(evs)


def test_after_he_with_a_person_subject_stays_the_subject():
    evs = _events("PARIS, Aug 14 - French President Emmanuel Macron criticised Brazilian President Luiz Inacio Lula "
                  "da Silva on Wednesday, hours after he met Italian Prime Minister Giorgia Meloni in Rome.")
    ev = _with(evs, "met")
    assert (ev.source_code or "").startswith("FRA"), _codes(evs)


def test_after_he_with_two_people_between_is_left_alone():
    evs = _events("WASHINGTON, Aug 14 - The United States sanctioned Brazilian President Luiz Inacio Lula da Silva "
                  "and Argentine President Javier Milei on Wednesday after he urged voters to reject the tariffs.")
    ev = _with(evs, "urged")
    assert not (ev.source_code or "").startswith(("BRA", "ARG")), _codes(evs)


_CRITIC = ("BRASILIA, Aug 14 - Brazilian President Luiz Inacio Lula da Silva travelled to New York on Monday.\n\n"
           "Lula has been the fiercest critic of the tariffs in the region. In his address to the General Assembly "
           "on Tuesday, he condemned the tariffs as blackmail and demanded talks with the European Union.")


def test_sentence_opening_person_is_the_antecedent_of_he():
    ev = _with(_events(_CRITIC), "condemned")
    assert (ev.source_code or "").startswith("BRA"), _codes([ev])


def test_verb_joined_to_a_resolved_pronoun_shares_its_subject():
    ev = _with(_events(_CRITIC), "demanded")
    assert (ev.source_code or "").startswith("BRA"), _codes([ev])


def test_joined_verb_with_its_own_subject_keeps_it():
    evs = _events(_CRITIC.replace("and demanded talks", "and Argentina demanded talks"))
    ev = _with(evs, "demanded")
    assert not (ev.source_code or "").startswith("BRA"), _codes(evs)


def test_burning_own_weapons_is_demobilisation_ar():
    ev = _with(_events("السليمانية (مرصد) - أحرق نحو عشرين مقاتلا من الحزب أسلحتهم أمس الجمعة."), "أحرق")
    assert ev.cameo == "0873", _codes([ev])


def test_laying_down_arms_is_demobilisation_ar():
    ev = _with(_events("الخرطوم (مرصد) - وألقى المتمردون السلاح في الجبال بعد اتفاق السلام."), "وألقى")
    assert ev.cameo == "0873", _codes([ev])


def test_burning_cars_stays_property_destruction_ar():
    ev = _with(_events("الرباط (مرصد) - أحرق محتجون سيارات الشرطة في وسط المدينة."), "أحرق")
    assert ev.cameo != "0873", _codes([ev])


def test_turkish_parties_ar():
    evs = _events("أنقرة (مرصد) - وانتقد حزب الجيد المعارض قرار الحكومة، فيما أشاد حزب الحركة القومية بالخطوة.")
    assert _with(evs, "وانتقد").source_code == "TUROPP", _codes(evs)
    assert _with(evs, "أشاد").source_code == "TURPTY", _codes(evs)


def test_justice_and_development_party_by_country_of_the_story():
    tr = _with(_events("أنقرة (مرصد) - وانتقد حزب العدالة والتنمية الحاكم قرار المحكمة الأوروبية."), "وانتقد")
    ma = _with(_events("الرباط (مرصد) - وانتقد حزب العدالة والتنمية قرار الحكومة المغربية رفع الأسعار."), "وانتقد")
    assert (tr.source_code or "").startswith("TUR") and (ma.source_code or "").startswith("MAR"), _codes([tr, ma])


def test_its_opening_a_coordinate_clause_is_the_first_subject():
    evs = _events("TOKYO, Nov 19 - China summoned Japan's ambassador on Thursday, and its foreign ministry accused "
                  "Tokyo of meddling in China's internal affairs.", "2025-11-19")
    assert _with(evs, "accused").source_code == "CHNGOV", _codes(evs)


def test_its_after_an_object_control_verb_stays_the_object():
    evs = _events("CAIRO, Nov 19 - Egypt urged Israel to withdraw its troops from the Philadelphi corridor.",
                  "2025-11-19")
    ev = _with(evs, "withdraw")
    assert (ev.source_code or "").startswith("ISR"), _codes(evs)


def test_diplomats_from_the_two_countries_met():
    evs = _events("TOKYO, Nov 19 - China summoned Japan's ambassador on Thursday. Senior diplomats from the two "
                  "countries met in Beijing on Tuesday without result.", "2025-11-19")
    met = {(e.source_country, e.target_country) for e in evs if e.trigger == "met"}
    assert met == {("CHN", "JPN"), ("JPN", "CHN")}, _codes(evs)


def test_article_less_head_of_apposition_gives_the_body():
    evs = _events("TOKYO, Nov 19 - Kenta Morishima, head of the Japanese foreign ministry's Asia Bureau, urged "
                  "Beijing to lift its ban on seafood imports.", "2025-11-19")
    assert (_with(evs, "urged").source_code or "").startswith("JPN"), _codes(evs)


def test_article_less_adviser_to_apposition():
    evs = _events("KHARTOUM, Nov 19 - Osman Hamid, adviser to the Sudanese army chief, accused the Rapid Support "
                  "Forces of shelling the city.", "2025-11-19")
    assert (_with(evs, "accused").source_code or "").startswith("SDN"), _codes(evs)


def test_a_nationality_inside_the_trigger_is_the_target():
    evs = _events("WARSAW, Sept 11 - Nineteen drones violated Polish airspace early on Wednesday during a Russian "
                  "attack on western Ukraine, the military said.", "2025-09-11")
    ev = _with(evs, "violated")
    assert ev.target_country == "POL", _codes(evs)


def test_a_name_right_after_its_title_is_no_object_ar():
    evs = _events("أربيل (مرصد) - وفي أربيل، رحب رئيس إقليم كردستان نيجيرفان بارزاني بالخطوة ووصفها بأنها تاريخية.")
    ev = _with(evs, "رحب")
    assert ev.source_code == "IRQGOV" and ev.target_code != "IRQGOV", _codes(evs)


def test_congratulated_him_with_the_antecedent_in_the_same_sentence_ar():
    evs = _events("تونس (مرصد) - ولقي فوز الرئيس التونسي قيس سعيد بولاية ثانية ترحيبا عربيا، إذ هنأه الرئيس الجزائري "
                  "عبد المجيد تبون في برقية.", "2024-10-08")
    ev = _with(evs, "هنأه")
    assert ev.cameo == "051" and ev.source_code == "DZAGOV" and ev.target_country == "TUN", _codes(evs)


def test_sinking_a_ship_is_military_force_ar():
    evs = _events("صنعاء (مرصد) - أغرقت جماعة الحوثي أمس الأربعاء سفينة الشحن التي ترفع علم ليبيريا.", "2025-07-10")
    ev = _with(evs, "أغرقت")
    assert ev.cameo == "190" and (ev.source_code or "").startswith("YEM"), _codes([ev])


def test_a_flood_is_no_attack_ar():
    evs = _events("القاهرة (مرصد) - وأغرقت السيول القرى في جنوب البلاد.", "2025-07-10")
    assert not any(e.trigger.startswith("وأغرقت") for e in evs), _codes(evs)


def test_guinea_bissau_people_are_not_guinean():
    evs = _events("BISSAU, Nov 28 - The opposition PAIGC said its leader, Domingos Simoes Pereira, had been arrested. "
                  "Fernando Dias accused President Umaro Sissoco Embalo of staging the takeover.", "2025-11-20")
    acc = _with(evs, "accused")
    assert acc.source_code == "GNBOPP" and acc.target_code == "GNBGOV", _codes(evs)


def test_expressed_reservations_is_disapproval_ar():
    evs = _events("القدس (مرصد) - في المقابل، أبدت إسرائيل تحفظات على الانفتاح الأمريكي على الحكومة السورية الجديدة. "
                  "وأعرب الأردن عن تحفظه على القرار.", "2025-05-14")
    assert _with(evs, "أبدت").cameo == "110" and _with(evs, "وأعرب").cameo == "110", _codes(evs)


def test_demanded_him_is_the_first_verbs_object_not_the_content_ar():
    evs = _events("دمشق (مرصد) - وقالت المتحدثة إن الرئيس الأمريكي حث الرئيس السوري أحمد الشرع خلال اللقاء على "
                  "الانضمام إلى الاتفاقات، وطالبه بترحيل المقاتلين الأجانب من سوريا.", "2025-05-14")
    ev = _with(evs, "وطالبه")
    assert ev.target_code == "SYRGOV", _codes(evs)


def test_verb_after_and_takes_the_opening_subject_when_the_first_verb_codes_nothing():
    evs = _events("JAKARTA, Aug 31 - Indonesian President Prabowo Subianto on Sunday scrapped the housing perks of "
                  "lawmakers, including an allowance that set off a week of protests, and accused rioters of treason.",
                  "2025-08-31")
    ev = _with(evs, "accused")
    assert (ev.source_code or "").startswith("IDN"), _codes(evs)


def test_verb_after_and_in_reported_speech_keeps_no_opening_subject():
    evs = _events("BRUSSELS, Aug 31 - The European Union said Iran must halt enrichment and accused Tehran of "
                  "stalling.", "2025-08-31")
    ev = _with(evs, "accused")
    assert not (ev.source_code or "").startswith("IGO"), _codes(evs)


def test_fact_finding_committee_is_an_investigation_ar():
    evs = _events("دمشق (مرصد) - أعلن الرئيس السوري أحمد الشرع تشكيل لجنة وطنية مستقلة لتقصي الحقائق في أحداث الساحل.",
                  "2025-03-10")
    assert any(e.cameo == "090" for e in evs), _codes(evs)


def test_issued_prison_sentences_takes_the_court_as_source_ar():
    text = ("تونس - 24 أبريل (مرصد) - أصدرت الدائرة الجنائية في المحكمة الابتدائية بتونس فجر السبت الماضي "
            "أحكاما بالسجن تصل إلى 66 عاما بحق نحو أربعين متهما.")
    evs = _events(text, "2025-04-24")
    ev = _with(evs, "أحكاما")
    assert ev.cameo == "173" and ev.source_code == "TUNJUD", _codes(evs)
    verb = text.index("أصدرت")
    assert (verb, verb + len("أصدرت")) in ev.also_spans, ev.also_spans   # the issuing verb is its evidence


def test_its_fighters_are_the_group_that_opened_the_sentence_before():
    evs = _events("BAMAKO, Oct 30 - Jama'at Nusrat al-Islam wal-Muslimin (JNIM) declared the blockade in early "
                  "September. Its fighters have since attacked dozens of tanker convoys on the main roads.",
                  "2025-10-30")
    ev = _with(evs, "attacked")
    assert (ev.source_code or "").startswith("IMG"), _codes(evs)


def test_announced_deaths_keep_no_announcer_source_ar():
    evs = _events("كابل (مرصد) - أعلن الجيش الأفغاني مقتل خمسة من عناصر طالبان في غارة جوية أمس.", "2025-10-30")
    ev = _with(evs, "مقتل")
    assert ":src-announcer" not in ev.rule, _codes(evs)


def test_a_travel_warning_against_a_country():
    evs = _events("TOKYO, Nov 19 - On Friday Beijing warned its citizens against travel to Japan, citing risks to "
                  "their safety.", "2025-11-19")
    ev = _with(evs, "warned")
    assert ev.cameo == "163" and ev.target_country == "JPN", _codes(evs)
    assert not any(e.trigger == "travel" for e in evs), _codes(evs)


def test_a_warning_of_force_stays_a_threat():
    evs = _events("TOKYO, Nov 19 - China's defence ministry warned that Japan would suffer a crushing defeat if it "
                  "intervened militarily.", "2025-11-19")
    assert _with(evs, "warned").cameo[:2] == "13", _codes(evs)


def test_him_after_the_verb_beats_a_later_phrase_target():
    evs = _events("MANILA, March 12 - Former Philippine president Rodrigo Duterte landed in the Netherlands on "
                  "Wednesday, a day after police arrested him at the airport on a warrant from the International "
                  "Criminal Court.", "2025-03-12")
    ev = _with(evs, "arrested")
    assert ev.target_country == "PHL", _codes(evs)


def test_the_numeral_twelve_is_no_praise_ar():
    evs = _events("الجزائر (مرصد) - وقررت الجزائر طرد اثني عشر موظفا في السفارة الفرنسية، ردا على توقيف موظف قنصلي.",
                  "2025-04-16")
    assert not any(e.cameo == "051" for e in evs), _codes(evs)


def test_praised_still_a_verb_with_its_subject_ar():
    evs = _events("القاهرة (مرصد) - وأثنى وزير الخارجية المصري على دور قطر في الوساطة. وأثنت فرنسا على الاتفاق.",
                  "2025-04-16")
    assert [e.cameo for e in evs if e.trigger.startswith(("وأثنى", "وأثنت"))] == ["051", "051"], _codes(evs)


def test_the_clitic_re_is_no_event():
    evs = _events("WASHINGTON, Aug 9 - \"We fought for decades, and now we're neighbours at peace,\" the president "
                  "said.", "2025-08-09")
    assert not any(e.trigger.lower() == "re" for e in evs), _codes(evs)


def test_summoned_on_saturday_the_ambassador_is_the_object_ar():
    evs = _events("الجزائر (مرصد) - واحتجت الجزائر بشدة على توقيف موظفها، واستدعت السبت السفير الفرنسي، وطالبت "
                  "بالإفراج الفوري عنه.", "2025-04-16")
    ev = _with(evs, "واستدعت")
    assert ev.source_code == "DZA" and ev.target_code == "FRAGOV", _codes(evs)


def test_initialled_a_treaty_text_is_a_signing():
    evs = _events("WASHINGTON, Aug 9 - The foreign ministers of Armenia and Azerbaijan initialled the text of a peace "
                  "treaty on Friday. The initial talks were held in Abu Dhabi.", "2025-08-09")
    assert {(e.cameo, e.source_country, e.target_country) for e in evs if e.trigger.startswith("initialled")} \
        == {("057", "ARM", "AZE"), ("057", "AZE", "ARM")}, _codes(evs)
    assert not any(e.trigger.lower().startswith("initial ") or e.trigger == "initial" for e in evs), _codes(evs)


def test_legislators_and_protest_organisers_are_roles():
    evs = _events("LIMA, Oct 10 - Peruvian legislators removed President Dina Boluarte by 122 votes to none, accusing "
                  "her of failing to stop a surge of crime. Protest organisers threatened to return to the streets.",
                  "2025-10-10")
    assert _with(evs, "removed").source_code == "PERLEG", _codes(evs)
    assert (_with(evs, "threatened").source_code or "").endswith("CVL"), _codes(evs)


def test_current_leaders_named_alone():
    evs = _events("JAKARTA, Aug 31 - Prabowo on Saturday cancelled a trip to China to oversee the situation at home.",
                  "2025-08-31")
    assert (_with(evs, "cancelled").source_code or "").startswith("IDN"), _codes(evs)
    evs = _events("BANGKOK, Aug 29 - Deputy Prime Minister Phumtham Wechayachai called for calm, and Anutin "
                  "Charnvirakul held talks with other parties.", "2025-08-29")
    assert (_with(evs, "called").source_code or "").startswith("THA"), _codes(evs)


def test_among_them_is_an_aside_and_church_leaders_a_role():
    evs = _events("NAIROBI, July 9 - Opposition leaders, among them former deputy president Rigathi Gachagua and "
                  "Kalonzo Musyoka, condemned the order. Church leaders also condemned the killings.", "2025-07-09")
    first, second = [e for e in evs if e.trigger == "condemned"][:2]
    assert (first.source_code or "").endswith("OPP") and (second.source_code or "").endswith("REL"), _codes(evs)


def test_plural_joined_verb_takes_the_crowd_of_a_non_event_verb_ar():
    evs = _events("طرابلس (مرصد) - وردد المحتجون هتافات ضد الحكومة، وطالبوا بإجراء انتخابات عامة.", "2025-05-17")
    ev = _with(evs, "وطالبوا")
    assert (ev.source_code or "").endswith("CVL"), _codes(evs)


def test_plural_joined_verb_with_another_actor_between_is_left_ar():
    evs = _events("طرابلس (مرصد) - وردد المحتجون هتافات، فيما قال وزير الداخلية الليبي إن المسلحين انسحبوا، وطالبوا "
                  "بإجراء انتخابات.", "2025-05-17")
    ev = _with(evs, "وطالبوا")
    assert not (ev.source_code or "").endswith("CVL"), _codes(evs)


def test_lowering_tariffs_and_pausing_fees_ease_sanctions():
    evs = _events("BUSAN, Oct 30 - Trump told reporters he was lowering the fentanyl-related tariff on Chinese goods. "
                  "Beijing paused the port fees on American ships.", "2025-10-30")
    assert _with(evs, "lowering").cameo == "085" and _with(evs, "paused").cameo == "085", _codes(evs)


def test_a_pause_in_fighting_is_no_eased_sanction():
    evs = _events("KHARTOUM, Oct 30 - The army announced a pause in the fighting around the city.", "2025-10-30")
    assert not any(e.cameo == "085" for e in evs), _codes(evs)


def test_member_with_a_post_before_in_body_ar():
    evs = _events("بيروت (مرصد) - في المقابل، توعد نائب رئيس المجلس السياسي في حزب الله محمود قماطي مساء أمس بالرد.",
                  "2025-11-24")
    assert (_with(evs, "توعد").source_code or "").startswith("LBN"), _codes(evs)


def test_investigators_arrested_an_impeached_president():
    evs = _events("SEOUL, Jan 15 - South Korean investigators arrested impeached President Yoon Suk Yeol at his "
                  "residence on Wednesday. The National Assembly impeached Yoon on Dec. 14.", "2025-01-15")
    assert (_with(evs, "arrested").source_code or "").startswith("KOR"), _codes(evs)
    assert [e.date for e in evs if e.trigger == "impeached"] == ["2024-12-14"], _codes(evs)


def test_singular_joined_verb_takes_the_opening_subject_ar():
    evs = _events("القاهرة (مرصد) - من جانبه، وصف المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي الاتفاق "
                  "بأنه خطوة في الاتجاه الصحيح، وأشاد بالدور الذي أدته مصر في تقريب وجهات النظر.", "2025-09-10")
    assert (_with(evs, "وأشاد").source_code or "").startswith("IGO"), _codes(evs)


def test_youths_are_a_crowd_role():
    evs = _events("NAIROBI, July 9 - Groups of youths looted shops and set vehicles on fire in several towns.",
                  "2025-07-09")
    assert evs and all((e.source_code or "").endswith("CVL") for e in evs), _codes(evs)


def test_fighters_looting_stays_a_seizure():
    evs = _events("GOMA, July 9 - Fighters looted shops in the town.", "2025-07-09")
    assert _with(evs, "looted").cameo == "171", _codes(evs)


def test_scrapping_the_perks_protested_is_yielding():
    evs = _events("JAKARTA, Aug 31 - The president on Sunday scrapped lawmakers' perks, including a housing allowance "
                  "that set off a week of protests.", "2025-08-31")
    assert _with(evs, "scrapped").cameo == "083", _codes(evs)


def test_any_object_is_a_thing():
    evs = _events("WARSAW, Sept 11 - The defence minister warned that any object that threatened Polish territory "
                  "would be shot down.", "2025-09-11")
    assert not any(e.trigger == "object" for e in evs), _codes(evs)
