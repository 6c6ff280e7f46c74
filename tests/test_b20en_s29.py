"""Session 29, B20EN: English constructions of blind_s33 / blind_s34 (martial law, a treaty on hold, airspace closed,
a vote to reject, appeals "called on X to V", background wars, word senses).  Our own sentences."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _evs(text, pub="2024-05-01", lang="en"):
    return _P(text, published_at=pub, lang=lang).events


def _events(text, pub="2024-05-01", lang="en"):
    return [(e.cameo, e.source_code, e.target_code) for e in _evs(text, pub, lang)]


def _codes(text, pub="2024-05-01", lang="en"):
    return [e.cameo for e in _evs(text, pub, lang)]


# 1. martial law / a state of emergency declared and lifted

def test_declared_martial_law_or_emergency_is_1724():
    assert "1724" in _codes("The Thai army chief declared martial law across the country on Tuesday.")
    assert "1724" in _codes("The Ecuadorean government declared a state of emergency in four provinces on Monday.")


def test_lifted_martial_law_is_0814():
    evs = _events("The Thai army chief lifted martial law in the capital on Friday.")
    assert any(c == "0814" for c, s, t in evs), evs


def test_declared_it_takes_the_object_told_before():
    evs = _events("The Thai army chief lifted martial law on Friday, three weeks after he declared it in a radio address.")
    assert "0814" in [c for c, s, t in evs] and "1724" in [c for c, s, t in evs], evs
    assert "0813" in _codes("The governor imposed a curfew on Monday and lifted it on Friday.")


def test_declared_without_martial_law_is_no_emergency():
    assert "1724" not in _codes("The Thai army chief declared his support for the new cabinet on Friday.")
    assert "1724" not in _codes("The Thai army chief declared it a success after the drill on Friday.")


# 2. a treaty on hold / in abeyance, airspace closed, a vote to reject, punish in a promise

def test_treaty_put_on_hold_or_held_in_abeyance_reduces_relations():
    evs = _events("Ethiopia put a border treaty with Eritrea on hold on Wednesday.")
    assert any(c == "160" and s and s.startswith("ETH") for c, s, t in evs), evs
    evs = _events("The foreign minister said the fishing accord with Morocco would be held in abeyance until Rabat paid.")
    assert any(c == "160" for c, s, t in evs), evs


def test_put_without_hold_is_nothing():
    assert "160" not in _codes("Ethiopia put more troops along the border with Eritrea on Wednesday.")


def test_closed_its_airspace_is_an_embargo_on_the_to_party():
    evs = _events("Ukraine closed its airspace to Belarusian airlines on Monday.")
    assert any(c == "163" and s == "UKR" and t and t.startswith("BLR") for c, s, t in evs), evs
    evs = _events("Azerbaijan shut its airspace to Armenian carriers on Sunday.")
    assert any(c == "163" and t and t.startswith("ARM") for c, s, t in evs), evs


def test_closed_offices_is_no_airspace_embargo():
    assert "163" not in _codes("Ukraine closed its consulate in Minsk on Monday.")


def test_voted_to_reject_is_a_rejection_by_the_legislature():
    evs = _events("Georgian lawmakers voted unanimously to reject the president's veto on Tuesday.")
    assert any(c == "120" and s and s.endswith("LEG") for c, s, t in evs), evs
    evs = _events("Peruvian legislators voted to block the decree on Thursday.")
    assert any(c == "120" for c, s, t in evs), evs


def test_voted_to_approve_is_no_rejection():
    assert "120" not in _codes("Georgian lawmakers voted to approve the budget on Tuesday.")


def test_would_punish_in_a_promise_is_a_threat():
    evs = _events("The interior minister said Kenya would track down and punish the smugglers.")
    assert any(c == "130" for c, s, t in evs) and "170" not in [c for c, s, t in evs], evs
    evs = _events('Ruto said Kenya would "find, trace and punish every attacker".')
    assert any(c == "130" for c, s, t in evs) and "170" not in [c for c, s, t in evs], evs


def test_punished_as_a_past_act_stays_coercion():
    assert "170" in _codes("Kenyan police punished the protesters on Monday.")


def test_two_root16_acts_joined_by_and_are_two_events():
    evs = _events("Pakistan protested on Thursday, a day after New Delhi put a water treaty on hold and expelled "
                  "Pakistani military advisers.")
    codes = [c for c, s, t in evs]
    assert "160" in codes and "166" in codes, evs
    assert all(s and s.startswith("IND") for c, s, t in evs if c in ("160", "166")), evs


# 3. an appeal "called on X to V" whatever V; coordinated callers

def test_called_on_to_publish_is_an_appeal_by_both_callers():
    evs = _events("Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi called on the two sides to "
                  "publish the full terms of the deal.")
    srcs = {s for c, s, t in evs if c == "020"}
    assert any(s and s.startswith("RUS") for s in srcs) and any(s and s.startswith("CHN") for s in srcs), evs
    evs = _events("Germany and France called on the electoral commission to disclose the results.")
    assert {s for c, s, t in evs if c == "020"} >= {"DEU", "FRA"}, evs


def test_coordinated_with_a_possessive_is_two_subjects():
    evs = _events("Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni condemned the raid.")
    assert {s for c, s, t in evs if c == "111"} >= {"KENGOV", "UGAGOV"}, evs
    evs = _events("The army shelled the town and its suburbs on Monday.")
    assert len([c for c, s, t in evs if c.startswith("19")]) == 1, evs


def test_called_a_noun_to_is_no_appeal():
    assert "020" not in _codes("Germany called a meeting to the capital on Monday.")


# 4. word senses and background

def test_fought_wars_since_a_past_year_is_background():
    evs = _evs("Eritrea and Ethiopia have fought two wars since independence in 1993.", "2025-04-24")
    assert evs and all(e.historical for e in evs if e.cameo.startswith("19")), [(e.cameo, e.date) for e in evs]
    evs = _evs("The two militias have clashed repeatedly since the collapse of the state in 2011.", "2025-04-24")
    assert all(e.historical for e in evs if e.cameo.startswith("19")), [(e.cameo, e.date) for e in evs]


def test_past_attack_after_since_phrase_keeps_its_day():
    evs = _evs("Troops attacked the town on Monday, the worst raid since the ceasefire of 2019.", "2025-04-24")
    assert any(e.cameo.startswith("19") and not e.historical for e in evs), [(e.cameo, e.date) for e in evs]


def test_related_to_and_influence_operation_are_no_acts():
    assert not any(c in ("050", "060") for c in _codes(
        "The court ordered the company to keep all records related to the referendum."))
    assert not any(c in ("050", "060") for c in _codes(
        "The report accused Moscow of running an influence campaign on social media."))
    assert not any(c in ("050", "060") for c in _codes(
        'Supporters chanted "give us back our election" outside the court.'))
    assert not any(c in ("050", "060") for c in _codes("He said he had spent nothing on advertising."))


def test_influence_as_a_verb_stays():
    assert "050" in _codes("Moscow tried to influence the vote in Moldova.")


def test_killing_verb_keeps_the_report_over_a_far_attack_noun():
    evs = _evs("Gunmen killed 14 people, most of them pilgrims, near the town of Kaduna on Sunday in the deadliest "
               "attack on civilians in the region this year.", "2025-04-24")
    trig = [e.trigger for e in evs if e.cameo[:2] in ("18", "19")]
    assert trig and trig[0].startswith("killed"), [(e.cameo, e.trigger) for e in evs]


# Arabic: a discussion verb is no ب + حث demand; its phone-call noun is the same happening

def test_discussed_in_a_phone_call_is_one_consultation():
    evs = _evs("وبحث وزير الخارجية المصري في اتصال هاتفي مع نظيره التونسي الأوضاع في ليبيا.", lang="ar")
    assert not any(e.cameo.startswith("10") for e in evs), [(e.cameo, e.modality) for e in evs]
    assert any(e.cameo.startswith("04") and e.source_code == "EGYGOV" and e.target_code == "TUNGOV" for e in evs)
    evs = _evs("وبحث الرئيس الجزائري في اتصال هاتفي مع نظيره الفرنسي العلاقات الثنائية.", lang="ar")
    assert not any(e.cameo.startswith("10") for e in evs), [(e.cameo, e.modality) for e in evs]


def test_urged_still_demands():
    evs = _evs("وحث وزير الخارجية المصري الطرفين على وقف إطلاق النار.", lang="ar")
    assert any(e.cameo.startswith("02") for e in evs), [(e.cameo, e.modality) for e in evs]
