"""Session 32 (helper fixar): Arabic constructions, our own sentences.

1. Libyan actors: the Government of National Accord and its forces, Aguila Saleh, the House of Representatives in
   Tobruk, the Derna Mujahideen Shura Council (organisations.tsv / people.tsv).
2. A pronoun aside ("، وهو تحالف …،") between a verb's subject and its object word is passed over and its actors are
   no sides (`events._find_obj`, `fronted.pronoun_asides`).
3. فتح النار على (193).
4. Readiness to train / arm (072 rows with cond ready: 0332 intent) or to make every effort (030); the event's span
   runs from the readiness word.
5. Attacks announced to go on or to resume (استمر / تواصل future_obj rows, استأنف + fighting): a threat (138), the
   speaker's; no side after the limit word (`continued_attacks_ar`).
6. شارك في الغارات: the attack of the one taking part; an actor after "إلى جانب" is no attack target.
7. A setting aside between a speech verb's speaker and its إن (`quotes._arabic_forward`).
8. A ف consequence verb tells the same attack (`events._near_told`).
9. منح + للمغادرة (174); إنهاء مشاركة X (160, X the target).
10. A headline's "أربع دول عربية" named by the body's act of four states (`counted_states._headlines`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-06-12"):
    doc = _P(text, published_at=date)
    return doc, [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_libyan_accord_government_and_tobruk_parliament():
    _, evs = _events("رفضت حكومة الوفاق الوطني في طرابلس اليوم تصريحات وزير الخارجية التركي. "
                     "ورحب عقيلة صالح بالمبادرة المصرية.", date="2019-03-02")
    rej = [e for e in evs if e[0] == "120"]
    wel = [e for e in evs if e[0] == "051"]
    assert rej and rej[0][1] == "LBYGOV", evs
    assert wel and wel[0][1] == "LBYLEG", evs


def test_accord_government_ended_with_its_mandate():
    # (a period ended before the document date: the bare country, no role)
    _, evs = _events("رفضت حكومة الوفاق الوطني تصريحات الوزير.", date="2023-03-02")
    rej = [e for e in evs if e[0] == "120"]
    assert rej and rej[0][1] != "LBYGOV", evs


def test_pronoun_aside_before_the_denied_link():
    _, evs = _events("نفت حركة الشباب، وهي جماعة مسلحة تنشط في جنوب الصومال، أي صلة لها بالتفجير الذي استهدف السوق.")
    den = [e for e in evs if e[0] == "016"]
    assert den and den[0][1] == "SOMREB" and den[0][2] is None, evs


def test_open_fire_on():
    _, evs = _events("فتح مسلحون النار على حافلة تقل عمالا في ولاية كادونا شمالي نيجيريا صباح اليوم.")
    assert any(e[0] == "193" for e in evs), evs
    _, evs = _events("فتحت السلطات المعبر أمام المسافرين صباح اليوم.")
    assert not any(e[0][:2] in ("18", "19") for e in evs), evs


def test_ready_to_train_and_arm():
    _, evs = _events("وقال وزير الدفاع إن بلاده مستعدة لتدريب القوات الصومالية وتسليحها.")
    aid = [e for e in evs if e[0] == "0332"]
    assert len(aid) == 1 and aid[0][2] == "SOMMIL", evs
    _, evs = _events("دمرت الغارات معسكرات تدريب للمسلحين قرب الحدود.")
    assert not any(e[0][:2] in ("03", "07") for e in evs), evs


def test_ready_to_make_every_effort_spans_the_ready_word():
    doc, evs = _events("وقال وزير الخارجية الكويتي إن الكويت مستعدة لبذل كل جهد ممكن لاحتواء الخلاف.")
    ev = next((e for e in doc.events if e.cameo == "030"), None)
    assert ev is not None and ev.source_code.startswith("KWT") and ev.modality == "intent", evs
    assert doc.text[ev.trigger_start:ev.trigger_end].startswith("مستعدة"), ev.trigger
    _, evs = _events("بذلت الحكومة جهودا كبيرة لتحسين الاقتصاد هذا العام.")
    assert not any(e[0] == "030" for e in evs), evs


def test_attacks_will_go_on_is_the_speakers_threat():
    _, evs = _events("وقال المتحدث باسم الجيش الأردني إن الضربات دمرت مخازن للأسلحة، وأضاف أن العمليات ستستمر "
                     "ما دامت هذه العصابات تشكل خطرا على أمن الأردن.")
    thr = [e for e in evs if e[0] == "138"]
    assert thr and thr[0][1].startswith("JOR") and thr[0][2] is None, evs


def test_army_will_resume_fighting():
    _, evs = _events("وقال وزير الدفاع الإسرائيلي إن الجيش سيستأنف القتال بعد انتهاء الهدنة.")
    assert any(e[0] == "138" and (e[1] or "").startswith("ISR") for e in evs), evs
    _, evs = _events("واستأنفت شركة الطيران عملياتها في المطار صباح اليوم.")
    assert not any(e[0][:2] in ("13", "19") for e in evs), evs


def test_took_part_in_strikes_alongside():
    _, evs = _events("وقال متحدث عسكري إن سلاح الجو الأردني شارك في الغارات إلى جانب الطائرات الأمريكية.")
    att = [e for e in evs if e[0] == "190"]
    assert att and att[0][1].startswith("JOR") and att[0][2] is None, evs


def test_speech_verb_with_a_setting_aside():
    _, evs = _events('وقال الرئيس الجزائري، خلال تفقده وحدات من الجيش في قاعدة عسكرية قرب الحدود الغربية للبلاد، '
                     'إن الحدود "آمنة"، وحذر من أن أي استفزاز سيقابل برد حازم.')
    warn = [e for e in evs if e[0][:2] == "13"]
    assert warn and (warn[0][1] or "").startswith("DZA"), evs


def test_consequence_verb_tells_the_same_attack():
    doc, _ = _events("وفتح مسلحون ملثمون يستقلون دراجات نارية النار صباح اليوم على حافلة وسيارات أخرى كانت تمر على "
                     "الطريق المؤدي إلى السوق الأسبوعي في بلدة نائية بولاية زمفارا، فقتلوا 12 شخصا بينهم أطفال.")
    att = [e for e in doc.events if e.root in ("18", "19")]
    assert len(att) == 1, [(e.cameo, e.trigger) for e in doc.events]
    assert att[0].also_spans, att[0]


def test_deadline_to_leave_and_ending_participation():
    _, evs = _events("ومنحت السلطات الكويتية العمال الفلبينيين مهلة شهر للمغادرة.")
    assert any(e[0] == "174" for e in evs), evs
    _, evs = _events("وأعلنت بوركينا فاسو إنهاء مشاركة فرنسا في عمليات مكافحة الإرهاب.")
    end = [e for e in evs if e[0] == "160"]
    assert end and end[0][1].startswith("BFA") and end[0][2].startswith("FRA"), evs


def test_headline_counted_states():
    text = ("ثلاث دول أفريقية تستدعي سفراءها من كينيا\n\n"
            "نيروبي (مرصد) - استدعت أوغندا وتنزانيا ورواندا اليوم الأربعاء سفراءها من كينيا احتجاجا على تصريحات "
            "للرئيس الكيني.")
    _, evs = _events(text)
    heads = {e[1] for e in evs if e[0].startswith("16")}
    assert {"UGA", "TZA", "RWA"} <= heads and "AFR" not in heads, evs


def test_leader_asks_own_forces_to_be_ready():
    _, evs = _events("ودعا وزير الدفاع الأردني الجيش إلى رفع الجاهزية على الحدود الشمالية.")
    assert any(e[0] == "152" and e[1].startswith("JOR") for e in evs), evs
    _, evs = _events("وطالبت روسيا الجيش الأوكراني بأن يكون جاهزا للانسحاب.")
    assert not any(e[0] == "152" for e in evs), evs


def test_header_date_line_is_no_lead():
    text = ("الأردن يقصف مخازن للمهربين قرب الحدود السورية\n\n"
            "عمان (مرصد) - الخميس 9 مايو 2024\n\n"
            "شنت طائرات أردنية مساء أمس الأربعاء غارات على مخازن للمهربين في جنوب سوريا.\n\n"
            "وقال الناطق باسم الجيش الأردني إن العمليات مستمرة، وحذر المهربين من الاقتراب من الحدود.")
    doc, _ = _events(text, date="2024-05-09")
    assert any(s.segment_kind == "other" and "الخميس" in doc.text[s.start:s.end] for s in doc.sentences)
    warn = next((e for e in doc.events if e.root == "13"), None)
    assert warn is not None and warn.date == "2024-05-08", [(e.cameo, e.date, e.rule) for e in doc.events]


def test_declared_commitment_to_the_truce():
    _, evs = _events("وأعلنت حركة الجهاد الإسلامي في بيان التزامها بالتهدئة ما دامت إسرائيل ملتزمة بها.")
    assert any(e[0] == "0871" and (e[1] or "").startswith("PSE") for e in evs), evs
    _, evs = _events("وأكدت الحكومة السودانية التزامها بوقف إطلاق النار مع قوات الدعم السريع.")
    assert not any(e[0] == "193" for e in evs), evs
