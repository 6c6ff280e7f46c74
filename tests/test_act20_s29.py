"""Session 29 (ACT20): actor countries.  Our own sentences.

1. A movement with national branches under one name (the Muslim Brotherhood: the table's row is the Egyptian one)
   is the branch of the country its name carries (a nationality adjective, "in" / "في" + the country) or of the
   country the story is about (context.tsv rule ``home``)."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, lang=None):
    return [(e.cameo, e.source_code, e.target_code) for e in _P(text, published_at="2025-05-02", lang=lang).events]


def _codes(evs):
    return {c for ev in evs for c in ev[1:] if c}


def test_brotherhood_in_a_story_of_another_country_ar():
    evs = _events("عمّان - قررت الحكومة الأردنية أمس حل جماعة الإخوان المسلمين ومصادرة أموالها. "
                  "ونفت الجماعة في بيان أي صلة لها بالمتهمين، فيما دعا نواب أردنيون إلى الحوار.", "ar")
    assert "JOROPP" in _codes(evs) and "EGYOPP" not in _codes(evs), evs


def test_brotherhood_in_a_story_of_another_country_en():
    evs = _events("DAMASCUS, May 2 - Syria's interior ministry banned the Muslim Brotherhood on Friday and ordered "
                  "its offices closed. The Syrian government accused the Muslim Brotherhood of plotting unrest.", "en")
    assert "SYROPP" in _codes(evs) and "EGYOPP" not in _codes(evs), evs


def test_brotherhood_with_its_country_written_on_it():
    evs = _events("انتقدت جماعة الإخوان المسلمين الأردنية قرار الحكومة المصرية.", "ar")
    assert ("111", "JOROPP", "EGYGOV") in evs, evs
    evs = _events("Jordan's Muslim Brotherhood condemned the Egyptian court ruling.", "en")
    assert any(s == "JOROPP" and (t or "").startswith("EGY") for _, s, t in evs), evs
    evs = _events("رحبت جماعة الإخوان المسلمين في ليبيا بقرار المحكمة المصرية.", "ar")
    assert any(s == "LBYOPP" for _, s, t in evs), evs


def test_brotherhood_in_an_egyptian_story_stays_egyptian():
    evs = _events("القاهرة - أصدرت محكمة مصرية حكما بسجن قيادات في جماعة الإخوان المسلمين، ونددت جماعة الإخوان "
                  "المسلمين بالحكم وقالت إنه سياسي.", "ar")
    assert "EGYOPP" in _codes(evs) and not any(c.endswith("OPP") and c != "EGYOPP" for c in _codes(evs)), evs


def test_brotherhood_by_a_place_name_of_two_countries_stays_egyptian():
    # الإسكندرية is Alexandria (Egypt) and a town in Iraq: a place name of several countries is no evidence
    evs = _events("وقال نائب عن جماعة الإخوان المسلمين في مدينة الإسكندرية إن أنصار الجماعة رفضوا قرار المحافظ، "
                  "واتهمت الجماعة الشرطة بالتضييق على مرشحيها في الإسكندرية.", "ar")
    assert "EGYOPP" in _codes(evs) and "IRQOPP" not in _codes(evs), evs


# 2. Bare state bodies (the army, the police, the opposition, the government) of a story or a speaker's words.

def test_speaker_country_for_a_bare_body_in_his_words():
    evs = _events("Zambia's defence minister said the army would use all means to defend the border if Angolan "
                  "troops did not pull back.", "en")
    assert any(c == "138" and s == "ZMBMIL" and (t or "").startswith("AGO") for c, s, t in evs), evs
    evs = _events("وقال وزير الدفاع الزامبي إن الجيش سيهاجم مواقع المتمردين الأنغوليين قرب الحدود.", "ar")
    assert any(s == "ZMBMIL" for c, s, t in evs), evs
    evs = _events("Nigeria's army chief said the police would arrest Cameroonian smugglers at the border.", "en")
    assert any(c == "173" and s == "NGACOP" for c, s, t in evs), evs


def test_an_envoys_words_are_not_about_his_own_army():
    evs = _events("The US envoy said the army must hand power to civilians and stop attacking protesters.", "en")
    assert not any((s or "").startswith("USA") for c, s, t in evs), evs


def test_a_story_the_dateline_country_leads():
    # Venezuela named far more than any other country, but less than half of all the countries' mentions
    text = ("CARACAS, July 30 - Venezuela expelled diplomats from Argentina, Chile, Peru and Uruguay on Monday after "
            "they questioned the official result. Venezuela's foreign ministry said the measure was final, and "
            "Venezuelan officials said Argentina, Chile, Peru and Uruguay had meddled in Venezuela's affairs. "
            "Opposition leader Ana Rojas rejected the result on Tuesday. Venezuela's attorney general said "
            "Venezuelan police had arrested 300 people across Venezuela. Argentina, Chile, Peru and Uruguay "
            "condemned the expulsions.")
    evs = _events(text, "en")
    assert any(c.startswith("12") and s == "VENOPP" for c, s, t in evs), evs


def test_the_home_states_own_opposition():
    evs = _events("CARACAS, July 30 - Venezuela's government said the vote was clean. Venezuela's interior minister "
                  "accused the opposition of plotting a coup with backers in Miami.", "en")
    assert any(c == "112" and t == "VENOPP" for c, s, t in evs), evs
    evs = _events("HARARE, June 2 - Zimbabwe's ruling party won the vote, officials said. Zimbabwe's information "
                  "minister accused the opposition of plotting unrest from Johannesburg.", "en")
    assert any(c == "112" and t == "ZWEOPP" for c, s, t in evs), evs


def test_a_story_of_two_countries_keeps_a_bare_opposition():
    # Niger and the US named about equally: no country leads, a bare role stays bare
    text = ("NIAMEY, March 17 - Niger ended its military accord with the United States on Saturday. The United "
            "States said it regretted Niger's decision, and Niger said the United States had ignored its concerns. "
            "The opposition rejected the decision on Sunday.")
    evs = _events(text, "en")
    assert not any(c.startswith("12") and s in ("NEROPP", "USAOPP") for c, s, t in evs), evs


import pytest


@pytest.mark.xfail(reason='not done: older tests keep the police of Arabic protest stories bare (coding README, session 29 ACT20)')
def test_arabic_police_dispersing_a_crowd_take_the_country():
    evs = _events("عمّان - أعلنت الحكومة الأردنية حل الحزب. وتجمع مئات من أنصار الحزب أمام البرلمان في عمّان احتجاجا "
                  "على القرار، قبل أن تفرقهم الشرطة بالقوة.", "ar")
    assert any(c.startswith("17") and s == "JORCOP" for c, s, t in evs), evs
    evs = _events("أنقرة - واستخدمت الشرطة الغاز المسيل للدموع لتفريق مئات الطلاب الذين تظاهروا في أنقرة أمس.", "ar")
    assert any(c.startswith("17") and s == "TURCOP" for c, s, t in evs), evs


def test_arabic_army_killing_named_foreigners_is_not_their_army():
    evs = _events("وقال شهود إن الجيش قتل خمسة من المسلحين السودانيين قرب الحدود.", "ar")
    assert not any(s == "SDNMIL" for c, s, t in evs), evs


def test_arabic_police_by_a_place_alone_keep_no_country():
    # no dateline: the village's country is not the police's (it may be an occupying power's)
    evs = _events("وفي قرية قرب نابلس أطلقت الشرطة قنابل الغاز لتفريق المتظاهرين الذين رفعوا الأعلام.", "ar")
    assert not any(s == "PSECOP" for c, s, t in evs), evs


# 3. A regional state's bodies are its country's.

def test_regional_state_forces_take_their_country():
    evs = _events("اندلعت اشتباكات بين قوات الحكومة الفيدرالية الصومالية وقوات ولاية جوبالاند قرب الحدود الكينية.", "ar")
    assert not any((s or "").startswith("KEN") or (t or "").startswith("KEN") for c, s, t in evs), evs
    assert any(c.startswith("19") and s == "SOMMIL" for c, s, t in evs), evs
    evs = _events("هاجمت قوات بونتلاند بلدة قرب الحدود مع إثيوبيا وطردت مقاتلين من أرض الصومال.", "ar")
    assert any(c == "190" and s == "SOMMIL" for c, s, t in evs), evs
    evs = _events("Jubaland forces seized the town near the Kenyan border on Tuesday.", "en")
    assert any(c == "192" and s == "SOMMIL" for c, s, t in evs), evs


def test_a_city_after_a_body_is_left_to_the_event_steps():
    # the actor step reads regions only: "شرطة البصرة" stays a bare actor (the event steps give the sentence's country)
    doc = _P("قال المتحدث إن شرطة البصرة اعتقلت ثلاثة أشخاص أمس.", published_at="2025-05-02", lang="ar")
    assert any(a.code == "COP" and not a.country for a in doc.actors), [(a.code, a.country) for a in doc.actors]
    doc = _P("قال المتحدث إن قوات إقليم تيغراي هاجمت البلدة.", published_at="2025-05-02", lang="ar")
    assert any(a.code == "ETHMIL" for a in doc.actors), [(a.code, a.country) for a in doc.actors]
    # a region's government in exile is not its country's government
    doc = _P("وقالت حكومة التبت في المنفى إنها تخشى حملة اعتقالات جديدة.", published_at="2025-05-02", lang="ar")
    assert not any(a.code == "CHNGOV" for a in doc.actors), [(a.code, a.country) for a in doc.actors]
