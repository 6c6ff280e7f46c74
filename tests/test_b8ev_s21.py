"""Session 21 B8EV (causes of the eighth blind test): trigger rows of sanctions and their siblings (suspend a treaty or a
partnership, freeze trade, entry / visa bans), recommend, airdrop aid, disown commitments, ready to respond if, return
fire, scramble jets / send warships, never renounce force; and words that are no event of their own (an anonymity
formula, a security threat, a command spokesman, dissent as an object, protesters inside a criticised act, the act a
"needed to" argues for).  Sentences written for these tests; each construction has a guard."""
from __future__ import annotations

from events_helpers import dump, full


def _codes(doc, prefix):
    return [e for e in doc.events if e.cameo.startswith(prefix)]


def _one(text, prefix, src=None, tgt=None, published_at="2024-05-08"):
    doc = full(text, published_at=published_at)
    ev = [e for e in _codes(doc, prefix) if (src is None or e.source_country == src)
          and (tgt is None or e.target_country == tgt)]
    assert ev, dump(doc)
    return ev[0], doc


# ---------------------------------------------------------------- Arabic rows
def test_suspended_treaty_is_160():
    ev, doc = _one("علقت تركيا العمل بمعاهدة الحد من الأسلحة مع روسيا.", "160", "TUR", "RUS")
    assert not ev.negated, dump(doc)


def test_suspension_noun_of_an_agreement_is_160():
    _one("أعلنت موسكو التعليق الفوري للاتفاقية النووية مع واشنطن.", "160", "RUS", "USA")


def test_comment_on_the_agreement_is_no_suspension():   # guard: علق على = commented on
    doc = full("علق وزير الخارجية التركي على الاتفاقية الموقعة مع روسيا.", published_at="2024-05-08")
    assert not _codes(doc, "16"), dump(doc)


def test_frozen_imports_are_163():
    _one("جمدت الحكومة العراقية الواردات من تركيا.", "163", "IRQ")


def test_freeze_of_trade_operations_is_163():
    ev, doc = _one("قرر البنك المركزي تجميد عمليات التجارة مع قطر.", "163", None, "QAT")
    assert ev.trigger.endswith("التجارة"), dump(doc)


def test_emergency_operations_room_is_no_object():   # guard: غرفة عمليات الطوارئ stays a name
    doc = full("أعلن مركز طب الطوارئ في غزة ارتفاع عدد الجرحى.", published_at="2024-05-08")
    assert not _codes(doc, "1724"), dump(doc)


def test_recommended_is_020():
    _one("أوصى مجلس الشورى بمراجعة الاتفاقية مع مصر.", "020", None, "EGY")


def test_airdropped_aid_is_073():
    _one("ألقت طائرات أردنية مساعدات غذائية بالمظلات على شمال غزة.", "073", "JOR")


def test_dropped_bombs_and_arrest_are_no_aid():   # guard: the homograph keeps its other readings
    for text, code in (("ألقت الشرطة المصرية القبض على ثلاثة متهمين.", "173"),
                       ("ألقت الطائرات الإسرائيلية قنابل على مخيم جباليا.", None),
                       ("ألقى الرئيس اللبناني كلمة أمام البرلمان.", None)):
        doc = full(text, published_at="2024-05-08")
        assert not _codes(doc, "07"), dump(doc)
        if code:
            assert _codes(doc, code), dump(doc)


def test_disowned_commitments_is_111():
    _one("تنكرت إسرائيل لالتزاماتها تجاه السلطة الفلسطينية.", "111", "ISR")


def test_ready_to_respond_if_is_a_threat():
    ev, doc = _one("أكد الجيش المصري أنه مستعد للتحرك إذا تعرضت الحدود لأي اعتداء.", "130", "EGY")
    assert ev.trigger.startswith("مستعد"), dump(doc)


def test_ready_for_dialogue_or_to_answer_questions_is_no_threat():   # guard
    for text in ("قال الرئيس الفرنسي إن بلاده مستعدة للحوار مع الجزائر إذا توفرت الظروف.",
                 "قال الوزير إن الحكومة مستعدة للرد على أسئلة النواب."):
        doc = full(text, published_at="2024-05-08")
        assert not _codes(doc, "13"), dump(doc)


def test_returned_fire_is_190():
    ev, doc = _one("ردت القوات التركية على مصادر إطلاق النار في شمال سوريا.", "190", "TUR")
    assert ev.trigger.startswith("ردت"), dump(doc)


def test_reply_to_press_sources_is_no_fire():   # guard
    doc = full("ردت الوزارة على مصادر إعلامية تحدثت عن استقالة الوزير.", published_at="2024-05-08")
    assert not _codes(doc, "19"), dump(doc)


