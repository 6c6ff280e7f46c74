"""Session 49 (helper gapar49): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. A Form V / VI perfect whose ت is the root's (تعهد، توعد، تحدث by the trigger lexicon: every verb reading of the form
   has a lemma with ت first) is masculine also where no lemma is passed (``agreement.masc_verb`` / ``_own_t``): the
   participle's speaker after "من جهته، تعهد X …، مؤكدا" is X, and the next sentence's pro-drop verb goes on with X.
   A joined plural verb (وا) agrees with a singular verb before its subject ("تظاهر مئات المعلمين …، وطالبوا":
   ``agreement.joined_agrees``).
2. An indefinite noun's relative clause with no relative word, its pronoun back on the noun right after the verb ("في
   بيان وصفته فيه بأنه …"), is no clause a verb joined after it goes on with (``events._relative_verb``): "ورحبت X
   بالقرار في بيان وصفته فيه …، ودعت Y إلى" is X's appeal to Y.
3. The subject that opens the sentence before goes on into a pro-drop verb also after a place or setting phrase and
   its comma (``elided_subject_ar.tsv`` kind ``adjunct``: "وفي نيويورك، دعا X …. واتهم Y بـ"); and a masculine verb
   right before a broken plural of things that is no actor ("ودعا الدول الشقيقة إلى") has its subject elided, as has a
   verb right before a speech participle (kind ``participle``: "وحذر قائلا: …").
   Last of the elided subject's candidates, the subject of the sentence before's last verb event (a sentence opened
   by "أما X فـ…" has no opening verb: ``elided_subject_ar._speakers_before``).
4. A bar association (roles.tsv: هيئة المحامين، الهيئة الوطنية للمحامين، عمادة المحامين) is a body of the judiciary
   sector (JUD), of the story's country.
5. People an army arrests in a sentence whose places are all of one other country are that country's civilians
   (``people_object._abroad``): "وتوغلت قوة إسرائيلية في إحدى قرى ريف درعا واعتقلت أربعة شبان" is SYRCVL.
6. A bare "البعثة" after an IGO's envoy (igo_anaphor_ar.tsv holder_word مبعوث) is the envoy's mission, also when no
   IGO name holds بعثة or another body was named in between (``actors._igo_holder``).
7. A force's fire with its nationality ("بنيران إسرائيلية": roles.tsv نيران MIL; the definite النيران is no actor,
   surface_stop.tsv) after an unvowelled passive killing is its means and agent, the victims the target
   (``events``: the means reading takes an actor opened by a "by" cue word).
8. An indefinite plural office word (a sound plural, or office_plural_ar.tsv: خبراء) opening a title before في and a
   named body names members of the body with no name after it ("وانتقد مسؤولون في الاتحاد الأوروبي …"): the body's
   actor (``actors._plural_members`` in ``_official_of_body``); a singular title there stays where one spoke.
"""
from test_gapen34_s34 import _dump, _with

_TUNIS = "تونس - 2 أبريل (مرصد) - "


# ----------------------------------------------------------------------------- 1 Form V verbs are masculine
def test_form_five_opening_verb_gives_its_subject_to_the_next_pro_drop_verb():
    got, evs = _with(_TUNIS + "وانتقد رئيس الوزراء الإيطالي الحكومة التونسية بسبب تدفق المهاجرين. من جهته، تعهد "
                     "الرئيس التونسي قيس سعيد بملاحقة شبكات التهريب، مؤكدا أن بلاده لن تكون حارسا لحدود أوروبا. "
                     "ونفى أن تكون قوات الأمن قد أساءت معاملة المهاجرين.", "ونفى", "2025-04-02")
    assert got and got[0].source_country == "TUN", _dump(evs)


def test_masculine_form_five_keeps_feminine_reading_of_an_ambiguous_form():
    from marsad.coding.agreement import masc_verb
    assert masc_verb("تعهد") and masc_verb("وتوعد") and not masc_verb("تعهدت") and not masc_verb("تدعو")
    assert not masc_verb("تقدم")   # (also "تُقدِّم" of قدم: she presents)


def test_plural_joined_verb_goes_on_after_a_form_five_verb_before_its_subject():
    got, evs = _with(_TUNIS + "وفي العاصمة، تظاهر مئات من المعلمين التونسيين أمام مقر وزارة التربية احتجاجا على "
                     "تجميد الأجور، وطالبوا الحكومة بفتح حوار جدي مع النقابة.", "وطالبوا", "2025-04-02")
    assert got and got[0].source_country == "TUN" and got[0].target_country == "TUN", _dump(evs)


# ------------------------------------------------------------------------- 2 a relative clause with no relative word
def test_joined_appeal_after_an_unmarked_relative_clause_goes_on_with_the_main_subject():
    got, evs = _with("ورحبت وزارة الخارجية العراقية بالقرار في بيان وصفته فيه بأنه \"خطوة إيجابية\"، ودعت الكونغرس "
                     "إلى رفع العقوبات بالكامل.", "ودعت", "2025-04-02")
    assert got and got[0].source_country == "IRQ" and got[0].target_country == "USA", _dump(evs)


# ----------------------------------------------------------------------------- 3 the subject elided after a setting
def test_pro_drop_verb_goes_on_with_the_subject_after_a_setting_phrase():
    got, evs = _with("وفي نيويورك، دعا وزير الخارجية الليبي الطاهر الباعور، في كلمة أمام مجلس الأمن الدولي يوم الخميس، "
                     "إلى رفع تجميد الأصول الليبية. واتهم روسيا بتأجيج الانقسام في البلاد.", "واتهم", "2025-04-01")
    assert got and got[0].source_country == "LBY" and got[0].target_country == "RUS", _dump(evs)


