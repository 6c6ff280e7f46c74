"""Session 30 (ACT21): actor countries.  Our own sentences.

1. A masculine nisba adjective (الداخلي، الخارجي) is no actor: the ending fold read it as the ministry its feminine
   form names (الداخلية، الخارجية).
2. A body whose phrase goes on with two adjectives of its own is no anaphor of a foreign body named before it in a
   story datelined elsewhere.
3. A region's administration ("إدارة جوبالاند"، "حكومة ولاية بونتلاند"، "رئيس جوبالاند X") is its country's government;
   not a government in exile."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _doc(text):
    return _P(text, published_at="2024-12-12", lang="ar")


def _events(text):
    return [(e.cameo, e.source_code, e.target_code) for e in _doc(text).events]


def _actor_texts(doc):
    return {doc.text[s:e]: a.code for a in doc.actors for s, e in a.spans}


def test_masculine_adjective_is_no_ministry():
    doc = _doc("طرابلس - رفضت الحكومة الليبية أي تدخل في الشأن الداخلي، وحذرت من التدخل الخارجي في الانتخابات.")
    texts = _actor_texts(doc)
    assert "الداخلي" not in texts and "الخارجي" not in texts, texts


def test_alef_maqsura_noun_stays_an_actor():
    doc = _doc("نواكشوط - وقالت إدارة المستشفى الوطني إن ثلاثة جرحى وصلوا مساء أمس.")
    assert any(k.endswith("المستشفى") or "المستشفى" in k for k in _actor_texts(doc)), _actor_texts(doc)


def test_federal_ministry_is_not_the_neighbours_authorities():
    evs = _events("مقديشو - فر عشرات الجنود عبر الحدود وسلموا أسلحتهم للسلطات الكينية. "
                  "واتهمت وزارة الأمن الداخلي الفيدرالية قادة الولاية بتقويض الحرب على حركة الشباب.")
    acc = [ev for ev in evs if ev[0].startswith("11")]
    assert acc and all(not (s or "").startswith("KEN") for _, s, _ in acc), evs
    assert any((s or "").startswith("SOM") for _, s, _ in acc), evs


def test_region_administration_is_its_country():
    evs = _events("مقديشو - أعلنت إدارة جوبالاند اليوم تعليق علاقاتها مع الحكومة الفيدرالية.")
    assert any(c.startswith("16") and s == "SOMGOV" for c, s, _ in evs), evs
    doc = _doc("غاروي - أعلنت حكومة ولاية بونتلاند رفضها التعديلات، واتهم رئيس بونتلاند سعيد دني مقديشو بخرق الدستور.")
    codes = {a.code for a in doc.actors}
    assert "SOMGOV" in codes and "GOV" not in codes, [(a.code, [doc.text[s:e] for s, e in a.spans]) for a in doc.actors]


def test_government_in_exile_takes_no_country():
    doc = _doc("نيودلهي - التقى رئيس الوزراء الهندي أمس رئيس حكومة التبت في المنفى.")
    assert not any(a.country == "CHN" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_later_clause_country_is_not_the_party_ar():
    # a contrast (لكنه) and a participle of saying with its tanween (مؤكداً) open later words: France is named there
    for text in ("وانتقد حزب التجمع المعارض قرار الحكومة، لكنه أيد الشراكة مع فرنسا.",
                 "وانتقد حزب التجمع المعارض قرار الحكومة، مؤكداً أن فرنسا ستبقى شريكا أساسيا."):
        evs = [ev for ev in _events(text) if ev[0] == "111"]
        assert evs and not any((s or "").startswith("FRA") for _, s, _ in evs), (text, evs)


def test_bare_party_of_a_two_country_story_is_the_datelines():
    evs = _events("نجامينا - أعلنت الحكومة التشادية إنهاء اتفاق التعاون الأمني مع فرنسا. وقالت وزارة الخارجية "
                  "التشادية إن تشاد تريد شراكة جديدة مع فرنسا. وردت باريس بأنها أخذت علما بالقرار التشادي. وانتقد "
                  "حزب الأمل الجديد المعارض طريقة إعلان القرار، معتبرا أن البرلمان لم يستشر بشأن الوجود العسكري "
                  "الفرنسي.")
    assert any(c == "111" and s == "TCDPTY" for c, s, _ in evs), evs


def test_definite_party_of_a_two_country_story_stays_bare_en():
    # "the party" names back a party told before, which may be the other country's
    evs = [(e.cameo, e.source_code, e.target_code) for e in _P(
        "ISLAMABAD, March 3 (Marsad) - Pakistan recalled its ambassador to Afghanistan on Monday after Afghan forces "
        "fired across the border. Afghanistan denied the charge and said Pakistan had provoked the clash. Pakistan "
        "accused Afghanistan of sheltering militants. A lawmaker of Afghanistan's Islamic Unity Front urged Kabul to "
        "reopen talks. He warned that the party would seek a no-confidence vote against the interior minister if the "
        "talks failed.",
        published_at="2024-03-03", lang="en").events]
    warned = [ev for ev in evs if ev[0].startswith("13")]
    assert not any((t or "") == "PAKPTY" for _, _, t in warned), evs
