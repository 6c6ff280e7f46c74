"""Session 27 EN6: English leftovers of B19EN / EN4 (our own sentences)."""
from events_helpers import full


def _doc(text, pub="2024-05-02"):
    return full(text, published_at=pub)


def _ev(doc, trigger):
    return [e for e in doc.events if e.trigger == trigger]


# 1. ", and we will ...": "and" + a subject of its own opens a new clause (no place target, no denied report past it)

def test_rejected_accusations_and_we_will_support_quote():
    doc = _doc("Moscow accused Lithuania of smuggling weapons into Kaliningrad. \"We reject these accusations, and we "
               "will keep supporting Moldova,\" Lithuanian Foreign Minister Gabrielius Landsbergis told reporters.")
    rej = _ev(doc, "reject")
    assert [e.target_country for e in rej] == ["RUS"], [(e.cameo, e.trigger, e.target_code) for e in doc.events]
    sup = [e for e in doc.events if e.trigger == "supporting"]
    assert sup and not any(e.negated for e in sup), [(e.trigger, e.negated) for e in sup]


def test_rejected_accusations_and_the_government_will_not_denied():
    doc = _doc("Belgrade rejected the allegations, and the government will keep backing Bosnia's Serbs in talks.")
    evs = [e for e in doc.events if e.trigger == "backing"]
    assert evs and not evs[0].negated, [(e.trigger, e.negated) for e in doc.events]
    assert [e.target_country for e in _ev(doc, "rejected")] != ["BIH"], [(e.trigger, e.target_code) for e in doc.events]


def test_rejected_plan_and_they_will_march_in_place():
    doc = _doc("Opposition leaders rejected the plan, and they will march in Nairobi on Monday.")
    rej = [e for e in doc.events if e.trigger.startswith("rejected")]
    assert rej and rej[0].target_country is None, [(e.trigger, e.target_code, e.rule) for e in doc.events]
    assert [e.target_country for e in doc.events if e.trigger == "march"] == ["KEN"]


def test_guard_and_its_capital_as_object_keeps_place():
    doc = _doc("Opposition leaders rejected the plan and its timetable for Nairobi.")
    rej = [e for e in doc.events if e.trigger.startswith("rejected")]
    assert [e.target_country for e in rej] == ["KEN"], [(e.trigger, e.target_code, e.rule) for e in doc.events]


def test_guard_rejected_reports_two_reported_clauses_stay_denied():
    doc = _doc("The ministry rejected reports that its troops had shelled the town and the army had killed civilians.")
    assert [e.negated for e in doc.events if e.trigger in ("shelled", "killed")] == [True, True], \
        [(e.trigger, e.negated) for e in doc.events]


def test_guard_bare_second_verb_keeps_place_target():
    doc = _doc("Israeli jets shelled villages and destroyed homes in southern Lebanon.")
    assert [e.target_country for e in _ev(doc, "shelled")] == ["LBN"], [(e.trigger, e.target_code) for e in doc.events]


def test_guard_denied_reports_pronoun_inside_that_clause_stays_denied():
    doc = _doc("The army denied reports that its soldiers had looted the camp and they had set homes on fire.")
    evs = [e for e in doc.events if e.trigger_start > doc.text.index("reports")]
    assert evs and all(e.negated for e in evs), \
        [(e.trigger, e.negated) for e in doc.events]


# 2. an aside opened by an adverb or a participle between the subject and its verb (english._opens_aside)

def _sources(doc, trigger):
    return sorted(e.source_country or "-" for e in doc.events if e.trigger.startswith(trigger))


def test_coordinated_subject_with_also_aside():
    doc = _doc("Mali and Niger, also run by military juntas, expressed support for Burkina Faso's government.")
    assert _sources(doc, "expressed") == ["MLI", "NER"], [(e.trigger, e.source_code) for e in doc.events]


def test_participle_aside_between_subject_and_verb():
    doc = _doc("Armenia, angered by the Russian inaction, condemned Azerbaijan's offensive.")
    assert _sources(doc, "condemned") == ["ARM"], [(e.trigger, e.source_code) for e in doc.events]


def test_still_aside_and_quoted_by_aside():
    doc = _doc("Ghana, still reeling from its debt crisis, asked the International Monetary Fund for help.")
    assert _sources(doc, "asked") == ["GHA"], [(e.trigger, e.source_code) for e in doc.events]
    doc = _doc("Russia's foreign ministry, quoted by state media, accused Britain of provoking Moscow.")
    assert _sources(doc, "accused") == ["RUS"], [(e.trigger, e.source_code) for e in doc.events]


def test_guard_verb_list_after_comma_keeps_its_subject():
    doc = _doc("The Kenyan police fired tear gas, injured dozens of students, and detained five Kenyan journalists.")
    assert _sources(doc, "detained") == ["KEN"], [(e.trigger, e.source_code) for e in doc.events]
    assert [e.target_code for e in doc.events if e.trigger == "detained"] == ["KENMED"]


# 3. the day told after the act an appeal / accusation names is that act's (demanded_date_en.content_date)

def _dates(doc, trigger):
    return [e.date for e in doc.events if e.trigger.startswith(trigger)]


def test_called_for_shutdown_on_sunday_is_not_the_call_day():
    doc = _doc("Opposition parties in Dhaka called for a nationwide shutdown on Sunday.", pub="2024-05-01")
    assert _dates(doc, "called") == ["2024-05-01"], [(e.trigger, e.date, e.rule) for e in doc.events]


def test_call_keeps_its_own_day_before_the_trigger():
    doc = _doc("The opposition on Monday called for a general strike on Saturday.", pub="2024-05-01")
    assert _dates(doc, "called") == ["2024-04-29"], [(e.trigger, e.date, e.rule) for e in doc.events]


def test_accused_of_the_arson_attack_on_thursday():
    doc = _doc("Serbia accused Kosovo of the arson attack on Thursday.", pub="2024-05-01")
    assert _dates(doc, "accused") == ["2024-05-01"], [(e.trigger, e.date, e.rule) for e in doc.events]


def test_guard_called_for_calm_on_thursday_is_the_call_day():
    doc = _doc("The United Nations called for calm on Thursday.", pub="2024-05-01")
    assert _dates(doc, "called") == ["2024-04-25"], [(e.trigger, e.date, e.rule) for e in doc.events]


def test_guard_accused_on_thursday_and_in_a_statement():
    doc = _doc("Serbia accused Kosovo on Thursday of backing the attack.", pub="2024-05-01")
    assert _dates(doc, "accused") == ["2024-04-25"], [(e.trigger, e.date, e.rule) for e in doc.events]
    doc = _doc("Serbia accused Kosovo of the attack in a statement on Thursday.", pub="2024-05-01")
    assert _dates(doc, "accused") == ["2024-04-25"], [(e.trigger, e.date, e.rule) for e in doc.events]


def test_guard_main_verb_after_comma_is_no_aside():
    doc = _doc("Guinea, together with Togo, announced in March that it was leaving the bloc, accusing the African "
               "Union of bias.")
    assert "TGO" not in _sources(doc, "accusing"), [(e.trigger, e.source_code) for e in doc.events]
