"""Session 46 (helper gapar46): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. A three-letter surname of a coded person named in full before it is that person as the VSO subject right after a
   joined verb ("… جوزاف عون …  وأجرى عون اتصالا …": ``actors._short_surname_tokens_ar``); the Lebanese spelling
   جوزاف of Joseph Aoun (people.tsv); elsewhere the short word stays a word.
2. A one-word Arabic name the lexicon gives another person is the surname of the person named in full before it
   ("توم باراك … ورحب باراك"), and a name whose first letter is ب is no ب-object (cues_ar b_stem).
3. A speaker head in ات (قوات، السلطات) takes a feminine verb in the next sentence's elided subject
   (``elided_subject_ar._feminine_head``); a sentence opened by a discourse opener and a comma ("في المقابل، اتهم X
   …") hands its subject on as a joined verb's does (``elided_subject_ar._after_opener``).
4. A deed noun with its doer in a relative clause whose verb carries the object pronoun ("بالدور الذي أدته تركيا"،
   "الجهود التي تبذلها الجزائر") names the comment's target (``decided_act_ar.tsv``).
5. A nationality object after a comma aside ("، في بيان صدر مساء أمس،"، "، عبر المتحدث باسمه،") or after an
   escalation head ("تصعيد الهجمات الروسية") is still read (``events._after_comma_aside``, ``_act_heads``).
6. A final statement's issuer is found in a sentence naming the summit with an owner's pronoun ("في ختام قمتهم")
   (``statement_subject._statement_form``).
7. A condemned assassination noun after a time word, and an interception / detention noun naming the root-17 act
   told before (``condemned_act``, kinds act / seizure); an Arabic welcome (051) of a told strike names the striker
   as the condemnation does.
8. A readiness shown for dialogue ("وأبدى الرئيس استعداده لمواصلة الحوار", the dialogue noun within five words) is 036
   (manual_ar.tsv), and أبدى announces it (announced_act.tsv); a talks noun (المفاوضات) codes itself as intent.
9. A joined verb carrying its object pronoun and followed by a ب / ل noun ("، واتهمها بالفشل في منع حزب الله …")
   takes no actor inside that phrase as its subject (``events._pronoun_object_pp``).
10. "The two sides" after a welcome of an agreement in the same sentence ("رحب … بالاتفاق، وحث الطرفين على …") are the
   parties of the nearest earlier signing, however far back (``conflict_sides._pair_of``).
11. لدى after a home body that keeps no post abroad (الحكومة، الوزارة، الخارجية: cue ``postless_body``) names the
   addressee, not a host: "احتجت الحكومة السودانية لدى بريطانيا" is two actors (``actors._postless_body``).
"""
from test_gapen34_s34 import _dump, _with

_BEIRUT = "بيروت - 5 مايو (مرصد) - "


# ----------------------------------------------------------------------------- 1 a short surname after a joined verb
def test_a_three_letter_surname_after_a_joined_verb_is_the_person():
    got, evs = _with(_BEIRUT + "ورحب الرئيس اللبناني جوزاف عون بالقرار الدولي الجديد. "
                     "وأجرى عون مساء أمس اتصالا هاتفيا بالرئيس الفرنسي.", "اتصالا", "2025-05-05")
    assert got and {e.source_country for e in got} == {"LBN", "FRA"}, _dump(evs)


def test_the_jozaf_spelling_is_joseph_aoun():
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)(_BEIRUT + "ورحب الرئيس اللبناني جوزاف عون بالقرار الدولي الجديد.",
                                 published_at="2025-05-05")
    assert any(a.entity_id == "P.joseph_aoun" for a in doc.actors), [(a.code, a.entity_id) for a in doc.actors]


def test_a_short_surname_word_elsewhere_stays_a_word():
    # guard: "بعون" / "العون" are no mention of the president
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)(_BEIRUT + "ورحب الرئيس اللبناني جوزاف عون بالقرار الدولي الجديد. "
                                 "وطالبت المنظمة بتقديم العون للنازحين.", published_at="2025-05-05")
    spans = [doc.text[s:e] for a in doc.actors for s, e in a.spans]
    assert "العون" not in spans and spans.count("عون") == 0, spans


