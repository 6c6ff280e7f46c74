"""Session 33 (lead): our own sentences.

1. An Arabic definite head noun standing alone (المجلس، اللجنة، المجموعة، الاتحاد، التحالف) names back the nearest body
   named before it whose name holds that word (`stages/actors._body_head_anaphor_ar`, `data/actors/body_head_ar.tsv`);
   not when a definite word follows (another name: "المجلس الأعلى للدولة").
2. A demand noun decided by a decision verb ("قرر المجلس … ومطالبة الحكومة التركية بـ…") asks its genitive
   (`coding/demand_noun_ar.py`, `decided_noun_ar.decision_before`).
3. A state's national council named without its country, acting toward another state in a datelined story, is the
   dateline country's (`home_country.tsv` kind national_body); a sentence's only country is not given to a source
   when only that source's own targets name it (`events._fill_domestic`).
4. A sentence opening with "كما" tells a further act, not the one before told again (`events._another_act`).
5. Triggers: عرض + تحقيق / استضافة (030), تعليق عضوية X (160, X the target); a verb of armed attack with a crowd of
   protesters as its subject is a violent protest (145, recode ``crowd_subject``).
6. A participle after a comma ("…، مؤكدا أن") shares the subject of the clause before it (`stages/quotes.py`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-06-12"):
    doc = _P(text, published_at=date)
    return doc, [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def _one(evs, root):
    got = [e for e in evs if e[0].startswith(root)]
    assert len(got) == 1, evs
    return got[0]


def test_council_named_back_by_its_head_noun():
    _, evs = _events("انعقد مجلس الأمن الدولي في جلسة طارئة مساء أمس. وطالب المجلس إسرائيل بوقف عملياتها في رفح.")
    e = _one(evs, "10")
    assert e[1] == "IGOUNO" and e[2].startswith("ISR"), evs


def test_group_of_states_named_back():
    _, evs = _events("فرضت المجموعة الاقتصادية لدول غرب إفريقيا عقوبات مشددة على غينيا. "
                     "واتهمت غينيا المجموعة بالخضوع لضغوط خارجية.")
    e = _one(evs, "11")
    assert e[1] == "GIN" and e[2] == "IGOWAFWAS", evs


def test_union_and_coalition_named_back():
    _, evs = _events("أعلن الاتحاد الأفريقي تعليق عضوية الغابون بعد الانقلاب. وقال الاتحاد إنه يرفض أي تغيير غير دستوري.")
    assert ("160", "IGOAFRAFU", "GAB") == _one(evs, "16")[:3], evs
    assert _one(evs, "12")[1] == "IGOAFRAFU", evs
    _, evs = _events("شن التحالف بقيادة السعودية غارات على مواقع في صعدة. وقال التحالف إنه استهدف مخازن للطائرات المسيرة.")
    assert all(e[1] == "SAUMIL" for e in evs if e[0].startswith("19")), evs


def test_head_noun_before_a_definite_word_is_another_name():
    _, evs = _events("انعقد مجلس الأمن الدولي في جلسة طارئة مساء أمس. "
                     "ورفض المجلس الأعلى للدولة في ليبيا القانون الانتخابي الجديد.")
    e = _one(evs, "12")
    assert e[1] != "IGOUNO", evs


def test_decided_demand_asks_its_genitive_and_national_council_takes_dateline_country():
    text = ("بغداد تشكو أنقرة بعد قصف على الحدود\n\nبغداد (رويترز) - الخميس 21 يوليو 2022\n\nاستدعت وزارة الخارجية العراقية أمس القائم بالأعمال التركي في بغداد احتجاجا على القصف. "
            "وأكد المسؤولون العراقيون أن العراق سيرد بكل الوسائل. "
            "كما قرر المجلس الوزاري للأمن الوطني تقديم شكوى إلى مجلس الأمن الدولي ضد أنقرة، "
            "ومطالبة الحكومة التركية بسحب قواتها من الأراضي العراقية.")
    _, evs = _events(text, "2022-07-21")
    demand = _one(evs, "10")
    assert demand[1] == "IRQGOV" and demand[2] == "TURGOV", evs
    complaints = [e for e in evs if e[0] == "114"]
    # the summons and the complaint are two acts (the sentence opens with كما), the council is Iraq's
    assert len(complaints) == 2 and all(e[1] == "IRQGOV" for e in complaints), evs


def test_source_not_given_its_own_targets_country():
    _, evs = _events("قرر المجلس تقديم شكوى عاجلة ضد أنقرة، ومطالبة الحكومة التركية بوقف القصف.")
    assert not any(e[1] and e[1].startswith("TUR") for e in evs if e[0][:2] in ("10", "11")), evs


def test_offer_of_joint_inquiry_and_hosting():
    _, evs = _events("وعرض وزير الخارجية التركي إجراء تحقيق مشترك مع الجانب العراقي.")
    assert _one(evs, "03")[:2] == ("030", "TURGOV"), evs
    _, evs = _events("وعرضت سلطنة عمان استضافة جولة جديدة من المحادثات.")
    assert _one(evs, "03")[:2] == ("030", "OMN"), evs


def test_suspended_membership_targets_the_member():
    _, evs = _events("قرر مجلس السلم والأمن الأفريقي تعليق عضوية بوركينا فاسو.")
    assert _one(evs, "16")[:3] == ("160", "IGOAFRAFU", "BFA"), evs


def test_crowd_storming_is_violent_protest_not_armed_attack():
    _, evs = _events("واقتحم محتجون غاضبون مقر السفارة الدنماركية في بغداد.")
    e = next(e for e in evs if e[0][:2] in ("14", "19"))
    assert e[0] == "145" and e[1] == "IRQCVL", evs   # (the storming crowd is the place's public: session 38)
    _, evs = _events("واقتحمت القوات الإسرائيلية مخيم نور شمس قرب طولكرم.")
    assert any(e[0] == "190" for e in evs), evs


def test_participle_shares_the_clause_subject_not_the_last_speaker():
    text = ("وقال مسؤول في البعثة الأممية إن الأمم المتحدة ستواصل دعم الحوار. "
            "من جهته، رفض رئيس المجلس الأعلى للدولة أي تعديل دستوري جديد، مؤكدا أن البلاد تحتاج إلى الاستقرار.")
    doc, evs = _events(text)
    q = next(q for q in doc.quotes if q.cue == "مؤكدا")
    speaker = next(a for a in doc.actors if a.id == q.speaker_actor_id)
    assert speaker.code == "LBYLEG", [(a.code, a.id) for a in doc.actors]


# 7. A masdar's force genitive before a second actor is the agent ("اعتقال قوة عسكرية رئيس الوزراء"); a nisba
#    adjective closing a force's phrase heads no construct with the title after it (`stages/actors._chunks`).
def test_masdar_force_agent_then_object():
    _, evs = _events("وأدانت الحكومة اعتقال قوات الأمن الإسرائيلية الناشط الفلسطيني سامر خليل من منزله.")
    e = _one(evs, "17")
    assert e[1] == "ISRCOP" and e[2] and e[2].startswith("PSE"), evs


def test_force_adjective_does_not_swallow_the_title_after_it():
    doc = _P("اعتقلت قوة عسكرية رئيس الوزراء في ساعة مبكرة من صباح اليوم.", published_at="2024-06-12")
    spans = sorted(doc.text[s:e] for a in doc.actors for s, e in a.spans)
    assert "قوة عسكرية" in spans and "رئيس الوزراء" in spans, spans


# 8. Dates: a later date reached through حتى is no date of the promise; a فيما (while) clause keeps a recent day of the
#    clause before it (`timex/dating.py`).
def test_until_date_and_while_clause_date_ar():
    doc = _P("القاهرة (رويترز) - قال الرئيس أمس في خطاب إن الجيش سيحمي البلاد، وتعهد بتشكيل حكومة مدنية تدير البلاد "
             "حتى إجراء انتخابات عامة في مارس 2027.", published_at="2026-11-20")
    vow = next(e for e in doc.events if e.cameo[:2] == "03")
    assert vow.date == "2026-11-19", (vow.cameo, vow.date)
    doc = _P("نيامي (رويترز) - وتظاهر آلاف الطلاب أمس في شوارع العاصمة، فيما أطلقت قوات الأمن الغاز المسيل للدموع "
             "على المحتجين قرب البرلمان.", published_at="2026-11-20")
    police = next(e for e in doc.events if e.cameo[:2] in ("17", "18", "19"))
    assert police.date == "2026-11-19", (police.cameo, police.date)


def test_suspended_aid_masdar_targets_the_recipient():
    _, evs = _events("وأعلنت ألمانيا أمس تعليق مساعدات تنموية للنيجر بقيمة 50 مليون يورو.")
    e = _one(evs, "16")
    assert e[0] == "162" and e[1].startswith("DEU") and e[2] == "NER", evs


# 9. A verb joined after a comma keeps its clause's subject when a noun naming what was done (جهود، موقف …) heads its
#    object ("، وثمن جهود الكويت"): the actor after that noun is its genitive (`events._svo`, cue object_head;
#    homographs_ar.tsv reading joined for وثمن).
def test_praise_of_efforts_keeps_the_speaker_as_source():
    _, evs = _events("وقال وزير الخارجية العماني في افتتاح المؤتمر إن المنطقة تحتاج إلى الاستقرار، وثمن جهود قطر ومصر في الوساطة.")
    got = sorted((e[1], e[2]) for e in evs if e[0] == "051")
    assert got == [("OMNGOV", "EGY"), ("OMNGOV", "QAT")], evs


# 10. Signing a statement (وقع بيان / على البيان) is 057; a detached object pronoun (متهمة إياها) targets the actor acted
#     on just before, not the country inside the accusation's content (`coding/detached_object_ar.py`).
def test_signed_statement_and_detached_object():
    _, evs = _events("ووقع وزراء خارجية الدول الثلاث على البيان الختامي في نهاية الاجتماع.")
    assert any(e[0] == "057" for e in evs), evs
    _, evs = _events("وكانت البحرين قد قطعت علاقاتها مع قطر، متهمة إياها بالتقارب مع إيران.")
    acc = _one(evs, "11")
    assert acc[1] == "BHR" and acc[2] == "QAT", evs


# 11. A known official after his organisation's title phrase is one phrase ("EU foreign policy chief Josep Borrell"), so a
#     coordinated subject before it keeps its own copy (`stages/actors._igo_title_person`).
def test_igo_title_and_known_official_are_one_subject():
    _, evs = _events("U.S. Secretary of State Antony Blinken and EU foreign policy chief Josep Borrell called on the "
                     "authorities to release the detained journalists.", "2023-03-01")
    sources = sorted(e[1] for e in evs if e[0][:2] in ("02", "10"))
    assert sources == ["IGOEUREEC", "USAGOV"], evs


# 12. A verbal-noun homograph after a speech verb's clause and its time word is the announced act's noun ("أعلنت الحكومة
#     … أمس الاثنين طرد السفير"), and a state body + في + a country named nowhere else as an actor is that country's
#     ("الحكومة الانتقالية في مالي": مالي is also "financial") (`events._announced_object`, `actors._body_in_country`).
def test_announced_expulsion_noun_and_body_in_ambiguous_country():
    _, evs = _events("أعلنت الحكومة الانتقالية في مالي أمس الاثنين طرد السفير الدنماركي من البلاد.", "2022-02-01")
    e = _one(evs, "16")
    assert e[0] == "166" and e[1] == "MLIGOV" and e[2] == "DNKGOV", evs


# 13. English: an -s form of a verb-only lemma after a preposition (or a noun modifier after one) is a plural noun
#     ("strained by delays and cost overruns"), but a plural of force still names its happening ("amid clashes");
#     "engaged with" a state is diplomatic (036); a cancelled contract is 160 (manual_en.tsv).
def test_plural_nouns_after_prepositions_are_no_verbs():
    _, evs = _events("Ties between the two capitals were strained by delays in the programme.", "2021-09-17")
    assert not any(e[0] == "120" for e in evs), evs
    _, evs = _events("Dozens were killed amid clashes between the army and rebels in the north.", "2021-09-17")
    assert any(e[0][:2] == "19" for e in evs), evs


def test_engaged_with_a_state_and_cancelled_contract():
    _, evs = _events("A White House official said Washington would remain engaged with Paris to resolve the dispute.",
                     "2021-09-17")
    assert any(e[0] == "036" and e[1] == "USAGOV" and e[2] == "FRAGOV" for e in evs), evs
    _, evs = _events("Norway cancelled a contract with the German firm ThyssenKrupp on Monday.", "2021-09-17")
    assert any(e[0] == "160" and e[1].startswith("NOR") for e in evs), evs


# 14. Arabic: a joined verb with an object suffix and the clause's subject names the object of the act before it
#     ("، وطالبته بالإفراج"); declared solidarity (أعلنت تضامنهما مع) 051.  (Tried: "ستعمل مع" 030 as a row of عمل:
#     any form of the lemma becomes a trigger word, and "أوروبيين يعملون في منظمة" stopped bridging a relative clause.)
def test_joined_verb_object_suffix_and_solidarity():
    _, evs = _events("واستدعت وزارة الخارجية الهولندية أمس السفير الروسي في لاهاي، وطالبته بتوضيحات عاجلة.", "2024-06-12")
    e = _one(evs, "10")
    assert e[1] == "NLDGOV" and e[2] == "RUSGOV", evs
    _, evs = _events("وأعلنت إسبانيا والبرتغال تضامنهما مع المغرب بعد الزلزال.", "2024-06-12")
    assert sorted((e[1], e[2]) for e in evs if e[0] == "051") == [("ESP", "MAR"), ("PRT", "MAR")], evs


# 15. Election bodies named without a country are state bodies (roles.tsv; Kenya's IEBC in organisations.tsv); an English
#     attributive date of an earlier sentence ("the August 8 election") dates nothing after it (`timex/dating.py`).
def test_electoral_commission_and_attributive_date_of_an_earlier_sentence():
    doc = _P("NAIROBI, Sept 1 (Reuters) - The chief justice said the August 8 election was flawed. The court blamed the "
             "electoral commission for failures in the count.", published_at="2017-09-01")
    blame = next(e for e in doc.events if e.cameo == "112")
    assert blame.target_code and blame.target_code.endswith("GOV"), (blame.source_code, blame.target_code)
    assert blame.date != "2017-08-08", blame.date


# 16. English page chrome: a byline with a publication stamp after a bar is no lead ("By X in Prague | Published April
#     19, 2021"), so the real lead's day dates the story.  (Tried: a sentence-opening "He" taking the one antecedent of
#     the sentence right before when an older one competes -- the session-14 guards keep such a pronoun empty.)
def test_byline_with_stamp_and_recent_pronoun_antecedent():
    text = ("Russia expels diplomats\n\nBy Marsad staff in Prague | Published April 19, 2021\n\n"
            "Russia ordered 20 Czech diplomats to leave the country on Sunday.\n\n"
            "Czech Prime Minister Andrej Babis told a news conference that there was clear evidence. Interior Minister "
            "Jan Hamacek said the Russians had 48 hours to leave. He cancelled a planned trip to Moscow.")
    doc = _P(text, published_at="2021-04-19")
    kinds = [(s.kind, doc.text[s.start:s.end][:10]) for s in doc.segments]
    assert any(k == "other" and t.startswith("By Marsad") for k, t in kinds), kinds
    lead = next(e for e in doc.events if e.cameo == "166")
    assert lead.date == "2021-04-18", lead.date


# 17. "صادق على الاتفاق" (ratified the agreement) is 057; opening an embassy is not read from "بفتح سفارات" (a row
#     فتح + سفارة was tried and withdrawn: "لإقناع الدول بفتح سفارات لديه" became an act).
def test_ratified_agreement_ar():
    _, evs = _events("وصادق البرلمان الأردني أمس على اتفاقية التعاون الدفاعي مع الولايات المتحدة.")
    assert any(e[0] == "057" and e[1] and e[1].startswith("JOR") for e in evs), evs


# 18. A sound plural in ين right after a verb joined after a comma is its accusative object, not a VSO subject
#     ("، ودعا المواطنين إلى التريث": the army calls the citizens; `events._svo`, `_accusative_plural`).
def test_accusative_plural_after_joined_verb_is_the_object():
    _, evs = _events("وأعلن الجيش الأردني في بيان أنه عزز انتشاره على الحدود، ودعا المواطنين إلى الابتعاد عن المنطقة.")
    e = _one(evs, "02")
    assert e[1] == "JORMIL" and e[2] and e[2].endswith("CVL"), evs


# 19. English "ratified" is 057 (the CAMEO codebook: sign or ratify an agreement; PETRARCH2 had 080); Suu Kyi, Tillerson
#     and others in people.tsv.
def test_ratified_is_057_and_suu_kyi_known():
    _, evs = _events("Hungary's parliament ratified the agreement with Sweden on Monday.", "2024-03-05")
    assert any(e[0] == "057" for e in evs), evs
    _, evs = _events("Bangladesh's Foreign Minister Abul Hassan Mahmood Ali met Aung San Suu Kyi in Naypyitaw on Thursday.",
                     "2017-11-24")
    assert any(e[0][:2] == "04" and e[1] == "BGDGOV" and e[2] == "MMRGOV" for e in evs), evs


# 20. "دخل وقف إطلاق النار … حيز التنفيذ": the entering verb is the truce noun event's report word (its span joins the
#     event's evidence; `coding/entry_into_force_ar.py`).
def test_truce_entering_into_force_carries_its_verb():
    doc = _P("دخل وقف إطلاق النار بين أرمينيا وأذربيجان حيز التنفيذ منتصف الليلة الماضية.", published_at="2024-06-12")
    truce = [e for e in doc.events if e.cameo == "0871"]
    assert truce and all(any(doc.text[a:b] == "دخل" for a, b in e.also_spans) for e in truce), \
        [(e.cameo, e.also_spans) for e in doc.events]


# 21. A meeting noun fronted as the setting of the main act ("وفي اتصال هاتفي مع X، أكد Y أن …") is Y's call with X,
#     told as happening (`coding/fronted_meeting_ar.py`).
def test_fronted_phone_call_takes_the_main_subject():
    _, evs = _events("وفي اتصال هاتفي مع الرئيس التونسي، أكد الملك الأردني دعم بلاده للحوار.")
    e = _one(evs, "04")
    assert e[1] == "JORGOV" and e[2] == "TUNGOV" and ":fronted-meeting" in e[3], evs


# 22. English: a withdrawal from / out of an agreement is quitting it (160), not troops leaving; troops leaving a place
#     under an agreement stay 0874 (`coding/quit_agreement_en.py`).
def test_quitting_an_agreement_is_not_a_troop_withdrawal():
    _, evs = _events("Washington withdrew from the Intermediate-Range Nuclear Forces Treaty on Friday.", "2019-08-03")
    assert any(e[0] == "160" and e[1].startswith("USA") for e in evs), evs
    _, evs = _events("Turkish troops withdrew from the town under the agreement.", "2019-08-03")
    assert any(e[0] == "0874" for e in evs) and not any(e[0] == "160" for e in evs), evs


# 23. Arabic triggers from blind_s45 (in-sample): a bomber shot down (أسقط + قاذفة) 190; a military attaché summoned
#     (استدعى + الملحق) 114; a cancelled visit (ألغى + زيارة) 160.
def test_shot_down_bomber_summoned_attache_cancelled_visit():
    _, evs = _events("وأسقطت الدفاعات الجوية السورية قاذفة إسرائيلية فوق الجولان.")
    assert any(e[0] == "190" for e in evs), evs
    _, evs = _events("واستدعت وزارة الخارجية الإيرانية الملحق العسكري البريطاني في طهران.")
    assert any(e[0] == "114" and e[1] == "IRNGOV" for e in evs), evs
    _, evs = _events("وألغى الرئيس الفرنسي زيارة كانت مقررة إلى الجزائر.")
    assert any(e[0] == "160" and e[1] == "FRAGOV" for e in evs), evs


# 24. (REVIEW33's judgement calls, taken) "وكما أعلنت الشرطة، اعتقلت …" retells (no further act after "as X said"); a
#     mis-cased ين subject with a bare object after it stays the subject ("، وهاجم المتظاهرين مقر الحزب").
def test_as_announced_and_miscased_subject():
    _, evs = _events("وتجمع المحتجون أمام البرلمان، وهاجم المتظاهرين مقر الحزب الحاكم.")
    att = next(e for e in evs if e[0][:2] in ("14", "18", "19") and e[2] and e[2].endswith("PTY"))
    assert att[1] == "CVL", evs
    doc = _P("اعتقلت الشرطة التونسية خمسة متظاهرين أمس. وكما أعلنت الشرطة في بيانها، اعتقلت الشرطة التونسية خمسة "
             "متظاهرين.", published_at="2024-06-12")
    assert len([e for e in doc.events if e.cameo == "173"]) == 1, [(e.cameo, e.rule) for e in doc.events]
