"""Session 23 GAPE (English coding gaps of the ninth blind test): "the alliance / the bloc / the union" is the IGO
named before; "both sides / the two neighbours / both countries" after a pair of countries is that pair (also after
"X and Y signed …", and toward a third country's target); "struck what Ankara called a militant base" has no Ankara
target; "North America", "Latin American" are regions, no USA.  Sentences written for these tests (none from the
blind articles); each case has guards."""
from __future__ import annotations

from events_helpers import dump, full


def _doc(text):
    return full(text, published_at="2024-05-02")


def _ev(doc, root, src="*", tgt="*"):
    return [e for e in doc.events if e.cameo.startswith(root) and (src == "*" or e.source_code == src)
            and (tgt == "*" or e.target_code == tgt)]


# ---------------------------------------------------------------- 1. the IGO anaphor
def test_the_alliance_is_the_igo_named_before():
    doc = _doc("Georgia suspended its cooperation with NATO on Tuesday. Tbilisi accused the alliance of ignoring its "
               "security needs.")
    assert _ev(doc, "112", "GEOGOV", "IGOWSTNAT"), dump(doc)


def test_the_bloc_as_object_and_subject():
    doc = _doc("Hungary blocked a new sanctions package against Russia at a meeting of the European Union on Monday. "
               "Budapest criticised the bloc for ignoring its energy needs. The bloc condemned the decision.")
    assert _ev(doc, "111", "HUNGOV", "IGOEUREEC"), dump(doc)
    assert [e for e in _ev(doc, "111") if e.source_code == "IGOEUREEC" and e.trigger == "condemned"], dump(doc)


def test_the_union_after_a_union_is_no_labour_union():
    doc = _doc("Kazakhstan joined the Eurasian Economic Union in 2015. On Tuesday Astana accused the union of imposing "
               "unfair tariffs.")
    assert _ev(doc, "112", "KAZGOV", "IGOCASEEU"), dump(doc)
    assert not any("LAB" in (e.target_code or "") for e in doc.events), dump(doc)


def test_the_union_needs_a_union_name():   # guard: NATO is no union
    doc = _doc("NATO leaders met in Brussels on Monday. On Tuesday the union condemned the government of Belgium.")
    assert not any((e.source_code or "").startswith("IGO") and e.root == "11" for e in doc.events), dump(doc)


def test_a_group_named_in_between_keeps_the_organisation_unread():   # guard: nearest named organisation not an IGO
    doc = _doc("The European Union listed Hamas as a terrorist group in 2003. Israel accused the organisation of "
               "hiding weapons in hospitals.")
    assert not _ev(doc, "112", "*", "IGOEUREEC"), dump(doc)


def test_the_union_of_journalists_is_no_igo():   # guard: "the union of" + a noun
    doc = _doc("The European Union imposed sanctions on Belarus on Monday. The union of journalists condemned the "
               "arrest of two reporters.")
    assert not _ev(doc, "111", "IGOEUREEC"), dump(doc)


def test_an_adjective_before_the_noun_is_another_alliance():   # guard: "the ruling alliance"
    doc = _doc("NATO held a summit in Vilnius on Monday. In Nepal, the ruling alliance criticised the opposition.")
    assert not _ev(doc, "111", "IGOWSTNAT"), dump(doc)


# ---------------------------------------------------------------- 2. the pair as subject
def test_both_sides_after_a_coordinated_subject_accuse_each_other():
    doc = _doc("Serbia and Kosovo signed a deal in Brussels on Monday. Both sides accused each other of breaking "
               "earlier promises.")
    got = {(e.source_country, e.target_country) for e in _ev(doc, "112")}
    assert got == {("SRB", "XKX"), ("XKX", "SRB")}, dump(doc)


def test_the_two_neighbours_agree_with_a_countryless_object():
    doc = _doc("India and China held talks on the border on Monday. The two neighbours agreed to withdraw troops "
               "from the disputed area.")
    got = {(e.source_country, e.target_country) for e in _ev(doc, "03")}
    assert got == {("IND", "CHN"), ("CHN", "IND")}, dump(doc)


