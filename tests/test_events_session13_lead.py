"""Session 13, lead: pages of other sections and demand nouns.  Deaths are no attacks unless something killed
(marsad/coding/deaths.py); price wars are no assaults (marsad/coding/market_war.py); a life story's roles and
schooling are no events (drop_en.txt); "X مطالبة ب…" is an obligation (marsad/coding/obliged_ar.py); the genitive of
a demand noun may be the one asked (marsad/coding/demand_noun_ar.py).  Sentences are ours."""
from __future__ import annotations

import pytest

from events_helpers import full

ATTACK = ("17", "18", "19", "20")
DAY = "2026-11-20"


def _attacks(doc):
    return [e for e in doc.events if e.root in ATTACK]


def _codes(doc):
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events]


@pytest.mark.parametrize("text", [
    "The former president died on Sunday after a long illness.",
    "The party's veteran leader died at his home in Cairo.",
    "Hassan Farid, a poet of the sea and the mountains, dies at 91.",
])
def test_a_natural_death_is_no_event(text):
    assert _attacks(full(text, published_at=DAY)) == []


def test_the_dead_of_an_attack_are_its_victims():
    doc = full("Three soldiers died in the attack on the checkpoint on Monday.", published_at=DAY)
    deaths = [e for e in _attacks(doc) if e.trigger == "died"]
    assert deaths and all(e.source_code is None and e.target_code == "MIL" for e in deaths), _codes(doc)


def test_a_killing_keeps_its_attacker():   # guard: not a death verb
    doc = full("Gunmen killed three soldiers at a checkpoint on Monday.", published_at=DAY)
    assert any(e.root == "18" or e.root == "19" for e in doc.events), _codes(doc)


@pytest.mark.parametrize("text", [
    "Corvex launched an aggressive attack on its rival's memory business on Thursday.",
    "Analysts warned that the price war could kill off smaller suppliers.",
    "A bruising price war hits the smartphone market hard.",
    "وقال مدير تنفيذي إن المنافسة تقتل هوامش الربح في قطاع الاتصالات.",
])
def test_price_wars_are_no_assaults(text):
    assert _attacks(full(text, published_at=DAY)) == []


@pytest.mark.parametrize("text", [
    # guards: a market, a business district and a war are real targets and attackers
    "Gunmen attacked the business district of the capital on Friday.",
    "An airstrike hit a crowded market in the town, killing 12 people.",
    "The war killed more than 300,000 people, the monitor said.",
    "قتل مسلحون ثلاثة أشخاص في هجوم على سوق شعبي في المدينة.",
])
def test_attacks_on_markets_stay(text):
    assert _attacks(full(text, published_at=DAY)), text


@pytest.mark.parametrize("text, code", [
    ("He later served as ambassador to Washington and as foreign minister.", "06"),
    ("Barakat studied law in Paris before joining the foreign ministry.", "09"),
    ("The prime minister declared a day of national mourning.", "11"),
    ("Investors weighed comments from the central bank on Wednesday.", "04"),
    ("The ordeal made him more determined to talk to everyone.", "03"),
])
def test_a_life_story_is_no_event(text, code):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root == code], _codes(doc)


@pytest.mark.parametrize("text", [
    "وقال الخبير الاقتصادي إن الحكومات مطالبة بحماية الفئات الأضعف من آثار الأزمة.",
    "وقالت الوزارة إن الشركات مطالبة بدفع الضرائب المتأخرة قبل نهاية العام.",
])
def test_an_obligation_is_no_demand(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root == "10"], _codes(doc)


def test_protests_demanding_keep_their_demand():   # guard: an indefinite subject, the active participle
    doc = full("وخرجت مظاهرات مطالبة برحيل الحكومة في عدة مدن.", published_at=DAY)
    demands = [e for e in doc.events if e.root == "10"]
    assert demands and all(e.target_code == "GOV" and e.source_code != "GOV" for e in demands), _codes(doc)


def test_a_renewed_demand_asks_its_genitive():
    doc = full("وجدد المحتجون مطالبة الحكومة بالاستقالة.", published_at=DAY)
    assert any(e.root == "10" and e.source_code == "CVL" and e.target_code == "GOV" for e in doc.events), _codes(doc)


def test_a_rejected_demand_keeps_its_demander():   # guard: after رفض the genitive is the demander
    doc = full("ورفضت الحكومة مطالبة المعارضة بتأجيل الانتخابات.", published_at=DAY)
    assert any(e.root == "10" and e.source_code == "OPP" for e in doc.events), _codes(doc)


def test_an_actor_inside_the_demand_is_no_demander():
    doc = full("ورفع المتظاهرون شعارات للمطالبة بعودة الرئيس السابق.", published_at=DAY)
    demands = [e for e in doc.events if e.root == "10"]
    assert demands and all(e.source_code == "CVL" and e.target_code is None for e in demands), _codes(doc)


