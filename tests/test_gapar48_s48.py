"""Session 48 (helper gapar48): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. A sentence opened by a lead word that keeps the subject of the sentence before (``elided_subject_ar.tsv`` kind
   ``lead``: كما) and then its verb goes on with that subject as a joined verb does; a lead with the subject's own
   pronoun (kind ``lead_pronoun``: لكنه، لكنها) leaves the verb no subject after it (``elided_subject_ar.apply``).
   After a discourse opener and its comma ("من جهته، وصف …") a bare three-letter verb opens the clause too.  After a
   comma inside the sentence ("…، لكنه وصف إصرار X بأنه …") the pronoun lead makes the verb go on with the subject of
   the sentence's verb before, and the actor read after the verb is its target (``apply_joined``).
2. The elided subject of a joined verb is the nearest speaker of the sentence before that it agrees with in gender:
   a saying's speaker carried into that sentence from further back comes after the subject that opens it, and a
   speaker the verb cannot agree with is passed over (``elided_subject_ar._speakers_before``).
3. A bare "ولي العهد" is the crown prince named before it when every one named before is of one country (cue
   ``title_anaphor`` of two words: ``actors._definite_title``).
4. The act noun's own agent is no target: a verb's object act noun whose genitive or nisba names the subject's own
   country ("دعم مصر لاستقرار السودان"، "رفض المملكة أي محاولات") takes as its target the first actor or country of
   another country after it in the clause, else none (``own_agent_ar``).
5. The judged noun's nationality adjective is read past the subject's bracketed abbreviation ("حركة الجهاد الإسلامي
   (الجهاد)") and past its one-word في-phrase and a time ("ناشطون أفغان في الخارج اليوم الخميس")
   (``events._object_nationality``, ``_after_brackets``).
6. The subject's guest or host (``guest_host_ar.tsv``: ضيفه، مضيفه with ب / ل) as the object is the other side of the
   story's last visit or meeting the subject's country took part in (``guest_host_ar``).
"""
from test_gapen34_s34 import _dump, _with

_ANKARA = "أنقرة - 5 مايو (مرصد) - "
_MOSCOW = "موسكو - 5 مايو (مرصد) - "


# ----------------------------------------------------------------------------- 1 a lead word before the verb
def test_kama_before_a_verb_keeps_the_speaker_of_the_sentence_before():
    got, evs = _with(_ANKARA + "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تغير موقفها من الحرب. كما اتهم "
                     "إسرائيل بالسعي إلى إشعال المنطقة.", "اتهم", "2025-05-05")
    assert got and got[0].source_country == "TUR" and got[0].target_country == "ISR", _dump(evs)


def test_kama_before_a_verb_and_its_own_subject_keeps_that_subject():
    got, evs = _with(_ANKARA + "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تغير موقفها من الحرب. كما دعا "
                     "الرئيس المصري إسرائيل إلى وقف القتال.", "دعا", "2025-05-05")
    assert got and got[0].source_country == "EGY", _dump(evs)


def test_lakinnahu_before_a_verb_is_the_speaker_of_the_sentence_before():
    got, evs = _with(_MOSCOW + "من جهته، وصف وزير الخارجية الروسي الاجتماع بأنه مثمر، قائلا إنه كان صريحا. لكنه "
                     "رفض أي وجود لقوات غربية في أوكرانيا.", "رفض", "2025-05-05")
    assert got and got[0].source_country == "RUS", _dump(evs)


def test_lakinnahu_after_a_comma_keeps_the_subject_and_the_genitive_is_the_target():
    got, evs = _with("طهران - 5 مايو (مرصد) - وشدد المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي على عودة "
                     "المفتشين. وأكد وزير الخارجية الإيراني عباس عراقجي أن بلاده ملتزمة بالمعاهدة، لكنه وصف إصرار "
                     "غروسي على زيارة المواقع بأنه بلا معنى.", "وصف", "2025-05-05")
    assert got and got[0].source_country == "IRN" and got[0].target_code == "IGOUNO", _dump(evs)