# ----------------------------------------------------------------------------- 2 a surname the lexicon gives another
def test_a_surname_of_the_envoy_named_before_is_the_envoy():
    got, evs = _with("دمشق - 8 أكتوبر (مرصد) - وصل المبعوث الأميركي الخاص إلى سوريا توم باراك إلى دمشق أمس. "
                     "ورحب باراك بوقف إطلاق النار في الحيين.", "ورحب", "2025-10-08")
    assert got and got[0].source_code == "USAGOV", _dump(evs)


# ----------------------------------------------------------------------------- 3 elided subjects
def test_a_forces_speaker_goes_on_with_a_feminine_verb():
    got, evs = _with("الخرطوم - 5 مايو (مرصد) - وقالت قوات الدعم السريع في بيان إنها سيطرت على البلدة بعد معارك "
                     "عنيفة. واتهمت الجيش بقصف الأحياء السكنية.", "واتهمت", "2025-05-05")
    assert got and got[0].source_code == "SDNREB" and got[0].target_code == "SDNMIL", _dump(evs)


def test_a_subject_after_a_discourse_opener_goes_on():
    got, evs = _with("أديس أبابا - 5 مايو (مرصد) - في المقابل، اتهم المتحدث باسم الخارجية الإثيوبية الجيش السوداني "
                     "بالتوغل في أراض إثيوبية. وطالب الخرطوم بسحب قواتها من المنطقة.", "وطالب", "2025-05-05")
    assert got and got[0].source_country == "ETH" and got[0].target_country == "SDN", _dump(evs)


# ----------------------------------------------------------------------------- 4 a deed noun's doer
def test_a_role_played_by_a_country_is_the_praise_target():
    got, evs = _with("عمان - 5 مايو (مرصد) - وأشاد وزير الخارجية الأردني بالدور الذي أدته تركيا في الوساطة بين "
                     "الطرفين.", "وأشاد", "2025-05-05")
    assert got and got[0].target_country == "TUR", _dump(evs)


def test_efforts_made_by_a_country_are_the_praise_target():
    got, evs = _with("تونس - 5 مايو (مرصد) - وثمن الرئيس التونسي الجهود التي تبذلها الجزائر لحل الأزمة الليبية.",
                     "وثمن", "2025-05-05")
    assert got and got[0].target_country == "DZA", _dump(evs)


# ----------------------------------------------------------------------------- 5 a nationality object past an aside
def test_a_nationality_object_after_a_comma_aside():
    got, evs = _with("القاهرة - 5 مايو (مرصد) - ودان الرئيس التونسي، في بيان صدر مساء أمس، الغارات الأمريكية على "
                     "مدينة الحديدة.", "ودان", "2025-05-05")
    assert got and got[0].target_country == "USA", _dump(evs)


def test_a_nationality_object_after_an_escalation_head():
    got, evs = _with("القاهرة - 5 مايو (مرصد) - ودان وزير الخارجية المصري، عبر المتحدث باسمه، تصعيد الهجمات الروسية "
                     "على كييف.", "ودان", "2025-05-05")
    assert got and got[0].target_country == "RUS", _dump(evs)


def test_a_rejection_of_continued_operations_names_their_nation():
    got, evs = _with("عمان - 5 مايو (مرصد) - ورفض الوزير الأردني استمرار العمليات الإسرائيلية في جنين.", "ورفض",
                     "2025-05-05")
    assert got and got[0].target_country == "ISR", _dump(evs)


# ----------------------------------------------------------------------------- 6 a final statement's issuer
def test_a_final_statement_after_the_summit_lead_is_the_leaders():
    text = ("الرياض - 5 مايو (مرصد) - دان قادة الدول العربية، في ختام قمتهم الطارئة في الرياض أمس، القصف الإسرائيلي "
            "على المستشفيات.\n\nوقال رئيس الوزراء العراقي إن بلاده ستدعم أي تحرك عربي. وأضاف أن المنطقة تمر بمرحلة "
            "خطيرة.\n\nوطالب البيان الختامي مجلس الأمن الدولي بالتحرك الفوري لوقف الحرب.")
    got, evs = _with(text, "وطالب", "2025-05-05")
    assert got and got[0].source_code and got[0].source_code.startswith("ARB"), _dump(evs)


# ----------------------------------------------------------------------------- 7 condemned acts told before
def test_a_condemned_assassination_after_a_time_word():
    got, evs = _with(_BEIRUT + "قتلت غارة إسرائيلية القيادي في الحزب علي حسن في الضاحية الجنوبية أمس. ودانت إيران "
                     "اليوم الاغتيال، واعتبرته انتهاكا للسيادة.", "ودانت", "2025-05-05")
    assert got and got[0].target_country == "ISR", _dump(evs)


