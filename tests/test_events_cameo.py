"""CAMEO table, trigger lexicon matching and the eval readers."""
import csv
import json

import pytest

from marsad.coding.cameo import codes, lookup, quad_class
from marsad.coding.lexicon import ar_candidates, lexicon
from marsad.lang.normalize import normalize


def test_all_roots_and_quad_classes():
    c = codes()
    roots = sorted(k for k in c if len(k) == 2)
    assert roots == [f"{i:02d}" for i in range(1, 21)]
    assert len(c) > 300
    for code, v in c.items():
        assert v.quad_class == quad_class(code[:2])
    assert lookup("043").plover_type == "CONSULT" and lookup("043").plover_mode == "visit"
    assert lookup("141").plover_type == "PROTEST" and lookup("141").quad_class == 3
    assert lookup("190").plover_type == "ASSAULT" and lookup("190").goldstein == -10.0
    assert lookup("010").plover_type is None          # PLOVER drops CAMEO 01 and 02
    assert lookup("1712").plover_type == "ASSAULT"    # destroy property
    assert lookup("0361").root == "03"                # unknown 4-digit -> parent
    with pytest.raises(KeyError):
        lookup("99")


@pytest.mark.parametrize("word,lemma", [
    ("وهاجمت", "هاجم"), ("يهاجمون", "هاجم"), ("اجتماعا", "اجتماع"), ("والاحتجاجات", "احتجاج"),
    ("بمظاهرات", "مظاهرة"), ("مظاهرتهم", "مظاهرة"), ("التقى", "التقى"), ("يلتقيان", "التقى"),
    ("تبحثه", "بحث"), ("للمظاهرة", "مظاهرة"), ("اغتيالات", "اغتيال"), ("وتظاهروا", "تظاهر"),
])
def test_arabic_forms(word, lemma):
    lem = {t.lemma for t in lexicon("ar").lookup(normalize(word))}
    assert lemma in lem


def test_article_form_is_not_a_verb():
    # الفجر (the dawn) must not match the verb فجّر
    assert not [t for t in lexicon("ar").lookup(normalize("الفجر")) if t.kind == "verb"]


def test_candidates_cached_and_bounded():
    c = ar_candidates("وبالمظاهرات")
    assert c[0] == "وبالمظاهرات" and "مظاهرات" in c and len(c) < 40


@pytest.mark.parametrize("word,lemma", [("attacked", "attack"), ("met", "meet"), ("criticised", "criticize"),
                                        ("protests", "protest"), ("kidnapped", "kidnap")])
def test_english_forms(word, lemma):
    assert lemma in {t.lemma for t in lexicon("en").lookup(word)}


def test_petrarch_xml_eval(tmp_path):
    from marsad.eval.events import petrarch, read_petrarch_xml
    p = tmp_path / "v.xml"
    p.write_text("""<Sentences>
<Sentence date="20230510" id="T-1" sentence="true" source="test">
<EventCoding sentenceid="T-1" eventcode="173" sourcecode="TURCOP" targetcode="MED"/>
<Text>Turkish police arrested ten journalists in Istanbul.</Text>
</Sentence>
<Sentence date="20230510" id="T-2" sentence="true" source="test">
<EventCoding sentenceid="T-2" eventcode="111" sourcecode="FRA" targetcode="RUS"/>
<Text>The weather was fine.</Text>
</Sentence>
</Sentences>""", encoding="utf-8")
    recs = read_petrarch_xml(p)
    assert recs[0]["date"] == "2023-05-10" and recs[0]["gold"] == [("173", "TURCOP", "MED")]
    res = petrarch(p)
    assert res["gold_codings"] == 2 and res["sentences"] == 2
    assert 0.0 <= res["exact"] <= res["root"] <= 0.5    # the second sentence cannot be matched


def test_detect_eval_counts(tmp_path):
    from marsad.eval.events import detect
    p = tmp_path / "d.csv"
    rows = [
        ("a1", "PROTEST", "yes", "تظاهر آلاف الطلاب في العاصمة أمس احتجاجا على رفع الأسعار."),
        ("a2", "PROTEST", "easy no", "وارتفعت أسعار النفط في الأسواق العالمية."),
        ("a3", "PROTEST", "ambiguous", "وتحدث الوزير عن الاقتصاد."),
    ]
    with open(p, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "event_type", "label", "accept", "reject", "total", "text"])
        for r in rows:
            w.writerow([r[0], r[1], r[2], 3, 0, 3, r[3]])
    res = detect(p)
    t = res["types"]["PROTEST"]
    assert res["skipped_ambiguous"] == 1 and t["tp"] == 1 and t["tn"] == 1 and t["f1"] == 1.0


def test_user_trigger_file_extends_lexicon(tmp_path):
    from marsad.pipeline import Pipeline, PipelineConfig
    f = tmp_path / "my_triggers.tsv"
    f.write_text("lemma\tforms\tkind\tcameo\tframe\tprep\tobj\tcond\tsource\tnote\n"
                 "ندّد\tيندّد\tverb\t111\tsvo\t\t\t\tuser\t\n"
                 "قرصن\tيقرصن\tverb\t1711\tsvo\t\t\t\tuser\tnew verb\n", encoding="utf-8")
    cfg = PipelineConfig(lexicons={"triggers_ar": [str(f)]}, disabled=("mentions", "actors", "places"))
    doc = Pipeline(cfg)("وقرصن مجهولون موقع الوزارة أمس.", published_at="2023-05-10")
    assert any(e.cameo == "1711" for e in doc.events)
    plain = Pipeline(PipelineConfig(disabled=("mentions", "actors", "places")))("وقرصن مجهولون موقع الوزارة أمس.")
    assert not any(e.cameo == "1711" for e in plain.events)
