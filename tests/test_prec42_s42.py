"""Session 42 (PREC42): Arabic extra events of the in-sample gold, our own sentences.

1. An attack noun and the attack verb it is the subject of tell one act (`subject_act_ar`).
2. A background act noun that is the occasion of the sentence's act (`time_anchor_ar`, kinds after / occasion).
3. Guard of subject_act_ar for the GSR span gold.
4. A background act noun inside a short quotation is the speaker's word for an act (`quoted_label_ar`).
5. Data: exchange verbs and a meeting's purpose noun join the act noun's evidence (`relative_retelling_ar`).
6. A target-less headline act by a country is the body's act of that specific code (`events.merge_repeats`).
7. Data: a photo line credited to a page or an account is a caption (ingest patterns).
8. Data: the act noun after a stance or role noun is the stance's topic (`watched_act`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-05-01"):
    return list(_P(text, published_at=date).events)


def _codes(evs):
    return [(e.trigger, e.cameo, e.source_code, e.target_code) for e in evs]


def _violent(evs):
    return [e for e in evs if e.root in ("18", "19", "20")]


def test_verb_then_its_attack_noun_subject_is_one_act():
    evs = _events("استهدف قصف مدفعي تركي أمس قرية في محافظة دهوك بإقليم كردستان العراق.")
    hit = _violent(evs)
    assert len(hit) == 1 and hit[0].source_code.startswith("TUR"), _codes(evs)
    assert len(hit[0].also_spans) == 1, _codes(evs)   # the other word is its evidence


def test_attack_noun_then_its_relative_verb_is_one_act():
    evs = _events("قال مسؤول عراقي إن اللجنة شكلت أمس، غداة ضربة جوية أمريكية استهدفت قياديا في فصيل مسلح "
                  "وسط بغداد.")
    assert len(_violent(evs)) <= 1, _codes(evs)


def test_strike_that_killed_is_one_act():
    evs = _events("قتلت غارة إسرائيلية ثلاثة عناصر من حزب الله في جنوب لبنان أمس.")
    assert len(_violent(evs)) == 1, _codes(evs)


def test_two_verbs_with_their_own_subjects_stay_two():
    # guard: two attack verbs joined by و, each with its subject, are two acts
    evs = _events("قصفت الطائرات الحربية أمس مواقع المسلحين واستهدفت المدفعية مخازن أسلحتهم قرب الحدود.")
    assert len(_violent(evs)) == 2, _codes(evs)


# 2. A background act noun that is the occasion of the sentence's act (`time_anchor_ar`, kinds after / occasion).

def test_storming_after_ithr_is_the_occasion():
    evs = _events("وقطعت البحرين علاقاتها مع إيران مساء أمس، تضامنا مع الرياض التي قطعت علاقاتها مع طهران "
                  "الأسبوع الماضي إثر اقتحام سفارتها في العاصمة الإيرانية.")
    assert not [e for e in evs if "اقتحام" in e.trigger], _codes(evs)
    assert any(e.root == "16" for e in evs), _codes(evs)   # guard: the sentence's own act


def test_attacks_after_radan_ala_are_the_occasion():
    evs = _events('وقالت الخارجية الكويتية في بيان إن الحكومة قررت استدعاء سفيرها "فورا" ردا على الاعتداءات '
                  "التي تعرضت لها سفارتها في العاصمة.")
    assert not [e for e in evs if "الاعتداءات" in e.trigger], _codes(evs)


def test_meeting_after_aqib_is_the_occasion():
    evs = _events("وقال وزير الخارجية المصري في مؤتمر صحفي عقب اجتماع طارئ للجامعة العربية في القاهرة إن "
                  "الهجوم يهدد استقرار المنطقة.")
    assert not [e for e in evs if "اجتماع" in e.trigger], _codes(evs)


def test_attack_after_fi_is_no_occasion():
    # guard: the act a sentence reports, told by its noun after في, stays
    evs = _events("وقتل ثلاثة جنود أمس في هجوم بطائرة مسيرة على قاعدة عسكرية قرب كركوك.")
    assert _violent(evs), _codes(evs)


# 3. Guard of subject_act_ar for the GSR span gold.

def test_suicide_attacker_keeps_its_own_span():
    # guard (GSR span gold): "مهاجما انتحاريا فجر نفسه" keeps the suicide adjective's event beside the verb's
    evs = _events("وقال مسؤولون إن مهاجما انتحاريا فجر نفسه أمس خارج مقر شركة أمنية في المدينة.")
    assert len(_violent(evs)) == 2, _codes(evs)


# 4. A background act noun inside a short quotation is the speaker's word for an act (`quoted_label_ar`).

def test_quoted_attacks_condemned_are_a_label():
    evs = _events('فقد أدانت الحكومة الأردنية أمس "الاعتداءات الإسرائيلية السافرة" على سوريا، معتبرة أنها انتهاك '
                  "لسيادتها.")
    assert not [e for e in evs if "الاعتداءات" in e.trigger], _codes(evs)
    assert [e for e in evs if e.root == "11" and e.target_code == "ISR"], _codes(evs)   # guard: the condemnation


def test_what_he_called_an_attack_is_a_label():
    evs = _events('ودان مكتب رئيس الوزراء الإسرائيلي في بيان أمس ما سماه "الهجوم الإيراني على سفينة تجارية"، '
                  "واتهم طهران بالوقوف وراءه.")
    assert not [e for e in evs if "الهجوم" in e.trigger], _codes(evs)


def test_quoted_metaphoric_battle_is_no_event():
    evs = _events('وقال المتحدث باسم الجماعة إن احتجاز الناقلة يثبت جديتها في "معركة الممرات البحرية" مع خصومها.')
    assert not [e for e in evs if "معركة" in e.trigger], _codes(evs)


def test_quoted_current_operation_stays():
    # guard: a current act told in the speaker's quoted words is a report
    evs = _events('وقال الجيش في بيان أمس إن قواته "نفذت عملية عسكرية" ضد مواقع المسلحين شمال البلاد.')
    assert _violent(evs), _codes(evs)


# 5. Data: an exchange verb before its act noun and a purpose noun after a meeting noun tell that act
#    (cues_ar carry_light تبادل …, retell_light لبحث / لمناقشة; relative_retelling_ar).

def _also_words(text, ev):
    return [text[a:b] for a, b in ev.also_spans]


def test_exchange_verb_joins_the_shelling():
    text = "ويتبادل الجيش وقوات المعارضة القصف عبر خطوط التماس منذ مطلع الشهر."
    evs = [e for e in _events(text) if "القصف" in e.trigger]
    assert evs and all("ويتبادل" in _also_words(text, e) for e in evs), [(e.trigger, _also_words(text, e)) for e in evs]


def test_purpose_noun_joins_the_summit():
    text = "وأعلنت الجامعة العربية أنها ستعقد يوم الأحد المقبل قمة طارئة في القاهرة لبحث الأزمة في السودان."
    evs = [e for e in _events(text) if "قمة" in e.trigger]
    assert evs and "لبحث" in _also_words(text, evs[0]), [(e.trigger, _also_words(text, e)) for e in evs]


# 6. A target-less headline act by a country is the body's act of that code by that country with its target named
#    (events.merge_repeats, country level; a small change in a shared function).

def test_headline_offer_told_late_in_the_body_is_one_act():
    text = ("القمة العربية تدعو إلى التهدئة في الصومال وقطر تعرض الوساطة\n\n"
            "دعا القادة العرب في ختام قمتهم أمس جميع الأطراف في الصومال إلى وقف القتال. "
            "وأكد البيان الختامي دعم الحكومة الصومالية. وشدد القادة على وحدة الأراضي الصومالية. "
            "وطالبوا المجتمع الدولي بزيادة المساعدات الإنسانية. وأشار البيان إلى خطورة الأوضاع. "
            "وحذر الأمين العام من تدهور الأوضاع. ودعا إلى تنسيق الجهود. "
            "وعرض أمير قطر خلال الجلسة الختامية الوساطة بين الحكومة الصومالية وإقليم أرض الصومال.")
    offers = [e for e in _events(text) if e.cameo == "039"]
    assert len(offers) == 1 and offers[0].segment_kind == "body", [(e.trigger, e.segment_kind) for e in offers]


# 7. Data (ingest patterns caption_tail_photo): a photo line credited to a page or an account is a caption.

def test_photo_line_credited_to_a_page_is_a_caption():
    text = ("الرئيس الجزائري يستقبل وزير الخارجية الإيطالي\n\n"
            "استقبل الرئيس الجزائري أمس في قصر المرادية وزير الخارجية الإيطالي وبحث معه العلاقات الثنائية.\n\n"
            "الرئيس الجزائري يستقبل الوزير الإيطالي في مطار الجزائر (صفحة الرئاسة الجزائرية)\n\n"
            "وقال بيان للرئاسة إن الجانبين اتفقا على تعزيز التعاون في مجال الطاقة.")
    evs = _events(text)
    assert not [e for e in evs if "مطار" in text[e.sentence_start:e.sentence_end]], _codes(evs)
    assert any(e.segment_kind == "body" and e.root == "04" for e in evs), _codes(evs)   # guard: the lead's meeting


# 8. Data (watched_act kinds stance / stance_prep): the act noun after a stance or role noun and its preposition is
#    the stance's topic.

def test_stance_on_resignation_is_no_resignation():
    evs = _events('وقال رئيس الحكومة إنه سيعود إلى العاصمة الأسبوع المقبل، حيث "سيعلن موقفه" من الاستقالة.')
    assert not [e for e in evs if "الاستقالة" in e.trigger], _codes(evs)


def test_role_in_mediation_is_no_mediation():
    evs = _events('وأضاف المتحدث أن مسقط ستبقي دورها في الوساطة "قيد المراجعة" بعد الهجوم.')
    assert not [e for e in evs if "الوساطة" in e.trigger], _codes(evs)


def test_praised_role_of_a_named_mediator_stays():
    # guard: "بدور مصر في الوساطة": the mediator named between, the mediation told (background)
    evs = _events("وأشاد الوزير أمس بدور مصر في الوساطة بين الطرفين.")
    assert [e for e in evs if "الوساطة" in e.trigger], _codes(evs)