def test_both_countries_toward_a_third_country():
    doc = _doc("Japan and South Korea held a summit in Tokyo. Both countries condemned the missile launch by North "
               "Korea.")
    got = {(e.source_country, e.target_country) for e in _ev(doc, "111")}
    assert got == {("JPN", "PRK"), ("KOR", "PRK")}, dump(doc)


def test_a_pair_subject_with_no_pair_before_stays_unread():   # guard
    doc = _doc("Both countries condemned the missile launch by North Korea on Monday.")
    assert all(e.source_country is None for e in _ev(doc, "111")), dump(doc)


def test_a_fan_out_names_no_pair():   # guard: two pairs before
    doc = _doc("Egypt hosted Sudanese and Ethiopian officials in Cairo on Monday. Both countries condemned the attack "
               "by Eritrea.")
    assert not [e for e in _ev(doc, "111") if e.source_country == "EGY"], dump(doc)


# ---------------------------------------------------------------- 3. what X called
def test_the_describing_capital_is_no_target():
    doc = _doc("Turkish drones hit what Ankara called a militant base in northern Iraq on Sunday.")
    got = [e for e in doc.events if e.root in ("18", "19")]
    assert got and all(e.target_code == "IRQ" for e in got), dump(doc)


def test_the_describing_capital_of_the_target_country_is_no_government_target():
    doc = _doc("Russia fired missiles at what Kyiv described as energy facilities in western Ukraine.")
    got = [e for e in doc.events if e.root in ("18", "19")]
    assert got and all(e.target_code == "UKR" for e in got), dump(doc)


def test_a_plain_strike_keeps_its_place_target():   # guard
    doc = _doc("Turkish drones hit a militant base in northern Iraq on Sunday.")
    assert [e for e in doc.events if e.root in ("18", "19") and e.target_code == "IRQ"], dump(doc)


def test_a_verbal_act_on_what_x_called_is_left_alone():   # guard: not a use of force
    doc = _doc("Russia condemned what Kyiv called a referendum in Crimea.")
    assert _ev(doc, "111", "RUS", "UKRGOV"), dump(doc)


# ---------------------------------------------------------------- 5. regions
def test_north_america_is_no_country():
    doc = _doc("The company protested against tariffs on steel from North America.")
    assert not any(a.country == "USA" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]
    assert not any(p.country == "USA" for p in doc.places), [(p.text, p.country) for p in doc.places]
    assert not any(e.target_country == "USA" for e in doc.events), dump(doc)


def test_latin_american_leaders_are_no_americans():
    doc = _doc("The summit of Latin American leaders condemned the United States.")
    assert not any(e.source_country == "USA" for e in doc.events), dump(doc)


def test_central_america_is_no_place_of_the_usa():
    doc = _doc("Brazil courted buyers in Central America and South America last year.")
    assert not any(p.country == "USA" for p in doc.places), [(p.text, p.country) for p in doc.places]


def test_america_and_american_stay_the_usa():   # guard
    doc = _doc("America imposed sanctions on Venezuela. American officials met Mexican ministers.")
    assert _ev(doc, "16", "USA", "VEN"), dump(doc)
    assert _ev(doc, "04", "USAGOV", "MEXGOV"), dump(doc)


# ---------------------------------------------------------------- 4. "… and warned that <own capital> would retaliate"
def test_a_content_threat_of_the_own_capital_addresses_the_accused():
    doc = _doc("Iran accused Israel of the strike and warned that Tehran would retaliate.")
    got = [e for e in doc.events if e.root == "13"]
    assert got and all(e.source_country == "IRN" and e.target_country == "ISR" for e in got), dump(doc)


def test_a_content_threat_with_no_accusation_keeps_no_target():   # guard: nothing joined by "and"
    doc = _doc("Iran accused Israel of the strike. Officials warned that Tehran would retaliate.")
    assert not [e for e in doc.events if e.root == "13" and e.target_code], dump(doc)
