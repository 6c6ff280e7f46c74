"""Session 52, lead: rules drawn from the first runs of the session's blind sets (own sentences)."""
from marsad.pipeline import default_pipeline

PAGE_EN = ("Home | World | Europe\n\n"
           "Police detain nine after a warehouse fire in a river port\n\n"
           "By Staff Reporter\n\n"
           "Police detained nine people on Sunday after a fire at a warehouse killed four workers, officials said.\n\n"
           "(c) 2025 Harbour Post. All rights reserved. | About | Contact | Advertise | Privacy policy | Terms\n")


def _events(text, date="2025-05-05", captions=False):
    return default_pipeline(captions)(text, published_at=date).events


def test_copyright_footer_typed_with_c_in_brackets_is_furniture():
    doc = default_pipeline()(PAGE_EN, published_at="2025-05-05")
    footer = [s for s in doc.segments if PAGE_EN[s.start:s.end].startswith("(c) 2025")]
    assert footer and footer[0].kind == "other"
    assert not [e for e in doc.events if e.trigger.startswith("Advertis")]


def test_accepting_a_result_or_ruling_is_yielding_not_a_pledge():
    evs = _events("The opposition leader said on Monday he accepted the result of the vote and would not appeal.")
    assert [e.cameo for e in evs if e.trigger.startswith("accepted")] == ["080"]
    evs = _events("The governing party said it accepted the court's verdict.")
    assert [e.root for e in evs if e.trigger.startswith("accepted")] == ["08"]


def test_accepting_a_result_in_arabic_is_yielding():
    evs = _events("وقال زعيم المعارضة الكيني إنه يقبل النتيجة.")
    assert [e.cameo for e in evs if e.trigger.startswith("يقبل")] == ["080"]


def test_before_the_results_is_no_acceptance():
    """Guard: the perfect قبل before a noun is "before", not the new 080 row."""
    evs = _events("وقال زعيم المعارضة الكيني قبل النتائج إن الحملة كانت نزيهة.")
    assert not [e for e in evs if e.root == "08"]


def test_accepting_an_invitation_is_still_a_pledge():
    """Guard: the 080 row is only for results / rulings / defeat."""
    evs = _events("Egypt accepted an invitation to attend the summit in Baghdad.")
    assert not [e for e in evs if e.root == "08"]


def test_ministers_of_the_states_of_a_union_are_one_actor():
    evs = _events("اتفق وزراء خارجية دول الاتحاد الأوروبي أمس في لوكسمبورغ على رفع العقوبات عن البلاد.")
    agreed = [e for e in evs if e.trigger == "اتفق"]
    assert agreed and all(e.source_code == "IGOEUREEC" and e.target_code is None for e in agreed)
    evs = _events("واجتمع وزراء دفاع دول حلف الناتو أمس في بروكسل.")
    assert [(e.source_code, e.target_code) for e in evs if e.root == "04"] == [("IGOWSTNAT", None)]


def test_a_nisba_closing_a_phrase_still_parts_subject_and_object():
    """Guard (session 33): "قوة عسكرية" then "رئيس الوزراء" stay agent and object."""
    evs = _events("اعتقلت قوة عسكرية رئيس الوزراء فجر اليوم.")
    assert [(e.source_code, e.target_code) for e in evs if e.root == "17"] == [("MIL", "GOV")]


def test_threat_of_escalation_steps_is_a_threat():
    evs = _events("ولوحت نقابة المعلمين الأردنية باتخاذ خطوات تصعيدية إذا لم تتراجع الحكومة عن القرار.")
    assert [(e.root, e.source_code) for e in evs if e.trigger.startswith("ولوحت")] == [("13", "JORLAB")]


def test_placing_a_minister_on_leave_is_a_suspension():
    evs = _events("President Cyril Ramaphosa on Sunday placed police minister Senzo Mchunu on leave with immediate "
                  "effect.", "2025-07-14")
    assert [(e.cameo, e.source_code) for e in evs if e.trigger.startswith("placed")] == [("172", "ZAFGOV")]


def test_its_head_after_an_apposition_and_a_fronted_phrase_is_the_body_named_before():
    text = ("The African Union sent an observer mission to the vote. At a news conference on Monday, its head, "
            "John Mensah, praised the polling staff but criticised the ruling party.")
    evs = _events(text, "2025-04-15")
    assert [(e.cameo, e.source_code) for e in evs if e.trigger in ("praised", "criticised")] == \
        [("051", "IGOAFRAFU"), ("111", "IGOAFRAFU")]


def test_its_head_apposition_overrides_a_home_guess_in_a_domestic_story():
    text = ("Ecuador's president won the runoff on Sunday, the electoral council said. "
            "The European Union's election observation mission said it had found no evidence of fraud. "
            "Its chief observer, Pablo Arenas, criticised the use of state resources.")
    evs = _events(text, "2025-04-15")
    assert [e.source_code for e in evs if e.trigger == "criticised"] == ["IGOEUREEC"]


def test_announcing_an_inquiry_is_investigating_by_the_announcer():
    evs = _events("President Cyril Ramaphosa on Sunday placed the police minister on leave and announced a judicial "
                  "commission of inquiry into the allegations.", "2025-07-14")
    assert [(e.cameo, e.source_code) for e in evs if e.root == "09"] == [("090", "ZAFGOV")]


def test_suspending_the_police_chief_is_an_administrative_sanction():
    evs = _events("French President Emmanuel Macron suspended the police chief and condemned the attack.", "2025-07-14")
    assert [(e.cameo, e.source_code) for e in evs if e.root in ("17", "11")] == [("172", "FRAGOV"), ("111", "FRAGOV")]


def test_head_of_a_named_force_keeps_the_force_as_his_body():
    """Guard: the construct chain does not swallow a force noun that heads its own name."""
    evs = _events("تلقى الأمين العام برقية من رئيس قوة الأمم المتحدة في البلاد تحثه على التحرك.")
    assert [e.source_code for e in evs if e.trigger == "تحثه"] == ["IGOUNO"]