def test_anonymity_formula_is_no_rejection():
    doc = full("وقال مسؤول عسكري رفض الكشف عن اسمه إن القوات انسحبت من المنطقة.", published_at="2024-05-08")
    assert not _codes(doc, "12"), dump(doc)
    assert _codes(doc, "0874"), dump(doc)


def test_refused_to_disclose_details_stays_a_rejection():   # guard
    _one("رفض وزير الخارجية المصري الكشف عن تفاصيل الاتفاق مع تركيا.", "120", "EGY")


def test_security_threats_are_no_threat():
    doc = full("واتفق الوزيران على تعزيز التعاون لمواجهة التهديدات الأمنية في المنطقة.", published_at="2024-05-08")
    assert not _codes(doc, "13"), dump(doc)


def test_threats_of_a_state_stay_threats():   # guard
    _one("ورفض الرئيس اللبناني تهديدات إسرائيل بشن حرب على لبنان.", "13", "ISR")


# ---------------------------------------------------------------- English rows
def test_suspended_partnership_is_160():
    _one("Britain on Tuesday suspended its defence partnership with Niger after the coup.", "160", "GBR", "NER")


def test_ready_to_suspend_visa_free_travel_if_is_a_threat_not_a_trip():
    doc = full("Several EU governments were ready to suspend visa-free travel for Russian officials if the crackdown "
               "continued.", published_at="2024-05-08")
    assert _codes(doc, "131"), dump(doc)
    assert not _codes(doc, "036"), dump(doc)


def test_entry_bans_on_foreign_officials_are_163_once_per_state():
    doc = full("Poland and Lithuania imposed entry bans on nine Belarusian officials over the crackdown.",
               published_at="2024-05-08")
    ev = _codes(doc, "163")
    assert {e.source_country for e in ev} == {"POL", "LTU"}, dump(doc)
    assert all(e.target_country == "BLR" for e in ev), dump(doc)
    assert not _codes(doc, "172"), dump(doc)


def test_ban_on_street_vendors_stays_172():   # guard
    _one("The city council imposed a ban on street vendors.", "172")


def test_scrambled_jets_is_150():
    _one("South Korea scrambled jets after Russian bombers entered its air defence zone.", "150", "KOR")


def test_sent_warships_to_the_area_is_150_and_tanks_stay_aid():
    _one("The United States sent two warships to the eastern Mediterranean.", "150", "USA")
    _one("Germany sent tanks and ammunition to Ukraine.", "072", "DEU", "UKR")   # guard


def test_shipping_lines_sending_their_ships_is_no_show_of_force():   # guard
    doc = full("Strikes on tankers forced several shipping lines to send their ships around Africa.",
               published_at="2024-05-08")
    assert not _codes(doc, "15"), dump(doc)


def test_never_renounce_force_is_a_threat():
    ev, doc = _one("Moscow said it would never renounce the use of force to defend its territory.", "138", "RUS")
    assert not ev.negated, dump(doc)
    assert not _codes(doc, "110"), dump(doc)


def test_renounced_membership_stays_110():   # guard: the bare verb keeps PETRARCH2's row
    _one("The minister renounced his party membership.", "110")


def test_command_spokesman_is_no_event():
    doc = full('"The exercises are a warning to separatists," said command spokesman Zhang Wei.',
               published_at="2024-05-08")
    assert not _codes(doc, "06"), dump(doc)


def test_general_will_command_the_brigade_stays_a_verb():   # guard
    doc = full("The general will command the new brigade.", published_at="2024-05-08")
    assert any(e.trigger == "command" for e in doc.events), dump(doc)


def test_silence_dissent_is_no_disapproval():
    doc = full("Critics say the law is used to silence dissent.", published_at="2024-05-08")
    assert not _codes(doc, "11"), dump(doc)


def test_needed_to_ensure_is_no_intent():
    doc = full("The government says the measure is needed to ensure stability.", published_at="2024-05-08")
    assert not _codes(doc, "03"), dump(doc)


def test_deal_to_ensure_keeps_its_signing():   # guard: no need word
    _one("Iran and Iraq signed a deal to ensure water supplies.", "057", "IRN", "IRQ")


def test_protesters_inside_a_condemned_act_are_no_protest():
    doc = full("The president condemned the violence against peaceful protesters.", published_at="2024-05-08")
    assert _codes(doc, "111"), dump(doc)
    assert not _codes(doc, "141"), dump(doc)


def test_security_threats_in_english_are_no_threat():
    doc = full("The two ministers agreed to cooperate against security threats in the region.",
               published_at="2024-05-08")
    assert not _codes(doc, "13"), dump(doc)