def test_an_arabic_counterfactual_is_no_report():
    doc = full("لو أن الأطراف المتحاربة جلست إلى طاولة المفاوضات قبل عام، لما قتل آلاف المدنيين.", published_at=DAY)
    assert doc.events and all(e.modality in ("hypothetical", "conditional") for e in doc.events), _codes(doc)
    assert {e.modality for e in doc.events if e.root == "04"} == {"hypothetical"}
    assert {e.modality for e in doc.events if e.root in ATTACK} <= {"conditional"}


def test_concessive_wa_law_stays_asserted():   # guard: "ولو أن" = even though, no answer clause
    doc = full("ولو أن الحكومة وقعت الاتفاق مع المعارضة، فإن تنفيذه ما زال متعثرا.", published_at=DAY)
    assert any(e.root == "05" and e.modality == "asserted" for e in doc.events), _codes(doc)


@pytest.mark.parametrize("text, root, target", [
    ("Former minister jailed for 12 years in bribery case", "17", "ELI"),
    ("Three soldiers killed in ambush near border", "19", "MIL"),
    ("The soldiers killed in the ambush were buried on Friday.", "19", "MIL"),
])
def test_a_headline_participle_is_a_passive(text, root, target):
    doc = full(text, published_at=DAY)
    evs = [e for e in doc.events if e.root == root]
    assert evs and all(e.target_code and e.target_code.endswith(target) and e.source_code is None for e in evs), \
        _codes(doc)


def test_a_headline_participle_keeps_its_by_agent():
    doc = full("Two journalists detained by security forces in Cairo", published_at=DAY)
    assert any(e.root == "17" and e.source_code == "EGYCOP" and e.target_code == "EGYMED" for e in doc.events), \
        _codes(doc)


@pytest.mark.parametrize("text, root, source", [
    # guards: an object after a count, and a verb with its object, are active
    ("Police arrested at least 20 protesters in Nairobi on Monday.", "17", "KENCOP"),
    ("Troops killed over 30 militants in the raid.", "19", "MIL"),
])
def test_an_active_verb_keeps_its_subject(text, root, source):
    doc = full(text, published_at=DAY)
    assert any(e.root == root and e.source_code == source for e in doc.events), _codes(doc)


@pytest.mark.parametrize("text", [
    "The company paid the money through a network of shell companies in Cyprus.",
    "His lawyer said he would appeal.",
    "The defence will appeal the verdict, his lawyer said.",
])
def test_compound_nouns_and_court_appeals_are_no_events(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root in ("02", "19")], _codes(doc)


@pytest.mark.parametrize("text, root", [
    ("The UN appealed for calm in the capital.", "02"),
    ("Rebels shelled the town on Monday.", "19"),
])
def test_appeals_and_shelling_stay(text, root):   # guards
    assert any(e.root == root for e in full(text, published_at=DAY).events)


@pytest.mark.parametrize("text", [
    "The virus has killed more than 2,000 people across the region since March.",
    "Health workers are fighting the outbreak with limited supplies.",
    "قتل فيروس كورونا أكثر من ألف شخص في البلاد.",
])
def test_a_disease_is_no_attacker(text):
    assert _attacks(full(text, published_at=DAY)) == []


@pytest.mark.parametrize("text, source", [
    ("The senator blasted the president's plan as reckless.", "LEG"),
    ("The opposition slammed the government over the fuel price rise.", "OPP"),
    ("The film attacks the hypocrisy of the ruling elite, critics said.", None),
])
def test_verbal_attacks_are_criticism(text, source):
    doc = full(text, published_at=DAY)
    assert not _attacks(doc) and any(e.cameo == "111" and e.source_code == source for e in doc.events), _codes(doc)


@pytest.mark.parametrize("text", [
    "The central bank governor was sacked by presidential decree on Sunday.",
    "Gunmen stormed the compound before dawn.",
])
def test_nouns_are_no_triggers(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.cameo in ("100", "060")], _codes(doc)


@pytest.mark.parametrize("text", [
    "قتل شخصان وأصيب خمسة آخرون في حادث سير على الطريق الدولي.",
    "Four people were killed when their bus collided with a truck near Nakuru.",
])
def test_an_accident_is_no_attack(text):
    assert _attacks(full(text, published_at=DAY)) == []


def test_an_attacker_beside_an_accident_stays():   # guard: the event has a source
    doc = full("Gunmen killed four passengers after the bus crashed into a barrier.", published_at=DAY)
    assert any(e.root == "19" and e.source_code for e in doc.events), _codes(doc)


def test_a_critic_attacking_a_film_criticises():
    doc = full("هاجم الناقد الفيلم الجديد ووصفه بأنه ضعيف.", published_at=DAY)
    assert not _attacks(doc) and any(e.cameo == "111" for e in doc.events), _codes(doc)


@pytest.mark.parametrize("text", [
    "أعدمت السلطات الإيرانية ثلاثة رجال أدينوا بتهريب المخدرات.",
    "وأدين المتهم بالتخابر مع جهة أجنبية.",
])
def test_convicted_is_no_condemnation(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.cameo == "111"], _codes(doc)


def test_a_condemnation_of_an_assault_stays():   # guard: the act named after "ما وصفه ب" is no charge
    doc = full("وأدان رئيس الوزراء العراقي ما وصفه بالاعتداء على المتظاهرين السلميين.", published_at=DAY)
    assert any(e.cameo == "111" for e in doc.events), _codes(doc)


