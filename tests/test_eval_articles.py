"""`marsad eval articles`: whole-article event gold (marsad/eval/articles.py).

The scorer is tested on documents whose events are set by hand (what it must count for a given system output),
then the real pipeline on the bundled examples' gold and on the seed article's gold."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.eval.articles import GoldError, evaluate, read_gold
from marsad.model import Document, Event, Place

TEXT = "التقى وزير الخارجية نظيره في عمّان. وقصفت الطائرات مواقع في الشمال. ودعا الأمين العام إلى الهدوء."


def _event(i, trigger, code, src=None, tgt=None, **kw):
    start = TEXT.index(trigger)
    return Event(id=f"e{i}", sentence=0, sentence_start=0, sentence_end=len(TEXT), trigger_start=start,
                 trigger_end=start + len(trigger), trigger=trigger, cameo=code, root=code[:2], quad_class=1,
                 goldstein=0.0, plover_type=kw.pop("plover_type", None), source_code=src, target_code=tgt, **kw)


def _fixed(events, places=()):
    """A pipeline stand-in for the scorer tests: returns a document with these events (the scorer, not the coder,
    is under test here)."""
    def pipeline_for(captions):
        def run(text, published_at=None):
            doc = Document.from_text(text, published_at=published_at)
            doc.events = list(events)
            doc.places = list(places)
            return doc
        return run
    return pipeline_for


def _gold(tmp_path, events_yaml, complete=True):
    p = tmp_path / "gold.yaml"
    p.write_text("articles:\n  - id: a\n    text: \"" + TEXT + "\"\n    published_at: 2024-05-02\n"
                 f"    complete: {'true' if complete else 'false'}\n    events:\n" + events_yaml, encoding="utf-8")
    return p


GOLD = """\
      - {trigger: التقى, code: ["040", "043"], source: EGYGOV, target: JOR, date: 2024-05-02, place: Amman}
      - {trigger: وقصفت, code: ["195"], source: [TURMIL, TUR], target: "*", date: "<2024-05-02"}
      - {trigger: ودعا, code: ["02"], source: IGOUNO, target: "-", optional: true}
"""


AMMAN = Place(id="p1", start=0, end=1, text="عمّان", name="Amman", name_ar="عمّان", geo_id="250441",
              country="JOR", lat=None, lon=None, precision="city")


def test_found_strict_extra_and_optional(tmp_path):
    evs = [_event(0, "التقى", "040", "EGYGOV", "JORGOV", date="2024-05-02", place_id="p1"),
           _event(1, "التقى", "040", "JORGOV", "EGYGOV", date="2024-05-02", place_id="p1"),   # not in gold: extra
           _event(2, "وقصفت", "195", "TURMIL", None, date="2024-05-02"),                       # date not before
           _event(3, "ودعا", "020", "IGOUNO", None)]                                            # optional
    r = evaluate(_gold(tmp_path, GOLD), pipeline_for=_fixed(evs, [AMMAN]), details=True)
    assert (r["gold_events"], r["found"], r["strict"]) == (2, 2, 1)
    assert r["extra"] == 1 and r["optional_found"] == 1
    assert r["per_article"][0]["wrong"][0]["wrong"] == ["date"]
    # precision over the scored system events: 1 right of 3 (the optional one is not scored)
    assert r["strict_precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert r["fields"]["place"] == {"checked": 1, "accuracy": 1.0}


def test_one_system_event_per_gold_event(tmp_path):
    # the same happening coded twice: one pairs with the gold event, the other is an extra
    evs = [_event(0, "التقى", "040", "EGYGOV", "JORGOV", date="2024-05-02"),
           _event(1, "التقى", "043", "EGYGOV", "JORGOV", date="2024-05-02")]
    r = evaluate(_gold(tmp_path, GOLD), pipeline_for=_fixed(evs))
    assert r["found"] == 1 and r["extra"] == 1


GOLD_OTHER_WAY = """\
      - {trigger: التقى, code: ["040"], source: EGYGOV, target: JOR}
      - {trigger: التقى, code: ["040"], source: "*", target: "*", optional: true}
