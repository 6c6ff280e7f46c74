"""Session 50 (helper gapar50b): the author of a judged act told earlier, our own sentences.

1. A condemnation down a string of reactions takes the author named before by a nationality adjective on an act noun
   ("دانت الخارجية الأوكرانية العدوان الروسي … كما دانت بولندا العملية": RUS; ``reaction_author._act_adjective``),
   not one in the reactor's own framing ("ما سماه الهجوم الإيراني", guard).
2. A reaction whose source is an international body or an NGO (no country of its own) answers another party's act as
   a country's reaction does (``reaction_author._reactor``), and a reaction before it whose target is only the nation
   of its object ("انتقدت جورجيا القرار الروسي") passes that country on.
"""
from test_gapen34_s34 import _dump, _with

_ADJ_CHAIN = ("وسعت القوات الروسية أمس عمليتها العسكرية في مدينة خاركيف شرقي أوكرانيا لليوم الثالث "
              "على التوالي.\n وقال رئيس بلدية المدينة إن آلاف السكان نزحوا إلى القرى المجاورة، فيما "
              "أعلنت السلطات المحلية حظر التجول ليلا.\n في المقابل، دانت الحكومة الأوكرانية \"العدوان "
              "الروسي\" على المدينة، وطالبت الحلفاء الغربيين بتسريع إرسال منظومات الدفاع الجوي.\n ودعت "
              "منظمة الصليب الأحمر إلى حماية المدنيين، فيما قالت فرق الإنقاذ إنها تواصل البحث تحت "
              "الأنقاض.\n كما دانت بولندا وليتوانيا ولاتفيا العملية، وحذرت من اتساع رقعة الحرب.")
_FRAMED = ("وقال المتحدث باسم الجيش الإسرائيلي إن قواته اعترضت سفينة شحن في البحر الأحمر أمس.\n "
              "ودان رئيس الوزراء الإسرائيلي ما سماه \"الهجوم الإيراني\" على السفينة، واتهم طهران "
              "بالوقوف وراءه.\n في المقابل، نفت وزارة الخارجية الإيرانية أي دور لبلادها في الحادث، "
              "وقالت إن الجماعات في المنطقة تتخذ قراراتها بنفسها.\n وفي طوكيو، دانت الحكومة اليابانية "
              "الاستيلاء على السفينة، وطالبت بالإفراج عن طاقمها.")
_OBJ_NATION = ("أعلنت روسيا أمس الاعتراف بنتائج الانتخابات التي جرت في إقليم أبخازيا الانفصالي.\n وقال "
              "المتحدث باسم الكرملين إن القرار يعكس إرادة سكان الإقليم.\n في المقابل، انتقدت جورجيا "
              "اليوم القرار الروسي، واتهمت موسكو بتقويض وحدة أراضيها.\n كما نددت منظمات حقوقية دولية "
              "بالخطوة، وحذرت من أنها قد تشجع نزعات انفصالية أخرى.")
_IGO_CHAIN = ("شنت القوات الإسرائيلية أمس عملية عسكرية واسعة في مخيم نور شمس قرب طولكرم.\n وقال محافظ "
              "طولكرم إن مئات العائلات نزحت من المخيم، فيما أعلنت البلدية تعليق الدوام في المدارس.\n "
              "في المقابل، دانت الخارجية الفلسطينية \"العدوان الإسرائيلي\" على المخيم، وطالبت المجتمع "
              "الدولي بالتدخل.\n وقال الهلال الأحمر إن طواقمه لم تتمكن من دخول المخيم منذ الصباح.\n "
              "وندد الأمين العام لجامعة الدول العربية بالعملية، داعيا إلى وقف التصعيد في الضفة "
              "الغربية.")


def test_condemnation_chain_takes_a_nationality_adjective_on_the_act_noun():
    got, evs = _with(_ADJ_CHAIN, "كما دانت", "2025-03-05")
    got = [e for e in evs if e.cameo == "111" and e.source_code in ("POL", "LTU", "LVA")]
    assert len(got) == 3 and all(e.target_code == "RUS" for e in got), _dump(evs)


def test_framed_act_noun_names_no_author():
    # (guard) "ما سماه الهجوم الإيراني": the first condemner's claim, not the story's author
    _, evs = _with(_FRAMED, "دانت", "2025-03-05")
    got = [e for e in evs if e.cameo == "111" and (e.source_code or "").startswith("JPN")]
    assert got and got[0].target_country != "IRN", _dump(evs)


def test_ngo_condemnation_takes_the_object_nation_of_the_reaction_before():
    _, evs = _with(_OBJ_NATION, "كما نددت", "2025-03-05")
    got = [e for e in evs if e.cameo == "111" and e.source_code == "NGO"]
    assert got and got[0].target_code == "RUS", _dump(evs)


def test_international_body_condemnation_joins_the_string_of_reactions():
    _, evs = _with(_IGO_CHAIN, "وندد", "2025-03-05")
    got = [e for e in evs if e.cameo == "111" and (e.source_code or "").startswith("IGO")]
    assert got and got[0].target_code == "ISR", _dump(evs)