# ----------------------------------------------------------------------------- 2 the speaker the verb goes on with
def test_a_speaker_carried_from_further_back_yields_to_the_subject_opening_the_sentence_before():
    got, evs = _with("دبي - 5 مايو (مرصد) - وقالت شركة طيران الإمارات إنها أوقفت رحلاتها إلى بيروت حتى إشعار آخر. "
                     "من جهته، تبنى المتحدث باسم جماعة الحوثي يحيى سريع الهجوم في بيان مساء أمس، وأعلن أن الجماعة "
                     "ستواصل استهداف الموانئ الإسرائيلية. ودعا شركات الشحن العالمية إلى تجنب هذه الموانئ.",
                     "ودعا", "2025-05-05")
    assert got and got[0].source_country == "YEM", _dump(evs)


def test_a_speaker_the_verb_cannot_agree_with_is_passed_over():
    got, evs = _with("أديس أبابا - 5 مايو (مرصد) - في المقابل، قالت قوات الدفاع الإثيوبية في بيانها أمس إنها "
                     '"حررت" البلدة، واتهمت المتمردين بتحويل المستشفى إلى "ثكنة"، ونفت استهداف المدنيين. وتعهدت '
                     "بتسهيل وصول المساعدات إلى السكان.", "وتعهدت", "2025-05-05")
    assert got and got[0].source_code == "ETHMIL", _dump(evs)


# ----------------------------------------------------------------------------- 3 the crown prince named again
def test_a_bare_crown_prince_is_the_one_named_before():
    got, evs = _with("واشنطن - 5 مايو (مرصد) - استقبل الرئيس الأمريكي دونالد ترامب أمس ولي العهد السعودي الأمير محمد "
                     "بن سلمان في البيت الأبيض. وتعهد ولي العهد بضخ استثمارات جديدة في الاقتصاد الأمريكي.",
                     "وتعهد", "2025-05-05")
    assert got and got[0].source_country == "SAU", _dump(evs)


# ----------------------------------------------------------------------------- 4 the act noun's own agent
def test_the_own_country_owning_the_act_noun_is_no_target_the_country_after_it_is():
    got, evs = _with("القاهرة - 5 مايو (مرصد) - وأكد وزير الخارجية المصري بدر عبد العاطي دعم مصر لاستقرار السودان "
                     "وسيادته.", "وأكد", "2025-05-05")
    assert got and got[0].source_country == "EGY" and got[0].target_country == "SDN", _dump(evs)


def test_the_own_country_owning_a_rejection_is_no_target():
    got, evs = _with("عمّان - 5 مايو (مرصد) - وجدد العاهل الأردني الملك عبد الله الثاني رفض المملكة أي محاولات "
                     "لتهجير الفلسطينيين من أرضهم.", "وجدد", "2025-05-05")
    assert got and got[0].source_country == "JOR" and got[0].target_country != "JOR", _dump(evs)


# ----------------------------------------------------------------------------- 5 the nationality past an aside
def test_a_bracketed_abbreviation_after_the_subject_is_passed_over():
    got, evs = _with("أعلنت الحكومة التركية أمس إغلاق موانئها أمام السفن الإسرائيلية. ورحبت حركة الجهاد الإسلامي "
                     "(الجهاد) في بيان بالقرار التركي، ودعت الدول الأخرى إلى الاقتداء به.", "ورحبت", "2025-05-05")
    assert got and got[0].target_country == "TUR", _dump(evs)


def test_the_subjects_setting_and_a_time_are_passed_over():
    got, evs = _with(_MOSCOW + "أعلنت موسكو أمس الاعتراف بالحكومة الأفغانية. وانتقد ناشطون أفغان في الخارج اليوم "
                     "الخميس القرار الروسي، وقالوا إنه يتجاهل حقوق النساء.", "وانتقد", "2025-05-05")
    assert got and got[0].target_country == "RUS", _dump(evs)


# ----------------------------------------------------------------------------- 6 his guest, his host
def test_praise_of_his_guest_targets_the_visitor():
    got, evs = _with("واشنطن - 5 مايو (مرصد) - استقبل الرئيس الأمريكي دونالد ترامب أمس الرئيس الكيني وليام روتو في "
                     "البيت الأبيض. وأشاد ترامب بضيفه، ووصفه بأنه صديق قديم.", "وأشاد", "2025-05-05")
    assert got and got[0].source_country == "USA" and got[0].target_country == "KEN", _dump(evs)