@pytest.mark.parametrize("text, root", [
    ("أعلنت وزارة الداخلية المصرية القبض على خلية إرهابية في شمال سيناء.", "17"),
    ("أعلنت الحكومة فرض حظر التجول في العاصمة.", "17"),
])
def test_an_announced_arrest_is_a_report(text, root):
    doc = full(text, published_at=DAY)
    evs = [e for e in doc.events if e.root == root]
    assert evs and not any(e.historical for e in evs), _codes(doc)


def test_an_arrest_after_a_preposition_stays_a_reference():   # guard: no announcing verb
    doc = full("وطالبت المنظمة بالتحقيق في ظروف اعتقال الناشطين.", published_at=DAY)
    assert all(e.historical for e in doc.events if e.root == "17"), _codes(doc)


def test_a_city_that_is_a_given_name_after_a_title_is_a_person():
    from marsad.lang import ner_en
    assert ner_en.tag_tokens(["Judge", "Mary", "Wanjiru", "said"]) == ["O", "B-PERS", "I-PERS", "O"]
    doc = full("Judge Mary Wanjiru said the prosecution had proved its case.", published_at=DAY)
    assert not any((e.source_code or "").startswith("TKM") for e in doc.events), _codes(doc)


def test_a_place_after_a_title_stays_a_place():   # guard: "Governor of Kano", "President Putin" in "Moscow" runs
    from marsad.lang import ner_en
    assert "B-GPE" in ner_en.tag_tokens(["The", "Cairo", "Governor", "Paris", "said"])


@pytest.mark.parametrize("text, root", [
    ("The ministry rejected reports that it had expelled the Iranian ambassador.", "16"),
    ("The army dismissed claims that its jets had bombed a hospital in the city.", "19"),
    ("نفت وزارة الخارجية الأنباء التي تحدثت عن طرد السفير الإيراني.", "16"),
])
def test_a_denied_report_is_negated(text, root):
    doc = full(text, published_at=DAY)
    evs = [e for e in doc.events if e.root == root]
    assert evs and all(e.negated for e in evs), _codes(doc)
    assert not [e for e in doc.events if e.trigger == "claims"]


def test_a_rejected_proposal_negates_nothing():   # guard: no report noun
    doc = full("The government rejected the proposal and expelled two diplomats.", published_at=DAY)
    assert any(e.root == "16" and not e.negated for e in doc.events), _codes(doc)


@pytest.mark.parametrize("text, date", [
    ("The U.S. and U.K. warplanes struck Houthi targets in Yemen on Jan. 12, officials said.", "2026-01-12"),
    ("قصفت الطائرات مواقع الحوثيين في 12 يناير.", "2026-01-12"),
    ("Rebels attacked the town in December.", "2025-12"),
])
def test_a_reported_event_is_not_dated_after_the_story(text, date):
    doc = full(text, published_at=DAY)
    assert doc.events and all(e.date == date for e in doc.events if e.modality == "asserted"), \
        [(e.cameo, e.date, e.modality) for e in doc.events]


@pytest.mark.parametrize("text, date", [
    ("The two ministers will meet in Cairo on Jan. 12.", "2027-01-12"),   # guard: a future event
    ("Rebels attacked the town on Nov. 22.", "2026-11-22"),               # guard: two days ahead is the stamp's slack
])
def test_future_and_near_dates_stay(text, date):
    doc = full(text, published_at=DAY)
    assert doc.events and all(e.date == date for e in doc.events), [(e.cameo, e.date, e.modality) for e in doc.events]


def test_met_their_death_in_a_blast_is_a_report():
    doc = full("لقي ثلاثة جنود حتفهم في انفجار عبوة ناسفة بريف درعا.", published_at=DAY)
    assert any(e.root == "18" and not e.historical for e in doc.events), \
        [(e.cameo, e.historical, e.rule) for e in doc.events]


def test_kind_sets_groups_forms_by_kind_and_language():
    from marsad.coding.structure import kind_sets
    by_lang = kind_sets("denied_reports.tsv", ("deny", "report", "skip"), by_lang=True)
    assert "rejected" in by_lang["en"]["deny"] and "reports" in by_lang["en"]["report"]
    assert "نفت" in by_lang["ar"]["deny"] and "rejected" not in by_lang["ar"]["deny"]
    plain = kind_sets("counterfactual_ar.tsv", ("if", "then", "absent"))
    assert "لو" in plain["if"] and "لما" in plain["then"] and plain["absent"] == frozenset()


def test_last_word_of_a_multi_word_trigger():
    from marsad.coding.structure import Word, last_word
    doc = full("Corvex launched an aggressive attack on its rival.", published_at=DAY)
    words = []
    for t in doc.tokens:
        w = Word.__new__(Word)
        w.start, w.end = t.start, t.end
        words.append(w)
    end = doc.text.index("attack") + len("attack")   # "launched an aggressive attack": words 1-4
    assert last_word(words, 1, end) == 4
    assert last_word(words, 4, end) == 4