def test_a_condemned_interception_names_the_interceptor():
    got, evs = _with("أنقرة - 5 مايو (مرصد) - اعترضت البحرية الإسرائيلية مساء الأربعاء قوارب أسطول المساعدات المتجه "
                     "إلى غزة واحتجزت مئات الناشطين. ودان رئيس الوزراء الماليزي اعتراض القوارب.", "ودان",
                     "2025-05-05")
    assert got and got[0].target_country == "ISR", _dump(evs)


def test_a_welcomed_strike_names_the_striker():
    got, evs = _with("مقديشو - 5 مايو (مرصد) - شنت القيادة الأمريكية في أفريقيا غارة جوية على مواقع لحركة الشباب قرب "
                     "بلدة جلب. ورحبت وزارة الإعلام الصومالية بالغارة.", "ورحبت", "2025-05-05")
    assert got and got[0].target_country == "USA", _dump(evs)


def test_a_recognised_sovereignty_keeps_its_owner():
    # guard: a recognition (054) of a country's sovereignty targets that country (no wronged owner is cleared)
    got, evs = _with("واشنطن - 5 مايو (مرصد) - ووقع الرئيس الأمريكي مرسوما يعترف بسيادة المغرب على الإقليم.", "يعترف",
                     "2025-05-05")
    assert got and got[0].target_country == "MAR", _dump(evs)


# ----------------------------------------------------------------------------- 8 a shown readiness for talks
def test_a_shown_readiness_to_continue_talks_is_036():
    evs = _with("باريس - 5 مايو (مرصد) - وأبدى الرئيس الفرنسي استعداده لمواصلة الحوار مع الجزائر.", "x",
                "2025-05-05")[1]
    got = [e for e in evs if e.cameo == "036"]
    assert got and got[0].source_country == "FRA" and got[0].target_country == "DZA", _dump(evs)


# ----------------------------------------------------------------------------- 9 a joined verb with its object pronoun
def test_an_actor_inside_the_pp_after_a_pronoun_object_is_no_subject():
    got, evs = _with("نيويورك - 5 مايو (مرصد) - ورحب المندوب الإسرائيلي لدى الأمم المتحدة بإنهاء مهمة القوة الدولية، "
                     "واتهمها بالفشل في منع حزب الله من التمركز قرب الحدود.", "واتهمها", "2025-05-05")
    assert got and got[0].source_country == "ISR", _dump(evs)


# ----------------------------------------------------------------------------- 10 the two sides of a welcomed agreement
def test_the_two_sides_after_a_welcomed_agreement_are_its_parties():
    got, evs = _with(_BEIRUT + "وقع لبنان وإسرائيل أمس اتفاقا لترسيم الحدود البحرية بينهما. وقال الرئيس اللبناني إن "
                     "الاتفاق يحفظ حقوق بلاده. وأضاف أن لبنان سيبدأ التنقيب قريبا. وقال رئيس الوزراء الإسرائيلي إن "
                     "الاتفاق إنجاز تاريخي. كما رحب الأمين العام للأمم المتحدة بالاتفاق، وحث الطرفين على مواصلة "
                     "الالتزام بالهدوء على الحدود.", "وحث", "2025-05-05")
    assert {e.target_country for e in got} == {"LBN", "ISR"}, _dump(evs)


# ----------------------------------------------------------------------------- 11 لدى after a home body
def test_a_protest_lodged_with_a_country_targets_it():
    got, evs = _with("الخرطوم - 5 مايو (مرصد) - احتجت الحكومة السودانية لدى بريطانيا على عدم دعوتها إلى المؤتمر.",
                     "احتجت", "2025-05-05")
    assert got and got[0].source_country == "SDN" and got[0].target_country == "GBR", _dump(evs)


def test_an_ambassador_keeps_his_host():
    # guard: لدى after an envoy names his host, one actor of his own country
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)("باريس - 5 مايو (مرصد) - وقال السفير الفرنسي لدى الجزائر إن بلاده تريد الحوار.",
                                 published_at="2025-05-05")
    spans = [(a.code, doc.text[s:e]) for a in doc.actors for s, e in a.spans]
    assert ("FRAGOV", "السفير الفرنسي لدى الجزائر") in spans, spans
