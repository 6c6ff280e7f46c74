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
