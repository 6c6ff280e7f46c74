"""Session 20, B7SH: a welcome / praise of the story's definite act noun takes the story's pair; "the two
governments" across a quote; "اجتماع عقده وفدا البلدين" after a coordinated pair of countries.  Our own sentences."""
from events_helpers import full


def _rows(doc, prefix):
    return sorted((e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix))


def _all(doc):
    return [(e.trigger, e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def test_praise_of_the_step_targets_the_story_pair():
    doc = full("التقى وزير الخارجية المغربي نظيره الموريتاني أمس في نواكشوط، واتفق الجانبان على إعادة فتح المعبر "
               "الحدودي. وأشادت الجزائر بالخطوة، وأعربت عن أملها في تعزيز التعاون الإقليمي.", published_at="2025-03-04")
    tg = sorted(e.target_country for e in doc.events if e.cameo.startswith("05") and e.source_code == "DZA")
    assert tg == ["MAR"], _all(doc)   # one welcome, toward the first party (session 21, B8AR: the gold files' convention)


def test_praise_of_another_bodys_decision_keeps_no_pair():
    # guard: "بالقرار الأممي" is another's decision (an adjective after the noun): no story pair
    doc = full("التقى وزير الخارجية المغربي نظيره الموريتاني أمس في نواكشوط، واتفق الجانبان على إعادة فتح المعبر "
               "الحدودي. وأشادت الجزائر بالقرار الأممي الجديد.", published_at="2025-03-04")
    assert all(":tgt-parties" not in e.rule for e in doc.events), _all(doc)


def test_english_welcome_of_the_move_targets_the_story_pair():
    doc = full("MUSCAT, March 4 - Oman's foreign minister met his Yemeni counterpart in Muscat on Monday and the two "
               "sides agreed to reopen a border crossing. Qatar welcomed the move, saying it would help regional "
               "trade.", published_at="2025-03-04")
    tg = sorted(e.target_country for e in doc.events if e.cameo.startswith("05") and e.source_code == "QAT")
    assert tg == ["OMN"], _all(doc)   # one welcome, toward the first party (session 21, B8AR: the gold files' convention)


def test_english_welcome_of_a_move_by_a_named_body_keeps_no_pair():
    # guard: "the move by the Arab League" names its own agent
    doc = full("MUSCAT, March 4 - Oman's foreign minister met his Yemeni counterpart in Muscat on Monday. Qatar "
               "welcomed the move by the Arab League to send observers.", published_at="2025-03-04")
    assert all(":tgt-parties" not in e.rule for e in doc.events), _all(doc)


def test_the_two_governments_across_a_quote():
    doc = full("LIMA, March 4 - Peru's president accused Chile of dumping cheap wine on Saturday. \"We will not "
               "accept this,\" he said. By Monday the two governments had reached an agreement.",
               published_at="2025-03-04")
    ev = [(e.source_country, e.target_country) for e in doc.events if e.trigger.startswith("reached")]
    assert ("PER", "CHL") in ev or ("CHL", "PER") in ev, _all(doc)


def test_meeting_of_the_two_countries_delegations_after_a_coordinated_pair():
    doc = full("أعلنت تونس وليبيا أمس إعادة فتح معبر رأس جدير، وذلك في ختام اجتماع عقده وفدا البلدين في طرابلس.",
               published_at="2025-03-04")
    ev = [(e.source_country, e.target_country) for e in doc.events if e.trigger == "اجتماع"]
    assert sorted(ev) == [("LBY", "TUN"), ("TUN", "LBY")], _all(doc)


def test_meeting_of_two_ministers_without_a_pair_noun_keeps_no_lead_pair():
    # guard: "وزيرا الخارجية" names no pair of countries
    doc = full("أعلنت تونس وليبيا أمس إعادة فتح معبر رأس جدير، وذلك في ختام اجتماع عقده وزيرا الخارجية في طرابلس.",
               published_at="2025-03-04")
    assert all(":pair-lead" not in e.rule for e in doc.events), _all(doc)


def test_welcome_of_the_agreement_between_two_named_countries():
    doc = full("ورحب الأمين العام لجامعة الدول العربية بالاتفاق بين الصومال وإثيوبيا، ودعا إلى تنفيذه.",
               published_at="2025-03-04")
    # (already so on main through the compound object; kept as the Arabic form of the English rule below)
    tg = sorted(e.target_country for e in doc.events if e.cameo.startswith("05") and e.source_code == "IGOARBAGL")
    assert tg == ["ETH", "SOM"], _all(doc)


def test_english_welcome_of_the_deal_between_the_two_countries():
    doc = full("NAIROBI, March 4 - Somalia's president met Ethiopia's prime minister in Nairobi on Monday. Kenya "
               "welcomed the deal between the two countries.", published_at="2025-03-04")
    tg = sorted(e.target_country for e in doc.events if e.cameo.startswith("05") and e.source_code == "KEN")
    assert tg == ["SOM"], _all(doc)   # one welcome, toward the first party (session 21, B8AR: the gold files' convention)


def test_welcome_of_a_deal_between_a_country_and_itself_keeps_no_parties():
    # guard: "بين الحكومة والمعارضة" in one country names no pair of countries
    doc = full("ورحبت مصر بالاتفاق بين الحكومة السودانية والمعارضة.", published_at="2025-03-04")
    assert all(":tgt-parties" not in e.rule for e in doc.events), _all(doc)


def test_criticism_of_the_decision_keeps_no_story_pair():
    # guard: a criticism of "the decision" of one side is no act of the story's pair
    doc = full("MUSCAT, March 4 - Oman's foreign minister met his Yemeni counterpart in Muscat on Monday. Saudi Arabia "
               "closed its border crossing at al-Wadiah on Tuesday. Aid groups criticised the decision.",
               published_at="2025-03-04")
    assert all(":tgt-parties" not in e.rule for e in doc.events), _all(doc)