"""


def test_wrong_actors_pair_with_the_required_event_not_its_optional_copy(tmp_path):
    # the optional "other direction" copy fits any actors; a system event with a wrong target must still be the
    # required event found and coded wrong (scored against precision), not the optional copy found
    r = evaluate(_gold(tmp_path, GOLD_OTHER_WAY), pipeline_for=_fixed([_event(0, "التقى", "040", "EGYGOV", "SYR")]),
                 details=True)
    assert (r["found"], r["strict"], r["optional_found"]) == (1, 0, 0)
    assert r["per_article"][0]["wrong"][0]["wrong"] == ["target"]
    assert r["strict_precision"] == 0.0
    # both directions coded: the right one is the required event, the other the optional copy
    evs = [_event(0, "التقى", "040", "JORGOV", "EGYGOV"), _event(1, "التقى", "040", "EGYGOV", "JORGOV")]
    r = evaluate(_gold(tmp_path, GOLD_OTHER_WAY), pipeline_for=_fixed(evs))
    assert (r["found"], r["strict"], r["optional_found"], r["extra"]) == (1, 1, 1, 0)


def test_wrong_root_is_not_found_and_incomplete_gold_has_no_precision(tmp_path):
    evs = [_event(0, "التقى", "111", "EGYGOV", "JORGOV")]
    r = evaluate(_gold(tmp_path, GOLD, complete=False), pipeline_for=_fixed(evs))
    assert r["found"] == 0 and r["strict_recall"] == 0.0
    assert r["strict_precision"] is None and r["extra"] == 0


def test_counted_precision_leaves_out_conditional_events(tmp_path):
    evs = [_event(0, "التقى", "040", "EGYGOV", "JORGOV", date="2024-05-02", place_id="p1"),
           _event(1, "وقصفت", "195", "TURMIL", None, date="2024-05-01"),
           _event(2, "الهدوء", "107", None, None, modality="demand")]
    r = evaluate(_gold(tmp_path, GOLD), pipeline_for=_fixed(evs, [AMMAN]))
    assert r["extra"] == 1 and r["extra_counted"] == 0
    assert r["strict_precision_counted"] == 1.0


@pytest.mark.parametrize("events_yaml, message", [
    ("      - {trigger: غائبة, code: [\"040\"]}\n", "not in the text"),
    ("      - {trigger: التقى, code: [\"4x\"]}\n", "2-4 digits"),
    ("      - {trigger: التقى, code: [\"040\"], colour: red}\n", "colour"),
])
def test_bad_gold_is_a_clear_error(tmp_path, events_yaml, message):
    with pytest.raises(GoldError, match=message):
        read_gold(_gold(tmp_path, events_yaml))


def test_cli_reports_bad_gold(tmp_path):
    from marsad.cli import app
    p = _gold(tmp_path, "      - {trigger: غائبة, code: [\"040\"]}\n")
    res = CliRunner().invoke(app, ["eval", "articles", str(p)])
    assert res.exit_code == 2 and "not in the text" in res.output


# ----------------------------------------------------------------------------- the real pipeline
def test_bundled_examples_gold():
    from marsad.cli import app
    res = CliRunner().invoke(app, ["eval", "articles", "--json"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.output)
    assert r["articles"] == 3 and r["gold_events"] >= 20
    # regression floors for our own example articles (in-sample: written with the rules in view)
    assert r["recall"] >= 0.95 and r["strict_recall"] >= 0.85
    assert r["fields"]["code"]["accuracy"] >= 0.95


def test_seed_article_gold(seed_doc):
    """Issue 7's nine seed events as article gold: every one found and coded right (code, actors, date, negation,
    modality, place)."""
    gold = Path(__file__).parent / "data" / "gold" / "seed_articles.yaml"
    r = evaluate(gold)
    assert r["found"] == r["gold_events"] == 12
    assert r["strict"] == 12


def test_anchor_is_a_standalone_word(tmp_path):
    # "محتجون" must not be found inside "المحتجون"
    p = tmp_path / "g.yaml"
    p.write_text("articles:\n  - id: a\n    text: \"رفع المحتجون لافتات. وأغلق محتجون الطريق.\"\n    events:\n"
                 "      - {trigger: محتجون, code: [\"14\"]}\n", encoding="utf-8")
    gold, texts = read_gold(p)
    from marsad.eval.articles import _anchor
    s, e = _anchor(texts["a"], "محتجون", 1, "a", p)
    assert texts["a"][:s].endswith("وأغلق ") and texts["a"][s:e] == "محتجون"


# regression floors (strict recall) of our article gold files, a little under what the coder reaches when they
# were last measured (session 11: Arabic .800, English .765; session 12: English .630 over four stories, two of them
# added then and coded before the system was run on them -- the first two alone .824; Arabic .712 -- the two articles
# added by AR7 had their gold written before the system ran on them, .531 strict recall; the two older ones 1.0)
# pages_other.yaml (session 12): two match reports with no event and two disaster stories, in-sample 1.0; session 13
# added an economy page, an obituary, a business page, a court story and an opinion column: strict recall 0.63
# session 13 (AR8): Arabic .800 over six stories (the two added then: first run .485, after the fixes .758)
# session 14 (OTH2): pages_other.yaml gains six pages (police, phone launch, film review, health, Hajj, real estate),
# gold written before the first run: strict recall over 15 pages 0.636 at the first run and after the fixes (the fixes
# removed extras); the floor stays 0.6
# session 21 (OTH): pages_other_s21.yaml, ten more pages with three required events, gold written before the first run:
# strict recall 0.667 at the first run and after the fixes (the fixes removed extras: 32 -> 15); floor 0.6
# session 22 (OTH2): pages_other_s22.yaml, eight more pages with four required events, gold written before the first
# run: strict recall 1.0 at the first run and after the fixes (the fixes removed extras: 48 -> 38); floor 0.6
# session 23 (OTH4): pages_other_s23.yaml, eight more pages with nine required events, gold written before the first
# run: strict recall 0.222 at the first run and after the fixes (the fixes removed extras: 42 -> 12; the misses are
# sides without a country and events not coded at all); floor 0.2
# session 24 (OTH6): pages_other_s24.yaml, eight more pages with three required events, gold written before the first
# run: strict recall 0.333 at the first run and after the fixes (the fixes removed extras: 40 -> 5); floor 0.3
# session 25 (OTH8): pages_other_s25.yaml, six more pages with five required events, gold written before the first
# run: strict recall 0.6 at the first run, 0.8 after the fixes (extras 14 -> 1); floor 0.6
FLOORS = {"articles_ar.yaml": 0.75, "articles_en.yaml": 0.6, "pages_other.yaml": 0.6, "pages_other_s21.yaml": 0.6,
          "pages_other_s22.yaml": 0.6, "pages_other_s23.yaml": 0.2, "pages_other_s24.yaml": 0.3,
          "pages_other_s25.yaml": 0.6}


def test_article_gold_files_parse_and_hold_their_floor():
    """Our article gold files (tests/data/gold): valid, and their regression floor."""
    gold_dir = Path(__file__).parent / "data" / "gold"
    files = sorted(f for f in gold_dir.glob("*.yaml")
                   if "shared" not in f.read_text(encoding="utf-8") and not f.name.startswith("blind_"))
    assert {f.name for f in files} == set(FLOORS)   # (the seed's gold reads ../shared: test_seed_article_gold)
    for f in files:
        r = evaluate(f)
        assert r["strict_recall"] >= FLOORS[f.name], (f.name, r)


# blind gold (session 14, BLIND; session 15, BLIND2; session 16, BLIND3; session 17, BLIND4; session 18, BLIND5; session 19, BLIND6; session 20, BLIND7; session 21, BLIND8; session 22, BLIND9): articles coded before the system ever ran on them, kept as an estimate of accuracy
# on unseen news.  No score floor on purpose (nobody fixes against them); only that the gold is valid and anchored.
BLIND = {"blind_s14.yaml": {"armenia-azerbaijan-talks", "kyrgyz-tajik-border", "manama-summit",
                            "senegal-mauritania-fishing"},
         # session 15, BLIND2: five more, coded before the first run on main 53878fd
         "blind_s15.yaml": {"iraq-turkey-water", "somalia-ethiopia-port", "libya-geneva-committee",
                            "pakistan-afghanistan-torkham", "venezuela-guyana-icj"},
         # session 16, BLIND3: five more, coded before the first run on main a7d635c
         "blind_s16.yaml": {"algeria-france-consulates", "kuwait-iraq-khor-abdullah", "jordan-syria-smuggling",
                            "china-philippines-shoal", "serbia-kosovo-north"},
         # session 17, BLIND4: five more, coded before the first run on main bfd6428
         "blind_s17.yaml": {"tunisia-libya-ras-jedir", "iran-iraqi-kurdistan-strikes", "morocco-spain-ceuta",
                            "russia-moldova-gas", "mexico-ecuador-embassy"},
         # session 18, BLIND5: five more, coded before the first run on main b23dc44
         "blind_s18.yaml": {"sudan-chad-border", "egypt-turkey-visit", "mauritania-mali-herders",
                            "india-canada-diplomats", "china-japan-fukushima"},
         # session 19, BLIND6: five more, coded before the first run on main ac681fb
         "blind_s19.yaml": {"algeria-niger-migrants", "tunisia-eu-migration", "palestinian-factions-algiers",
                            "poland-belarus-helicopters", "peru-mexico-asylum"},
         # session 20, BLIND7: five more, coded before the first run on main 0309551
         "blind_s20.yaml": {"bahrain-qatar-relations", "sudan-uae-icj", "egypt-israel-philadelphi",
                            "colombia-us-deportation-flights", "azerbaijan-russia-yekaterinburg"},
         # session 21, BLIND8: five more, coded before the first run on main e407cdb
         "blind_s21.yaml": {"jordan-israel-ambassador", "algeria-spain-treaty", "lebanon-syria-jeddah",
                            "georgia-eu-protests", "china-taiwan-drills"},
         # session 22, BLIND9: five more, coded before the first run on main 43c72e0
         "blind_s22.yaml": {"uae-iran-islands", "syria-sdf-tribes-deir-ezzor", "uae-russia-ukraine-prisoner-swap",
                            "armenia-csto-freeze", "pakistan-iran-ambassadors"},
         # session 23, BLIND10: five more, coded before the first run on main f4f1eae
         "blind_s23.yaml": {"niger-france-ambassador", "iraq-iran-border-security", "libya-central-bank-oil",
                            "saudi-iran-beijing-deal", "iraq-sweden-embassy-storming"},
         # session 24, BLIND11: five more, coded before the first run on main 15428c8
         "blind_s24.yaml": {"arab-league-syria-return", "iran-iaea-inspectors", "morocco-germany-ambassador",
                            "turkey-sweden-nato-vilnius", "bolivia-coup-attempt"},
         # session 24, BLIND12: five more (blind_s25.yaml), coded before the first run (by the lead, on the final tree)
         "blind_s25.yaml": {"jordan-tower22-us-strikes", "damascus-iranian-consulate-strike",
                            "saudi-houthi-riyadh-talks", "finland-russia-border-closure",
                            "niger-benin-pipeline-arrests"},
         # session 25, BLIND13: five more (blind_s26.yaml), coded before the first run (by the lead, on the final tree)
         "blind_s26.yaml": {"iraq-egypt-jordan-baghdad-summit", "ethiopia-eritrea-red-sea", "libya-bouznika-roadmap",
                            "spain-argentina-ambassador", "turkey-israel-trade-halt"},
         # session 25, BLIND14: four more (blind_s27.yaml), coded before the first run on main d5c7894
         "blind_s27.yaml": {"chad-doha-peace-agreement", "kuwait-parliament-suspension",
                            "senegal-election-delay-protests", "greece-turkey-athens-declaration"},
         # session 26, BLIND16: four more (blind_s29.yaml), coded before the first run on main 1776de0
         "blind_s29.yaml": {"iraq-kurdistan-oil-exports", "kenya-police-haiti-arrival",
                            "tunisia-ghannouchi-arrest", "armenia-azerbaijan-tavush-villages"},
         # session 26, BLIND17: four more (blind_s30.yaml), coded before the first run on main d761886
         "blind_s30.yaml": {"iraq-coalition-exit-committee", "morocco-mauritania-border-crossing",
                            "niger-us-military-accord", "sudan-rsf-wad-madani"},
         # session 26, BLIND15: five more (blind_s28.yaml), coded before the first run (by the lead, on the final tree)
         "blind_s28.yaml": {"lebanon-beirut-arouri-strike", "mauritania-election-protests", "iran-bahrain-talks",
                            "russia-estonia-ambassador-expulsion", "kenya-finance-bill-parliament-protests"},
         # session 27, BLIND18: five more (blind_s31.yaml), coded before the first run (by the lead, on the final tree)
         "blind_s31.yaml": {"egypt-ethiopia-gerd-talks-failure", "yemen-icrc-prisoner-exchange",
                            "lebanon-parliament-twelfth-session", "drc-rwanda-ambassador-expulsion",
                            "mali-algiers-accord-termination"},
         # session 27, BLIND19: four more (blind_s32.yaml), coded before the first run on main 026709c
         "blind_s32.yaml": {"libya-tripoli-clashes", "oman-iran-us-muscat-talks", "bangladesh-quota-protests-curfew",
                            "burkina-france-diplomats-expelled"},
         # session 28, BLIND20: five more (blind_s33.yaml), coded before the first run (by the lead, on the final tree)
         "blind_s33.yaml": {"yemen-us-uk-strikes-houthis", "jordan-muslim-brotherhood-ban",
                            "somalia-jubaland-ras-kamboni-clashes", "romania-election-annulled",
                            "india-pakistan-pahalgam-measures"},
         # session 28, BLIND21: four more (blind_s34.yaml), coded before the first run (by the lead, on the final tree)
         "blind_s34.yaml": {"algeria-mali-drone-ambassadors", "turkey-imamoglu-arrest-protests",
                            "venezuela-election-diplomats-expelled", "south-korea-martial-law"},
         # session 29, BLIND22: four more each (blind_s35.yaml, blind_s36.yaml), coded before any run (by the lead, on the final tree)
         "blind_s35.yaml": {"morocco-algeria-embassy-properties", "iraq-kirkuk-clashes-curfew",
                            "india-maldives-envoys-summoned", "gabon-coup-bongo-house-arrest"},
         "blind_s36.yaml": {"chad-france-defence-accord-end", "sudan-kenya-ambassador-rsf-nairobi",
                            "pakistan-imran-khan-arrest-protests", "bolivia-israel-ties-chile-colombia-recall"},
         # session 30, BLIND23: four more (blind_s37.yaml), coded before any run (by the lead, mid-session; first run on the final tree)
         "blind_s37.yaml": {"saudi-lebanon-kordahi-ambassador", "france-azerbaijan-diplomats-expelled",
                            "nicaragua-vatican-relations-suspended", "greece-libya-ambassador-expelled"},
         # session 31, BLIND24: four more (blind_s38.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s38.yaml": {"somalia-kenya-ties-cut", "morocco-tunisia-ambassadors-ghali",
                            "kazakhstan-unrest-csto-troops", "bosnia-dodik-arrest-warrant"},
         # session 31, BLIND25: four more (blind_s39.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s39.yaml": {"mali-ecowas-sanctions-borders", "sudan-ethiopia-fashaga-aircraft",
                            "india-china-galwan-clash", "japan-south-korea-gsomia"},
         # session 31, BLIND26: four more (blind_s40.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s40.yaml": {"saudi-canada-ambassador-expelled", "egypt-sudan-merowe-soldiers",
                            "azerbaijan-iran-tehran-embassy-attack", "ecuador-internal-armed-conflict"},
         # session 32, BLIND27: four more (blind_s41.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s41.yaml": {"qatar-blockade-ties-cut", "egypt-libya-derna-strikes",
                            "brazil-brasilia-riots-arrests", "kyrgyzstan-election-annulled-protests"},
         # session 32, BLIND28: four more (blind_s42.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s42.yaml": {"egypt-libya-sirte-red-line", "gaza-truce-hostages-prisoners-release",
                            "uk-russia-skripal-expulsions", "korea-kaesong-liaison-office-demolished"},
         # session 32, BLIND29: four more (blind_s43.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s43.yaml": {"sudan-burhan-coup-hamdok-detained", "ethiopia-tplf-pretoria-agreement",
                            "venezuela-us-saab-prisoner-swap", "honduras-china-taiwan-recognition"},
         # session 32, BLIND30: four more (blind_s44.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s44.yaml": {"iraq-turkey-zakho-resort-shelling", "netherlands-turkey-rotterdam-ministers",
                            "thailand-cambodia-border-f16-strikes", "lithuania-china-diplomats-trade-block"},
         # session 33, BLIND31: four more (blind_s45.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s45.yaml": {"guinea-conde-coup-conakry", "turkey-russia-su24-shootdown",
                            "malaysia-north-korea-exit-bans", "russia-ukraine-kerch-strait-ships"},
         # session 33, BLIND32: four more (blind_s46.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s46.yaml": {"lebanon-israel-ceasefire-returns", "morocco-israel-normalisation-us-sahara",
                            "russia-black-sea-grain-deal-exit", "myanmar-bangladesh-rohingya-return-deal"},
         # session 33, BLIND33: four more (blind_s47.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s47.yaml": {"iran-uk-stena-impero-tanker", "mali-france-ambassador-expelled",
                            "north-korea-icbm-yoon-tokyo-summit", "czech-russia-vrbetice-expulsions"},
         # session 33, BLIND34: four more (blind_s48.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s48.yaml": {"ethiopia-eritrea-asmara-peace", "gulf-alula-qatar-reconciliation",
                            "france-aukus-ambassadors-recalled", "kenya-supreme-court-election-annulled"},
         # session 34, B49: four more (blind_s49.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s49.yaml": {"colombia-venezuela-border-reopening", "ethiopia-un-officials-expelled",
                            "colombia-eln-luis-diaz-father-released", "brazil-israel-lula-persona-non-grata"},
         # session 34, B50: four more (blind_s50.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s50.yaml": {"sri-lanka-presidential-palace-stormed", "nepal-india-kalapani-map",
                            "solomon-islands-china-security-pact", "solomon-islands-honiara-riots-australia"},
         # session 34, B51: four more (blind_s51.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s51.yaml": {"algeria-morocco-airspace-closure", "yemen-truce-two-months",
                            "eu-ukraine-moldova-candidate-status", "eu-albania-north-macedonia-talks-open"},
         # session 35, B52: four more (blind_s52.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s52.yaml": {"iraq-green-zone-sadr-clashes", "syria-israel-buffer-zone-strikes",
                            "myanmar-coup-suu-kyi-detained", "india-pakistan-abhinandan-release"},
         # session 35, B53: four more (blind_s53.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s53.yaml": {"sudan-au-suspension-abiy-mediation", "algeria-bouteflika-resignation",
                            "belarus-ryanair-eu-airspace-ban", "zimbabwe-army-mugabe-confined"},
         # session 35, B54: four more (blind_s54.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s54.yaml": {"tunisia-saied-parliament-freeze", "arab-league-iran-hezbollah-hariri",
                            "iran-israel-drone-missile-attack-g7", "afghanistan-taliban-kabul-airport-evacuation"},
         # session 35, B55: four more (blind_s55.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s55.yaml": {"jordan-prince-hamzah-sedition", "lebanon-hariri-resignation-protests",
                            "russia-wagner-mutiny-belarus-deal", "bolivia-morales-resignation"},
         # session 35, B56: four more (blind_s56.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s56.yaml": {"iraq-kurdistan-referendum-baghdad-ultimatum", "sudan-juba-peace-agreement",
                            "us-china-balloon-shot-down", "russia-new-start-suspension"},
         # session 36, B59: four more (blind_s59.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s59.yaml": {"iraq-abdul-mahdi-resignation-nasiriyah", "egypt-saudi-tiran-sanafir-parliament",
                            "turkey-coup-attempt-state-of-emergency", "nigeria-endsars-lekki-toll-gate-shooting"},
         # session 37, B60 / B61: four more each, coded before any run (by helpers, from texts they wrote)
         "blind_s60.yaml": {"saudi-iran-ties-cut-embassy-storming", "libya-haftar-tripoli-offensive-guterres",
                            "niger-coup-ecowas-ultimatum-sanctions", "peru-castillo-congress-dissolution-impeachment"},
         "blind_s61.yaml": {"lebanon-israel-maritime-border-naqoura", "iraq-us-embassy-baghdad-kataib-hezbollah",
                            "mali-un-minusma-withdrawal-vote", "armenia-sargsyan-resignation-pashinyan-protests"},
         # session 39, B66: two more (blind_s66.yaml), coded before any run (by the lead, from texts it wrote)
         "blind_s66.yaml": {"iraq-sadrist-mps-resign-parliament", "icj-south-africa-israel-provisional-measures"},
         # session 38/39, B64 (arrived after session 39's end): first run 0.286 on eee77a0e
         "blind_s64.yaml": {"yemen-houthis-galaxy-leader-seizure", "israel-netanyahu-gallant-firing-strike"},
         # session 40, B69: two more, coded before any run (by the lead, from texts it wrote): first run 0.562
         "blind_s69.yaml": {"algeria-france-ambassador-sahara-plan", "slovakia-fico-shooting-handlova"},
         # session 40, B70: two more, coded before any run (by the lead): first run 0.439
         "blind_s70.yaml": {"egypt-israel-rafah-icj-join", "bangladesh-hasina-resigns-flees"},
         # session 40, B71: two more, coded before any run (by the lead): first run 0.489
         "blind_s71.yaml": {"syria-assad-falls-damascus", "venezuela-maduro-third-term-inauguration"},
         # session 40, B72: two more, coded before any run (by the lead): first run 0.364
         "blind_s72.yaml": {"algeria-tebboune-reelection-rivals-contest", "drc-rwanda-washington-peace-agreement"},
         # session 44, B89 (a helper, written before any run): first run 0.413 on 9d887c36
         "blind_s89.yaml": {"algeria-france-twelve-staff-expulsions-ambassador-recalled",
                            "armenia-azerbaijan-white-house-declaration-trump-route"},
         # session 44, B93 (a helper, written before any run): first run 0.520 on b7c5a33b
         "blind_s93.yaml": {"iran-iaea-cairo-framework-egypt-snapback",
                            "south-korea-yoon-arrest-residence-standoff"},
         # session 45, B95 (a helper, written before any run): first run 0.441 on 58b6d489
         "blind_s95.yaml": {"sudan-uae-ties-cut-port-sudan-drones-aggressor-state",
                            "us-ukraine-trump-zelensky-oval-office-row-minerals"},
         # session 45, B96 (a helper, written before any run): first run 0.613 on 58b6d489
         "blind_s96.yaml": {"iran-e3-ambassadors-recalled-snapback-sanctions",
                            "russia-ukraine-istanbul-direct-talks-prisoner-exchange"},
         # session 45, B97 (a helper, written before any run): first run 0.627 on 2dde32c8
         "blind_s97.yaml": {"morocco-un-security-council-sahara-autonomy-minurso",
                            "south-sudan-machar-house-arrest-nasir-uganda"},
         # session 45, B98 (a helper, written before any run): first run 0.627 on 2dde32c8
         "blind_s98.yaml": {"lebanon-syria-hermel-qusayr-border-clashes-ceasefire",
                            "hungary-icc-withdrawal-netanyahu-budapest"},
         # session 45, B99 (a helper, written before any run): first run 0.316 on d25fdf35
         "blind_s99.yaml": {"israel-global-sumud-flotilla-interception-petro-expels-diplomats",
                            "us-india-tariffs-doubled-russian-oil-modi-farmers"},
         # session 45, B100 (a helper, written before any run): first run 0.679 on d25fdf35
         "blind_s100.yaml": {"oman-us-houthi-ceasefire-sanaa-airport-strikes",
                             "bangladesh-hasina-death-sentence-extradition-india"},
         # session 45, B101 (a helper, written before any run): first run 0.444 on 24e4525d
         "blind_s101.yaml": {"algeria-tebboune-pardons-sansal-germany-steinmeier-macron",
                             "canada-us-counter-tariffs-steel-ontario-electricity-surcharge"},
         # session 45, B102 (a helper, written before any run): first run 0.481 on 24e4525d
         "blind_s102.yaml": {"lebanon-unifil-final-extension-security-council-withdrawal",
                             "chad-masra-arrest-mandakao-twenty-year-sentence"},
         # session 45, B104 (a helper, written before any run): first run 0.491 on e4079229
         "blind_s104.yaml": {"qatar-iran-al-udeid-missiles-intercepted-trump-ceasefire",
                             "togo-lome-protests-gnassingbe-tear-gas-deaths"},
         # session 45, B103 (a helper, written before any run): first run 0.511 on 99ecbea8
         "blind_s103.yaml": {"syria-sharaa-moscow-putin-bases-assad-extradition",
                             "germany-merz-chancellor-second-round-afd-new-election"},
         # session 45, B105 (a helper, written before any run): first run 0.471 on 3bac3696
         "blind_s105.yaml": {"ethiopia-gerd-inauguration-egypt-security-council-letter",
                             "us-panama-rubio-mulino-canal-china-belt-and-road"},
         # session 45, B106 (a helper, written before any run): first run 0.355 on 3bac3696
         "blind_s106.yaml": {"gaza-ceasefire-delay-three-hostages-ofer-prisoners",
                             "us-greenland-vance-pituffik-denmark-underinvesting"},
         # session 45, B108 (a helper, written before any run): first run 0.576 on bc643381
         "blind_s108.yaml": {"lebanon-israel-dahiyeh-hadath-strike-rockets-aoun-macron",
                             "ivory-coast-ouattara-fourth-term-thiam-gbagbo-barred-protests"},
         # session 45, B107 (a helper, written before any run): first run 0.654 on 98d72eed (scored from its branch)
         "blind_s107.yaml": {"yemen-us-ras-isa-fuel-port-strikes-houthi-revenue",
                             "moldova-election-pas-majority-russia-vote-buying-dodon-protest"},
         # session 45, B109 (a helper, written before any run): first run 0.578 on fad45c25
         "blind_s109.yaml": {"somalia-shabaab-adan-yabaal-counterattack-aussom-africom",
                             "philippines-house-impeaches-sara-duterte-senate-trial"},
         # session 45, B110 (a helper, written before any run): first run 0.640 on fad45c25
         "blind_s110.yaml": {"tunisia-souab-lawyer-arrest-bar-strike-conspiracy-trial",
                             "bolivia-paz-wins-runoff-quiroga-concedes-rubio-milei"},
         # session 45, B111 (a helper, written before any run): first run 0.481 on 6da8fc28 (scored from its branch)
         "blind_s111.yaml": {"us-russia-riyadh-talks-rubio-lavrov-embassies-zelensky",
                             "mali-junta-dissolves-political-parties-thiam-abducted"},
         # session 45, B112 (a helper, written before any run): first run 0.276 on e82a9c0a
         "blind_s112.yaml": {"jordan-king-abdullah-trump-white-house-gaza-sick-children",
                             "south-korea-lee-jae-myung-wins-snap-election-kim-concedes"},
         # session 45, B113 (a helper, written before any run): first run 0.508 on 29f92f28 (scored from its branch)
         "blind_s113.yaml": {"arab-league-cairo-summit-egypt-gaza-reconstruction-plan",
                             "japan-ishiba-resigns-ldp-leadership-race-koizumi-takaichi"},
         # session 45, B114 (a helper, written before any run): first run 0.750 on 29f92f28 (scored from its branch)
         "blind_s114.yaml": {"sudan-rsf-zamzam-camp-assault-tawila-displacement",
                             "france-bayrou-loses-confidence-vote-resigns-le-pen-dissolution"},
         # session 45, B115 (a helper, written before any run): first run 0.360 on 5295efcf (scored from its branch)
         "blind_s115.yaml": {"syria-sdf-aleppo-sheikh-maqsoud-clashes-ceasefire",
                             "ecuador-referendum-rejects-foreign-bases-assembly-noboa"},
         # session 45, B116 (a helper, written before any run): first run 0.627 on 99b57f89 (scored from its branch)
         "blind_s116.yaml": {"lebanon-nasrallah-safieddine-funeral-israeli-jets-qassem",
                             "czech-election-babis-ano-wins-fiala-concedes-ukraine-ammunition"},
         # session 45, B117 (a helper, written before any run): first run 0.509 on f22f1324 (scored from its branch)
         "blind_s117.yaml": {"yemen-houthi-ben-gurion-airport-missile-israel-hodeidah-strikes",
                             "argentina-milei-midterm-win-trump-bessent-peronists"},
         # session 45, B118 (a helper, written before any run): first run 0.348 on 67f0c52f (scored from its branch)
         "blind_s118.yaml": {"sudan-army-republican-palace-khartoum-burhan-drone-journalists",
                             "germany-afd-confirmed-extremist-rubio-tyranny-lawsuit"},
         # session 45, B119 (a helper, written before any run): first run 0.561 on 12a916ab (scored from its branch)
         "blind_s119.yaml": {"iraq-kataib-hezbollah-dora-agriculture-office-police-clash",
                             "malawi-mutharika-wins-chakwera-concedes-economy"},
         # session 45, B120 (a helper, written before any run): first run 0.237 on 87ec0d13 (scored from its branch)
         "blind_s120.yaml": {"doha-arab-islamic-summit-israel-strike-qatar-review-relations",
                             "japan-trump-takaichi-tokyo-summit-critical-minerals-defence-spending"},
         # session 46, B121 (a helper, written before any run): first run 0.326 on 3c79e132 (scored from its branch)
         # session 46, B127 (a helper, written before any run): first run 0.345 on 5eea8dd7 (scored from its branch)
         "blind_s127.yaml": {"mali-burkina-niger-leave-ecowas-aes-passport",
                             "gabon-oligui-nguema-election-au-lifts-suspension"},
         # session 46, B121 (a helper, written before any run): first run by the lead
         "blind_s121.yaml": {"us-expels-south-africa-ambassador-rasool-rubio",
                             "ramaphosa-trump-oval-office-farm-killings-video-trade"},
         # session 46, B122 (a helper, written before any run): first run 0.226 on 3c79e132 (scored from its branch)
         "blind_s122.yaml": {"russia-recognises-taliban-government-afghanistan-ambassador",
                             "ukraine-spiderweb-drones-russian-airbases-istanbul-talks"},
         # session 46, B123 (a helper, written before any run): first run 0.469 on 3c79e132 (scored from its branch)
         "blind_s123.yaml": {"france-britain-canada-australia-recognise-palestine-netanyahu",
                             "spain-arms-embargo-israel-bars-diaz-rego"},
         # session 46, B124 (a helper, written before any run): first run 0.571 on 3c79e132 (scored from its branch)
         "blind_s124.yaml": {"rwanda-belgium-cut-diplomatic-ties-expel-diplomats",
                             "drc-m23-bukavu-capture-kinshasa-accuses-rwanda"},
         # session 46, B125 (a helper, written before any run): first run 0.481 on 3c79e132 (scored from its branch)
         "blind_s125.yaml": {"saudi-mbs-white-house-trump-f35-defence-agreement",
                             "gaza-city-ipc-famine-declared-israel-rejects"},
         # session 46, B126 (a helper, written before any run): first run 0.449 on 3c79e132 (scored from its branch)
         "blind_s126.yaml": {"egypt-israel-leviathan-gas-deal-35bn", "russia-mig31-estonia-airspace-article4"},
         # session 46, B128 (a helper, written before any run): first run 0.717 on 5eea8dd7 (scored from its branch)
         "blind_s128.yaml": {"syria-peoples-assembly-indirect-elections-kurdish-sweida-excluded",
                             "colombia-miguel-uribe-turbay-shot-bogota-teen-suspect"},
         # session 46, B129 (a helper, written before any run): first run 0.577 on 5eea8dd7 (scored from its branch)
         "blind_s129.yaml": {"bangladesh-awami-league-ban-protests-india",
                             "brazil-bolsonaro-coup-conviction-rubio-lula"},
         # session 46, B130 (a helper, written before any run): first run 0.436 on 5eea8dd7 (scored from its branch)
         "blind_s130.yaml": {"russia-sumy-palm-sunday-missile-strike-zelensky-europe-condemn",
                             "nato-hague-summit-five-percent-spending-trump-spain"},
         # session 46, B131 (a helper, written before any run): first run 0.357 on 5eea8dd7 (scored from its branch)
         "blind_s131.yaml": {"kazakhstan-joins-abraham-accords-trump-central-asia-summit",
                             "copenhagen-oslo-airports-drones-hybrid-attack-russia-denies"},
         # session 46, B132 (a helper, written before any run): first run 0.367 on 5eea8dd7 (scored from its branch)
         "blind_s132.yaml": {"gaza-rafah-ghf-aid-site-shooting-guterres-investigation",
                             "los-angeles-ice-raid-protests-national-guard-curfew-newsom"},
         # session 46, B133 (a helper, written before any run): first run 0.327 on b3370a2a (scored from its branch)
         "blind_s133.yaml": {"sudan-quad-roadmap-truce-uae-role",
                             "us-trump-nigeria-military-threat-christians"},
         # session 46, B134 (a helper, written before any run): first run 0.679 on b3370a2a (scored from its branch)
         "blind_s134.yaml": {"israel-madleen-interception-thunberg-deported",
                             "sco-tianjin-summit-modi-xi-putin-declaration"},
         # session 46, B135 (a helper, written before any run): first run 0.311 on b3370a2a (scored from its branch)
         "blind_s135.yaml": {"trump-doha-visit-boeing-order-al-udeid-jet",
                             "us-sanctions-rosneft-lukoil-kremlin-india-china"},
         # session 46, B136 (a helper, written before any run): first run 0.596 on b3370a2a (scored from its branch)
         "blind_s136.yaml": {"jordan-plot-rockets-drones-sixteen-arrested-brotherhood-denies",
                             "haiti-security-council-gang-suppression-force-abstentions"},
         # session 46, B137 (a helper, written before any run): first run 0.286 on 6953c19f (scored from its branch)
         "blind_s137.yaml": {"libya-sumud-convoy-sirte-stopped-activists-detained",
                             "netherlands-wilders-pvv-quits-coalition-schoof-resigns"},
         # session 46, B138 (a helper, written before any run): first run 0.417 on 6953c19f (scored from its branch)
         "blind_s138.yaml": {"jordan-safadi-sharaa-damascus-border-smuggling-refugees",
                             "slovakia-fico-protests-moscow-coup-accusation"},
         # session 46, B139 (a helper, written before any run): first run 0.431 on 6953c19f (scored from its branch)
         "blind_s139.yaml": {"lebanon-aoun-riyadh-mbs-joint-statement-reforms",
                             "uk-eu-london-summit-defence-pact-fishing-youth-mobility"},
         # session 46, B140 (a helper, written before any run): first run 0.458 on 6953c19f (scored from its branch)
         "blind_s140.yaml": {"syria-israel-shaibani-dermer-paris-talks-barrack",
                             "india-china-wang-yi-delhi-flights-border-trade-doval"},
         # session 52, B239 (a helper, written before any run): first run 0.400 on 603381f9 (scored from its branch)
         "blind_s239.yaml": {"iraq-kurdistan-salaries-halt-baghdad-erbil-collective-punishment",
                             "greenland-election-demokraatit-nielsen-not-for-sale-trump"},
         # session 51, B225 (a helper, written before any run): first run 0.500 on 48aebe10 (scored from its branch)
         "blind_s225.yaml": {"ben-gvir-aqsa-prayer-arab-condemnations",
                             "japan-upper-house-election-ldp-komeito-lose-majority-ishiba-stays"},
         # session 51, B226 (a helper, written before any run): first run 0.480 on 48aebe10 (scored from its branch)
         "blind_s226.yaml": {"saudi-journalist-turki-al-jasser-executed-rights-groups",
                             "kosovo-kurti-speaker-vote-blocked-parliament-deadlock"},
         # session 51, B227 (a helper, written before any run): first run 0.698 on 48aebe10 (scored from its branch)
         "blind_s227.yaml": {"algeria-tebboune-dismisses-larbaoui-appoints-ghrieb",
                             "uganda-besigye-treason-charge-civilian-court-hunger-strike"},
         # session 51, B228 (a helper, written before any run): first run 0.548 on 48aebe10 (scored from its branch)
         "blind_s228.yaml": {"lebanon-cabinet-army-weapons-plan-shiite-ministers-walkout",
                             "kenya-genz-protests-anniversary-deaths-murkomen"},
         # session 51, B229 (a helper, written before any run): first run 0.571 on 48aebe10 (scored from its branch)
         "blind_s229.yaml": {"iraq-baghdad-council-member-safaa-mashhadani-killed-tarmiyah",
                             "sri-lanka-ranil-wickremesinghe-arrest-opposition"},
         # session 52, B230 (a helper, written before any run): first run 0.630 on 603381f9 (scored from its branch)
         "blind_s230.yaml": {"african-union-commission-youssouf-elected-odinga-defeated",
                             "australia-election-albanese-second-term-dutton-loses-seat"},
         # session 52, B231 (a helper, written before any run): first run 0.444 on 603381f9 (scored from its branch)
         "blind_s231.yaml": {"israel-attorney-general-baharav-miara-dismissal-court-freeze",
                             "north-macedonia-kocani-nightclub-fire-arrests-protests"},
         # session 52, B232 (a helper, written before any run): first run 0.556 on 603381f9 (scored from its branch)
         "blind_s232.yaml": {"iraq-kurdistan-oil-exports-resume-ceyhan-baghdad-erbil-deal",
                             "south-korea-constitutional-court-removes-yoon-impeachment-upheld"},
         # session 52, B233 (a helper, written before any run): first run 0.303 on 603381f9 (scored from its branch)
         "blind_s233.yaml": {"palestine-abbas-decree-prisoners-payments-tamkeen-hamas",
                             "myanmar-earthquake-min-aung-hlaing-aid-appeal-ceasefire-airstrikes"},
         # session 52, B234 (a helper, written before any run): first run 0.552 on 603381f9 (scored from its branch)
         "blind_s234.yaml": {"eu-foreign-ministers-lift-syria-economic-sanctions-kallas-shaibani",
                             "ecuador-runoff-noboa-reelected-gonzalez-fraud-recount-observers"},
         # session 52, B235 (a helper, written before any run): first run 0.571 on 603381f9 (scored from its branch)
         "blind_s235.yaml": {"pakistan-tlp-muridke-march-crackdown-cabinet-ban",
                             "south-africa-ramaphosa-mchunu-leave-mkhwanazi-inquiry"},
         # session 52, B236 (a helper, written before any run): first run 0.667 on 603381f9 (scored from its branch)
         "blind_s236.yaml": {"burkina-faso-coup-plot-foiled-cote-divoire-denies",
                             "hong-kong-tai-po-wang-fuk-court-fire-arrests-icac-inquiry"},
         # session 52, B237 (a helper, written before any run): first run 0.553 on 603381f9 (scored from its branch)
         "blind_s237.yaml": {"iran-e3-istanbul-deputy-ministers-talks-snapback-warning",
                             "minnesota-hortman-killing-boelter-arrested-federal-charges"},
         # session 52, B238 (a helper, written before any run): first run 0.400 on 603381f9 (scored from its branch)
         "blind_s238.yaml": {"tunisia-saied-dismisses-maddouri-appoints-zenzri",
                             "bulgaria-zhelyazkov-government-resigns-budget-protests"},
         # session 52, B240 (a helper, written before any run): first run 0.577 on 603381f9 (scored from its branch)
         "blind_s240.yaml": {"jordan-syria-water-energy-mou-shaibani-amman-safadi",
                             "portugal-election-montenegro-ad-wins-chega-ties-socialists-santos-resigns"},
         # session 52, B242 (a helper, written before any run): first run 0.465 on the final tree fa322d2c
         "blind_s242.yaml": {"algeria-tebboune-meloni-algiers-summit-gas-migration",
                             "canada-carney-trump-white-house-not-for-sale-tariffs"},
         # session 52, B241 (a helper, written before any run): first run 0.348 on 603381f9 (scored from its branch)
         "blind_s241.yaml": {"egypt-abdelatty-hamas-delegation-cairo-truce-proposal-qatar-call",
                             "serbia-belgrade-vidovdan-rally-clashes-vucic-colour-revolution"},
         # session 52, B243 (a helper, written before any run): first run 0.643 on the final tree fa322d2c
         "blind_s243.yaml": {"syria-jaramana-sahnaya-druze-clashes-israel-strike-palace",
                             "nigeria-tinubu-rivers-state-emergency-fubara-suspended"},
         # session 53, B247 (a helper, written before any run): first run 0.419 on 034c143b (scored from its branch)
         "blind_s247.yaml": {"colombia-uribe-convicted-witness-tampering-rubio-petro",
                             "georgia-amaglobeli-jailed-two-years-batumi-eu-condemns"},
         # session 54, B272 (a helper, written before any run): first run 0.579 on e5dc22d4 (scored from its branch)
         "blind_s272.yaml": {"iraq-parliament-passes-amnesty-personal-status-laws-walkout-court-challenge",
                             "egypt-mahalla-textile-workers-strike-minimum-wage-detentions"},
         # session 52, B244 (a helper, written before any run): first run 0.444 on the final tree fa322d2c
         "blind_s244.yaml": {"jordan-king-accepts-khasawneh-resignation-jafar-hassan-designated",
                             "mexico-judicial-election-low-turnout-sheinbaum-opposition"},
         # session 55, B289 (a helper, written before any run): first run 0.533 on 18d2b42a (scored from its branch)
         "blind_s289.yaml": {"philippines-china-scarborough-collision-coast-guard-destroyer",
                             "myanmar-junta-election-first-phase-min-aung-hlaing-sham"},
         # session 55, B288 (a helper, written before any run): first run 0.439 on 18d2b42a (scored from its branch)
         "blind_s288.yaml": {"yemen-coalition-mukalla-port-strike-uae-shipment-alimi-cancels-defence-pact",
                             "india-navy-ins-kolkata-mv-ruen-somali-pirates-surrender"},
         # session 55, B284 (a helper, written before any run): first run 0.690 on 6fd5041a (scored from its branch)
         "blind_s284.yaml": {"egypt-military-planes-mogadishu-arms-somalia-ethiopia-warns",
                             "israel-closes-dublin-embassy-saar-ireland-harris-regrets"},
         # session 55, B285 (a helper, written before any run): first run 0.537 on 6fd5041a (scored from its branch)
         "blind_s285.yaml": {"tajikistan-chinese-workers-killed-afghan-border-attack-china-demands-protection",
                             "kazakhstan-protests-ukraine-drone-attack-cpc-terminal-novorossiysk"},
         # session 55, B286 (a helper, written before any run): first run 0.421 on 6fd5041a (scored from its branch)
         "blind_s286.yaml": {"russia-oreshnik-missile-dnipro-putin-warns-west-nato-ukraine-council",
                             "finland-seizes-eagle-s-tanker-estlink-cable-nato-baltic"},
         # session 55, B287 (a helper, written before any run): first run 0.571 on 6fd5041a (scored from its branch)
         "blind_s287.yaml": {"us-mahmoud-khalil-ice-arrest-judge-halts-deportation-protests",
                             "us-trade-court-strikes-down-trump-tariffs-appeals-court-stay"},
         # session 55, B280 (a helper, written before any run): first run 0.875 on 5d55d840 (scored from its branch)
         "blind_s280.yaml": {"lithuania-closes-belarus-border-smuggling-balloons-minsk-protests",
                             "croatia-milanovic-reelected-runoff-primorac-concedes-plenkovic"},
         # session 55, B283 (a helper, written before any run): first run 0.240 on 5d55d840 (scored from its branch)
         "blind_s283.yaml": {"burkina-faso-un-coordinator-persona-non-grata-children-report",
                             "drc-kinshasa-coup-attempt-foiled-malanga-killed-americans-arrested"},
         # session 55, B282 (a helper, written before any run): first run 0.476 on 5d55d840 (scored from its branch)
         "blind_s282.yaml": {"turkey-iraq-erdogan-baghdad-visit-development-road-water-pkk",
                             "germany-closes-iran-consulates-sharmahd-execution"},
         # session 55, B281 (a helper, written before any run): first run 0.410 on 5d55d840 (scored from its branch)
         "blind_s281.yaml": {"australia-protests-china-tasman-sea-live-fire-drills-flights-diverted",
                             "thailand-cambodia-lim-kimya-bangkok-shooting-suspect-handed-over"},
         # session 55, B276 (a helper, written before any run): first run 0.667 on 38a70499 (scored from its branch)
         "blind_s276.yaml": {"syria-homs-wadi-al-dhahab-mosque-bombing-ansar-al-sunna-condemnations",
                             "us-jordan-strikes-isis-central-syria-palmyra-ambush-retaliation"},
         # session 55, B277 (a helper, written before any run): first run 0.667 on 38a70499 (scored from its branch)
         "blind_s277.yaml": {"somalia-ethiopia-ankara-declaration-erdogan-mediation",
                             "uganda-election-museveni-declared-winner-bobi-wine-rejects-results"},
         # session 55, B275 (a helper, written before any run): first run 0.355 on 38a70499 (scored from its branch)
         "blind_s275.yaml": {"libya-dbeibah-suspends-mangoush-cohen-rome-meeting-protests",
                             "morocco-earthquake-aid-four-countries-algeria-airspace-france"},
         # session 55, B274 (a helper, written before any run): first run 0.222 on 38a70499 (scored from its branch)
         "blind_s274.yaml": {"kuwait-saudi-iran-dorra-gas-field-drilling-dispute",
                             "bahrain-recalls-ambassador-israel-gaza-parliament-israel-denies"},
         # session 55, B279 (a helper, written before any run): first run 0.486 on 38a70499 (scored from its branch)
         "blind_s279.yaml": {"pakistan-karachi-airport-bombing-chinese-engineers-china-demands-punishment",
                             "afghanistan-icc-prosecutor-seeks-taliban-leaders-arrest-gender-persecution"},
         # session 55, B278 (a helper, written before any run): first run 0.174 on 38a70499 (scored from its branch)
         "blind_s278.yaml": {"el-salvador-assembly-indefinite-reelection-bukele-opposition-hrw",
                             "peru-breaks-ties-mexico-betssy-chavez-asylum-de-zela-sheinbaum"},
         # session 54, B273 (a helper, written before any run): first run 0.516 on e5dc22d4 (scored from its branch)
         "blind_s273.yaml": {"un-general-assembly-srebrenica-genocide-day-serbia-dodik",
                             "mali-niger-cut-ties-ukraine-tinzaouaten-yusov-remarks"},
         # session 54, B268 (a helper, written before any run): first run 0.359 on 924f34d6 (scored from its branch)
         "blind_s268.yaml": {"south-korea-suspends-military-pact-north-korea-trash-balloons",
                             "japan-summons-china-envoy-shenzhen-schoolboy-stabbing"},
         # session 54, B269 (a helper, written before any run): first run 0.429 on 924f34d6 (scored from its branch)
         "blind_s269.yaml": {"russia-west-ankara-prisoner-swap-gershkovich-whelan-krasikov",
                             "russia-missile-barrage-kyiv-okhmatdyt-childrens-hospital-security-council"},
         # session 54, B270 (a helper, written before any run): first run 0.312 on 924f34d6 (scored from its branch)
         "blind_s270.yaml": {"libya-benghazi-expels-eu-delegation-brunner-greece-crete-migration",
                             "northern-cyprus-erhurman-defeats-tatar-erdogan-christodoulides-talks"},
         # session 54, B271 (a helper, written before any run): first run 0.279 on 924f34d6 (scored from its branch)
         "blind_s271.yaml": {"us-sanctions-four-icc-judges-rubio-court-condemns",
                             "us-alien-enemies-act-deportations-el-salvador-boasberg-order"},
         # session 54, B264 (a helper, written before any run): first run 0.647 on c176ff87 (scored from its branch)
         "blind_s264.yaml": {"iraq-parliament-elects-mashhadani-speaker-halbousi-vacancy",
                             "israel-netanyahu-testifies-corruption-trial-tel-aviv-court"},
         # session 54, B265 (a helper, written before any run): first run 0.474 on c176ff87 (scored from its branch)
         "blind_s265.yaml": {"yemen-government-houthis-banks-deal-yemenia-flights-grundberg",
                             "iran-kerman-soleimani-memorial-bombings-isis-claim-raisi-vow"},
         # session 54, B266 (a helper, written before any run): first run 0.727 on c176ff87 (scored from its branch)
         "blind_s266.yaml": {"us-strikes-caracas-maduro-captured-delcy-rodriguez-condemnations",
                             "ecuador-noboa-convoy-attacked-canar-conaie-strike-arrests"},
         # session 54, B267 (a helper, written before any run): first run 0.667 on c176ff87 (scored from its branch)
         "blind_s267.yaml": {"mali-bamako-gendarmerie-school-airport-attack-jnim-arrests",
                             "kenya-senate-impeaches-gachagua-kindiki-nominated-court-order"},
         # session 54, B260 (a helper, written before any run): first run 0.500 on 2ba1c752 (scored from its branch)
         "blind_s260.yaml": {"tunisia-police-storm-bar-association-dahmani-arrest-lawyers-strike",
                             "italy-frees-libyan-police-chief-njeem-icc-rebuke"},
         # session 54, B261 (a helper, written before any run): first run 0.524 on 2ba1c752 (scored from its branch)
         "blind_s261.yaml": {"somalia-rejects-israel-recognition-somaliland-arab-african-condemnation",
                             "sudan-army-retakes-wad-madani-kanabi-reprisals-turk-concern"},
         # session 54, B262 (a helper, written before any run): first run 0.520 on 2ba1c752 (scored from its branch)
         "blind_s262.yaml": {"pakistan-balochistan-musakhel-coordinated-attacks-bla-sharif-vow",
                             "india-kejriwal-arrested-ed-excise-case-aap-protests-germany-envoy"},
         # session 54, B263 (a helper, written before any run): first run 0.465 on 2ba1c752 (scored from its branch)
         "blind_s263.yaml": {"moldova-gagauzia-gutsul-seven-years-shor-financing-russia-condemns",
                             "kosovo-ibar-lepenac-canal-explosion-kurti-blames-serbia-vucic-denies"},
         # session 53, B259 (a helper, written before any run): first run 0.605 on d80e9def (scored from its branch)
         "blind_s259.yaml": {"chad-ndjamena-presidency-attack-koulamallah-wang-yi",
                             "panama-bocas-del-toro-emergency-banana-strike-mulino"},
         # session 53, B258 (a helper, written before any run): first run 0.518 on d80e9def (scored from its branch)
         "blind_s258.yaml": {"turkey-kayseri-anti-syrian-riots-arrests-northern-syria-protests",
                             "netherlands-amsterdam-maccabi-fans-attacked-arrests-protest-ban-netanyahu-planes"},
         # session 53, B256 (a helper, written before any run): first run 0.588 on e2a72c7c (scored from its branch)
         "blind_s256.yaml": {"iran-sweden-prisoner-swap-hamid-nouri-floderus-oman",
                             "iran-taliban-sasuli-border-clash-helmand-water-dispute"},
         # session 53, B257 (a helper, written before any run): first run 0.583 on e2a72c7c (scored from its branch)
         "blind_s257.yaml": {"ethiopia-tigray-tplf-faction-seizes-mekelle-getachew-coup",
                             "brazil-rio-police-raid-alemao-penha-comando-vermelho-deaths"},
         # session 53, B254 (a helper, written before any run): first run 0.667 on b6fdffb8 (scored from its branch)
         "blind_s254.yaml": {"pakistan-pti-islamabad-d-chowk-crackdown-protest-suspended",
                             "papua-new-guinea-port-moresby-riots-state-of-emergency-marape"},
         # session 53, B255 (a helper, written before any run): first run 0.186 on b6fdffb8 (scored from its branch)
         "blind_s255.yaml": {"montenegro-suspends-visa-free-turks-podgorica-stabbing-riots",
                             "eu-parliament-rejects-censure-motion-von-der-leyen-piperea-pfizer"},
         # session 53, B251 (a helper, written before any run): first run 0.389 on 7d38bec5 (scored from its branch)
         "blind_s251.yaml": {"argentina-supreme-court-upholds-kirchner-conviction-supporters-rally",
                             "cuba-grid-collapse-blackout-diaz-canel-protests-hurricane-oscar"},
         # session 53, B252 (a helper, written before any run): first run 0.585 on 7d38bec5 (scored from its branch)
         "blind_s252.yaml": {"lebanon-riad-salameh-detained-optimum-embezzlement",
                             "lebanon-iran-flight-ban-airport-road-unifil-convoy-attack"},
         # session 53, B249 (a helper, written before any run): first run 0.606 on 7d38bec5 (scored from its branch)
         "blind_s249.yaml": {"sudan-rsf-heglig-oil-field-capture-soldiers-south-sudan",
                             "drc-adf-komanda-church-attack-ituri-vigil-killed"},
         # session 53, B246 (a helper, written before any run): first run 0.250 on 034c143b (scored from its branch)
         "blind_s246.yaml": {"mali-generals-french-embassy-employee-plot-arrest-paris-release",
                             "senegal-france-hands-over-camp-geille-last-bases-dakar"},
         # session 53, B245 (a helper, written before any run): first run 0.727 on 034c143b (scored from its branch)
         "blind_s245.yaml": {"yemen-bin-mubarak-resigns-bin-breik-appointed-prime-minister",
                             "uae-rabbi-zvi-kogan-killing-three-uzbek-suspects-arrested"},
         # session 53, B248 (a helper, written before any run): first run 0.478 on 034c143b (scored from its branch)
         "blind_s248.yaml": {"palestine-authority-suspends-al-jazeera-jenin-hamas-cpj",
                             "pakistan-jaffar-express-hijack-siege-ends-india-afghanistan-deny"},
         # session 53, B250 (a helper, written before any run): first run 0.552 on 7d38bec5 (scored from its branch)
         "blind_s250.yaml": {"turkey-ankara-tusas-attack-pkk-strikes-iraq-syria",
                             "russia-crocus-city-hall-attack-tajik-suspects-charged-putin-ukraine"},
         # session 53, B253 (a helper, written before any run): first run 0.625 on b6fdffb8 (scored from its branch)
         "blind_s253.yaml": {"oman-muscat-wadi-kabir-mosque-shooting-isis-claim-condemnations",
                             "qatar-frees-indian-navy-veterans-dahra-modi-doha-visit"},
         # session 51, B217 (a helper, written before any run): first run 0.690 on 48aebe10 (scored from its branch)
         "blind_s217.yaml": {"lebanon-cyprus-maritime-eez-agreement-baabda",
                             "angola-luanda-taxi-strike-fuel-price-riots-deaths-arrests"},
         # session 51, B218 (a helper, written before any run): first run 0.333 on 48aebe10 (scored from its branch)
         "blind_s218.yaml": {"tunisia-ugtt-saied-supporters-rally-general-strike",
                             "uk-palestine-action-ban-london-sit-in-mass-arrests"},
         # session 51, B219 (a helper, written before any run): first run 0.593 on 48aebe10 (scored from its branch)
         "blind_s219.yaml": {"iraq-sulaymaniyah-clashes-lahur-sheikh-jangi-arrest",
                             "greece-tempi-no-confidence-vote-protests"},
         # session 51, B220 (a helper, written before any run): first run 0.677 on 48aebe10 (scored from its branch)
         "blind_s220.yaml": {"kuwait-citizenship-revocations-emir-rights-groups",
                             "ladakh-leh-statehood-protest-deaths-wangchuk-nsa"},
         # session 51, B222 (a helper, written before any run): first run 0.456 on 48aebe10 (scored from its branch)
         "blind_s222.yaml": {"iraq-sudani-sharaa-doha-meeting-qatar-emir-criticism",
                             "albania-election-rama-fourth-term-berisha-rejects"},
         # session 51, B223 (a helper, written before any run): first run 0.340 on 48aebe10 (scored from its branch)
         "blind_s223.yaml": {"niger-somair-uranium-nationalisation-orano",
                             "mongolia-oyun-erdene-loses-confidence-vote-protests"},
         # session 51, B221 (a helper, written before any run): first run 0.577 on 48aebe10 (scored from its branch)
         "blind_s221.yaml": {"israel-utj-shas-quit-netanyahu-government-draft-law",
                             "hungary-budapest-pride-march-defies-ban-karacsony-eu"},
         # session 51, B224 (a helper, written before any run): first run 0.333 on 48aebe10 (scored from its branch)
         "blind_s224.yaml": {"spain-portugal-blackout-report-red-electrica-blame",
                             "us-national-guard-chicago-portland-judges-block-deployments"},
         # session 50, B213 (a helper, written before any run): first run 0.681 on 2f2a6dcc (scored from its branch)
         "blind_s213.yaml": {"lebanon-municipal-elections-south-israeli-strike-amal-hezbollah",
                             "japan-takaichi-elected-prime-minister-ishin-pact-komeito"},
         # session 50, B214 (a helper, written before any run): first run 0.681 on 2f2a6dcc (scored from its branch)
         "blind_s214.yaml": {"turkey-syria-military-training-mou-israel-bases",
                             "netherlands-election-d66-jetten-edges-wilders-coalition"},
         # session 50, B215 (a helper, written before any run): first run 0.407 on 2f2a6dcc (scored from its branch)
         "blind_s215.yaml": {"morocco-throne-speech-algeria-dialogue-offer",
                             "zambia-lungu-burial-pretoria-court-ruling"},
         # session 50, B216 (a helper, written before any run): first run 0.711 on 2f2a6dcc (scored from its branch)
         "blind_s216.yaml": {"iraq-pmf-law-withdrawn-us-objections-factions",
                             "thailand-anutin-elected-pm-peoples-party-deal"},
         # session 50, B209 (a helper, written before any run): first run 0.520 on 2f2a6dcc (scored from its branch)
         "blind_s209.yaml": {"west-bank-settlers-sinjil-musallet-killing-huckabee",
                             "india-bihar-election-nda-win-rahul-gandhi-unfair"},
         # session 50, B210 (a helper, written before any run): first run 0.433 on 2f2a6dcc (scored from its branch)
         "blind_s210.yaml": {"drc-m23-doha-framework-agreement-qatar-us",
                             "uk-rayner-resigns-stamp-duty-starmer-reshuffle"},
         # session 50, B211 (a helper, written before any run): first run 0.565 on 2f2a6dcc (scored from its branch)
         "blind_s211.yaml": {"guinea-constitution-referendum-opposition-rejects-doumbouya",
                             "australia-us-albanese-trump-critical-minerals-aukus"},
         # session 50, B212 (a helper, written before any run): first run 0.392 on 2f2a6dcc (scored from its branch)
         "blind_s212.yaml": {"syria-hasakah-components-conference-damascus-quits-paris-talks",
                             "eu-china-beijing-summit-trade-russia-rare-earths-climate"},
         # session 50, B205 (a helper, written before any run): first run 0.585 on 2f2a6dcc (scored from its branch)
         "blind_s205.yaml": {"iran-tehran-water-crisis-evacuation-warning",
                             "china-expels-generals-he-weidong-miao-hua"},
         # session 50, B206 (a helper, written before any run): first run 0.490 on 2f2a6dcc (scored from its branch)
         "blind_s206.yaml": {"gaza-rafah-tunnel-fighters-hostage-remains-mediators",
                             "brazil-bolsonaro-preventive-arrest-ankle-monitor-supreme-court"},
         # session 50, B207 (a helper, written before any run): first run 0.596 on 2f2a6dcc (scored from its branch)
         "blind_s207.yaml": {"hungary-slovakia-druzhba-pipeline-ukraine-strike-protest",
                             "switzerland-us-39-percent-tariff-keller-sutter-washington"},
         # session 50, B208 (a helper, written before any run): first run 0.431 on 2f2a6dcc (scored from its branch)
         "blind_s208.yaml": {"egypt-grand-museum-opening-sisi-steinmeier-hawass",
                             "north-korea-party-parade-hwasong20-li-qiang-medvedev"},
         # session 50, B204 (a helper, written before any run): first run 0.723 on 2f2a6dcc (scored from its branch)
         "blind_s204.yaml": {"turkey-chp-istanbul-trustee-police-ozel",
                             "ghana-helicopter-crash-ministers-killed-mourning"},
         # session 50, B203 (a helper, written before any run): first run 0.511 on 2f2a6dcc (scored from its branch)
         "blind_s203.yaml": {"iraq-kut-hypermarket-fire-owners-arrested",
                             "india-air-india-crash-report-fuel-switch-checks"},
         # session 50, B201 (a helper, written before any run): first run 0.393 on 2f2a6dcc (scored from its branch)
         "blind_s201.yaml": {"israel-jenin-iron-wall-operation-displacement-arab-condemnation",
                             "nyc-mamdani-elected-mayor-cuomo-concedes-trump"},
         # session 50, B202 (a helper, written before any run): first run 0.607 on 2f2a6dcc (scored from its branch)
         "blind_s202.yaml": {"iran-shahid-rajaee-port-explosion-inquiry-condolences",
                             "us-shutdown-ends-trump-signs-house-vote-senate-deal"},
         # session 49, B199 (a helper, written before any run): first run 0.400 on a88a65b4 (scored from its branch)
         "blind_s199.yaml": {"afghanistan-kunar-earthquake-taliban-aid-appeal",
                             "myanmar-kk-park-scam-raid-thailand-mae-sot"},
         # session 49, B200 (a helper, written before any run): first run 0.528 on a88a65b4 (scored from its branch)
         "blind_s200.yaml": {"benin-coup-attempt-foiled-nigeria-ecowas",
                             "belgium-blocks-eu-reparations-loan-russian-assets"},
         # session 49, B189 (a helper, written before any run): first run 0.542 on a88a65b4 (scored from its branch)
         "blind_s189.yaml": {"saudi-syrian-investment-forum-damascus-falih-sharaa",
                             "australia-expels-iran-ambassador-synagogue-restaurant-arson"},
         # session 49, B196 (a helper, written before any run): first run 0.269 on a88a65b4 (scored from its branch)
         "blind_s196.yaml": {"uk-mauritius-chagos-treaty-diego-garcia-lease",
                             "portugal-montenegro-loses-confidence-vote-snap-election"},
         # session 49, B197 (a helper, written before any run): first run 0.731 on a88a65b4 (scored from its branch)
         "blind_s197.yaml": {"kenya-odinga-death-india-body-return-kasarani-police-fire",
                             "mozambique-chapo-inauguration-mondlane-protests"},
         # session 49, B198 (a helper, written before any run): first run 0.429 on a88a65b4 (scored from its branch)
         "blind_s198.yaml": {"louvre-crown-jewels-heist-suspects-charged-five-arrested",
                             "ireland-connolly-elected-president-humphreys-concedes"},
         # session 49, B193 (a helper, written before any run): first run 0.364 on a88a65b4 (scored from its branch)
         "blind_s193.yaml": {"philippines-manila-flood-control-corruption-protests-arrests",
                             "mexico-uruapan-mayor-manzo-killing-gen-z-march"},
         # session 49, B195 (a helper, written before any run): first run 0.444 on a88a65b4 (scored from its branch)
         "blind_s195.yaml": {"cop30-belem-mutirao-deal-no-fossil-fuel-roadmap",
                             "norway-election-stoere-labour-wins-progress-second"},
         # session 49, B192 (a helper, written before any run): first run 0.372 on a88a65b4 (scored from its branch)
         "blind_s192.yaml": {"washington-national-guard-shooting-afghan-immigration-halt",
                             "utah-charlie-kirk-killing-suspect-arrested-reactions"},
         # session 49, B194 (a helper, written before any run): first run 0.462 on a88a65b4 (scored from its branch)
         "blind_s194.yaml": {"taiwan-recall-vote-kmt-legislators-fails",
                             "south-korea-trump-lee-gyeongju-tariff-deal-nuclear-submarine"},
         # session 49, B190 (a helper, written before any run): first run 0.271 on a88a65b4 (scored from its branch)
         "blind_s190.yaml": {"yemen-stc-hadramawt-seiyun-takeover-saudi-calls-calm",
                             "nigeria-kebbi-schoolgirls-abduction-tinubu-postpones-trips"},
         # session 49, B191 (a helper, written before any run): first run 0.582 on a88a65b4 (scored from its branch)
         "blind_s191.yaml": {"israel-military-advocate-general-tomer-yerushalmi-arrest-sde-teiman-leak",
                             "spain-attorney-general-garcia-ortiz-convicted-resigns"},
         # session 49, B187 (a helper, written before any run): first run 0.458 on a88a65b4 (scored from its branch)
         "blind_s187.yaml": {"iraq-kurdistan-khor-mor-gas-field-drone-attack-blackout",
                             "pakistan-27th-amendment-munir-cdf-constitutional-court-judges-resign"},
         # session 49, B185 (a helper, written before any run): first run 0.542 on a88a65b4 (scored from its branch)
         "blind_s185.yaml": {"putin-witkoff-kushner-kremlin-ukraine-peace-plan",
                             "ukraine-yermak-resigns-nabu-search-energoatom"},
         # session 49, B186 (a helper, written before any run): first run 0.226 on a88a65b4 (scored from its branch)
         "blind_s186.yaml": {"venezuela-cartel-de-los-soles-terrorist-designation-trump-airspace",
                             "chile-election-first-round-jara-kast-runoff"},
         # session 49, B188 (a helper, written before any run): first run 0.549 on a88a65b4 (scored from its branch)
         "blind_s188.yaml": {"pakistan-islamabad-court-suicide-bombing-afghanistan-accusation",
                             "afghanistan-taliban-internet-blackout-restored"},
         # session 49, B181 (a helper, written before any run): first run 0.555 on a88a65b4 (scored from its branch)
         "blind_s181.yaml": {"israel-netanyahu-pardon-request-herzog-trump-letter",
                             "israel-haredi-rally-jerusalem-conscription"},
         # session 49, B182 (a helper, written before any run): first run 0.692 on a88a65b4 (scored from its branch)
         "blind_s182.yaml": {"lebanon-ain-al-hilweh-israeli-strike-hamas-denial",
                             "lebanon-israel-naqoura-mechanism-karam-civilian-talks"},
         # session 49, B183 (a helper, written before any run): first run 0.286 on a88a65b4 (scored from its branch)
         "blind_s183.yaml": {"turkey-istanbul-prosecutor-netanyahu-arrest-warrants-israel-rejects",
                             "turkey-c130-military-plane-crash-georgia"},
         # session 49, B184 (a helper, written before any run): first run 0.435 on a88a65b4 (scored from its branch)
         "blind_s184.yaml": {"pope-leo-turkey-erdogan-ankara-nicaea-bartholomew",
                             "eurovision-2026-boycott-spain-ireland-netherlands-slovenia-israel"},
         # session 48, B180 (a helper, written before any run): first run 0.445 on cc00c0cd (scored from its branch)
         "blind_s180.yaml": {"jordan-allenby-bridge-shooting-israel-closes-crossings-aid",
                             "russia-azerbaijan-putin-apology-aliyev-azal-crash-dushanbe"},
         # session 48, B179 (a helper, written before any run): first run 0.706 on cc00c0cd (scored from its branch)
         "blind_s179.yaml": {"syria-israel-beit-jinn-raid-strikes-war-crime",
                             "france-lecornu-resigns-reappointed-macron"},
         # session 48, B178 (a helper, written before any run): first run 0.308 on cc00c0cd (scored from its branch)
         "blind_s178.yaml": {"egypt-sisi-pardons-alaa-abd-el-fattah-uk-welcomes",
                             "honduras-election-slow-count-trump-hernandez-pardon"},
         # session 48, B177 (a helper, written before any run): first run 0.462 on cc00c0cd (scored from its branch)
         "blind_s177.yaml": {"hamas-mohammed-sinwar-death-khan-younis-abu-obeida",
                             "netherlands-d66-wijers-quits-informateur-wilders"},
         # session 48, B175 (a helper, written before any run): first run 0.572 on cc00c0cd (scored from its branch)
         "blind_s175.yaml": {"lebanon-salam-government-confidence-vote-arms-monopoly",
                             "ukraine-nabu-sap-law-protests-zelensky-new-bill"},
         # session 48, B176 (a helper, written before any run): first run 0.308 on cc00c0cd (scored from its branch)
         "blind_s176.yaml": {"syria-sharaa-un-general-assembly-speech-israel-rubio-zelensky",
                             "india-delhi-red-fort-car-explosion-modi-vow-arrests"},
         # session 48, B171 (a helper, written before any run): first run 0.375 on cc00c0cd (scored from its branch)
         "blind_s171.yaml": {"tunisia-sumud-flotilla-drone-strikes-sidi-bou-said-investigation",
                             "uk-france-macron-state-visit-one-in-one-out-palestine"},
         # session 48, B172 (a helper, written before any run): first run 0.373 on cc00c0cd (scored from its branch)
         "blind_s172.yaml": {"uae-trump-abu-dhabi-mbz-ai-campus-investment",
                             "uk-trump-state-visit-windsor-chequers-tech-deal-protests"},
         # session 48, B173 (a helper, written before any run): first run 0.468 on cc00c0cd (scored from its branch)
         "blind_s173.yaml": {"iran-executes-mossad-spies-arrests-after-war",
                             "armenia-galstanyan-karapetyan-arrests-church-pashinyan"},
         # session 48, B174 (a helper, written before any run): first run 0.361 on cc00c0cd (scored from its branch)
         "blind_s174.yaml": {"us-sudan-chemical-weapons-sanctions-blackmail",
                             "g20-johannesburg-summit-us-boycott-declaration-handover"},
         # session 48, B167 (a helper, written before any run): first run 0.557 on cc00c0cd (scored from its branch)
         "blind_s167.yaml": {"gaza-hamas-executions-clan-clashes-trump-warning",
                             "israel-strikes-gaza-rafah-soldiers-killed-ceasefire-holds"},
         # session 48, B168 (a helper, written before any run): first run 0.478 on cc00c0cd (scored from its branch)
         "blind_s168.yaml": {"houthis-ghamari-chief-of-staff-killed-israel",
                             "iran-seizes-tanker-talara-hormuz-release"},
         # session 48, B169 (a helper, written before any run): first run 0.536 on cc00c0cd (scored from its branch)
         "blind_s169.yaml": {"palestinian-factions-cairo-technocrat-committee-gaza-fatah",
                             "us-ukraine-geneva-talks-28-point-plan-rubio-yermak-kremlin"},
         # session 48, B170 (a helper, written before any run): first run 0.429 on cc00c0cd (scored from its branch)
         "blind_s170.yaml": {"libya-tetteh-roadmap-security-council-unified-government",
                             "trump-canada-trade-talks-reagan-ad-ford-tariff"},
         # session 48, B161 (a helper, written before any run): first run 0.327 on cc00c0cd (scored from its branch)
         "blind_s161.yaml": {"trump-qatar-security-order-netanyahu-apology-doha-strike",
                             "uk-allies-sanction-ben-gvir-smotrich-us-rebuke"},
         # session 48, B162 (a helper, written before any run): first run 0.750 on cc00c0cd (scored from its branch)
         "blind_s162.yaml": {"sudan-kamil-idris-sworn-in-prime-minister-welcomes-rsf",
                             "congo-kabila-death-sentence-in-absentia-treason-m23"},
         # session 48, B163 (a helper, written before any run): first run 0.605 on cc00c0cd (scored from its branch)
         "blind_s163.yaml": {"syria-sharaa-constitutional-declaration-sdc-rejects",
                             "mexico-sends-29-cartel-figures-us-caro-quintero-tariffs"},
         # session 48, B164 (a helper, written before any run): first run 0.462 on cc00c0cd (scored from its branch)
         "blind_s164.yaml": {"syria-sharaa-riyadh-mbs-ankara-erdogan-first-trips",
                             "north-korea-russia-confirm-kursk-troops-seoul-kyiv"},
         # session 48, B166 (a helper, written before any run): first run 0.204 on cc00c0cd (scored from its branch)
         "blind_s166.yaml": {"lebanon-pope-leo-visit-aoun-beirut-port-prayer",
                             "vatican-pope-francis-funeral-trump-zelensky-basilica"},
         # session 48, B165 (a helper, written before any run): first run 0.400 on cc00c0cd (scored from its branch)
         "blind_s165.yaml": {"saudi-qatar-syria-world-bank-arrears-shaibani",
                             "eu-us-turnberry-trade-deal-15-percent-france-criticism"},
         # session 47, B160 (a helper, written before any run): first run 0.491 on 0af7c4e2 (scored from its branch)
         "blind_s160.yaml": {"un-two-state-conference-new-york-declaration-hamas",
                             "russia-strike-kyiv-government-building-fire-svyrydenko"},
         # session 47, B159 (a helper, written before any run): first run 0.379 on 0af7c4e2 (scored from its branch)
         "blind_s159.yaml": {"saudi-khalid-bin-salman-tehran-khamenei-king-salman-letter",
                             "us-ukraine-minerals-deal-bessent-svyrydenko-reconstruction-fund"},
         # session 47, B155 (a helper, written before any run): first run 0.491 on 0af7c4e2 (scored from its branch)
         "blind_s155.yaml": {"egypt-election-authority-cancels-19-districts-sisi-violations",
                             "thailand-cambodia-kuala-lumpur-peace-declaration-trump-anwar"},
         # session 47, B156 (a helper, written before any run): first run 0.379 on 0af7c4e2 (scored from its branch)
         "blind_s156.yaml": {"iran-pezeshkian-iaea-cooperation-suspension-law-grossi",
                             "venezuela-machado-nobel-peace-prize-white-house-oslo-embassy"},
         # session 47, B157 (a helper, written before any run): first run 0.481 on 0af7c4e2 (scored from its branch)
         "blind_s157.yaml": {"us-trump-gaza-takeover-saudi-egypt-jordan-reject",
                             "zelensky-european-leaders-white-house-security-guarantees-putin-meeting"},
         # session 47, B158 (a helper, written before any run): first run 0.333 on 0af7c4e2 (scored from its branch)
         "blind_s158.yaml": {"israel-resumes-gaza-war-ceasefire-collapse-hamas-mediators",
                             "china-retaliates-34-percent-tariffs-trump-liberation-day"},
         # session 47, B152 (a helper, written before any run): first run 0.545 on 0af7c4e2 (scored from its branch)
         "blind_s152.yaml": {"syria-sharaa-paris-macron-sanctions-minorities-israel",
                             "israel-shin-bet-ronen-bar-firing-court-freeze"},
         # session 47, B154 (a helper, written before any run): first run 0.549 on 0af7c4e2 (scored from its branch)
         "blind_s154.yaml": {"hamas-response-trump-gaza-plan-hostages-mediators",
                             "china-victory-day-parade-xi-putin-kim-trump-conspire"},
         # session 47, B153 (a helper, written before any run): first run 0.533 on 0af7c4e2 (scored from its branch)
         "blind_s153.yaml": {"gaza-al-jazeera-anas-al-sharif-tent-strike-condemnations",
                             "belarus-frees-tsikhanouski-kellogg-minsk-visit"},
         # session 47, B151 (a helper, written before any run): first run 0.520 on 0af7c4e2 (scored from its branch)
         "blind_s151.yaml": {"israel-smotrich-e1-settlement-approval-condemnations",
                             "brics-rio-summit-iran-strikes-trump-tariff-lula"},
         # session 47, B148 (a helper, written before any run): first run 0.400 on 0af7c4e2 (scored from its branch)
         "blind_s148.yaml": {"turkey-ocalan-call-pkk-ceasefire-erdogan-erbil",
                             "us-el-salvador-bukele-oval-office-abrego-garcia"},
         # session 47, B147 (a helper, written before any run): first run 0.533 on 0af7c4e2 (scored from its branch)
         "blind_s147.yaml": {"palestine-abbas-hussein-al-sheikh-plo-vice-president-hamas",
                             "poland-nawrocki-wins-presidency-trzaskowski-concedes-tusk-confidence-vote"},
         # session 47, B149 (a helper, written before any run): first run 0.367 on 0af7c4e2 (scored from its branch)
         "blind_s149.yaml": {"knesset-west-bank-sovereignty-vote-vance-arab-condemnation",
                             "vance-munich-speech-europe-pistorius-afd-weidel"},
         # session 47, B150 (a helper, written before any run): first run 0.621 on 0af7c4e2 (scored from its branch)
         "blind_s150.yaml": {"un-security-council-resolution-2803-gaza-stabilization-force-hamas-rejects",
                             "us-ukraine-jeddah-talks-30-day-ceasefire-aid-resumed"},
         # session 47, B141 (a helper, written before any run): first run 0.452 on 0af7c4e2 (scored from its branch)
         "blind_s141.yaml": {"arab-league-baghdad-summit-gaza-syria-sanchez",
                             "g7-kananaskis-trump-leaves-early-iran-statement-zelensky"},
         # session 47, B146 (a helper, written before any run): first run 0.522 on 0af7c4e2 (scored from its branch)
         "blind_s146.yaml": {"turkey-closes-ports-airspace-israel-fidan",
                             "romania-runoff-dan-simion-court-rejects-annulment"},
         # session 47, B145 (a helper, written before any run): first run 0.484 on 0af7c4e2 (scored from its branch)
         "blind_s145.yaml": {"syria-damascus-mar-elias-church-bombing-isis-arrests",
                             "poland-gdansk-russian-consulate-closed-rail-sabotage"},
         # session 47, B143 (a helper, written before any run): first run 0.571 on 0af7c4e2 (scored from its branch)
         "blind_s143.yaml": {"gaza-nasser-hospital-strikes-journalists-killed",
                             "france-le-pen-embezzlement-conviction-ban"},
         # session 47, B144 (a helper, written before any run): first run 0.333 on 0af7c4e2 (scored from its branch)
         "blind_s144.yaml": {"syria-sharaa-white-house-caesar-suspension-isis-coalition",
                             "france-sarkozy-la-sante-prison-libya-funding-macron"},
         # session 47, B142 (a helper, written before any run): first run 0.531 on 0af7c4e2 (scored from its branch)
         "blind_s142.yaml": {"germany-halts-gaza-arms-exports-gaza-city-plan-arab-reactions",
                             "canada-election-carney-liberals-win-poilievre-loses-seat"},
         # session 44, B87 (a helper, written before any run): first run 0.542 on 3b4fc7a2
         "blind_s87.yaml": {"tunisia-conspiracy-trial-verdicts-un-france",
                            "mali-jnim-fuel-blockade-schools-us-citizens-leave"},
         # session 44, B85 (a helper, written before any run): first run 0.491 on 3510155a
         "blind_s85.yaml": {"syria-trump-sharaa-riyadh-sanctions-lifted", "guinea-bissau-coup-embalo-detained-ecowas"},
         # session 44, B88 (a helper, written before any run): first run 0.452 on 3b4fc7a2
         "blind_s88.yaml": {"syria-coast-jableh-ambush-alawite-killings-sharaa-committees",
                            "indonesia-delivery-driver-killed-protests-prabowo-perks"},
         # session 44, B84 (a helper, written before any run): first run 0.302 on c1973a13
         "blind_s84.yaml": {"turkey-pkk-weapons-burning-sulaymaniyah", "china-japan-takaichi-taiwan-row-seafood"},
         # session 44, B86 (a helper, written before any run): first run 0.816 on 33761973
         "blind_s86.yaml": {"yemen-houthis-eternity-c-sinking-hodeidah-strikes",
                            "georgia-local-election-palace-storming-arrests"},
         # session 43, B81 (a helper, written before any run): first run 0.250 on 1711605c
         "blind_s81.yaml": {"iraq-election-sudani-lead-sadr-boycott",
                            "peru-boluarte-removal-jeri-genz-protest-emergency"},
         # session 43, B82 (a helper, written before any run): first run 0.395 on 1711605c
         "blind_s82.yaml": {"sudan-rsf-el-fasher-capture-killings",
                            "us-colombia-venezuela-boat-strikes-petro-visa"},
         # session 44, B92 (a helper, written before any run): first run 0.392 on fddb882a
         "blind_s92.yaml": {"saudi-pakistan-strategic-mutual-defence-agreement",
                            "kenya-saba-saba-protests-ruto-shoot-in-leg"},
         # session 44, B90 (a helper, written before any run): first run 0.667 on acdd4573
         "blind_s90.yaml": {"sudan-tasis-parallel-government-nyala", "philippines-duterte-icc-arrest-hague"},
         # session 44, B91 (a helper, written before any run): first run 0.431 on 2fa3b338
         "blind_s91.yaml": {"libya-tripoli-kikli-killing-radaa-clashes-protests",
                            "thailand-court-removes-paetongtarn-hun-sen-call"},
         # session 44, B83 (a helper, written before any run): first run 0.500 on 359d0ff4
         "blind_s83.yaml": {"lebanon-aoun-president-salam-designated", "poland-russian-drones-article4"},
         # session 44, B94 (a helper, written before any run): first run 0.538 on e8a00ba0
         "blind_s94.yaml": {"lebanon-israel-beirut-strike-tabatabai-killed", "us-china-trump-xi-busan-trade-truce"},
         # session 43, B79 (a helper, written before any run): first run 0.557 on 2f90367b
         "blind_s79.yaml": {"yemen-israel-sanaa-rahawi-strike-un-staff-detained",
                            "cameroon-biya-eighth-term-tchiroma-protests"},
         # session 43, B80 (a helper, written before any run): first run 0.349 on 2f90367b
         "blind_s80.yaml": {"morocco-genz212-protests-lqliaa-shooting", "tanzania-election-hassan-protests-lissu"},
         # session 43, B77 (a helper, written before any run): first run 0.500 on 6d194229
         "blind_s77.yaml": {"lebanon-iran-larijani-arms-monopoly-cabinet",
                            "serbia-novi-sad-canopy-student-protests-clashes"},
         # session 43, B78 (a helper, written before any run): first run 0.386 on 6d194229
         "blind_s78.yaml": {"syria-sdf-damascus-integration-agreement", "us-russia-alaska-summit-no-ceasefire"},
         # session 42, B75 (a helper, written before any run): first run 0.279 on 9022aaaa
         "blind_s75.yaml": {"syria-israel-sweida-clashes-ceasefire", "madagascar-gen-z-protests-capsat-takeover"},
         # session 42, B76 (a helper, written before any run): first run 0.429 on c1e16280
         "blind_s76.yaml": {"egypt-us-sharm-summit-gaza-hostages-prisoners",
                            "pakistan-afghanistan-doha-ceasefire-border-clashes"},
         # session 41, B74 (a helper, written before any run): first run 0.452 on 2d40b76b
         "blind_s74.yaml": {"qatar-israel-doha-hamas-leaders-strike", "nepal-gen-z-protests-oli-resigns-karki"},
         # session 41, B73 (a helper, written before any run): first run 0.486 on 16d1819c
         "blind_s73.yaml": {"israel-iran-nuclear-sites-strikes-retaliation", "india-pakistan-sindoor-strikes-ceasefire"},
         # session 40, B67 (a helper, written before any run): first run 0.604 on 28971ed3
         "blind_s67.yaml": {"sudan-army-rsf-khartoum-war-outbreak", "haiti-henry-resigns-caricom-kingston"},
         # session 40, B68 (a helper, written before any run): first run 0.459 on 3cf01152
         "blind_s68.yaml": {"lebanon-israel-pager-explosions", "drc-rwanda-m23-goma-embassies"},
         # session 38, B63: four more (blind_s63.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s63.yaml": {"lebanon-tayouneh-clashes-bitar", "yemen-stc-riyadh-agreement",
                            "russia-ukraine-annexation-un-vote", "venezuela-guaido-interim-president-us-ties"},
         # session 36, B58: four more (blind_s58.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s58.yaml": {"turkey-syria-peace-spring-arab-league", "uae-israel-normalisation-palestinian-reaction",
                            "iran-us-ain-al-asad-missile-strike", "spain-catalonia-article-155-takeover"},
         # session 36, B57: four more (blind_s57.yaml), coded before any run (by a helper, from texts it wrote)
         "blind_s57.yaml": {"lebanon-beirut-port-diab-resignation", "sudan-army-bashir-ouster",
                            "hong-kong-extradition-bill-suspended", "azerbaijan-karabakh-offensive-exodus"}}


def test_blind_gold_loads_and_every_anchor_is_in_its_text():
    from marsad.eval.articles import _anchor
    gold_dir = Path(__file__).parent / "data" / "gold"
    assert {f.name for f in gold_dir.glob("blind_*.yaml")} == set(BLIND)
    for name, ids in BLIND.items():
        gold, texts = read_gold(gold_dir / name)     # raises GoldError on a missing file or anchor
        assert {a.id for a in gold.articles} == ids
        for art in gold.articles:
            assert art.file and art.file.startswith("../articles_blind/") and art.complete and art.published_at
            assert any(not ev.optional for ev in art.events)
            for ev in art.events:
                for word in (ev.trigger, *ev.also):
                    s, e = _anchor(texts[art.id], word, ev.occurrence if word == ev.trigger else 1, art.id, name)
                    assert texts[art.id][s:e] == word


def test_match_reports_have_no_extra_event():
    """pages_other.yaml: the two match reports are complete with no event (session 12, marsad/coding/domain.py)."""
    r = evaluate(Path(__file__).parent / "data" / "gold" / "pages_other.yaml", details=True)
    per = {a["id"]: a for a in r["per_article"]}
    assert per["football-ar"]["extra"] == [] and per["football-en"]["extra"] == []


def test_film_review_has_no_extra_event():
    """pages_other.yaml: the film review's battles, sieges and killings are fiction (session 14, domain.py screen)."""
    r = evaluate(Path(__file__).parent / "data" / "gold" / "pages_other.yaml", details=True)
    per = {a["id"]: a for a in r["per_article"]}
    assert per["film-en"]["extra"] == []