def test_masculine_verb_before_a_broken_plural_of_things_has_an_elided_subject():
    got, evs = _with("وقال رئيس الوزراء العراقي محمد شياع السوداني في مؤتمر صحفي إن الحكومة ماضية في خطة الإعمار. "
                     "ودعا الدول الشقيقة والصديقة إلى دعم جهود إعادة البناء.", "ودعا", "2025-04-01")
    assert got and got[0].source_country == "IRQ", _dump(evs)


def test_verb_before_a_speech_participle_has_an_elided_subject():
    got, evs = _with("وزار الرئيس الأمريكي دونالد ترامب قاعدة عسكرية في الكويت أمس. وحذر قائلا: \"لن نتردد في الدفاع "
                     "عن حلفائنا\".", "وحذر", "2025-05-15")
    assert got and got[0].source_country == "USA", _dump(evs)


def test_pro_drop_verb_after_a_topic_sentence_goes_on_with_its_last_verb_subject():
    got, evs = _with("ورحب الرئيس الأوكراني بالمبادرة. أما وزير الخارجية الروسي سيرغي لافروف فرحب في بيان بانتهاء "
                     "المحادثات، وانتقد الموقف الأوروبي منها. وحذر من أن أي تصعيد جديد سيقود إلى مواجهة مفتوحة.",
                     "وحذر", "2025-04-01")
    assert got and got[0].source_country == "RUS", _dump(evs)


# ----------------------------------------------------------------------------- 4 a bar association
def test_bar_association_is_a_body_of_the_story_country():
    got, evs = _with(_TUNIS + "اعتقلت الشرطة الناشط علي بن سالم أمس. ودانت الهيئة الوطنية للمحامين في بيان اعتقاله، "
                     "وطالبت بالإفراج الفوري عنه.", "ودانت", "2025-04-02")
    assert got and got[0].source_code == "TUNJUD", _dump(evs)



# ----------------------------------------------------------------------------- 5 people arrested abroad
def test_people_an_army_arrests_abroad_are_of_the_place_country():
    got, evs = _with("وتوغلت قوة إسرائيلية، صباح الثلاثاء، في إحدى قرى ريف درعا الغربي واعتقلت أربعة شبان قبل أن "
                     "تنسحب، بحسب وسائل إعلام محلية.", "واعتقلت", "2025-04-01")
    assert got and got[0].source_country == "ISR" and got[0].target_code == "SYRCVL", _dump(evs)


def test_people_the_police_arrest_at_home_stay_of_its_country():
    got, evs = _with("واعتقلت الشرطة الأردنية عشرين شخصا في مدينة الزرقاء.", "واعتقلت", "2025-04-01")
    assert got and got[0].target_code == "JORCVL", _dump(evs)



# ----------------------------------------------------------------------------- 6 the envoy's mission
def test_bare_mission_after_an_igo_envoy_is_the_igo():
    got, evs = _with("طرابلس - 5 مايو (مرصد) - قدم المبعوث الأممي إلى ليبيا عبد الله باتيلي إحاطة أمام مجلس "
                     "الأمن الدولي أمس حول الأزمة السياسية. ورحب المجلس الرئاسي الليبي بالإحاطة، ودعا البعثة "
                     "إلى تسريع الحوار بين الأطراف.", "ودعا", "2025-05-05")
    assert got and got[0].source_country == "LBY" and (got[0].target_code or "").startswith("IGO"), _dump(evs)


def test_bare_mission_after_a_state_envoy_is_no_igo():
    got, evs = _with("طرابلس - 5 مايو (مرصد) - التقى المبعوث الأمريكي إلى ليبيا ريتشارد نورلاند رئيس المجلس "
                     "الرئاسي أمس. ودعا المجلس الرئاسي الليبي البعثة إلى تسريع الحوار بين الأطراف.", "ودعا",
                     "2025-05-05")
    assert got and not (got[0].target_code or "").startswith("IGO"), _dump(evs)



# ----------------------------------------------------------------------------- 7 killed by a force's fire
def test_killed_by_national_fire_has_that_force_as_agent():
    got, evs = _with("وقتل فلسطيني بنيران إسرائيلية شرقي مدينة رفح، وفق مصادر طبية.", "وقتل", "2025-04-01")
    assert got and got[0].source_country == "ISR" and got[0].target_country == "PSE", _dump(evs)


def test_return_fire_at_its_sources_makes_no_force_of_the_fire():
    got, evs = _with("وقال الجيش اللبناني إن وحداته المنتشرة على الحدود ردت على مصادر النيران التي استهدفت الأراضي "
                     "اللبنانية.", "ردت", "2025-04-01")
    assert got and got[0].source_code == "LBNMIL" and got[0].target_code is None, _dump(evs)



# ----------------------------------------------------------------------------- 8 members of a named body
def test_plural_officials_in_a_named_body_are_the_body():
    got, evs = _with("وانتقد مسؤولون في الاتحاد الأوروبي قرار الحكومة المجرية.", "وانتقد", "2025-04-01")
    assert got and (got[0].source_code or "").startswith("IGOEUR") and got[0].target_country == "HUN", _dump(evs)


def test_plural_experts_in_the_un_are_the_un():
    got, evs = _with("ودعا خبراء حقوق الإنسان في الأمم المتحدة السلطات السعودية إلى وقف الإعدامات.", "ودعا",
                     "2025-04-01")
    assert got and (got[0].source_code or "").startswith("IGO") and got[0].target_country == "SAU", _dump(evs)


def test_definite_title_with_a_clitic_is_no_plural_of_members():
    from marsad.stages.actors import _plural_members
    assert _plural_members("مسؤولون") and _plural_members("خبراء")
    assert not _plural_members("للأمين") and not _plural_members("المسؤولون")
