"""Event stage: CAMEO/PLOVER events from the sentences of coded segments, with evidence.

Per sentence (segment kinds title and body, plus caption when ``config.captions``; never ad,
photo credit or source line):

1. triggers: dictionary lookups of each word's candidate forms in the trigger lexicon
   (``marsad/data/coding/triggers_*.tsv``); entries may need a following preposition
   (وافق على، اتفق مع، دعا إلى) or a nearby object word (شن + الحرب، أطلق + النار);
2. arguments inside the trigger's clause (bounded by punctuation, complementizers and boundary
   words), by the entry's frame: ``svo`` (VSO: the first bare actor after the verb is the source,
   else the nearest actor before it, SVO/nominal; the object or the prepositional object is the
   target; English passives swap), ``gen_src`` / ``gen_tgt`` (verbal nouns whose genitive or
   adjective is the agent / the patient; على يد، من قبل، by mark agents), ``mutual`` (meetings,
   talks, clashes: ``بين X و Y`` and conjoined or adjectival participants give both directions),
   reciprocal markers (متبادلة) give both directions too;
3. reported speech (``doc.quotes``): events in a quote's content are ``reported_by`` its speaker,
   who also becomes the source where the clause has none (بلاده = the speaker's country); every
   quote with a known speaker is a statement event (010) unless its content is itself a comment;
4. negation (لم لن لا ليس، نفى أن، not/never) and modality (intent ينوي/مستعدة, future سوف/س-,
   conditional إذا/لو/if, demand طالب/دعا, possibility قد+imperfect) scoped over the words before
   the trigger; ``recode.tsv`` turns intent to meet into 036, "nothing to discuss" into 125, …;
5. historical background (definition cues, or a date ≥ 10 years before publication) is marked
   ``historical`` and not counted as current;
6. one event per real happening per sentence (same root and actor pair), then
   ``marsad.timex.dating.date_event`` and ``marsad.geo.locate.locate_event``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from copy import copy
from hashlib import sha1 as _sha1
from itertools import compress
from typing import Optional

from ..actors.codes import NONSTATE_TOPS
from ..coding import (   # one module per construction (marsad/coding/README.md)
    assessed_threat_en, guest_host_ar, own_agent_ar, stated_readiness_ar,
    abstract_war, added_date, alert_order_ar, agreement, agreement_content_ar, agreement_object, ally_target, anonymity,
    antecedent_act, appeal_content, appeal_object_ar, background_pair, barred_act_en, avenged_act_en, background_date, bare_participle_en, blockade_ar,
    board_meeting, joined_pronoun_ar, capital_addressee, circumstantial, clause_subject_en, coming_from_ar, concern_topic_en, condemned_act,
    announced_act, announced_aside_ar, blamed_quote_ar, obliged_quote_ar, received_noun_ar, intent_owner_ar, shelved_policy_en, condemned_attack, conditions, conflict_sides, conj_beneficiary_en, conj_clause, content_noun_en, continued_attacks_ar,
    bare_role_en,
    decided_act_ar,
    decided_noun_ar,
    detached_object_ar,
    controlled_place_en, coord_noun_subject_ar, counterfactual_ar, modal_subject_ar, counterpart, court_ar, crowd_city_en,
    crowd_object_en, crowd_police_ar, crowd_target_en, danger_noun, deaths, definite_body, demand_noun_ar, denied_reports,
    disperse_fire_ar, discuss_topic_ar, domain, domestic_place, domestic_target_en, force_destination_en, same_span_en,
    request_adjunct_en, retold_request_en, call_adjunct_en, headline_passive_en, and_to_subject_en, attended_meeting_en, drone_ar, dual_guests_ar, dual_verb_ar, during_it, elided_subject_ar, entry_into_force_ar, fronted_meeting_ar,
    cancelled_meeting, embedded_question, endanger, english, letter_addressee, time_anchor_ar, standing_claim_ar, amid_title_ar, generic_act_ar, reacted_act_ar, envoy_to_en, foiled_attempt, for_target_en, force_arrival_ar, force_subject_en,
    feeling_act_en, fronted,
    envoy_leave_en, fronted_partner_en, guards, hazard_warning_ar, hazards, headline_clause_ar, hedged_subject, held_release,
    home_country, homographs, own_government_ar, speaker_country,
    if_particle_ar, implied, later_clause_en, lawsuit_ar, lead_body, market_war, masdar_agent_ar, member_of_ar,
    met_request_en, mission_staff, motive, nat_object, nested_trigger_en, object_body_ar, notified_envoy_ar, noun_compound_en, object_pronoun_ar,
    numeral_object_en, obliged_ar, own_citizens_ar, operation_en, organ_meetings_ar, outcome_noun_ar, own_government_en, own_meeting, owned, pair_anaphora, pair_ar, parenthetical_ar,
    partitive_crowd, people_object, prep_country_target, demand_beneficiary_ar, domestic_force, call_clause_ar, counted_states, boycott_en, press_audience, title_name_target, plural_joined_ar, parties_addressee, ordered_force_ar, ordered_force_en, followed_suit, relative_aside_object_ar, relative_retelling_ar, thanks_reason_en, unruled_force_en, said_readiness_en, pledged_act_en, reply_attack_ar,
    passive_agent, passive_noun_en, persona_passive_en, passive_patients_en, passive_summons, passive_verb_ar, plural_heads,
    police_place_en, police_raid_en, price_threat, possessive_body_en, possessive_owner_ar, prior_act_ar, prior_request_ar, pronouns,
    protest_backdrop_en, protest_current, protest_sides, fight_setting_en, gathering_noun_en, goods_noun_en,
    brokered_noun_en, standing_probe_en, framing_subject_en, reported_attack_en, parallel_target_en,
    protest_site, purpose_en, quit_agreement_en, quoted_label_ar, topic_noun_en, reaction_target_en, recall, refusal_ar, rejected_accusation, relative_subject_ar,
    repelled_attack, reply_attack, restraint_pair, result_victims, retold, same_person_en, scheduled_ar, scheduled_en,
    seat_place_ar, sent_agent_en, sequence_clause, service_objects, setting, simile_ar, slogan_ar, speakers, speaker_goes_on_ar, staged, statement_subject,
    state_object, subject_act_ar, suffixed_noun_ar, welcomed_announcement_ar, summit_ar, supporters_crowd_ar, that_pronoun_en,
    them_object_en, it_object_en, coord_body_ar, accused_object_ar, reaction_author, story_dyad, thing_objects, this_act_en, threat_cond, three_states_ar, threat_if, threat_partner_ar, thrown_objects_en,
    to_conjunct_ar, content_head_ar, setting_meeting_ar,
    title_back, tribal_country_ar,
    told_party_ar, told_party_en, erupted_en, warn_judged_en, judged_quote, watched_act, weapon_thing,
    manner_act_ar, ordinal_visit_ar, threat_content_ar, threat_content_en, welcomed_guest_en, ended_act_ar,
    contact_purpose_en, pledged_partner_en, peer_object_en,
    treaty_if, until_clause_en, document_subject_en, asked_opener_en, right_to_en, labelled_reason_en, verb_object_pronoun_ar, verbal_attack_ar, visit_agent_ar, vow_that_en, with_pronoun_ar,
    wounded_adjective_en, people_victims_en,
)
from ..timex.dating import date_headline_by_lead, lead_dated
from ..coding.cameo import lookup
from ..coding.lexicon import Trigger
from ..lang.normalize import normalize
from ..coding.structure import SIDE_ACTOR_ID, SIDE_CODE, SIDE_COUNTRY
from ..coding import fronted_capital_en, warrant_for_en   # (session 55 BLINDEN55)
from ..coding.structure import (PUNCT_BOUNDARY, SIDE_FIELDS, Arg, actor_args, actor_of, clear_side, copy_side, cue_index,
                                date_and_place, get_lexicon, has_cue, resolve_phrase, reversed_copy, sentence_lang,
                                start_index)
from ..coding.structure import fill_side as _fill_actor   # (the stage's many call sites keep their name)
from ..coding.structure import event_keys, form_set, has_any, has_any_form, kind_sets, last_word
from ..coding.structure import sentence_flags, words_of   # (view first, words only when read)
from ..model import CODED_SEGMENT_KINDS, Actor, Document, Event, stable_id

_NEVER = ("ad", "photo_credit", "source_line", "dateline", "other")
_AGENT_PREPS_AR = ("علي", "ضد", "مع", "الي", "ل", "ب", "تجاه", "حيال")
_AGENT_PREPS_EN = ("against", "on", "with", "to", "at", "into")
_OBLIQUE = ("في", "من", "عن", "بين", "برفقه", "in", "from", "between", "of", "for", "by")
_EN_DET = frozenset(["a", "an", "the", "its", "his", "her", "their", "this", "that", "new", "further", "our", "'s",
                     "every", "any", "another"])   # ("investigate every killing": a noun; session 40)

_EN_COMMENT_ROOTS = frozenset(["01", "05", "11"])   # (demanded / called for / rejected the release: content)
# determiners proper: not "that" (a relative: "forces that attacked"), "new", "further" (adverbs before a verb)
_EN_DET_STRICT = _EN_DET - {"that", "new", "further"}
# determiners before a plural noun, never before a verb's -s form (_find_triggers; session 32 FIXEN)
_EN_PLURAL_DET = _EN_DET_STRICT | {"some", "many", "several", "these", "those", "whose", "all"}
_EN_BE = frozenset(["was", "were", "been", "being", "is", "are", "be", "got"])
_EN_SUBORD = frozenset(["after", "since", "before", "when", "while", "following", "because", "although", "though",
                        "until", "whereas", "once"])
_EN_POSS = frozenset(["its", "their", "his", "her", "our"])
_EN_AUX = frozenset(["has", "have", "had", "will", "would", "may", "might", "can", "could", "must", "should", "shall",
                     "not", "n't", "to", "also", "and", "or", "he", "she", "it", "they", "we", "i", "you", "then", "later",
                     "did", "does", "do", "never", "reportedly", "allegedly"])
_EN_FRONT_PREP = frozenset(["in", "on", "at", "with", "after", "during", "under", "amid", "following", "despite", "for",
                            "in", "from", "as", "before"])
_VERBAL_ROOTS = frozenset(["01", "02", "03", "04", "05", "10", "11", "12", "13"])
_OBJ_ROOTS = frozenset(["09", "10", "11", "12", "13", "02"])
_PLACE_OF_TARGET = ("ASSAULT", "PROTEST")   # see _target_place_phrase
_PLACE_TARGET = ()   # PLOVER types whose country-less target takes the clause place's country (see _target_from_place)
_SELF_ACTION_REPORTS = True   # "protesters + action verb" is a candidate report (the filter decides)
_MOD_RANK = {"conditional": 6, "hypothetical": 6, "demand": 5, "intent": 4, "future": 3, "possible": 2, "asserted": 0}


def _langs(events) -> set:
    """The languages of the events: the per-document rule modules of a language absent here are skipped (a test
    forces every module on by returning both)."""
    return {ev.lang for ev in events}


class EventStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        kinds = set(CODED_SEGMENT_KINDS)
        if getattr(self.config, "captions", False):
            kinds.add("caption")
        kinds -= set(_NEVER)
        pub_year = _year(doc.published_at)
        new: list[Event] = []
        directive_sents: list[int] = []   # coded English sentences with a directive word (english.directive_events)
        time_starts = None
        quoted: dict = {}   # sentence -> its quotes, in document order
        for q in doc.quotes:
            quoted.setdefault(q.sentence, []).append(q)
        lexes: dict = {}   # per document: one get_lexicon call per language, not per sentence
        for si, sent in enumerate(doc.sentences):
            if sent.segment_kind not in kinds:
                continue
            lang = sentence_lang(doc, sent)
            lex = lexes.get(lang)
            if lex is None:
                lex = lexes[lang] = get_lexicon(lang, self.config)
            # the sentence's view (its trigger candidates and directive words, no scan); the words are built
            # only for a sentence with a candidate or a quote (no candidate: _find_triggers finds none)
            rows, cands, _, _, directive = sentence_flags(doc, sent, lex)
            if not rows:
                continue
            quotes = quoted.get(si) or []
            if lang == "en" and directive:
                directive_sents.append(si)   # "The UN called on both sides to exercise restraint": maybe no trigger
            if not cands and not quotes:
                continue
            words = words_of(doc, sent, lex)
            args = None
            if lang == "ar" and cands and has_any(words, parenthetical_ar.rel_forms(lex)):
                # "ودعا الاتحاد الأوروبي، الذي يضم 27 دولة، الحكومة السودانية إلى …": no comma-set relative clause
                # between the subject and the object (session 16, AR12)
                cut = parenthetical_ar.skip(words, actor_args(doc, sent, words, lang), cands)
                if cut is not None:
                    words, args, cands = cut
            trigs = _find_triggers(words, lex, lang, cands)
            if not trigs and not quotes:
                continue
            if args is None:
                args = actor_args(doc, sent, words, lang)
            if trigs and lang == "en":
                trigs = state_object.keep(trigs, args or [])   # "would strike Israel": a state as object (s24 GAPM)
                trigs = thanks_reason_en.drop(trigs, words)   # "thanked X for their support": the reason (s45)
                trigs = noun_compound_en.drop_compound_triggers(words, trigs)   # "a rescue team" (s52)
            if trigs and args:
                trigs = guards.drop_force_protest_nouns(trigs, args, lang)   # مسيرة إسرائيلية (a drone), مكافحة الشغب
            if trigs and lang == "ar":
                trigs = homographs.verb_readings(trigs, words, args)   # أسر: "captured" (verb), not "families"
                trigs = suffixed_noun_ar.drop(trigs, words, doc)   # "هاتفها الجديد": her new phone, no call (s24)
                trigs = simile_ar.drop(trigs, words)   # "كان مثل انفجار": a comparison, no explosion (s24 OTH7)
                trigs = slogan_ar.drop(trigs, words)   # "لافتات كتب عليها «أوقفوا القصف»": a slogan, no event (s36)
                trigs = drone_ar.drop_marches(trigs, words, doc.text)   # أسقطت عددا من المسيرات: drones, no march (s20)
            if time_starts is None:
                time_starts = sorted(t.start for t in doc.timerefs)
            evs = _code_sentence(doc, si, sent, words, args, trigs, quotes, lex, lang, time_starts)
            if lang == "ar" and evs and "witness" in cue_index(words):
                _witnessed(words, evs)   # "…، كما شهدت مدينتا … مظاهرات مماثلة": other places saw it too
            if lang == "en" and evs:
                quit_agreement_en.apply(doc, evs)   # "pulled out of the grain deal": 160 before the dedupe (s33)
                evs = unruled_force_en.apply(doc, evs)   # "declined to rule out military force": a threat (s45)
                said_readiness_en.apply(doc, evs)   # "said China was ready to work with Seoul" (s45)
            evs = _dedupe(evs, doc.text)
            if lang == "en" and evs:
                evs = pledged_act_en.apply(doc, evs)   # "pledged to restore ties": one event from the pledge (s46)
            if len(evs) > 1 and any(":noun:self" in e.rule for e in evs):
                evs = protest_sides.crowd_noun_subject(evs)   # "demonstrators protested": one protest (s18, B5EV)
            if evs:
                # a module with a declared set of roots / codes (ACTS_ON) is called only when the sentence's events
                # have one; the modules of this block drop events or fill sides, none adds or recodes one, so the set
                # taken once stays a superset of the events' (session 27, SPEED2)
                keys = _keys(evs)
                if not keys.isdisjoint(hazards.ACTS_ON):
                    evs = hazards.drop_natural(words, evs, lang)   # "ضرب زلزال"، "the storm struck": no attacker
                if lang == "ar" and not keys.isdisjoint(hazard_warning_ar.ACTS_ON):
                    evs = hazard_warning_ar.drop(words, evs, lang)   # "حذر الأطباء من موجة حر": no threat (s20 ARB)
                if not keys.isdisjoint(abstract_war.ACTS_ON):
                    evs = abstract_war.drop_policy_wars(words, evs, lang)   # "حربا على الفساد"، "a war on drugs"
                if not keys.isdisjoint(danger_noun.ACTS_ON):
                    evs = danger_noun.drop(words, evs, lang)   # "التهديدات الأمنية"، "security threats": a danger (s21)
                if lang == "ar" and not keys.isdisjoint(weapon_thing.ACTS_ON):
                    evs = weapon_thing.drop(words, evs, lang)   # "لصنع عدة قنابل": a thing made, no bombing (s24)
                evs = watched_act.drop(words, evs)   # "لمراقبة وقف إطلاق النار", "the convention against torture" (s25)
                if lang == "ar":
                    evs = manner_act_ar.drop(words, evs)   # "يوقعان الاتفاق بوساطة أميركية": how, no act (s43)
                if lang == "ar" and not keys.isdisjoint(ordinal_visit_ar.ACTS_ON):
                    evs = ordinal_visit_ar.drop(words, evs)   # "استقبله …، في أول زيارة لمسؤول منذ …": one act (s47)
                if lang == "ar" and not keys.isdisjoint(setting_meeting_ar.ACTS_ON):
                    evs = setting_meeting_ar.drop(words, evs)   # "وطالب الوزير خلال زيارة إلى باريس …": a setting (s52)
                if not keys.isdisjoint(market_war.ACTS_ON):
                    evs = market_war.drop_market_wars(words, evs, lang, doc)   # "launched an attack on its rival's business"
                if not keys.isdisjoint(board_meeting.ACTS_ON):
                    evs = board_meeting.drop_board_meetings(words, evs, lang)   # "اجتماع مجلس الإدارة", "the board met"
                if lang == "ar" and not keys.isdisjoint(organ_meetings_ar.ACTS_ON):
                    evs = organ_meetings_ar.drop(words, evs, lang)   # "في اجتماعات مجلس الجامعة": no happening (s24)
                if not keys.isdisjoint(own_meeting.ACTS_ON):
                    evs = own_meeting.drop(words, evs, lang)   # "تعقد اللجنة اجتماعها المقبل": a body's own session (s27)
                if _lang_words_gate(words, lang, _SERVICE_DEATH_DENIAL):   # (the three below: one set test)
                    evs = service_objects.drop_services(words, evs, lang)   # "استقبلت المستشفيات ألفي حالة": patients
                    evs = deaths.code_deaths(words, evs, lang)   # "died after a long illness": no attack
                    evs = denied_reports.deny_reports(words, evs, lang)   # "rejected reports that it had expelled …"
                if lang == "ar" and not keys.isdisjoint(disperse_fire_ar.ACTS_ON):
                    evs = disperse_fire_ar.merge(doc, evs)   # "أطلقت الرصاص في الهواء … لتفريق الحشود": 175 (s29)
                if not keys.isdisjoint(setting.ACTS_ON):
                    setting.mark_settings(words, evs, lang)   # "told a government meeting", "أمام القمة": a setting
                evs = setting.setting_parties(words, evs, lang)   # "والتقى X على هامش قمة مجموعة العشرين": no party
                evs = embedded_question.drop_embedded(words, evs, lang)   # "did not say whether any were hurt"
                if not keys.isdisjoint(anonymity.ACTS_ON):
                    evs = anonymity.drop_requests(words, evs)   # "who asked not to be named", "رفض الكشف عن اسمه": a formula
            if evs and lang == "en":
                if any(e.root == "13" for e in evs):
                    evs = threat_if.apply(evs, words)   # "would not stand by if …": a threat (negated in form only)
                    evs = threat_cond.apply_en(words, args, evs)   # "Peru would review … if Mexico …" (s19)
                    evs = threat_cond.drop_ready_frames(words, evs)   # "was ready to close … if needed": one (s19)
                evs = noun_compound_en.drop_compounds(words, evs)   # "shell companies", "said he would appeal"
                evs = passive_noun_en.apply(words, args, evs)   # "sanctions were imposed on X by Y": Y (s21 HDL)
                evs = thing_objects.drop(words, evs, lang)   # "the release of treated water", "met … standards"
                keys = _keys(evs)   # (after passive_noun_en, which recodes; the three below and purpose_en only drop)
                if not keys.isdisjoint(treaty_if.ACTS_ON):
                    evs = treaty_if.drop(words, evs)   # "the treaty would apply if … came under attack": no event
                if _words_gate(words, _EN_DROP_WORDS):   # (most sentences hold none of their words: one set test)
                    for drop_rule in _EN_WORD_DROPS:
                        evs = drop_rule.drop(words, evs)
                if not keys.isdisjoint(operation_en.ACTS_ON):
                    evs = operation_en.apply(evs)   # "Microsoft launched operations": a force operation needs an armed side
                evs = purpose_en.apply(words, evs)   # "hoped they would find a compromise", "an operation / raided … to free"
                if not keys.isdisjoint(crowd_target_en.ACTS_ON):
                    evs = crowd_target_en.drop(evs)   # "fired at protesters": the force act's target, no 141
                if not keys.isdisjoint(crowd_target_en.GOVERNED_ON):
                    evs = crowd_target_en.drop_governed(words, evs)   # "attacks on protesters", "talks with the protesters" (s27)
                if not keys.isdisjoint(warn_judged_en.ACTS_ON):
                    warn_judged_en.apply(words, evs)   # "warned that attacks … were unacceptable": 111, no threat (s27)
                evs = english.appositive_summary(words, evs)   # "asked the council …, a request that …"
                if _words_gate(words, _EN_TAIL_WORDS):   # (the four rules below: one set test)
                    evs = bare_participle_en.stative_relative(words, args, evs)   # "peacekeepers deployed in X did not"
                    bare_participle_en.headline_passive(words, args, evs)   # "Three soldiers killed in ambush": victims
                    evs = statement_subject.issuer_source_en(words, args, evs)   # "The statement, read by X, urged": X
                    statement_subject.opening_document_en(doc, words, args, evs, new)   # "The resolution … demands"
            if evs and lang == "ar":
                evs = obliged_ar.drop_obligations(words, evs)   # الحكومات مطالبة بحماية: an obligation, no demand
                if not _keys(evs).isdisjoint(refusal_ar.ACTS_ON):
                    evs = refusal_ar.apply(words, args, evs)   # "ولن تقبل توطين المهاجرين": a refusal, only negated (s19)
                evs = headline_clause_ar.apply(sent, words, args, evs)   # "… توقعان الإعلان وغارة … تقتل": 2 clauses
                if any(e.root == "13" for e in evs):
                    evs = threat_if.apply_ar(evs, words)   # ردت القوات على … بقصف: the reply told as done, no threat
                    evs = threat_if.vowed_content_ar(evs)   # توعد X بأن الاغتيال "لن يمر دون رد": one threat (s27)
                    evs = threat_cond.apply(words, evs)   # "ستعيد النظر في … إذا واصلت": a threat (s19)
                    evs = threat_cond.fold_into_verb(words, evs, doc.text)   # "وهدد بأن مقديشو ستتخذ … إذا": one (s31)
                    threat_if.condition_target_ar(words, args, evs)   # هددت … إذا لم يلتزم العراق: Iraq (s18)
                    threat_if.warned_subject_target_ar(words, args, evs)   # حذر من أن إسرائيل ستتحمل …: Israel (s38)
                codes = {e.cameo for e in evs}
                if "144" in codes:
                    evs = blockade_ar.drop_forestall(words, evs)   # قطع الطريق على أي محاولة: forestall, no blockade
                if "170" in codes:
                    evs = foiled_attempt.drop_foiled_attacks(evs)   # أحبطت محاولة اغتيال: the foiled attack only
                counterfactual_ar.counterfactual(words, evs)   # لو جلست الأطراف … لما قتل: not a report
                if not _keys(evs).isdisjoint(modal_subject_ar.ACTS_ON):
                    modal_subject_ar.apply(words, evs)   # ضربات جوية يمكن أن تستهدف … إذا: the verb's modality (s35)
                if "190" in codes:
                    verbal_attack_ar.apply(words, evs)   # هاجم نائب / صحيفة / معارضون: a verbal attack, 111
                if not _keys(evs).isdisjoint(demand_noun_ar.ACTS_ON):   # (after verbal_attack_ar, which recodes)
                    demand_noun_ar.demanded_of(words, args, evs)   # مطالبة الحكومة بالاستقالة: the government is asked
                evs = summit_ar.summit_subject(doc, words, args, evs)   # القمة العربية تدعو: the Arab leaders (AR4)
                discuss_topic_ar.prior_spans(doc, sent, evs)   # "وبحث معه": the partner named in the sentence before
                evs = discuss_topic_ar.drop_joined(words, evs)   # "واستقبل X Y، وبحث معه": the meeting's talks (s39)
                relative_retelling_ar.apply(words, evs)   # "مفاوضات رعتها الرياض": the noun's telling (s39)
            if len(evs) > 1:
                evs = appeal_content.merge(doc, evs, lex)   # دعت مصر إلى وقف إطلاق النار: one appeal, 0256
            if evs and quotes and lang == "ar":
                pronouns.plural_pronoun_source(doc, words, args, quotes, evs)   # قالت الشرطة إن مسلحين … وإنهم
            if evs and lang == "ar" and self.config.options.get("implied_protest", True):
                evs = implied.add_implied(doc, si, sent, words, args, evs)   # a crowd acted on: its protest
                evs = drone_ar.drop_implied(words, evs)   # أسقطت ثلاث مسيرات: drones, no crowd (s20)
            if evs and lang == "ar":
                evs = motive.drop_motives(words, evs)   # استدعت … السفير احتجاجا على: the summons' motive, no 141
                self._classify(doc, si, sent, words, evs)
                # (the modules from here to result_victims drop events, fill sides or add copies with the same codes:
                # the keys taken once stay a superset of the events')
                keys = _keys(evs)
                if len(evs) > 1 and not keys.isdisjoint(protest_sides.CROWD_AGENT_ON):
                    evs = protest_sides.crowd_agent_ar(evs)   # "اقتحم محتجون القنصلية": the riot's agent, no 141 (s40)
                evs = time_anchor_ar.drop(words, evs)   # "بعد أسبوع على انفجار المرفأ": a date, no event (s40)
                if not keys.isdisjoint(demand_noun_ar.ACTS_ON):
                    evs = demand_noun_ar.drop_contents(words, evs)   # "تستجيب لمطالب اللبنانيين": a topic (s40)
                if not keys.isdisjoint(standing_claim_ar.ACTS_ON):
                    evs = standing_claim_ar.drop(sent, words, evs, time_starts)   # "وتقول الأمم المتحدة إن": a position (s40)
                if "standing_lead" in cue_index(words):
                    evs = standing_claim_ar.drop_roles(words, evs)   # "الذي يقود الاحتجاجات": a role, no act (s43)
                evs = ended_act_ar.drop(words, evs)   # 'إعلانا ينهي "حالة الحرب"': told as over, no act (s43)
                evs = content_head_ar.drop(words, evs)   # "لن تنتظر نتائج المفاوضات": a content's owner (s50)
                if "any_det" in cue_index(words):
                    evs = generic_act_ar.drop(words, evs)   # "للتصدي لأي تهديد يستهدف العاصمة": no happening (s40)
                evs = stated_readiness_ar.drop(words, evs)   # "…، مؤكدا استعداد الحكومة للتعاون": stated (s54)
                if not keys.isdisjoint(staged.ACTS_ON):
                    staged.staged_source(words, args, evs)   # نظمت الحكومة مظاهرة: the organiser is the source
                plural_heads.plural_subject(doc, words, args, evs)   # اتهم مسؤولون إسرائيل: subject + object
                evs = circumstantial.participle_subject(doc, words, quotes, evs)   # …، داعيا X إلى: the main subject
                if not keys.isdisjoint(threat_if.SOURCELESS_ON):
                    evs = threat_if.drop_sourceless_warnings(evs)   # ويرى خبراء …، محذرين من: commentary, no threat
                conj_clause.subject_before_object(words, args, evs)   # حل الملك البرلمان ودعا: the king's appeal
                conj_clause.opening_subject(words, args, evs)   # ورفع بري الجلسة …، ودعا: Berri's appeal
                elided_subject_ar.apply(doc, si, words, args, evs, new)   # "وقال السيسي …. وأشاد بموقف": the speaker (s18)
                member_of_ar.apply(words, args, evs)   # "انتقد نائب عن حزب الشعب الجمهوري": the party (s18)
                coord_noun_subject_ar.apply(words, args, evs)   # "تواصل تركيا وقطر جهود الوساطة": both (s20 B7AR)
                lawsuit_ar.apply(words, args, evs)   # "رفعت كييف دعوى أمام المحكمة تتهم فيها موسكو": Kyiv (s20 B7AR)
                counterpart.counterpart_role(doc, evs)   # رئيس الأركان … نظيره التونسي: TUNMIL, not TUNGOV
                if quotes:
                    speakers.participle_source(doc, words, args, quotes, evs)   # مشيرا إلى أنها …: the main subject
                if not keys.isdisjoint(threat_partner_ar.ACTS_ON):
                    threat_partner_ar.apply(words, args, evs)   # "محذرا من أن … ستعيد النظر في التعاون مع باماكو" (s18)
                    threat_partner_ar.content_subject(words, args, evs)   # "حذر من أن الأكراد سيدفعون الثمن" (s24)
                if not keys.isdisjoint(protest_sides.LOYAL_ON):
                    protest_sides.loyal_target(doc, words, args, evs)   # المتظاهرين المؤيدين للحكومة: no target
                owned.owner_subject(doc, words, args, evs)   # زورق تابع لخفر السواحل أطلق النار: the coast guard
                if quotes and not keys.isdisjoint(appeal_object_ar.SPEAKER_ON):
                    appeal_object_ar.speaker_addressee(doc, words, evs, args)   # قال X إن …، ودعا Y إلى: Y asked (s36)
                if not keys.isdisjoint(capital_addressee.ACTS_ON):
                    capital_addressee.addressee(doc, words, args, evs, si)   # قالت الوزارة إن …، وطالبت الرباط بـ: Rabat asked
                statement_subject.issuer_source(doc, words, args, evs, new)   # وطالب البيان، الذي تلاه X: X
                if not keys.isdisjoint(relative_subject_ar.ACTS_ON):
                    relative_subject_ar.apply(words, args, evs)   # "بدور قطر التي عرضت الوساطة": Qatar (s19)
                relative_subject_ar.resumptive_subject(doc, words, evs)   # "العملية التي تشنها تركيا": Turkey (s36)
                sequence_clause.main_subject(words, evs)   # "التقى X …، بعد أن اجتمع مع بري": X (s24 ARFIN)
                if not keys.isdisjoint(joined_pronoun_ar.ACTS_ON):
                    joined_pronoun_ar.apply(doc, words, evs)   # "زار X الأمير، وطلب منه": the prince asked (s36)
                _fallen_victims(words, args, evs)
                _counted_patients(words, args, evs)   # مقتل خمسة من عناصر طالبان: the group counted
                _group_adjective(words, args, evs)   # هاجم مسلحون حوثيون موقعا للجيش: the gunmen are Houthis
                _among_victims(words, args, evs)
                _claimed(words, args, evs)
                if self.config.options.get("object_place", True):
                    _object_place(doc, si, words, args, evs, lex)
                if not keys.isdisjoint(result_victims.ACTS_ON):
                    result_victims.result_target(words, args, evs)   # أسفر عن مقتل X: the attack's target is X
                _partitive_target(words, args, evs)   # (after the result's victims: "مقتل قيادي في الحركة" is the group)
                if any(e.cameo == "114" for e in evs):
                    recall.own_envoy_from(doc, words, args, evs)   # واستدعاء السفير السوداني من أبوظبي: a recall (s20)
                if any(e.cameo == "161" for e in evs):
                    evs = recall.host_target(words, args, evs, doc.places)   # استدعت سفيرها لدى مالي: the host state
                if len(evs) > 1:
                    evs = _adjunct_attack(words, evs)
                if any(e.root == "14" for e in evs):
                    protest_sides.beneficiary_target(words, args, evs)   # بإطلاق سراح الصحفي: whom it speaks for
                    protest_sides.memo_recipient(words, args, evs)   # سلموا السفير مذكرة احتجاج: the recipient
                    evs = protest_sides.drop_bare_memos(words, evs)   # وسلم مذكرة احتجاج (no hander): a note, no 141
                    _purpose_target(words, args, evs)
                    protest_site.site_and_purpose(words, evs)   # the verb's site, the purpose noun's aim
                if self.config.options.get("compound_actors", True):
                    evs = _compound(words, args, evs)
            new.extend(evs)
        if any(s.lang == "ar" for s in doc.sentences):
            new = ordered_force_ar.apply(doc, new)   # "أمر حفتر قواته بالتقدم نحو طرابلس": the ordered move (s39)
        new = followed_suit.apply(doc, new)   # "Canada and Brazil followed suit": the act told before, by them (s39)
        if not new and not directive_sents:
            return doc
        place_target = self.config.options.get("place_target", _PLACE_TARGET)
        for ev in new:
            date_and_place(doc, ev)
            if pub_year and ev.date and ev.date[:4].isdigit() and pub_year - int(ev.date[:4]) >= 10:
                ev.historical = True
            elif pub_year and (ev.date_basis == "explicit" or (ev.date_basis == "relative" and (len(ev.date or "") == 4
                                                                                       or ev.date_end))):
                background_date.mark(ev, doc.published_at, doc.timerefs)   # "سحبت سفيرها في يوليو 2024": background (session 16);
                # "over the past two years": background (s24)
            if pub_year and not ev.historical and ev.lang == "ar" and "قد" in doc.text[ev.sentence_start:ev.trigger_start]:
                background_date.pluperfect(doc, ev)   # "وكان غروسي قد زار طهران في مارس الماضي" (session 24)
            if ev.lang != "ar":   # (every rule below but the aid recipient is Arabic only)
                if not ev.historical and "had " in doc.text[max(ev.sentence_start, ev.trigger_start - 12):ev.trigger_start]:
                    background_date.durative_pluperfect_en(doc, ev)   # "had clashed for months over …" (s31)
                if ev.root == "07":
                    _aid_recipient(doc, ev)
                elif ev.root == "14" and ":crowd-quant" in ev.rule:
                    _crowd_country(doc, ev)    # "Thousands rallied in Rabat": Moroccan civilians (EN5)
                continue
            if place_target and ev.plover_type in place_target:
                _target_from_place(doc, ev)
            elif ev.plover_type in _PLACE_OF_TARGET:
                _target_place_phrase(doc, ev)
                if ev.plover_type == "ASSAULT" and self.config.options.get("foreign_strike_target", True):
                    _foreign_attack_target(doc, ev)
            elif ev.target_code:
                # every other type too: "فرضت عقوبات على قادة عسكريين في ميانمار" -> MMRMIL
                _target_place_phrase(doc, ev)
            if ev.lang == "ar" and ev.root == "15" and not ev.target_code:
                _foreign_attack_target(doc, ev)   # نشرت إيران صواريخ في جنوب لبنان: a show of force abroad is at that country
            if ev.root == "14" and (":crowd-quant" in ev.rule or (ev.cameo[:3] == "145" and ev.source_role == "CVL")):
                _crowd_country(doc, ev)   # (and a storming crowd: "واقتحم محتجون مقر السفارة السعودية في طهران", s38)
            if ev.root == "07" or ev.cameo[:3] == _AID_PROMISE:
                _aid_recipient(doc, ev)
            elif (ev.cameo in ("042", "036") or (ev.cameo == "160" and "زيار" in ev.trigger)) and not ev.target_country:
                _visit_destination(doc, ev)   # (a cancelled visit too: "ألغى الوزير زيارة إلى إسطنبول", session 33)
                _visit_place(doc, ev)
            elif ev.cameo == "042" and ev.lang == "ar" and ":visit-place" not in ev.rule:
                _host_is_destination(doc, ev)
                _visit_place(doc, ev)
            elif ev.cameo in ("0874", "0356") and not ev.target_country:
                _withdrawn_from(doc, ev)
            elif ev.cameo in _CURFEW_CODES and not ev.target_code:
                _curfew_place(doc, ev)
            if ev.root == "13" and ev.target_span and ":verb:" in ev.rule:
                _condition_target(doc, ev)   # "هددت … إذا لم تغادر القوات الأجنبية": no target from the condition
            if not ev.target_code and ev.root in _NAT_OBJ_ROOTS and ":verb:" in ev.rule:
                _object_nationality(doc, ev)
            elif ev.target_span and ev.root in _NAT_OBJ_ROOTS and ":verb:" in ev.rule:
                nat_object.later_target(doc, ev)   # رفضت … الاتهامات التركية بإيواء مسلحين: TUR, not the complement's
        # Most per-document rule modules below read the events of one language only (``ev.lang`` is their first test
        # and nothing else they do has an effect), so for a document with no event of that language their call -- a
        # scan of every event each, 54 modules -- is skipped (session 36, SPD36).  An event's language never changes
        # and the events a module adds are copies of one of that module's language, so the flags hold until the end;
        # they are read again after en_doc_rules, which may add English directive events.
        langs = _langs(new)
        ar = "ar" in langs
        if ar:
            new = to_conjunct_ar.apply(doc, new)   # "إلى إيطاليا وإسبانيا": one event per destination (session 20 STR)
            new = force_arrival_ar.apply(doc, new)   # "وصلت قوات مصرية إلى الصومال": the force's country (s26 B16AR2)
        if any(ev.cameo == "042" and ev.lang == "ar" and (":visit-place" not in ev.rule or not ev.source_code)
               for ev in new):
            new = _arrived_home(new)   # "وصل الرئيس المصري إلى القاهرة عائدا": no host, no visit (session 18, B5EV)
        new = _state_sanction(new)   # "تعليق رحلاتها": an airline's own flights, no embargo (s19 ARX2)
        headline_passive_en.apply(doc, new)   # "Peru's Castillo ousted and arrested …": done to the subject (s38)
        if self.config.options.get("en_domestic", True):
            _en_domestic(doc, new)
        if self.config.options.get("en_doc_rules", True):
            # after the protest-direction swap: subject nationality, IGO officials, place target
            english.en_doc_rules(doc, new, compound=self.config.options.get("compound_actors", True),
                                 directive_sents=directive_sents)
        # (en_doc_rules adds English directive events and recodes: the languages and keys are read after it)
        langs = _langs(new)
        en, ar = "en" in langs, "ar" in langs
        # a module declaring the roots / codes it acts on (ACTS_ON, …) is called only when the document's events have
        # one: ``keys`` is taken here and again after each module that recodes an event (the others drop events,
        # fill sides or add copies with the same codes, so the set stays a superset of the events'; s42 SPD42)
        keys = _keys(new)
        if en and self.config.options.get("en_doc_rules", True):
            if not keys.isdisjoint(content_noun_en.ACTS_ON):
                new = content_noun_en.drop(doc, new)   # "invited … to talks", "to discuss a ceasefire": a topic (s17)
            if not keys.isdisjoint(concern_topic_en.ACTS_ON):
                new = concern_topic_en.drop(doc, new)   # "raised concerns about protests in Canada": a topic (s19)
            if not keys.isdisjoint(protest_backdrop_en.ACTS_ON):
                new = protest_backdrop_en.drop(doc, new)   # "resigned after weeks of deadly protests": a backdrop (s40)
            if not keys.isdisjoint(fight_setting_en.ACTS_ON):
                new = fight_setting_en.drop(doc, new)   # "killed in clashes", "during the fighting": a setting (s43)
            if not keys.isdisjoint(reported_attack_en.ACTS_ON):
                reported_attack_en.apply(doc, new)   # "Ukraine's air force said Russia launched 85 drones": UKR (s43)
            if not keys.isdisjoint(parallel_target_en.ACTS_ON):
                parallel_target_en.apply(doc, new)   # "… aid to Niger, and the EU halted its budget support": NER (s43)
            new = assessed_threat_en.drop(doc, new)   # "missile launches pose a clear threat to the region" (s40)
            if not keys.isdisjoint(feeling_act_en.ACTS_ON):
                new = feeling_act_en.apply(doc, new)   # "said it was troubled by the arrest of X": 012 (s27 EN5)
                keys = _keys(new)   # (it recodes)
            if not keys.isdisjoint(shelved_policy_en.ACTS_ON):
                shelved_policy_en.apply(doc, new)   # "put the plan to overhaul the judiciary on hold": 083 (s40)
                keys = _keys(new)   # (it recodes)
            if any(ev.lang == "en" for ev in new):
                # ", accusing Moscow of …", "said it stood by X and would provide …": the main clause's subject (s17)
                if clause_subject_en.apply(doc, new, get_lexicon("en", self.config)):
                    # the acts whose author changed can now be named back ("rejected the accusations")
                    english.object_author(doc, new, get_lexicon("en", self.config))
                pair_anaphora.relations_partner(new, doc)   # "would not restore relations until …": the story's other country
                new = passive_patients_en.apply(doc, new)   # "diplomats and embassy staff were expelled": one event
                persona_passive_en.apply(doc, new)   # "Lula declared persona non grata by Israel": the target (s34)
        if ar and not keys.isdisjoint(prior_request_ar.ACTS_ON):
            prior_request_ar.apply(doc, new)   # "أمهل المجلس السفير … ورفضت فرنسا الطلب": the junta (s24 GAPA3)
        if ar:
            passive_verb_ar.apply(doc, new)   # "تم طرد السفير الفرنسي"، "اعتُقل زعيم المعارضة": the patient (s20 STR)
        if self.config.options.get("ar_domestic", True):
            _ar_domestic(doc, new)
        if not keys.isdisjoint(passive_summons.ACTS_ON):
            passive_summons.apply(doc, new)   # "وتم استدعاء السفير العراقي لدى الكويت": the host state summons
        if not keys.isdisjoint(envoy_leave_en.ACTS_ON):
            envoy_leave_en.apply(doc, new)   # "Russia's ambassador would have to leave Estonia": the country left
        if en and not keys.isdisjoint(ordered_force_en.ACTS_ON):
            new = ordered_force_en.apply(doc, new)   # "ordered police to shoot anyone looting": a threat (s47)
            keys = _keys(new)   # (it recodes)
        codes = {ev.cameo for ev in new}
        if not codes.isdisjoint(passive_agent.CODES):
            passive_agent.apply(doc, new)   # "وتم توقيف ستة محتجين", "Police said two were detained": the agent
        added_date.apply(doc, new)   # '"…, Poland will close the crossings," he added': the day he spoke (s19)
        if en and not keys.isdisjoint(avenged_act_en.ACTS_ON):
            new = avenged_act_en.apply(doc, new)   # "vowed to avenge the killing of …": background, its author (s24)
        if ar and not keys.isdisjoint(alert_order_ar.ACTS_ON):
            alert_order_ar.apply(doc, new)   # "وطالب الرئيس القوات بأن تكون جاهزة": a raised alert (s32 fixar)
            keys = _keys(new)   # (it recodes)
        if ar and not keys.isdisjoint(continued_attacks_ar.ACTS_ON):
            continued_attacks_ar.apply(doc, new)   # "أن العمليات ستستمر ما دامت …": the speaker's threat (s32 fixar)
        if "130" in codes:
            threat_cond.speaker_side(doc, new)   # "قال الناطق باسم الرئاسة إن القيادة ستتخذ …": his side (s19)
            threat_cond.act_object_target(doc, new)   # "وهدد حميدتي بملاحقة البرهان": Burhan (s31)
        if "130" in codes or "138" in codes:
            # "would respond in kind" after an expulsion: the expeller (session 17); "vowed to avenge the killing" (s24)
            threat_if.reply_target(new)
        if any(c[:2] == "13" for c in codes):
            # "… and warned that Baku would respond": no own-side target (s22); "… that Tehran would retaliate" (s23)
            threat_if.own_side_told(doc, new)
        ally_target.apply(doc, new)   # "said it stood with its ally": the one other country named (session 16, FIX1)
        own_government_en.apply(doc, new)   # "Kyrgyz lawmakers demanded that the government …": KGZGOV (s18 ENL)
        if en and not keys.isdisjoint(conj_beneficiary_en.ACTS_ON):
            conj_beneficiary_en.apply(doc, new)   # "stood by Moldova and would provide aid": Moldova (s18 ENL)
        if not keys.isdisjoint(police_raid_en.ACTS_ON):
            police_raid_en.apply(doc, new)   # "police raided municipal offices": coercion (170), not 190 (s18 ENL)
            keys = _keys(new)   # (it recodes)
        if en and not keys.isdisjoint(warrant_for_en.ACTS_ON):
            warrant_for_en.apply(doc, new)   # "asked judges to issue arrest warrants for X": 115 -> X (s55)
            keys = _keys(new)   # (it recodes)
        if en and not keys.isdisjoint(people_victims_en.ACTS_ON):
            people_victims_en.apply(doc, new)   # "at least 31 people were killed": the civilians (s46 GAPEN46)
        # "the interior ministry said officers had detained …": the ministry's police (session 21 B8EN)
        _en_domestic(doc, force_subject_en.apply(doc, new))
        if en:
            new = nested_trigger_en.drop(new)   # "offered to send observers" holds "send observers": one act (s18 ENL)
            new = thrown_objects_en.apply(doc, new)   # "threw fireworks and stones at police": things thrown (s21 B8EN)
            possessive_body_en.apply(doc, new)   # "KFOR … patrolled.  Its commander met …": KFOR (session 17, ENG)
        if ar:
            seat_place_ar.apply(doc, new)   # "نواب عن ولاية مدنين": the province's country (session 17, B4AC)
            masdar_agent_ar.apply(doc, new)   # "وأبلغته رفض مصر القاطع لـ…": the genitive agent -> the addressee (s19 ARX3)
            notified_envoy_ar.apply(doc, new)   # "وأبلغ X بعدم إعادة سفيرها": the notifier's 161 -> X (s22 GAPS)
            object_pronoun_ar.apply(doc, new)   # "…، متهما إياها بـ…": the object of the clause before (session 17, B4AC)
            verb_object_pronoun_ar.apply(doc, new)   # "واستقبله الرئيس الجزائري": the actor told before (session 20 STR)
            detached_object_ar.apply(doc, new)   # "…، متهمة إياها بدعم الإرهاب": the actor acted on before (session 33)
            prior_act_ar.apply(doc, new)   # "وسبق أن فرضت واشنطن عقوبات": an earlier act, background (session 20 STR)
        if ar:
            received_noun_ar.apply(doc, new, get_lexicon("ar", self.config))   # "تلقت الدوحة إنذارا": the sender's (s42)
        rejected_accusation.apply(doc, new)   # "rejected the allegations", "نفت هذه الاتهامات": the accuser (s18 REJ)
        if en:
            if not keys.isdisjoint(for_target_en.ACTS_ON):
                for_target_en.apply(doc, new)   # "suspended visas for Canadians": those the visas are for (s19)
            envoy_to_en.apply(doc, new)   # "China's ambassador to the US met …": the ambassador, not the host (s19 ENX2)
            them_object_en.apply(doc, new)   # "shadow the Chinese vessels and urged them to leave": CHN (s21 B8EN)
            it_object_en.apply(doc, new)   # "broke off relations with Israel, accusing it of …": ISR (s30)
        if ar:
            if not keys.isdisjoint(accused_object_ar.ACTS_ON):
                accused_object_ar.apply(doc, new)   # "وقالت الخارجية إن …، واتهمت الحكومة الكينية": KEN (s30)
            elided_subject_ar.apply_joined(doc, new)   # "وقالت الجماعة إنها …، ورفضت قرار الحظر": the speaker (s30)
            plural_joined_ar.apply(doc, new)   # "وردد المحتجون هتافات …، وطالبوا بإجراء انتخابات": the crowd (s44)
        if en:
            numeral_object_en.apply(doc, new)   # "Five activists …  Police detained the five": the activists (s26 GAPS2)
            controlled_place_en.apply(doc, new)   # "patrols near the Taiwan-controlled Matsu islands": TWN (s21 B8EN)
        reaction_target_en.apply(doc, new)   # "Japan also expressed concern": at the lead's actor (s21 B8EN)
        if en:
            if not keys.isdisjoint(met_request_en.ACTS_ON):
                met_request_en.apply(doc, new)   # "met the Kenyan commander and asked for …": the partner (s23 ENX)
            told_party_en.apply(doc, new)   # "Iraq informed Sweden it would cut relations if …": SWE (s23 B10EN2)
            erupted_en.apply(doc, new)   # "Protests erupted on election day": the verb is the noun's evidence (s43)
        if ar:
            told_party_ar.apply(doc, new)   # "أبلغ عون لاريجاني أن لبنان يرفض أي تدخل": IRN (s43)
        speaker_country.apply(doc, new)   # "Zambia's defence minister said the army would …": ZMBMIL (s29 ACT20)
        if ar and not keys.isdisjoint(prep_country_target.ACTS_ON):
            prep_country_target.apply(doc, new)   # "علقت برامج الابتعاث إلى كندا": the country after the object (s32)
        if ar and not keys.isdisjoint(demand_beneficiary_ar.ACTS_ON):
            demand_beneficiary_ar.apply(doc, new)   # "طالبت … بضمان سلامة الجنود": the soldiers are no target (s32)
        press_audience.apply(doc, new)   # "وحذر الوزير في تصريح للصحفيين من أن …": the press is no target (s32)
        title_name_target.apply(doc, new)   # "رحب رئيس إقليم كردستان نيجيرفان بارزاني": the name is no object (s44)
        if not keys.isdisjoint(domestic_force.ACTS_ON):
            domestic_force.apply(doc, new)   # "شن الطيران الحربي غارات على مواقع لقوات الدعم السريع": SDNMIL (s32)
        if ar:
            call_clause_ar.apply(doc, new)   # "تلقى X اتصالا من Y، دعاه فيه إلى …": Y -> X (s32)
        new = counted_states.apply(doc, new)   # "وأغلقت الدول الأربع منافذها": the four named before (s32)
        if en and not keys.isdisjoint(boycott_en.ACTS_ON):
            boycott_en.apply(doc, new)   # "Students boycotted the ceremony": a protest (143), not a state's boycott (s32)
            keys = _keys(new)   # (it recodes)
        if not keys.isdisjoint(parties_addressee.ACTS_ON):
            parties_addressee.apply(doc, new)   # "دعت فرنسا جميع الأطراف إلى … السماح للقضاء": no target inside (s39)
        if en:
            fronted_capital_en.apply(doc, new)   # "In Bogota, the foreign ministry said …": COLGOV (s55)
        if self.config.options.get("home_country", True):
            # the dateline's country for the bare roles of sentences that name none (Arabic ASSAULT / PROTEST too
            # since session 30: the GSR span gold, which codes a crowd without a country, has no datelines)
            # and for a bare foreign ministry ("MANILA - The Department of Foreign Affairs … with Beijing")
            home_country.fill(doc, new, _INTL)
            if ar:
                own_government_ar.apply(doc, new)   # "ودعا الوزير الحكومة إلى …": his own country's (s52)
            if any(":tgt-author" in ev.rule and not ev.target_country for ev in new):
                # "accusing them of …, the foreign ministry said.  France rejected the accusations": the accuser's
                # dateline country came only now (s27 B19EN)
                english.object_author(doc, new, get_lexicon("en", self.config))
            # the fronted place's country for the bare domestic roles of a sentence naming two (session 15)
            domestic_place.fill(doc, [ev for ev in new if ev.lang != "ar" or ev.plover_type not in _PLACE_OF_TARGET],
                                _INTL)
            # "وفي موسكو، تجمع عشرات المحتجين أمام السفارة التركية": an Arabic protest's crowd is of the place the
            # sentence opens with, at home or abroad (session 44 GAPAR44)
            domestic_place.fill(doc, [ev for ev in new if ev.lang == "ar" and ev.plover_type == "PROTEST"
                                      and ":verb:" in ev.rule], _INTL, crowds=True)
        if not keys.isdisjoint(story_dyad.ACTS_ON):
            story_dyad.apply(doc, new)   # "Aliyev warned that any supplies to Yerevan …": a FRA-AZE story (s31)
        if en:
            police_place_en.apply(doc, new)   # "marched in central Nairobi …, and police detained": KENCOP (s26 EN2)
        if not keys.isdisjoint(people_object.ACTS_ON):
            people_object.apply(doc, new)   # "police detained 14 people": the arresting state's civilians (s31)
        if ar:
            tribal_country_ar.apply(doc, new, _INTL)   # "مسلحون من العشائر … في ريف درعا": SYRUAF (session 23 GAPA)
        if en:
            same_person_en.apply(doc, new)   # "spokesman X said.  He added …": the country X was given (s21 B8EN)
        if ar and not keys.isdisjoint(visit_agent_ar.ACTS_ON):
            visit_agent_ar.apply(doc, new)   # "خلال زيارة قامت بها X و Y إلى Z": each visitor, Z the host (s19 B6TR)
        dual_guests_ar.apply(doc, new)   # "واستقبل … الضيفين": the two actors of the sentence before (s19 ARX3;
        # after visit_agent_ar: the two visitors of the sentence before, s20 ARB)
        if ar:
            with_pronoun_ar.apply(doc, new)   # "، حيث عقد معه جلسة محادثات": the main verb's object (s19 ARX2)
            if not keys.isdisjoint(relative_aside_object_ar.ACTS_ON):
                relative_aside_object_ar.apply(doc, new)   # "والتقت X، التي تزور بيروت، الرئيس عون": the object (s39)
            relative_aside_object_ar.subject_aside(doc, new)   # "وطالبت X، التي …، السلطات بـ": the object (s47)
            if not keys.isdisjoint(dual_verb_ar.VISIT_ON):
                dual_verb_ar.visit_meeting(doc, new)   # "زيارة … إلى عمان، حيث التقى نظيره": the visitor (s17)
        pair_ar.pair_subjects(doc, new)   # "واتفق الجانبان على …": the pair of the event before, both ways
        pair_ar.pair_objects(doc, new)   # "ودعت ألمانيا وإيطاليا الطرفين": each subject -> each side of the pair
        if ar:
            dual_verb_ar.dual_subjects(doc, new)   # "وأدانت ألمانيا وهولندا …، ودعتا": the coordinated subject (s17)
        definite_body.same_sector(doc, new)   # "ودعتا الفصائل" after Palestinian factions: PSEREB (session 19, B6AC)
        definite_body.junta_named_back(doc, new)   # "unless the junta cancelled …" after "Niger's military government"
        definite_body.pair_body(doc, new)   # "ودعتا السلطات في البلدين": one target per country of the pair (s19)
        if en:
            if not keys.isdisjoint(crowd_city_en.ACTS_ON):
                crowd_city_en.apply(doc, new)   # "protesters gathered outside the US embassy in Bogota": COLCVL (s20)
            crowd_object_en.apply(doc, new)   # "to disperse the crowd and arrested …": the police; the crowd told before (s23)
        crowd_police_ar.apply(doc, new)   # "تظاهر آلاف الأردنيين … وأطلقت قوات الأمن الغاز": JORCOP -> JORCVL (s21)
        if ar and not keys.isdisjoint(supporters_crowd_ar.RIOT_ON):
            supporters_crowd_ar.riot(doc, new)   # "هجوم شنه مناصرون لحزب الله على خيم المعتصمين": 145 (s35)
            for ev in new:
                if ":crowd-quant:supporters-riot" in ev.rule:
                    _crowd_country(doc, ev)   # (the storming crowd, recoded after the place loop; session 38)
            keys = _keys(new)   # (it recodes)
        if en and not keys.isdisjoint(police_place_en.CROWD_ON):
            police_place_en.crowd(doc, new)   # "Police fired tear gas to disperse the crowds" after SLB crowds (s35)
        definite_body.subject_ministry(doc, new)   # "The foreign ministry … demanded" after "Azerbaijan summoned" (s20)
        if not keys.isdisjoint(held_release.THREAT_ON):
            held_release.apply(doc, new)   # "would retaliate if the two men were not released": the captor (s21)
        if not keys.isdisjoint(held_release.CAPTOR_ON):
            held_release.act_captor(doc, new)   # "condemned the arrest", "demanded his release": the captor (s26 B16EN)
        if not keys.isdisjoint(price_threat.ACTS_ON):
            new = price_threat.apply(doc, new)   # "said North Korea would pay a price": the speaker's threat (s34)
        if ar:
            if not keys.isdisjoint(welcomed_announcement_ar.ACTS_ON):
                welcomed_announcement_ar.apply(doc, new)   # "ورحب التحالف بإعلان الهدنة": the announcer (s34)
            if not keys.isdisjoint(own_citizens_ar.ACTS_ON):
                own_citizens_ar.apply(doc, new)   # "ودعا الجيش اللبناني المواطنين": its own citizens (s34)
        if not keys.isdisjoint(recall.HOST_ON):
            recall.story_host(doc, new)   # "… طرد السفير الفرنسي …  وأعلنت استدعاء سفيرها": Mali, the host (s34)
        if en and not keys.isdisjoint(that_pronoun_en.ACTS_ON):
            that_pronoun_en.apply(doc, new)   # "demanded that he put the deal to parliament": the person before (s26)
        held_release.passive_release(doc, new)   # "Diallo was released on Sunday": who arrested him (s26 EN2)
        if ar and not keys.isdisjoint(court_ar.ACTS_ON):
            court_ar.apply(doc, new)   # "قضت غرفة الجنايات بمحكمة … بالسجن": the court's sentence; "القضاء يدين": 173 (s21)
            keys = _keys(new)   # (it recodes)
        if not keys.isdisjoint(definite_body.NAMED_BACK_ON):
            new = definite_body.drop_named_back(doc, new)   # "أن الاجتماع لم يحقق …": the meeting told before (s19)
        mission_staff.apply(doc, new)   # "طرد ثلاثة دبلوماسيين في القنصلية الإيطالية": ITAGOV (session 16)
        hedged_subject.apply(doc, new)   # "إن طائرات يرجح أنها تركية شنت غارة": TURMIL (session 16)
        if ar and not keys.isdisjoint(coming_from_ar.ACTS_ON):
            coming_from_ar.apply(doc, new)   # "أمام الطائرات القادمة من مالي": the closure is aimed at MLI (s29 B20AR)
        if ar and not keys.isdisjoint(object_body_ar.ACTS_ON):
            object_body_ar.apply(doc, new)   # "انسحابها من لجنة الأركان": no MLIMIL target (s29 B20AR)
        if not keys.isdisjoint(protest_current.ACTS_ON):
            new = protest_current.apply(doc, new)
        if ar and not keys.isdisjoint(reply_attack_ar.ACTS_ON):
            new = reply_attack_ar.apply(doc, new)   # "وردّ الجيش الإسرائيلي بقصف …": the reply's evidence (s45)
        if ar and not keys.isdisjoint(condemned_attack.ACTS_ON):
            new = condemned_attack.apply(new, doc.text)   # ودان "الاعتداء …" after a Turkish strike: the striker (s15)
            condemned_attack.own_author(new, doc.text)   # "أدانت مصر الغارات التي شنتها إسرائيل": -> Israel (s36)
        new = condemned_act.apply(doc, new)   # "ودانت الحكومة الهجوم", "also condemned the raid": the act's author (s17)
        _own_country_threat(new)   # "وتوعد نتنياهو بضرب أي تهديد لإسرائيل": the protected own state, no target (s45)
        if ar and not keys.isdisjoint(decided_act_ar.ACTS_ON):
            decided_act_ar.apply(doc, new)   # "أعربت مصر عن تأييدها للإجراءات التي اتخذها الرئيس": the maker (s26)
        if not keys.isdisjoint(agreement_object.ACTS_ON):
            agreement_object.apply(doc, new)   # "ورحبت مصر بإعلان الجزائر": the signing's parties (s19)
        if en and not keys.isdisjoint(gathering_noun_en.ACTS_ON):
            # "left the summit", "at a summit in Paris": a setting (s49); after agreement_object, whose decision author
            # is the lead's first actor ("closed the summit … after leaders adopted a declaration")
            new = gathering_noun_en.drop(doc, new)
            new = gathering_noun_en.drop_references(new)   # "at the start of the talks": no side, a setting (s50)
        if en and not keys.isdisjoint(goods_noun_en.ACTS_ON):
            new = goods_noun_en.drop(new)   # "lift restrictions on aid": the goods, no giving (s49)
        if en and not keys.isdisjoint(brokered_noun_en.ACTS_ON):
            new = brokered_noun_en.drop(doc, new)   # "Anwar brokered a ceasefire": the mediation is the act (s49)
        if en and not keys.isdisjoint(standing_probe_en.ACTS_ON):
            new = standing_probe_en.drop(doc, new)   # "under investigation", "pending an investigation": a state (s50)
        if en:
            new = framing_subject_en.drop(doc, new)   # "The incursion came a week after …": told before (s50)
        if ar:
            new = three_states_ar.apply(doc, new)   # "وطالبت الدول الثلاث إيران" after France, Britain and Germany (s24)
        if not keys.isdisjoint(restraint_pair.ACTS_ON):
            restraint_pair.mark(doc, new)   # "China urged restraint", "ودعت الصين إلى ضبط النفس": the two sides (s25)
        conflict_sides.apply(doc, new)   # "دعا … طرفي النزاع إلى …": the conflict's two sides (SDN), not المدنيين   # فرقت أمس مظاهرة: current; a later crowd of a reported protest: no event
        _mutual_sides(new)
        aid = [ev for ev in new if ev.cameo in hazards.AID_CODES and not ev.target_country] \
            if not keys.isdisjoint(hazards.AID_CODES) else ()
        if aid:
            # last resort, after every rule that reads the recipient from the sentence: "عرضت مصر وقطر تقديم مساعدات"
            # shortly after "ضرب زلزال … جنوب تركيا" goes to Turkey
            disasters = hazards.disaster_sentences(doc, sentence_lang)
            for ev in aid:
                c = hazards.aid_recipient(ev, disasters) if disasters else None
                if c:
                    _target_country(ev, c, ":disaster")
        if self.config.options.get("sports_gate", True):
            new = domain.sports_gate(doc, new, sentence_lang, kinds)   # "شن الأهلي هجوما": a match, no assault
        if self.config.options.get("screen_gate", True):
            new = domain.screen_gate(doc, new, sentence_lang, kinds)   # "rebels storm the palace" in a film review
        if self.config.options.get("market_gate", True):
            new = domain.market_gate(doc, new, sentence_lang, kinds)   # "هجوم المضاربين", "a price war" on a market page
        if self.config.options.get("science_gate", True):
            new = domain.science_gate(doc, new, sentence_lang, kinds)   # "an asteroid strike" on a space page
        if self.config.options.get("private_gate", True):
            new = domain.private_gate(doc, new, sentence_lang, kinds)   # "the defect", "abused drugs" on a recall page
        if self.config.options.get("opinion_gate", True):
            new = domain.opinion_gate(doc, new, sentence_lang, kinds)   # "Armies rarely negotiate" in a column
        if ar:
            entry_into_force_ar.apply(doc, new)   # "دخل وقف إطلاق النار … حيز التنفيذ": the verb is the truce's report (s33)
            if not keys.isdisjoint(fronted_meeting_ar.ACTS_ON):
                fronted_meeting_ar.apply(doc, new)   # "وفي اتصال هاتفي مع عباس، أكد العاهل": his call (s33)
        new = cancelled_meeting.apply(doc, new)   # "إلغاء الجولة السادسة من المحادثات": no talks held (s41)
        announced_act.apply(doc, new)   # "وأعلن رئيس الوزراء استقالته", "declared a general strike": the verb reports it (s40)
        if self.config.options.get("home_country", True) and any(":src-announcer" in ev.rule for ev in new):
            # (the announcing verb's bare subject came only now: "أصدرت المحكمة أحكاما", s44)
            home_country.fill(doc, [ev for ev in new if ":src-announcer" in ev.rule], _INTL)
        if ar:
            intent_owner_ar.apply(doc, new)   # "وأعلنت تركيا عزمها الانضمام إلى الدعوى": Turkey's act (s40)
            new = agreement_content_ar.told_content(doc, new)   # "اتفقا على وقف لإطلاق النار": one act (s42)
            new = threat_content_ar.apply(doc, new)   # "وسط تهديدات إسرائيلية بضرب المنشآت": the threat's content (s43)
            new = subject_act_ar.apply(doc, new)   # "غارة إسرائيلية استهدفت قادة الحركة": one strike (s42)
            new = quoted_label_ar.drop(doc.text, new)   # أدانت "الاعتداءات السافرة": a word for an act (s42)
        if any(ev.cameo == "051" and ev.lang == "en" for ev in new):
            welcomed_guest_en.apply(doc, new)   # "welcomed Trump at Windsor Castle": a host's reception (s48)
        if any(ev.root == "04" and ev.lang == "en" for ev in new):
            contact_purpose_en.apply(doc, new)   # "phoned Erdogan to express his sympathy": the caller's act (s49)
        if any(ev.root == "13" and ev.lang == "en" for ev in new):
            new = threat_content_en.apply(doc, new)   # "raised the prospect of sanctions": the threat's content (s48)
            new = threat_content_en.clause_force(new)   # "warned that his fighters would attack …": its content (s52)
        if any(ev.lang == "en" for ev in new):
            english.participle_abduction_sources(doc, new)   # "Its fighters attacked …, abducting drivers" (s53)
        if self.config.options.get("merge_repeats", True):
            new = merge_repeats(doc, new)
        new = lead_body.merge(doc, new)   # the lead's victims and the body's attacker of one attack: one event
        new = setting.drop(new)   # (after the repeats: a setting with actors still stands for a later "the meeting")
        if self.config.options.get("retold", True):
            if ar:
                new = amid_title_ar.apply(doc, new)   # "… وسط انسحاب نواب واعتقالات": the body's acts (s40)
                new = reacted_act_ar.apply(doc, new)   # "ورحب التحالف بإعلان الهدنة": the truce told before (s40)
            new = retold.merge(doc, new)   # the headline's, the lead's and the body's telling of one happening: one
            new = retold.drop_references(new)   # "في مسيرة ضد الاقتحام" after the raid: the raid told again (s19)
            new = retold.drop_crowd_nouns(new)   # "Demonstrators overwhelmed police lines" after the storming (s27)
            if ar:
                new = retold.drop_told_subjects(doc, new)   # "وأسفرت المواجهات عن مقتل …": told before (s43)
                new = retold.drop_meeting_references(doc, new)   # "وشارك في المحادثات" after "التقى": told before (s45)
            if en:
                new = retold.drop_told_subjects_en(doc, new)   # "The protests began on Monday, when …" (s45)
            new = retold.drop_implied_crowds(new)   # "فرقت الشرطة محتجين": no protest report of its own (s27 AR3)
            date_headline_by_lead(doc, new)   # a headline's act the body did not retell: the lead's day (s40)
        if ar and not keys.isdisjoint(endanger.ACTS_ON):
            new = endanger.drop(new)   # "استمرار الاشتباكات يهدد العملية السياسية": a risk, no threat by anyone
        coord_body_ar.share_object(new)   # "وأدان حزب الاستقلال وحزب الأصالة والمعاصرة، …، الخطوة الجزائرية" (s30)
        # (last: after the merges, which join a target-less act to its telling with the victims)
        if en:
            new = force_destination_en.forces_sent(doc.text, new)   # "send police and soldiers": what is sent (s35)
            new = request_adjunct_en.drop(doc, new)   # "send police at Honiara's request": no appeal; SLB (s35)
            new = retold_request_en.drop(doc, new)   # "the judge granted the request": an appeal told before (s38)
            call_adjunct_en.apply(doc, new)   # "Blinken told Wang Yi in a phone call": the two's call (s38)
            if not keys.isdisjoint(attended_meeting_en.ACTS_ON):
                new = attended_meeting_en.apply(doc.text, new)   # "attended a meeting with EU leaders": one (s35)
            and_to_subject_en.apply(doc.text, new)   # "accused the government … and vowed to block …": the party (s35)
            same_span_en.apply(new)   # "protesters set fire … in Honiara … and demanded …": one subject's country (s35)
        if not keys.isdisjoint(letter_addressee.ACTS_ON):
            letter_addressee.apply(doc, new)   # "وطالب، في رسالة إلى مجلس الأمن، بالتحرك": the letter's addressee (s41)
        if not keys.isdisjoint(domestic_target_en.ACTS_ON):
            domestic_target_en.apply(doc, new, _INTL)   # "warned that anyone who attacked police": home (s35)
            if en and not keys.isdisjoint(police_raid_en.ACTS_ON):
                # "troops raided the activist's house": own troops' raid on a home, once the target has its country
                police_raid_en.apply(doc, new, homes_only=True)
        if en:
            force_destination_en.apply(new)   # "… and Fiji offered to deploy troops": where the story's sending went (s35)
        if ar:
            own_agent_ar.apply(doc, new)   # "وجدد ولي العهد دعم المملكة لأمن لبنان": LBN, not SAU (s48)
            guest_host_ar.apply(doc, new)   # "وأشاد ترامب بضيفه": the other side of the visit (s48)
        if not keys.isdisjoint(reaction_author.ACTS_ON):
            # "وفرضت لندن عقوبات على … وندد المتحدث الروسي بالعقوبات": GBR, after every rule that reads the
            # reaction's own words (s47 DYAD47)
            reaction_author.apply(doc, new)
        if en and self.config.options.get("home_country", True):
            bare_role_en.party_state_source(doc, new)   # "Republican lawmakers accused Biden": USA (s49)
            bare_role_en.apply(doc, new)   # "Opposition lawmakers demanded that the government …": the country
            # named last before the sentence (s49 GAPEN49; last resort)
            bare_role_en.party_own_target(doc, new)   # "The opposition party welcomed the ruling": its own (s49)
            bare_role_en.home_voice_source(doc, new)   # "Critics accused the government": the home country's (s51)
            peer_object_en.apply(doc, new)   # "congratulated his rival": the source's own country (s52)
            bare_role_en.own_state_target(doc, new)   # "The opposition PF accused the government": ZMB (s52)
        if en:
            pledged_partner_en.apply(doc, new)   # "spoke with Erdogan and pledged that Georgia would …": TUR (s49)
        new = background_pair.drop_copies(new)   # "وكانت الحكومتان قد وقعتا الاتفاقية": one background act (s37)
        new = circumstantial.one_member(doc, new)   # "…، محذرة من أن …" after three states: one participle act (s41)
        if en:
            new = _targetless_copies(new)   # "X and Y met and agreed to …": no third, target-less "agreed" (s38)
        doc.events.extend(new)
        return doc


    def _classify(self, doc, si, sent, words, evs):
        """Learned report-vs-reference filter for ASSAULT / PROTEST (marsad.coding.detect)."""
        opts = getattr(self.config, "options", {}) or {}
        use = opts.get("event_classifier", True)
        keep = opts.get("event_features", False)
        # the model decides for every candidate (verb and noun triggers) at its CV-chosen threshold, except
        # past-tense verb reports that open their clause (detect.lead_report), which stand;
        # False = the older hybrid (verb reports stand, nouns rejected only when p < 0.2).  Grouped
        # 5-fold CV on the dev gold: filter-all ASSAULT F1 0.63 / PROTEST 0.45 vs hybrid 0.52 / 0.41.
        filter_all = opts.get("event_filter_all", True)
        if not use and not keep:
            return
        detect = _DETECT[0] if _DETECT else _detect_module()
        sent_hist = "hist" in cue_index(words)
        alt = opts.get("event_detect_model")
        types = {e.plover_type for e in evs}
        for typ in detect.TYPES:
            if typ not in types:
                continue
            cand = [e for e in evs if e.plover_type == typ]
            feats = detect.features(words, cand, typ, sent.segment_kind, [e for e in evs if e.plover_type != typ])
            if keep:
                doc.meta.setdefault("event_features", {}).setdefault(typ, []).append((si, feats))
            if not use:
                continue
            p = detect.score(feats, typ, alt)
            if p is None:
                continue
            report = p >= detect.threshold(typ, capped=not filter_all, m=alt) or detect.title_report(sent.segment_kind)
            if report and detect.BACKGROUND_VETO and detect.background_only(words, cand):
                report = False   # منذ هجوم …، بسبب هجوم …: the attack is the occasion of the sentence's act (session 12)
            for e in cand:
                e.confidence = round(0.5 * e.confidence + 0.5 * p, 4)
                if e.negated or e.modality not in ("asserted", "possible"):
                    continue
                phase = _phase_report(words, e)
                if phase or detect.erupt_lead(words, [e]):
                    # واصلت القوات قصف غزة: the subject's act; اندلعت مظاهرات: the protest broke out (round 9)
                    e.historical = sent_hist
                    e.rule += ":phase" if phase else ":erupt"
                    continue
                if (":verb:" in e.rule or e.rule.endswith(":self") or ":self:" in e.rule) and not e.historical:
                    if not filter_all:
                        continue   # hybrid: a verb-triggered asserted report stands; the model judges nouns
                    if (":verb:" in e.rule and (detect.lead_report(words, [e]) or detect.quote_lead(words, [e]))) \
                            or detect.stands(e, typ) or sequence_clause.opens_sequence(words, e):
                        continue   # a past-tense verb report that opens its clause (VSO news lead) stands; so does
                        # a verb after قبل أن / بعد أن (session 16: "…، قبل أن تفرقهم قوات الأمن")
                e.historical = sent_hist or not report
                e.rule += ":clf+" if report else ":clf-"


_DETECT: list = []   # [marsad.coding.detect], imported at the first classified sentence (not per sentence)


_EN_PERSON_PRONOUNS = frozenset(("he", "she"))


def _targetless_copies(events: list[Event]) -> list[Event]:
    """English events without the target-less copy of a coded act ("Yoon and Kishida met in Tokyo and agreed to resume
    visits": the compound fan-out gave KORGOV -> JPNGOV, JPNGOV -> KORGOV and a third KORGOV -> nobody): an event
    with a source and no target is dropped when an event of the same trigger, code and source has a target (session
    38 GAPEN38)."""
    coded = {(e.trigger_start, e.cameo, e.source_code) for e in events
             if e.lang == "en" and e.target_code and e.source_code}
    if not coded:
        return events
    return [e for e in events if not (e.lang == "en" and e.source_code and not e.target_code
                                      and (e.trigger_start, e.cameo, e.source_code) in coded)]


def _witnessed(words, evs) -> None:
    """Mark ``:witnessed`` the protest / attack noun a place subject of شهد saw (``detect.witness_lead``; actor-less
    or with the clause's crowd as source): an event of its own that :func:`_dedupe` and :func:`merge_repeats` keep
    beside an earlier event of the type ("تظاهر آلاف … في الخرطوم، كما شهدت مدينتا كسلا والقضارف مظاهرات مماثلة"; session 15 AR11)."""
    detect = _DETECT[0] if _DETECT else _detect_module()
    for e in evs:
        if ":noun:" in e.rule and (not (e.source_code or e.target_code) or ":crowd" in e.rule) \
                and detect.witness_lead(words, [e]):
            e.rule += ":witnessed"


def _detect_module():
    from ..coding import detect
    _DETECT.append(detect)
    return detect


def _phase_report(words, ev) -> bool:
    """"واصلت القوات الإسرائيلية قصف غزة"، "استأنف الجيش هجماته على …"، "واصل العمال إضرابهم": an aspect verb (cue
    ``phase``) that opens its clause, then the event's source, then its trigger right after: the verbal noun is the
    act the subject goes on doing, a report (the verb / noun reading of قصف, or a noun with the subject's pronoun)."""
    if not ev.source_span or ev.quote_id or ev.source_span[1] > ev.trigger_start:
        return False
    k = s0 = None
    for j, w in enumerate(words):
        if w.start == ev.source_span[0]:
            s0 = j
        if w.start == ev.trigger_start:
            k = j
            break
    if k is None or s0 is None or words[k - 1].end != ev.source_span[1]:
        return False
    while s0 > 0 and ("quant" in words[s0 - 1].cue or words[s0 - 1].norm.isdigit()):
        s0 -= 1   # واصل آلاف العمال إضرابهم: the actor's span starts after its quantity
    if s0 < 1 or "phase" not in words[s0 - 1].cue:
        return False
    j = s0 - 2
    while j >= 0 and ("time" in words[j].cue or words[j].norm.isdigit()):
        j -= 1
    return j < 0 or words[j].punct


def _target_from_place(doc: Document, ev: Event) -> None:
    """The convention of the arabic_event_gsr span gold: an attack or a protest whose target has no
    nationality is coded against the country where it happens (انفجار في بغداد -> IRQ; متظاهرون في
    أثينا -> GRC; زوار المعرض في عمان -> JOR civilians).  Only from a place located in the event's
    own clause, never from the dateline; the target actor itself is kept (its id and span)."""
    if ev.target_country or ev.place_basis != "clause" or (ev.target_code or "")[:3] in _INTL:
        return
    pl = doc.place(ev.place_id)
    if pl is None or not pl.country or pl.country == ev.source_country:
        return
    _target_country(ev, pl.country, ":tgt-place")


_CURFEW_CODES = frozenset(["1723", "1724"])


def _curfew_place(doc: Document, ev: Event) -> None:
    """"فرضت السلطات العراقية حظر تجول في مدينة كركوك": a curfew or a state of emergency with no target is
    imposed on the people of its place -- the country of a place in the event's own clause, the source's own
    country included (session 22 B9AR)."""
    if ev.place_basis != "clause":
        return
    pl = doc.place(ev.place_id)
    if pl is not None and pl.country:
        _target_country(ev, pl.country, ":curfew-place")


def _foreign_attack_target(doc: Document, ev: Event) -> None:
    """"نفذت إسرائيل ضربة جوية في سورية"، "ضربة جوية أميركية على مناطق في باكستان": a state's attack
    located (in its own clause) in another country is against that country when no target country is
    named.  Only with a national source of another country: a country-less attack keeps its country-less
    target (the span gold codes "انفجار في بغداد" without one)."""
    if ev.target_country or not ev.source_country or ev.source_country in _INTL or ev.place_basis != "clause" \
            or (ev.target_code or "")[:3] in _INTL:
        return
    pl = doc.place(ev.place_id)
    if pl is None or not pl.country or pl.country == ev.source_country or pl.start < ev.trigger_start:
        return
    _target_country(ev, pl.country, ":tgt-foreign")


def _target_country(ev: Event, country: str, tag: str) -> None:
    """Put ``country`` in front of the event's country-less target code (the target actor itself,
    its id and span, is kept) and say why in the rule."""
    ev.target_country = country
    ev.target_code = country + (ev.target_code or "")
    ev.rule += tag


def _next_place(doc: Document, ev: Event, pos: int, within: int, exclude: "str | None" = None):
    """The first place of the event's sentence with a country (other than ``exclude``) that starts
    at or after ``pos``, no more than ``within`` characters on; None if there is none."""
    return next((pl for pl in doc.places if pl.sentence == ev.sentence and pl.country and pl.country != exclude
                 and pos <= pl.start <= pos + within), None)


_TO_WORDS = ("إلى", "الى", "to")
# Arabic: a promise of aid (033x: "سترسل أسلحة إلى أوكرانيا", the future of a 07 row recoded) names its recipient as
# the aid itself does (session 22 STR; English reads it by place_target)
_AID_PROMISE = "033"


def _aid_recipient(doc: Document, ev: Event) -> None:
    """"أرسلت تركيا مساعدات إنسانية إلى سوريا", "sent aid to Syria": a country named after إلى / to
    shortly after an aid trigger is the recipient (the place stage reads إلى + country as a
    direction, so no national actor exists for the event's target)."""
    if ev.target_country or (ev.target_code or "")[:3] in _INTL:
        return
    pl = _next_place(doc, ev, ev.trigger_end, 60, exclude=ev.source_country)
    if pl is not None and (
            doc.text[max(0, pl.start - 6):pl.start].rstrip().endswith(_TO_WORDS) or doc.text[pl.start - 1:pl.start] == "ل"):
        _target_country(ev, pl.country, ":recipient")


_IN_VISIT = re.compile(r"في (?:(?:أول|أولى|ثاني|ثالث|آخر) )?$")   # "في زيارة", "في أول زيارة له" (session 42)


def _visit_destination(doc: Document, ev: Event) -> None:
    """"زار الرئيس المصري العاصمة السعودية الرياض"، "يزور الوزير القاهرة": the place a visit verb or noun
    is followed by (no comma, not after من "from") is the visited country when no target actor is named."""
    cancelled = ev.cameo == "160"   # "ألغى الوزير زيارة كانت مقررة إلى إسطنبول": the visit's destination (session 34)
    if (ev.target_code or "")[:3] in _INTL or not cancelled and not any(
            t.cameo == "042" for t in get_lexicon("ar").lookup(_norm(ev.trigger.split()[0], "ar"))):
        return
    pl = _next_place(doc, ev, ev.trigger_end, 60, exclude=ev.source_country)
    if pl is None and ev.source_span and _IN_VISIT.search(doc.text, max(0, ev.trigger_start - 14), ev.trigger_start):
        # "وصل الوزير إلى تل أبيب في زيارة": the place after إلى between the visitor and the visit
        pl = next((q for q in doc.places if q.sentence == ev.sentence and q.country and q.country != ev.source_country
                   and ev.source_span[1] <= q.start < ev.trigger_start
                   and doc.text[max(0, q.start - 6):q.start].rstrip().endswith(_TO_WORDS)), None)
        if pl is not None:
            _target_country(ev, pl.country, ":visit-place")
        return
    if pl is None:
        return
    between = doc.text[ev.trigger_end:pl.start]
    if any(c in between for c in "،,.;؛") or between.split()[-1:] in (["من"], ["عن"]) or doc.text[pl.start - 1:pl.start] == "م":
        return
    if cancelled and not between.rstrip().endswith(_TO_WORDS):
        return
    _target_country(ev, pl.country, ":visit-place")


def _visit_place(doc: Document, ev: Event) -> None:
    """A visit given its destination after it was placed (``:visit-place``) and placed by the dateline or the actors
    only: placed again, at the destination (geo.locate; session 42)."""
    if ":visit-place" in ev.rule and ev.place_basis in (None, "dateline", "actors"):
        from ..geo import locate
        locate.locate_event(doc, ev)


def _host_is_destination(doc: Document, ev: Event) -> None:
    """"ووصل الرئيس إلى الدوحة في زيارة التقى خلالها الشيخ تميم": an arrival whose target (the host met later in the
    sentence) is of the country of the place after إلى is a visit to that country, as one with no target is (s42)."""
    if "needs_target" not in get_lexicon("ar").cue(_norm(ev.trigger.split()[0], "ar")):
        return
    pl = _next_place(doc, ev, ev.trigger_end, 60, exclude=ev.source_country)
    if pl is not None and pl.country == ev.target_country \
            and doc.text[max(0, pl.start - 6):pl.start].rstrip().endswith(_TO_WORDS) \
            and not any(c in doc.text[ev.trigger_end:pl.start] for c in "،,.;؛"):
        clear_side(ev, "target")   # (the visited country, as for an arrival with no target: the host is met in
        _target_country(ev, pl.country, ":visit-place")   # the visit's own clause, one happening with it)


def _arrived_home(events: list) -> list:
    """The Arabic arrivals (a trigger whose first word has the cue ``needs_target``: وصل) without a host place: no visit
    ("وصل الرئيس إلى القاهرة عائدا" at home; "وصل إلى رئيس الحكومة" a letter or a word reaching someone), or without a
    known visitor ("وصل الرئيس إلى الرياض قادما من القاهرة": an arrival, no visit told)."""
    lex = get_lexicon("ar")
    return [ev for ev in events if not (ev.cameo == "042" and ev.lang == "ar"
                                        and (":visit-place" not in ev.rule or not ev.source_code)
                                        and "needs_target" in lex.cue(_norm(ev.trigger.split()[0], "ar")))]


def _state_sanction(events: list) -> list:
    """Arabic embargoes (163) whose trigger's first word has the cue ``state_src`` (تعليق + رحلات) are kept only with a
    state source (a country or a state role): "أعلنت الحكومة النيجرية تعليق رحلات شركة الطيران الجزائرية" is one,
    "أعلنت شركة الطيران تعليق رحلاتها بسبب الأحوال الجوية" is none (session 19, ARX2)."""
    lex = get_lexicon("ar")
    return [ev for ev in events if not (ev.cameo == "163" and ev.lang == "ar"
                                        and "state_src" in lex.cue(_norm(ev.trigger.split()[0], "ar"))
                                        and not (ev.source_role in _STATE_ROLES
                                                 or (ev.source_code and ev.source_code == ev.source_country)))]


_NAT_OBJ_ROOTS = frozenset(["05", "10", "11", "12", "13", "16", "17", "18", "19", "20"])
_FORCE_ROOTS = frozenset(["18", "19", "20"])   # an indefinite object with a nisba: "أسقطت 22 مسيرة أوكرانية" (s22)


def _condition_target(doc: Document, ev: Event) -> None:
    """Session 26 (B17AR): "وهددت كتائب حزب الله بتوسيع هجماتها على القواعد الأمريكية إذا لم تغادر القوات الأجنبية
    البلاد": a target in the threat's condition (after a conditional word of ``if_particle_ar.tsv`` kind ``clause``
    between the trigger and the target) gives way to the owner of the threatened act's object
    (:func:`_object_nationality`: the US bases); with no such owner the condition's subject stays (session 18:
    "هددت الكويت بعرض الخلاف على مجلس الأمن إذا لم يلتزم العراق"; ``threat_if.condition_target_ar``)."""
    words = doc.text[ev.trigger_end:ev.target_span[0]].split()
    clause = if_particle_ar.clause_words()
    if not any(w in clause for w in words):
        return
    saved = copy(ev)
    clear_side(ev, "target")
    _object_nationality(doc, ev)
    if ev.target_code:
        ev.rule += ":cond-obj"
    else:
        copy_side(ev, "target", saved, "target")
        ev.rule = saved.rule


def _after_member_aside(text: str, pos: int) -> int:
    """The offset after a membership apposition set off by commas right at ``pos`` ("، المشاركان في الائتلاف
    الحكومي، الخطوة الجزائرية": cue ``member_aside``, session 29), else ``pos``."""
    rest = text[pos:pos + 90]
    lead = len(rest) - len(rest.lstrip())
    if not rest[lead:lead + 1] in ("،", ","):
        return pos
    inner = rest[lead + 1:]
    first = inner.split()[:1]
    if not first or "member_aside" not in get_lexicon("ar").cue(_norm(first[0], "ar")):
        return pos
    ends = [k for k in (inner.find("،"), inner.find(",")) if k > 0]
    return pos + lead + 1 + min(ends) + 1 if ends else pos


def _after_brackets(text: str, pos: int) -> int:
    """The offset after a short bracketed aside right at ``pos`` -- the subject's abbreviation or short name,
    "ورحبت حركة المقاومة الإسلامية (حماس) بالقرار التركي" (session 48, gapar48) -- else ``pos``."""
    m = re.match(r"\s*\([^()\n]{1,40}\)", text[pos:pos + 45])
    return pos + m.end() if m and len(m.group().split()) <= 4 else pos


def _after_time_words(doc: Document, pos: int) -> int:
    """The offset after the time words right at ``pos`` (words inside a time expression: "ورحب الوزير أمس بالقرار
    الأمريكي"، "ودان المجلس مساء الجمعة الهجوم التركي": the object follows the time; session 45), else ``pos``."""
    text = doc.text
    end = pos
    for m in re.finditer(r"\S+", text[pos:pos + 40]):
        s, e = pos + m.start(), pos + m.end()
        if text[end:s].strip() or not any(t.start <= s and e <= t.end for t in doc.timerefs):
            break
        end = e
    return end


def _after_statement_aside(doc: Document, pos: int) -> int:
    """The offset after "in a statement" (``condemned_act.tsv`` kind ``aside``: في بيان، في بيانها) and its time right
    at ``pos`` ("ورحب المجلس العسكري في بيان مساء أمس بالمبادرة الإثيوبية", session 35), else ``pos``."""
    text = doc.text
    seg = text[pos:pos + 60]
    if seg.split(None, 1)[:1] != ["في"]:
        return pos
    words = []   # (start, end) of the words after pos
    at = pos
    for w in seg.split():
        at = text.index(w, at)
        words.append((at, at + len(w)))
        at += len(w)
    second = text[words[1][0]:words[1][1]] if len(words) > 1 else ""
    if not second or second[-1:] in "،,." or normalize(second) not in kind_sets("condemned_act.tsv", ("aside",))["aside"]:
        return pos
    end = words[1][1]
    for s, e in words[2:]:
        if not any(t.start <= s < t.end for t in doc.timerefs):
            break
        end = e
    return end


def _act_heads() -> frozenset:
    return kind_sets("condemned_act.tsv", ("act_head",), by_lang=True).get("ar", {}).get("act_head", frozenset())


_COMMA_ASIDE_MAX = 14   # words inside the aside


def _after_comma_aside(text: str, pos: int) -> int:
    """The offset after an adjunct aside set off by two commas right at ``pos`` ("دان الوزير، في بيان صدر مساء أمس،
    القصف الإسرائيلي"، "، عبر المتحدث باسمه،"، "، في ختام قمتهم الطارئة التي عقدت في الدوحة أمس،": its first word of
    ``condemned_act.tsv`` kind ``comma_aside``, at most :data:`_COMMA_ASIDE_MAX` words, no complementizer or sentence
    end inside), else ``pos`` (session 46, gapar46)."""
    rest = text[pos:pos + 200]
    lead = len(rest) - len(rest.lstrip())
    if rest[lead:lead + 1] not in ("،", ","):
        return pos
    opens = kind_sets("condemned_act.tsv", ("comma_aside",), by_lang=True).get("ar", {}).get("comma_aside", ())
    words = list(re.finditer(r"\S+", rest[lead + 1:]))
    if not words or _norm(words[0].group(), "ar") not in opens or (len(words) > 1 and words[1].group() == "حين"):
        return pos   # ("، في حين …" opens a clause)
    for k, m in enumerate(words[:_COMMA_ASIDE_MAX + 1]):
        w = m.group()
        bare = _norm(w.strip("\"«»()“”"), "ar")
        if bare in _ANNA or bare in ("ان", "انه", "انها") or w[-1:] in ".؟?!:؛;":
            return pos
        if w[-1:] in ("،", ","):
            if k == 0 or k + 1 >= len(words):
                return pos
            return pos + lead + 1 + m.end()   # (the object test after it reads a definite noun, no joined verb)
    return pos


def _object_nationality(doc: Document, ev: Event) -> None:
    """"رفضت حماس المقترح الإسرائيلي"، "أدانت مصر الهجوم الإسرائيلي"، "رحبت قطر بالقرار الأميركي": a
    verbal event (welcome, demand, criticise, reject, threaten) with no target whose object is a
    definite noun with a nationality adjective targets that nation (the noun itself is no actor)."""
    pos = ev.trigger_end
    if ev.source_span and ev.source_span[0] >= ev.trigger_start:
        pos = max(pos, ev.source_span[1])
    if ev.source_span and ev.source_span[1] == pos:   # "حزب الاستقلال وحزب الأصالة والمعاصرة، …، الخطوة الجزائرية"
        pos = max(pos, coord_body_ar.conjunct_end(doc.text, *ev.source_span))
    pos = _after_member_aside(doc.text, _after_brackets(doc.text, pos))
    pos = _after_statement_aside(doc, _after_time_words(doc, pos))
    if ev.source_span and ev.source_span[1] == pos:
        # "قادة الدول العربية والإسلامية، في ختام …،": a nisba adjective joined by و goes on with the subject
        m = re.match(r"\s+وال\S+?(?:ية|يه|يين|يون)(?=[\s،,])", doc.text[pos:pos + 40])
        pos = pos + m.end() if m else pos
    pos = _after_comma_aside(doc.text, pos)
    if ev.source_span and ev.source_span[1] == pos:
        # "ورحبت وزارة العلاقات الدولية في جنوب أفريقيا بالخطوة المصرية": the source body's name and place (at most
        # three words, then في + a place), then the object
        pl = next((p for p in doc.places if pos < p.start <= pos + 40 and p.sentence == ev.sentence
                   and re.fullmatch(r"(?:\s+\S+){0,3}\s+في\s+", doc.text[pos:p.start])
                   and not any(c in doc.text[pos:p.start] for c in "،,.;؛:")), None)
        nxt = doc.text[pl.end:pl.end + 30].split()[:1] if pl is not None else []
        if pl is not None and nxt and nxt[0].startswith(("ب", "ال")):   # (the object after the place, "بالخطوة …";
            pos = pl.end   # not "قصف الجيش مواقع روسية في دونيتسك.", whose object stands before the place)
    if ev.source_span and ev.source_span[1] == pos:
        # "وانتقد ناشطون مصريون في الخارج اليوم القرار الروسي": the subject's one-word في-phrase (its setting) and
        # a time, then the object (session 48, gapar48)
        m = re.match(r"\s+في\s+ال[^\s،,.:؛]+(?=\s)", doc.text[pos:pos + 40])
        if m:
            after = _after_time_words(doc, pos + m.end())
            nxt = doc.text[after:after + 30].split()[:1]
            if after > pos + m.end() and nxt and nxt[0].startswith(("ب", "ال")):
                pos = after
    toks = doc.text[pos:pos + 60].split()[:3]
    far = doc.text[pos:pos + 100].split()[:9] if ev.root == "13" and toks else []
    # (session 26 B17AR: the threatened act's على-object too, "بتوسيع هجماتها على القواعد الأمريكية")
    on = next((w for w in far[1:5] if w == "على"), None) if far and "ضد" not in far else None
    if far and ((not on and not any(c in doc.text[pos:pos + 100].split("ضد")[0] for c in "،,.;؛:"))
                or (on and not any(c in " ".join(far[:far.index(on)]) for c in "،,.;؛:"))):
        # "هدد بتحرك عسكري منفرد ضد المنشآت النووية الإيرانية": the threatened act's ضد-object, two nisbas on
        # (the first a kind, النووية; the second the nation), session 13
        if "ضد" in far or on:
            rest = far[far.index(on or "ضد") + 1:][:3]
            for adj in rest[1:]:
                adj = adj.rstrip(".،,;؛:")
                if not _norm(adj, "ar").startswith("ال") or not _norm(adj, "ar").endswith(("ي", "يه")):
                    break
                r = resolve_phrase(adj, doc.published_at)
                if r is not None and r.country and r.country != ev.source_country:
                    _target_country(ev, r.country, ":obj-nationality")
                    return
    oblique = bool(toks) and toks[0] in ("على", "ضد") and ev.root in ("16", "17")
    if oblique:   # "فرضت عقوبات على مصارف إيرانية"
        toks = toks[1:]
    force = ev.root in _FORCE_ROOTS   # "أسقطت 22 مسيرة أوكرانية"، "دمرت دبابة روسية": force at an object of a nation
    if force and toks and toks[0].isdigit():
        toks = toks[1:]
    last = ev.trigger.split()[-1] if " " in ev.trigger else ""
    if last and not oblique and toks:   # the object noun is the trigger's own last word: هاجم … السياسة الصينية
        toks = [last] + toks
    if len(toks) < 2 or any(c in toks[0] for c in "،,.;؛:"):
        return
    if len(toks) < 3 and _norm(toks[0], "ar") in _act_heads():
        toks = doc.text[pos:pos + 80].split()[:3]
    if len(toks) == 3 and not any(c in toks[0] + toks[1] for c in "،,.;؛:") and _norm(toks[0], "ar") in _act_heads():
        toks = toks[1:]   # "دان تصعيد الغارات الإسرائيلية": the head of the judged act noun (session 46, gapar46)
    n0, adj = _norm(toks[0], "ar"), toks[1].rstrip(".،,;؛:")
    n1 = _norm(adj, "ar")
    definite = n0.startswith(("ال", "بال", "وال")) and n1.startswith("ال")
    indefinite = (oblique or force) and not n0.startswith("ال") and not n1.startswith("ال") and len(n1) > 4
    if not (definite or indefinite) or not n1.endswith(("ي", "يه")):
        return
    r = resolve_phrase(adj, doc.published_at)
    if r is None or not r.country or r.country == ev.source_country:
        return
    _target_country(ev, r.country, ":obj-nationality")


def _withdrawn_from(doc: Document, ev: Event) -> None:
    """"سحبت روسيا قواتها من محيط كييف"، "انسحبت القوات من مدينة خيرسون": the country of the place a
    force withdraws from (after من, no comma between) is the target when none is named."""
    if (ev.target_code or "")[:3] in _INTL or not any(t.cameo == "0874" for t in
                                                      get_lexicon("ar").lookup(_norm(ev.trigger.split()[0], "ar"))):
        return
    pl = _next_place(doc, ev, ev.trigger_end, 60, exclude=ev.source_country)
    if pl is None or not ev.source_country:
        return
    between = doc.text[ev.trigger_end:pl.start]
    if any(c in between for c in "،,.;؛") or "من" not in between.split()[-4:]:
        return
    _target_country(ev, pl.country, ":withdrawn-from")


def _mutual_sides(evs: list[Event]) -> None:
    """The two directions of one mutual trigger code each actor alike: "اشتبك مسلحون مع قوات الأمن في درنة"
    had UAF -> LBYCOP (the place rule fills the target) but COP -> UAF the other way.  An actor whose
    country one direction found gets it in the other."""
    groups: dict = {}
    for ev in evs:
        if ev.source_actor_id and ev.target_actor_id and ":mutual" in ev.rule:
            groups.setdefault((ev.sentence, ev.trigger_start), []).append(ev)
    for group in groups.values():
        if len(group) < 2:
            continue
        known: dict = {}
        for ev in group:
            for side in ("source", "target"):
                aid, c = getattr(ev, SIDE_ACTOR_ID[side]), getattr(ev, SIDE_COUNTRY[side])
                if c and aid not in known:
                    known[aid] = (getattr(ev, SIDE_CODE[side]), c)
        # "مواجهات بين الجيش وقوات الدعم السريع": a bare state force (the army, police) facing a rebel or
        # opposition group of one country is that country's own (a foreign state's forces are named as such)
        codes = {getattr(ev, SIDE_ACTOR_ID[side]): getattr(ev, SIDE_CODE[side]) for ev in group
                 for side in ("source", "target")}
        if len(codes) == 2:
            a, b = codes
            for bare, other in ((a, b), (b, a)):
                code, ocode = codes[bare], codes[other]
                if bare not in known and code in _STATE_FORCES and other in known and ocode[3:] in _DOMESTIC_SIDES \
                        and ocode[:3] == known[other][1]:
                    known[bare] = (known[other][1] + code, known[other][1])
        for ev in group:
            for side in ("source", "target"):
                aid = getattr(ev, SIDE_ACTOR_ID[side])
                if aid in known and not getattr(ev, SIDE_COUNTRY[side]):
                    code, c = known[aid]
                    setattr(ev, SIDE_CODE[side], code)
                    setattr(ev, SIDE_COUNTRY[side], c)


def _protester_noun(w) -> bool:
    """A protester noun: a self-frame protest entry of the lexicon (متظاهرون، محتجين; recode.tsv ``crowd_subject``)."""
    return any(t.kind == "noun" and t.frame == "self" and t.cameo[:2] == "14" for t in (w.trig[1] if w.trig else ()))


_STATE_FORCES = frozenset(["MIL", "COP", "SPY"])
_EN_WORD_PLURAL_ROOTS = frozenset(["01", "05", "11", "12"])   # comment roots whose plural noun is no act
_EN_ADVERB_GAP = frozenset(["also", "then", "later", "further", "again", "still", "now", "even", "never", "not",
                            "he", "she", "it", "they", "who", "which", "that",
                            # (REVIEW33: the sentence adverbs without -ly: "respects the ruling and therefore rejects
                            # the claims" is a verb, not a noun modifier + plural)
                            "therefore", "thus", "hence", "so", "instead", "meanwhile", "however", "too", "this"])
# English prepositions after which an -s form of a verb-only trigger is a plural noun ("strained by delays")
_EN_PREP_NOUN = frozenset(["by", "of", "with", "amid", "despite", "over", "about", "from", "after", "before", "into",
                           "without", "against", "among", "between", "through", "during"])
# the roles of a masdar's agent genitive before its object ("اعتقال قوة عسكرية رئيس الوزراء"): forces and armed groups
_FORCE_AGENT_ROLES = frozenset(["MIL", "COP", "SPY", "REB", "INS", "UAF"])
# recode.tsv ``state_force``: the subjects that make a road block a state's restriction (191), not a crowd's; a
# country name is left out ("Rebels in the Ivory Coast blocked transport" may resolve to the country), and so are
# elites ("supporters of former President X blocked roads")
_STATE_FORCE_ROLES = frozenset(["MIL", "COP", "SPY", "GOV"])
_DOMESTIC_SIDES = frozenset(["REB", "OPP", "INS"])


def _target_place_phrase(doc: Document, ev: Event) -> None:
    """"فندق كبير في العاصمة الأردنية"، "زوار المعرض في عمان": a target without nationality
    whose noun phrase goes on with in + a place belongs to the place's country (the phrase names
    where the target is, which is how the span gold codes it)."""
    if ev.target_country or not ev.target_span or (ev.target_code or "")[:3] in _INTL:
        return   # (an international actor - UN, Red Cross, an NGO - has no country: no "IRQIGOUNO")
    end = ev.target_span[1]
    pl = _next_place(doc, ev, end, 40)
    if pl is None:
        return
    between = doc.text[end:pl.start].split()
    if between and between[0] in _IN_WORDS and len(between) <= 4 and not any(c in "،,.;" for c in doc.text[end:pl.start]):
        _target_country(ev, pl.country, ":tgt-in-place")


_IN_WORDS = frozenset(["في", "ب", "بمدينة", "بمنطقة", "قرب", "وسط", "شمال", "جنوب", "شرق", "غرب", "داخل"])


def _headline_told(head: Event, events: list[Event]) -> None:
    """A headline event dropped as told by the body (:func:`merge_repeats`): the first body event of its code and
    actors (or countries) takes what the headline names and it lacks -- the headline's place told in its own clause
    ("police storm its embassy in Quito" for "forced their way into the embassy" placed by the dateline), its trigger
    as further evidence (``retold.absorb``; session 26 COSTS)."""
    for b in events:
        if b.segment_kind == "body" and b.cameo == head.cameo and (
                (b.source_code, b.target_code) == (head.source_code, head.target_code)
                or (not head.target_code and b.target_code and (b.source_code == head.source_code or (
                    head.source_country and b.source_country == head.source_country)))
                or (head.source_country and head.target_country
                    and (b.source_country, b.target_country) == (head.source_country, head.target_country))):
            retold.absorb(b, head)
            return


def _headline_root_told(head: Event, events: list[Event]) -> bool:
    """A headline event of a root that the lead (the first two body sentences) tells with the headline's sides in
    their roles, under another code or with a side the headline's short wording left out -- "… تقصف مواقع …" over
    "شنت مقاتلات تركية غارات على …" (195 / 190), "… cries 'coup'" over "condemned the ruling" (110 / 111), "… وتعتقل
    …" over "واعتقلت الشرطة …": one happening told twice; the lead's telling is the report (session 55, DUP55).
    The lead event is the first of the root in the first two body sentences; each side the headline names must be
    its side of that role (the same code or one it refines); a side the headline lacks is fine, a lead event lacking
    or generalising a side the headline has is not (the headline would be the better report: "يستقبل" SAUGOV ->
    LBNGOV over "استقبل" SAUGOV -> GOV); two specific codes of the root are two acts."""
    body = [b for b in events if b.segment_kind == "body"]
    if not body or any(o is not head and o.segment_kind == "title" and o.trigger_start == head.trigger_start
                       for o in events):
        return False   # (a headline act's copies per side are left to retold's merge of copies, test_prec2_s24)
    first = min(b.sentence for b in body)
    b = next((b for b in body if b.root == head.root and b.sentence <= first + 1), None)
    if b is None or b.historical or b.negated != head.negated or b.modality != head.modality:
        return False
    if head.cameo != b.cameo and not any(len(c) == 3 and c[2] == "0" for c in (head.cameo, b.cameo)):
        return False   # ("… يحل مجلس الأمة ويوقف العمل بمواد من الدستور": two specific acts of one root, 172 / 1721)
    if head.root == "04" and head.cameo != b.cameo:
        return False   # (a headline visit over the lead's meeting, 042 / 040: two acts, test_b13ar_s25)
    if not all(_same_side(getattr(head, f"{r}_code"), getattr(b, f"{r}_code")) for r in ("source", "target")):
        return False
    spans = [(head.trigger_start, head.trigger_end)] + list(head.also_spans) + list(b.also_spans)
    b.also_spans = sorted(set(spans))   # (the headline's words stay the lead event's evidence, as retold.absorb)
    if ":retold" not in b.rule:
        b.rule += ":retold"
    return True


def _same_side(code, their_code) -> bool:
    """Is a headline side (``code``; none = no side named) the lead event's side, or a less specific code of it?"""
    return not code or bool(their_code and their_code.startswith(code))


def merge_repeats(doc: Document, events: list[Event]) -> list[Event]:
    """One event per real happening in a document.

    News repeats the lead event ("a meeting is held today in Istanbul …", then "Tass quoted a
    source: a meeting is held today in Istanbul …", then "the meeting will discuss …"). Kept:
    the first mention. Dropped:
    - a later event with the same actors, code, date, place, polarity and modality;
    - an event with neither actor when an earlier sentence codes the same CAMEO code with actors
      (a back-reference such as "الاجتماع" to the happening already coded); a headline's event with neither actor
      when the body codes its CAMEO code with actors (session 18);
    - a definite reference noun whose code an earlier report codes (:func:`_back_reference`, session 18);
    - a bare statement (010) whose sentence also codes what was said, by the same speaker, or whose quote's
      content codes an event (CAMEO codes a statement by its content; 010 is "not specified below").
    - a headline event that the body codes too (same actors and code; the headline's own date
      is only the publication date, the body's is the better one).
    - a second code of one root on the same trigger words for the same pair ("did not reach an
      agreement on a ceasefire": a 1246 and a 120 each way): one trigger is one act; the first kept.
    - an actor-less Arabic noun after ب that names the means of a verb event of its root just before it in
      the clause ("قصفت القوات السوق بقذائف المدفعية", "استهدفوا الموكب بعبوة ناسفة"): the instrument of the
      act, not a second one (:func:`_instrument_of`).
    Events of a caption are never merged with the body's.
    """
    by_id: dict = {}   # doc.place as one dict (the first place of an id, as its scan finds)
    for pl in doc.places:
        by_id.setdefault(pl.id, pl)

    def place_key(ev: Event):
        pl = by_id.get(ev.place_id) if ev.place_id is not None else None
        return (pl.name, pl.country) if pl else None

    first_with_actors: dict[tuple, int] = {}
    first_told: dict[tuple, int] = {}   # (the same, not counting a direct quote's words: "'… the children are asking
    # for food,' he said" tells no appeal that a later "… and urged restraint" retells, session 27 EN4)
    direct = {q.id for q in doc.quotes if q.direct}
    places_with_actors: dict[tuple, set] = {}
    for e in events:
        if e.source_code or e.target_code:
            k = (e.segment_kind, e.cameo)
            first_with_actors[k] = min(first_with_actors.get(k, e.sentence), e.sentence)
            if e.quote_id is None or e.quote_id not in direct:
                first_told[k] = min(first_told.get(k, e.sentence), e.sentence)
            places_with_actors.setdefault(k, set()).add(place_key(e))
    speakers = {}
    for e in events:
        if e.cameo != "010":
            for who in (e.source_code, e.reported_by_code):
                if who:
                    speakers.setdefault(e.sentence, set()).add(who)
    # the quotes whose content codes an event: their bare statement (010) is only the attribution, which the
    # content's events carry (reported_by) — "residents said the army had shelled …"
    coded_quotes = {e.quote_id for e in events if e.quote_id is not None and e.cameo != "010"}
    # a nested report, "قال الوزير إن نظيره أكد أن …": the outer quote's content opens with the inner quote's speaker;
    # the inner statement is the coded one, the outer only its attribution (session 12)
    if len(doc.quotes) > 1:
        opens = {q.speaker_start for q in doc.quotes if q.speaker_actor_id is not None and q.speaker_end > q.speaker_start}
        coded_quotes |= {q.id for q in doc.quotes if q.content_start in opens}
    in_body = {(e.source_code, e.target_code, e.cameo) for e in events if e.segment_kind == "body"}
    # (a headline's act with no target, "Chile and Colombia recall their ambassadors over Gaza", is the body's act
    # of that source and code with its target named, "recalled their ambassadors to Israel", session 30)
    in_body |= {(e.source_code, None, e.cameo) for e in events if e.segment_kind == "body" and e.target_code}
    # (and at the countries' level: the headline's "مصر والأردن" is the body's two ministers, EGYGOV / JORGOV)
    in_body |= {(e.source_country, e.target_country, e.cameo) for e in events
                if e.segment_kind == "body" and e.source_country and e.target_country}
    # (and a target-less headline act by a country, "والكويت تعرض الوساطة"، "وواشنطن تعلق مساعدات", is its body act
    # of that specific code -- not a root's generic xx0, "warns", which a later sentence may tell anew (test_en5_s27)
    # -- with the target named, "وعرض أمير الكويت … الوساطة بين البلدين": session 42, PREC42)
    in_body |= {(e.source_country, None, e.cameo) for e in events if e.segment_kind == "body" and e.source_country
                and e.target_code and e.cameo[2:3] not in ("", "0")}
    out: list[Event] = []
    seen: dict = {}
    acts: set = set()
    for e in events:
        act = (e.sentence, e.trigger_start, e.root, e.source_code, e.target_code, e.negated, e.modality, e.historical)
        if act in acts:
            continue
        acts.add(act)
        if e.lang == "ar" and not (e.source_code or e.target_code) and ":noun:" in e.rule \
                and e.trigger[:1] == "ب" and _instrument_of(doc, e, out):
            continue
        if (e.segment_kind == "title" and e.date_basis in ("publication", "unresolved")
                and (e.source_code or e.target_code) and ((e.source_code, e.target_code, e.cameo) in in_body or (
                    e.source_country and (e.target_country or not e.target_code)
                    and (e.source_country, e.target_country, e.cameo) in in_body))):
            _headline_told(e, events)
            continue
        if e.segment_kind == "title" and e.date_basis in ("publication", "unresolved") \
                and _headline_root_told(e, events):
            continue   # (the lead tells it under another code of its root, session 55 DUP55)
        if e.cameo == "010" and ((e.source_code and e.source_code in speakers.get(e.sentence, ())) or (
                e.quote_id is not None and e.quote_id in coded_quotes)):
            continue
        if _back_reference(doc, e, out):
            continue
        if ":demo" in e.rule and e.source_actor_id and e.source_actor_id == e.reported_by_actor_id:
            clear_side(e, "source")   # "'We condemn this cowardly attack,' the army said": the speaker is no attacker
        if not (e.source_code or e.target_code):
            if e.segment_kind == "title" and ("body", e.cameo) in first_with_actors:
                continue   # a headline's actor-less act ("… بعد قصف بلدة كلبس") that the body codes with its actors (s18)
            if first_told.get((e.segment_kind, e.cameo), e.sentence) < e.sentence and not _another_case(doc, e) \
                    and not (":witnessed" in e.rule and place_key(e) is not None and place_key(e) not in places_with_actors.get(
                        (e.segment_kind, e.cameo), ())):
                continue   # (kept: "كما شهدت مدينتا … مظاهرات مماثلة" -- a place that saw it too, session 15 AR11)
            if _rally_retold(doc, e, first_with_actors):
                continue
        else:
            key = (e.segment_kind, e.source_code, e.target_code, e.cameo, e.date, e.date_end, e.negated,
                   e.modality, e.historical, place_key(e), lead_dated(doc, e))   # (a story day is no date of its own)
            first = seen.get(key)
            if first is not None and not _another_act(doc, e) and not passive_summons.own_act(e, first) \
                    and not _unknown_subjects(e, first) and not _other_subjects(doc, e, first) \
                    and not _other_persons(doc, e, first) \
                    and not _counted_other(e, first) and not agreement_content_ar.another_content(doc, e, first) \
                    and not (e.sentence == first.sentence and _conjoined_acts(doc.text, first, e)) \
                    and not (e.lang == "ar" and _joined_acts_ar(doc.text, first, e)):
                continue   # (another_content: "اتفقا على تشكيل لجان" / "واتفقا على وقف إطلاق النار", s21; two
                # verbs of one code with their own objects joined by "and" are two acts, _object_acts, s30)
            seen.setdefault(key, e)
        out.append(e)
    return out


_ANOTHER_ACT = english._cue_words("another_act", "_ANOTHER_ACT", globals())   # also
_VIOLENT_ROOTS = frozenset(("18", "19", "20"))
_DEFINITE_EN = frozenset(("the", "this", "that"))


def _back_reference(doc: Document, e: Event, kept: list[Event]) -> bool:
    """A definite verbal noun read as a reference (":ref", background) whose code an earlier sentence's report (not a
    reference) already codes: "إن الزيارة تفتح صفحة جديدة" after "وصل أردوغان إلى القاهرة في أول زيارة", "over the
    killing of a Sikh leader" after the headline's killing -- the happening named again, no event of its own (session
    18, B5EV).  Its sides need not match the report's (a reference noun takes the speaker or a near actor as its side),
    but its countries must be among the report's: "condemned the attack on a military post near Dubai" after an attack
    in Khartoum is another attack."""
    if not e.historical or ":ref" not in e.rule:
        return False
    if ":demo" in e.rule:
        # "… stormed his shop.  'We will find the people responsible for this brutal attack,' said the inspector": an
        # act named by a demonstrative after an act of force told in an earlier sentence is that act (s24 OTH7)
        return e.root in _VIOLENT_ROOTS and any(
            k.root in _VIOLENT_ROOTS and k.sentence < e.sentence and ":ref" not in k.rule and not k.historical
            and not k.negated and k.segment_kind != "caption" for k in kept)
    if e.lang == "ar" and ":noun:" in e.rule and _after_demonstrative_ar(doc, e):
        # "انتقدت منظمات … نشر القوة، ولم يصدر … أي رد على هذه الانتقادات": an act noun after a demonstrative names
        # an act of its root told before it (this sentence or an earlier one): no event of its own (s26 B16AR); that
        # act may be background itself ("وتواصل شن غارات … تقول إنها تستهدف مواقع للحزب.  ويقول مسؤولون إن هذه
        # الغارات تضعف موقف الدولة": the raids told as going on, session 46 PREC46)
        return any(k.root == e.root and k.trigger_start < e.trigger_start and ":ref" not in k.rule
                   and not k.negated and k.segment_kind != "caption" for k in kept)
    # (an English violence word after "the" is a noun whatever the tagger read: "said the raids were limited" after
    # the strikes of the lead, session 24 PREC2; it names any earlier violence of the same countries)
    violent = e.lang != "ar" and e.root in _VIOLENT_ROOTS
    if ":noun:" not in e.rule and ":gerund" not in e.rule and not violent:
        return False
    own = {c for c in (e.source_country, e.target_country) if c}
    if e.lang == "ar":
        first = e.trigger.split()[0]
        if not (first.startswith("ال") or first[:3] in ("وال", "فال", "بال")):
            return False
    else:
        before = doc.text[max(0, e.trigger_start - 8):e.trigger_start].split()
        if not before or before[-1].lower() not in _DEFINITE_EN:
            return False
    if any((k.cameo == e.cameo or violent and k.root in _VIOLENT_ROOTS) and k.sentence < e.sentence
           and ":ref" not in k.rule and not k.historical
           and not k.negated and k.segment_kind != "caption" and (k.source_code or k.target_code)
           and own <= {k.source_country, k.target_country} for k in kept):
        return True
    # "… over the killing of a Sikh leader near Vancouver" under the headline "… as row over activist's killing
    # deepens": the headline's own noun, named again (session 19, ENX); its countries, when it names any, must agree
    word = e.trigger.split()[-1].lower()
    return e.segment_kind == "body" and any(
        k.segment_kind == "title" and (k.cameo == e.cameo or k.root in _VIOLENT_ROOTS and e.root in _VIOLENT_ROOTS)
        and not k.negated and k.trigger.split()[-1].lower() == word
        and (not (k.source_country or k.target_country) or own <= {k.source_country, k.target_country})
        for k in kept)


def _after_demonstrative_ar(doc: Document, e: Event) -> bool:
    """Is the Arabic trigger right after a demonstrative (cue ``demonstrative``: هذه، تلك …)?"""
    before = doc.text[max(0, e.trigger_start - 12):e.trigger_start].split()
    return bool(before) and "demonstrative" in get_lexicon("ar").cue(_norm(before[-1], "ar"))


def _other_subjects(doc: Document, e: Event, first: Event) -> bool:
    """Two verb events of other sentences and other verbs, both dated only by the story's day (no date of their
    own paragraphs), whose subject words differ: "Trade unions called a new nationwide strike …  Rail workers walked
    out for a third day" are two acts of two bodies that one bare role code (FRALAB) names, not one act told again
    (session 35)."""
    if e.sentence == first.sentence or ":verb:" not in e.rule or ":verb:" not in first.rule \
            or not (e.source_span and first.source_span) or e.trigger.split()[0] == first.trigger.split()[0] \
            or not (lead_dated(doc, e) and lead_dated(doc, first)):
        return False
    a, b = (doc.text[x.source_span[0]:x.source_span[1]].lower().split() for x in (e, first))
    return [w for w in a if w != "the"] != [w for w in b if w != "the"]


def _other_persons(doc: Document, e: Event, first: Event) -> bool:
    """Two verb events of other sentences and other verbs whose sources are two named persons: "Marcos dismissed
    claims that …  Escudero rejected the call on Thursday" are two people's acts that one code (PHLGOV) names, not
    one act told again (session 47)."""
    if e.sentence == first.sentence or ":verb:" not in e.rule or ":verb:" not in first.rule \
            or e.trigger.split()[0] == first.trigger.split()[0] \
            or not (e.source_actor_id and first.source_actor_id) or e.source_actor_id == first.source_actor_id:
        return False
    a, b = doc.actor(e.source_actor_id), doc.actor(first.source_actor_id)
    return bool(a and b and a.kind == "person" == b.kind and a.name_en and b.name_en and a.name_en != b.name_en)


def _unknown_subjects(e: Event, first: Event) -> bool:
    """Two verb events of other sentences and other verbs whose subjects are both unknown (no source): "تظاهر مئات
    الرعاة …، مطالبين الحكومة بحماية …" then "وطالبت رابطة المنمين في بيان الحكومة بتعويض …" are two demanders, not
    one demand told again (session 18, B5EV): equal actor keys prove nothing when the source is missing."""
    return (not e.source_code and not first.source_code and e.sentence != first.sentence
            and ":verb:" in e.rule and ":verb:" in first.rule
            and e.trigger.split()[0] != first.trigger.split()[0])


_NUMBER_WORDS = english._cue_words("number_word", "_NUMBER_WORDS", globals())   # two, nine …


def _counted_other(e: Event, first: Event) -> bool:
    """"… signed a joint declaration on Thursday.  Ministers from the two governments signed nine agreements …": an
    English trigger whose object is counted (a digit or a number word after the verb) and whose head noun is not the
    earlier trigger's is a further act, not the earlier one told again (session 26, EN2)."""
    if e.lang != "en" or first.lang != "en":
        return False
    words, before = e.trigger.lower().split(), first.trigger.lower().split()
    return len(words) >= 3 and len(before) >= 2 and words[-1] != before[-1] \
        and any(w.isdigit() or w in _NUMBER_WORDS for w in words[1:-1])


_ANOTHER_ACT_AR_SPAN = 12   # words between an opening "كما" and the further act's trigger


def _another_act(doc: Document, e: Event) -> bool:
    """"The two sides also agreed to meet again": an English trigger right after "also" (cue ``another_act``)
    tells a further act of the same parties, not the earlier one told again (session 15).  Arabic: a sentence opening
    with a cue ``another_act`` ("كما قرر المجلس تقديم شكوى", with its proclitic و; session 33)."""
    if e.lang == "ar":
        before = doc.text[max(0, e.trigger_start - 8):e.trigger_start].split()
        if before and before[-1] in ("كما", "وكما") and ":verb:" in e.rule and e.root != "01":
            return True   # "ودان عون الاعتداءات …، كما دان إطلاق الصواريخ": a verb right after كما inside the sentence
            # tells a further act, as "also" (not a speech verb: "كما أعلنت الوزارة" may retell; session 49, armiss49)
        sent = doc.sentences[e.sentence]
        first = doc.text[sent.start:min(sent.end, sent.start + 24)].split()[:2]
        if len(first) > 1 and "speech" in get_lexicon("ar").cue(normalize(first[1].strip("،,"))):
            return False   # "وكما أعلنت الشرطة في بيانها، اعتقلت …": "as X said" retells, it adds no act (REVIEW33)
        first = first[:1]
        head = doc.text[sent.start:e.trigger_start]
        # (the opener's own clause only: its first words, no full stop between -- "كما وعدت الإدارة ….وكانت اللجان
        # قد نفذت اعتصاما" is one sentence to the splitter, the sit-in told again after the stop)
        return bool(first) and len(head.split()) <= _ANOTHER_ACT_AR_SPAN and not any(c in head for c in ".؟!") \
            and "another_act" in get_lexicon("ar").cue(normalize(first[0]))
    if e.lang != "en":
        return False
    before = doc.text[max(0, e.trigger_start - 12):e.trigger_start].split()
    return bool(before) and before[-1].lower() in _ANOTHER_ACT


_ANOTHER_CASE = english._cue_words("another_case", "_ANOTHER_CASE", globals())   # separate, separately, unrelated
_CASE_HEAD = 4   # the sentence's first words where :data:`_ANOTHER_CASE` is looked for


def _another_case(doc: Document, e: Event) -> bool:
    """"In a separate case, a 17-year-old boy has been charged with attempted murder": an English sentence that opens
    with a cue ``another_case`` among its first :data:`_CASE_HEAD` words tells another happening; its actor-less
    event is no back-reference to an earlier one of the same code (the arrest before it; session 23, OTH5)."""
    if e.lang != "en":
        return False
    sent = doc.sentences[e.sentence]
    head = doc.text[sent.start:e.trigger_start].replace(",", " ").lower().split()[:_CASE_HEAD]
    return any(w in _ANOTHER_CASE for w in head)


_RALLY_NOUN = english._cue_words("rally_noun", "_RALLY_NOUN", globals())   # gathering, rally, protest, demonstration …


def _rally_retold(doc: Document, e: Event, first_with_actors: dict) -> bool:
    """"Police said the permit covered a public gathering" after "supporters gathered outside the embassy, chanting
    slogans" (141): an actor-less English rally noun (cue ``rally_noun``) of code 040 or root 14 names back the protest
    (root 14) an earlier sentence of its segment coded with actors, whatever code each took; not after a cue
    ``another_case`` ("In a separate protest, …").  Other nouns ("a meeting") stay (session 24, B11EN2)."""
    if e.lang != "en" or not (e.cameo == "040" or e.root == "14") or not e.trigger \
            or e.trigger.split()[-1].lower() not in _RALLY_NOUN:
        return False
    first = min((n for (seg, code), n in first_with_actors.items() if seg == e.segment_kind and code[:2] == "14"),
                default=e.sentence)
    return first < e.sentence and not _another_case(doc, e)


def _instrument_of(doc: Document, e: Event, kept: list[Event]) -> bool:
    """Is the ب-noun event ``e`` the means of an asserted verb event of its root kept just before it in its clause
    (at most 40 characters between, no comma or full stop)?"""
    for v in reversed(kept):
        if v.sentence != e.sentence or v.trigger_end > e.trigger_start:
            continue
        if v.root == e.root and ":verb:" in v.rule and not v.negated and not v.historical \
                and e.trigger_start - v.trigger_end <= 40:
            between = doc.text[v.trigger_end:e.trigger_start]
            return not any(c in between for c in "،,.؛;")
    return False


def _en_domestic(doc: Document, events: list[Event]) -> None:
    """English: a country-less generic actor (police, protesters, the army, President X) takes the
    country of the sentence when exactly one country is named in it (actors and places) —
    "Kenyan police arrested demonstrators" -> KENCOP vs KENCVL.  International actors (IGO …)
    are left alone; with two or more countries nothing is guessed."""
    for ev in events:
        if ev.lang == "en" and ev.source_code and not ev.source_country and ev.source_code[:3] not in _INTL \
                and ev.source_span and ev.sentence > 0 and _opens_with_its(doc, ev):
            c = english.opening_subject_country(doc, ev.sentence - 1)
            if c:   # "Rwanda did not deny … Its foreign ministry blamed Kinshasa …": the body is Rwanda's (s41)
                ev.source_country, ev.source_code = c, c + ev.source_code
    _fill_domestic(doc, [ev for ev in events if ev.lang == "en"], mark=False)


_POSS_OPENER = re.compile(r"\s*(Its|Their)\s+")


def _opens_with_its(doc: Document, ev: Event) -> bool:
    """Is the event's source the sentence's opening "Its / Their + noun" ("Its foreign ministry said …"; the span with
    or without the pronoun)?"""
    m = _POSS_OPENER.match(doc.text, ev.sentence_start)
    return m is not None and ev.source_span[0] in (m.start(1), m.end())


def _ar_domestic(doc: Document, events: list[Event]) -> None:
    """Arabic, every type but ASSAULT / PROTEST (whose span gold codes a country-less target without
    a country, see the data README): as :func:`_en_domestic`, a country-less generic actor
    (الشرطة، الصحفيين، المتظاهرون) takes the country of the sentence when exactly one country is
    named in it: "اعتقلت السلطات التركية عشرات الصحفيين" -> TURMED.  Option ``ar_domestic``;
    the rule names carry ``:src-domestic`` / ``:tgt-domestic``."""
    _fill_domestic(doc, [ev for ev in events if ev.lang == "ar" and ev.plover_type not in _PLACE_OF_TARGET],
                   mark=True)


_PLACE_NAMED_NOUN = english._cue_words("place_named_noun", "_PLACE_NAMED_NOUN", globals())   # plan, talks …
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


def _place_names_thing(doc: Document, pl) -> bool:
    """English "rejected the Kingston plan", "the Minsk agreements": a place between "the" and a noun of cue
    ``place_named_noun`` names a plan or a meeting, no country of the sentence (session 41, gapen41)."""
    if not _THE_BEFORE.search(doc.text[max(0, pl.start - 5):pl.start]):
        return False
    m = _NOUN_AFTER.match(doc.text, pl.end)
    return m is not None and m.group(1) in _PLACE_NAMED_NOUN


def _fill_domestic(doc: Document, events: list[Event], mark: bool) -> None:
    """The shared step of :func:`_en_domestic` and :func:`_ar_domestic`: each country-less,
    non-international side of these events takes its sentence's only named country."""
    # (a side with a code, no country and no international top; the two sides read directly)
    todo = [ev for ev in events
            if (ev.source_code and not ev.source_country and ev.source_code[:3] not in _INTL)
            or (ev.target_code and not ev.target_country and ev.target_code[:3] not in _INTL)]
    if not todo:
        return
    # the countries named in each sentence that needs them, in one pass over actors and places
    bounds = sorted({(ev.sentence_start, ev.sentence_end) for ev in todo})
    starts = [b[0] for b in bounds]
    per_sentence: dict = {b: {} for b in bounds}   # country -> the actor ids (or "place") that name it

    where: dict = {}   # (sentence bounds, country) -> the offsets of its mentions

    def note(pos, country, who):
        k = bisect_left(starts, pos + 1) - 1
        if k >= 0 and pos < bounds[k][1]:
            per_sentence[bounds[k]].setdefault(country, set()).add(who)
            where.setdefault((bounds[k], country), []).append(pos)
    for a in doc.actors:
        if a.country:
            for sp, _ in a.spans:
                note(sp, a.country, a.id)
    named = {sp for a in doc.actors if a.country for sp, _ in a.spans}
    for pl in doc.places:
        if pl.country and pl.start not in named and not _place_names_thing(doc, pl):
            note(pl.start, pl.country, "place")    # (a country actor's own name is no second naming)
    # a compound fan-out (see _compound) is one event: the targets of all its parts are the event's own
    comp_tgts: dict = {}
    # the actors each source acts on in a later joined clause of its sentence (a verb with و / ف):
    # "رفض الوزير التصريحات واتهم إيران": the minister's counterpart there is not his nationality
    acted_on: dict = {}
    # every actor a source acts on in its sentence (Arabic; session 33): "قرر المجلس تقديم شكوى … ضد أنقرة، ومطالبة
    # الحكومة التركية بسحب قواتها": a country named only by the source's own targets is not the source's
    targets_of: dict = {}
    for ev in events:
        if ev.lang == "ar" and ev.source_actor_id and ev.target_actor_id and ev.target_actor_id != ev.source_actor_id:
            targets_of.setdefault((ev.sentence, ev.source_actor_id), set()).add(ev.target_actor_id)
        if ":compound" in ev.rule and ev.target_actor_id:
            comp_tgts.setdefault(ev.trigger_start, set()).add(ev.target_actor_id)
        if ev.source_actor_id and ev.target_actor_id and ev.target_actor_id != ev.source_actor_id \
                and ":verb:" in ev.rule and ev.trigger[:1] in ("و", "ف") and len(ev.trigger) >= 4:
            acted_on.setdefault((ev.sentence, ev.source_actor_id), []).append((ev.trigger_start, ev.target_actor_id))
    # (session 51) the bare groups of people (نواب، قوى، أحزاب), not a body's name that several states share
    # ("انتقد مجلس الشورى قرار الحكومة الإيرانية" in a Doha story is Qatar's council); built on the first candidate
    groups = None
    for ev in todo:
        if ev.lang == "ar" and not ev.source_country and _home_critic(ev) and ev.source_actor_id in (
                groups if groups is not None else (groups := {a.id for a in doc.actors if a.kind == "group"})):
            # (session 51) "واتهم نواب من هذه القوى السوداني": bare lawmakers judging a government are its own
            ev.source_country, ev.source_code = ev.target_country, ev.target_country + ev.source_code
            if mark:
                ev.rule += ":src-home-critic"
            continue
        b = (ev.sentence_start, ev.sentence_end)
        named = per_sentence[b]
        for side in ("source", "target"):
            countries = named
            if ev.lang in ("en", "ar") and named:
                # "… and said … a repeat of Ukraine's uprising", '"We call on the PRC …," spokesman X said': the
                # reported words' countries are not the side's (session 21 B8EN); Arabic: a later clause opened by
                # فيما / بينما (while) only (session 26 B15AR)
                ex = later_clause_en.excluded(doc, ev, side) if ev.lang == "en" else later_clause_en.cut_range(doc, ev)
                if ex:
                    countries = {c: w for c, w in named.items()
                                 if any(all(not (x0 <= p < x1) for x0, x1 in ex) for p in where[(b, c)])}
            if len(countries) != 1:
                continue
            c, who = next(iter(countries.items()))
            code = getattr(ev, f"{side}_code")
            if side == "source" and ev.lang == "ar" and ev.target_actor_id and (
                    who == {ev.target_actor_id} or (":compound" in ev.rule and who <= comp_tgts.get(ev.trigger_start, set()))):
                # "اعتقلت قوات عشرين فلسطينيا": the victims' nationality is not the agent's
                continue
            if side == "source" and ev.source_actor_id and who <= {
                    t for ts, t in acted_on.get((ev.sentence, ev.source_actor_id), ()) if ts > ev.trigger_start}:
                continue
            held = ev.lang == "ar" and _held_meeting(doc, ev)   # a body convened at home (session 55)
            if side == "source" and ev.lang == "ar" and ev.source_actor_id and not held and \
                    who <= targets_of.get((ev.sentence, ev.source_actor_id), set()):
                continue
            if side == "source" and ev.lang == "ar" and ev.target_country == c and ev.cameo in _ENVOY_ACTS:
                continue   # "إن وزارة الخارجية استدعت السفير [الفرنسي]": a summons or an expulsion of an envoy is his
                # host's act, never his own country's (session 34)
            if side == "target" and ev.lang == "ar" and ev.cameo[:2] == "04" and ev.source_actor_id and not held and \
                    who == {ev.source_actor_id}:
                continue   # "التقى وزير الخارجية الفرنسي رئيس الوزراء": a visitor's host is not of his country
            if ev.lang == "ar" and ev.cameo[:2] in _COOP_ROOTS and ev.source_role == ev.target_role and (
                    (side == "source" and ev.target_actor_id in who and ev.target_country == c)
                    or (side == "target" and ev.source_actor_id in who and ev.source_country == c)):
                continue   # "وقع وزير الحج مع وزير الشؤون الدينية الإندونيسي اتفاقية": a partner of the same role is
                # the other side's counterpart abroad, not of its country (either direction; session 47)
            if side == "target" and ev.lang == "ar" and ev.source_country == c and mission_staff.bare_mission(doc, ev):
                continue   # "وقالت الخارجية الأردنية إنها تدين الهجوم على السفارة": not its own embassy (s24 B11AR2)
            other = "target" if side == "source" else "source"
            if ev.lang == "ar" and getattr(ev, f"{other}_country") == c and counterpart.is_side(doc, ev, other):
                continue   # "التقى الوزير نظيره الإندونيسي": the counterpart's country is not the minister's
            if side == "source" and ev.lang == "ar" and ev.cameo[:2] in _COOP_ROOTS and ev.source_span and \
                    not ev.target_actor_id and \
                    "place" not in who and all(sp >= ev.source_span[1] for a in doc.actors if a.id in who
                                               for sp, _ in a.spans if ev.sentence_start <= sp < ev.sentence_end):
                # "استقبل الوزير وفدا من هيئة الحج الباكستانية": in a cooperative act whose counterpart was not
                # found, the country named only after the subject's phrase is the counterpart's (session 14)
                continue
            if code and not getattr(ev, f"{side}_country") and code[:3] not in _INTL:
                setattr(ev, f"{side}_country", c)
                setattr(ev, f"{side}_code", c + code)
                if mark:
                    ev.rule += ":src-domestic" if side == "source" else ":tgt-domestic"


_HELD_GAP = re.compile(r"\s+(?:\S+\s+)?ل$")   # the noun, at most one adjective, then the clitic لـ
_HELD_WITH = re.compile(r"\s+(?:[^\s،,.]+\s+){0,5}مع\s+$")   # "اجتماعا طارئا مع" / "مشاورات أمنية بشأن الهجوم مع"


def _held_meeting(doc: Document, ev: Event) -> bool:
    """Is the event a meeting noun held by a light verb's subject with the body convened after لـ ("وترأس رئيس الوزراء
    العراقي اجتماعا طارئا لقادة الأجهزة الأمنية", either direction; `_held_for`)?  Chairing a meeting of a
    country-less body is done at home: the domestic fill may give the body the chair's country, which the visit rule
    ("التقى وزير الخارجية الفرنسي رئيس الوزراء": the host is not the visitor's) and the own-target rule withhold."""
    if ev.cameo[:2] != "04" or ":mutual" not in ev.rule:
        return False
    sp = next((s for s in (ev.target_span, ev.source_span) if s and s[0] >= ev.trigger_end), None)
    if sp is None:
        return False
    if ":noun:" in ev.rule and _HELD_GAP.match(doc.text, ev.trigger_end, sp[0]) is not None \
            and sp[0] - ev.trigger_end < 30:
        return True
    return _HELD_WITH.match(doc.text, ev.trigger_end, sp[0]) is not None \
        and _held_verb(doc.text[ev.sentence_start:ev.trigger_end])


def _held_verb(text: str) -> bool:
    """Does ``text`` (the sentence up to the trigger's end) hold a verb of holding or chairing a meeting (cue
    ``held_meeting``: عقد، ترأس, with و / ف -- not a call, أجرى اتصالا) with a word after it?"""
    lex = get_lexicon("ar")
    words = text.split()
    if not text[-1:].isspace():
        words = words[:-1]   # (the verb needs a word after it)
    return any("held_meeting" in lex.cue(normalize(w)) for w in words)


# (session 51) bare lawmakers, parties and the opposition judging or pressing a government: their own
_HOME_CRITICS = frozenset(("LEG", "PTY", "OPP"))
_HOME_CRITIC_ROOTS = frozenset(("10", "11", "12", "13"))


def _home_critic(ev: Event) -> bool:
    """"واتهم نواب من هذه القوى السوداني بـ …": country-less lawmakers, parties or opposition (a bare group, no name)
    demanding of, accusing, rejecting or threatening a state's government or leader are that state's -- a foreign
    parliament or party is named with its nationality; so the one country the sentence names, the target's, is theirs
    too, whatever else the sentence names ("في إشارة إلى ماضي الشرع"; the victims' rule keeps an agent of force
    apart from its victims' country)."""
    return ev.source_role in _HOME_CRITICS and ev.cameo[:2] in _HOME_CRITIC_ROOTS \
        and ev.target_role == "GOV" and bool(ev.target_country)


_ENVOY_ACTS = frozenset(("114", "161", "166"))   # summon / recall / expel: never a self-loop by domestic fill (s34)


# top-level codes that are no country (the non-state tops of marsad/data/actors/codes.tsv: IGO, NGO,
# IMG, … and the regional blocs WST, ARB, EUR, …): never given a sentence's country or a place's
# country.  Kurds (KUR) are a people living in states, so a Kurdish actor may take one.
_INTL = frozenset(c for c in NONSTATE_TOPS if c != "KUR")   # (iterating fills the lazy set)


def _year(s: Optional[str]) -> Optional[int]:
    if s and len(s) >= 4 and s[:4].isdigit():
        return int(s[:4])
    return None


# ----------------------------------------------------------------------------- triggers
def _boundary(w) -> bool:
    return (w.punct and (w.text in PUNCT_BOUNDARY or w.text in ".!?؟")) or "boundary" in w.cue or "comp" in w.cue


_END_PUNCT = frozenset(PUNCT_BOUNDARY | set(".!?؟"))




def _boundaries(words, cues) -> list:
    """``[_boundary(w) for w in words]`` (as truth values): boundary punctuation, then the boundary and complementizer cue words from the sentence's cue index."""
    bnd = [False] * len(words)
    for k, w in enumerate(words):   # (a plain loop: the slot reads are faster than map(attrgetter))
        if w.punct and w.text in _END_PUNCT:
            bnd[k] = True
    for t in ("boundary", "comp"):
        for k in cues.get(t, ()):
            bnd[k] = True
    for k in cues.get("lapse", ()):
        if k > 0 and bnd[k - 1] and "boundary" in words[k - 1].cue and (k + 1 >= len(words) or words[k + 1].norm != "من"):
            # "بعد ساعات": an adverb of time, no clause (session 18 B5AC); "بعد ساعتين من الاختطاف" still opens one
            bnd[k - 1] = False
    for k in cues.get("since_day", ()):
        if k > 0 and bnd[k - 1] and "since_time" in words[k - 1].cue:
            bnd[k - 1] = False   # "وقصفت إسرائيل منذ الاثنين أرتال القوات": منذ + a day is an adverb, no clause (s42)
    for k in cues.get("aux", ()):
        _verb_list(words, k, bnd)   # "would identify, track and punish every terrorist": one modal's verbs (s29)
    for k in cues.get("coord_adverb", ()):
        if bnd[k] and k > 0 and "aux" in words[k - 1].cue:
            bnd[k] = False   # "Russia has since deepened its ties": an adverb after an auxiliary (session 10 EN3)
    aside = cues.get("aside")
    if aside:
        _comma_aside(words, aside, bnd)
    _name_apposition(words, bnd)
    for k in cues.get("as_before", ()):
        # "Russia vetoes UN resolution as West condemns move", "shelled the town as rebels attacked": "as" before a
        # capitalised name opens a clause (not "such as Egypt", "known as Hamas", "as well as")
        if 0 < k < len(words) - 1 and words[k].norm == "as" and words[k - 1].norm not in _AS_PREP_BEFORE and (
                (words[k + 1].text[:1].isupper() and words[k + 1].norm not in _EN_DET) or _as_subject(words, k)):
            bnd[k] = True
    return bnd


def _name_apposition(words, bnd) -> None:
    """"Kono and his South Korean counterpart, Kang Kyung-wha, met in Beijing": a name of one to four capitalised words
    set off by two commas right after a lower-case noun (a title: counterpart, minister, spokesman) and before a
    lower-case word (the verb) is the noun's apposition, no clause: its commas end none (session 32;
    english.name_apposition_end)."""
    for k in range(1, len(words) - 3):
        if bnd[k]:
            m = english.name_apposition_end(words, k)
            if m < 0 and words[k].text == "," and words[k - 1].text[:1].isupper():
                m = english.description_apposition_end(words, k)   # "China, Pakistan's closest ally, voiced" (s41)
            if m > k:
                bnd[k] = bnd[m] = False
            elif english.name_apposition_close(words, k) > k:
                bnd[k] = False   # "met the summit's host, Prime Minister X, and …": the name is the object; the
                # closing comma before the conjunction still ends the clause (session 47)


def _comma_aside(words, aside, bnd) -> None:
    """"Russia's foreign ministry, however, expressed support": a discourse aside of one to three ``aside`` cue words
    set off by two commas after a word (not at the sentence start) opens no clause: its subject is the verb's
    ("Iran, for its part, rejected the plan") (session 31)."""
    at = set(aside)
    for k in sorted(at):
        if k < 2 or k - 1 in at or words[k - 1].text != ",":
            continue
        j = k
        while j in at and j - k < 3:
            j += 1
        if j < len(words) - 1 and words[j].text == "," and j - k <= 3 and not words[k - 2].punct:
            for x in range(k - 1, j + 1):
                bnd[x] = False


def _verb_list(words, k, bnd) -> None:
    """An English auxiliary at ``k`` before a list of bare verbs "V1, V2 and V3" (a quote mark may open it: 'would
    "identify, track and punish every terrorist"'): the commas of the list end no clause, so the modal scopes over
    every verb of it (the future / intent of the last one; session 29 B20EN).  Only lower-case one-word items."""
    n = len(words)
    j = k + 1
    if j < n and words[j].punct and words[j].text in "\"“'":
        j += 1
    if not (j + 3 < n and words[j].text.isalpha() and words[j].text.islower() and words[j + 1].text == ","):
        return
    commas = []
    j += 1
    while j + 2 < n and words[j].text == "," and words[j + 1].text.isalpha() and words[j + 1].text.islower():
        commas.append(j)
        j += 2
    if commas and j + 1 < n and words[j].norm == "and" and words[j + 1].text.isalpha() and words[j + 1].text.islower():
        for c in commas:
            bnd[c] = False


def _country_pair_comma(words, args, bnd) -> None:
    """"India, Pakistan trade fire …", "US, China hold talks": two countries opening the sentence, joined by a
    comma and followed by a lower-case word (the verb), are one coordinated subject: that comma ends no clause
    (session 22, GAPS).  "Kenya, which …" / "In Nairobi, Kenya …" are no such pair."""
    a, b = args[0], args[1] if len(args) > 1 else None
    k = a.i1
    if b is None or b.i0 != k + 1 or k >= len(words) or words[k].text != "," or b.i1 >= len(words):
        return
    if a.actor.kind == b.actor.kind == "country" and not words[b.i1].punct and words[b.i1].text[:1].islower():
        bnd[k] = False


def _as_subject(words, k) -> bool:
    """"shelled the town as rebels attacked a checkpoint": a lowercase plural noun (after an optional
    determiner) and a verb trigger or auxiliary right after it open a clause (session 10 EN3)."""
    j = k + 1
    if j < len(words) and words[j].norm in _EN_DET:
        j += 1
    if j + 1 >= len(words) or words[j].punct or not words[j].text.isalpha() or not words[j].text.endswith("s"):
        return False
    v = words[j + 1]
    # (or a past form: "as militants tried to cross"; a participle there opens a clause too)
    return any(t.kind == "verb" for t in v.trig[1]) or "aux" in v.cue or "be" in v.cue \
        or (v.norm.endswith("ed") and len(v.norm) > 4 and v.text.isalpha())


_AS_PREP_BEFORE = frozenset(["such", "known", "as", "same", "well", "serve", "served", "serves", "serving", "named",
                             "appointed", "elected", "sworn", "designated", "listed", "described", "identified"])


def _clause_at(bpos, n, i, last):
    """``_clause(words, i, last, bnd)`` from ``bpos``, the ascending positions of the boundary words (two
    bisects instead of two walks)."""
    j = bisect_left(bpos, i)
    k = bisect_left(bpos, last + 1, j)
    return (bpos[j - 1] + 1 if j else 0), (bpos[k] if k < len(bpos) else n)


# besides the cooperation roots, the roots whose noun after a light / announcing verb is a report: a show of force (15),
# a sanction (16), an arrest or a curfew (17); not the assaults and protests the learned filter judges (14, 18-20)
_ANNOUNCED_ROOTS = frozenset(["15", "16", "17"])
# (session 51) a judgement right after عن under an expressing verb: "أعربت السعودية عن إدانتها الشديدة …" is the
# condemnation made now (the noun with its owner's pronoun), as an expressed readiness is
_EXPRESSED_ROOTS = frozenset(["11", "12"])
_COOP_ROOTS = frozenset(["03", "04", "05", "06"])   # cooperative roots: conjoined subjects act mutually
_EN_OBJ_LEAD = frozenset(["the", "a", "an", "with", "its", "their", "his", "her"])   # words before a verb's own object
_THIRD_PARTY = english.THIRD_PARTY   # (one set for both languages' conjoined-subject rules)


# the endings of an adjective agreeing with طائرة / طائرات / طائرتان (مسيرة، مسيرات، مقاتلتان)
_AIRCRAFT_ADJ_END = ("ة", "ات", "تان", "تين")


_MISS = object()




def _find_triggers(words, lex, lang, cands=None):
    """[(word index, last word index, Trigger, prep word index or -1)]; ``cands``: the positions of the words
    with trigger entries when known (``structure.sentence_view`` of the sentence, read with ``lex``)."""
    memo = lex._lookup_memo   # Lexicon.lookup's memo, read directly (one call per word saved)
    get = memo.get
    # the words that can hold entries: their entries came with the words (structure.words_of, when it read
    # them with this lexicon); else not punctuation, and entries for the whole word or else for its stem
    # (or not yet looked up: _MISS)
    own = bool(words) and words[0].trig[0] is lex
    if not own:
        cands = [k for k, w in enumerate(words) if not w.punct and (get(w.norm, _MISS) or (w.stem and get(w.stem, _MISS)))]
    elif cands is None:
        cands = [k for k, w in enumerate(words) if w.trig[1]]
    if not cands:
        return []   # (most sentences: no word with an entry)
    out = []
    consumed: set[int] = set()
    n = len(words)
    for i in cands:
        if i in consumed:
            continue
        w = words[i]
        if own:
            entries = w.trig[1]
        else:
            entries = memo.get(w.norm)
            if entries is None:
                entries = lex.lookup(w.norm)
            if not entries and w.stem:
                entries = lex.lookup(w.stem)
            if not entries:
                continue
        if lang == "en" and i > 0 and w.norm.endswith("s") and not w.norm.endswith("ss") \
                and any(e.kind == "verb" for e in entries) and any(
                t.kind == "verb" and t.cameo[:2] == "12" for t in (lex.lookup(words[i - 1].norm) or ())):
            # "has rejected calls for new elections", "dismissed demands for …": the object of a rejection is a
            # noun (someone else's calls), no verb of the rejecter (session 29)
            entries = [e for e in entries if e.kind != "verb"]
            if not entries:
                continue
        if lang == "en" and i > 0 and w.norm.endswith("s") and not w.norm.endswith("ss") and _after_count(words, i) \
                and any(e.kind == "verb" for e in entries):
            # "a minimum wage of 6,000 Egyptian pounds", "40 rounds": an -s form after a count (and at most one
            # capitalised adjective) is a counted plural noun, no verb of a subject (session 54)
            entries = [e for e in entries if e.kind != "verb"]
            if not entries:
                continue
        if lang == "en" and i > 0 and w.norm.endswith("s") and words[i - 1].norm in _EN_POSS \
                and not any(e.kind == "noun" for e in entries):
            # "for its purchases of Russian oil": a plural after a possessive is a noun; a verb row has no reading
            # there (session 45)
            continue
        if lang == "en" and i > 1 and words[i - 1].norm in ("a", "an") and (words[i - 2].norm in _EN_COPULA or (
                i > 2 and words[i - 2].text in _QUOTE_MARKS and words[i - 3].norm in _EN_COPULA)) and any(
                e.kind == "verb" and e.lemma == w.norm for e in entries):
            # "the decision was a surrender to terrorism": a verb's base form as a predicate noun labels what the
            # subject did (no act of its own); only the noun rows read it (session 30; "imposed a blockade",
            # "carried out a massacre" keep their verb rows as the object of a light verb)
            entries = [e for e in entries if not (e.kind == "verb" and e.lemma == w.norm)]
            if not entries:
                continue
        if lang == "en" and i > 1 and words[i - 1].text == "-" and words[i - 2].end == words[i - 1].start \
                and words[i - 1].end == w.start:
            continue   # "the U.S.-backed foundation", "a U.N.-led force": the second half of a compound adjective
            # the tokenizer split after an abbreviation's period (as "UN-backed", one token, has no trigger; s47)
        if "time" in w.cue and ((i + 1 < n and "time" in words[i + 1].cue) or (i > 0 and words[i - 1].norm in ("في", "منذ", "حتي"))):
            continue   # فجر أمس = dawn, not "detonated"
        if i > 0 and ("charge" in words[i - 1].cue or (
                lang == "ar" and i > 1 and "charge" in words[i - 2].cue and not words[i - 1].punct
                and words[i - 1].text[:1] != "و" and w.text[:1] != "و")):
            continue   # بتهمة تفجير سيارة، تهم قتل: the crime charged, not an act (session 22, DETA); two words on too:
            # "بتهمة إثارة الشغب"، "بتهمة قتل متظاهرين" in Arabic, no و between (session 25, OTH8; "denied the accusations
            # and resigned" keeps its resignation)
        if w.text.endswith(_AIRCRAFT_ADJ_END) and i > 0 and (
                "veto_next" in words[i - 1].cue or (i > 1 and "veto_next" in words[i - 2].cue
                                                    and words[i - 1].norm.endswith(("يه", "يين", "يون")))):
            continue   # طائرة مسيرة / طائرة أمريكية مسيرة = a drone, not a march; a word that cannot agree with
            # the aircraft as an adjective is its predicate or the next phrase (الطائرات الإسرائيلية قصفت …، غاراتها)
        if lang == "ar" and i > 0 and any("give_obj" in words[j].cue for j in range(max(0, i - 2), i)) and all(
                e.kind == "noun" and e.cameo[:2] == "01" for e in entries):
            continue   # "يمنح شعبنا أملا"، "يبعث الأمل": hope given to someone, no one's statement of hope (s26 B16AR)
        best = None
        for e in (entries if len(entries) == 1 else _ordered(entries, _nounish(words, i, lang))):
            p = _find_prep(words, i, e, lang) if e.prep else -1
            if e.prep and p < 0:
                continue
            o = _find_obj(words, i, e, lex) if e.obj else -1
            if e.obj and o < 0 and lang == "ar":
                o = antecedent_act.relative_object(words, i, e)   # "وهو ما نفته الوزارة": ما is the object (s23)
            if e.obj and o < 0 and lang == "en" and e.kind == "verb" and i + 1 < len(words) \
                    and words[i + 1].norm == "it" and _it_antecedent(words, i, e, lex):
                o = i + 1   # "lifted martial law hours after he declared it": "it" is the object word told before
                # in the sentence (session 29 B20EN)
            if e.obj and o < 0:
                continue
            if lang == "ar" and e.cameo == "016" and antecedent_act.idiom_subject(words, i, o):
                continue   # "وهذا لا ينفي ذلك"، "لا ينفي ذلك أن …": does not rule out, no denial (session 24 GAPA3)
            if e.cond and e.cond in _purpose_conds(lex) and not _purpose_seen(words, i, e.cond):
                continue   # (session 16) no purpose word: the next entry (استدعاء السفير without للتشاور: a summons)
            if e.cond == "next_obj" and o != i + 1:
                continue   # "حل الحكومة" (a government dissolved), not "حل الأزمة مع الحكومة" (a solution; session 34)
            if e.cond == "bare_obj" and any(words[x].norm in _EN_OBJ_PREPS for x in range(i + 1, o)):
                continue   # "called his counterpart" (a call), not "called on his counterpart to act" (session 41)
            if e.cond == "visit_on" and not _visit_on(words, i):
                continue   # "called on Prime Minister Modi at his residence" (a courtesy visit), not an appeal (s51)
            if e.cond == "fly_to" and not _fly_to(words, i):
                continue   # "the minister flew to Amsterdam" (a visit), not "a jet flying from Baku to Grozny" (s54)
            if e.cond == "back_obj" and not (i < o - 1 and words[o - 1].norm == "to" and o + 1 < n
                                              and words[o + 1].norm == "back"):
                continue   # "vowed (on Sunday) to strike back" (a threat), not "vowed to strike a deal" (session 54
                # enmiss54): the object word is the infinitive and "back" follows it
            if e.cond == "near_unqualified" and (o - i > 3 or (o + 1 < n and words[o + 1].norm == "of")):
                continue   # "sent teams", "sent a team from its emergency ministry" (aid), not "a team of
                # investigators" (the team's members tell what it is: their own row or none; session 52)
            if e.cond == "near_obj" and o - i > 3:
                continue   # "شن هجوما لاذعا" (criticism), not "… المكتب السياسي" far off: the next row (session 41)
            if e.cond == "near_subj" and not 0 < o - i <= 2:
                continue   # "وضربت مسيرة سفينة": the weapon is the verb's subject right after it, not a word far off
                # ("ضرب مثالا … بالصواريخ") nor before it ("القذيفة التي ضربت الحوت": a relative clause's head; the
                # GSR ASSAULT CV fell .7621 -> .7585 with it; session 53, ARMISS53)
            if e.cond == "direct_obj" and e.kind == "noun" and 0 <= o < i:
                continue   # "اتفاق لإنهاء الأزمة": a word before the verbal noun is no direct object (session 30)
            if lang == "ar" and e.obj and o > i + 1 and e.cond != "direct_obj" and any(
                    words[x].text in ("إن", "إنه", "إنها") for x in range(i + 1, o)):
                continue   # 'في بيان نشره على منصة "إكس" إن "الحكومة … تحشد قواتها"': an object word inside a reported
                # clause is no object of a verb before its complementizer (session 37; direct_obj: below)
            if e.cond == "direct_obj" and o > i and any("obj_block" in words[x].cue or "comp" in words[x].cue
                                                        for x in range(i + 1, o)):
                # "اعترضت المعارضة على شراء قوارب": an objection, not an interception (session 19 B6TR); "أكد أن
                # بلاده ستواصل دعم …": the object word inside a content clause is no object (session 22 B9AR)
                continue
            if e.cond == "lower_obj" and o > i and (words[o].text[:1].isupper() or (
                    i + 1 < n and (words[i + 1].norm == "for" or "appeal_prep" in words[i + 1].cue))):
                continue   # "a coalition called the Victory Alliance": a name, no evaluation; "called on both sides
                # to …, ready to play a constructive role": an appeal, no label (session 23 B10EN3)
            if e.cond == "quoted_label" and not _quoted_label(words, i, entries):
                continue   # "called the ruling \"a bad joke\"": only a label in quotes after an object (session 50)
            if e.cond == "other_owner" and e.kind == "verb" and any("pron_poss" in words[x].cue for x in range(i + 1, o)):
                continue   # "the company shut its offices": its own offices, no sanction on another (session 26 B16EN)
            if e.cond == "described" and not _described_as(words, i, o):
                continue   # "وصف X بأنها إيجابية": the judging word after بأنه / بأنها (session 27 B19AR)
            if e.cond == "prep_obj" and not (0 <= p and o == p + 1):
                continue   # the object word is the preposition's own object (session 29 B20AR): "انسحاب قوات التحالف من
                # المدينة" (the body word before من is the agent), "عقوبات على منظمي التظاهرات" (the organisers)
            if e.cond == "state_obj" and not state_object.maybe(words, i):
                continue   # "would strike Israel": after would / will / to, a name next (the state: state_object.keep)
            if e.cond == "comply_deadline" and any(words[x].norm in ("leave", "depart") for x in range(o + 1, min(n, o + 4))):
                continue   # "given a week to leave Norway": the time a diplomat is given to leave tells the expulsion
                # again, no ultimatum (session 37)
            if e.cond == "leave_deadline" and (
                    words[i].norm == "given"   # ("were given 72 hours to leave": the envoy_leave_en rule's)
                    or not any(words[x].norm in ("leave", "depart") for x in range(o + 1, min(n, o + 4)))
                    or any(t.cameo[:3] in ("166", "174") for x in range(i) for t in (words[x].trig[1] or ()))):
                continue   # "gave U.S. diplomats 72 hours to leave": only the time given to leave is an expulsion, and
                # only when no expulsion is told before it ("declared … persona non grata and gave him 72 hours", s39)
            if e.cond == "envoy_subject" and not envoy_leave_en.maybe(words, i):
                continue   # "Russia's ambassador would have to leave Estonia": a diplomat obliged to leave (s27 B15EN2)
            if 0 <= o < p and lang == "ar" and all(len(x) == 1 for x in e.prep):
                # a clitic preposition's object word is its own word or follows it (اعترف بدولة فلسطين),
                # never a word before it (اعترف تنظيم الدولة بمسؤوليته: الدولة belongs to a name)
                o = next((j for j in range(p, min(len(words), p + 3)) if words[j].norm in e.obj
                          or any(c in e.obj for c in lex.candidates(words[j].norm))), -1)
                if o < 0:
                    continue
            best = (e, p, o)
            break
        if best is None:
            continue
        e, p, o = best
        if e.kind == "verb" and lang == "en" and w.norm == "met" and _en_passive_no_agent(words, i):
            continue   # "if its demands were not met", "the target has been met": satisfied, no meeting
        if e.kind == "verb" and lang == "en" and i > 0 and words[i - 1].norm in _EN_DET_STRICT and (
                w.norm.endswith("ed") or (w.norm.endswith("ing") and "thing_noun" in w.cue)
                or (out and out[-1][1] == i - 2 and out[-1][2].kind == "verb"
                                          and out[-1][2].cameo[:2] in _EN_COMMENT_ROOTS
                                          and not w.norm.endswith("ing"))):   # ("condemned the shelling of …")
            continue   # "the occupied West Bank", "the wounded": a participle after a determiner is an adjective
            # ("a training flight": an -ing noun listed as thing_noun, session 19 B6TR);
            # "condemned the veto", "welcomed the vote": the object of a comment is the act commented on, coded
            # where it is reported ("reiterated its demand", "announced a suspension" stay acts)
        if e.kind == "verb" and lang == "en" and i > 0 and words[i - 1].norm in _EN_DET_STRICT \
                and "agent_noun" in w.cue:
            continue   # "met the summit's host, …", "Canada's host city": a verb whose noun names a person (cue
            # agent_noun) after a determiner or a possessive is that person, no act (session 47)
        if e.kind == "verb" and lang == "en" and i > 0 and words[i - 1].norm in _EN_PLURAL_DET \
                and w.norm.endswith("s") and not w.norm.endswith("ss") and e.cameo[:2] in _EN_COMMENT_ROOTS \
                and all(x.kind == "verb" for x in entries):
            continue   # "betrayed the hopes of all who …", "fair in some respects": an -s form after a determiner is a
            # plural noun of a verb-only comment lemma (no noun row), no statement (session 32 FIXEN; not the force
            # verbs: "condemned the strikes" reads the strikes as the act referred to)
        if e.kind == "verb" and lang == "en" and i > 0 and words[i - 1].norm in ("to", "as") and w.norm.endswith("s") \
                and not w.norm.endswith("ss"):
            continue   # "fled to shelters": after "to" a verb is bare (session 10 EN3); an -s form is a plural noun;
            # so after "as" ("… sends troops as riots rock Honiara": the verb's subject would stand between; s34)
        if e.kind == "verb" and lang == "en" and i > 0 and w.norm.endswith("s") and not w.norm.endswith("ss") \
                and (words[i - 1].norm in _EN_PREP_NOUN or (
                    # "by delays and cost overruns": a noun modifier after "and" / a preposition before it
                    i > 1 and words[i - 2].norm in (_EN_PREP_NOUN | {"and", "or"}) and words[i - 1].text.isalpha()
                    and words[i - 1].text.islower() and not words[i - 1].norm.endswith("ly")
                    and words[i - 1].norm not in _EN_ADVERB_GAP)) \
                and all(x.kind == "verb" for x in entries) and e.cameo[:2] in _EN_WORD_PLURAL_ROOTS:
            continue   # "strained by delays in the programme": an -s form after a preposition is a plural noun of a
            # verb-only comment lemma, no verb (session 33); a plural of an act ("amid clashes", "a list of demands")
            # still names the happening and is coded
        if e.kind == "verb" and lang == "ar" and w.text[-1:] == "ة" and w.norm not in circumstantial.forms():
            continue   # a verb never ends in taa marbuta: وزارة is no "و + زاره" (visited him); (a listed
            # feminine participle, داعية، رافضة، is the verb's circumstantial form)
        if 0 <= o < i and "light" in w.cue and any(t[0] == o for t in out):
            continue   # "الهجوم الذي نفذه مسلحون"، "غارة شنتها طائرات": the noun's event, the verb gives its agent
        if o > i and "obj_direct" in w.cue and words[i + 1].norm[:1] == "ل" and words[i + 1].norm not in e.obj:
            continue   # تحضر لعقد القمة / للقمة (prepares for), not حضر القمة (attended): cue obj_direct (AR4)
        last = max(i, o) if o > i and e.cond not in ("subj_obj", "near_subj") else i
        # (subj_obj: the word names the intransitive verb's subject, "وانتشرت قوات الأمن", no object the trigger spans)
        if o >= 0:
            consumed.add(o)
            if o > i + 1 and lang == "ar" and any(t.kind == "noun" and t.obj for t in lex.lookup(words[o - 1].norm)):
                consumed.add(o - 1)   # فرض / رفع حظر التجول: the noun of the object phrase is no event of its own
            if o > i and o + 1 < len(words) and "obj_mod" in words[o].cue:
                consumed.add(o + 1)   # "imposed entry bans", "suspend visa-free travel": the object word modifies the
                # next noun, the object's head, which is no event of its own (no 172 ban, no 036 trip; session 21 B8EV)
            if "obj_direct" in w.cue and o + 1 < len(words) and any(
                    t.kind == "noun" and t.cameo[:2] == e.cameo[:2] for t in lex.lookup(words[o + 1].norm)):
                consumed.add(o + 1)   # حضر جلسة المفاوضات: the meeting's genitive is the same meeting (AR4)
        out.append((i, last, e, p))
    return out


def _it_antecedent(words, i, e, lex) -> bool:
    """Does an object word of entry ``e`` stand earlier in the sentence, before the verb at ``i`` whose object is "it"
    ("lifted martial law … after he declared it", "imposed a curfew on Monday and lifted it on Friday")?  The nearest
    noun before the pronoun then is that object (at most 25 words back, no other "it" between)."""
    for j in range(i - 1, max(-1, i - 26), -1):
        x = words[j]
        if x.norm == "it":
            return False
        oc = lex.obj_forms(x.norm)
        if oc and not e.obj.isdisjoint(oc):
            return True
    return False


def _en_passive_no_agent(words, i) -> bool:
    """Is the English participle at ``i`` a passive (a form of "be", maybe with "not" / an adverb, before it) with no
    "by" agent in the next four words?"""
    k = i - 1
    while k >= 0 and (words[k].norm in ("not", "n't", "never", "yet", "fully", "still", "already")):
        k -= 1
    if k < 0 or words[k].norm not in _EN_BE:
        return False
    return not any(words[j].norm == "by" for j in range(i + 1, min(len(words), i + 5)))


_ORDERED: dict = {}


# prepositions no Arabic finite verb follows (not من, also "whoever": "من يطلق رصاصة")
# (nor إلى: "دعت إلى سحب قواتها" is an appeal's content, read by appeal_content)
_AR_NOUN_PREPS = frozenset(("علي", "على", "عن", "في", "حول", "بشان", "بشأن", "ضد", "خلال", "منذ", "اثر", "إثر"))
_EN_CROWD_WORDS = frozenset(("crowds", "crowd", "mob", "mobs"))
_EN_CROWD_PARTICIPLE_GAP = 6    # "crowds defying a curfew set fire": the crowd noun, a participle phrase, the verb


def _en_crowd_subject(words, i: int) -> bool:
    """A crowd noun right before the English verb, or before a present participle phrase that ends at the verb
    ("crowds defying a curfew set fire to parliament", "a mob chanting slogans stormed the station"; session 42)."""
    if i > 0 and words[i - 1].norm in _EN_CROWD_WORDS:
        return True
    for k in range(i - 3, max(-1, i - 1 - _EN_CROWD_PARTICIPLE_GAP), -1):
        if words[k + 1].punct or words[k].punct:
            return False
        if words[k].norm in _EN_CROWD_WORDS:
            return words[k + 1].norm.endswith("ing") and words[k + 1].text.isalpha() and words[k + 1].text.islower()
    return False
_EN_SUBJECT_NOUNS = frozenset(("police", "army", "military", "government", "regime", "militia", "coalition",
                               "opposition", "junta", "navy", "enemy", "group", "council", "court", "president"))


_EN_ADJ_ENDINGS = ("al", "ous", "ful", "ly", "ic", "ive", "ent", "ant", "ed", "ile", "ble", "ish", "less", "ary", "ing",
                   "ant", "ate", "ern", "ese", "ian", "ean", "ist")
# ("ist": "the terrorist attack", "a separatist attack" -- a singular noun in -ist before a base form is its modifier,
# the subject would take "attacks"; session 53)


def _after_count(words, i) -> bool:
    """Is words[i] right after a number written in digits ("6,000", "40"), possibly with one capitalised adjective
    between ("6,000 Egyptian pounds")?"""
    k = i - 1
    if k > 0 and words[k].text[:1].isupper() and words[k - 1].text[:1].isdigit():
        k -= 1
    return words[k].text[:1].isdigit() and words[k].text.replace(",", "").replace(".", "").isdigit()


def _nounish(words, i, lang) -> bool:
    """Does the context of words[i] read it as a noun (``_pos_pref`` without the entry)?"""
    w = words[i]
    if lang == "en":
        prev = words[i - 1].norm if i > 0 else ""
        if _en_quoted_after_det(words, i - 1):
            prev = words[i - 2].norm   # 'condemned the "attack"': a quote opened after the determiner (session 54)
        return prev in _EN_DET or w.norm.endswith("s") and not w.norm.endswith("ss") and prev not in ("he", "she", "it") \
            or (i > 1 and _en_adjective_run(words, i - 1))
    # ("the vile attack", "a brutal attack": an adjective -- by its ending -- between the determiner and the word; not
    # "the police attack protesters", a subject noun before a verb, nor "a bomb attack", a noun compound; session 40)
    if i > 0 and "pron_speaker" in words[i - 1].cue and not w.norm.startswith("ال"):
        return False   # "قال الجيش إنه قصف مواقع": the pronoun is the verb's subject
    return w.norm.startswith(("ال", "وال", "بال", "فال", "لل")) or w.prefix.endswith(("ب", "ل")) \
        or w.text.endswith(("ة", "ةً", "ات")) \
        or any("speech" in words[k].cue for k in range(max(0, i - 3), i)) \
        or (i > 0 and ("noun_next" in words[i - 1].cue or ("noun_gov" in words[i - 1].cue and not w.prefix
                                                          and not _after_attack_verb(words, i)))) \
        or _announced_object(words, i)
    # (a separate preposition governs a noun: "استشهد ثلاثة في قصف إسرائيلي على المخيم" is the bombardment's verbal
    # noun, its nationality adjective the agent -- no verb whose subject is the dead before it; session 54)


_EN_ADJ_JOINS = frozenset(("and", ","))


def _after_attack_verb(words, i) -> bool:
    """Is there a verb form of an attack root (18-20) before words[i] in its sentence?  "قتل عشرة في قصف مدفعي":
    the killing and the shelling after في are one happening that _adjunct_attack joins from their verb readings
    (the more specific code, the attack's author); the noun reading is kept for a shelling with no such verb before it
    ("استشهد ثلاثة في قصف إسرائيلي"; session 54)."""
    for k in range(i - 1, -1, -1):
        t = words[k].trig[1] if words[k].trig else ()
        if t and any(e.kind == "verb" and e.cameo[:2] in ("18", "19", "20") and not e.obj for e in t):
            # (an entry that needs its object words, "أصيب بجروح"، "استشهد برصاص", is no killing verb without them)
            return True
    return False


def _en_adjective_run(words, k: int) -> bool:
    """"a heinous and cowardly terrorist attack", "the heinous attack": adjectives (by their ending; "-ous" may end in
    s), possibly joined by "and" / a comma, between a determiner and the word at k + 1 -- the noun's modifiers, not a
    subject before a verb (session 53)."""
    seen = 0
    while k > 0 and seen < 4:
        x = words[k]
        xn = x.norm
        if xn in _EN_ADJ_JOINS:
            k -= 1
            continue
        if not (xn.isalpha() and x.text[:1].islower() and xn not in _EN_SUBJECT_NOUNS and xn.endswith(_EN_ADJ_ENDINGS)
                and (not xn.endswith("s") or xn.endswith("ous"))):
            return False
        seen += 1
        k -= 1
        if words[k].norm in _EN_DET or _en_quoted_after_det(words, k):
            return True   # ('the "outrageous attack"': the quote opened after the determiner, session 54)
    return False


_EN_OPEN_QUOTES = frozenset(['"', "“", "‘", "'"])


def _en_quoted_after_det(words, k: int) -> bool:
    """Is words[k] a quote mark opened right after a determiner ('the "attack"', 'a "heinous attack"')?  The quoted
    words are the determiner's noun phrase, so a verb-row word there is the noun (session 54, PRECEN54: the quote hid
    the determiner and the condemned "attack" was read as the condemner's own verb)."""
    return k > 0 and words[k].text in _EN_OPEN_QUOTES and words[k - 1].norm in _EN_DET


_ANNOUNCED_REACH = 8   # words between a speech verb and the verbal noun it announces


def _announced_object(words, i) -> bool:
    """"أعلنت الحكومة الانتقالية في مالي أمس الاثنين طرد السفير الفرنسي": a bare verb / verbal-noun homograph (no و / ف)
    after a time word that closes the clause of a speech verb (cue speech, at most :data:`_ANNOUNCED_REACH` words back,
    no punctuation or complementizer between) is the announced act's verbal noun -- a perfect verb cannot follow a
    clause's subject and time without a conjunction (session 33)."""
    w = words[i]
    if i == 0 or w.norm[:1] in ("و", "ف") or "time" not in words[i - 1].cue:
        return False
    for k in range(i - 2, max(-1, i - _ANNOUNCED_REACH - 1), -1):
        x = words[k]
        if x.punct or "comp" in x.cue:
            return False
        if "speech" in x.cue:
            return True
    return False


def _ordered(entries, nounish: bool) -> list:
    """``entries`` in the order ``_find_triggers`` tries them: entries that need a preposition or an object
    first, then the entry whose part of speech fits the context (``_pos_pref``), then file order; memoised
    per entries list (the lexicon's memo keeps them alive) and context."""
    key = (id(entries), nounish)
    got = _ORDERED.get(key)
    if got is None or got[0] is not entries:
        got = (entries, sorted(entries, key=lambda e: (-(bool(e.prep) + bool(e.obj)),
                                                        0 if (e.kind == "noun") == nounish else 1, e.order)))
        if len(_ORDERED) < 100_000:
            _ORDERED[key] = got
    return got[1]


def _pos_pref(e: Trigger, words, i, lang) -> int:
    """0 when the entry's part of speech fits the context, 1 otherwise."""
    w = words[i]
    if lang == "en":
        prev = words[i - 1].norm if i > 0 else ""
        nounish = prev in _EN_DET or w.norm.endswith("s") and not w.norm.endswith("ss") and prev not in ("he", "she", "it")
        return 0 if (e.kind == "noun") == nounish else 1
    nounish = w.norm.startswith(("ال", "وال", "بال", "فال", "لل")) or w.prefix.endswith(("ب", "ل")) \
        or w.text.endswith(("ة", "ةً", "ات")) \
        or any("speech" in words[k].cue for k in range(max(0, i - 3), i)) \
        or (i > 0 and "noun_next" in words[i - 1].cue)   # أسفر قصف …، إثر قصف …: a verbal noun, not a verb
    return 0 if (e.kind == "noun") == nounish else 1


def _anchored(words, i, last, cs, ce) -> bool:
    """Is a verbal noun a report of a happening (هجوم شنه مسلحون، وقع انفجار، اجتماع يعقد اليوم)
    rather than a reference to one (منذ اغتيال الحريري، بعد الاجتماع، مسلسل الاغتيالات)?"""
    n = len(words)
    if i > 0 and "pass_aux" in words[i - 1].cue:
        return True   # وتم استدعاء السفير: the passive of a happening (session 16)
    if (i > 0 and "ref" in words[i - 1].cue) or (i > 1 and "ref" in words[i - 2].cue and not words[i - 1].punct):
        return any("anchor" in words[k].cue for k in range(last + 1, min(n, last + 4)))
    if any("speech" in words[k].cue for k in range(max(0, i - 3), i)):
        return True   # أعلنت روسيا طرد …: an announced action
    cues = cue_index(words)
    return has_cue(cues, "anchor", max(cs, i - 6), min(ce, last + 7), i) or has_cue(cues, "time", cs, ce, i)


_AR_PREP_QUANT = frozenset(("اي", "كل"))   # ب + a short quantifier is still the preposition


_RESUMPTIVE_PREP = {"ب": frozenset(("به", "بها", "بهم", "بهما")),   # (not عليه: "يحكم قبضته عليها" is no arrest)
                    "عن": frozenset(("عنه", "عنها", "عنهم", "عنهما"))}   # "ثم أفرجت عنهم" (a release only, session 14)
_RESUMPTIVE_ALL = frozenset().union(*_RESUMPTIVE_PREP.values())


def _relative_hedge(words, args, cue_start: int) -> bool:
    """"هاجمت الجماعة عشرات السفن التي تقول إنها مرتبطة بإسرائيل": a speech verb right after a relative pronoun (cue
    ``rel``) whose antecedent is no actor (no actor argument ends right before the pronoun) and whose speaker is not
    named in its sentence (the quote's speaker span is empty or an earlier sentence's) hedges a claim about that antecedent ("which it says are
    …"): no statement of its own (session 29 B20AR).  "الوزير الذي قال إن …" keeps its statement."""
    k = next((x for x, w in enumerate(words) if w.start == cue_start), None)
    if k is None or k < 2 or "rel" not in words[k - 1].cue:
        return False
    return not any(a.i1 == k - 1 for a in (args or ()))


_PRON_SUFFIX = {"انه": "ته", "انها": "تها", "انهم": "تهم", "انهما": "تهما"}   # (a verbal noun in ة before its pronoun)


def _speaker_announced(words, i: int) -> bool:
    """"قالت الوزارة إنها قررت أيضا غلق المجال الجوي": the verbal noun at ``i`` is the object of an announcing verb (cue
    ``coop_anchor``, one or two words before it) whose subject is the speaker's pronoun (cue ``pron_speaker``) right
    before that verb: the speaker is the noun's agent (session 29 B20AR)."""
    aux = kind_sets("passive_verb_ar.tsv", ("aux",))["aux"]
    for k in (i - 1, i - 2):
        if k <= 0 or words[k].punct or "pron_speaker" not in words[k - 1].cue or words[k].norm in aux:
            continue   # (not the passive تم: "إنه تم ترحيل …", an expletive pronoun; the passive agent rule reads it)
        if "coop_anchor" in words[k].cue:
            return True
        suf = _PRON_SUFFIX.get(words[k - 1].norm.lstrip("و")) if k == i - 1 else None
        if suf and words[i].norm.endswith(suf) and len(words[i].norm) > len(suf) + 3:
            return True   # (session 38) "أعلن أنه سيقدم استقالته": the noun's own pronoun is the speaker's, as the
            # subject pronoun before any verb is
    return False


def _find_prep(words, i, e, lang) -> int:
    """The index of the trigger's governing preposition after it (-1: none).  (session 53 gapar53) A name's own ب
    (cue b_name: "وأشاد بولس بالدور القطري") is passed over for the verb's own ب later; with none found the name's
    word is taken as before ("وأشاد زعيم الحزب دولت بهتشلي، حليف …، بدعوة": the search stops at the aside)."""
    p = _find_prep_(words, i, e, lang, True)
    if p < 0 and lang == "ar" and any("b_name" in w.cue for w in words[i + 1:i + 20]):
        p = _find_prep_(words, i, e, lang, False)
    return p


def _find_prep_(words, i, e, lang, skip_names: bool) -> int:
    n = len(words)
    # Arabic VSO puts the subject (and the object) between the verb and its preposition:
    # "ودعا مجلس الأمن الدولي الحكومة السودانية إلى …" — look further, not across a clause boundary
    rel_at = -1
    hi = i + (16 if lang == "ar" and e.kind == "verb" else 4)   # (a title + a name: الأمين العام للأمم المتحدة أنطونيو غوتيريش;
    # with an adjunct: ودعا رئيس الحكومة نجيب ميقاتي في اتصال مع رئيس السلطة محمود عباس إلى …)
    if lang == "en" and e.kind == "verb" and i + 3 < n and words[i + 2].norm == "to" \
            and words[i + 1].norm.replace(",", "").isdigit() and words[i + 3].norm.replace(",", "").isdigit():
        hi += 3   # "voted 364 to 194 against the government": a vote's tally is not counted (session 51, enmiss51)
    aside = -1
    for j in range(i + 1, n):
        if j >= hi:
            break
        x = words[j]
        if j <= aside:
            continue
        if x.punct:
            if x.text in PUNCT_BOUNDARY:
                if lang == "ar" and e.kind == "verb" and x.text in "،,":
                    # "اتفق وفدا …، في ختام يومين من المشاورات …، على خارطة طريق", "دعا الرئيس، اليوم الأحد، إلى …":
                    # an adjunct or time aside between commas is passed over, its words not counted (session 26 AR1B)
                    aside = max(fronted.time_aside(words, j), fronted.adjunct_aside(words, j), fronted.pronoun_aside(words, j),
                                fronted.relative_aside(words, j),   # (a relative aside: s32 fixar2)
                                _prep_after_apposition(words, i, j, e))   # (an apposition: session 47)
                    if aside > j:
                        hi += aside - j
                        continue
                return -1
            continue
        if j > i + 3 and ("comp" in x.cue or "boundary" in x.cue):
            if not (lang == "ar" and "rel" in x.cue and j > i + 4):
                return -1
            # "دعا القادة العرب في ختام قمتهم التي عقدت في المنامة يوم الخميس إلى …": a relative clause inside
            # the verb's adjunct does not end the search; the preposition right after the relative's own verb
            # is that verb's ("الذي وصل إلى القاهرة"), not this one's
            rel_at = j
            continue
        if rel_at >= 0 and j <= rel_at + 2:
            continue
        if lang == "ar" and e.kind == "noun" and j > i + 1 and hi < i + 6 and x.norm.startswith("ال") \
                and x.norm.endswith(("ي", "يه")) and not x.cue:
            hi += 1   # "غلق المجال الجوي الجزائري أمام …": a nisba adjective of the noun's object is not counted
            # (at most two; session 29 B20AR)
        if x.norm in e.prep and not (lang == "ar" and "title_prep" in x.cue and _title_prep(words, j) and any(
                words[y].norm in e.prep for y in range(j + 2, min(n, hi + 4)))):
            # ("دعا المبعوث الأممي إلى سوريا … إسرائيل إلى وقف …": the envoy's إلى when the verb's comes later; "دعا
            # المبعوث الأممي إلى وقف القتال" has only the verb's, session 36)
            if lang == "en" and j + 1 < n and "time" in words[j + 1].cue:
                continue   # "was fired on Monday": a date, not the prepositional object
            return j
        if lang == "ar" and j == i + 1 and e.kind == "verb" and x.norm in _RESUMPTIVE_PREP.get(
                next(iter(e.prep)) if len(e.prep) == 1 else "", ()) and (x.norm[:1] == "ب" or (e.cameo[:2] == "08" and (
                _conjoined_word(words[i]) or (i > 0 and words[i - 1].norm == "ثم")))):
            return j   # "وهو ما نددت به طهران": the preposition with the pronoun of the act named before (session 13);
            # عنهم only for a release joined to the act before it (…، ثم أفرجت عنهم؛ وأفرجت عنهم: session 14; not
            # "دافعت عنه أمام البرلمان", nor "ولم يفرج عنه إلا في اليوم الثالث", a man locked in, no actors)
        if lang == "ar" and (_title_prep(words, j) or ("b_stem" in x.cue and not x.norm.lstrip("وف").startswith("بب"))
                             or (skip_names and "b_name" in x.cue)):
            continue   # "ورحبت القائمة بأعمال رئيس البعثة": a title's ب, not the verb's; "ورحبت بعثة الأمم المتحدة
            # بالاتفاق": ب of the word itself (cue b_stem; session 26 AR1C)
        if lang == "ar":
            for p in e.prep:
                if len(p) == 1 and (x.norm.startswith(p) or x.norm.startswith("و" + p)) and (
                        len(x.norm) > 3 or x.norm[1:] in _AR_PREP_QUANT):   # بأي حل، بكل (AR4)
                    return j
                if p == "ب" and x.norm in ("بما", "وبما") and not (j + 1 < n and words[j + 1].norm in ("في", "ان")):
                    return j   # "رحبت الجبهة بما وصفته الموقف المبدئي": ب + the relative ما is the object (session 24);
                    # not "بما في ذلك" (including), "بما أن" (since)
    return -1


_PURPOSE_CONDS: dict = {}   # lang -> the conds named by purpose cues (cues_*.tsv type ``purpose``), per lexicon


_PURPOSE_REACH = {"rally_sign": 16,   # (session 24) "gathered outside the palace in La Paz on Wednesday night, chanting …"
                  "if_threat": 14}    # (session 45) "would take the case to the European Court of Human Rights if …"


_SERVED_REACH = 5   # words from a verb of serving to its term noun ("يقضون أحكاما بالسجن المؤبد أو أحكاما طويلة")


def _served(words, i: int) -> bool:
    """Is words[i], a sentence noun, a term served: a verb of serving (cues_ar serve_of) at most :data:`_SERVED_REACH`
    words before it, no punctuation between (session 43 PREC43)?"""
    for j in range(i - 1, max(-1, i - 1 - _SERVED_REACH), -1):
        if words[j].punct:
            return False
        if "serve_of" in words[j].cue:
            return True
    return False


def _purpose_seen(words, i: int, cond: str) -> bool:
    """Is a purpose word of ``cond`` (cue ``purpose``) among the words after the trigger at ``i`` (nine; a rally's
    signs, after its place and time adjuncts, fifteen)?"""
    hi = min(len(words), i + _PURPOSE_REACH.get(cond, 10))
    if cond == "rally_sign" and any(words[x].cue.get("purpose") == "rally_site" and _outside_of(words, i, x)
                                    for x in range(i + 2, hi)):
        return True    # "thousands of farmers gathered outside the parliament": a crowd at a seat of power (s29)
    return any(words[x].cue.get("purpose") == cond for x in range(i + 1, hi))


def _outside_of(words, i: int, x: int) -> bool:
    """Is the seat-of-power noun at ``x`` the object of "outside" / "in front of" (at most four words between: "the
    Israeli", "the health", "the security service's"; session 52), right after the gathering verb at ``i`` (at most
    one word between: "again")?"""
    for k in range(max(i + 1, x - 6), x):
        w = words[k].norm
        if (w == "outside" or (w == "of" and k and words[k - 1].norm == "front")) and k - i <= 4:
            return True
    return False


def _described_as(words, i: int, o: int) -> bool:
    """"وصف البيت الأبيض المحادثات بأنها إيجابية"، "وصفها بالإيجابية": the object word is the predicate of بأنه /
    بأنها / بأنهم (at most 4 words after it) or carries ب itself, within 12 words of the verb; "بما وصفته بالمجزرة" is a
    condemnation's frame, no event.  The words of a comma aside between the verb and the object word are not counted,
    as _find_obj does not count them ("ووصف الرئيس ضيفه، في حديث للصحفيين على متن الطائرة بعد اللقاء، بأنه «صديق
    رائع»"; session 49, armiss49)."""
    if not i < o or (i and words[i - 1].norm in ("ما", "بما", "مما", "لما")):
        return False
    o_far = o
    o -= _aside_words(words, i, o)
    if o > i + 16:
        return False
    if any(words[x].norm.startswith("بان") for x in range(max(i + 1, o_far - 4), o_far)):
        return True   # (up to 16 words after بأنه: a long subject and object, "ووصف زعيم الحزب المعارض فلان اعتقال
        # فلان بأنه «محاولة انقلاب»", session 29 B20AR)
    if o <= i + 12 and (words[o_far].norm[:1] == "ب" or words[o_far].prefix[:1] == "ب"):
        return True
    # (session 45) 'ووصف الرئيس إسرائيل في كلمته بـ"العدو"': the ب written apart with a tatweel, a quote mark between
    k = o_far - 1
    while k > i and words[k].text in _NAME_QUOTES:
        k -= 1
    return o <= i + 12 and k > i and words[k].text in ("بـ", "ب")


_LABEL_OPENERS = frozenset(("on", "for", "off", "up", "upon", "in", "out", "back", "to", "at", "a", "an", "as",
                            "by", "from", "into", "over", "after", "away"))
_DOUBLE_QUOTES = frozenset('"\u201c')
_LABEL_VERB_FORMS = frozenset(("called", "calling"))
_LABEL_INSIDE = frozenset(("a", "an", "that", "with", "as"))


def _quoted_label(words, i: int, entries) -> bool:
    """"Bardella called the reappointment \"a bad joke\"", "called the ad \"FAKE\"": the verb ``words[i]`` names an
    object (one to ten words, no punctuation, not opened by a preposition or an article: "called on", "called a
    \"national dialogue\"", "a party called \"Renew\"") and then labels it with a quoted phrase -- a judgement.  A
    label holding a praise word of another row of the same verb (its 05 row: "a historic step") is that row's (session
    50, enmiss50)."""
    n = len(words)
    if words[i].norm not in _LABEL_VERB_FORMS or i + 2 >= n or words[i + 1].norm in _LABEL_OPENERS \
            or words[i + 1].text in _QUOTE_MARKS:
        return False
    q = next((j for j in range(i + 2, min(n, i + 12)) if words[j].text in _DOUBLE_QUOTES or words[j].punct), -1)
    if q < 0 or words[q].text not in _DOUBLE_QUOTES or any(words[j].norm in _LABEL_INSIDE for j in range(i + 2, q)):
        return False   # ("calling Castillo a victim of \"undemocratic harassment\"": the label opens before the quote;
        # "warned in a call with troops that …": a noun, no label)
    close = next((j for j in range(q + 1, min(n, q + 16)) if words[j].text in _QUOTE_MARKS), -1)
    if close < q + 2:
        return False
    praise = {o for x in entries if x.cameo[:2] == "05" for o in x.obj}
    return not any(words[j].norm in praise for j in range(q + 1, close))


def _aside_words(words, i: int, o: int) -> int:
    """How many words (the commas with them) the comma asides between a verb ``words[i]`` and its object word
    ``words[o]`` hold: time, pronoun, relative, adjunct and apposition asides, as _find_obj passes them."""
    skipped = 0
    j = i + 1
    while j < o:
        if words[j].text in "،,":
            k = max(fronted.time_aside(words, j), fronted.pronoun_aside(words, j), fronted.relative_aside(words, j),
                    fronted.adjunct_aside(words, j), fronted.apposition_aside(words, i, j))
            if j < k < o:
                skipped += k - j
                j = k
        j += 1
    return skipped



_JUDGED_QUOTES = frozenset('"«»\u201c\u201d')   # (quote marks around the judgement: no clause end)


def _described_sides(words, A, i: int, src, tgt):
    """"ووصف السفير بأنه سياسي يكره أمريكا"، "ووصف وزير الخارجية السفير بأنه …": an actor phrase that ends right before
    a description verb's بأنه / بأنها is the described (the target), a phrase before it the subject (else the subject
    stays the one found before the verb or none); an actor inside the description ("يكره أمريكا") is no side.  A verb
    with its object pronoun ("ووصفته برلين بأنه …") is left alone (session 46, lead)."""
    if words[i].norm.endswith(("ه", "ها", "هم", "هما")):
        return src, tgt
    k = next((k for k in range(i + 1, min(len(words), i + 17)) if words[k].norm.startswith("بان")), -1)
    if k < 0:
        return src, tgt
    between = [a for a in A if i < a.i0 and a.i1 <= k]
    # (session 55, lead) "وصفت X إطلاق البالونات بأنه «هجوم هجين» من جانب نظام لوكاشينكو"، "ووصف الوزير قصف المستشفى
    # بأنه «جريمة حرب» من جانب الجيش": the author of the described act, named after the judgement by "من جانب / من
    # قبل" (cue judged_author), is the one judged
    author = next((a for a in A if k + 1 < a.i0 <= k + 10 and "judged_author" in words[a.i0 - 1].cue
                   and words[a.i0 - 2].norm == "من" and not any(words[x].punct and words[x].text not in _JUDGED_QUOTES
                                                               for x in range(k, a.i0))), None)
    if author is not None:
        return (between[0] if len(between) > 1 else src), author
    obj = between[-1] if between and all(words[x].punct for x in range(between[-1].i1, k)) else None
    if obj is None:
        return src, (tgt if tgt is None or tgt.i0 < k else None)
    if len(between) > 1:
        return between[0], obj
    return (src if src is not None and src.i0 < i else None), obj


def _dual_verb(norm: str) -> bool:
    """A dual verb form: the perfect تحدثا / تحدثتا, the imperfect يتحدثان / تتحدثان (not تحدثوا, تحدثنا)."""
    if norm.endswith("ان"):
        return norm[:1] in "يت" or norm[1:2] in "يت"
    return norm.endswith("ا") and not norm.endswith(("وا", "نا")) and len(norm) >= 4


def _purpose_conds(lex) -> frozenset:
    """The trigger conds that need their purpose word after the trigger (session 14: consult AR9, questioning AR10)."""
    got = _PURPOSE_CONDS.get(lex.lang)
    if got is None:
        got = _PURPOSE_CONDS[lex.lang] = frozenset(d["purpose"] for d in lex.cues.values() if "purpose" in d)
    return got


def _operation_masdar(words, i: int, e) -> bool:
    """(session 28 B18AR) "أكبر عملية لتبادل الأسرى"، "جولة جديدة لتبادل المحتجزين": a ل-masdar with a required object
    right after an operation noun (cue op_head; one plain adjective may stand between) names the operation itself: no
    purpose (لبحث الأوضاع) and no reference by its ل; whether it is a report is then _anchored's question."""
    if not e.obj or i < 1:
        return False
    if "op_head" in words[i - 1].cue:
        return True
    a = words[i - 1]
    return i > 1 and "op_head" in words[i - 2].cue and not (a.punct or a.prefix or a.cue or a.trig[1])


_ALONGSIDE = frozenset(("جانب",))   # "إلى جانب" (alongside): its actor is a partner of an attack (session 32 fixar)


def _future_form(wn: str) -> bool:
    """An Arabic imperfect with the future proclitic س (ستستمر، سيتواصل، وستتواصل; session 32 fixar)."""
    k = 1 if wn[:1] == "س" else 2 if wn[:2] in ("وس", "فس") else 0
    return k > 0 and len(wn) > k + 2 and wn[k] in "يتن"


def _expressed_readiness(words, i, cs, lemma: str = "") -> bool:
    """أعربت قطر عن استعدادها للتوسط، بلاده مستعدة للتوسط: the ل-noun right after "ready" (cue ready_adj), or after
    a readiness word (cue intent) in a clause with an expressing verb (cue coop_anchor; or readiness_verb, session 14:
    "أكدت إثيوبيا استعدادها لإرسال قوات"), is the intended act (not a reference: الاستعداد للانتخابات alone is
    preparation).  ``lemma``: the trigger's; a ل the tokenizer left on the word ("لتدريب", a frequent whole word in
    its vocabulary) is the preposition when the lemma does not start with it (session 32 fixar)."""
    w = words[i]
    return i > 0 and (w.prefix.endswith("ل") or (bool(lemma) and w.norm[:1] == "ل" and lemma[:1] != "ل")) and ("ready_adj" in words[i - 1].cue or (
        "intent" in words[i - 1].cue and any("coop_anchor" in words[k].cue or "readiness_verb" in words[k].cue
                                             for k in range(max(cs, i - 8), i - 1))))


def _and_verb(x, lex) -> bool:
    """An English word after "and" that only a verb trigger knows ("agreed", "met"; not "talks", "attacks")."""
    ts = lex.lookup(x.norm)
    return bool(ts) and all(t.kind == "verb" for t in ts)


def _later_conjunct(words, i, k) -> bool:
    """English: an "and" + a speech verb between the trigger at ``i`` and the "if" at ``k``: the condition belongs
    to the statement's content ("condemned the raid and said the pact would apply if …"); a shared modal ("would
    impose sanctions and freeze assets if …") still conditions both."""
    if any(words[j].norm == "and" and "speech" in words[j + 1].cue for j in range(i + 1, k - 1)):
        return True
    # "met ministers on Wednesday and offered to send troops if the governor asked": a finite past verb after "and"
    # opens the conjunct the condition belongs to, when the trigger has no modal of its own to share (session 53)
    if any(words[x].norm in _EN_SHARED_MODALS for x in range(max(0, i - 3), i)):
        return False
    return any(words[j].norm == "and" and len(words[j + 1].norm) > 4 and words[j + 1].norm.endswith("ed")
               for j in range(i + 1, k - 1))


_EN_SHARED_MODALS = frozenset(("would", "will", "could", "may", "might", "can", "should", "must", "shall", "be", "been",
                               "being", "to", "'ll", "'d"))


_EN_GERUND_PREPS = frozenset(("for", "by", "after", "before", "without", "of"))   # a gerund after them opens a clause


def _find_obj(words, i, e, lex) -> int:
    n = len(words)
    obj = e.obj
    # (a word is the object when one of its candidate forms - the word itself first - is an object word of
    # the entry: Lexicon.obj_forms keeps, per word, only the forms that are any entry's object word)
    memo = lex._obj_memo
    forms = lex.obj_forms
    # nouns: the object may precede (سقطت صواريخ); verbs: only across a relative pronoun (الحرب التي شنتها)
    lo = i - 3 if (e.kind == "noun" or (i > 0 and "rel" in words[i - 1].cue) or e.cond == "future_obj") else i + 1
    # (a future_obj row: "إن الضربات ستستمر" -- its object word is the subject before it, session 32 fixar)
    if lo > i and "passive_obj" in words[i].cue and i > 0 and words[i - 1].norm in _EN_BE:
        lo = i - 4   # "China's ambassador was summoned" (session 16): the passive's object before it
    hi = partitive_crowd.window(words, i, e, lex) if e.kind == "noun" else i + (28 if lex.lang == "ar" else 16)
    # (Arabic 20: a VSO verb's long subject, its time and place before the object, "وقع رئيس الوزراء الإثيوبي آبي أحمد
    # والرئيس الإريتري أسياس أفورقي اليوم الاثنين في العاصمة الإريترية «إعلانا مشتركا»", session 34; 28: four leaders with
    # their titles and full names, session 42) (i + 7; longer after a
    # crowd noun's من-phrase: "المتظاهرين من طلاب الجامعات وعمال … تدفقوا", session 22 DETP)
    # a boundary ends the forward search only; the words before the trigger are still tried
    en = lex.lang == "en"
    aside = -1
    j = i
    stop = min(n, hi)   # (one past the last word tried; moved on when an aside widens the window)
    while j + 1 < stop:
        j += 1
        x = words[j]
        if j <= aside:
            continue   # "قضت محكمة …، الثلاثاء، بالسجن": a time aside between commas (session 25 OTH8)
        if x.punct:
            if en and e.kind == "verb" and x.text == ",":
                aside = english.name_apposition_end(words, j)
                if aside > j:
                    continue   # "declared Malaysia's ambassador, Mohamad Nizan, persona non grata": the name's
                    # commas end no object search (session 34 gapen34)
                if english.capitalised_list(words, j):
                    continue   # "summoned the British, French and German ambassadors": the comma of a list of
                    # names before the object's head ends no object search (session 37 GAPEN37)
            if x.text in PUNCT_BOUNDARY:
                if not en and e.kind == "verb" and x.text in "،,":
                    aside = max(fronted.time_aside(words, j), fronted.pronoun_aside(words, j),
                                fronted.relative_aside(words, j), fronted.adjunct_aside(words, j),
                                _object_after_apposition(words, i, j, e, forms))
                    if aside > j:
                        hi += aside - j   # (the aside's words are not counted, as _find_prep's: session 42)
                        stop = min(n, hi)
                        continue   # (and "نفى المجلس، وهو تحالف …، أي صلة له": a pronoun aside, session 32 fixar)
                if not en and e.kind == "verb" and x.text in "،," and fronted.object_after_comma(words, i, j):
                    oc = forms(words[j + 1].norm)   # أطلقت فجر اليوم طائرة …، صواريخ على …: the VSO verb's object
                    if oc and not obj.isdisjoint(oc):
                        return j + 1
                break
            continue
        if en:   # (the English stops, one test of the language a word)
            xn = x.norm
            if xn in _EN_SUBORD or "comp" in x.cue:
                if e.cond == "that_obj" and j <= i + 4 and xn == "that":
                    continue   # "vowed (on Monday) that everyone involved would be punished": the row's object word
                    # is in the verb's own that-clause (manual_en.tsv cond that_obj; session 53, MISS53)
                break   # "set fire to a door before soldiers dispersed them with tear gas": the next clause's object
            if xn == "what" and j > i + 1 and any("label_verb" in words[k].cue for k in range(j + 2, min(n, j + 4))):
                break   # "called on Moscow to stop what it called 'energy blackmail'": the label is the free relative's
                # (right after the verb the free relative is its object: "struck what the military called hideouts")
            if xn == "and" and j + 1 < n and _and_verb(words[j + 1], lex):
                break   # "held talks and agreed to set up a joint group": the next verb's object (session 15)
            if xn == "with" and j > i + 1 and e.kind == "verb" and any(
                    t.kind == "noun" and t.frame == "mutual" for t in lex.lookup(words[j - 1].norm)):
                break   # "held talks with representatives of the protest movement": the partner's phrase after a
                # meeting noun the verb holds has no object word of the verb (session 42 GAPEN42; "provide Ukraine
                # with air defence systems" still reads its object after "with")
            if j - 1 > i and xn.endswith("ing") and len(xn) > 5 and words[j - 1].norm in _EN_GERUND_PREPS:
                break   # "everyone held for taking part in protests": the gerund clause's object (session 26, PREC4)
            if xn == "to" and (j > i + 1 or e.cameo[:2] == "13") and j + 1 < n and e.kind == "verb" \
                    and _and_verb(words[j + 1], lex) and obj.isdisjoint(forms(words[j + 1].norm)):
                break   # "ordered his minister to raise tariffs": the infinitive's object (session 20 B7EN); right
                # after a threat verb too ("threatened to impose tariffs"), not after others ("offered to send observers");
                # not before the entry's own object ("ordered the ambassador to leave": leave is a trigger too, s27 B15EN2)
        oc = memo.get(x.norm)
        if oc is None:
            oc = forms(x.norm)
        if oc and not obj.isdisjoint(oc):
            if j > i + 1 and "obj_compound" in words[j - 1].cue and not (j == i + 2 and "obj_head" in words[j - 1].cue):
                continue   # أعلن مركز طب الطوارئ: the object word ends a name (session 15 AR11), not the object
            return j
    for j in range(max(0, lo), i):
        x = words[j]
        if x.punct:
            continue
        oc = memo.get(x.norm)
        if oc is None:
            oc = forms(x.norm)
        if oc and not obj.isdisjoint(oc):
            return j
    return -1


def _prep_after_apposition(words, i: int, j: int, e) -> int:
    """The closing comma of an apposition aside after the subject (fronted.apposition_aside) when the verb's own
    preposition opens the word right after it: "ورحب الحزب القومي، أبرز أحزاب المعارضة، بالقرار" (session 47,
    armiss47).  Else -1."""
    k = fronted.apposition_aside(words, i, j)
    if k < 0 or k + 1 >= len(words):
        return -1
    x = words[k + 1].norm
    return k if any(x == p or (len(p) == 1 and x.startswith(p) and len(x) > 3) for p in e.prep) else -1


def _object_past_aside(words, i: int, ce: int, bpos, args, skip: tuple) -> tuple:
    """(clause end, aside span) for a VSO verb ``words[i]`` whose clause ends at the comma ``words[ce]`` opening a time,
    adjunct, relative, pronoun or apposition aside (fronted) when a subject actor stands between the verb and that comma
    and a bare actor opens the word right after the aside's closing comma: the clause goes on to the next boundary,
    the aside's words (open, close) to be skipped (session 54, gapar54).  Else (ce, skip) unchanged."""
    if words[ce].text not in "،," or skip[0] >= 0:
        return ce, skip
    close = max(fronted.time_aside(words, ce), fronted.adjunct_aside(words, ce), fronted.relative_aside(words, ce),
                fronted.pronoun_aside(words, ce), fronted.apposition_aside(words, i, ce))
    # (an apposition: "اتهمت منظمة …، ومقرها لندن، السلطات"، "انتقد الحزب، ثاني أكبر الأحزاب، رئيس الحكومة")
    if close <= ce or not any(i < a.i0 and a.i1 <= ce for a in args) \
            or not any(a.i0 == close + 1 and a.prep == "" for a in args):
        return ce, skip
    k = bisect_left(bpos, close + 1)
    return (bpos[k] if k < len(bpos) else len(words)), (ce, close)


def _object_after_apposition(words, i: int, j: int, e, forms) -> int:
    """The closing comma of an apposition aside after the subject (fronted.apposition_aside) when the verb's own
    object word comes within three words after it, or, for a description row, its بأنه / بأنها within six: "ونفى
    الحزب، ذراع الحركة السياسية، أي صلة له" (session 47, armiss47).  Else -1: the comma ends the search as before."""
    k = fronted.apposition_aside(words, i, j)
    if k < 0:
        return -1
    n = len(words)
    if any(not words[m].punct and not e.obj.isdisjoint(forms(words[m].norm) or ())
           for m in range(k + 1, min(n, k + 4))):
        return k
    if e.cond == "described" and any(words[m].norm.startswith("بان") for m in range(k + 1, min(n, k + 7))):
        return k
    return -1


# ----------------------------------------------------------------------------- arguments
def _clause(words, i, last, bnd=None):
    """(first, end) word indices of the clause around words[i..last]; ``bnd``: the sentence's
    boundary flags (``_boundary`` of each word), computed once per sentence by the caller."""
    if bnd is None:
        bnd = [_boundary(w) for w in words]
    cs = i
    while cs > 0 and not bnd[cs - 1]:
        cs -= 1
    ce = last + 1
    n = len(words)
    while ce < n and not bnd[ce]:
        ce += 1
    return cs, ce


# quote marks that may wrap a conjoined name (_conjoined)
_NAME_QUOTES = frozenset(['"', "«", "»", "“", "”"])


def _conjoined(words, args, k):
    """args[k] and the args conjoined to it by و / and / ، (X و Y، X and Y)."""
    out = [args[k]]
    j = k
    while j + 1 < len(args):
        a, b = args[j], args[j + 1]
        # quote marks round a name are no gap: 'بين "لواء الصمود" و"قوة الحماية"' is a pair like بين X وY
        gap = [w for w in words[a.i1:b.i0] if w.text not in _NAME_QUOTES]
        if b.prep in ("", "ب") and (gap or not "\u0600" <= words[b.i0].norm[:1] <= "\u06ff") and all(w.norm in ("و", "and", "،", ",", "&") or w.punct for w in gap) and len(gap) <= 1:
            # (two adjacent names with nothing between them are subject and object: اتهمت طهران واشنطن)
            out.append(b)
        elif not gap and words[b.i0].norm.startswith("و"):
            out.append(b)
        elif len(gap) == 2 and gap[0].norm in ("and", ",") and gap[1].norm == "the" and b.prep == "":
            out.append(b)   # "Saudi Arabia, the UAE, Bahrain and Egypt", "Canada and the United States" (session 32)
        elif len(gap) == 2 and gap[0].norm == "and" and gap[1].norm in _EN_POSS and b.prep == "" \
                and any("other_party" in words[x].cue for x in range(b.i0, b.i1)):
            out.append(b)   # "between Turkish minister Fidan and his Iranian counterpart Araghchi" (session 22 B9EN3)
        else:
            break
        j += 1
    return out


_GOV_BODIES = frozenset(("GOV", "LEG", "JUD"))


def _one_referent(a: Optional[Actor], b: Actor) -> bool:
    """Are two actors of one code one referent (a name in apposition to its title, a country named twice)?  Not
    two people each named by a title (أقال الرئيس التونسي رئيس الحكومة: the president and the prime minister,
    both TUNGOV)."""
    if not _same(a, b):
        return False
    if a.id != b.id and {a.kind, b.kind} == {"person", "organisation"} and (a.code or "")[3:6] in _GOV_BODIES and (
            (a.entity_id if a.kind == "organisation" else b.entity_id) or "").startswith("O."):
        # (a state's government or legislature only: "المبعوثة الأممية إلى ليبيا هانا تيتيه" is the UN's envoy named by the
        # UN's alias, "رئيس وفد جماعة الحوثي المفاوض محمد عبد السلام" the delegation's head)
        return False   # a person and a named body of one code: "أمهل العبادي حكومة إقليم كردستان" (IRQGOV twice; s35)
    if a.id != b.id and a.entity_id and b.entity_id and a.entity_id != b.entity_id and a.kind == b.kind == "person":
        return False   # two people (or bodies) of the lexicon: "Netanyahu dismissed Defence Minister Yoav Gallant" (s40)
    if a.id != b.id and a.kind == b.kind == "person" and "home" in (a.basis, b.basis) and a.name_en and b.name_en \
            and a.name_en != b.name_en:
        return False   # a named person the story's country coded is no other named person of that code: "Rocha
        # apologised to Lula" (s47)
    return a.id == b.id or not (a.kind == "person" and b.kind == "person" and a.role and b.role
                                and not a.entity_id and not b.entity_id)


def _official_and_body(a: Optional[Actor], b: Actor) -> bool:
    """A bare official and a bare body of one role code, two referents as an event's sides: "اتهم المتحدث باسم حكومة
    الإقليم الحكومة الاتحادية" (session 26 B16AR2)."""
    return (a is not None and a.id != b.id and {a.kind, b.kind} == {"person", "organisation"} and not a.country
            and not b.country)


def _two_named(a: Actor, b: Actor) -> bool:
    """Two referents of one code that each carry their own name (a lexicon entity or a quoted name): the two sides of
    'اشتباكات بين "لواء الصمود" و"قوة الحماية"' (both LBYUAF) are two militias, not one named twice."""
    if a.id == b.id:
        return False
    named = lambda x: (x.entity_id or x.basis == "quoted_group") and x.name_ar   # noqa: E731
    return bool(named(a) and named(b) and (a.entity_id or a.name_ar) != (b.entity_id or b.name_ar))


def _same(a: Optional[Actor], b: Optional[Actor]) -> bool:
    if a is None or b is None:
        return False
    if a.id == b.id:
        return True
    # (a region's government, "حكومة الإقليم", is CAMEO-coded with its state's code but is another referent than the
    # federal government: session 36)
    return bool(a.code) and a.code == b.code and (a.basis == "region") == (b.basis == "region")


def _code_sentence(doc, si, sent, words, args, trigs, quotes, lex, lang, time_starts=None):
    evs: list[Event] = []
    if lang == "en" and any(t.cond and t.cond in _purpose_conds(lex) for (_, _, t, _) in trigs):
        # "will respond to every attack": a trigger whose condition word is missing is no word of a predicate
        # (it would end the scope of "will" before "attack"; session 15 EN10)
        trigs = [(j, last, t, x) for (j, last, t, x) in trigs if not (t.cond and t.cond in _purpose_conds(lex))
                 or _purpose_seen(words, j, t.cond)]
    trig_idx = {t[0] for t in trigs}
    # verbs of conflict: a target beyond one is that verb's ("قتل جندي في هجوم استهدف دوريته"); beyond
    # a verbal noun only "على / ضد" + target (قتل … في هجوم على أنصار …), not the noun's adjective
    # (قتلا في هجوم انتحاري: passive, the bomber is not the victim)
    conflict_verbs = {j for (j, _, t, _) in trigs if t.kind == "verb" and t.cameo[:2] in _CONFLICT_ROOTS}
    # (session 32: only a conflict noun blocks -- "وطالب الوزير خلال زيارة إلى باريس قطر بوقف …": the visit is the
    # setting, قطر the demand's addressee)
    noun_trigs = {j for (j, _, t, _) in trigs if t.kind == "noun" and j > 0 and words[j - 1].norm in _ADJUNCT_PREPS
                  and t.cameo[:2] in _CONFLICT_ROOTS} if lang == "ar" else set()
    joined: dict = {}
    if lang != "ar":
        conflict_verbs = set()
    else:
        # a verb joined by و / ف opens a new clause: "رفض الوزير التصريحات واتهم إيران …" (إيران is the
        # accusation's object, not the rejection's); the object search of an earlier verb stops there
        # (only a verb of another root: "أدانت مصر واستنكرت بشدة الهجوم" share their object)
        joined = {j: t.cameo[:2] for (j, _, t, _) in trigs if t.kind == "verb" and j > 0 and _conjoined_word(words[j])}
        for j in cue_index(words).get("recip", ()):
            if j > 0 and j not in joined and _conjoined_word(words[j]):
                # "اعتقلت قواته مطلوبين وتبادلت إطلاق النار مع مسلحين": the exchange verb (no trigger of its own,
                # cue recip) opens a new clause too; its partner is no object of the arrest (session 20 ARB)
                joined[j] = ""
    cues = cue_index(words)
    sent_hist = "hist" in cues
    if time_starts is not None:   # sorted timeref starts (one bisect instead of a scan per sentence)
        k = bisect_left(time_starts, sent.start)
        sent_time = k < len(time_starts) and time_starts[k] < sent.end
    else:
        sent_time = any((sent.start <= t.start < sent.end) for t in doc.timerefs) if doc.timerefs else False
    sent_hypo = (words and words[-1].text in ("?", "؟")) or (words and "hypo" in words[0].cue and words[0].norm in ("هل", "whether"))
    preps_agent = _AGENT_PREPS_AR if lang == "ar" else _AGENT_PREPS_EN
    foiled = (-1, -1)   # (last word, scope end) of a foiled attack noun (see _repelled)
    recode_plain_memo = lex._recode_plain_memo   # (Lexicon.recode_plain's memo, read directly)
    bnd = None          # the sentence's clause-boundary flags (built at the first trigger)
    for (i, last, e, p) in trigs:
        w = words[i]
        quote = next((q for q in quotes if q.content_start <= w.start < q.content_end), None) if quotes else None
        speaker = actor_of(doc, quote.speaker_actor_id) if quote else None
        denier = None
        goes_on = False   # (the speaker is the joined verb's subject: the phrase after it is its object)
        if quote is not None and lang == "ar" and quote.cue and _denial_cue(lex, quote.cue):
            # "نفى الحزب أن يكون القتلى من عناصره، واتهم الجيش التركي بـ …": a verb joined after the denied clause
            # (after a comma) is the denier's own act, and what follows it is neither denied nor reported (session 11)
            j = next((j for (j, _, t, _) in trigs if t.kind == "verb" and j > 1 and words[j - 1].text in ("،", ",")
                      and quote.content_start <= words[j].start < quote.content_end and _conjoined_word(words[j])), -1)
            if 0 < j <= i:
                denier, quote, speaker = (speaker if j == i else None), None, None
            elif any(words[k].norm.startswith(("لكن", "ولكن")) and words[k - 1].text in ("،", ",")
                     and quote.content_start <= words[k].start for k in range(max(1, i - 12), i)):
                # "نفى الجيش أن يكون قد قصف المدينة، لكن التقارير أكدت مقتل عشرة مدنيين": the contrast after the
                # comma is the narrator's, neither denied nor reported (session 29)
                quote, speaker = None, None
        elif quote is not None and lang == "ar" and e.kind == "verb" and _conjoined_word(w) and speaker_goes_on_ar.goes_on(
                words, quote, i, start_index(words).get(quote.content_start, i)):
            # "قالت الوزيرة إن الوضع تدهور …، وانتقدت الحكومة …": a joined verb agreeing with the speech verb and not
            # with the reported subject is the speaker's next act (session 46, lead)
            denier, quote, speaker, goes_on = speaker, None, None, True
        elif quote is None and quotes and lang == "ar" and e.kind == "verb" and i > 1 and words[i - 1].text in ("،", ",") \
                and _conjoined_word(w):
            # (the denied content ends at the comma: the joined verb right after it is the denier's own act too)
            q = next((q for q in quotes if q.content_end <= w.start and q.cue and q.speaker_actor_id
                      and doc.text[q.content_end:w.start].strip() in ("", "،", ",")
                      and _denial_cue(lex, q.cue)), None)
            if q is not None:
                denier = actor_of(doc, q.speaker_actor_id)
        state_place = None
        cond = e.cond
        if cond:   # (the conditions of the entry's row, tested only for a row with one)
            if cond == "quote" and quote is None:
                continue
            if cond in _purpose_conds(lex) and not _purpose_seen(words, i, cond):
                continue   # استدعاء سفراء … للتشاور: a recall only "for consultations"; استدعت … صحفيين للتحقيق (session 14)
            if cond == "after_aux" and not (i and words[i - 1].norm in kind_sets("passive_verb_ar.tsv", ("aux",))["aux"]):
                continue   # "تم استهداف قافلة": the masdar of a passive only after تم / جرى (session 21, GAPA)
            if cond == "future_obj" and not _future_form(w.norm):
                continue   # "الضربات ستستمر": the attacks' continuation announced, a threat; "استمرت الغارات": no row
            if cond == "ready" and not (i and ("ready_adj" in words[i - 1].cue or "intent" in words[i - 1].cue)):
                continue   # "مستعدة لتدريب قوات …": training is aid only as an offered act (session 32 fixar)
            if cond == "not_after_what" and i and "what_rel" in words[i - 1].cue:
                continue   # "ما تحقق في جنيف": what was achieved, no investigation (session 25 PREC3)
            if cond == "not_reflexive" and i + 1 < len(words) and "reflexive" in words[i + 1].cue:
                continue   # "ضبط النفس" (self-restraint), not "ضبط X" (caught; session 14)
            if cond == "not_aim" and last + 1 < len(words) and "aim_object" in words[last + 1].cue:
                continue   # "عمليات تستهدف السيطرة على المنطقة": aims at an abstract end, no attack (session 41 gsr41)
            if cond == "not_peak" and i + 1 < len(words) and "peak_of" in words[i + 1].cue:
                continue   # "قمة جبل الشيخ" (a mountain top), no summit meeting (session 40 PREC40)
            if cond == "not_goal" and i + 1 < len(words) and "goal_of" in words[i + 1].cue:
                continue   # "تحقيق السلام في المنطقة" (achieving peace), no investigation (session 41 PREC41)
            if cond == "not_goal" and i and "inquiry_head" in words[i - 1].cue:
                continue   # "قاضي التحقيق"، "على ذمة التحقيق": a judge's title, a detention's term (session 55)
            if cond == "not_served" and _served(words, i):
                continue   # "يقضون أحكاما بالسجن المؤبد": sentences served, no sentencing (session 43 PREC43)
            if cond == "not_term" and i + 1 < len(words) and "term_noun" in words[i + 1].cue:
                continue   # "يقضون أحكاما بالسجن"، "قضى عقوبته": a term served, no court ruling (session 43 PREC43)
            if cond == "pair" and ((w.norm[:1] == "ل" or w.prefix.endswith("ل")) and not _operation_masdar(words, i, e)
                                   or (i + 1 < len(words) and words[i + 1].norm == "عن")):
                continue   # لبحث الأوضاع (a meeting's purpose), بحثا عن / بحثت عن (searching): no discussion
            if cond == "pair" and e.kind == "verb" and i > 0 and "ref" in words[i - 1].cue:
                continue   # "اتفاقية بشأن تبادل الأسرى": the topic's verbal noun, no mutual verb (session 22 B9AR)
            if cond == "dual" and not _dual_verb(w.norm):
                continue   # "عراقجي وويتكوف تحدثا": only the dual "spoke together" is a meeting (تحدث الوزير عن …: speech)
            if cond in ("prep_state", "talk_state") and e.kind == "verb" and (
                    w.prefix.endswith(("ب", "ل")) or (i and "noun_prep" in words[i - 1].cue)):
                continue   # "بطلب من الحكومة"، "ردا على طلب تنحيته": the masdar after a preposition, not the verb (s21)
            if cond == "talk_state" and any("topic_prep" in words[x].cue for x in range(i + 1, p)):
                continue   # "تحدث الرئيس عن الأزمة مع ألمانيا": مع after the topic belongs to it (session 27 AR5)
            if cond == "obj_state" and not any(
                    (a.i0 == i + 1 or (a.i0 == i + 2 and words[i + 1].norm == "the"))
                    and (a.actor.kind == "country" or a.actor.role in ("GOV",)) for a in args):
                continue   # "The African Union suspended Madagascar": only a state right after the verb (session 42)
            if cond == "obj_person" and not any(a.i0 == i + 1 and a.actor.kind == "person" for a in args):
                continue   # "Macron received Sarkozy at the Elysee": a named person right after the verb (s47)
            if cond == "suffered" and _suffer_cue(words, i, 0) < 0:
                continue   # "وتعرض شاب للطعن": stabbing only as what the subject of تعرض لـ underwent; bare طعن is
                # also a legal appeal ("طعن في الحكم") (session 53, ARMISS53)
            roles = _TALK_ROLES if cond == "talk_state" else _STATE_ROLES
            if cond in ("prep_state", "talk_state") and not any(
                    (a.i0 == p or (a.i0 == p + 1 and not words[p].prefix)
                     or (a.i0 == p + 2 and lang == "en" and p + 1 < len(words)
                         and ({"article", "pron_poss", "coord_skip"} & set(words[p + 1].cue))))
                    and (a.actor.kind == "country" or a.actor.role in roles)
                    for a in args):   # (a separate preposition: أمام الطائرات المغربية; English "spoken to the Thai premier";
                # "spoke to both X and Y": "both" opens the coordinated partners, session 45 ENMISS45)
                # اعترف بإسرائيل / بالحكومة الانتقالية: recognition only of a state (an actor, or a country the
                # place stage read after the preposition) or a government
                hi_p = words[p + 1].end if p + 1 < len(words) and not words[p].prefix and lang == "ar" else words[p].end
                state_place = next((pl for pl in doc.places if pl.sentence == si and (pl.precision == "country" or (
                    pl.is_metonym and lang == "ar")) and pl.country and words[p].start <= pl.start < hi_p), None)
                # (session 34: or the word after a separate مع, a country or a capital standing for its state: "ستعمل مع
                # كاراكاس")
                if state_place is None:
                    continue
        if lang == "en" and sent_time and w.text[:1].isupper() and any(
                t.start <= w.start < t.end and t.value for t in doc.timerefs):
            continue   # "March 10, 2023" (a byline date), "on May 4": a month name inside a date is no verb (s23 B10EN)
        if lang == "ar" and e.kind == "verb" and w.norm in form_set("noun_forms_ar.tsv"):
            continue   # "وزارتا الدفاع والداخلية": a noun, not و + a verb form (session 11)
        if lang == "ar" and e.kind == "verb" and 0 < i < len(words) - 1 and words[i - 1].norm in _ANNA \
                and (words[i + 1].norm[:2] in ("سي", "ست", "سن") or words[i + 1].norm == "سوف"):
            continue   # "حذر من أن رده سيكون أشد": after أنّ a noun subject with its future predicate, no verb (s41)
        if e.frame != "self" and lang == "ar" and last > i and e.obj:
            # "أجرى بايدن اتصالا هاتفيا": a name that swallowed the next word (NER over-extension) gives
            # it back when that word is a trigger whose required object follows (اتصالا + هاتفيا)
            for a in args:
                if a.i0 < i == a.i1 - 1 and a.actor.kind == "person":
                    a.i1, a.end = i, words[i - 1].end
        inside = [a for a in args if a.i0 <= i < a.i1] if args else []   # the actors the trigger word is in
        if inside and e.frame != "self" and any(a.actor.kind in ("country", "organisation", "person") for a in inside):
            continue   # a word of a name (United States, الجبهة الشعبية لتحرير …) is not a trigger
        if lang == "en" and i > 0 and w.text[:1].isupper() and not words[i - 1].punct:
            continue   # capitalised mid-sentence: a proper name
        if bnd is None:
            bnd = _boundaries(words, cues)
            if lang == "en" and args and args[0].i0 == 0:
                _country_pair_comma(words, args, bnd)
            bpos = list(compress(range(len(bnd)), bnd))
        cs, ce = _clause_at(bpos, len(bnd), i, last)
        if lang == "en" and quote is not None and words[cs].start < quote.content_start <= w.start and quote.cue \
                and "tell_verb" in lex.cue(quote.cue.lower()):
            # "Iraq informed Sweden it would cut relations": the addressee is no subject of the reported clause, which
            # opens at its pronoun (marsad.stages.quotes._after_addressee; session 23, B10EN2)
            cs = next(k for k in range(cs, i + 1) if words[k].start >= quote.content_start)
        light_aside = (-1, -1)
        if lang == "ar" and e.kind == "noun" and i == cs and cs > 3:
            lcs, opening = fronted.light_clause_before_aside(words, cs)
            if opening > 0:   # "وأجرى نتنياهو، بحضور ترامب، اتصالا بـ…": the light verb's clause, the aside's actors out
                cs, light_aside = lcs, (opening, i - 1)
        if lang == "ar" and e.kind == "verb" and e.frame == "svo" and ce > last and ce < len(words) - 2:
            # (session 54, gapar54) "ودعت الرئاسة، في بيان، الإدارة الأميركية إلى …"، "واتهم الجيش، في بيان صدر
            # اليوم، حركة حماس بـ…": a time / adjunct / relative aside between commas after the VSO subject ends no
            # clause; the bare actor after it is the verb's object (as _find_prep / _find_obj pass such asides), the
            # aside's own actors are out
            ce, light_aside = _object_past_aside(words, i, ce, bpos, args, light_aside)
        if e.cond == "outcome" and e.kind == "noun" and lang == "ar" and not outcome_noun_ar.reported(words, i, cs, trig_idx):
            continue   # "قبل التوصل إلى اتفاق"، "ضرورة التوصل": a goal or condition, no reported outcome (ARG)
        # the clause's actors other than those the trigger is in (A), those before the trigger and those after it
        # (svo: not the light verb's object word, شنت روسيا الحرب), in one pass, each in args order
        A, before, after = [], [], []
        svo_frame = e.frame == "svo"
        asides = fronted.pronoun_asides(words, i, last) if lang == "ar" and last > i + 3 else ()
        appos = fronted.apposition_asides(words, i, last) if lang == "ar" and last > i + 3 else ()
        for a in args:
            a0, a1 = a.i0, a.i1
            if a0 < cs or a1 > ce or a0 <= i < a1 or (asides and any(o < a0 and a1 <= c for o, c in asides)) \
                    or light_aside[0] < a0 < light_aside[1]:
                continue   # (an actor inside a pronoun aside before the object word: fronted.pronoun_asides)
            if appos and any(o < a0 and a1 <= c and any(i < b.i0 and b.i1 <= o for b in args) for o, c in appos):
                continue   # "ونفى الحزب الحاكم، صاحب الأغلبية في البرلمان، أي صلة": the apposition describes the
                # subject named before it; no side of the verb (when no subject is named, its title is the subject)
            A.append(a)
            if a1 <= i:
                before.append(a)
            elif svo_frame and lang == "en" and a1 <= last and not a.actor.country and e.obj:
                continue   # "sent military advisers to Mali": a bare role before the object word is its modifier (ENA)
            elif lang == "ar" and a0 > i + 1 and e.cameo[:2] in _ATTACK_ROOTS and words[a0 - 1].norm in _ALONGSIDE \
                    and words[a0 - 2].norm in ("الي", "إلى", "الى"):
                continue   # "شارك في الغارات إلى جانب الطائرات المصرية": a partner in the attack, no target (s32 fixar)
            elif lang == "ar" and a0 > i + 1 and a.prep == "ل" \
                    and words[a0 - 1].norm in kind_sets("statement_subject_ar.tsv", ("author",))["author"]:
                continue   # "واستنكرت مصر في بيان لوزارة خارجيتها الضربات": the statement's author (session 41)
            elif lang == "ar" and a0 > i + 1 and "rel_publish" in words[a0 - 1].cue:
                continue   # "في بيان نشرته وكالة الأنباء السعودية": the relative clause's subject (session 32; not the
                # trigger's own: "…، وصفه وزير الخارجية بأنه …", session 32 fixar)
            elif a0 > i and not (svo_frame and a0 <= last < a1 and not (a.actor.kind == "group" and e.cameo[:2] in ("17", "18"))
                                 and not (a.actor.country and (lang == "en" or a.actor.kind == "person"))):
                # (an object word inside a national actor - English, or an Arabic person - is the target:
                # round 15: so is a crowd that is a coercive verb's object word, فرقت الشرطة … متظاهرين أمام البرلمان;
                # "summoned the Israeli ambassador over the killing of …", استدعت … السفير الإسرائيلي احتجاجا على
                # مقتل جنديين - not the next actor)
                after.append(a)
        pcs = cs
        if cs > 1 and words[cs - 1].punct and words[cs - 1].text in ",،":
            pcs = cs - 1
            while pcs > 0 and not bnd[pcs - 1]:
                pcs -= 1
        clause_recip = has_cue(cues, "recip", pcs, ce)
        if clause_recip and e.frame != "mutual" and e.cameo in kind_sets("one_way.tsv", ("one_way",))["one_way"]:
            # "اعتقلت مطلوبين وتبادلت إطلاق النار", "ترحيل المهاجرين والجزائر ترد بالمثل": an arrest, a deportation
            # is one-way; a reciprocal word after it is a later verb's ("تبادل البلدان طرد …" stays, session 19 B6TR)
            clause_recip = any(pcs <= j < i for j in cues["recip"])
        if clause_recip and lang == "ar" and e.frame != "mutual" and e.cameo[:2] in ("02", "10"):
            # "ودعتا السلطات في البلدين إلى توفير …": a pair word after an appeal or a demand counts its addressees
            # (as "urged both governments" below), no act of the two toward each other (session 20 ARB)
            clause_recip = any(pcs <= j < i for j in cues["recip"])
        if clause_recip and e.frame != "mutual" and "between" in cues:
            # "أشاد بجهود قطر في الوساطة بين الطرفين": the two sides after بين are another pair's, not this
            # verb's subject and object (a mutual frame gives both directions anyway)
            clause_recip = any(pcs <= j < ce and not (j > 0 and "between" in words[j - 1].cue) for j in cues["recip"])
        if clause_recip and lang == "en" and e.frame != "mutual":
            # "urged both governments to …", "called on both sides": "both" after the verb counts its objects, no
            # act of the subject and the object toward each other ("each other" stays reciprocal; session 9 EN2)
            # (also "called on both sides to stop attacks": "both" after a preposition or a directive verb)
            clause_recip = any(pcs <= j < ce and not (words[j].norm == "both" and (j > last or (j > 0 and (
                "both_object" in words[j - 1].cue or "directive" in words[j - 1].cue)))) for j in cues["recip"]
                if not (j > pcs and words[j].text[:1].isupper())
                and not (j > last and words[j].norm in ("mutual", "reciprocal")))
            # (a capitalised word inside the clause names something: "the Mutual Defense Treaty", session 18 ENL;
            # "accused Seoul of continuing to undermine mutual trust", "expelled two envoys in a reciprocal move": the
            # adjective after the verb qualifies its object or its motive, no act of the two toward each other, s32)
        # (an Arabic verb form right after a preposition is its verbal noun: "لم تعلق على سحب السفير", session 40)
        masdar = (lang == "ar" and e.kind == "verb" and i > 0 and words[i - 1].norm in _AR_NOUN_PREPS and not w.prefix) \
            or (lang == "en" and e.kind == "verb" and i > 0 and "noun_det" in words[i - 1].cue
                and not w.norm.endswith("ed"))   # ("would investigate every killing": a gerund noun, s40)
        governed = (e.kind == "noun" or masdar) and (any(cs <= j < i and t.kind == "verb" and t.cameo[:2] in _OBJ_ROOTS
                                             for (j, _, t, _) in trigs)
                                         or ("governs" in cues and any(cs <= j < i for j in cues["governs"])))
        # ("لم تعلق الحكومة على الهجوم": the topic of a comment is no act of the commenter)
        if governed:
            before = []   # "أدانت فرنسا الهجوم": France is not the attacker
        src: Optional[Arg] = None
        tgt: Optional[Arg] = None
        src_actor = None
        pairs: list[tuple] = []
        frame = e.frame
        by = _by_agent(words, after, lang)
        if e.cond == "quote":
            src_actor = speaker
            other = [a for a in A if not (speaker and (a.actor.country == speaker.country or _same(a.actor, speaker)))]
            tgt = other[0] if other else None
        elif frame == "svo" and lang == "ar" and e.cameo[:2] in ("17", "18", "19", "20") and _numeral_next(words, i):
            # "قتل 18 شخصا", "وقتل أمس أربعة جنود": the numeral-headed NP after the verb is the patient
            near = [a for a in after if a.prep == "" and a.i0 - i <= 5]
            tgt = near[0] if near else None
            src = by
            if tgt is not None and by is None and tgt.i0 in trig_idx and any(
                    j == tgt.i0 and t.frame == "self" for (j, _, t, _) in trigs):
                # "اقتحم آلاف المتظاهرين القصر الرئاسي": a counted crowd (its noun a self-frame trigger: متظاهرون،
                # محتجون) is the agent, not the patient (session 34)
                src, tgt = tgt, None
            elif tgt is not None and by is None and (_supporters_head(words, tgt, e.lemma) or (
                    tgt.actor.code == "CVL" and _storming(e.lemma))):
                # ("فيما اقتحم مئات المواطنين القصر الرئاسي": counted civilians storm too, session 40)
                # "واقتحم آلاف من أنصار الصدر القصر الجمهوري": a leader's counted supporters storm (session 35)
                src, tgt = tgt, _stormed(words, tgt, after, trig_idx)
            if src is None and before and before[-1].prep == "" and i - before[-1].i1 <= 1 \
                    and not _passive_patient(words, i, before[-1]):
                src = before[-1]    # SVO: "أن قواته قتلت ثلاثة مسلحين"
            elif src is None and len(before) > 1 and before[-1].prep:
                src = _long_subject(words, i, before, trig_idx)   # "لكن قوات موالية لـ X … أسرت أكثر من مئة"
            if src is None and lang == "ar":
                src = _comp_subject(words, i, A, trig_idx, tgt)
        elif frame == "svo":
            stop = conflict_verbs
            if lang == "ar" and joined:
                stop = conflict_verbs | {j for j, r in joined.items() if j > last and r != e.cameo[:2]}
            src, tgt = _svo(words, i, last, p, before, after, lang, trig_idx, (stop, noun_trigs),
                            e.cameo[:2] not in _PAIR_ROOTS and e.cameo != "057")
            if lang == "ar" and e.kind == "verb" and src is not None and src.i0 == last + 1 \
                    and _disagrees(words, i, src, e.lemma):
                # "أدان الوزير الهجوم، ودعا إسرائيل إلى وقف الحرب": a masculine verb does not agree with a
                # state's name (feminine but for masc_name cues): the state is its object (the object right after
                # the verb, not a later actor: "واتهم الولايات المتحدة بالضغط على الحكومة اللبنانية", session 10)
                src, tgt = None, src
            elif lang == "ar" and e.kind == "verb" and src is not None and (
                    src.i0 in (last + 1, i + 1) or src.i0 in (_past_time_words(words, last + 1),
                                                              _past_time_words(words, i + 1))) \
                    and (agreement.fem_object(words, i, src) or agreement.masc_object(words, i, src, e.lemma)):
                # (also after time words: "كما اعتقلت فجر اليوم الأمين العام للحركة", session 36; right after the
                # verb when the object word is in the trigger: "واستدعت السبت السفير الفرنسي", session 44)
                src, tgt = None, src   # "واتهم الحكومة التركية بالتخلي عن …": the object right after the verb
            if lang == "ar" and src is not None and src.i0 > last + 1 and src.prep == "" \
                    and _subject_gap(doc, words, last, src, trig_idx, time_starts) \
                    and not _named_title(words, after, last, src):
                # "واتهمت اللجنة قوات الدعم السريع بقصف …"، "استهدف انفجار حافلة …"، "اتهم خوان غوايدو
                # الحكومة …": a noun (definite, an event noun, an uncoded name) right after the verb is
                # its subject; the actor after it is the object, never the source.  "ودعا الأمين العام (كل من) إيران
                # والسعودية إلى …": a target coordinated after that actor is its conjunct, not the object: the
                # coordination's head is the object and `_compound` fans it out (session 25, B12X)
                # (session 45) nor is an actor inside a ب-phrase after it ("اتهمت الإدارة … المتظاهرين بتهديد الأمن":
                # the charge's own actor) the object: the actor after the subject noun is
                src, tgt = None, (tgt if tgt is not None and tgt is not src
                                  and not (src in args and tgt in _conjuncts(words, args, args.index(src)))
                                  and not _bi_phrase_after(words, src, tgt) else src)
                if tgt is not None:
                    # "اتهمت الإدارة الدولية التابعة للأمم المتحدة المتظاهرين": the subject noun's patron after a
                    # loyalty adjective (cue patron_adj) is the subject's body, the source (session 45)
                    src = next((a for a in args if a.prep == "ل" and last + 1 < a.i0 < tgt.i0
                                and "patron_adj" in words[a.i0 - 1].cue), None)
            if lang == "ar" and src is None and e.kind == "verb":
                src = _comp_subject(words, i, A, trig_idx, tgt, args)
            if lang == "ar" and tgt is not None and tgt.prep == "ضد" and e.cameo[:2] in ("02", "10") \
                    and tgt.i0 - 1 > last + 1:
                # "وطالب برهوم بتصعيد المقاومة … ضد المستوطنين"، "دعا إلى تصعيد المقاومة ضد الجيش": an actor after
                # ضد past the demanded / called-for act is that act's target, not the addressee (session 25, B12X)
                tgt = None
            if lang == "ar" and tgt is not None and tgt.prep == "ب" and e.cameo[:2] in _ATTACK_ROOTS \
                    and tgt.actor.role == "MIL" and not tgt.actor.country and tgt.i0 > last:
                # "شن غارات بطائرات مسيرة على مواقع لجبهة …": the country-less aircraft after ب are the means, not
                # the target; the على / ضد object is (session 13)
                tgt = next((a for a in after if a is not src and a.i0 > tgt.i0 and (a.prep in ("علي", "ضد") or (
                    a.prep == "ل" and words[a.i0 - 2].norm == "علي"))), None)   # (على مواقع لجبهة …: the owner)
            if lang == "en":
                # reduced passives ("talks mediated by Qatar") and subjects cut off by an apposition
                src, tgt = english.en_svo_fix(words, i, args, src, tgt)
                src = sent_agent_en.sender(words, i, args, src)   # "sent envoys to mediate": the sender (s24 GAPE3)
                if src is not None and tgt is not None and src.prep and src.i1 <= i and _one_referent(src.actor, tgt.actor):
                    # "lodged a protest with Beijing and summoned China's ambassador": a preposition's object is no
                    # subject of the next verb, and its object is no self-loop (the subject is carried; session 17 ENG)
                    src = None
            by2 = by or (next((a for a in args if last < a.i0 <= last + 10 and a.i0 >= 2 and "by" in words[a.i0 - 1].cue
                               and not any(words[x].punct for x in range(last + 1, a.i0))), None)
                         if lang == "ar" else None)
            if lang == "ar" and by2 is not None and src is not None and src is not by2 and src.i0 < by2.i0 \
                    and words[by2.i0 - 2].norm in ("من", "علي") and (tgt is None or tgt is by2):
                # unvocalised passive with an agent phrase: "استقبل الوزير في الرياض من قبل ولي العهد"،
                # "اعتقل الصحفي على يد الشرطة": the agent is the source, the verb's subject the patient
                src, tgt = by2, src
            if tgt is None and e.obj and last > i:
                # the trigger's required object heads an actor ("استدعت الخارجية السفير الروسي",
                # "طردت السفير الفرنسي"): that actor is the target, though its first word is in the trigger
                held = next((a for a in A if i < a.i0 <= last < a.i1 and (a.actor.country or e.cameo[:2] == "17")), None)
                if held is not None and lang == "ar" and _attack_noun(words, held.i0, lex):
                    # "تم شن ضربة جوية أميركية": an attack noun that heads a national actor is its agent
                    if src is None:
                        src = held
                elif held is not None and (src is None or not _same(held.actor, src.actor)):
                    tgt = held
            if lang == "ar" and e.cameo[:2] == "14" and e.obj and last > i and (src is None or _is_state(src.actor)):
                # "تجمع نحو خمسين متظاهرا أمام …": the crowd that is the gathering verb's required word is its agent
                crowd = next((a for a in args if a.i0 <= last < a.i1 and not _is_state(a.actor)), None)
                if crowd is not None:
                    if src is not None and tgt is None:
                        tgt = src
                    src = crowd
            if lang == "ar" and e.cameo[:2] == "14" and e.kind == "verb":
                # "تجمع أربعون متظاهرا أمام مقر رئيس الوزراء البريطاني … للاحتجاج على …": the state actor at the
                # crowd's site is the target, before a later على-phrase
                site = next((a for a in after if a is not src and _is_state(a.actor) and a.actor.country
                             and 0 < a.i0 - last <= 4
                             and any("site" in words[k].cue for k in range(max(last + 1, a.i0 - 2), a.i0))), None)
                if site is not None and (tgt is None or site.i0 < tgt.i0):
                    tgt = site
            if lang == "ar" and src is not None and src.i0 > i and \
                    any(t.kind == "noun" and t.cameo[:2] in _CONFLICT_ROOTS and 0 < i - lj <= 2
                        and not any(words[x].punct for x in range(lj + 1, i)) for (j, lj, t, _) in trigs):
                # "هجوم مسلح استهدف قافلتهم"، "انفجار استهدف سيارته": the attack noun is the verb's
                # subject; the noun phrase after the verb is its object, not a VSO subject
                src, tgt = None, (tgt if tgt is not None and tgt is not src else src)
            means = next((a for a in (src, tgt) if a is not None and a.actor.country and a.i0 > i
                          and (_attack_noun(words, a.i0, lex) or "by" in words[a.i0].cue)), None) \
                if lang == "ar" else None   # (or a force's fire: "قتل فلسطيني بنيران إسرائيلية", session 49 gapar49)
            if means is not None and (means is src or src is None or "pass" in w.cue):
                # "سبعة أشخاص قتلوا جراء ضربة جوية فرنسية": an actor headed by an attack noun after the
                # verb is the means (its agent), never the victim, and the verb is then not read as active
                other = tgt if means is src else src
                src, tgt = means, (other if other is not None and means is src or
                                   (other is not None and _passive_patient(words, i, other)) else None)
            elif lang == "ar" and "pass" in w.cue and src is not None and (tgt is None or tgt.actor.kind == "country"
                                                                     or (by is not None and tgt is by)) \
                    and _passive_patient(words, i, src):
                # unvocalised قتل / خطف read as passive: "60 شخصا قتلوا"، "خطف موظف بريطاني"
                src, tgt = by, src
            elif lang == "ar" and before and after and before[-1].prep == "" and i - before[-1].i1 <= 1 \
                    and (doc.tokens[w.ti].suffix or "") in _POSSESSIVE and after[0].prep == "" and after[0].i0 - last <= 2:
                # fronted object resumed by a pronoun: "صحافيين فرنسيين خطفهم مسلحون"
                src, tgt = after[0], before[-1]
        elif e.kind == "noun" and _suffer_cue(words, i, cs) >= 0:
            # "تعرضت قافلته لهجوم", "بتعرض السيستاني لمحاولة اغتيال": the sufferer is the patient
            k = _suffer_cue(words, i, cs)
            cand = [a for a in A if a.i1 <= i and (a.i0 > k or k - a.i1 <= 2)]
            tgt = cand[-1] if cand else None
            src = by
        elif frame == "gen_src":
            # not across a verb of its own ("هجوم استهدف دوريته": the patrol is the verb's object)
            near = [a for a in after if a.prep == "" and a.i0 - last <= 2 and not any(last < k < a.i0 for k in trig_idx)]
            genitive = near[0] if near else None
            if not near:   # "غارة جوية نفذتها مقاتلات روسية"، "الهجوم الذي نفذه مسلحون": agent after the light verb
                # (up to five words on, across the relative pronoun that ends the noun's clause:
                # "الهجوم الأكثر دموية الذي نفذته طالبان")
                lv = -1
                for k in range(last + 1, min(len(words), last + 6)):
                    if words[k].punct or (k >= ce and "rel" not in words[k].cue and "light" not in words[k].cue):
                        break
                    if "light" in words[k].cue:
                        lv = k
                        break
                if lv >= 0:
                    near = [a for a in (after if lv < ce else args) if a.prep == "" and 0 < a.i0 - lv <= 2]
            # the actor before the noun is its agent only through a light verb (شنت روسيا هجوما),
            # not across a preposition (قتل خمسة مدنيين في قصف …: the victims)
            via_prep = i > 0 and (words[i - 1].norm in ("في", "خلال", "اثر", "جراء", "بسبب", "عقب", "in", "during", "after")
                                  or (w.prefix.endswith(("ب", "ل")) and not _expressed_readiness(words, i, cs, e.lemma)))
            if by is not None and lang == "en" and _by_of_later_act(words, last, by, trig_idx):
                by = None   # "vowed revenge for the killing of its commander by Israel": the killing's agent (s24)
            src = near[0] if near else by or (before[-1] if before and not via_prep and i - before[-1].i1 <= 8
                                               and before[-1].prep == "" else None)
            if lang == "ar" and src is not None and not near and not by and before and src is before[-1] \
                    and w.norm[:1] == "و" and e.lemma[:1] != "و":
                src = _listed_agent(words, args, i, cs, before, trigs)
            elif lang == "ar" and src is None and not before and not near and not by and not via_prep:
                src = announced_aside_ar.subject(words, args, i, cs)
            owner_told = possessive_owner_ar.told(words, last, before, i, speaker) if lang == "ar" else None
            if owner_told is not None and src is owner_told:
                src = None   # "أبلغ الخارجية السودانية رفض بلاده": the speaker's country owns it, the ministry is told
            if src is None and lang == "ar" and e.cameo[:2] in _OWNED_NOUN_ROOTS and not via_prep and before \
                    and ((doc.tokens[w.ti].suffix or "") in ("هم", "هن") or w.norm.endswith(("هم", "هن"))):
                # "واصل الأسرى الفلسطينيون في السجون الإسرائيلية إضرابهم": the owner of the protest noun's plural
                # pronoun is the clause's subject, the nearest actor before it not under a preposition; so is a
                # resignation's ("قدم نواب الكتلة في مجلس النواب استقالاتهم", session 39)
                src = next((a for a in reversed(before) if a.prep == "" and i - a.i1 <= 8), None)
            gen_patient = None
            if lang == "ar" and genitive is not None and src is genitive and "gen_patient" in w.cue \
                    and e.cameo[:2] in _ATTACK_ROOTS and _gen_patient(words, last, genitive, args):
                # "قصف غزة"، "تفجير السفارة الأمريكية"، "قصف مواقع الجيش": the genitive of this attack noun
                # is what was hit; only an armed force is its agent (قصف الطيران الإسرائيلي، حصار القوات لمدينة)
                gen_patient, src = genitive, by
            if src is None and lang == "ar" and e.cameo[:2] in _ATTACK_ROOTS:
                # "في هجوم لحزب العمال الكردستاني": the لـ-genitive right after an attack noun is its agent
                src = next((a for a in after if a.prep == "ل" and a.i0 - last <= 2
                            and not any(last < k < a.i0 for k in trig_idx)), None)
            if src is None and lang == "ar":
                # "ضربة جوية أميركية": the actor stage glued the nationality adjective to the attack noun;
                # the actor the noun heads is its agent
                src = next((a for a in inside if a.i0 == i and a.actor.country and a.i1 > last + 1), None)
            cand = [a for a in after if a is not src and (a.prep in preps_agent or (p >= 0 and a.i0 > p))
                    and not (lang == "ar" and a.prep == "ب" and e.cameo[:2] in _ATTACK_ROOTS and a.i0 - last <= 1
                             and "instrument" in words[a.i0].cue)]   # "غارة بطائرة مسيرة": the drone is no target (s26)
            if not cand and lang == "ar" and e.cameo[:2] == "14":
                # "نظم ناشطون وقفة احتجاجية أمام السفارة الأمريكية": the state actor at the protest's site
                cand = [a for a in after if a is not src and _is_state(a.actor) and a.i0 - last <= 4
                        and any("site" in words[k].cue for k in range(max(last + 1, a.i0 - 2), a.i0))]
            tgt = cand[0] if cand else gen_patient or owner_told
            if e.cond == "gen_obj":
                # "بعد يومين من استقبال الملك X الرئيس Y" (session 26 B17AR): the masdar's genitive right after it is
                # the host, the bare actor right after the genitive (one word between at most: "وفدا جزائريا") the
                # guest; without both it is no reception of a party (استقبال ألف لاجئ، حفل استقبال)
                guest = next((a for a in after if genitive is not None and a.prep == "" and 0 <= a.i0 - genitive.i1 <= 1
                              and not _same(a.actor, genitive.actor)), None)
                if genitive is None or src is not genitive or genitive.i0 != last + 1 or guest is None:
                    continue
                tgt = guest
            if lang == "ar" and e.cameo == "042" and src is None and i > 0 and (words[i - 1].norm == "في" or (w.norm[:1] == "ب" and any(
                    "coop_anchor" in words[k].cue for k in range(max(cs, i - 8), i)))) \
                    and before and before[-1].prep == "" and i - before[-1].i1 <= 8:
                src = before[-1]   # "وصل الوزير إلى تل أبيب في زيارة": the visit is the subject's (round 15: بزيارة too)
            if lang == "ar" and e.cameo == "042" and src is not None and src.i0 > i and src.i0 - last <= 1 \
                    and src.actor.kind == "country" and not w.norm.startswith(("ال", "وال", "بال", "لل")) \
                    and (words[src.i0].norm.startswith("ال") or not words[src.i0].norm.endswith(("ي", "يه"))):
                # "زيارة الجزائر" (a definite country genitive of an indefinite visit noun) is the
                # destination; the visitor is the clause's subject ("يعتزم الرئيس الفرنسي زيارة الجزائر")
                src, tgt = by or (before[-1] if before and before[-1].prep == "" and i - before[-1].i1 <= 8 else None), src
        elif frame == "gen_tgt":
            near = [a for a in after if a.prep == "" and a.i0 - last <= 2 or a.i0 <= last]
            if not near and e.prep and p > last:
                # "القبض على زعيم المعارضة": a noun whose row names a preposition takes that preposition's object
                # (a headline's arrest had no target; session 26 GAPS2)
                near = [a for a in after if a.i0 > p and a.i0 - p <= 2]
            tgt = near[0] if near else None
            src = by or (before[-1] if before and i - before[-1].i1 <= 8 and before[-1].prep == "" else None)
            if lang == "ar" and not by and (src is None and not before or src is not None and w.norm[:1] == "و"
                                            and e.lemma[:1] != "و"):
                src = _listed_agent(words, args, i, cs, before, trigs) if src is not None \
                    else announced_aside_ar.subject(words, args, i, cs)
            elif lang == "ar" and not by and src is None and before and before[-1].prep:
                # (a time and a place between the announcer and its noun: "قرر الوزراء أمس في اجتماع بمقر الجامعة
                # استئناف مشاركة …", session 35)
                src = announced_aside_ar.subject_across_adjuncts(words, args, i, cs, trig_idx)
            obj = next((a for a in after if tgt is not None and a.i0 == tgt.i1 and a.prep == ""), None)
            if lang == "ar" and by is None and obj is not None and tgt.i0 == last + 1 \
                    and (tgt.actor.role or "") in _FORCE_AGENT_ROLES:
                # "بعد اعتقال قوة عسكرية رئيس الوزراء": a masdar's genitive that is a force, followed right away by a
                # second actor (the accusative object), is the agent; the second is the patient (session 33)
                src, tgt = tgt, obj
            if src is not None and src is not by and lang == "ar" and any(
                    0 <= src.i0 - d and "gen_patient" in words[src.i0 - d].cue and _gen_patient(words, src.i0 - d, src, args)
                    for d in (1, 2)):
                src = None   # "أسفر قصف مواقع الجيش عن مقتل عشرة جنود": what the attack hit killed no one
            if src is not None and src is not by and lang == "ar" and e.cameo[:2] in _ATTACK_ROOTS \
                    and any("speech" in words[k].cue for k in range(max(cs, src.i0 - 4), src.i0)) \
                    and not (tgt is not None and tgt.actor.country and src.actor.country
                             and tgt.actor.country != src.actor.country):
                # "أعلن المتحدث باسم الجيش مقتل ثلاثة جنود": the announcer of deaths (its own, or with no
                # nationality named) reports them, it is not the killer; an enemy's dead stay its own
                src = None
        elif frame == "passive":
            near = [a for a in after if a.prep == "" and a.i0 - last <= 3]
            tgt = near[0] if near else (before[-1] if before and before[-1].prep == "" else None)
            src = by
        elif frame == "self":
            if lang == "en" and e.kind == "noun" and e.cameo[:2] == "14" and i >= 2 and (
                    (words[i - 1].norm == "of" and "crowd_holder" in words[i - 2].cue)
                    or (i >= 3 and words[i - 1].norm == "the" and words[i - 2].norm == "of"
                        and "crowd_holder" in words[i - 3].cue)):
                continue   # "representatives of the protesters": people standing for the crowd, no protest (s41)
            if lang == "ar" and e.obj and last == i:
                # the action verb precedes the crowd: "ومنعت قوات الأمن المتظاهرين" has another subject
                # between them, the crowd is the object (not the actor of a protest)
                k0 = next((k for k in range(i - 1, max(-1, i - 4), -1) if words[k].norm in e.obj
                           or any(c in e.obj for c in lex.candidates(words[k].norm))), -1)
                if k0 >= 0 and words[i - 1].norm != "من" and any(k0 < a.i0 and a.i1 <= i for a in args):
                    continue
                if k0 >= 0 and any(j == k0 and t.cameo[:2] == "14" for (j, _, t, _) in trigs):
                    continue   # "احتشد آلاف المتظاهرين": the protest verb is the report; its crowd no second one
                if k0 == i - 1 and words[k0].prefix.endswith("ل") and words[i].norm.endswith("ين"):
                    continue   # "لمنع المتظاهرين من الوصول": a purpose act on the crowd (its oblique plural object)
            src = inside[0] if inside else next((a for a in after if a.prep == "" and a.i0 - last <= 1), None)
            if src is None and lang == "en" and e.kind == "verb" and before and before[-1].prep == "" \
                    and before[-1].i1 == i and not words[i - 1].punct:
                src = before[-1]    # "Rail workers walked out": the English subject right before the verb (EN5)
            cand = [a for a in after if a is not src and a.prep in ("ضد", "علي", "against", "on")]
            if not cand and lang == "ar" and e.cameo[:2] == "14":
                # "سار المتظاهرون حتى السفارة الفرنسية": a state actor at the crowd's site is the target
                cand = [a for a in after if a is not src and _is_state(a.actor) and a.actor.country
                        and any("site" in words[k].cue for k in range(max(last + 1, a.i0 - 2), a.i0))]
            tgt = cand[0] if cand else None
        elif frame == "none":
            cand = [a for a in after if a.prep in ("ضد", "علي", "against", "on")]
            tgt = cand[0] if cand else None
        elif frame == "mutual":
            wp = None
            if lang == "ar" and e.kind == "verb":
                after = discuss_topic_ar.topic_cut(words, i, last, e.lemma, after)   # "وبحث معه أمن الحدود" (ARG)
                wp = discuss_topic_ar.partner(doc, si, words, i, last, e.lemma, args, lex)   # معه: the one named before
            parts = [] if wp else _mutual_parts(words, i, last, p, before, after, A, lang, e.kind)
            if lang == "en" and e.kind == "noun":
                g = fronted_partner_en.subject_after_comma(words, args, parts, cs, ce)
                if g is not None:
                    parts = [g, parts[0]]   # "In a phone call with Scholz, Tusk said …": the subject is the other party
            elif lang == "en" and len(parts) == 1 and parts[0].i0 > last:
                g = english.apposition_subject(words, i, args)
                if g is not None and g.i1 <= i and not _same(g.actor, parts[0].actor):
                    parts = [g, parts[0]]   # "Celso Amorim, the foreign policy adviser of …, met Maduro": the subject
                    # before an apposition (session 38 GAPEN38; not a relative clause's antecedent, "X, who met Macron
                    # in Paris this month, thanked France": a background meeting)
            if lang == "ar" and len(parts) >= 2:
                parts = _represented(words, A, parts)   # "التقت … وفدين يمثلان مجلس النواب والمجلس الأعلى للدولة"
            parts = [g for k, g in enumerate(parts) if not any(_same(g.actor, h.actor) and not _two_named(g.actor, h.actor)
                                                               for h in parts[:k])]
            if lang == "ar" and e.kind == "noun" and len(parts) >= 2 and _hosts(words, parts, i):
                continue   # "استضافت مصر وقطر المحادثات": the hosts / welcomers of talks are not their parties
            if len(parts) == 2 and parts[0].actor.code and parts[0].actor.code == parts[1].actor.code \
                    and parts[0].actor.code.startswith("IGO"):
                parts = parts[:1]   # "إن الطرفين اتفقا على عقد اجتماع برعاية الأمم المتحدة" (the UN envoy speaking): an
                # organisation is no pair with itself (session 34)
            if len(parts) >= 2:
                pairs = [(parts[0], parts[1]), (parts[1], parts[0])]
                if lang == "ar" and e.kind == "noun" and len(parts) == 2 and parts[1].prep == "ل" \
                        and _held_for(words, i, last, before, after):
                    pairs = pairs[:1]   # a chaired meeting is the chair's act on the body convened (session 55)
                if len(parts) > 2 and lang == "ar" and "represent" in words[parts[1].i0 - 1].cue:
                    pairs += [x for g in parts[2:] for x in ((parts[0], g), (g, parts[0]))]
                if lang == "ar" and len(parts) == 2 and parts[1].prep == "مع" and parts[1] in A:
                    # "أجرى اتصالين مع نظيريه المغربي والجزائري": each partner joined after مع meets the first
                    for g in _conjoined(words, A, A.index(parts[1]))[1:]:
                        if not _same(g.actor, parts[0].actor):
                            pairs += [(parts[0], g), (g, parts[0])]
            elif wp:
                s_, t_ = wp   # (no subject: a joined verb's is the earlier verb's, _conjoined_subject)
                pairs = [(s_, t_), (t_, s_)] if s_ is not None else [(None, t_)]
            elif e.cond in ("pair", "dual"):
                continue   # بحث without مع: "discussed" only between two parties (بحث الرئيسان …); else "searched"
            elif e.cond == "party" and not parts:
                continue   # "اجتمع مجلس الإدارة لمناقشة الأرباح": a meeting with no party (session 19 COVAR)
            elif parts:
                if parts[0].prep in ("مع", "ب", "with") or (p >= 0 and parts[0].i0 > p) \
                        or (lang == "en" and e.kind == "verb" and (parts[0].prep == "" and last < parts[0].i0 <= last + 3
                                                                   or parts[0].prep == "to" and parts[0].i0 > i)):
                    # "اجتماعات مع الولايات المتحدة": the partner; the source comes from context ("The team met
                    # Saudi and Syrian officials": the verb's object, each conjunct by the compound fan-out; "he had
                    # spoken to Mugabe by telephone": the to-partner, session 38 GAPEN38)
                    tgt = parts[0]
                else:
                    src = parts[0]
        if lang == "ar" and e.kind == "noun" and not pairs and frame in ("gen_src", "gen_tgt") \
                and (w.prefix[-1:] == "ب" or w.norm[:1] == "ب"):
            src, tgt = _do_bi(words, i, cs, A, src, tgt)
        if lang == "ar" and tgt is None and not pairs and e.cameo[:2] in _ATTACK_ROOTS:
            # "فجر نفسه مستهدفا دورية للجيش": the participle مستهدفا names the attack's target
            k = next((k for k in range(last + 1, min(len(words), last + 5)) if words[k].norm[:6] == "مستهدف"), -1)
            if k > 0 and not any(words[x].punct for x in range(last + 1, k)):
                tgt = next((a for a in A if k < a.i0 <= k + 3 and a.prep in ("", "ل") and a is not src
                            and not any(words[x].punct for x in range(k, a.i0))), None)
        if lang == "ar" and e.cond == "described" and not pairs:
            src, tgt = _described_sides(words, A, i, src, tgt)
        repel = ""
        if lang == "ar" and e.kind == "noun" and e.cameo[:2] == "14" and frame != "self" and not pairs:
            # "منعت قوات الأمن تظاهرة"، "أحبطت الشرطة مظاهرة": a prevented protest did not happen, and the
            # subject that prevented it is not the crowd
            k = _prevented(words, i, args)
            if k >= 0:
                # "لم تمنع الشرطة المظاهرة": not prevented, so it took place
                repel = "happened" if k > 0 and "neg" in words[k - 1].cue else "foiled"
                if src is not None and src.i0 < i:
                    src = None
        elif lang == "ar" and e.kind == "noun" and e.cameo[:2] in _ATTACK_ROOTS and not pairs:
            # "صد الجيش هجوما لتنظيم …"، "تصدت القوات لهجوم روسي"، "أحبطت الشرطة هجوما / محاولة اغتيال": the
            # subject of the repel / foil word defends; the attacker is the noun's own agent when named
            src, tgt, repel = _repelled(words, i, last, cs, A, after, src, tgt)
        if repel == "foiled":
            foiled = (last, last + 4)
        elif lang == "ar" and e.cameo[:2] in _ATTACK_ROOTS and foiled[0] < i <= foiled[1] \
                and not any(words[x].punct for x in range(foiled[0], i)):
            repel = "foiled"   # "أحبطت الشرطة هجوما كان يستهدف كنيسة": the foiled attack's own verb
        if lang == "en" and tgt is None and not pairs and e.cameo[:2] in _VERBAL_ROOTS and ce < len(words) \
                and "comp" in words[ce].cue and not any(last < k < ce and words[k - 1].norm == "and" for k in trig_idx):
            # (not another verb's: "condemned the probe and demanded that the Commission respond", session 20 ENA)
            # "demanded that the United States …", "warned that police …": the complement's subject
            tgt = next((a for a in args if a.i0 > ce and a.i0 - ce <= 3 and a.prep == ""), None)
            if tgt is not None and src is not None and tgt.actor.country and tgt.actor.country == src.actor.country \
                    and e.cameo[:2] == "13" and threat_if.state_side(src.actor.code) \
                    and threat_if.state_side(tgt.actor.code):
                # (a state's own side only: "the Kenyan opposition warned that the government …" keeps it, s22 B9EN3)
                tgt = None   # "Egypt warned that Cairo would respond …": the warner's own side, whose threat it tells
        # the speaker of reported speech stands in for "his country" / a missing verbal source
        pron = has_cue(cues, "pron_country", cs, i if lang == "en" else ce)   # en: a subject pronoun
        # "\"They have attacked our officers,\" he said": in one's own words "they" is someone else (session 14)
        other_pron = pron and lang == "en" and quote is not None and quote.direct and \
            all(words[k].norm in english.SUBJECT_PRONOUNS for k in cues["pron_country"] if cs <= k < i)
        if pron and not other_pron and lang == "en" and quote is not None and speaker is not None \
                and quote.speaker_start > w.start \
                and all(words[k].norm in _EN_PERSON_PRONOUNS for k in cues["pron_country"] if cs <= k < i) \
                and english.pron_kind(doc, speaker, (quote.speaker_start, quote.speaker_end)) not in ("he", ""):
            other_pron = True   # "He is due to hold talks with Xi on Wednesday, Chinese state media said": "he" is
            # no speaker that is a body or a group named after the words (session 38 GAPEN38; a speaker before them
            # may be a person the lexicon types as its body: "U.N. Secretary-General Kofi Annan announced that he …")
        # (أن تكون قد قصفت, "إن بلاده سوف تتخذ": the word before قد / سوف; session 19 ARX3 for سوف)
        pw = i - 1 if i < 2 or words[i - 1].norm not in ("قد", "سوف") else i - 2
        if lang == "ar" and frame in ("svo", "mutual") and e.kind == "verb" and src is not None \
                and src.i0 > i and not pairs and i > 0 and ("pron_speaker" in words[pw].cue
                                                            or "pron_country" in words[pw].cue):
            # "نفت إسرائيل أنها قصفت المستشفى"، "قال إن بلاده قدمت مساعدات …": the pronoun right before
            # the verb is its subject (the speaker); the noun phrase after the verb is its object ("نفى أن
            # يكون قد التقى نظيره الإسرائيلي": the counterpart is met, the speaker meets; session 17 LFT)
            if tgt is None:
                tgt = src
            src = None
        if lang == "en" and quote is None and src is None and src_actor is None and not pairs and pron:
            src_actor = vow_that_en.vower(doc, words, args, i)   # "Tehran vowed that it would retaliate" (s24 GAPE3)
        if speaker is not None and src is None and src_actor is None and not pairs and not other_pron:
            # "أكد الحلف أنه قتل …": the pronoun subject right before the verb is the speaker (an English noun only
            # after a pronoun close before it, "we launched an attack"; "we are determined to find those responsible for
            # this brutal attack" names no author of it, session 40)
            if (pron and not (lang == "en" and e.kind == "noun"
                              and not any(i - 3 <= k < i for k in cues["pron_country"]))) \
                    or (e.cameo[:2] in _VERBAL_ROOTS and frame != "none") or \
                    (e.kind == "verb" and i > 0 and "pron_speaker" in words[pw].cue) or \
                    (lang == "ar" and e.kind == "verb" and _joined_to_speaker_clause(words, i)) or \
                    (lang == "ar" and e.kind == "noun" and _speaker_announced(words, i)):
                src_actor = speaker
        if goes_on and src is not None and src.i0 > i and not pairs:
            if any(src.i1 <= a.i0 <= src.i1 + 1 for a in args):
                denier = None   # (a second phrase right after the first: the verb's own subject and object,
                # "واتهمت الجزائر فرنسا بدعم …")
            else:   # (the phrase right after the verb is its object: "وطالب مجلس الأمن بفرض عقوبات على إسرائيل")
                tgt, src = src if tgt is None or tgt.i0 > src.i0 else tgt, None
        if denier is not None and not pairs:
            if src is not None and src.i0 > i and e.cameo[:3] == "112" and any(
                    _bi_word(x) for x in words[src.i1:src.i1 + 2] if not x.punct):
                # (a ب-word within two words after it: "القوات الحكومية بخرق", an adjective outside the actor span)
                tgt, src = src, None   # (the one phrase before the ب-charge is the accused, as in _conjoined_subject)
            if src is None and src_actor is None:
                src_actor = denier
        if not pairs:
            sa = src.actor if src else src_actor
            if tgt is not None and ((_one_referent(sa, tgt.actor) and not _official_and_body(sa, tgt.actor)) or (
                    e.cameo[:2] == "15" and sa is not None and sa.country and tgt.actor.country == sa.country)):
                tgt = None   # (حشدت روسيا قواتها: a show of force's object is its own forces, not a target)
            if clause_recip and sa is not None:
                other = tgt or next((a for a in A if a.actor.country and a.actor.country != sa.country), None)
                if other is not None and not _same(sa, other.actor):
                    pairs = [((src or sa), other), (other, (src or sa))]
            elif clause_recip and sa is None and tgt is not None:
                # "إعادة الدبلوماسيين الأميركيين والروس": reciprocal among the conjoined patients
                conj = _conjoined(words, A, A.index(tgt)) if tgt in A else [tgt]
                conj = [g for g in conj if g.actor.country and g.actor.country != tgt.actor.country]
                if conj:
                    pairs = [(tgt, conj[0]), (conj[0], tgt)]
            if not pairs and src is not None and tgt is None and e.kind == "verb" and e.cameo[:2] in _COOP_ROOTS \
                    and src in A and e.cameo[:3] not in _THIRD_PARTY \
                    and not (lang == "en" and (english.offer_object(words, i, last)
                                               or english.thing_supported(words, last, A, e.cameo)
                                               or english.named_with(words, last))):
                # ("Japan and South Korea offered emergency aid": to a third party, not to each other)
                # "Turkey and Russia agreed to …", "وقعت مصر والسودان اتفاقية": two conjoined subjects
                # of a cooperative verb with no object of their own cooperate with each other
                start = A.index(src)
                while start > 0 and src in _conjoined(words, A, start - 1):
                    start -= 1
                conj = _conjoined(words, A, start)
                if len(conj) == 2 and src in conj and all(g.actor.country for g in conj) \
                        and conj[0].actor.country != conj[1].actor.country:
                    pairs = [(conj[0], conj[1]), (conj[1], conj[0])]
            if not pairs and lang == "ar" and frame == "svo" and src is not None and tgt is not None \
                    and src in A and tgt in A and src.i0 > i and tgt.i0 > src.i0:
                # VSO with conjoined subjects: "أدانت مصر والسعودية والإمارات الهجوم": the conjuncts
                # joined by و are all agents, none is the object; the object is a bare actor after them
                conj = [g for g in _conjoined(words, A, A.index(src))
                        if g is src or words[g.i0].prefix[:1] == "و" or words[g.i0 - 1].norm == "و"
                        or (words[g.i0].norm[:1] == "و" and g.actor.kind == src.actor.kind == "country"
                            and g.start > words[g.i0].start)]   # not واشنطن: its و is the name's
                if tgt in conj and len(conj) >= 2 and conj[1] is A[A.index(src) + 1]:
                    k = A.index(conj[-1]) + 1
                    nxt = A[k] if k < len(A) and A[k].prep == "" and A[k].i0 - conj[-1].i1 <= 6 else None
                    pairs = [(g, nxt) for g in conj if nxt is None or not _same(g.actor, nxt.actor)]
                    if nxt is None and len(conj) == 2 and (e.cameo[:2] in ("03", "04") or e.cameo[:3] == "057") \
                            and e.cameo[:3] not in _THIRD_PARTY \
                            and all(g.actor.country for g in conj) \
                            and conj[0].actor.country != conj[1].actor.country:
                        # "اتفقت روسيا وأوكرانيا على …": two conjoined subjects of a cooperative verb cooperate
                        pairs = [(conj[0], conj[1]), (conj[1], conj[0])]
            if not pairs:
                pairs = [((src or src_actor), tgt)]
        if e.cond == "other_owner" and not any(isinstance(pr[0], Arg) and _is_state(pr[0].actor) for pr in pairs):
            st = next((a for a in reversed(before) if a.prep == "" and _is_state(a.actor)), None) \
                if e.kind == "noun" else None
            if st is None:
                continue   # closing offices is a sanction only when the state closes them (session 26 B16EN)
            # "police raided the party's headquarters and ordered the closure of all its offices": the state named
            # before closes them, not the owner between (session 26 B16EN)
            pairs = [(st, pr[1] if pr[1] is not None and not _same(pr[1].actor, st.actor) else None) for pr in pairs[:1]]
        if e.cond == "police_person" and not any(
                isinstance(a, Arg) and isinstance(b, Arg) and (a.actor.role or "") in _DETAINING_ROLES
                and b.actor.kind != "country" and not _is_state(b.actor) and (b.actor.code or "")[:3] != "IGO"
                for (a, b) in pairs):
            # "أوقفت الشرطة حاكم المصرف السابق فلان": أوقف is "detained" only with police / judiciary / security as
            # its subject and no state or IGO as its object (any other object: halted; session 53, ARMISS53; not
            # the army: "أوقف الجيش تقدم المتمردين" halted an advance)
            continue
        if e.cond == "actor" and not any(_political(x.actor) for pr in pairs for x in pr if isinstance(x, Arg)):
            # "يوصي الخبراء بنسبة …"، "أوصى الأطباء المرضى": advice with no political side named in its clause is no
            # appeal (a quote's speaker or the story's state is no side of it: "في حين يوصي الخبراء"; s22)
            continue
        negated, modality, intent, neg_i, denied = _scope(words, i, cs, ce, trig_idx, lang, quote, lex, e.kind)
        if negated and lang == "ar" and (("nobody" in words[last + 1].cue) if last + 1 < len(words) else False) \
                or (lang == "ar" and e.kind == "noun" and e.frame == "none" and i > 0 and "between" in words[i - 1].cue):
            continue   # "شراكة لا تستهدف أحدا": a negated act on nobody is a description; "بين القتلى": among the dead
            # are the victims of a happening told elsewhere, no act (session 15 AR11)
        if negated and lang == "ar" and neg_i >= 0 and any(
                "mean" in words[k].cue and "neg" in words[k - 1].cue for k in range(max(cs, neg_i + 1), i)):
            continue   # "القرار لا يعني استئناف العلاقات": what a thing does not mean is no act, done or refused (s24)
        if negated and lang == "en" and english.nobody_harmed(words, i, neg_i, e.cameo[:2]):
            continue   # "… but nobody was hurt": no victims, no act (session 16 EN11)
        if lang == "ar" and e.kind == "noun" and e.frame == "none" and e.cameo[:2] in _ATTACK_ROOTS \
                and _carried_victims(words, i, cs):
            continue   # "وصول 12 جريحا إلى المستشفى": casualties carried or received, no attack of their own (AR12)
        if lang == "ar" and frame == "self" and modality == "demand" and i > 0 \
                and words[i - 1].cue.get("demand") == "next" and words[i - 1].norm[-1:] not in ("ه", "ة"):
            # "ومنع المتظاهرون الشاحنات من الوصول": the crowd right after منع is the verb's subject, not what is
            # demanded / prevented (منع التظاهرة: a verbal noun, not a crowd)
            modality = "asserted"
        if negated and lang == "ar" and e.kind == "noun" and (e.cameo[:2] in _ATTACK_ROOTS or e.cameo[:2] == "14"):
            rk = next((k for k in range(i - 1, max(cs, i - 5) - 1, -1) if "repel" in words[k].cue), -1)
            if 0 <= neg_i < rk:
                # "لم تمنع الشرطة المظاهرة"، "لم يتمكن الجيش من صد الهجوم": the negation is of the preventing /
                # repelling; the protest / attack itself took place
                negated = False
        if frame == "mutual" and len(pairs) == 2 and (intent or negated or modality != "asserted") \
                and not _coordinated_pair(words, pairs):
            # an intention / refusal belongs to the subject: keep its direction only (unless both sides are
            # the coordinated subject: "لم تتوصل إسرائيل وحماس إلى اتفاق" failed both ways)
            subj = next((g for g in (before[::-1] if before else []) if g.prep == ""), None)
            keep = [pr for pr in pairs if isinstance(pr[0], Arg) and subj is not None and pr[0] is subj]
            pairs = keep or pairs[:1]
        if sent_hypo or (i > 0 and "hypo" in words[i - 1].cue) or (i > 1 and "hypo" in words[i - 2].cue):
            modality = "hypothetical" if modality == "asserted" else modality
        # a verbal noun not anchored to a happening is a reference.  "Protesters + action verb" is a
        # candidate report that the learned filter judges (grouped CV with the filter: PROTEST F1 0.43
        # against 0.39 when the rules mark it a reference); adverbial احتجاجاً stays a reference.
        reference = e.kind == "noun" and sent.segment_kind != "title" and not sent_time and e.cond != "quote" \
            and modality == "asserted" and not negated and not intent and not _anchored(words, i, last, cs, ce) \
            and not (frame == "self" and e.obj and _SELF_ACTION_REPORTS)
        if lang == "ar" and e.kind == "verb" and not reference and i > 0 and "ref" in words[i - 1].cue \
                and "ma_rel" not in words[i - 1].cue and not w.prefix and sent.segment_kind != "title" \
                and not negated and modality == "asserted":
            # "تهم قتل"، "بعد قتل": no finite verb follows a reference noun / preposition (a demonstrative
            # or pronoun - ma_rel cue - may be a subject): the verb form is a verbal noun, a reference
            # unless an anchor follows (as for nouns: _anchored)
            reference = not _anchored(words, i, last, cs, ce)
        elif lang == "ar" and e.kind == "verb" and not reference and i > 0 and "noun_prep" in words[i - 1].cue \
                and not w.prefix and sent.segment_kind != "title" and not negated and modality == "asserted":
            # "مشيرا إلى قتل العمال"، "متورط في خطف الطيار"، "ردا على خطف الجنديين": a preposition governs a noun, so
            # the verb form after it is the verbal noun, judged as a noun is (a report when anchored: "أسفر القصف عن
            # قتل خمسة"، "نجح الجيش في قتل قائدهم"; session 41 gsr41)
            reference = not _anchored(words, i, last, cs, ce)
        demo = False   # "responsible for this brutal attack": an act named by a demonstrative (s24 OTH7)
        if lang == "en" and e.kind == "verb" and not reference and i > 0 \
                and e.cameo[:2] in english.FORCE_ROOTS and sent.segment_kind != "title" and not negated \
                and modality == "asserted" \
                and ("noun_det" in words[i - 1].cue or (demo := this_act_en.named_act(words, i, cs))):
            # "said the raids were limited", "warned that the fighting put the truce at risk": no finite verb after
            # a definite determiner -- the verb form is a noun naming a known act, a reference unless an anchor or a
            # time of its clause makes it a report ("the raids on the camp continued on Tuesday"; session 17 EXT).
            # Violence only (18-20): "described the talks with Qatar as constructive" tells talks just held.
            cues = cue_index(words)
            reference = not (has_cue(cues, "anchor", max(cs, i - 6), min(ce, last + 7), i)
                             or has_cue(cues, "time", cs, ce, i))
        if reference and lang == "ar" and (e.cameo[:2] <= "08" or e.cameo[:2] in _ANNOUNCED_ROOTS
                                           or (e.cameo[:2] in _EXPRESSED_ROOTS and i > 0 and words[i - 1].norm == "عن")) \
                and any("coop_anchor" in words[k].cue and (words[k].cue["coop_anchor"] != "bi" or w.norm[:1] == "ب")
                        for k in announced_aside_ar.window(words, i, cs)):
            # (and a show of force: أجرت الصين مناورات عسكرية، أجرت كوريا الشمالية تجربة صاروخية)
            # "أجرى الرئيس اتصالا هاتفيا مع …"، "أعلنت الحكومة وجماعة الحوثي وقفا لإطلاق النار": a
            # cooperation noun after a light / announcing verb of its clause is a report; so are a sanction and
            # an arrest (session 13: "أعلنت وزارة الداخلية القبض على خلية"، "أعلنت الحكومة فرض حظر التجول")
            reference = False
        if reference and lang == "ar" and decided_noun_ar.decided(words, i, trigs):
            reference = False   # "قرر المجلس … استدعاء القائم بالأعمال … وتقديم شكوى": decided now (s32 fixar2)
        ready = lang == "ar" and _expressed_readiness(words, i, cs, e.lemma)
        if ready:
            reference = False   # "بلاده مستعدة للتوسط": the intended act (intent), not a reference
        elif lang == "ar" and e.obj and "ready_adj" in w.cue:
            # "موسكو مستعدة للحوار": the readiness word itself the trigger, with its ل-object (session 22 STR): as
            # the readiness before an act noun (مستعدة للتفاوض), the intended act, not a reference
            reference = False
            modality = "intent" if modality == "asserted" else modality
        if lang == "ar":
            lem = e.lemma[:1]
            wn = w.norm
            # ل of purpose / genitive (ليفجر نفسه، لتفجير، الذكرى لاغتيال) unless "تعرض لـ" (suffered)
            if wn[:1] == "ل" or wn[:2] in ("ول", "فل"):
                suffered = e.kind == "noun" and _suffered_report(words, i, cs)
                if lem not in ("ل", "ل") and not (i > 0 and "anchor" in words[i - 1].cue) \
                        and not _operation_masdar(words, i, e) and not suffered:   # (عملية لتبادل الأسرى: anchored)
                    if e.kind == "verb":
                        modality = "intent" if modality == "asserted" else modality
                    elif not ready:   # (أعربت قطر عن استعدادها للتوسط: the expressed readiness makes it intent)
                        reference = True
                if suffered:
                    reference = False
            # سيفجر / وستنفجر: future by the س proclitic
            # (a verb whose own first letter is س needs it twice: ستسحب، سيسيطر, not سحبت، سيطر)
            if e.kind == "verb" and (wn[:1] == "س" or wn[:2] in ("وس", "فس")) \
                    and len(wn) > 2 and wn[wn.index("س") + 1:wn.index("س") + 2] in ("ي", "ت", "ن") \
                    and (lem != "س" or wn[wn.index("س") + 2:wn.index("س") + 3] == "س"):
                modality = "future" if modality in ("asserted", "possible") else modality
        if lang == "en" and e.kind == "noun" and modality == "asserted" and not negated \
                and scheduled_en.takes_place_later(words, last, ce):
            modality = "future"   # "the talks will resume next week", "the summit is expected to open on Tuesday"
        if lang == "ar" and sent_time and modality == "asserted" and not negated and not intent \
                and scheduled_ar.scheduled(doc, words, i, cs, ce, e.kind, e.lemma):
            modality = "future"   # "يجري الوزير محادثات مع نظيره الأحد المقبل"، "تعقد اللجنة اجتماعها غدا" (AR12)
        if modality == "demand" and e.cond == "envoy_subject" and (speaker is None or _is_state(speaker)):
            modality = "asserted"   # "said the envoy must leave Lithuania": a state's order, not a demand (envoy_leave_en)
        cameo = e.cameo
        # the rows whose code prefix the code has, in order (an asserted trigger: only the rows that can apply)
        if modality == "asserted" and not negated and not intent:
            rows = recode_plain_memo.get(cameo)
            if rows is None:
                rows = lex.recode_plain(cameo)
        else:
            rows = lex.recode_for(cameo)
        asked_at = -1   # (English: the demand verb whose content this act is, "called on X to release": s30)
        for frm, when, to, _ in rows:
            if when == "intent" and intent:
                cameo = to
                break
            if when == "possible" and modality == "possible" and not negated:
                cameo = to   # "قال أردوغان إن بلاده قد تعلق علاقاتها مع أبوظبي": a sanction held out as possible is a
                break        # threat of it (session 37)
            if when == "future" and modality == "future" and (not negated or denied):
                cameo = to   # (denied: "نفى أنه سيلتقي نظيره" = a negated intent to meet, 036, not a refusal)
                break
            if when == "demand" and modality == "demand" and not any(t.cameo[:2] in ("10", "02") and (lang == "ar" or j < i)
                                                                     for (j, _, t, _) in trigs):
                cameo = to
                if lang == "en" and pairs and isinstance(pairs[0][0], Arg):
                    # "X said Y must …", "X called on Y to …": X demands of Y
                    k = next((k for k in range(i - 1, cs - 1, -1) if "demand" in words[k].cue), -1)
                    asker = next((a for a in reversed(A) if a.i1 <= k and a.prep == ""), None) if k >= 0 else None
                    asker = asker if asker is not None and pairs[0][0].i0 > k else speaker
                    if asker is not None and not _same(getattr(asker, "actor", asker), pairs[0][0].actor):
                        pairs = [(asker, pairs[0][0])]
                        modality = "asserted"   # the asker's demand (10x) was made; its content is its code
                        asked_at = k if 0 <= k < i and words[k].norm not in _EN_MODAL_DEMAND \
                            and not any(words[x].text in ".;:" for x in range(k, i)) else -1
                    elif 0 <= k and pairs[0][0].i1 <= k and (pairs[0][1] is None or pairs[0][1].i0 > i):
                        # "called on both sides to stop attacks on civilians": the asker's own demand of an addressee
                        # that is no actor; the actor after the act is the act's object, not whom the demand is on
                        pairs = [(pairs[0][0], None)]
                        modality = "asserted"
                        asked_at = k if words[k].norm not in _EN_MODAL_DEMAND \
                            and not any(words[x].text in ".;:" for x in range(k, i)) else -1
                break
            if when == "state_subject" and e.kind == "verb" and "official_protest" in w.cue and pairs \
                    and _is_state(getattr(pairs[0][0], "actor", pairs[0][0])) and not (i > 0 and words[i - 1].norm == "to"):
                cameo = to   # "احتجت الخارجية لدى …", "China protested to Japan": an official complaint
                break
            if when == "state_force" and e.kind == "verb" and pairs \
                    and (getattr(getattr(pairs[0][0], "actor", pairs[0][0]), "role", None) or "") in _STATE_FORCE_ROLES \
                    and not (i > 0 and words[i - 1].norm == "to"):
                cameo = to   # "Police blocked the road": a state restricting movement, no protest (session 29)
                break
            if when == "crowd_subject" and e.kind == "verb" and ((pairs and isinstance(pairs[0][0], Arg)
                    and (any(_protester_noun(words[k]) for k in range(pairs[0][0].i0, pairs[0][0].i1))
                         or words[pairs[0][0].i0].norm in kind_sets("supporters_crowd_ar.tsv", ("head",))["head"]
                         or (lang == "ar" and pairs[0][0].actor.code == "CVL" and _storming(e.lemma))))
                    or (lang == "en" and _en_crowd_subject(words, i))):
                # ("crowds stormed Hasina's official residence": a crowd noun, no actor, right before the verb; s40)
                cameo = to   # "اقتحم محتجون غاضبون مركزا للتأشيرات": a crowd storming is a riot, no armed attack (s33;
                # a leader's supporters too, "اقتحم آلاف من أنصار الصدر القصر", s35)
                break
            if when == "neg" and negated and not denied and not intent and modality in ("asserted", "future") \
                    and e.cond != "outcome" and not (modality == "asserted" and words[neg_i].cue.get("neg") == "past") \
                    and not (lang == "en" and modality == "asserted" and english.past_negation(words, i, neg_i)):
                # (an outcome not reached, لم يتوصلا إلى اتفاق, is a negated agreement, not a refusal; nor is an
                # act a denial is about: "نفت الحكومة أنها وقعت اتفاقا" = a negated 057, session 17 ARG; nor a past
                # act negated by لم: "لم توقع أي اتفاق" = a negated 057, session 17 LFT)
                # "لن تقبل مصر بالتهجير", "لن نشارك في المحادثات": a refusal announced for the future is made now
                cameo, negated, modality = to, False, "asserted"
                break
            if when == "legal_charge" and lang == "en" and "formal_charge" in w.cue and (english._passive(words, i) or (
                    sent.segment_kind == "title" and w.norm.endswith("ed")) or (
                    pairs and (getattr(getattr(pairs[0][0], "actor", pairs[0][0]), "role", None) or "") in ("COP", "JUD"))):
                cameo = to   # "was charged with robbery", "Police charged the driver with …": a formal charge (session 14;
                # a headline's participle is its passive: "Suspect charged with attempted murder", session 40)
                break
            if when.startswith("cue:") and has_cue(cues, when[4:], cs, ce):
                cameo = to   # "suicide bombers killed …": the weapon words of the clause decide
                break
            if when == "conditional" and modality == "conditional" and not negated:
                cameo = to
                break
            if when == "neg_ma" and negated and i > 0 and words[i - 1].norm == "ما":
                cameo, negated = to, False
                break
        if modality == "conditional" and cameo[:2] == "13" and e.cameo[:2] == "13":
            # "هددت إيران بإغلاق المضيق إذا تعرضت لهجوم", "threatened to impose sanctions if …": the condition is
            # the threat's content; the threat itself was made
            modality = "asserted"
        if lang == "en" and e.cameo[:2] not in english.FORCE_ROOTS and english.without_noun(words, i):
            continue   # "would not lift the duties without a credible offer": an absent offer is no act (session 12)
        if lang == "en" and e.kind == "verb" and topic_noun_en.topic_object(words, i, e.cameo[:2]):
            continue   # "a ruling on Guyana's request", "did not comment on the sentence": no new act (session 27)
        if lang == "en" and topic_noun_en.remark_topic(words, i):
            continue   # "did not comment on the rally", "has not spoken publicly about the arrest": told before (s50)
        try:
            info = lookup(cameo)
        except KeyError:
            continue
        # background: relative clauses (الهجوم الذي استهدف …) and nouns that are the object of
        # another predicate (استنكر تفجيرات …، اتهم … باغتيال …)
        if cs > 0 and "rel" in words[cs - 1].cue and sent.segment_kind != "title":
            reference = True
        if governed:
            reference = True
        if repel == "happened" and not (cs > 0 and "rel" in words[cs - 1].cue):
            reference = False   # a repelled attack took place: a report, not a reference
        elif repel == "foiled":
            negated = True      # a foiled attack / plot did not happen
        if masdar and governed and lang == "ar":
            pairs = [(None, None)]   # (the topic of a comment names the act, not its sides: session 40)
        for s, t in pairs:
            ev = _make(doc, si, sent, words, i, last, e, cameo, info, s, t, quote, speaker, lang)
            if masdar and governed and lang == "ar":
                ev.rule += ":topic"
            if asked_at >= 0:
                # the demand's evidence runs from its verb: "called on Managua to release him" (the act asked for
                # is the code; "called" is the act done), session 30
                ev.trigger_start = words[asked_at].start
                ev.trigger = doc.text[ev.trigger_start:ev.trigger_end]
            elif ready and "ready_adj" in words[i - 1].cue and modality == "intent":
                # "أنقرة مستعدة لبذل كل جهد": the offer's evidence runs from the readiness word (session 32 fixar)
                ev.trigger_start = words[i - 1].start
                ev.trigger = doc.text[ev.trigger_start:ev.trigger_end]
            if lang == "en" and t is None and e.kind == "verb":
                english.apply_object_owner(ev, words, i, last, ce)   # "rejected an Indian proposal" -> IND
            if speaker is not None and speaker.country and lang == "ar":
                _speaker_possessive(doc, words, ev, s, t, speaker)
            if state_place is not None and not ev.target_code and state_place.country != ev.source_country:
                _target_country(ev, state_place.country, ":tgt-recognised")
            ev.negated = negated
            ev.modality = modality
            ev.historical = sent_hist or reference
            # markers set on the fresh event above (":tgt-owner", ":tgt-recognised") are kept after the frame
            ev.rule = f"{lang}:{e.kind}:{frame}" + (":quote" if quote else "") + (":speaker-on" if goes_on else "") \
                + (":ref" if reference else "") \
                + (":demo" if demo and reference else "") + (f":{repel}" if repel else "") + (ev.rule or "") \
                + (":listed" if lang == "ar" and e.kind == "noun" and e.cameo[:2] in _LISTED_NOUN_ROOTS
                   and w.norm[:1] == "و" and e.lemma[:1] != "و" else "")
            if lang == "en":
                ev.confidence = _en_rank(ev, words, i, e, cameo, reference,
                                         any(t.cameo[:2] == "10" and j != i for (j, _, t, _) in trigs), bnd, cs)
            evs.append(ev)
    if evs:
        # (each sentence rule below does nothing without an event of its roots: those calls are skipped;
        # no rule here changes an event's root)
        roots = {ev.root for ev in evs}
        if lang == "ar":
            if "10" in roots or "02" in roots or "04" in roots:
                conflict_sides.addressed(doc, evs)   # "وطالب طرفي النزاع بحماية المدنيين": المدنيين no side
                # (04: "واستقبل الوزير الوفدين", the two delegations as guests, session 26 AR1B)
            if len(evs) > 1:
                _conjoined_subject(words, evs, args)
                _joined_noun(words, evs)
            if "04" in roots and len(evs) > 2:
                evs = during_it.drop(words, evs)   # "اتصالين مع نظيريه … بحث خلالهما": one happening
            if "04" in roots and len(evs) > 1:
                during_it.sides(words, evs)   # "اتصالا بنظيره، حثه خلاله على …": the caller urged the partner
            if "11" in roots or "12" in roots or "05" in roots or "01" in roots:
                # "…، وهو ما نددت به طهران": the act's actor is the target; "وهو ما نفته" (016), an act that is no
                # event ("أصدر قرارا …، وهو ما رفضه …": the first clause's subject; session 23)
                antecedent_act.apply(words, evs, args)
            if "11" in roots:
                _accused_agent(words, evs)
            if "11" in roots or "12" in roots:
                _condemned_act(words, evs)
        if "14" in roots:
            for ev in evs:
                if ev.root == "14":
                    if lang == "ar" and not _statelike(ev, "source", doc):
                        _site_source(words, ev)   # (a state at the site: _protest_direction)
                    _protest_direction(ev, doc)
            _share_crowd(evs, doc, words)
        if lang == "en" and "14" in roots:
            _quantified_crowd(words, args, evs)     # "several thousand people rallied" (session 11, EN5)
        if lang == "ar":
            if "14" in roots:
                supporters_crowd_ar.apply(words, evs)   # "تظاهر مئات من أنصار الفصائل": civilians (s25)
                _quantified_crowd(words, args, evs)
                _protest_purpose(words, evs)
            if not roots.isdisjoint(_ATTACK_ROOTS):
                if "14" not in roots:
                    supporters_crowd_ar.apply(words, evs)   # "اقتحم آلاف من أنصار الكتائب السور": a crowd (s38)
                _attributed(words, args, evs)
                reply_attack.apply(words, args, evs)   # "وردت القوات الحكومية بقصف …": the reply's subject
                repelled_attack.apply(doc, words, evs)   # "أعلن الجيش أنه صد هجوما …، وقتل العشرات من عناصرها"
            elif "11" in roots or "16" in roots or "17" in roots:
                reply_attack.apply(words, args, evs)   # "ورد المتحدث … باتهام الوكالة بالانحياز" (session 13); "وردت
                # القوات الأميركية بإطلاق الغاز المسيل للدموع" (session 37)
    # statements: every quote with a known speaker
    for q in quotes:
        if not q.cue:
            continue   # a quotation's later sentence (continued_quote): the statement is its first sentence's
        spk = actor_of(doc, q.speaker_actor_id)
        if spk is None or q.cue == ":":
            if spk is None:
                continue
        if any(ev.quote_id == q.id and ev.root == "01" for ev in evs):
            continue
        if lang == "ar" and (q.speaker_end <= q.speaker_start or q.speaker_end <= sent.start) \
                and _relative_hedge(words, args, q.cue_start):
            continue   # "عشرات السفن التي تقول إنها مرتبطة بإسرائيل": a hedge inside a relative clause (s29 B20AR)
        if lang == "en" and (english.standing_claim(sent, words, q, time_starts)
                             or english.according_to_figures(words, q)):
            continue   # "Egypt says the detours have cut its revenue": a standing position; "according to U.N.
            # estimates": figures cited (session 16 EN11)
        c = lex.cue(_norm(q.cue, lang)).get("speech") or "010"
        if c == "010" and judged_quote.judged(doc.text, q, lang):
            c = "111"   # 'وقال الغنوشي إن ما قام به سعيد "انقلاب على الثورة"': a quoted judgement is a criticism (s35)
        felt = feeling_act_en.content_feeling(doc.text, q) if lang == "en" and c == "010" else None
        if felt is not None:
            c = "012"   # "said they were deeply concerned": the speaker's concern (session 45 ENMISS45)
        try:
            info = lookup(c)
        except KeyError:
            continue
        blame_at = blamed_quote_ar.blamed(doc.text, q) if lang == "ar" and c == "010" else -1
        if blame_at >= 0 and any(a.actor.country and blame_at <= a.start <= blame_at + 2 for a in args):
            c = "112"   # "وقال إن إسرائيل هي المسؤولة الوحيدة عن الكارثة": an accusation of that actor (s40)
            try:
                info = lookup(c)
            except KeyError:
                continue
        obliged_at = obliged_quote_ar.obliged(doc.text, q) if lang == "ar" and c == "010" else -1
        obliged_arg = next((a for a in args if a.start == obliged_at and not _same(a.actor, spk)), None) \
            if obliged_at >= 0 else None
        if obliged_arg is not None:
            c = "100"   # "وقال إن على حماس أن تنزع سلاحها": what X must do is demanded of X (session 42)
            try:
                info = lookup(c)
            except KeyError:
                continue
            obliged_quote_ar.demanded_act(doc.text, evs, obliged_arg)
        if lang == "en" and any(e.trigger_start == q.cue_start and e.root == info.root and e.source_code for e in evs):
            # "denied any wrongdoing and accused …": the cue is already a verb's own event with its subject, the same
            # act (a verb event with no subject found leaves the speaker's: "She denied the charges"; session 51)
            continue
        tgt = obliged_arg or next((a for a in args if q.content_start <= a.start < q.content_end and a.actor.country
                                   and (a.actor.country != spk.country or c == "111") and not _same(a.actor, spk)), None)
        # (a criticism may be of the speaker's own country's side: "إن ما قام به سعيد «انقلاب»", s35)
        # (by position, as _make: no keyword dict; tests/test_events_speed_s7.py checks the field order)
        ev = Event("", si, sent.start, sent.end, q.cue_start, q.cue_end, doc.text[q.cue_start:q.cue_end], c, info.root,
                   info.quad_class, info.goldstein, info.plover_type, info.plover_mode, list(info.plover_context))
        _fill_actor(ev, "source", spk, (q.speaker_start, q.speaker_end) if q.speaker_end > q.speaker_start else None)
        if tgt is not None:
            _fill_actor(ev, "target", tgt.actor, (tgt.start, tgt.end))
        ev.quote_id = q.id
        if felt is not None:
            ev.also_spans = [felt]   # (the feeling word tells the statement)
        ev.historical = sent_hist
        ev.confidence = 0.55 + (0.1 if tgt is not None else 0.0)
        ev.rule = f"{lang}:quote-statement"
        _finish(doc, ev, sent, lang)
        evs.append(ev)
    return evs


_ADJUNCT_PREPS = frozenset(["في", "خلال", "اثر", "جراء", "بسبب", "عقب", "اثناء", "ابان"])
_CONFLICT_ROOTS = frozenset(["14", "15", "17", "18", "19", "20"])
_STATE_ROLES = frozenset(["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "DIP", "ELI"])
_DETAINING_ROLES = frozenset(["COP", "SPY", "JUD"])   # (cond police_person: أوقف = detained)
_POLITICAL_ROLES = frozenset(["OPP", "PTY", "REB", "INS", "IGO"])
# "تحدث الرئيس مع نظيره / مع الأمين العام" (cond talk_state, session 27 AR5): a political partner, not the police
_TALK_ROLES = frozenset(["GOV", "DIP", "ELI", "LEG", "IGO"])


def _copy_source(dst: Event, src: Event) -> None:
    """Give ``dst`` the source actor of ``src`` (every source_* field)."""
    copy_side(dst, "source", src)


def _statelike(ev, side, doc=None) -> bool:
    code = getattr(ev, f"{side}_code")
    if not code:
        return False
    if doc is not None:
        a = actor_of(doc, getattr(ev, f"{side}_actor_id"))
        if a is not None and a.kind == "group":
            return False   # "تظاهر آلاف السودانيين": a nationality plural names people, not the state
    role = getattr(ev, f"{side}_role")
    return role in _STATE_ROLES or (not role and len(code) == 3 and code == getattr(ev, f"{side}_country"))


def _conjoined_word(w) -> bool:
    """Does the Arabic word carry the conjunction و / ف (واتهم، فدعت)?  The tokenizer does not split the clitic on every
    word, so by its first letter too when the rest is still a word (five letters or more, or four with the split kept)."""
    n = w.norm
    return n[:1] in ("و", "ف") and (len(n) >= 5 or (len(n) == 4 and (w.prefix in ("و", "ف") or (
        # "وحثت" (و + a three-letter verb the tokenizer left whole): a trigger whose lemma does not open with the letter
        bool(w.trig[1]) and not any(_norm(x.lemma, "ar")[:1] == n[0] for x in w.trig[1])))))


def _carried_victims(words, i: int, cs: int) -> bool:
    """Is the casualty noun at word ``i`` the object of a word of carrying or receiving (cue ``carried``: وصول، نقل،
    استقبل …), right before it or before a count (at most two words, no punctuation, no other trigger word)?"""
    for k in range(i - 1, max(cs, i - 3) - 1, -1):
        w = words[k]
        if "carried" in w.cue:
            return True
        if w.punct or w.trig[1]:
            return False
    return False


def _denial_cue(lex, cue: str) -> bool:
    """Is an Arabic quote cue a denial verb (cue ``neg_speech``: نفى، ونفت، فنفى)?"""
    n = _norm(cue, "ar")
    return "neg_speech" in lex.cue(n) or (n[:1] in ("و", "ف") and len(n) > 3 and "neg_speech" in lex.cue(n[1:]))


def _joined_noun(words, evs) -> None:
    """"أعلنت مديرية الأمن العام ضبط مستودع …، والقبض على صاحبه"، "… ضبط أكثر من ألف شخص، وترحيل المخالفين": a verbal
    noun joined by و after a comma to an earlier act of the same root in its sentence (an announced arrest, not a
    reference), with no agent of its own, is the same agent's act and as current as it (it was read as a reference
    only for its distance from the announcing verb).  Not across a quote boundary.  Rule marker ``:joined-noun``
    (session 14)."""
    starts = None
    for ev in evs:
        if ":noun:" not in ev.rule or ":ref" not in ev.rule or ev.source_actor_id or ev.source_code:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if not k or words[k - 1].text not in ("،", ",") or not _conjoined_word(words[k]):
            continue
        prev = max((e for e in evs if e.trigger_start < ev.trigger_start and e is not ev), key=lambda e: e.trigger_start,
                   default=None)
        if prev is None or prev.root != ev.root or ":ref" in prev.rule or not prev.source_actor_id \
                or prev.quote_id != ev.quote_id or prev.negated or prev.historical:
            continue
        copy_side(ev, "source", prev)
        ev.historical = False
        ev.rule = ev.rule.replace(":ref", "", 1) + ":joined-noun"


def _outer_verb(words, starts, earlier, inner):
    """The nearest earlier verb event with a source whose complement (a ``comp`` cue after it) holds ``inner``."""
    ji = starts.get(inner.trigger_start)
    outer = next((e for e in reversed(earlier) if e.trigger_start < inner.trigger_start and e.source_code), None)
    jo = starts.get(outer.trigger_start) if outer is not None else None
    if ji is None or jo is None or not any("comp" in words[x].cue for x in range(jo + 1, ji)):
        return None
    return outer


def _conjoined_subject(words, evs, args=()) -> None:
    """"اقتحم مسلحون المطار وخطفوا أربعة أجانب"، "تجمع المتظاهرون … وأحرقوا الإطارات": a verb joined
    by و / ف (or introduced by حيث) to an earlier verb of the sentence, with no subject of its own, shares that verb's
    subject (Arabic drops the repeated subject).  Not across a complementizer or a quote."""
    verbs = [e for e in evs if ":verb:" in e.rule]
    if not verbs:
        return   # (a joined verb needs an earlier one)
    starts = start_index(words)
    # "وصل الوزير إلى عمّان، وعقد اجتماعا مع نظيره": an act noun right after a joined light verb (cue anchor /
    # coop_anchor: عقد، أجرى) with no subject of its own takes the verb's place (session 26 B16AR)
    light = {}
    for e in evs:
        j = starts.get(e.trigger_start) if ":noun:" in e.rule and not e.source_code else None
        if j and _conjoined_word(words[j - 1]) and ("anchor" in words[j - 1].cue or "coop_anchor" in words[j - 1].cue):
            light[id(e)] = j - 1
    if light:
        verbs += [e for e in evs if id(e) in light]
    if len(verbs) < 2:
        return
    verbs.sort(key=lambda e: e.trigger_start)
    for n, ev in enumerate(verbs):
        if n == 0:
            continue
        k = light.get(id(ev), starts.get(ev.trigger_start))
        if k is None:
            continue
        but = k > 0 and "subject_on" in words[k - 1].cue   # "…، لكنها رفضت": the clause before's subject (s25 GAPS)
        if not (k > 0 and (but or words[k - 1].norm in ("حيث", "ثم", "كما") or (
                words[k - 1].norm == "اذ" and k > 1 and words[k - 2].text in ("،", ",")))) \
                and not _conjoined_word(words[k]):
            # ("…، إذ بحث مع الرئيس السوري": after "، إذ" as after حيث, session 20 ARB)
            continue   # (the token's clitic split is not kept on every word: the conjunction by its letter;
            # "زار موسكو حيث وقع …": a verb right after حيث shares the subject too; "…، ثم أفرجت عنهم" after ثم, session 14)
            # ("…، كما اعتقلت فجر اليوم الأمين العام": after كما, "also", session 36)
        if _counted_passive(words, k, ev):
            continue
        prev = next((e for e in reversed(verbs[:n]) if e.trigger_start < ev.trigger_start
                     and not _relative_verb(words, starts, e) and not _motive_masdar(words, starts, e)
                     and not _prep_masdar(words, starts, e)), None)
        # ("وفرقت قوات الأمن المحتجين الذين تجمعوا أمام …، واعتقلت عددا منهم": a verb of a relative clause is no
        # clause the joined verb goes on with, session 36)
        if prev is not None and ":mutual" in prev.rule:
            # "اجتمع الوزير مع أعيان المنطقة وتوصل معهم إلى اتفاق": of a mutual pair the first direction is the
            # subject's; the other one (partner -> subject) is no subject for the joined verb (session 27 AR5)
            prev = next(e for e in verbs[:n] if e.trigger_start == prev.trigger_start and ":mutual" in e.rule)
        hal_at = prev if prev is not None and circumstantial.is_participle(words, starts, prev) else None
        if hal_at is not None:
            # "هاجم الزعيم السياسة، مطالبا بإعادة اللاجئين، واتهم الرئيس …": the participle goes on with the main verb,
            # whose subject is not yet the participle's (circumstantial.py runs later): the main verb's (session 10)
            prev = next((e for e in reversed(verbs[:n]) if e.trigger_start < hal_at.trigger_start
                         and not circumstantial.is_participle(words, starts, e)), None)
        if prev is not None and not prev.source_code and ev.root in _VERBAL_ROOTS:
            # "وحذر الاتحاد من أن أي تصعيد "سيهدد الاستقرار"، ودعا الطرفين": the subject-less verb before is inside
            # the complement of an earlier verb; the joined verbal act goes on with that one (session 15; not a
            # material act: "قال إن مجهولين هاجموا القرية، وأحرقوا المنازل" keeps the attackers')
            prev = _outer_verb(words, starts, verbs[:n], prev) or prev
        if prev is None or not prev.source_code or prev.quote_id != ev.quote_id or prev.negated:
            continue
        reread = False
        if ev.source_code or ev.source_actor_id:
            # "اعتقل الجيش ناشطين وصادر أسلحة": the previous verb's object right before a verb that
            # carries the conjunction is no subject of it (و opens the new clause)
            if not (ev.source_actor_id and ev.source_actor_id == prev.target_actor_id and ev.source_span
                    and prev.trigger_start < ev.source_span[0] and ev.source_span[1] <= ev.trigger_start):
                # (after the previous verb's word: a multi-word trigger "واستدعت السفير" holds its object)
                # "نفت قوات الدعم السريع مسؤوليتها، واتهمت الجيش السوداني بقصف السوق": an accusation (112: اتهم،
                # حمّل المسؤولية) joined after a comma whose one actor stands right after it is its object, the
                # subject goes on from the previous verb (session 9 AR2; not criticism: "…، وانتقد الوزير القرار")
                reread = (((ev.cameo or "").startswith("112") or (
                              ev.root == "10" and prev.root < "14"   # (not after a material act: "اعتقلت الشرطة
                              # صحفيين، وطالبت نقابة الصحفيين بالإفراج عنهما" is the union's demand, session 14)
                              and _charge_next(words, ev.source_span[1] if ev.source_span else 0)
                              and agreement.joined_agrees(words[starts.get(prev.trigger_start, k)].norm,
                                                             words[k].norm))) and ev.source_span
                          and (not (ev.target_code or ev.target_actor_id) or _after_charge(words, ev))
                          and k + 1 < len(words) and ev.source_span[0] == words[k + 1].start
                          and (words[k - 1].text in ("،", ",") or _charge_next(words, ev.source_span[1]))
                          and prev.source_actor_id
                          and prev.source_actor_id != ev.source_actor_id)
                # "، ودعت أنقرة إلى" (s18)
                reread = reread or appeal_object_ar.addressee(words, k, ev, prev, evs, args)
                # "أدان الوزير الهجمات … والتقى نظيره المصري": "his counterpart" right after the joined verb is its
                # object, never its subject (session 20 STR)
                reread = reread or (k + 1 < len(words) and ev.source_span is not None
                                    and ev.source_span[0] == words[k + 1].start
                                    and words[k + 1].norm in counterpart.table()[0]
                                    and prev.source_actor_id is not None and prev.source_actor_id != ev.source_actor_id
                                    and prev.source_country != ev.source_country)
                if not reread:
                    continue
        j = starts.get((hal_at or prev).trigger_start)
        if j is None or any(words[x].text in ".؛;:" for x in range(j + 1, k)):
            continue
        if but and not agreement.joined_agrees(words[j].norm, words[k].norm):
            continue   # "انتقد الرئيس …، لكنها رفضت": she is someone else
        # (the comma before the joined verb, or before its "لكنها": "…، لكنها رفضت" after a long aside, session 46)
        after_comma = words[k - 1].text in ("،", ",") or (but and k > 1 and words[k - 2].text in ("،", ","))
        if (k - j > 14 or any("comp" in words[x].cue for x in range(j + 1, k))) and not _across_relative(
                words, starts, verbs[:n], j, k, ev):
            # "حذر الوزير من أن التصعيد سيقوض الوساطة، ودعا إلى …": a verbal act joined after a comma to a verb whose
            # complement holds no event verb goes on with that verb's subject (not across a full stop, ≤ 24 words)
            if not (ev.root in _VERBAL_ROOTS and k - j <= 24 and after_comma
                    and any("comp" in words[x].cue for x in range(j + 1, k))) and not (
                    ev.root in _VERBAL_ROOTS and k - j <= 30 and after_comma
                    and (reread or not ev.source_code) and not any("comp" in words[x].cue for x in range(j + 1, k))
                    and agreement.joined_agrees(words[j].norm, words[k].norm)):
                # "رفض الأمين العام … أي دعوة لنزع سلاح المقاومة قبل انسحاب إسرائيل الكامل من الأراضي اللبنانية،
                # واتهم الولايات المتحدة …": a verbal act joined after a comma with no subject of its own, of the same
                # gender as the earlier verb, goes on with its subject up to 30 words (session 11)
                continue
        if ev.target_actor_id and ev.target_actor_id == prev.source_actor_id:
            continue
        if ":mutual" in ev.rule and k + 1 < len(words) and words[k + 1].norm.endswith("ان") \
                and words[k + 1].norm in form_set("pair_ar.tsv"):
            continue   # "حيث عقد الرئيسان جلسة مباحثات": its own subject (nominative), the two sides (pair_ar.py; s18)
        if reread:
            copy_side(ev, "target", ev, "source")
            ev.rule += ":conj-obj"
        _copy_source(ev, prev)
        ev.rule += ":conj-subj"
        if ":mutual" in ev.rule and ev.target_code and ev.target_actor_id != ev.source_actor_id:
            # "… حيث وقع مع نظيره الروسي اتفاقيات": the partner signed too (the other direction)
            evs.append(reversed_copy(ev, "conj-subj-back"))


def _across_relative(words, starts, verbs, j: int, k: int, ev) -> bool:
    """"وفرقت قوات الأمن مساء أمس عشرات المحتجين الذين تجمعوا أمام مقر النقابة في وسط القاهرة …، واعتقلت عددا منهم":
    a verb joined after a comma, up to 24 words after the earlier verb at ``j``, whose words between hold a relative
    clause (the only verb events between are relative verbs or motive masdars) and no complementizer, of the same gender, goes on with
    that verb's subject though it is no verbal act (session 36)."""
    if k - j > 24 or words[k - 1].text not in ("،", ",") or ev.source_code:
        return False
    between = [e for e in verbs if words[j].start < e.trigger_start < words[k].start]
    if not between or not all(_relative_verb(words, starts, e) or _motive_masdar(words, starts, e) for e in between):
        return False
    if any("comp" in words[x].cue for x in range(j + 1, k)):
        return False
    return agreement.joined_agrees(words[j].norm, words[k].norm)


def _motive_masdar(words, starts, e) -> bool:
    """Is the event's word an adverbial verbal noun of motive ("رفضا للاتفاقية"، "احتجاجا على": motive_ar.tsv),
    which motive.drop_motives drops later: no verb the joined one goes on with?"""
    j = starts.get(e.trigger_start)
    if j is None:
        return False
    t = motive.table()
    return words[j].norm in t["masdar"] or words[j].norm in t["motive"]


def _prep_masdar(words, starts, e) -> bool:
    """Is the event's word a verbal noun right after a preposition ("ودعا أردوغان الدول الأوروبية إلى رفع العقوبات
    …، وانتقد …": رفع is the content appealed for, its actor the addressee)?  No finite verb follows a preposition, so
    it opens no clause a joined verb goes on with (session 51, gapar51)."""
    j = starts.get(e.trigger_start)
    return j is not None and j > 0 and words[j - 1].norm in _CONTENT_PREPS


# the prepositions that open an appeal's, a demand's or a call's content (a verbal noun after them)
_CONTENT_PREPS = frozenset(("الي", "علي", "عن", "من"))


def _relative_verb(words, starts, e) -> bool:
    """Is the event's verb the first word of a relative clause (right after الذي / التي / الذين, cue ``rel``)?  Or of
    an indefinite noun's relative clause with no relative word, its pronoun back on the noun right after the verb
    ("في بيان وصفته فيه بأنه …"، "في كلمة أكد فيها": session 49, gapar49)?"""
    j = starts.get(e.trigger_start)
    if j is None or j == 0:
        return False
    if "rel" in words[j - 1].cue:
        return True
    before = words[j - 1]
    return (j + 1 < len(words) and words[j + 1].norm in _RESUMPTIVE and not before.punct
            and not before.norm.startswith("ال") and before.prefix in ("", "ب", "ل") and not (
                _conjoined_word(words[j]) and not any(_norm(x.lemma, "ar")[:1] == words[j].norm[:1]
                                                      for x in words[j].trig[1] or ())))
    # (a verb of a root with و first, وصف، وجه, is no joined verb: "في بيان وصفته فيه")


_RESUMPTIVE = frozenset(("فيه", "فيها", "فيهما"))   # (the pronoun of an indefinite noun's relative clause)


def _counted_passive(words, k: int, ev) -> bool:
    """"وصل الوزير إلى المدينة حيث قتل ثلاثة أشخاص": a violent verb right after حيث followed by a count is the
    passive of a place clause (قُتل ثلاثة), no act of the main clause's subject (session 19, ARX2)."""
    return (k > 0 and words[k - 1].norm in ("حيث", "اذ") and ev.root in ("18", "19", "20") and k + 1 < len(words)
            and (words[k + 1].norm.isdigit() or "quant" in words[k + 1].cue))


def _charge_next(words, end: int) -> bool:
    """Is the word right after ``end`` (an actor's span end) a ب-charge ("… واتهمت الجامعة العربية بالانحياز"):
    the one actor between the accusation verb and its charge is the accused."""
    w = next((w for w in words if w.start >= end), None)
    return w is not None and not w.punct and _bi_word(w)


def _after_charge(words, ev) -> bool:
    """Does the accusation's target stand after its charge ("واتهمت الجامعة العربية بالانحياز إلى الجيش": الجيش is
    the object of the bias, not the accused), a ب-word between the source's end and the target's start?"""
    if not ev.target_span or ev.target_span[0] < ev.source_span[1]:
        return False
    if ev.trigger_start < ev.source_span[0] and ev.source_span[1] < ev.trigger_end <= ev.target_span[0]:
        # (session 50, gapar50) "، وحملت إسرائيل المسؤولية عن سلامة المدنيين": a trigger holding its object before
        # its charge noun (حمّل X المسؤولية) -- the actor after the trigger is what the responsibility is for
        return True
    return any(w.start >= ev.source_span[1] and w.end <= ev.target_span[0] and _bi_word(w) for w in words)


def _bi_word(w) -> bool:
    """A word with the preposition ب attached (the charge of an accusation: بالانحياز، بقصف)."""
    return w.prefix[-1:] == "ب" or w.norm[:1] == "ب"


def _accused_agent(words, evs) -> None:
    """"اتهمت الهيئة الجيش بقصف الأحياء"، "اتهم الوزير الحركة باغتيال …": the accused (the accusation's
    object) is the agent of the act noun joined to it by ب right after it."""
    accs = [e for e in evs if e.root == "11" and ":verb:" in e.rule and e.target_actor_id and e.target_span]
    if not accs:
        return
    starts = start_index(words)
    for n in evs:
        if ":noun:" not in n.rule or n.source_code or n.source_actor_id:
            continue
        k = starts.get(n.trigger_start)
        if k is None or not (words[k].prefix[-1:] == "ب" or words[k].norm[:1] == "ب"):
            continue
        for acc in accs:
            end = acc.target_span[1]
            if not (acc.trigger_start < end <= n.trigger_start):
                continue
            between = [w for w in words[:k] if w.start >= end]
            if len(between) <= 2 and not any(w.punct for w in between):
                for f in SIDE_FIELDS:
                    setattr(n, f"source_{f}", getattr(acc, f"target_{f}"))
                if n.target_actor_id == n.source_actor_id:
                    clear_side(n, "target")
                n.rule += ":accused"
                break


def _condemned_act(words, evs) -> None:
    """"أدانت الخارجية القطرية قصف غزة"، "استنكرت الحكومة قتل المدنيين": an attack right after the subject of a
    condemnation / rejection verb (roots 11, 12) is that verb's object (a verbal noun), and the condemner is not
    its agent: the source it took from the verb's subject is cleared (``:condemned``)."""
    cond = [e for e in evs if e.root in ("11", "12") and ":verb:" in e.rule and e.source_actor_id and e.source_span]
    if not cond:
        return
    starts = start_index(words)
    ends = {w.end: k for k, w in enumerate(words)}
    for n in evs:
        if n.root not in _ATTACK_ROOTS or not n.source_actor_id or not n.source_span \
                or n.source_span[1] > n.trigger_start:
            continue
        k = starts.get(n.trigger_start)
        se = ends.get(n.source_span[1])
        if k is None or se is None or se != k - 1 or words[k].prefix[:1] in ("و", "ف"):
            continue
        for c in cond:
            c_last = ends.get(c.trigger_end)
            s0 = starts.get(n.source_span[0])
            if c.source_actor_id == n.source_actor_id and c_last is not None and s0 is not None and c_last == s0 - 1:
                clear_side(n, "source")
                n.rule += ":condemned"
                break


def _share_crowd(evs, doc=None, words=None) -> None:
    """One crowd, one protest: "خرج متظاهرون أفغان … للاحتجاج على …"، "تجمع مئات الطلاب … احتجاجا على …":
    a protest noun of the sentence that has no agent of its own (the adverbial احتجاجا، مظاهرات) is
    the protest of the crowd named as the agent of another protest event of the same sentence.  A crowd named in a
    later clause is not the agent of a protest word in an earlier clause that has a protest verb of its own ("تظاهر
    المئات أمام مبنى المحافظة، وأغلق محتجون الطريق": two crowds, two protests; that clause's counted crowd is read
    by ``_quantified_crowd``; a fronted "احتجاجا على …، تظاهر آلاف الطلاب" still shares; session 12)."""
    crowd = next((ev for ev in evs if ev.root == "14" and ev.source_code and not _statelike(ev, "source", doc)), None)
    if crowd is None:
        return
    for ev in evs:
        if ev is crowd or ev.root != "14" or ev.source_code or ev.source_actor_id:
            continue
        if ev.target_actor_id and ev.target_actor_id == crowd.source_actor_id:
            continue
        if words is not None and crowd.source_span and crowd.source_span[0] >= ev.trigger_end:
            i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), -1)
            if i >= 0:
                cs, ce = _clause(words, i, i)
                c0, c1 = words[cs].start, words[ce - 1].end
                if crowd.source_span[0] >= c1 and any(
                        e.root == "14" and ":verb:" in e.rule and c0 <= e.trigger_start < c1 for e in evs):
                    continue
        _copy_source(ev, crowd)
        ev.rule += ":crowd"


def _quantified_crowd(words, args, evs) -> None:
    """"شارك آلاف في مظاهرة"، "تظاهر آلاف الأشخاص في الخرطوم": a protest with no source whose clause names
    a crowd only by a quantifier (cue ``crowd``: آلاف، مئات، حشود …) within five words before or two after
    the trigger is the protest of civilians (CVL); the stage gives them the country of the protest's
    place (rule tag ``:crowd-quant``)."""
    for ev in evs:
        if ev.root != "14" or ev.source_code or ev.source_actor_id:
            continue
        i = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), -1)
        if i < 0:
            continue
        cs, ce = _clause(words, i, i)
        k = next((k for k in range(max(cs, i - 5), min(ce, i + 3)) if k != i and "crowd" in words[k].cue), -1)
        if k < 0:
            continue
        held = next((a for a in args if (a.i0 == k + 1 or (a.i0 == k + 2 and words[k + 1].norm == "من"))
                     and a.prep == ""), None)   # آلاف المتظاهرين، الآلاف من النيباليين
        if held is not None:
            # "وانطلق آلاف المتظاهرين في مسيرة": the counted noun is the crowd (a state is not one)
            if not _is_state(held.actor):
                _fill_actor(ev, "source", held.actor, (held.start, held.end))
                ev.rule += ":crowd"
            continue
        if k + 2 < len(words) and words[k + 1].norm == "of" and any(a.i0 == k + 2 for a in args):
            continue     # "dozens of lawmakers walked out": a counted actor of its own, no civilians (EN5)
        ev.source_code, ev.source_role, ev.source_span = "CVL", "CVL", (words[k].start, words[k].end)
        ev.rule += ":crowd-quant"


def _crowd_country(doc: Document, ev: Event) -> None:
    """The quantified crowd of a protest (``_quantified_crowd``) are civilians of the country where the
    protest takes place (a place located in the event's own clause, or the place phrase fronted before it: "وفي
    صنعاء، تظاهر آلاف …", session 11)."""
    if ev.source_country or ev.place_basis not in ("clause", "sentence"):
        return
    pl = doc.place(ev.place_id)
    if pl is not None and pl.country:
        ev.source_country, ev.source_code = pl.country, pl.country + (ev.source_role or "CVL")


def _political(actor) -> bool:
    """A state, an intergovernmental body or an organised political side (a party, the opposition, rebels): the
    sides a recommendation needs to be an appeal (cond ``actor`` of a trigger row)."""
    return _is_state(actor) or (actor is not None and ((actor.code or "")[:3] == "IGO"
                                                       or (actor.role or "") in _POLITICAL_ROLES))


def _is_state(actor) -> bool:
    """The state itself - a country name or a government body - not a people (Nigerians, الفلسطينيون)."""
    return actor is not None and (actor.kind == "country" or (actor.role or "") in _STATE_ROLES)


def _site_source(words, ev) -> None:
    """"تظاهر المئات أمام مكتب الأمم المتحدة": an actor after a site word (cue ``site``: أمام، مقر) is where the crowd
    stands, not the crowd: a protest source there becomes the target (when there is none) or is dropped (session 11)."""
    if not ev.source_span or ev.trigger_start <= ev.source_span[0] < ev.trigger_end:
        return   # (the crowd word inside a multi-word trigger: تجمع نحو خمسين متظاهرا)
    starts = start_index(words)
    k = starts.get(ev.source_span[0])
    t = starts.get(ev.trigger_start)
    if k is None or t is None:
        return
    lo = max(0, k - 2) if k < t else max(t + 1, k - 2)   # (the site word after the trigger: not "وحول مظاهرات العمال")
    if not any("site" in words[x].cue for x in range(lo, k)) or any(words[x].punct for x in range(lo, k)):
        return
    if not (ev.target_code or ev.target_actor_id) and ev.source_span[0] >= ev.trigger_end:
        copy_side(ev, "target", ev, "source")   # (a purpose noun after the site keeps its own aim)
    clear_side(ev, "source")
    ev.rule += ":site-src"


def _protest_direction(ev, doc=None):
    """Protesters are the public: a state actor picked as the source of a protest (مظاهرة أمام
    سفارة إستونيا، تظاهرة ضد الحكومة الصومالية) is what it is directed at: source and target swap
    (an absent target makes the source empty).  (A state that is the subject of the verb "protest"
    itself complains officially: recode.tsv ``state_subject`` has made that a 114 already.)"""
    if not _statelike(ev, "source", doc):
        return
    if _statelike(ev, "target", doc):
        # two states around a crowd ("تجمع متظاهرون أمام مقر رئيس الوزراء البريطاني للاحتجاج على الرئيس
        # الباكستاني"): neither is the crowd; the source is dropped, the target kept
        clear_side(ev, "source")
        ev.id = stable_id(ev.id, "protest-dir")
        return
    for f in SIDE_FIELDS:
        a, b = getattr(ev, f"source_{f}"), getattr(ev, f"target_{f}")
        setattr(ev, f"source_{f}", b)
        setattr(ev, f"target_{f}", a)
    ev.id = stable_id(ev.id, "protest-dir")


def _en_rank(ev, words, i, e, cameo, reference, demand_trigger=False, bnd=None, cs=None) -> float:
    """English: lower the confidence of events that are not the sentence's main happening — an
    "if" clause, a demanded or background (relative-clause / referenced) event, a verb entry used
    as a noun after a determiner ("the fight against", "the return of").  A modality absorbed by
    recoding (will meet -> 036, must return -> 105) is the event itself and is not lowered; so is
    a participle modifying a noun, a reduced passive relative and a fronted prepositional phrase.
    ``bnd`` / ``cs``: the sentence's boundary flags (``_boundaries``) and the trigger's clause start
    (``_clause``), when the caller has them."""
    c = ev.confidence
    if cameo == e.cameo:
        if ev.modality == "hypothetical":
            c -= 0.15
        elif ev.modality == "demand" and demand_trigger:
            c -= 0.25     # below the demand that governs it (an appeal, 02, has no PLOVER type: its content counts)
    if reference:
        c -= 0.1
    n = len(words)
    prev = words[i - 1] if i > 0 else None
    aux = prev is not None and (prev.punct or prev.norm in _EN_BE or prev.norm in _EN_AUX)
    if e.kind == "verb" and prev is not None:
        if prev.norm in _EN_DET:
            if e.cameo[:2] not in _VERBAL_ROOTS:
                c -= 0.2  # "the fight against", "the return of": a nominal use ("its demand" is still one)
        elif not aux and words[i].norm.endswith("ing") and prev.norm.endswith("s") and not prev.norm.endswith("ss"):
            c -= 0.1      # "inspectors probing …": a participle modifying a (plural) noun
        elif not aux and prev.text[:1].islower() and i + 1 < n and words[i + 1].norm == "by" \
                and words[i].norm.endswith(("ed", "en")):
            c -= 0.15     # "property seized by …": a reduced passive relative clause
    # a fronted prepositional phrase ("In a statement sent to reporters …, Peru said …") is background
    if bnd is None:
        bnd = [_boundary(w) for w in words]
    if cs is None:
        cs = i
        while cs > 0 and not bnd[cs - 1]:
            cs -= 1
    if (cs > 0 and words[cs - 1].norm in _EN_SUBORD) or (words[cs].norm in _EN_SUBORD and cs < i):
        c -= 0.1          # "… after rebels overran the town", "when they blew themselves up": background
    if cs == 0 and words[0].norm in _EN_FRONT_PREP:
        k = i + 1
        while k < n and not bnd[k]:
            k += 1
        if k < n and words[k].text == ",":
            c -= 0.15
    return round(max(c, 0.05), 4)


def _norm(s, lang):
    if lang != "ar":
        return s.lower()
    if not _NORMALIZE:   # (imported at the first call, not per call)
        from ..lang.normalize import normalize
        _NORMALIZE.append(normalize)
    return _NORMALIZE[0](s)


_NORMALIZE: list = []


_ATTACKER_ROLES = frozenset(["UAF", "REB", "INS", "IMG", "CRM", "SPY"])


def _gen_patient(words, last, a, args) -> bool:
    """Is the genitive ``a`` right after an attack noun (cue ``gen_patient``: قصف، استهداف، تفجير، اقتحام، حصار)
    what was hit?  Yes after a place or facility word (قصف مواقع الجيش); no for an armed force (a word of cue
    ``armed_agent`` opens it: الطيران، المدفعية، القوات، الجيش; or a military / armed-group actor) and for any
    actor followed by a لـ-object (قصف إسرائيل لغزة، حصار القوات الحكومية لمدينة تعز); yes otherwise.
    Not across another word (تفجير تبناه تنظيم القاعدة: the claimer)."""
    if a.i0 == last + 2 and ("facility" in words[last + 1].cue or "site" in words[last + 1].cue):
        return True
    if a.i0 != last + 1:
        return False
    if any(b.prep == "ل" and 0 <= b.i0 - a.i1 <= 1 for b in args):
        return False
    if a.i1 < len(words) and not words[a.i1].punct and words[a.i1].norm.startswith("ل") \
            and "facility" in words[a.i1].cue:
        return False   # قصف إسرائيل لمخيم …: the لـ-object is a place, not an actor
    if any("armed_agent" in words[k].cue for k in range(a.i0, min(a.i1, a.i0 + 2))):
        return False
    return (a.actor.role or "") not in _ARMED_ROLES and not (a.actor.code or "").startswith("IMG")


_ARMED_ROLES = frozenset(["MIL", "REB", "INS", "UAF", "SPY", "COP"])


def _attack_noun(words, k, lex) -> bool:
    """Is word ``k`` an attack noun (a noun trigger of a conflict root: ضربة، غارة، هجوم)?"""
    w = words[k]
    return any(t.kind == "noun" and t.cameo[:2] in _CONFLICT_ROOTS and t.frame != "self"   # متظاهرين names people
               for t in (lex.lookup(w.norm) or (lex.lookup(w.stem) if w.stem else ()) or ()))


def _passive_patient(words, i, a) -> bool:
    """Is the lone bare argument ``a`` of a passive-prone verb (cue ``pass``: قتل، خطف، اغتيل …) its
    patient?  Yes when a numeral or quantifier heads it (قتل 13 عراقيا، 60 شخصا قتلوا), or when it is
    an indefinite common noun (no ال-, not a name) that is not an armed group (خطف موظف بريطاني؛
    but قتل مسلحون …: the attackers).  In VSO order it must also be the only bare noun phrase after
    the verb (وقتل مهاجم انتحاري 47 شخصا is active)."""
    k = a.i0 - 1
    while k >= 0 and "time" in words[k].cue:
        k -= 1
    counted_np = k >= 0 and (words[k].norm.isdigit() or "quant" in words[k].cue) and (a.i0 - k) <= 2
    if counted_np and a.i1 <= i:
        return True   # a counted noun phrase before the verb, even armed men: "خمسة مسلحين قتلوا في غارة"
    if (a.actor.role or "") in _ATTACKER_ROLES:
        return False
    if counted_np:
        return True   # counted people (13 إثيوبياً) whatever the actor's kind
    if a.actor.kind in ("country", "organisation"):
        return False
    if words[a.i0].text.endswith(("ه", "ها", "هم", "هما", "نا")) and not words[a.i0].text.endswith("ة"):
        return False   # possessive (قواته، جنودنا): definite
    head = words[a.i0].norm
    for pre in ("و", "ف"):
        if head.startswith(pre + "ال"):
            head = head[1:]
    if head.startswith("ال") or words[a.i0].norm.isdigit():
        return False
    if a.i1 - a.i0 >= 2 and words[a.i0 + 1].text.startswith(("ال", "لل")):   # text: ألماني is not ال + ماني
        return False   # a construct with a definite genitive (قوات الأمن الباكستانية) is definite
    if a.i0 > i:   # VSO: nothing else bare follows (then the first is the agent)
        for k in range(a.i1, min(len(words), a.i1 + 6)):
            x = words[k]
            if x.punct or "boundary" in x.cue or "comp" in x.cue:
                break
            if x.trig[1] and x.text[:1] == "و" and any(t.kind == "verb" for t in x.trig[1]):
                break   # "قتل جنديان وأصيب ثلاثة آخرون": a joined verb opens its own clause
            if x.norm.isdigit() or "quant" in x.cue:
                return False
    return True


_POSSESSIVE = ("ه", "ها", "هم", "هما", "نا")


def _speaker_possessive(doc, words, ev, s, t, speaker) -> None:
    """"أعلن الجيش الأميركي أن قواته قتلت …": a country-less actor with a possessive pronoun
    (قواته، جنودنا) inside reported speech belongs to the speaker's country."""
    for side, x in (("source", s), ("target", t)):
        if not isinstance(x, Arg) or x.actor.country or _same(x.actor, speaker):
            continue
        tok = doc.tokens[words[x.i1 - 1].ti]
        if (tok.suffix or "") in _POSSESSIVE:
            setattr(ev, f"{side}_country", speaker.country)
            setattr(ev, f"{side}_code", speaker.country + (x.actor.role or ""))


def _supporters_head(words, g, lemma: str) -> bool:
    """Is ``lemma`` a storming verb and does the argument ``g`` open with a supporters noun (``supporters_crowd_ar.tsv``
    kinds storm and head: أنصار، مؤيدي …)?  ("قتل 18 من أنصار الصدر": the supporters killed stay the patient.)"""
    sets = kind_sets("supporters_crowd_ar.tsv", ("head", "storm"))
    return lemma in sets["storm"] and (words[g.i0].norm in sets["head"] or (
        # "اقتحم آلاف من أنصار كتائب حزب الله السور": the armed body's name after the noun is the argument (s38)
        g.i0 >= 2 and words[g.i0 - 1].norm in sets["head"] and words[g.i0 - 2].norm == "من"))


def _storming(lemma: str) -> bool:
    """Is ``lemma`` a verb whose civilian crowd makes a riot (supporters_crowd_ar.tsv kind ``riot_storm``: اقتحم; not
    اجتاح: "واجتاحت حشود من الشباب السجادة الحمراء" at a festival)?"""
    return lemma in kind_sets("supporters_crowd_ar.tsv", ("riot_storm",))["riot_storm"]


def _stormed(words, crowd, after, trig_idx):
    """The stormed site's owner after a storming crowd: the first bare actor after the crowd's phrase, with no
    punctuation or other trigger between ("اقتحم آلاف من أنصار الكتائب أمس السور الخارجي لمجمع السفارة الأميركية":
    the embassy; session 38)."""
    for a in after:
        if a.i0 < crowd.i1 or a.prep not in ("", "ل"):
            continue
        if a.i0 - crowd.i1 > 12 or any(words[k].punct or k in trig_idx for k in range(crowd.i1, a.i0)):
            return None
        if words[a.i0].prefix[:1] == "و" and a.i0 == crowd.i1:
            continue   # ("أنصار الكتائب وفصائل أخرى": the crowd's own conjunct)
        return a
    return None


def _numeral_next(words, i) -> bool:
    n = len(words)
    for k in range(i + 1, min(n, i + 6)):
        x = words[k]
        if x.norm.isdigit() or "quant" in x.cue:
            return True
        if "time" in x.cue or x.norm in ("اول", "من", "امس"):
            continue
        return False
    return False


def _counted_patients(words, args, evs) -> None:
    """An attack noun of the gen_tgt frame with no target: :func:`_counted_part`.  Run after the learned filter, so
    the filter's features (which see the target) are those of the start (session 15)."""
    starts = None
    for ev in evs:
        if ev.target_code or (ev.root not in _ATTACK_ROOTS and ev.root not in _COUNTED_ROOTS) \
                or ":noun:gen_tgt" not in ev.rule:
            continue
        if starts is None:
            starts = start_index(words)
        i = starts.get(ev.trigger_start)
        if i is None:
            continue
        b = _counted_part(words, last_word(words, i, ev.trigger_end), args, 3 if ev.root in _COUNTED_ROOTS else 1)
        if b is not None and b.actor.id != ev.source_actor_id:
            _fill_actor(ev, "target", b.actor, (b.start, b.end))
            ev.rule += ":tgt-counted"


# (session 34) an expulsion or an arrest of a counted part of a body: "طرد سبعة من كبار مسؤولي الأمم المتحدة"
_COUNTED_ROOTS = frozenset(("16", "17"))


def _counted_part(words, last, after, reach: int = 1):
    """"مقتل خمسة من عناصر طالبان"، "اختطاف ثلاثة من موظفي الإغاثة": the genitive of a patient noun is a count (a
    number, one or two words) and من + the group counted: that group is the patient (session 15); with ``reach`` > 1
    its actor may stand up to that many words after من, no punctuation between ("سبعة من كبار مسؤولي الأمم المتحدة")."""
    j = last + 1
    while j < len(words) and j <= last + 2 and (words[j].norm.isdigit() or "quant" in words[j].cue):
        j += 1
    if j == last + 1 or j + 1 >= len(words) or words[j].norm != "من":
        return None
    if reach == 1:
        return next((a for a in after if a.i0 == j + 1), None)
    return next((a for a in after if j + 1 <= a.i0 <= j + reach and a.prep in ("", "من")
                 and not any(words[x].punct for x in range(j + 1, a.i0))), None)


def _by_agent(words, after, lang):
    for a in after:
        j = a.i0 - 1
        if j >= 0 and "by" in words[j].cue:
            return a
    return None


def _by_of_later_act(words, last: int, by, trig_idx) -> bool:
    """Is "by X" after an English noun trigger the agent of another act noun between them ("revenge for the killing
    of its commander by Israel": the killing's; session 24 GAPM)?  Not a noun joined by and / or ("the bombing and
    shelling of the town by the army": both)."""
    return any(k in trig_idx and words[k - 1].norm not in ("and", "or", ",") for k in range(last + 2, by.i0 - 1))


def _en_quant_of(words, a) -> bool:
    """"dozens of protesters", "52 members of the movement": the of-phrase is the object."""
    k = a.i0 - 2
    if a.prep != "of" or k < 0:
        return False
    while k > 0 and words[k].norm in _EN_DET:
        k -= 1
    return "quant" in words[k].cue or words[k].norm.isdigit()


_PP_HEADS = frozenset(["الي", "في", "من", "علي", "عن", "حول", "نحو", "قرب", "امام", "داخل", "خارج"])


def _pp_genitive(words, a) -> bool:
    """Is the actor the genitive of a noun that a preposition governs ("إلى مقر البرلمان"، "أمام مبنى الوزارة")?  A
    site noun (cue ``site``: مقر، أمام …) right before the actor, a preposition before that."""
    k = a.i0 - 1
    return a.prep == "" and k >= 1 and not words[k].punct and "site" in words[k].cue \
        and words[k - 1].norm in _PP_HEADS


def _bi_phrase_after(words, a, b) -> bool:
    """Does actor ``b`` stand after actor ``a`` inside a ب-phrase (``b``'s own ب, or a word with the clitic ب between)?"""
    return b.i0 >= a.i1 and (b.prep == "ب" or any(words[k].prefix[-1:] == "ب" for k in range(a.i1, b.i0)))


def _clitic_genitive(words, last: int, a) -> bool:
    """Is the bare actor ``a`` the genitive of the noun right after the verb's last word ``last`` that carries the
    clitic preposition ب / ل ("، وطالبت بحماية المدنيين"، "وأشاد بجهود مصر": the content, no VSO subject; the
    subject is elided -- session 45)?"""
    k = a.i0 - 1
    return k == last + 1 and a.prep == "" and not words[k].punct and words[k].prefix[-1:] in ("ب", "ل") \
        and words[k].norm[:1].isalpha()


def _pronoun_object_pp(words, i: int, last: int, a) -> bool:
    """Is the bare actor ``a`` inside the prepositional phrase that follows a joined verb carrying its object pronoun
    ("، واتهمها بالفشل في منع حزب الله من …": the verb, its object ها, then a ب / ل noun and its own words -- the
    subject is elided, carried from the clause before; session 46, gapar46)?  Only a verb joined by و and ending in a
    pronoun of two letters or more (ها، هم، هما: a stem seldom ends so), the noun with the clitic right after it."""
    v = words[i]
    k = last + 1
    return v.norm[:1] == "و" and v.norm.endswith(("ها", "هم", "هما")) and len(v.norm) > 5 and k < a.i0 \
        and k < len(words) and not words[k].punct and words[k].prefix[-1:] in ("ب", "ل") \
        and words[k].norm[:1].isalpha() and not any(words[x].punct for x in range(k, a.i0))


# roots whose verb joins its coordinated subject into a pair acting toward each other ("وقعت الصين وإيران اتفاقية":
# the conjunct is the partner), unlike a support or a condemnation of a third party (_svo's ``own_conjuncts``)
_PAIR_ROOTS = frozenset(("03", "04", "06"))


def _charge_between(words, lo: int, hi: int) -> bool:
    """Is there a charge ("of" / "for" + a gerund) in words[lo:hi]?  "accused the opposition of colluding with Russia":
    the country after it is the accused's partner, no better target than the bare actor before it (session 38
    GAPEN38)."""
    return any(words[k].norm in ("of", "for") and words[k + 1].norm.endswith("ing") and len(words[k + 1].norm) > 5
               for k in range(lo, min(hi, len(words) - 1)))


_EN_ELECTION = frozenset(("election", "elections", "polls", "ballot"))


_EN_OBJ_DET = frozenset(("the", "this", "that", "its", "their"))


def _own_object_and_verb(words, i, after, blockers) -> int:
    """English: the index of the "to" of a second past verb's content (the verb a trigger after "and") when the verb's
    object right after it is a definite noun that is no actor ("welcomed the deal and urged both sides to protect
    civilians": the civilians are the appeal's content's, not the welcome's; session 42 gapen42b), else the end of
    the words.  (A cut after every "and <verb>"
    measured worse, session 42 gapen42: an object actor may stand after the first verb's own "and".)"""
    n = len(words)
    if i + 2 >= n or words[i + 1].norm not in _EN_OBJ_DET or any(a.i0 <= i + 2 < a.i1 for a in after):
        return n
    for j in range(i + 3, min(n - 1, i + 8)):
        if words[j].punct:
            return n
        if words[j].norm == "and" and j + 1 in blockers and words[j + 1].norm.endswith("ed") \
                and "speech" not in words[j + 1].cue:
            # (not "condemned the attack as … and said his ministry would summon Iraq's envoy": the statement's
            # content names the condemned side; nor the second verb's addressee, "condemned the storming of the
            # embassy and urged the Iraqi government to protect …": the gold's target of the condemnation)
            return next((k for k in range(j + 2, n) if words[k].norm == "to"), n)
    return n


def _svo(words, i, last, p, before, after, lang, blockers=(), tgt_blockers=((), ()), own_conjuncts=False):
    src = tgt = acc_obj = None
    if lang == "en":
        passive = i > 0 and (words[i - 1].norm in _EN_BE or (i > 1 and words[i - 2].norm in _EN_BE and (
            words[i - 1].norm.endswith("ly") or "be_adverb" in words[i - 1].cue))) \
            and words[i].norm.endswith(("ed", "en", "t"))   # ("was also arrested", "was later freed": s27 B19EN)
        if passive:
            tgt = before[-1] if before else None
            if tgt is not None:
                # "A 71-year-old man who shot Prime Minister Fico … was charged": an actor inside a relative clause
                # before the passive verb is no subject of it; the antecedent (or nobody named) is (session 40)
                rel = next((r for r in range(tgt.i0 - 1, -1, -1) if words[r].norm in ("who", "whom")), -1)
                if rel > 0 and not any(words[k].punct for k in range(rel + 1, i)):
                    tgt = next((a for a in before if a.i1 in (rel, rel - 1)), None)
            # ("by the X", "was released by the Taliban": structure._actor_args gives the agent its "by"; session 22)
            src = next((a for a in after if a.prep == "by"), None)
            return src, tgt
        src = before[-1] if before else None
        if src is not None and src.i0 > 1 and words[src.i0 - 1].text == "," \
                and english.description_apposition_end(words, src.i0 - 1) > src.i0:
            # "China, Pakistan's closest ally, voiced regret": the named head before the describing phrase (s41)
            src = next((a for a in reversed(before) if a.i1 == src.i0 - 1), src)
        if p > last > i:
            # "pushed the protesters back": an actor on the object word before a particle is the object (ENA)
            tgt = next((a for a in after if a.i0 <= last < a.i1), None)
        if p >= 0 and tgt is None:
            tgt = next((a for a in after if a.i0 > p), None)
        if tgt is None:
            # not the source's own agents ("withdraw its troops", "mobilized army reservists")
            cand = [a for a in after if (a.prep not in _OBLIQUE or _en_quant_of(words, a))
                    and not (a.i0 > 0 and words[a.i0 - 1].norm in _EN_POSS
                             and not any("other_party" in words[k].cue for k in range(a.i0, a.i1)))
                    and not (a.i1 < len(words) and words[a.i1].norm in _EN_ELECTION)]
            # ("urged parties to scale back campaigning for the European Parliament elections": the body whose
            # election it is names the vote, no side of the appeal; session 40)
            # ("his counterpart" is not his own, nor "his Kyrgyz counterpart Sadyr Japarov", session 18 ENL)
            stop = _own_object_and_verb(words, i, after, blockers)
            cand = [a for a in cand if a.i0 < stop]
            tgt = next(iter(cand), None)
            if tgt is not None and not tgt.actor.country and src is not None and src.actor.country \
                    and (tgt.actor.code or "")[:3] not in ("IGO", "NGO"):
                # (an international body has no country and is a full side: "asked the Security Council to impose
                # sanctions on Rwanda" asks the council; session 41, gapen41)
                tgt = next((a for a in cand if a.actor.country and a.actor.country != src.actor.country
                            and not _charge_between(words, tgt.i1, a.i0)), tgt)
        return src, tgt
    if p >= 0 and p == last + 1 and words[p].norm in _RESUMPTIVE_ALL:
        p = -1   # "وهو ما نددت به طهران": the pronoun is the object, the actor after it the subject
    nxt = next((a for a in after if _next_clause_subject(words, a, last, blockers)), None)
    if nxt is not None:
        after = [a for a in after if a.i0 < nxt.i0]   # (its clause's actors are none of this verb's)
    # (session 46 ARMISS46) "وشارك في المراسم وفد تركي": a required preposition inside the trigger (the verb, its
    # preposition and object word) leaves the bare actor after the trigger the subject (V-PP-S), no object of the PP
    bare_after = [a for a in after if a.prep == "" and a.i0 - last <= 6 and (
        p < 0 or a.i0 < p or (lang == "ar" and i < p < last < a.i0 and not _relative_verb_before(words, last, a)))]
    if lang == "ar" and before and _pp_genitive(words, before[-1]):
        # "قبل وصولها إلى مقر البرلمان وألقت القبض على …": the genitive of a noun under a preposition is no subject
        # of the next verb (session 29)
        before = before[:-1]
    if before and before[-1].prep in ("", "لدي") and i - before[-1].i1 <= 3 \
            and not any(before[-1].i1 <= k < i for k in blockers):
        src = before[-1]            # SVO / "وكانت روسيا قد هددت …": the subject precedes the verb
        for j in range(len(before) - 2, max(-1, len(before) - 5), -1):
            if src in _conjuncts(words, before, j):
                src = before[j]     # "مصر والأردن تدينان …": the coordination's head (the compound fans it out)
    elif bare_after and not (len(words[i].norm) > 4 and words[i].norm.endswith("وا")) \
            and not (lang == "ar" and bare_after[0].i0 - 1 > last and bare_after[0].i0 - 1 in blockers
                     and words[bare_after[0].i0 - 1].prefix[-1:] in ("ل", "ب")) \
            and not (lang == "ar" and last == i + 1 and bare_after[0].i0 == last + 1 and "quant" not in words[last].cue
                     and bare_after[0].actor.role and not bare_after[0].actor.country) \
            and not (lang == "ar" and _clitic_genitive(words, last, bare_after[0])) \
            and not (lang == "ar" and _pronoun_object_pp(words, i, last, bare_after[0])):
        src = bare_after[0]         # VSO (not after a plural verb: "حملوا الحكومة …" has its subject in وا, session 9 AR2;
        # nor the genitive of a later verbal noun: "ووجه آبي دعوة إلى أفورقي لزيارة أديس أبابا", session 38; nor a
        # country-less role right after the object word right after the verb: "، وعرض إرسال فرق طبية" -- the sent
        # teams; the subject is elided, s41; "تجمع مئات الطلاب" counts its subject, "عقدت محادثات مصرية" qualifies)
        if src.i0 == last + 2 and not words[src.i0].norm.startswith("ال") and not src.actor.entity_id \
                and title_back.bare_title_word(words[last + 1].text, words[src.i0].text):
            # "استقبل الرئيس سفير فرنسا": a bare title the actor stage left unresolved (no president named before) is
            # the subject; the indefinite construct after it is the object, whose country is not the subject's (s28)
            src = None
        elif src is not None and lang == "ar" and src.i0 in (last + 1, i + 1) and words[i].norm[:1] == "و" \
                and _accusative_plural(words[src.i0], src.actor) and i > 0 and words[i - 1].text in ("،", ",") \
                and _prep_next(words, src.i1):
            # "…، ودعا المواطنين إلى التريث": a sound plural in ين right after a verb joined after a comma is the
            # accusative object (a VSO subject would be المواطنون); the subject is the clause's before (session 33);
            # not with a bare object of its own right after it ("، وهاجم المتظاهرين مقر الحزب": a mis-cased subject)
            acc_obj, src = src, None
        elif src is not None and src.i0 == last + 2 and "object_head" in words[last + 1].cue:
            # "…، وثمن جهود الكويت": a noun that names what was done (cue object_head: جهود، دور، موقف) heads the object;
            # the actor after it is its genitive, not the verb's subject (the subject is elided; session 33)
            src = None
        if src is not None and lang == "ar":
            body = member_of_ar.body_subject(words, last + 1, after)
            if body is not None and body.i1 <= src.i0:
                # "اتهم قيادي في جماعة الحوثي السعودية …": the member noun is the subject, its body speaks through it;
                # the bare actor after the body is the object (session 54, gapar54)
                src = body
    elif before and before[-1].prep == "" and i - before[-1].i1 <= 10 and \
            not any(before[-1].i1 <= k < i for k in blockers):
        src = before[-1]            # (not across another predicate: "قتل مدنيين في قصف استهدف …")
    elif lang == "ar" and len(before) > 1 and before[-1].prep:
        src = _long_subject(words, i, before, blockers)
    if p >= 0:
        # "دعا مجلس الأمن الحكومة السودانية إلى …": a bare object between the subject and the
        # preposition is the addressee; else the preposition's object
        tgt = next((a for a in after if a is not src and a.prep == "" and a.i0 < p and (
            (src is not None and a.i0 > src.i0 and not _same(a.actor, src.actor))
            # (no subject found: a bare actor too far after the verb to be its subject is the addressee, "وكانت
            # القمة الخليجية قد دعت في ختام أعمالها بالدوحة الشهر الماضي إيران إلى …", session 13)
            or (src is None and a not in bare_after))), None) \
            or next((a for a in after if (a.i0 > p or (a.i0 == p and a.prep and a is not src))
                     and not (lang == "ar" and _relative_verb_before(words, last, a))), None)
        # (a clitic preposition is on the actor's own first word: "اتصل أردوغان بالشيخ تميم معربا عن تضامن أنقرة" calls
        # the sheikh, not the later Ankara; session 42)
        if lang == "ar" and tgt is not None and src is not None and not src.actor.country and tgt.i0 < p \
                and _apposed_name(words, src, after) is tgt:
            # "ودعا وزير الأمن القومي إيتمار بن غفير إلى …": the title's name, not the addressee (session 47)
            src, tgt = tgt, next((a for a in after if a.i0 > p or (a.i0 == p and a.prep and a is not tgt)), None)
    if tgt is None:
        name = _apposed_name(words, src, after)
        if name is not None and not src.actor.country:
            src = name   # the named person carries the title's country (LBYGOV)
        # not across another predicate: "جندي قتل في هجوم استهدف دوريته" (the patrol is استهدف's object)
        joined = _subject_conjuncts(words, src, after) if own_conjuncts and lang == "ar" and src is not None else ()
        cands = [a for a in after if a is not src and a is not name and a.prep not in _OBLIQUE
                 and (src is None or a.i0 > src.i0) and a not in joined
                 and not (src is not None and a.i0 == src.i1 and _one_referent(src.actor, a.actor))
                 and not (src is not None and a.i0 <= src.i1 + 2 and a.actor.entity_id and a.actor.kind == "person"
                          and a.actor.id != src.actor.id and _one_referent(src.actor, a.actor))
                 and not any(last < k < a.i0 for k in tgt_blockers[0])
                 # ("اقتحم مسلحون تابعون لجماعة الحوثي مكاتب …": the subject's patron after a loyalty adjective is no
                 # object; session 43)
                 and not (src is not None and a.prep == "ل" and a.i0 - 1 in (src.i1, src.i1 + 1)
                          and "patron_adj" in words[a.i0 - 1].cue)
                 # ("هنأ الممثل الخاص للأمين العام ورئيس بعثة يونامي محمد الحسان العراقيين": a second title joined by
                 # و and its name are the subject's own, no object; session 43)
                 and not (src is not None and lang == "ar" and a.prep == "" and a.actor.kind == "person"
                          and a.actor.code and a.actor.code == src.actor.code and 1 <= a.i0 - src.i1 <= 4
                          and words[src.i1].norm[:1] == "و" and not words[src.i1].trig[1])

                 and not any(last < k < a.i0 and not (a.prep in ("علي", "ضد") and a.i0 - k <= 3)
                             for k in tgt_blockers[1])]
        if lang == "ar" and p >= 0:
            cands = [a for a in cands if not _relative_verb_before(words, last, a)]   # (nor its object: above)
        tgt = cands[0] if cands else None
        if tgt is not None and tgt.prep == "امام":
            # "وطالبت فرنسا أمام مجلس الأمن إيران بالعودة": the forum after أمام is where it was said; a bare actor
            # right after that phrase is the verb's object (without one, the أمام phrase stays: s24 ARFIN)
            tgt = next((a for a in cands if a.prep == "" and a.i0 == tgt.i1), tgt)
    if acc_obj is not None:
        tgt = acc_obj   # (the accusative plural read above: the verb's object)
    return src, tgt


def _visit_on(words, i) -> bool:
    """"called on Prime Minister Modi on Tuesday", "called on Kumar at his residence": "called on" right before a
    capitalised name (no day or month) with no "to" / "for" later in the sentence is a courtesy visit; "called on X
    to V" or "called on X for Y" is an appeal (cond visit_on, session 51 ENMISS51B)."""
    n = len(words)
    if not (i + 2 < n and words[i + 1].norm == "on" and words[i + 2].text[:1].isupper()
            and "time" not in words[i + 2].cue):
        return False
    return not any(words[x].norm in ("to", "for") for x in range(i + 3, n))


def _fly_to(words, i) -> bool:
    """"Saar flew to Amsterdam on Friday": the finite "flew" / "flies" right before "to" and a capitalised place is a
    travel to it (042, as "arrived in"); "a jet flying from Baku to Grozny", "was flown by helicopter to …" (passive),
    "flew back to Kyiv" (home) and "flew the wounded to hospitals" are none (cond fly_to, session 54 MISS54)."""
    return words[i].norm in ("flew", "flies") and i + 2 < len(words) and words[i + 1].norm == "to" \
        and words[i + 2].text[:1].isupper() and not (i > 0 and words[i - 1].norm in _EN_BE)


_EN_OBJ_PREPS = frozenset(("on", "for", "off", "up", "upon", "to", "at", "in", "with", "out"))   # (cond bare_obj)
_ANNA = frozenset(("ان", "بان", "لان", "وان", "فان"))   # أنّ / إنّ with their prefixes: a noun follows (normalised)


# an imperfect verb carrying an object pronoun ("تترأسه", "يديرها"): the head of an asyndetic relative clause
_AR_REL_VERB = re.compile(r"^[يت]\w{2,}(?:ه|ها|هم|هما)$")


def _relative_verb_before(words, last: int, a) -> bool:
    """"وأحالها إلى تحقيق إداري تترأسه وزيرة العدل": an actor right after an imperfect verb with an object pronoun,
    after the trigger's own preposition and object, is that relative clause's subject (the clause qualifies the
    indefinite object), no subject of the trigger (V-PP-S; session 55, BLINDAR55)."""
    k = a.i0 - 1
    return k > last and not words[k].norm.startswith("ال") and bool(_AR_REL_VERB.match(words[k].norm))


def _next_clause_subject(words, a, last: int, triggers) -> bool:
    """"ترحب القاهرة بالاتفاق وتل أبيب تتهم …": a bare actor joined by و right before another trigger verb (a word
    read as a verb only, not a verbal noun: "انتقدت ألمانيا وفرنسا اعتقال …") opens that verb's clause: its subject,
    no object of the verb before (session 40)."""
    w = words[a.i0]
    # (the conjunction outside the actor's span, or split off by the tokenizer: not the و of "وفدا")
    return a.i1 in triggers and a.i0 > last + 1 and a.prep == "" and w.norm[:1] == "و" \
        and (a.start > w.start or w.prefix[:1] == "و") \
        and any(getattr(t, "kind", "") == "verb" for t in words[a.i1].trig[1] or ()) \
        and not any(getattr(t, "kind", "") == "noun" for t in words[a.i1].trig[1] or ())


def _long_subject(words, i, before, blockers):
    """(session 38) "لكن قوات موالية لحكومة الوفاق قادمة من مدينة الزاوية أسرت …": a bare actor opening a subject phrase
    whose later actors all stand under a preposition (its modifiers: موالية لـ X، قادمة من Y), at most ten words before
    the verb, with no punctuation and no other predicate between, is the verb's subject."""
    k = len(before) - 1
    while k >= 0 and before[k].prep:
        k -= 1
    if k < 0:
        return None
    g = before[k]
    if i - g.i1 > 10 or any(g.i1 <= b < i for b in blockers) or any(words[j].punct for j in range(g.i1, i)):
        return None
    if g.i0 > 0 and not (words[g.i0 - 1].punct or g.i0 == 1 or "conj" in words[g.i0 - 1].cue
                         or words[g.i0 - 1].norm in _SUBJECT_OPENERS):
        return None   # (the phrase opens its clause: after a mark, a conjunction, لكن / إن …)
    return g


_SUBJECT_OPENERS = frozenset(("لكن", "ولكن", "بينما", "فيما", "حيث", "كما"))


_PREP_NEXT_AR = frozenset(["الي", "علي", "من", "عن", "في", "حتي", "مع", "بعدم", "لعدم"])


def _prep_next(words, k: int) -> bool:
    """Does word ``k`` (right after an accusative-looking plural) open a prepositional complement or end the clause
    ("ودعا المواطنين إلى …"), rather than a bare object of its own ("وهاجم المتظاهرين مقر الحزب": the plural, mis-cased,
    is the subject; REVIEW33)?"""
    if k >= len(words):
        return True
    w = words[k]
    return w.punct or w.norm in _PREP_NEXT_AR or w.prefix in ("ب", "ل", "وب", "ول") or w.norm[:1].isdigit()
    # (a number opens the complement too: "، وأمهل الدبلوماسيين الإيرانيين 48 ساعة لمغادرة المملكة", session 37)


def _accusative_plural(w, actor) -> bool:
    """Is ``w`` (the first word of ``actor``'s phrase) a sound masculine plural / dual in ين naming a group of people (a
    role, not a country or a named entity: فلسطين، الصين end so too)?"""
    n = w.norm[len(w.prefix):] if w.prefix else w.norm
    n = n[2:] if n.startswith("ال") else n
    return len(n) > 4 and n.endswith("ين") and actor.kind != "country" and not actor.entity_id


def _subject_conjuncts(words, src, after) -> list:
    """The actors joined by و right after an Arabic subject, each right after the one before ("أعلنت السعودية ومصر
    والكويت وقطر دعمها الكامل للملك"): the subject's conjuncts (the compound fans them out), no object (session 35)."""
    out = []
    prev = src
    for a in after:
        if a.i0 < prev.i1:
            continue
        if a.i0 == prev.i1 and a.prep == "" and words[a.i0].prefix[:1] == "و":
            out.append(a)
            prev = a
            continue
        break
    return out


def _apposed_name(words, src, after):
    """"حمل رئيس الحكومة المكلفة من مجلس النواب أسامة حماد حكومة الدبيبة …": a named person of the title's role a few
    modifier words after a title subject (no punctuation between, another bare actor after the name) is the title's
    name in apposition, not the verb's object (the adjacent name is :func:`_one_referent`)."""
    if src is None or src.actor.entity_id or not src.actor.role:
        return None
    bare = [a for a in after if a.prep == "" and a.i0 >= src.i1]
    if not bare:
        return None
    a = bare[0]
    if a.actor.kind != "person" or not a.actor.entity_id or a.actor.role != src.actor.role or not src.i1 < a.i0 <= src.i1 + 5 \
            or (src.actor.country and a.actor.country != src.actor.country) \
            or any(words[k].punct for k in range(src.i1, a.i0)):
        return None
    if len(bare) < 2 and not (a.i0 - src.i1 <= 3 and all(words[k].norm.startswith("ال") and not words[k].prefix
                                                          and not words[k].cue for k in range(src.i1, a.i0))):
        # (session 47) with no bare actor after it the name may be the object; only a title's own definite words
        # between (its portfolio: "ودعا وزير الأمن القومي إيتمار بن غفير إلى …") make it the title's name
        return None
    return a


def _named_title(words, after, last: int, src) -> bool:
    """Is ``src`` the name of the bare title right after the verb ("ودعا وزير المالية بتسلئيل سموتريتش إلى …": one
    subject; :func:`_apposed_name`), so that the title is no subject noun of its own before an object (session 47)?"""
    t = next((a for a in after if a.i0 == last + 1 and a.prep == ""), None)
    return t is not None and not t.actor.country and _apposed_name(words, t, after) is src


def _adjunct_attack(words, evs):
    """"قتل جنديان في هجوم لحزب العمال"، "قتل 12 مدنيا في قصف مدفعي": the killing verb and the attack noun
    after في / جراء / إثر … name one happening.  One event stays: the verb's (the report), with the
    attack's CAMEO code when that is more specific, the attack's agent as its source (never the verb's
    victims) and the victims as its target.  Run after the learned filter, whose features see both."""
    starts = None
    drop = set()
    for v in evs:
        if ":verb:" not in v.rule or v.root not in _ATTACK_ROOTS or v.negated or id(v) in drop:
            continue
        if starts is None:
            starts = start_index(words)
        vi = starts.get(v.trigger_start)
        if vi is None:
            continue
        for n in evs:
            if n is v or id(n) in drop or n.root not in _ATTACK_ROOTS or n.negated or n.trigger_start <= v.trigger_end:
                continue
            k = starts.get(n.trigger_start)
            if k is None or k - vi > 12 or k == 0 or (words[k - 1].norm not in _ADJUNCT_PREPS
                                                      and words[k].prefix not in ("جراء",)):
                continue
            if any(words[x].text in ".؛;:" or "comp" in words[x].cue for x in range(vi + 1, k)) \
                    or any(o is not v and o is not n and ":verb:" in o.rule and o.root in _ATTACK_ROOTS
                           and v.trigger_end <= o.trigger_start < n.trigger_start for o in evs):
                continue
            victims = v.target_actor_id
            if victims and victims == n.source_actor_id and v.target_span and \
                    v.target_span[0] >= n.trigger_start and not v.source_code and not v.source_actor_id:
                # the verb took the attack's own author for its victim ("قتل عشرة في قصف إسرائيلي"):
                # the author is the source and the victims stay unnamed
                clear_side(v, "target")
                victims = None
            if not v.source_code and not v.source_actor_id and (n.source_code or n.source_actor_id) \
                    and not (victims and n.source_actor_id == victims):
                _copy_source(v, n)
            if not v.target_code and not v.target_actor_id and n.target_actor_id != v.source_actor_id:
                for f in SIDE_FIELDS:
                    setattr(v, f"target_{f}", getattr(n, f"target_{f}"))
            if n.cameo != v.cameo and v.cameo in _GENERIC_FORCE:
                try:
                    for f, val in _code_fields(n.cameo, lookup(n.cameo)).items():
                        setattr(v, f, val)
                except KeyError:
                    pass
            v.historical = v.historical and n.historical
            v.rule += ":adjunct"
            _told_too(v, n)
            drop.add(id(n))
    return [e for e in evs if id(e) not in drop] if drop else evs


def _claimed(words, args, evs) -> None:
    """"تعرضت ثكنة لاعتداء أسفر عن مقتل ثلاثة جنود، وقد تبناه تنظيم القاعدة"، "… وأعلنت الحركة مسؤوليتها عن الهجوم":
    the claimer of the sentence's attack (the actor after a claim word, cue ``claim``, or the source of a
    responsibility claim, CAMEO 015) is the agent of its attack events that have none.  Run after the learned
    filter."""
    if not any(ev.root in _ATTACK_ROOTS and _no_named_source(ev) for ev in evs):
        return
    who = None
    for ev in evs:
        if ev.cameo == "015" and ev.source_actor_id and not ev.negated:
            who = (ev.source_actor_id, ev)
            break
    if who is None:
        k = next((k for k, w in enumerate(words) if "claim" in w.cue), -1)
        if k < 0:
            return
        a = next((a for a in args if k < a.i0 <= k + 3 and a.prep == ""), None)
        if a is None:
            return
        claimer = a
    else:
        claimer = who[1]
    for ev in evs:
        if ev.root not in _ATTACK_ROOTS or not _no_named_source(ev) or ev.negated:
            continue
        if who is None:
            if ev.target_actor_id == claimer.actor.id:
                continue
            _fill_actor(ev, "source", claimer.actor, (claimer.start, claimer.end))
        else:
            if ev.target_actor_id == claimer.source_actor_id:
                continue
            _copy_source(ev, claimer)
        ev.rule += ":claimed"


def _no_named_source(ev) -> bool:
    """No source, or only an unidentified armed one (UAF: مسلحون مجهولون، the bomber of "هجوم انتحاري تبنته الحركة"),
    which the attack's claimer names (session 11, SPN)."""
    return not (ev.source_code or ev.source_actor_id) or (ev.source_code == "UAF" and not ev.source_country)


def _among_victims(words, args, evs) -> None:
    """"قتل عشرة أشخاص بينهم ثلاثة جنود أميركيين"، "ثمانية قتلى بينهم ثلاثة أجانب": an attack whose victims have no
    country, followed (within six words of the trigger or of its target, no punctuation but a comma) by
    بينهم / من بينهم (cue ``among``) and a named group with a country (or an international one): that group is
    the target (the most specific victims named).  Run after the learned filter."""
    ks = None
    ends = None
    for ev in evs:
        if ev.root not in _ATTACK_ROOTS or ev.target_country or (ev.target_code or "")[:3] in _INTL or ev.negated:
            continue
        if ks is None:
            ks = [k for k, w in enumerate(words) if "among" in w.cue]
            if not ks:
                return
            ends = {w.end: k for k, w in enumerate(words)}
        last = ends.get(ev.trigger_end)
        if last is None:
            continue
        if ev.target_span and ev.target_span[1] in ends:
            last = max(last, ends[ev.target_span[1]])
        for k in ks:
            if not (0 < k - last <= 6) or any(words[x].text in ".؛;:" for x in range(last + 1, k)):
                continue
            g = next((a for a in args if k < a.i0 <= k + 3 and a.prep in ("", "من")
                      and (a.actor.country or (a.actor.code or "")[:3] in _INTL)
                      and a.actor.id != ev.source_actor_id), None)
            if g is not None:
                _fill_actor(ev, "target", g.actor, (g.start, g.end))
                ev.rule += ":tgt-among"
                break


_DEATH_NOUNS = ("حتف", "مصرع")
_PLURAL_ENDS = ("ون", "ين")


def _group_adjective(words, args, evs) -> None:
    """"هاجم مسلحون حوثيون موقعا للجيش اليمني"، "قتل مسلحون حوثيون جنديين": the actor stage reads the plural group
    adjective after a bare role noun as an actor of its own, and the verb took it as the object.  It names the
    role's group: it is the source, and the actor after it (bare, or after ل / على / ضد, within four words) the
    target (session 15).  Only a one-word plural (…ون / …ين) with no proclitic, right after a country-less
    source, agreeing with its head noun in case ending and definiteness ("هاجم مسلحون الحوثيين"، "هاجم مسلحون
    حوثيين": the object)."""
    by_span = None
    for ev in evs:
        if ev.root not in _ATTACK_ROOTS or ev.source_country or not ev.source_span or not ev.target_span:
            continue
        if by_span is None:
            by_span = {(a.start, a.end): k for k, a in enumerate(args)}
        k = by_span.get(ev.source_span)
        if k is None or k + 1 >= len(args) or args[k + 1].start != ev.target_span[0]:
            continue
        a, b = args[k], args[k + 1]
        w = words[b.i0] if b.i0 < len(words) else None
        head = words[a.i1 - 1].norm
        if w is None or b.i0 != a.i1 or b.i1 != b.i0 + 1 or b.prep or w.prefix or a.actor.country \
                or not a.actor.role or not w.norm.endswith(_PLURAL_ENDS) or w.norm[-2:] != head[-2:] \
                or w.norm.startswith("ال") != head.startswith("ال") \
                or not (b.actor.country or (b.actor.code or "")[:3] == "IMG") or b.actor.role not in ("REB", "INS", "UAF"):
            continue
        c = next((x for x in args[k + 2:k + 3] if x.i0 - b.i1 <= 4 and x.prep in ("", "ل", "علي", "ضد")
                  and not any(words[j].punct for j in range(b.i1, x.i0))), None)
        _fill_actor(ev, "source", b.actor, (b.start, b.end))
        if c is not None:
            _fill_actor(ev, "target", c.actor, (c.start, c.end))
        else:
            clear_side(ev, "target")
        ev.rule += ":src-adjective"


def _fallen_victims(words, args, evs) -> None:
    """"سقط عشرات العراقيين بين قتيل وجريح": a casualty noun (an ASSAULT noun of the none frame) with no target,
    after a "fall" verb (cue ``fall``) whose bare subject is an actor: that actor is the victim; also an attack noun
    after في and "لقي X حتفه / مصرعه" (cue value ``death``; session 15).  Run after the learned filter."""
    starts = None
    for ev in evs:
        if ev.plover_type != "ASSAULT" or ev.target_code or ":noun:" not in ev.rule:
            continue
        if starts is None:
            starts = start_index(words)
        i = starts.get(ev.trigger_start)
        if i is None:
            continue
        if ":noun:none" not in ev.rule and not (i > 0 and words[i - 1].norm in ("في", "وفي")):
            continue   # (session 15) or an attack noun after في: "لقي ثلاثة جنود مصرعهم في هجوم شنه مسلحون"
        k = next((k for k in range(i - 1, max(-1, i - 7), -1) if "fall" in words[k].cue), -1)
        if k < 0 or any(words[x].punct for x in range(k, i)):
            continue
        if words[k].cue["fall"] == "death" and not any(words[x].norm.startswith(_DEATH_NOUNS) for x in range(k + 1, i)):
            continue   # لقي: "met his death" only (لقي ترحيبا is no fall)
        v = next((a for a in args if k < a.i0 <= k + 3 and a.i1 <= i and a.prep == ""), None)
        if v is not None and v.actor.id != ev.source_actor_id:
            _fill_actor(ev, "target", v.actor, (v.start, v.end))
            ev.rule += ":fallen"
            if not ev.source_code and "by" in words[i].cue:
                # "لقي شرطي حتفه برصاص مسلحين": the shooters right after the casualty noun are the attackers
                by = next((a for a in args if a.i0 == i + 1 and a.actor.id != v.actor.id), None)
                if by is not None:
                    _fill_actor(ev, "source", by.actor, (by.start, by.end))


_OPEN_QUOTES = frozenset('«"“')


def _after_quote(words, i: int) -> int:
    """``i``, or ``i + 1`` when ``words[i]`` opens a quotation: "عنصرين من «ألوية الناصر صلاح الدين»" names the
    group right after the mark (Arabic news quotes a group's name; session 34, GSR34)."""
    return i + 1 if i < len(words) and words[i].text in _OPEN_QUOTES else i


def _partitive_target(words, args, evs) -> None:
    """"قتل الحلف 150 متمردا من طالبان"، "اعتقلت القوات عشرة عناصر من الحرس الثوري": a country-less target of an
    attack that is a part (من + a named group right after it) is a member of that group: the whole is the target
    (as for the agent of قام ب, ``_do_bi``); a bare sector target (ضابطا، شرطيا) followed by في + a state body of a
    country (في الجيش العراقي) is a member of that body (``:tgt-member``).  Run after the learned filter."""
    by_span = None
    for ev in evs:
        if ev.root not in _ATTACK_ROOTS or ev.target_country or (ev.target_code or "")[:3] in _INTL:
            continue
        if not ev.target_span and ":verb:" in ev.rule and ev.trigger_end > ev.trigger_start:
            # "احتجزت 68 رهينة من الأجانب": the counted object inside the trigger (or a numeral and a noun right
            # after it), no actor itself, then من + a named group
            last = next((k for k, w in enumerate(words) if w.end == ev.trigger_end), None)
            if last is None:
                continue
            j = last + 1
            if j < len(words) and (words[j].norm.isdigit() or "quant" in words[j].cue) and j + 2 < len(words):
                j += 2
            b = next((a for a in args if a.i0 == _after_quote(words, j + 1)), None) \
                if j < len(words) and words[j].norm == "من" else None
            if b is not None and b.actor.kind != "country" and (b.actor.country or (b.actor.code or "")[:3] in _INTL) \
                    and b.actor.id != ev.source_actor_id and (not b.actor.country or b.actor.country != ev.source_country) \
                    and not any(a.i0 < j and a.i1 > last for a in args):
                _fill_actor(ev, "target", b.actor, (b.start, b.end))
                ev.rule += ":tgt-partitive"
            continue
        if not ev.target_span:
            continue
        if by_span is None:
            by_span = {(a.start, a.end): k for k, a in enumerate(args)}
        k = by_span.get(ev.target_span)
        if k is None or k + 1 >= len(args):
            continue
        a, b = args[k], args[k + 1]
        if a.i1 < len(words) and words[a.i1].norm == "من" and b.i0 == _after_quote(words, a.i1 + 1) \
                and b.actor.kind != "country" \
                and (b.actor.country or (b.actor.code or "")[:3] in _INTL) and b.actor.id != ev.source_actor_id \
                and (not b.actor.country or b.actor.country != ev.source_country):
            _fill_actor(ev, "target", b.actor, (b.start, b.end))
            ev.rule += ":tgt-partitive"
        elif (p := _member_in(words, a)) and b.i0 in (p + 1, p + 2) and (b.i0 == p + 1 or words[p + 1].punct) \
                and a.actor.role \
                and not a.actor.country and b.actor.kind != "country" and b.actor.id != ev.source_actor_id \
                and ((b.actor.country and b.actor.role in _STATE_ROLES and b.actor.country != ev.source_country)
                     or (b.actor.kind == "organisation" and _armed_group(b.actor)
                         and b.actor.code != ev.source_code)):
            # "اغتال مسلحون ضابطا في الجيش العراقي": a bare sector member of a state body is that body's (session 12);
            # "مقتل أحد القادة في تنظيم القاعدة": a member of a named armed group is that group's (session 15)
            _fill_actor(ev, "target", b.actor, (b.start, b.end))
            ev.rule += ":tgt-member"


def _member_in(words, a) -> int:
    """The position of the في after a member noun (``a``), across up to two definite adjectives ("أحد القيادات
    البارزة في الحركة"), else 0."""
    p = a.i1
    while p < len(words) and p < a.i1 + 2 and not words[p].punct and words[p].norm.startswith("ال") \
            and words[p].norm != "الي":
        p += 1
    return p if p + 1 < len(words) and words[p].norm == "في" else 0


def _armed_group(actor) -> bool:
    """A named non-state armed group: a rebel / insurgent role (حركة حماس PSEREB) or the militarised-group top code
    (تنظيم القاعدة IMGMOSALQ)."""
    return actor.role in ("REB", "INS") or (actor.code or "")[:3] == "IMG"


_OBJ_IN = frozenset(["في", "قرب", "وسط", "شمال", "جنوب", "شرق", "غرب", "داخل", "بمدينة", "بمنطقة", "بالقرب"])


# an occupation of territory (192): the occupied place is the object, its country the target ("احتلت روسيا شبه
# جزيرة القرم" RUS -> UKR, as English place_target; session 22 STR)
_SEIZED_PLACE = frozenset({"192"})


def _object_place(doc, si, words, args, evs, lex) -> None:
    """"استهدفت الطائرات مدينة حلب"، "هجوم على ثكنة عسكرية في مدينة دلس"، "تفجير فندق في العاصمة عمان": an attack
    whose attacked object is itself a place or a facility in a place (cue ``facility``: the object's head noun, or
    the object is a place) targets the place's country.  The object is the verb's object (after a VSO subject and
    time words), the على / ضد phrase within three words of an attack noun, the noun's genitive when that is a
    facility, or the object of an aiming verb after the noun (هجوم انتحاري استهدف …).  Only the attacked object
    counts: the place where an attack happened does not (see the data README).  Run after the learned filter."""
    starts = None
    n = len(words)
    for ev in evs:
        if (ev.plover_type != "ASSAULT" and ev.cameo not in _SEIZED_PLACE) or ev.target_country \
                or (ev.target_code or "")[:3] in _INTL:
            continue
        if starts is None:
            starts = start_index(words)
            ends = {w.end: k for k, w in enumerate(words)}
            pls = [pl for pl in doc.places if pl.sentence == si and pl.country]
        i = starts.get(ev.trigger_start)
        last = ends.get(ev.trigger_end)
        if i is None or last is None:
            continue
        j = last + 1
        heads = []
        # "انفجرت عبوة ناسفة لدى مرور دورية للجيش": the passing vehicle is what the bomb aimed at
        k = next((k for k in range(last + 1, min(n - 1, last + 5)) if "passing" in words[k].cue), -1)
        if k >= 0 and not any(words[x].punct for x in range(last + 1, k)) and "facility" in words[k + 1].cue:
            heads.append(k + 1)
        near = -1
        if not heads and ev.cameo[:3] == "183":
            # "انفجرت سيارة مفخخة قرب مقر مجلس الصحوة"، "تفجير أمام مكاتب الحزب": a bomb set off near (cue near_site)
            # a building aims at the building's owner -- the owner only, never the building's place (session 35)
            k = next((k for k in range(last + 1, min(n - 2, last + 5)) if "near_site" in words[k].cue), -1)
            if k >= 0 and words[k + 1].norm == "من":
                k += 1   # بالقرب من
            if k >= 0 and k + 1 < n and not any(words[x].punct for x in range(last + 1, k)) \
                    and "facility" in words[k + 1].cue:
                heads.append(k + 1)
                near = k + 1
        if not heads and ":verb:" in ev.rule:
            src = next((a for a in args if a.actor.id == ev.source_actor_id and last < a.i0 <= last + 2), None) \
                if ev.source_actor_id else None
            if src is not None:
                j = src.i1
                gen = next((a for a in args if a.i0 == j and a.prep == "" and a.actor.kind == "person"), None)
                if gen is not None:
                    j = gen.i1   # "وسيطرت قوات حفتر أمس على مدينة غريان": the subject's genitive name (session 37)
            elif j < n and ("instrument" in words[j].cue or "armed_agent" in words[j].cue):
                # "واستهدفت مسيرات انتحارية صباح الثلاثاء مطار المدينة": an unnamed weapon as the subject, its
                # adjectives passed over up to a time word or the object (session 45)
                j += 1
                while j < n and j <= last + 4 and not words[j].punct and "time" not in words[j].cue \
                        and "facility" not in words[j].cue:
                    j += 1
            while j < n and ("time" in words[j].cue or words[j].norm.isdigit() or (
                    words[j].norm == "يوم" and j + 1 < n and "time" in words[j + 1].cue)):   # (يوم الجمعة, s45)
                j += 1
            if j < n and words[j].norm in ("علي", "ضد"):
                j += 1
            heads.append(j)
            # "قتل 47 شخصا في هجوم على أنصار …": the adjunct attack noun's object (the noun itself may have been
            # merged away as actor-less)
            for k in range(last + 1, min(n - 2, last + 12)):
                if words[k].text in ".؛;:" or "comp" in words[k].cue:
                    break
                if words[k].norm in _ADJUNCT_PREPS and _attack_noun(words, k + 1, lex):
                    for m in range(k + 2, min(n, k + 5)):
                        if words[m].punct:
                            break
                        if words[m].norm in ("علي", "ضد") or "aim" in words[m].cue:
                            m += 1
                            while m < n and "time" in words[m].cue:
                                m += 1   # "… في انفجار استهدف أمس موكبا …": the object after the time word
                            heads.append(m)
                            break
                    break
        elif not heads:
            for k in range(last + 1, min(n, last + 4)):
                w = words[k]
                if w.punct:
                    break
                if w.norm in ("علي", "ضد") or "aim" in w.cue:
                    k += 1
                    while k < n and "time" in words[k].cue:
                        k += 1
                    heads.append(k)
                    break
            if not heads and last + 1 < n and "facility" in words[last + 1].cue:
                heads.append(last + 1)   # the genitive: تفجير فندق، قصف مدينة
        for h in heads:
            if h >= n or words[h].punct:
                continue
            if not ev.target_actor_id:
                # "هجوم على أنصار زعيمة المعارضة"، "استهدف موكب وزير الداخلية العراقي": the object's owner, a named
                # actor with a country as the head noun's genitive, is the target
                own = next((a for a in args if a.i0 == h + 1 and a.actor.country
                            and (a.prep == "" or (a.prep == "ل" and not words[h].norm.startswith("ال")))
                            and a.actor.id != ev.source_actor_id and a.actor.country != ev.source_country), None)
                # (an indefinite object noun + ل: "غارات على معسكرات للدعم السريع"، "مواقع لحزب الله", s41)
                if own is None and "facility" in words[h].cue:
                    # "حافلة تقل عناصر من الحرس الثوري": the people a vehicle carries
                    c = next((c for c in range(h + 1, min(n - 1, h + 4)) if "carry" in words[c].cue
                              and not any(words[x].punct for x in range(h + 1, c))), -1)
                    own = next((a for a in args if c >= 0 and c < a.i0 <= c + 3 and a.prep in ("", "من")
                                and (a.actor.country or (a.actor.code or "")[:3] in _INTL)
                                and a.actor.id != ev.source_actor_id), None)
                if own is not None:
                    _fill_actor(ev, "target", own.actor, (own.start, own.end))
                    ev.rule += ":tgt-object-owner"
                    break
            if h == near:
                continue   # (near a building: its owner or nothing)
            head_place = next((pl for pl in pls if words[h].start <= pl.start < words[min(h + 1, n - 1)].end), None)
            if head_place is None and "facility" not in words[h].cue:
                continue
            pl = head_place
            if pl is None:
                # the facility's place: in / near + place (or ب + place) within the object phrase
                for k in range(h + 1, min(n, h + 10)):
                    w = words[k]
                    if w.punct or "rel" in w.cue or "comp" in w.cue:
                        break
                    pl = next((p for p in pls if w.start <= p.start < w.end), None)
                    if pl is not None:
                        if not any(words[x].norm in _OBJ_IN or words[x].prefix[-1:] == "ب" for x in range(h + 1, k + 1)):
                            pl = None
                        break
            if pl is None or (pl.country == ev.source_country and ev.cameo not in _SEIZED_PLACE):
                continue   # (a town seized in a civil war is its own country's: "سيطرت قوات حفتر على مدينة غريان", s37)
            if ev.target_code:
                _target_country(ev, pl.country, ":tgt-object-place")
            else:
                ev.target_code = ev.target_country = pl.country
                ev.target_span = (words[h].start, pl.end)
                ev.rule += ":tgt-object-place"
            break


def _own_country_threat(evs) -> None:
    """(session 45) A threat (root 13) whose target is the bare name of the threatener's own state ("وتوعد نتنياهو بضرب
    أي تهديد لإسرائيل"، "vowed to hit anyone who attacks Israel") names what the threat protects, not whom it threatens:
    the target is dropped.  A role of the own state (protesters, the opposition: ISRCVL) stays a domestic target."""
    for ev in evs:
        if ev.root == "13" and ev.lang == "ar" and ev.target_code and ev.target_code == ev.source_country \
                and not ev.target_role and ":tgt-" not in ev.rule:
            # (not a target a rule read from the act's place: "threatened to impose a curfew in Nairobi" is KEN's)
            clear_side(ev, "target")
            ev.rule += ":own-state"


def _purpose_target(words, args, evs) -> None:
    """"تجمع المتظاهرون … احتجاجا على زيارة الرئيس الأميركي"، "… مطالبين الحكومة التركية بالتدخل"، "مظاهرات مناهضة
    للحكومة": a protest without a target country takes as its target the first state actor (a country, a
    government body, a leader, an IGO; else a named organisation with a country) of a purpose / demand phrase
    (cue ``protest_purpose``) of its sentence.  Run after the learned filter (its features are unchanged)."""
    ks = None
    starts = None
    for ev in evs:
        if ev.root != "14" or ev.target_country or (ev.target_code or "")[:3] in _INTL:
            continue
        if ks is None:
            ks = []
            for k, w in enumerate(words):
                v = w.cue.get("protest_purpose")
                if v is None:
                    continue
                opt = dict(x.split("=", 1) for x in v.split(";") if "=" in x)
                if "prev" in opt and (k == 0 or words[k - 1].norm != opt["prev"]):
                    continue
                ks.append((k, int(opt.get("win", 10))))
            if not ks:
                return
            starts = start_index(words)
        i = starts.get(ev.trigger_start)
        if i is None:
            continue
        best = None
        for k, win in ks:
            if not (-12 <= k - i <= 25) or any(words[x].text in ".؛;:!?؟" for x in range(min(i, k), max(i, k))):
                continue
            if ev.source_span and (ev.source_span[0] <= words[k].start < ev.source_span[1] or (
                    k > 0 and ev.source_span[0] <= words[k - 1].start < ev.source_span[1]
                    and words[k].norm.endswith(("ين", "ون")))):
                continue   # "المتظاهرون المناوئون للحكومة": the crowd's own description, not the protest's aim
            end = k + 1
            while end < len(words) and end <= k + win and not words[end].punct:
                end += 1
            # (the protest's own source inside its purpose phrase was misread: "تظاهر الآلاف احتجاجا على الغارات
            # الإسرائيلية" - the aim, not the crowd)
            cand = [a for a in args if k < a.i0 < end
                    and (a.actor.id != ev.source_actor_id or ev.source_span == (a.start, a.end))
                    and (a.actor.country or (a.actor.code or "")[:3] in _INTL) and not protest_sides.beneficiary(words, a.i0)]
            pick = next((a for a in cand if _is_state(a.actor) or a.actor.kind == "person"
                         or (a.actor.code or "")[:3] in _INTL), None) \
                or next((a for a in cand if a.actor.kind == "organisation"), None)
            if pick is not None and (best is None or abs(k - i) < best[0]):
                best = (abs(k - i), pick)
        if best is not None:
            a = best[1]
            if ev.source_span == (a.start, a.end):
                clear_side(ev, "source")
                ev.rule += ":aim-not-source"
            _fill_actor(ev, "target", a.actor, (a.start, a.end))
            ev.rule += ":purpose-tgt"


_GAP_STOP = frozenset(["في", "من", "علي", "الي", "عن", "مع", "بين", "ضد", "امس", "اليوم", "قبل", "بعد", "عند", "لدي"])
COMPOUND_MAX = 4   # conjuncts per side (a 4 x 4 fan-out at most; 3 before session 32: "Saudi Arabia, the UAE, Bahrain and Egypt")


def _own_verb_after(words, g, ev, evs) -> bool:
    """Is conjunct ``g`` (after the event's trigger) followed at once by a verb event of its own, not the event's:
    "إثيوبيا تطرد سبعة من كبار مسؤولي الأمم المتحدة وواشنطن تلوح بالعقوبات" -- Washington opens the next clause
    (session 34; the preposition case is `_conjuncts`'s; a coded verb event, not any verb form: "وطيارين كينيين اثنين")."""
    if g.i1 >= len(words) or words[g.i0].start < ev.trigger_end:
        return False
    at = words[g.i1].start
    return at != ev.trigger_start and any(e.trigger_start == at and ":verb:" in e.rule for e in evs)


_NO_HEAD_CUES = ("comp", "neg", "boundary", "future", "possible", "cond", "past_aux", "hist")   # (particles, no nouns)


def _genitive_before_singular(words, args, a, verb) -> bool:
    """Is ``a`` the genitive of a noun before it ("من حدود جيبوتي") and ``verb`` a singular form (no dual or plural
    ending)?  Then "… من حدود جيبوتي والكويت تعرض الوساطة" opens a new clause at الكويت: a verb after a coordinated
    subject agrees with all of it ("مصر والأردن تدينان"), so a singular verb has the last name alone (s41, PREC41)."""
    j = a.i0 - 1
    if j < 0 or words[j].punct or words[j].prefix[:1] == "و" or words[j].trig[1] or len(words[j].norm) <= 2 \
            or any(c in words[j].cue for c in _NO_HEAD_CUES) \
            or words[j].norm.startswith("ال") or any(x.i0 <= j < x.i1 for x in args):
        return False   # (a construct's head has no article: "من السعودية وسلطنة عمان وإيران" is one list)
    return not verb.norm.endswith(("ان", "ون", "وا", "ا", "ين"))


def _conjuncts(words, args, k, limit=COMPOUND_MAX):
    """args[k] and the actors coordinated with it after it (X و Y، X، Y و Z، "عشرة مسلحين وثلاثة جنود"):
    the gap is empty with a و proclitic on the next actor's first word, a lone و / comma, or a و-numeral
    (وثلاثة، و12) with at most one more counted word; a conjunct keeps the first one's preposition or has none."""
    out = [args[k]]
    a = args[k]
    for b in args[k + 1:]:
        if len(out) >= limit:
            break
        if b.prep not in ("", a.prep) and not (b.prep == "ب" and a.prep == ""):
            break
        if not b.prep and b.i1 < len(words) and any(t.kind == "verb" for t in words[b.i1].trig[1]) and (
                out[0].prep or _genitive_before_singular(words, args, out[0], words[b.i1])):
            break   # "عقوبات على طهران وإيران تتوعد بالرد": a bare name before its own verb opens the next clause
        gap = words[a.i1:b.i0]
        w0 = words[b.i0]
        if b.prep != a.prep and any(x.text in ",،" for x in gap):
            break   # "اغتالت إسرائيل القائد …، بغارة جوية": a ب-phrase after a comma is the act's means (session 47)
        if not gap and a.i1 - a.i0 >= 2 and any(x.prefix[:1] == "ل" for x in words[a.i0 + 1:a.i1]) and \
                a.actor.role != b.actor.role:
            break   # "مناصرين لحزب الله وحركة أمل": the body joins the genitive's body, not the supporters (s39)
        if not gap:
            ok = w0.prefix[:1] == "و" or (out and w0.norm[:1] == "و" and w0.start < b.start)
        elif len(gap) == 1 and (gap[0].norm == "و" or gap[0].text in ",،"):
            ok = True
        elif len(gap) == 2 and gap[0].text in (",", "and") and gap[1].norm == "the":
            ok = True   # "Saudi Arabia, the UAE, Bahrain and Egypt" (session 32)
        elif len(gap) <= 2 and (gap[0].prefix[:1] == "و" or gap[0].norm[:1] == "و") \
                and ("quant" in gap[0].cue or gap[0].norm[1:].isdigit()) and not any(x.punct for x in gap):
            ok = True   # "وثلاثة جنود أفغان"، "و12 شرطيا"
        elif len(gap) <= 2 and (w0.prefix[:1] == "و" or (w0.norm[:1] == "و" and w0.start < b.start)) and not any(
                x.punct or x.cue or x.norm in _GAP_STOP or x.prefix for x in gap):
            ok = True   # "عمال إغاثة أوروبيين وطيارين كينيين": an adjective of the first conjunct between
        elif _rel_gap(gap, w0, b):
            ok = True   # "أربعة أوروبيين يعملون في مجال الإغاثة وطيارين كينيين": the first one's relative clause between
        else:
            ok = False
        if not ok:
            break
        out.append(b)
        a = b
    return out


def _participle_told(text: str, keep: Event, other: Event) -> None:
    """"welcomed the decision, calling it \"a historic moment\"", "criticised the move, calling it …": an English
    participle after a comma that tells the main verb's act again (the subject's half and the object's half merged in
    ``_dedupe``) stays its evidence: the dropped verb's span joins the kept one's ``also_spans`` -- a reader points at
    either (session 46)."""
    first, last = (keep, other) if keep.trigger_start < other.trigger_start else (other, keep)
    if ":verb:" not in first.rule or ":verb:" not in last.rule or first.trigger_end > last.trigger_start:
        return
    word = last.trigger.split()[0].lower() if last.trigger else ""
    if word.endswith("ing") and text[first.trigger_end:last.trigger_start].rstrip().endswith(","):
        keep.also_spans = sorted(set(keep.also_spans) | {(other.trigger_start, other.trigger_end)}
                                 | set(other.also_spans))


def _told_too(keep: Event, other: Event) -> None:
    """``other``, an attack told in the same sentence as ``keep`` and merged into it ("قتل سبعة … في غارة جوية
    إسرائيلية": the killing verb and the strike noun, one happening), stays its evidence: its trigger span joins
    ``keep.also_spans`` as a retold headline's does (session 25, B12AR; before, the noun's words were lost)."""
    if keep.root in _ATTACK_ROOTS and other.root in _ATTACK_ROOTS and other.trigger_start != keep.trigger_start:
        keep.also_spans = sorted(set(keep.also_spans) | {(other.trigger_start, other.trigger_end)}
                                 | set(other.also_spans))


_TOLD_ROOTS = frozenset({"14", "18", "19", "20"})   # (a fight or a protest is told by several verbs: one happening)
_OWNED_NOUN_ROOTS = frozenset({"14", "08"})   # (a protest's, a resignation's owner pronoun: the clause subject)


def _conjoined_acts(text: str, first: Event, second: Event) -> bool:
    """Two English verbs of different codes, the second a predicate joined to the first by "and" ("The government cut
    mobile internet access on Sunday night, and suspended the licence of a broadcaster": 1721 and 172): two acts of one
    subject, not the halves of one happening (session 26 EN); not for the roots of _TOLD_ROOTS."""
    if not text or first.lang != "en" or ":verb:" not in first.rule or first.trigger_end > second.trigger_start:
        return False
    if ":noun:" in second.rule and second.source_span and first.trigger_end <= second.source_span[0] \
            and second.source_span[1] <= second.trigger_start \
            and ", and " in text[first.trigger_end:second.source_span[0]]:
        # "Russia launched 85 drones …, and Ukrainian officials reported Russian assaults near Pokrovsk": a noun
        # with its own owner in a new clause after ", and" is another report, even of a fight (session 43)
        return True
    if ":verb:" not in second.rule or first.root in _TOLD_ROOTS:
        return False
    if first.cameo == second.cameo and not _object_acts(text, first, second):
        return False
    between = text[first.trigger_end:second.trigger_start].split()
    if second.source_span and first.trigger_end <= second.source_span[0] and second.source_span[1] <= second.trigger_start \
            and " and " in text[first.trigger_end:second.source_span[0]]:
        return True   # "… suspended mobile internet, and the provincial government banned gatherings": its own subject (s30)
    return bool(between) and between[-1].lower() == "and" or (len(between) > 1 and between[-2].lower() == "and") \
        or _comma_listed(text, first, second)


def _conjoined_bare_en(text: str, ev: Event, kept: list, typ, bare_key) -> bool:
    """(session 54, miss54) An English verb event with no side read that is one of two conjoined acts
    (:func:`_conjoined_acts`) with another event of its type: "officers have arrested several people … and seized
    2,900 kg of explosives" (173, 1711), "imposed a curfew … and suspended mobile internet" (1723, 1721) -- the keys
    above keep such acts apart when they have sides; with none read, the actor-less merge dropped the second (or the
    first) as a bare repeat of the other's type."""
    def past(e) -> bool:   # a finite past verb ("arrested"), not "to jail", "caught looting", "helped broker"
        return ":verb:" in e.rule and e.trigger.split()[0].endswith("ed") and not e.trigger[:1].isupper()
    if not text or ev.lang != "en" or not past(ev):
        return False
    # (one root: a force act and a later killing of another clause are one fighting type, not two listed acts)
    return any(o is not ev and past(o) and o.root == ev.root and bare_key(o) == typ and (
        _conjoined_acts(text, o, ev) if o.trigger_start < ev.trigger_start else _conjoined_acts(text, ev, o))
        for o in kept)


def _object_acts(text: str, first: Event, second: Event) -> bool:
    """Two verbs of one code, each a trigger with its own object ("had dissolved all state institutions and closed the
    country's borders": 172 twice): two acts, unlike one act told by two verbs ("arrested and detained", single-word
    triggers) (session 30, lead)."""
    a, b = text[first.trigger_start:first.trigger_end].split(), text[second.trigger_start:second.trigger_end].split()
    if a[0].lower() == b[0].lower():
        return False
    if len(a) > 1 and len(b) > 1:
        return True
    # (session 50, enmiss50) "hailed the vote and thanked coalition partners", "welcomed the resolution and thanked
    # the United States": two verbs of one code, the first with its own object words before "and" -- two acts; right
    # after each other ("condemned and denounced the attack") they tell one
    between = text[first.trigger_end:second.trigger_start].split()
    # (a first trigger of several words holds its own object words already: "called it a historic day and thanked
    # Trump": one more word before "and" will do; session 51, enmiss51)
    if len(between) >= (2 if len(a) > 1 else 3) and between[-1].lower() == "and" and not between[0].lower() == "and":
        return True
    return _comma_listed(text, first, second)


def _comma_listed(text: str, first: Event, second: Event) -> bool:
    """(session 51, enmiss51) A list of English predicates, the next one after a comma: "welcomed the resolution,
    thanked the United States for …": the first verb's own object words (two or more) closed by the comma, then a
    past-tense verb -- two acts; not an "-ing" participle, which tells the first act again ("welcomed the decision,
    calling it …": _participle_told), and no quote or clause punctuation between."""
    b = text[second.trigger_start:second.trigger_end].split()
    between = text[first.trigger_end:second.trigger_start].split()
    return len(between) >= 2 and between[-1].endswith(",") and between[0].lower() != "and" \
        and not any(c in " ".join(between) for c in ';:"“”()') and bool(b) \
        and b[0].endswith("ed") and b[0][:1].islower()


def _near_told(text: str, a: Event, b: Event) -> bool:
    """Are the two halves of one attack told close together: at most 12 words between their triggers and no sentence
    punctuation (". ؛ ; :")?  "قتل سبعة … في غارة جوية"، "شنت قوات … هجمات بطائرات مسيرة على المدينة …، فقتلت ثلاثة
    مدنيين"، "a bomb planted by militants … killed 329 people"; not an accusation's list far apart ("… ما حدث من تعذيب
    لمعارضيها … واتهمها بمحاولة اغتيال …": the halves merge reads them as one, but the words are not one telling)."""
    lo, hi = sorted(((a.trigger_start, a.trigger_end), (b.trigger_start, b.trigger_end)))
    between = text[lo[1]:hi[0]]
    # (a later verb of consequence with ف - "وفتح مسلحون … النار على الحافلة وسيارات أخرى … في صحراء المنيا، فقتلوا
    # 29 شخصا" - goes on telling the same attack past a long adjunct: 30 words; session 32 fixar)
    reach = 30 if text[hi[0]:hi[0] + 1] == "ف" and hi[0] != lo[0] else 12
    return len(between.split()) <= reach and not any(c in between for c in ".؛;:")


def _rel_gap(gap, w0, b) -> bool:
    """An indefinite conjunct's relative clause (no relative pronoun: an imperfect verb that is no trigger, then at most
    four words, no punctuation) before a و-conjunct (session 11, SPN)."""
    if not (2 <= len(gap) <= 5) or not (w0.prefix[:1] == "و" or (w0.norm[:1] == "و" and w0.start < b.start)):
        return False
    v = gap[0]
    return v.norm[:1] in ("ي", "ت") and len(v.norm) >= 5 and v.norm.endswith("ون") and not v.prefix and not v.trig[1] \
        and not any(x.punct or x.trig[1] for x in gap)


def _compound(words, args, evs):
    """The PETRARCH / GDELT convention for compound actors: when an event's source or target is a
    coordination of actors with different codes (أدانت مصر والأردن …، قتلت القوات عشرة مسلحين وثلاثة جنود
    أفغان، طالب المتظاهرون الحكومة التركية والأمم المتحدة …), one event per (source, target) combination, each
    with its own actor span and the same trigger; every event of such a fan-out carries ``:compound`` in its
    rule.  A side that the sentence rules already fanned out (VSO conjoined subjects, mutual pairs) is left
    as it is.  Run after the learned filter and the one-happening merge: the copies share their flags."""
    if len(args) < 2 or not evs:
        return evs
    # only an actor followed by another within four words can open a coordination
    heads = {(a.start, a.end): k for k, a in enumerate(args[:-1]) if args[k + 1].i0 - a.i1 <= 5}   # (5: _rel_gap)
    if not heads or not any(ev.source_span in heads or ev.target_span in heads for ev in evs):
        return evs
    by_span = heads
    by_trig: dict = {}
    for ev in evs:
        by_trig.setdefault(ev.trigger_start, []).append(ev)
    out = []
    for ev in evs:
        out.append(ev)
        if ev.rule.endswith("quote-statement") or ":compound" in ev.rule:
            continue
        same = by_trig[ev.trigger_start]
        sides = {}
        for side in ("source", "target"):
            span = getattr(ev, f"{side}_span")
            k = by_span.get(span) if span else None
            if k is None or any(o is not ev and getattr(o, f"{side}_actor_id") != getattr(ev, f"{side}_actor_id")
                                for o in same):
                sides[side] = [None]
                continue
            conj = _conjuncts(words, args, k)
            base = args[k].actor.code or args[k].actor.country
            sides[side] = [None] + [g for g in conj[1:] if (g.actor.code or g.actor.country)
                                    and (g.actor.code or g.actor.country) != base and not _own_verb_after(words, g, ev, evs)]
        if len(sides["source"]) == 1 and len(sides["target"]) == 1:
            continue
        ev.rule += ":compound"
        have = {(o.source_code, o.target_code) for o in same}
        for s in sides["source"]:
            for t in sides["target"]:
                if s is None and t is None:
                    continue
                new = copy(ev)
                new.plover_context = list(ev.plover_context)
                if s is not None:
                    _fill_actor(new, "source", s.actor, (s.start, s.end))
                if t is not None:
                    _fill_actor(new, "target", t.actor, (t.start, t.end))
                if new.source_actor_id and new.source_actor_id == new.target_actor_id \
                        or (new.source_code, new.target_code) in have:
                    continue
                have.add((new.source_code, new.target_code))
                new.id = stable_id(ev.id, "compound", new.source_actor_id, new.target_actor_id)
                out.append(new)
    return out


_GENERIC_FORCE = frozenset(["18", "180", "182", "19", "190", "20", "200"])


def _attributed(words, args, evs) -> None:
    """"تعرضت قاعدة إلى هجوم انتحاري، نسب إلى المتمردين التاميل": an attack attributed (cue ``attrib``) to X
    a few words after it has X as its agent."""
    if not any(ev.root in _ATTACK_ROOTS for ev in evs):
        return
    ks = [k for k, w in enumerate(words) if "attrib" in w.cue]
    if not ks:
        return
    starts = start_index(words)
    for k in ks:
        x = next((a for a in args if k < a.i0 <= k + 3 and a.prep in ("الي", "ل")), None)
        if x is None:
            continue
        for ev in evs:
            j = starts.get(ev.trigger_start)
            if j is None or ev.root not in _ATTACK_ROOTS or not (0 < k - j <= 6) \
                    or any(words[y].text in ".؛;:" for y in range(j, k)):
                continue
            if ev.target_actor_id == x.actor.id:
                continue
            _fill_actor(ev, "source", x.actor, (x.start, x.end))
            ev.rule += ":attributed"


def _protest_purpose(words, evs) -> None:
    """"احتشد آلاف المتظاهرين … للمطالبة بإسقاط الحكومة": a demand noun with لـ (in order to demand) after
    a protest is the crowd's demand: the protest's source is its source, and the actor the noun read as
    its agent (the genitive of the demanded thing) is its target."""
    prot = next((e for e in evs if e.root == "14" and (e.source_code or e.source_actor_id)), None)
    if prot is None:
        return
    starts = None
    for ev in evs:
        if ev.root not in ("10", "11") or ":noun:" not in ev.rule or ev.trigger_start <= prot.trigger_start:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or not (words[k].prefix[-1:] == "ل" or words[k].norm[:2] == "لل"
                             or (ev.root == "11" and "protest_purpose" in words[k].cue)):
            continue   # (تنديدا ب X after a protest: the crowd condemns X)
        if ev.source_actor_id == prot.source_actor_id:
            continue
        if not ev.target_code and not ev.target_actor_id and ev.source_actor_id:
            for f in SIDE_FIELDS:
                setattr(ev, f"target_{f}", getattr(ev, f"source_{f}"))
        if not ev.target_code and not ev.target_actor_id:
            # "للمطالبة باستقالة الحكومة": the demanded act's own actor is whom the demand is addressed to
            dem = next((d for d in evs if d is not ev and d.modality == "demand" and d.trigger_start > ev.trigger_end
                        and (starts.get(d.trigger_start) or 99) - k <= 2 and (d.source_actor_id or d.target_actor_id)), None)
            if dem is not None:
                side = "source" if dem.source_actor_id else "target"
                if getattr(dem, f"{side}_actor_id") != prot.source_actor_id:
                    for f in SIDE_FIELDS:
                        setattr(ev, f"target_{f}", getattr(dem, f"{side}_{f}"))
        _copy_source(ev, prot)
        ev.rule += ":purpose"


def _joined_to_speaker_clause(words, i: int) -> bool:
    """"أعلنت الوزارة أنها أرسلت قوة إلى المنطقة واعتقلت ثلاثة مسلحين": an Arabic verb joined by و (no comma before)
    to a clause the speaker's pronoun opens (cue ``pron_speaker``: أنه، أنها، أنهم) at most ``_SPEAKER_CLAUSE`` words
    back, agreeing with the pronoun, goes on with that subject, the speaker (session 44 GAPAR44)."""
    if i < 3 or words[i].norm[:1] != "و" or words[i - 1].punct:
        return False
    for j in range(i - 2, max(-1, i - _SPEAKER_CLAUSE), -1):
        if words[j].punct or "comp" in words[j].cue and "pron_speaker" not in words[j].cue:
            return False
        if "pron_speaker" in words[j].cue:
            return j + 1 < i - 1 and _agrees_with_pronoun(words[j].norm, words[i].norm)
    return False


def _agrees_with_pronoun(pron: str, verb: str) -> bool:
    """Does the verb agree with the subject pronoun أنه / أنها / أنهم (he, she or it, they)?"""
    plural = len(verb) > 4 and verb.endswith("وا")
    if pron.endswith(("انهم", "أنهم")):
        return plural
    if pron.endswith(("انها", "أنها")):
        return not plural and not agreement.masc_verb(verb)
    return pron.endswith(("انه", "أنه")) and agreement.masc_verb(verb)


_SPEAKER_CLAUSE = 10


def _comp_subject(words, i, A, trig_idx, tgt, args=None):
    """"أن المسلحين من الموالين لتنظيم القاعدة اختطفوا …"، "إن مهاجما انتحاريا من حركة طالبان فجر …": the noun
    phrase that opens an إن / أن clause is the subject of the clause's first verb, across its من / لـ
    modifiers (whose named actor, when the head has no country, is the agent)."""
    k = next((k for k in range(i - 1, max(-1, i - 10), -1) if "comp" in words[k].cue or words[k].punct), -1)
    if k == i - 1 and words[k].text in ",،":
        # "إن الجيش المالي، مدعوما بعناصر من الفيلق الأفريقي، شن غارات …": a comma-closed aside opened by a
        # participle (cue aside) between the subject and its verb is passed over (session 13)
        k2 = next((x for x in range(k - 1, max(-1, k - 12), -1) if words[x].punct), -1)
        if k2 > 0 and words[k2].text in ",،" and "aside" in words[k2 + 1].cue and args is not None:
            i, A = k2, args
            k = next((x for x in range(i - 1, max(-1, i - 10), -1) if "comp" in words[x].cue or words[x].punct), -1)
    if k < 0 or words[k].punct or any(k < j < i for j in trig_idx if "comp" not in words[j].cue and j not in
                                         {a.i0 for a in A}):
        return None
    head = next((a for a in A if a.i0 == k + 1 and a.prep == "" and a.i1 <= i), None)
    if head is None or head is tgt:
        return None
    if not head.actor.country:
        named = next((a for a in A if head.i1 <= a.i0 and a.i1 <= i and a.prep in ("من", "ل") and (a.actor.country or a.actor.code)), None)
        if named is not None:
            return named
    return head


def _do_bi(words, i, cs, A, src, tgt):
    """"قامت قوة من الشرطة بمداهمة جامع"، "قام مسلحون باقتحام البلدة": the subject of the light verb
    قام (cue ``do_bi``) before a ب + verbal noun is the noun's agent; the noun's genitive, read as its
    agent by the noun frame, is its patient."""
    k = next((k for k in range(i - 1, max(cs - 1, i - 11), -1) if "do_bi" in words[k].cue), -1)   # (up to 9 words of subject, as detect.do_lead)
    if k < 0 or any(words[x].punct for x in range(k, i)):
        return src, tgt
    subj = next((a for a in A if k < a.i0 and a.i1 <= i and a.prep in ("", "من")), None) \
        or next((a for a in reversed(A) if a.i1 <= k and k - a.i1 <= 1 and a.prep == ""), None)
    if subj is None:
        return src, tgt
    nxt = next((a for a in A if a.i0 == subj.i1 + 1 and a.prep == "من" and a.i1 <= i), None)
    if nxt is not None and not subj.actor.country and words[subj.i1].norm == "من":
        subj = nxt   # "قوة من الشرطة"، "عناصر من الجيش": the partitive's whole is the agent
    if src is not None and src is not subj and src.i0 > i and (tgt is None or tgt is src):
        tgt = src
    elif tgt is subj:
        tgt = None
    return subj, tgt


def _listed_agent(words, args, i, cs, before, trigs):
    """The agent of an Arabic verbal noun joined by و whose nearest actor before it (``before[-1]``) is the genitive of an
    earlier verbal noun of its list ("أعلن الرئيس حل الحكومة وتشكيل حكومة جديدة": the dissolved government forms nothing):
    the actor before that one, or across an aside the announcer (session 34)."""
    a = before[-1]
    nouns = {j for (j, _, t, _) in trigs if t.kind == "noun"}
    if not announced_aside_ar.listed_owner(words, a, nouns):
        return a
    rest = [b for b in before if b.i1 <= a.i0 - 1 and b.prep == "" and not announced_aside_ar.listed_owner(words, b, nouns)]
    if rest:
        return rest[-1] if i - rest[-1].i1 <= 12 else None
    return announced_aside_ar.subject(words, args, i, cs)


def _past_time_words(words, k: int) -> int:
    """The index of the first word at or after ``k`` that is no time word (cue ``time``: "فجر اليوم", "أمس")."""
    while k < len(words) and "time" in words[k].cue:
        k += 1
    return k


def _title_prep(words, j: int) -> bool:
    """Is the ب-word at ``j`` part of a title with the word before it (cue ``title_prep``, its value the heads):
    "القائم / القائمة بأعمال" (the acting head, the chargé d'affaires), no preposition of the verb (session 26 AR1C)?
    Also an envoy's إلى after the head or one adjective of it (session 36)."""
    v = words[j].cue.get("title_prep") if j > 0 else None
    if v is None:
        return False
    heads = {_norm(h, "ar") for h in v.split(",")}
    if words[j - 1].norm in heads:
        return True
    # (after one adjective of the title: "المبعوث الأممي إلى سوريا", "المبعوث الخاص إلى اليمن"; session 36)
    a = words[j - 1].norm
    return j > 1 and words[j - 2].norm in heads and a.startswith("ال") and a.endswith(("ي", "يه", "الخاص", "الخاصه"))


def _subject_gap(doc, words, last, src, trig_idx, time_starts) -> bool:
    """True when the word right after an Arabic verb (after time words) is a noun that is not the
    VSO actor ``src`` further on: a definite noun, an event noun (a trigger), or a name the actor stage
    left without a code.  A definite adjective right before ``src`` that agrees with it is not it."""
    k = last + 1
    while k < src.i0 and "time" in words[k].cue:
        k += 1
    if k >= src.i0:
        return False
    w = words[k]
    if w.punct or w.prefix or "time" in w.cue:
        return False
    if k in trig_idx:
        return True
    if k + 1 < src.i0 and _title_prep(words, k + 1):
        return False   # "ورحب القائم بأعمال السفير الأمريكي …": the acting envoy is the subject (session 26 AR1C)
    if k + 1 == src.i0 and src.actor.kind == "person" and w.norm in form_set("honorifics_ar.tsv"):
        return False   # "استقبل المشير خليفة حفتر السفير الفرنسي": a rank or title right before the name is the subject's
    if any(m.start <= w.start < m.end and m.type in ("PERS", "ORG") for m in doc.mentions):
        return True
    if w.text.startswith("ال") and any("patron_adj" in words[x].cue and words[x + 1].prefix[-1:] == "ل"
                                       for x in range(k + 1, min(src.i0 - 1, k + 4))):
        return True   # "واتهمت البعثة التابعة للاتحاد الأفريقي المحتجين": a unit of a body is the subject (session 45)
    if w.cue:
        return False
    if not w.text.startswith("ال"):
        # "اتهمت وزارة الداخلية حركة حماس": an indefinite head with its definite genitive (idafa) and
        # nothing else before the actor
        nxt = words[k + 1]
        if not (nxt.text.startswith("ال") and not nxt.prefix and not nxt.cue and len(w.norm) >= 3
                and nxt.norm not in _NOT_SUBJECT_AR):
            return False
        # (session 45) "وانتقد تجاهل البيان لحقوق الشعب الإريتري": the idafa is the object and the actor sits in
        # its ل / على phrase further on -- no subject of the verb either way
        return k + 2 == src.i0 or (k + 2 < src.i0 <= k + 4 and (words[k + 2].prefix[-1:] == "ل" or words[k + 2].norm
                                                                 in ("علي", "ل")))
    return len(w.norm) >= 4 and w.norm not in _NOT_SUBJECT_AR


_NOT_SUBJECT_AR = frozenset(["الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "الان", "الاحد", "الجمعه",
                             "السبت", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الليله", "اليوم"])


def _coordinated_pair(words, pairs) -> bool:
    """Are the two sides of a mutual pair one coordination ("إسرائيل وحماس", "بين X و Y", "X and Y")?"""
    a, b = pairs[0]
    if not (isinstance(a, Arg) and isinstance(b, Arg)):
        return False
    if b.i0 < a.i0:
        a, b = b, a
    gap = b.i0 - a.i1
    if gap == 0:
        return words[b.i0].prefix.startswith("و")
    return gap == 1 and words[a.i1].norm in ("و", "and", "&")


_STATE_CODES: set = set()   # ISO-3 codes of the gazetteer's countries, read once


def _disagrees(words, i, a, lemma: str = "") -> bool:
    """Is the actor ``a`` right after the Arabic verb at ``i`` a state name that cannot be its subject,
    the verb being masculine singular (no ت / وا / تا ending, not the ت- prefix of the feminine
    imperfect) and the name feminine (every state name but those with a ``masc_name`` cue: العراق،
    لبنان …)?"""
    if a.actor.kind != "country" or a.actor.role or a.i1 - a.i0 > 3 or words[a.i0].norm.endswith(("ون", "ين")):
        return False
    if not _STATE_CODES:
        from ..geo.gazetteer import get_gazetteer
        _STATE_CODES.update(get_gazetteer().countries)
    if a.actor.country not in _STATE_CODES:
        return False
    if not agreement.masc_verb(words[i].norm, lemma):
        return False   # (a clitic و / ف and the future سـ before ت-: "وسترفض مصر", session 19 COVAR)
    return "masc_name" not in words[a.i0].cue


def _represented(words, A, parts):
    """A delegation side (cue ``delegation``: وفد، وفدين، وفود) followed by يمثل / يمثلان / تمثل (cue ``represent``) and
    bare actors is those actors: "التقت المبعوثة وفدين يمثلان مجلس النواب والمجلس الأعلى للدولة" meets the two
    chambers (each one a side; the first part stays the other side)."""
    out = []
    for g in parts:
        k = g.i1
        nxt = next((a for a in A if a.i0 == k + 1 and a.prep == ""), None) if k + 1 < len(words) \
            and "delegation" in words[k - 1].cue and "represent" in words[k].cue else None
        out.extend(_conjoined(words, A, A.index(nxt)) if nxt is not None else [g])
    return out


def _hosts(words, parts, i) -> bool:
    """Are the conjoined actors before a mutual noun the subject of a third-party verb (cue ``third_party``:
    استضاف، رعى، رحب، بارك، توسط …) that governs the noun: right before them (VSO, "رحبت السعودية وقطر باستئناف
    المحادثات") or between them and the noun (SVO, "مصر وقطر استضافتا المحادثات")?"""
    if parts[-1].i1 > i:
        return False
    k0 = parts[0].i0
    return any("third_party" in words[k].cue for k in range(max(0, k0 - 2), k0)) \
        or any("third_party" in words[k].cue for k in range(parts[-1].i1, i))


_CONTENT_ADVERBS = frozenset(("كذلك", "ايضا", "بدورهما", "مجددا"))   # "اتفقا كذلك على …" (session 34)


def _held_for(words, i, last, before, after) -> bool:
    """Arabic "عقد / ترأس + subject + اجتماعا (+ one adjective) + لـ + actor" (session 55, gapar55): a meeting noun held
    by the subject of a light verb (cue ``anchor`` / ``coop_anchor`` right before the subject) with a لـ-actor right
    after it (no punctuation between) -- the body or people convened are the meeting's other party.  Without the light
    verb and its subject ("دعت إلى اجتماع لمجلس الأمن") the لـ-genitive is the meeting's owner, not a partner."""
    if not after or after[0].prep != "ل" or not 1 <= after[0].i0 - last <= 2 or not before or before[-1].prep != "":
        return False
    if any(words[k].punct for k in range(last + 1, after[0].i0)):
        return False
    k = before[-1].i0 - 1
    return k >= 0 and ("anchor" in words[k].cue or "coop_anchor" in words[k].cue)


def _mutual_parts(words, i, last, p, before, after, A, lang, kind="noun"):
    # بين X و Y / between X and Y
    for k, a in enumerate(after):
        if a.prep in ("بين", "between") or (a.i0 > 0 and words[a.i0 - 1].norm in ("بين", "between")):
            idx = [g for g in A].index(a)
            return _conjoined(words, A, idx)
    if kind == "verb":
        s, t = _svo(words, i, last, p, before, after, lang)
        ala = last + 1 + (last + 2 < len(words) and words[last + 1].norm in _CONTENT_ADVERBS)
        if lang == "ar" and t is not None and t.i0 > ala and ala < len(words) and words[ala].norm == "علي" \
                and not any(words[x].punct for x in range(last + 1, t.i0)):
            t = None   # "إن الجانبين اتفقا على … إعادة فتح السفارات": the agreement's content, no party (session 34)
        if s is not None and t is not None and s.i1 <= i and s in A:
            # "وكان الجيش وقوات الدعم السريع قد وقعا … إعلانا": conjoined subjects before the verb sign
            # with each other, not with an actor later in the clause
            k = A.index(s)
            start = k
            while start > 0 and _conjoined(words, A, start - 1)[-1] is not A[start - 1]:
                start -= 1
            conj = _conjoined(words, A, start)
            if len(conj) >= 2 and s in conj:
                if lang == "en" and last < t.i0 <= last + 3 and t.prep in ("", "with") and t not in conj \
                        and all(words[k].norm in _EN_OBJ_LEAD or words[k].text[:1].isupper() for k in range(last + 1, t.i0)):
                    # "Canadian and French diplomats met Haitian officials": each meets the object (the English
                    # compound fan-out adds the second conjunct's pair)
                    return [s, t]
                if lang == "ar" and t.prep == "مع" and t.i0 > last and t not in conj:
                    # "وكان وزراء خارجية الكويت وقطر وعمان قد اجتمعوا مع نظيرهم اليمني": the subjects meet the
                    # مع-partner, not each other (session 26, PREC4): the first conjunct's pair
                    return [conj[0], t]
                return conj
        if lang == "ar" and s is not None and t is not None and s.i0 > last and s in A and t.prep == "" and t in A:
            conj = _conjoined(words, A, A.index(s))
            mea = next((a for a in after if a.prep == "مع" and a not in conj), None)
            if t in conj and mea is not None:
                # "اجتمع وزيرا خارجية الكويت وقطر مع وزير الخارجية اليمني": the subject's conjunct is no object;
                # the subject meets the مع-partner (session 26, PREC4)
                return [s, mea]
        if s is not None and t is None:
            # X و Y اجتمعا / X and Y met
            k = A.index(s)
            start = k
            while start > 0 and _conjoined(words, A, start - 1)[-1] is not A[start - 1]:
                start -= 1
            return _conjoined(words, A, start) if s.i1 <= i else _conjoined(words, A, k)
        return [g for g in (s, t) if g is not None]
    parts = []
    if after:
        # adjectival / genitive participants right after the noun: مفاوضات روسية أميركية
        k = 0
        if after[0].prep == "" and after[0].i0 - last <= 2:
            idx = A.index(after[0])
            parts = _conjoined(words, A, idx)
            if len(parts) == 1 and len(after) > 1 and after[1].prep == "" and after[1].i0 == after[0].i1:
                parts.append(after[1])
    if not parts and before and before[-1].prep == "":
        idx = A.index(before[-1])
        # X و Y اجتمعا: go back to the first conjunct
        start = idx
        while start > 0 and _conjoined(words, A, start - 1)[-1] is not A[start - 1]:
            start -= 1
        parts = _conjoined(words, A, start)
    # "تلقى الرئيس اتصالا هاتفيا من نظيره": after a receive verb the من-phrase is the partner
    # (the verb may stand before a long name and a time phrase: "وتلقى أمير قطر الشيخ تميم بن حمد آل ثاني مساء أمس
    # اتصالا"; not across punctuation; session 32)
    recv = False
    if lang == "ar":
        for k in range(i - 1, max(-1, i - 16), -1):
            if words[k].punct:
                break
            if "receive" in words[k].cue:
                recv = True
                break
    with_ = [a for a in after if a.prep in ("مع", "ب", "with") or (p >= 0 and a.i0 > p)
             or (recv and a.prep == "من" and a.i0 - last <= 4)]
    if lang == "ar" and not with_ and len(parts) == 1 and _held_for(words, i, last, before, after):
        with_ = after[:1]   # "وترأس الوزير اجتماعا طارئا لقادة الأجهزة الأمنية": the body convened (session 55)
    if with_ and not any(g is with_[0] for g in parts):
        parts = parts[:1] + [with_[0]] if parts else [with_[0]]
        if len(parts) == 1 and before:
            parts = [before[-1]] + parts
    return parts


def _future_cue(words, j: int, value: str, i: int = -1) -> bool:
    """A future cue word at ``j`` with its condition (cues_*.tsv value): ``after_min`` only after من ("من المقرر أن
    يزور": scheduled; المقرر alone is a rapporteur), ``before_to`` only before "to" ("is expected to visit"),
    ``to_trigger`` only before "to" and the trigger at ``i`` ("is due to visit"; not "due to the clashes")."""
    if value == "to_trigger":
        return j + 2 == i and words[j + 1].norm == "to"
    if value == "after_min":
        return j > 0 and words[j - 1].norm[len(words[j - 1].prefix):] == "من"
    if value == "before_to":
        return j + 1 < len(words) and words[j + 1].norm == "to"
    return True


# the cue types _scope's backward walk reads from a word that has cues (see there)
_SCOPE_CUES = frozenset(["refrain", "cond_after", "neg", "intent", "future", "demand", "possible"])


def _own_clause_after_and(words, i, after: int) -> bool:
    """Does the English trigger at ``i`` stand in a clause of its own after a denial's object, "and" + its own subject
    ("The Defence Ministry denied the accusation and the FSB security service opened a criminal case": the case was
    opened; session 40 GAPEN40)?  An "and" after ``after`` (the denial verb's end) with at least one word between it
    and a finite past verb (-ed), no complementiser, punctuation or "to" between."""
    if not words[i].norm.endswith("ed") or i < 2 or words[i - 1].norm == "to":
        return False
    for k in range(i - 2, -1, -1):
        w = words[k]
        if w.start < after or w.punct or "comp" in w.cue:
            return False
        if w.norm == "and":
            return True
    return False


def _scope(words, i, cs, ce, trig_idx, lang, quote, lex, kind=None):
    """(negated, modality, intent_seen, neg index, denied) from the words before the trigger; ``denied``: the
    negation comes from a denial verb only (نفى أن …، نفى توقيع …), no negation particle or "cannot"."""
    negated = False
    denied = False
    neg_i = -1
    mods = []
    intent = False
    j = i - 1
    lo = max(cs, i - 8)
    if lang == "en" and i > 1 and words[i - 1].norm == "and" and words[i].norm.endswith("ed") \
            and not words[i - 2].norm.endswith("ed"):   # ("were not attacked and killed": one participle phrase)
        lo = i   # "said it had not received any protest and urged Manila to …": a new past verb after "and" (session 16)
    if lang == "en" and i + 1 < len(words) and words[i + 1].norm == "by" and english.reduced_relative(words, i):
        lo = i   # "would not accept gas offered by Moldova": a participle with its by-agent after a noun (session 17)
    refrain = False
    while j >= lo:
        x = words[j]
        if not x.cue:   # a word with no cue only ends the scope (another predicate) or is passed over
            if j in trig_idx and j != i and j < i - 1:
                break
            j -= 1
            continue
        c = x.cue
        if "ref" in c and j >= i - 2 and lang == "ar" and c.get("ref") is not None and j < i:
            break   # في ختام قمتهم، بعد الاجتماع: a setting of the noun; no modality from before it reaches it
        if _SCOPE_CUES.isdisjoint(c):   # a cue word of no type read below: passed over
            if "cause_head" in c and j < i - 1:
                break   # … but not a cause head: "vowed retaliation for the Israeli attack" vows the retaliation; the
                # attack it answers is no intent (session 25 GAPS)
            j -= 1
            continue
        if "refrain" in c:
            refrain = True   # لم يتورع عن / لم يتردد في + the act: the act happened
        # (another predicate in between ends the scope - unless a modal/aux chain: only a word without cues,
        # handled above, ends it here)
        if "cond_after" in c and lang == "ar" and _unless(words, j):
            break   # ما لم + verb (unless) opens the condition: no negation, and none from before it
        elif "neg" in c and not refrain:   # (English too since session 32: "would not hesitate to reimpose")
            if lang == "ar" or (x.norm in ("not", "n't", "never", "no", "without", "refused") and not (
                    x.norm == "no" and j + 1 < i and "doubt" in words[j + 1].cue)) or (   # "there is no doubt X will …"
                    x.norm in ("neither", "nor", "none", "nobody") and not any(words[k].punct for k in range(j + 1, i))):
                # ("Neither side withdrew", "Neither Russia nor China attended", ", nor did it send": session 11)
                if not (neg_i < 0 and lang == "en" and any("neg_stop" in words[k].cue for k in range(j + 1, i))):
                    negated = True   # ("No one claimed responsibility for the attack": the attack happened)
                    neg_i = j
                if c["neg"] == "future":
                    mods.append("future")
        if "intent" in c and not (lang == "ar" and (x.prefix[-1:] == "ب" or x.norm.startswith("بال"))) and not (
                c["intent"] == "to" and (j + 1 >= len(words) or words[j + 1].norm != "to")):
            # (value to: only right before "to": "wanted to resolve", not "a man wanted for the killing"; s32 FIXEN2)
            # ("رحبت الولايات المتحدة بالمبادرة ودعت …": "the initiative" after ب is an object, no readiness)
            intent = True
            mods.append("intent")
            if lang == "ar" and j > cs and "neg_adj" in words[j - 1].cue:
                negated, neg_i = True, j - 1   # "غير مستعدة للتفاوض" = "ليست مستعدة" (session 25 GAPS)
        if "future" in c and _future_cue(words, j, c["future"], i):
            mods.append("future")
        if "demand" in c and not (c["demand"] == "next" and i - j > 2) and not (
                lang == "ar" and j in trig_idx and _conjoined_word(words[i])
                and (words[i].norm[1:2] in ("ي", "ت", "ن") or kind == "verb") and not words[i].norm[1:].startswith("ال")) and not (
                c["demand"] == "appeal" and not (j + 1 < len(words) and words[j + 1].norm in ("for", "on", "upon"))):
            # (value appeal: "called for / on" demands; "called the attack a crime" does not; an appeal verb
            # does not govern a finite verb joined to it: "تدعو إلى وقف الحرب وتحذر من …" is a second act; nor a
            # perfect verb: "وطالب المتظاهرون بالإفراج عن المعتقلين ورفضوا الحوار" (session 29))
            # (وقف / إنهاء + X: only X, the noun right after, is demanded - not a later verb:
            # "رفضت الالتزام باتفاق وقف إطلاق النار واحتجزت رهائن")
            mods.append("demand")
        if "possible" in c:
            if lang == "en" or (j + 1 < len(words) and words[j + 1].norm[:1] in ("ي", "ت", "ن")
                                and not any("past_aux" in words[x].cue for x in range(max(cs, j - 6), j))):
                # (وكان الوفد قد تجمع …: قد after كان marks the pluperfect, not a possibility)
                mods.append("possible")
        j -= 1
    if lang == "ar" and cs >= 3 and "comp" in words[cs - 1].cue and words[cs - 1].norm in ("ان", "أن"):
        # "لا يمكن أن تقبل …"، "لا يمكن من جهتها أن تقبل"، "لن نستطيع أن نوافق": cannot = a negated act (session 10)
        for k in range(cs - 2, max(0, cs - 5), -1):
            if words[k].punct or k in trig_idx:
                break
            if "can" in words[k].cue:
                negated = negated or "neg" in words[k - 1].cue
                break
    if lang == "ar" and cs >= 2 and "comp" in words[cs - 1].cue and words[cs - 1].norm in ("ان", "أن"):
        # "يريد الوزير أن يزور"، "من المتوقع أن يزور": an intent / future word governing the أن clause, a few words
        # before it (the clause ends at the complementizer, so the loop above does not reach it)
        for k in range(cs - 2, max(-1, cs - 6), -1):
            x = words[k]
            if x.punct or "speech" in x.cue or "neg" in x.cue or k in trig_idx:
                break   # (دون أن تشعر: "without", no governing verb)
            if "intent" in x.cue:
                intent = True
                mods.append("intent")
                break
            if "future" in x.cue and _future_cue(words, k, x.cue["future"]):
                mods.append("future")
                break
            if "possible" in x.cue and x.norm != "قد" and not (k > 0 and "neg" in words[k - 1].cue):
                mods.append("possible")   # "يمكن أن تهاجم"، "يحتمل أن تفرض": a possibility (session 17 ARG);
                break                     # "لا يمكن أن تقبل" stays a negated act (the loop above), no possibility
    # English: "did not", contractions are separate tokens in most tokenizers
    if lang == "en" and i + 1 < len(words) and words[i].norm in ("did", "does", "do") and words[i + 1].norm == "not":
        negated = True
    # future by the س- proclitic on the trigger or the modal verb before it
    if lang == "ar":
        for k in range(cs if cs > i - 3 else i - 3, i + 1):
            pf = words[k].prefix
            if pf and pf[-1] == "س":
                mods.append("future")
    # intent also from readiness/intent words right after the trigger's subject (بلاده مستعدة لعقد)
    cues = cue_index(words)
    c_after, c_cond = cues.get("cond_after"), cues.get("cond")   # (only those words can add a modality here)
    conds = ((c_after or []) + (c_cond or [])) if (c_after or c_cond) else None
    for k in sorted({k for k in conds if cs <= k < ce}) if conds else ():
        x = words[k]
        if "cond_after" in x.cue and lang == "ar" and _unless(words, k):
            mods.append("conditional")   # "ستفرض عقوبات ما لم توقف …": like إذا / في حال
            continue
        if "cond" in x.cue:
            if x.norm == "حال" and not (words.index(x) > 0 and words[words.index(x) - 1].norm == "في"):
                continue
            if lang == "ar" and k > i and any(i < j < k for j in trig_idx):
                continue   # "واحتجزوا رهائن وهددوا بقتلهم إذا …": the condition is of the later predicate
            if lang == "en" and k > i and _later_conjunct(words, i, k):
                continue   # "condemned the raid and said the treaty would apply if …" (session 18 ENL)
            # English: the "if" clause itself is hypothetical; the clause it conditions is a
            # conditional promise / threat ("would meet … if", "may halt … if")
            mods.append("hypothetical" if lang == "en" and k < i else "conditional")
    if lang == "en" and conditions.fronted_condition(words, cs):
        mods.append("conditional")   # "If Iran stops enriching uranium, Washington will lift sanctions"
    if lang == "ar" and i > 0 and (words[i - 1].text[-2:] == "إن" or (i > 1 and words[i - 2].text[-2:] == "إن")) \
            and if_particle_ar.conditional(words, i):
        mods.append("conditional")   # "وهدد بالرد إن فرضت واشنطن عقوبات": إن before a verb is "if" (session 20 STR)
    if lang == "en" and cs > 1 and "comp" in words[cs - 1].cue and \
            any("demand" in words[k].cue for k in range(max(0, cs - 4), cs - 1)):
        mods.append("demand")   # "demanded / its demand that X ease …": the content is demanded
    if lang == "ar" and not negated and quote is None and i > cs and not (words[i].prefix[:1] in ("و", "ف")
                                                               or (words[i].norm[:1] == "و" and i in trig_idx
                                                                   and len(words[i].norm) >= 5)):
        # "نفى المتحدث باسم الجيش وقوع اشتباكات"، "نفت الحركة مسؤوليتها عن التفجير": the event named after
        # a denial verb in its clause did not take place (not across another verb or a complementizer)
        for k in range(i - 1, max(cs, i - 9) - 1, -1):
            x = words[k]
            if x.punct or "comp" in x.cue or (k in trig_idx and "neg_speech" not in x.cue):
                break
            if "neg_speech" in x.cue:
                negated = denied = True
                break
    if quote is not None and lang == "ar":
        # "نفى أن …": the content is denied
        cue = lex.cue(_norm(quote.cue, lang)) if quote.cue else {}
        if "neg_speech" in cue and not (i > 0 and "copula" in words[i - 1].cue and words[i].prefix == "ل"):
            denied = not negated
            negated = True   # (not "أن تكون للاشتباكات خلفية سياسية": the clashes' background is denied, AR12)
    if lang == "en" and quote is not None:
        cue = lex.cue(quote.cue.lower()) if quote.cue else {}
        if "neg_speech" in cue and not _own_clause_after_and(words, i, quote.cue_end):
            negated = True
    modality = max(mods, key=lambda m: _MOD_RANK[m]) if mods else "asserted"
    return negated, modality, intent, neg_i, denied


_ATTACK_ROOTS = frozenset(["18", "19", "20"])


def _repelled(words, i, last, cs, A, after, src, tgt):
    """(source, target, kind) of an attack noun governed by a repel / foil word (cue ``repel``, value
    happened / foiled) at most four words before it: the repel word's subject (VSO: the bare actor
    between the two words; else the bare actor right before the repel word) is the defender, the
    target of the attack, never its source; the attacker is the noun's own agent (شنه مسلحون، من قبل،
    هجوم روسي) or an actor after it through لـ (هجوما لتنظيم الدولة).  ``kind`` is "" when no repel
    word governs the noun."""
    k = next((k for k in range(i - 1, max(cs, i - 5) - 1, -1) if "repel" in words[k].cue
              and not any(words[x].punct for x in range(k + 1, i))), -1)
    if k < 0:
        return src, tgt, ""
    between = [a for a in A if k < a.i0 and a.i1 <= i and a.prep == ""]
    defender = between[0] if between else next(
        (a for a in reversed(A) if a.i1 <= k and a.prep == "" and k - a.i1 <= 3), None)
    if defender is not None and src is not None and (src is defender or _same(src.actor, defender.actor)):
        src = None
    if src is None:
        src = next((a for a in after if a.prep == "ل" and a.i0 - last <= 2
                    and (defender is None or not _same(a.actor, defender.actor))), None)
    if tgt is None or (src is not None and tgt is src) or (defender is not None and tgt is defender):
        tgt = defender
    if src is not None and tgt is not None and _same(src.actor, tgt.actor):
        tgt = None
    if k > 0 and "neg" in words[k - 1].cue:
        return src, tgt, "happened"   # "لم تحبط الشرطة الهجوم": not foiled, so it happened
    return src, tgt, words[k].cue["repel"] or "happened"


def _prevented(words, i, A) -> int:
    """Index of a foiling / preventing word (cue ``repel`` = foiled) whose object is the protest noun at
    ``i``: at most eight words before it, across a VSO subject and a fronted time phrase with its comma
    ("منعت قوات الأمن مساء أمس، تظاهرة …"), not across other punctuation; -1 if none."""
    for k in range(i - 1, max(-1, i - 9), -1):
        x = words[k]
        if x.punct:
            if not (x.text in ",،" and k > 0 and "time" in words[k - 1].cue):
                return -1
            continue
        if x.cue.get("repel") == "foiled":
            # between them only the subject (actor words), time words and their comma, and one other word
            other = [y for y in range(k + 1, i) if not words[y].punct and "time" not in words[y].cue
                     and not any(a.i0 <= y < a.i1 for a in A) and not _day_before_word(words, y)]
            return k if len(other) <= 1 else -1
    return -1


def _day_before_word(words, y: int) -> bool:
    """Is ``words[y]`` one of the first two words of the time phrase "أول من أمس" (the day before yesterday; session 16,
    DET: "منعت قوات الأمن مساء أول من أمس، تظاهرة …")?"""
    detect = _DETECT[0] if _DETECT else _detect_module()
    return any(detect._day_before(words, z) for z in range(y + 1, min(len(words), y + 3)))


def _suffer_cue(words, i, cs) -> int:
    """Index of a "suffer" word (تعرض) whose لـ-phrase is the noun at ``i``: within three words, or up to
    eight when the noun (or the محاولة before it) carries the لـ of تعرض لـ across a long VSO subject
    ("بتعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال"); -1 if none."""
    for k in range(i - 1, max(cs, i - 9) - 1, -1):
        if words[k].punct:
            return -1
        if "suffer" in words[k].cue:
            if i - k <= 3:
                return k
            lam = words[i].prefix.endswith("ل") or (i > k + 1 and words[i - 1].prefix.endswith("ل")) \
                or words[i].norm.startswith("ل") or (i > k + 1 and words[i - 1].norm.startswith("لمح"))
            return k if lam else -1
    return -1


def _suffered_report(words, i, cs) -> bool:
    """"تعرضت قافلة عسكرية تضم جنودا من الحلف لهجوم": the لـ-noun at ``i`` is what the subject of a finite "suffer" verb
    (:func:`_suffer_cue`, a word that is also an occurrence anchor: تعرض، تعرضت، تعرضوا، يتعرض) underwent -- the
    happening reported, however long the subject between them (session 41 gsr41).  The verbal noun "بعد تعرضه للتعذيب"
    and the present "منطقة تتعرض للهجوم" are no anchors and keep the لـ's reference."""
    k = _suffer_cue(words, i, cs)
    return k >= 0 and "anchor" in words[k].cue


def _unless(words, j) -> bool:
    """Is words[j] (a negation particle with a ``cond_after`` cue) the second word of a conditional
    pair such as ما لم (unless), rather than a negation after a relative ما (وهو ما لم يحدث)?"""
    if j < 1 or words[j - 1].norm != words[j].cue["cond_after"]:
        return False
    return not (j > 1 and "ma_rel" in words[j - 2].cue)


# ----------------------------------------------------------------------------- building
def _code_fields(cameo: str, info) -> dict:
    """The Event fields that follow from a CAMEO code (root, QuadClass, Goldstein, PLOVER)."""
    return dict(cameo=cameo, root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
                plover_type=info.plover_type, plover_mode=info.plover_mode, plover_context=list(info.plover_context))


def _make(doc, si, sent, words, i, last, e, cameo, info, s, t, quote, speaker, lang) -> Event:
    w = words[i]
    ts, te = w.start, words[last].end
    # (the fields of _code_fields, passed by position in Event's field order: id, sentence, sentence_start,
    # sentence_end, trigger_start, trigger_end, trigger, cameo, root, quad_class, goldstein, plover_type,
    # plover_mode, plover_context; tests/test_events_speed_s7.py checks the order)
    ev = Event("", si, sent.start, sent.end, ts, te, doc.text[ts:te], cameo, info.root, info.quad_class,
               info.goldstein, info.plover_type, info.plover_mode, list(info.plover_context))
    conf = 0.45 if e.source == "petrarch2" else 0.55
    if s is not None:
        if isinstance(s, Arg):
            _fill_actor(ev, "source", s.actor, (s.start, s.end))
        else:   # an Actor (the speaker)
            _fill_actor(ev, "source", s, (quote.speaker_start, quote.speaker_end)
                        if quote and quote.speaker_end > quote.speaker_start else None)
        conf += 0.15
    if t is not None:
        if isinstance(t, Arg):
            _fill_actor(ev, "target", t.actor, (t.start, t.end))
        else:
            _fill_actor(ev, "target", t, (quote.speaker_start, quote.speaker_end)
                        if quote and quote.speaker_end > quote.speaker_start else None)
        conf += 0.1
    if quote is not None:
        ev.quote_id = quote.id
        if speaker is not None:
            ev.reported_by_actor_id = speaker.id
            ev.reported_by_code = speaker.code or speaker.country
    if e.frame == "none" and e.kind == "noun":
        conf -= 0.05
    if lang == "en":
        if e.kind == "noun":
            conf -= 0.1     # the clause's verb usually carries the event
        if i > 1 and words[i - 1].norm == "to" and words[i - 2].norm not in ("due", "according"):
            conf -= 0.15    # "agreed to re-open": the matrix verb is the event
        elif w.norm.endswith("ing") and e.kind == "verb":
            conf -= 0.1     # participial adjunct ("…, demanding reforms")
    ev.confidence = conf if conf < 0.95 else 0.95
    # (_finish, inline)
    ev.story_id = doc.story_id
    ev.lang = lang
    ev.segment_kind = sent.segment_kind
    ev.id = _sha1(f"{doc.id}\x1fev\x1f{ts}\x1f{cameo}\x1f{ev.source_code}\x1f{ev.target_code}"
                  .encode("utf-8")).hexdigest()[:16]   # (_event_id)
    return ev


def _finish(doc, ev, sent, lang):
    ev.story_id = doc.story_id
    ev.lang = lang
    ev.segment_kind = sent.segment_kind
    ev.id = _event_id(doc.id, ev.trigger_start, ev.cameo, ev.source_code, ev.target_code)


def _event_id(doc_id, trigger_start, cameo, source_code, target_code) -> str:
    """``stable_id(doc_id, "ev", trigger_start, cameo, source_code, target_code)`` with the parts joined by
    one f-string (no generator per event; the same text, so the same id: tests/test_events_speed.py)."""
    return _sha1(f"{doc_id}\x1fev\x1f{trigger_start}\x1f{cameo}\x1f{source_code}\x1f{target_code}"
                 .encode("utf-8")).hexdigest()[:16]


# roots whose different verb codes in one sentence are different acts: disapprove (condemn 111, accuse 112,
# summon 114 ...) and reject (12x).  Not threats / demands (the embedded act is recoded into the verb's root:
# "threatened to impose sanctions" is one 130 / 1312) nor reduced relations (خفضت أعداد الموظفين … إعادة
# العشرات من الدبلوماسيين: one happening told twice)
_DISTINCT_VERB_ROOTS = frozenset({"11", "12"})
# Arabic verbs of these roots with different codes too: one decree's measures ("علق العمل بالدستور وفرض حالة الطوارئ")
# and a dispersal beside arrests ("فرقت المحتجين واعتقلت عددا منهم") are acts of their own (session 37)
_DISTINCT_VERB_ROOTS_AR = _DISTINCT_VERB_ROOTS | {"17"}
# an Arabic verbal noun of these roots joined by و to a list ("حل الحكومة وتعليق العمل بالدستور وإغلاق الحدود",
# "قطع العلاقات وطرد السفير") names an act of its own: one decree's several measures (rule marker ":listed", kept
# apart by _dedupe; session 34)
_LISTED_NOUN_ROOTS = frozenset({"16", "17"})
_OWN_ACT_CODES = retold.OWN_ACT_CODES   # codes whose verb is an act of its own beside its root's
# others (_dedupe; a visit or reception verb and the talks held during it are two acts: "استقبل الرئيس الضيفين، حيث عقد
# معهما جلسة محادثات", "زار الوزير دمشق، إذ بحث مع الرئيس السوري …"; a strike declared beside a march: "خرج المئات في
# مسيرة، فيما أعلنت النقابات إضرابا", also when its caller is no actor, session 20 ARB; an arrest beside the force
# that dispersed the crowd: "used tear gas to disperse the crowd and arrested 30 people", session 23 B10EN)


_ONE_HAPPENING = frozenset(["ASSAULT", "PROTEST", None])
# English "-ing" participles of these codes are acts of their own beside the main clause's attack (abduct / kidnap:
# "opened fire on worshippers, killing two people and abducting several others"), session 53 GAPEN53B
_OWN_PARTICIPLE_CODES_EN = frozenset(["181"])


def _drop_nested_nouns(evs: list[Event]) -> list[Event]:
    """A noun event whose trigger lies inside the trigger of a verb event of the same root is that verb's object,
    not a second happening: "held a phone call with X" is the verb row hold + call (041); the noun row "phone call"
    (session 22, B9EN2) inside it would add a copy with the partner read from the place (session 22, lead)."""
    verbs = [e for e in evs if ":verb:" in e.rule]
    if not verbs:
        return evs
    return [e for e in evs if not any(
        v.trigger_start <= e.trigger_start and e.trigger_end <= v.trigger_end
        and (v.trigger_start, v.trigger_end) != (e.trigger_start, e.trigger_end)
        and (v.root == e.root and ":noun:" in e.rule
             # "struck a gathering of rebel fighters": a word inside an attack verb's object span is the thing
             # attacked, not a second happening (the 040 "gathering"; session 28, lead)
             # (English only: an Arabic verb's span can hold its subject, "ومنع المتظاهرون الموظفين من دخول")
             or v.root in _ATTACK_ROOTS and v.trigger_start < e.trigger_start and v.lang == "en")
        for v in verbs)]


_ATTACK_ROOTS = frozenset({"18", "19", "20"})
_EN_MODAL_DEMAND = frozenset({"must", "should"})   # ("Serbia must be ready": a demand cue, no demand verb)
_EN_COPULA = frozenset({"is", "was", "were", "are", "be", "been", "being", "as"})
_QUOTE_MARKS = frozenset('"\u201c\u201d\'')   # (was "a surrender …")


# English drops of the sentence loop that act only on a sentence holding one of their declared words (``WORDS_ON``),
# in their order: one set test over the sentence's norms for the run (s42 SPD42)
_EN_WORD_DROPS = (
    until_clause_en,   # "would continue until the government withdrew …"
    barred_act_en,   # "banned academics from travelling": no travel (s36)
    wounded_adjective_en,   # "visited wounded protesters": no attack (s36)
    document_subject_en,   # "a bill that would have allowed …": no act (s37)
    asked_opener_en,   # "Asked whether she would resign, she said …" (s37)
    right_to_en,   # "to respect the right to peaceful protest": no protest (s37)
    labelled_reason_en,   # "summoned … over what it called …": the reason (s37)
)
_EN_DROP_WORDS = tuple(m.WORDS_ON for m in _EN_WORD_DROPS)
# the declared words of the English rules at the end of the sentence loop (stative_relative … opening_document_en)
_EN_TAIL_WORDS = (bare_participle_en.STATIVE_WORDS, bare_participle_en.HEADLINE_PASSIVE_WORDS,
                  statement_subject.EN_ISSUER_WORDS)
_RUN_WORDS: dict = {}   # declared words of a run of rules ((data file, kind), …) -> their union


def _words_gate(words, run: tuple) -> bool:
    """Does the sentence hold one of the words a run of rules declares it needs (``WORDS_ON`` …: data file, kind)?
    When it holds none, every rule of the run would return the events as they are (a test forces it open)."""
    forms = _RUN_WORDS.get(run)
    if forms is None:
        forms = _RUN_WORDS[run] = frozenset().union(*(kind_sets(f, (k,))[k] for f, k in run))
    return has_any(words, forms)


# the per-language word gates (``gate_words(lang)``) of the three rules of the first block under one test (s42 SPD42)
_SERVICE_DEATH_DENIAL = (service_objects.gate_words, deaths.gate_words, denied_reports.gate_words)


def _lang_words_gate(words, lang: str, run: tuple) -> bool:
    """Does the sentence hold (as a norm or a stem) one of the words a run of rules declares it needs in ``lang``
    (each rule's ``gate_words``)?  When it holds none, every rule of the run would return the events as they are."""
    forms = _RUN_WORDS.get((run, lang))
    if forms is None:
        forms = _RUN_WORDS[(run, lang)] = frozenset().union(*(g(lang) for g in run))
    return has_any_form(words, forms)


_keys = event_keys   # the events' roots and codes, read by the gates (a test forces every gated module on by this name)


def _also_again_ar(text: str, ev: Event, evs: list) -> bool:
    """Is the Arabic verb ``ev`` the same verb again after كما ("كما وافقا على …"), another event of the sentence
    having the same trigger word earlier?  A verb said again with "also" tells a second act of its kind."""
    before = text[max(0, ev.trigger_start - 8):ev.trigger_start].split()
    if not before or before[-1] not in ("كما", "وكما"):
        return False
    word = _bare_verb(text[ev.trigger_start:ev.trigger_end])
    return any(e.trigger_start < ev.trigger_start and e.sentence == ev.sentence
               and _bare_verb(text[e.trigger_start:e.trigger_end]) == word for e in evs)


def _contrast_subject_ar(text: str, ev: Event, b: Event) -> bool:
    """Is the Arabic verb ``ev``, right after a contrast opener (later_clause_ar.tsv kind contrast: بينما، فيما، في
    حين) with a subject of its own after it, the act of another person than the event ``b`` it shares a key with --
    "ندد المبعوث الأميركي بالضربة، بينما وصفها الرئيس الأميركي بأنها «أمر فظيع»": two people of one country, two
    acts, not one happening told twice (session 50, armiss50)."""
    if ev.lang != "ar" or ":verb:" not in ev.rule or ":verb:" not in b.rule or not ev.source_actor_id \
            or not b.source_actor_id or ev.source_actor_id == b.source_actor_id or not ev.source_span \
            or ev.source_span[0] <= ev.trigger_start or ev.sentence != b.sentence:
        return False
    before = " " + " ".join(text[max(0, ev.trigger_start - 12):ev.trigger_start].split())
    return any(before.endswith(" " + w) for w in kind_sets("later_clause_ar.tsv", ("contrast",))["contrast"])


# roots whose Arabic verb joined after a comma to an earlier verb of the root is an act of its own (_dedupe)
_JOINED_ACT_ROOTS_AR = frozenset({"02", "05"})


def _joined_second_verb_ar(text: str, b: Event, a: Event) -> bool:
    """Is the Arabic verb ``a`` (an object, no subject) a second act of the subject of the earlier verb ``b`` (a
    subject, no object), joined to its clause by "، و" -- "أشاد ترامب بمضيفه …، وشكر قطر على وساطتها", "دعا الرئيس
    إلى الحوار، وحث الأحزاب على …": a praise or an appeal with its own object is no half of the one before
    (session 49, armiss49).  Another verb of the same word is left to _also_again_ar."""
    if a.lang != "ar" or ":verb:" not in a.rule or ":verb:" not in b.rule or b.trigger_start >= a.trigger_start \
            or a.root not in _JOINED_ACT_ROOTS_AR or b.root != a.root:
        return False
    word = text[a.trigger_start:a.trigger_end].split()[:1]
    if not word or word[0][:1] != "و" or not text[:a.trigger_start].rstrip().endswith(("،", ",")):
        return False
    return _bare_verb(word[0]) != _bare_verb((text[b.trigger_start:b.trigger_end].split() or [""])[0])


def _joined_acts_ar(text: str, x: Event, y: Event) -> bool:
    """(session 50, gapar50) "ورحبت الحكومة بالمبادرة الأمريكية، وشكرت الولايات المتحدة على جهودها": two Arabic verbs
    of a praise or appeal root (``_JOINED_ACT_ROOTS_AR``), other words, the later joined after "، و" with its own
    object (a target after its verb), are two acts of one subject even when both name the same two sides -- the
    complementary-halves test (:func:`_joined_second_verb_ar`) only sees a later verb with no subject."""
    a, b = (x, y) if y.trigger_start > x.trigger_start else (y, x)
    if a.sentence != b.sentence or not b.target_span or b.target_span[0] < b.trigger_end:
        return False
    return ":verb:" in b.rule and _joined_second_verb_ar(text, a, b)


def _bare_verb(word: str) -> str:
    """The trigger word without its conjunction و / ف ("واعتقلت … كما اعتقلت": one verb; session 36)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word   # ("ودان … كما دان": s49)


def _dedupe(evs: list[Event], text: str = "") -> list[Event]:
    """One event per real happening per sentence: same root and actor pair -> keep the best;
    actor-less mentions of a type that also has an actor-ful event are dropped.  An Arabic crowd named by an
    indefinite noun (محتجون، متظاهرون) is a crowd of its own: its protest is not merged with another crowd's
    ("تظاهر المئات أمام مبنى المحافظة …، وأغلق محتجون الطريق"); a definite one (المتظاهرون) refers back."""
    if len(evs) <= 1:
        return evs
    evs = _drop_nested_nouns(evs)
    if text and any(e.lang == "ar" and ":verb:" in e.rule for e in evs):
        # 'أدان المجلس العملية …، ووصفها بأنها "عدوان" على دولة عربية': a description names the condemned act back;
        # after an act of its code (and subject) it is that act told again, no act nor a half of one (session 36)
        evs = [e for e in evs if not (e.lang == "ar" and ":verb:" in e.rule and joined_pronoun_ar.is_description(text, e)
                                      and any(x is not e and x.cameo == e.cameo and x.trigger_start < e.trigger_start
                                              and (not e.source_code or x.source_code == e.source_code) for x in evs))]
    if any(e.historical and ":ref" in e.rule and e.root == "04" for e in evs):
        # "وبحث الوزير في اتصال هاتفي مع نظيره …": a consultation noun after a current consultation verb, between the
        # same two sides, names the verb's own happening (its medium), no background call of its own (session 29
        # B20EN; consultations only: a force noun's HIST copy keeps the bare mentions of its type out of _dedupe)
        evs = [e for e in evs if not (e.historical and ":ref" in e.rule and e.root == "04" and ":noun:" in e.rule
                                      and e.source_code and any(
            v is not e and ":verb:" in v.rule and not v.historical and v.root == e.root and v.trigger_end <= e.trigger_start
            and {v.source_code, v.target_code} == {e.source_code, e.target_code} for v in evs))]
    best: dict[tuple, Event] = {}
    order: list[tuple] = []
    threats = [e for e in evs if e.root == "13" and e.modality == "asserted" and not e.negated]
    told: set = set()   # threatened contents told by their threat verb (dropped)
    threat_verb: dict = {}   # id(content) -> its English threat verb event
    for b in evs if threats else ():
        if b.root != "13" or b.modality not in ("intent", "conditional", "future") or b.negated:
            continue
        a = next((a for a in threats if a is not b and a.trigger_end <= b.trigger_start
                  and (a.source_code == b.source_code or a.source_country and a.source_country == b.source_country)
                  and (a.target_code == b.target_code or not a.target_code or not b.target_code)), None)
        if a is not None:
            # "threatened to attack (138, intent)", "threatened to impose sanctions if … (1312, conditional)": the
            # threatened act recoded as a threat is the threat verb's content, one asserted threat
            b.modality, b.confidence = "asserted", max(a.confidence, b.confidence)
            if a.lang == "en" and ":verb:" in a.rule:
                threat_verb[id(b)] = a
            if bool(a.target_code) != bool(b.target_code):   # one side named the target: both have it
                copy_side(*((b, "target", a) if a.target_code else (a, "target", b)))
            if b.cameo != a.cameo and ":verb:" in a.rule and a.cameo[2:] == "0" and b.cameo[:2] == a.cameo[:2] \
                    and a.lang == "ar":
                # "وهدد سريع بأن الجماعة ستواصل عملياتها العسكرية ضد إسرائيل": the threat verb's generic code (130)
                # takes its content's specific one (138, a threat of force), and the content is the verb's (session 40;
                # English keeps its own merge: "warned that Moscow would strike" is one event from "warned", s30)
                english.recode_event(a, b.cameo)
            if b.cameo == a.cameo and ":verb:" in a.rule:
                # "warned that Cairo would respond to any provocation": a content no more specific than the threat
                # verb is its threat, told by the verb (session 22 B9EN2); the vowed reply's marker goes with it
                a.confidence = max(a.confidence, b.confidence)
                if threat_if.told_reply(b) and ":vowed-reply" not in a.rule:
                    a.rule += ":vowed-reply"
                told.add(id(b))
    if told:
        evs = [e for e in evs if id(e) not in told]
    # current, asserted, actor-ful mentions first: they are the report of the happening
    evs = sorted(evs, key=lambda e: (e.historical, e.negated, e.modality != "asserted",
                                     not (e.source_code or e.target_code), -e.confidence, e.trigger_start))
    for ev in evs:
        # two verbs of the verbal-conflict roots with different codes are two acts ("condemned the strikes and
        # summoned the ambassador", أدانت … واستدعت السفير); attack verbs of one root stay one happening
        # (and a verbal noun joined to an announced act, _joined_noun: "ضبط …، وترحيل المخالفين" is a second act)
        # (a seizure of property, 1711, is not the arrest of the people on it: "احتجز القارب وأوقف 21 من طاقمه", session 15)
        what = ev.cameo if ((ev.root in (_DISTINCT_VERB_ROOTS_AR if ev.lang == "ar" else _DISTINCT_VERB_ROOTS)
                             or ev.cameo in _OWN_ACT_CODES) and ":verb:" in ev.rule) \
            or ":joined-noun" in ev.rule else ev.root
        k = (what, ev.source_code or ev.source_country, ev.target_code or ev.target_country, ev.negated,
             ev.modality, ev.historical)
        if ":witnessed" in ev.rule or ":listed" in ev.rule:
            k += (ev.trigger_start,)   # another place's happening (_witnessed), not the clause's other report
        if ev.cameo == "114" and text and passive_summons.passive_in(text, ev):
            k += ("passive",)
        elif ev.cameo == "114" and passive_summons.summons_verb(ev):
            k += ("summons",)   # "lodged a protest with Beijing and summoned China's envoy": two acts (session 17 ENG)   # "lodged a protest with X, and X's envoy was summoned": two acts (session 16, FIX1)
        if k in best and text and ev.lang == "en":
            b = best[k]
            if _conjoined_acts(text, *((b, ev) if b.trigger_start < ev.trigger_start else (ev, b))):
                # "put the treaty on hold and expelled the advisers" (160, 166): two verbs of one root and of
                # different codes joined by "and" are two acts of one subject, as the halves below (session 29 B20EN)
                k += (ev.trigger_start,)
        if k in best and text and _contrast_subject_ar(text, ev, best[k]):
            k += (ev.trigger_start,)   # "ندد المبعوث …، بينما وصفها الرئيس …": another person's act (session 50)
        if ev.lang == "ar" and ":verb:" in ev.rule and text and _also_again_ar(text, ev, evs):
            k += (ev.trigger_start,)   # "إن الطرفين وافقا على وقف …، كما وافقا على دخول …": also agreed, a second act (s35)
            if not ev.source_code:
                # "ودان عون … الاعتداءات …، كما دان إطلاق الصواريخ": the verb said again after كما with no subject of
                # its own goes on with the subject of its first telling (session 49, armiss49)
                word = _bare_verb(text[ev.trigger_start:ev.trigger_end].split()[0])
                first = next((e for e in evs if e.source_code and e.trigger_start < ev.trigger_start
                              and e.sentence == ev.sentence and ":verb:" in e.rule
                              and _bare_verb(text[e.trigger_start:e.trigger_end].split()[0]) == word), None)
                if first is not None:
                    _copy_source(ev, first)
        if k in best and text and ev.lang == "ar" and _joined_acts_ar(text, best[k], ev):
            k += (ev.trigger_start,)
        if ev.root == "14" and ev.source_code == "CVL" and ev.lang == "ar" and ev.source_span and \
                text[ev.source_span[0]:ev.source_span[1]].split()[-1:][0][:2] not in ("ال", "وا"):
            k += (ev.source_span,)
        if k not in best:
            best[k] = ev
            order.append(k)
        else:
            b = best[k]
            if ev.confidence > b.confidence + 1e-9 or (
                    ev.lang == "en" and ev.confidence > b.confidence - 0.1 and b.cameo[-1:] == "0" and len(b.cameo) == 3
                    and ev.cameo[-1:] != "0" and ev.cameo[:2] == b.cameo[:2] and ev.trigger_start > b.trigger_start) or (
                    b.cameo == "010" and ev.root == "01" and ev.cameo != "010" and ev.confidence > b.confidence - 1e-9):
                # ("ذكر الحزب أن …، نافيا أن …": the denial (016) of the speaker, not the bare statement (session 17))
                # (the root's generic word and its specific complement are one happening, reported best by
                # the specific code: "ready (030) to lift some sanctions (035)")
                best[k] = ev
    kept = [best[k] for k in order]
    if threat_verb and text:
        ids = {id(e) for e in kept}
        for e in kept:
            a = threat_verb.get(id(e))
            if a is not None and id(a) not in ids and a.trigger_start < e.trigger_start:
                # "threatened to double the duty on Canadian steel": the threat kept by its specific content runs
                # from the threat verb it merged (the evidence of the threat; session 45)
                e.trigger_start = a.trigger_start
                e.trigger = text[e.trigger_start:e.trigger_end]
    # complementary halves of one happening (قتل 3 حراس كينيين في كمين نصبه مسلحون):
    # an event with only a target and one with only a source, same root -> one event
    for a in kept:
        if a.source_code or not a.target_code:
            continue
        for b in kept:
            if b is a or b.root != a.root or b.target_code or not b.source_code or b.negated != a.negated \
                    or (b.source_actor_id and b.source_actor_id == a.target_actor_id) \
                    or (":verb:" in b.rule and ":noun:" in a.rule and b.cameo != a.cameo and b.cameo[2:] != "0") \
                    or b.historical != a.historical or b.modality != a.modality:
                continue
            if _conjoined_acts(text, b, a) or (b.cameo in _OWN_ACT_CODES and b.cameo != a.cameo and ":verb:" in b.rule) \
                    or (a.lang == "ar" and text and ":verb:" in a.rule and b.trigger_start < a.trigger_start
                        and _also_again_ar(text, a, kept)) \
                    or (text and _joined_second_verb_ar(text, b, a)) \
                    or (b.root in _DISTINCT_VERB_ROOTS and b.cameo != a.cameo and ":verb:" in b.rule
                        and ":verb:" in a.rule):
                # ("واعتقلت قوات الأمن X، كما اعتقلت Y": the verb again after كما is a second act of the subject, s36)
                # ("China lodged a formal protest, accusing Washington of …": a protest (114) and an accusation (112),
                # two verbs of the verbal-conflict roots, are two acts of one subject, as in the keys above; s35)
                # (two acts of one subject: the second keeps its own code, s26 EN; "captured the town after clashes
                # with the army": the capture is an act of its own, the clashes take its subject, session 28 lead)
                _copy_source(a, b)
                break
            if b.lang == "en" and ":verb:" in b.rule and ":verb:" in a.rule and b.trigger_start < a.trigger_start \
                    and len(a.cameo) == 3 and a.cameo[2] == "0" and b.cameo[2:] not in ("", "0"):
                # "Sargsyan resigned on Monday, bowing to mass protests led by Pashinyan": the later verb of the root's
                # generic code (080) that names whom the act faced tells the earlier, specific act (0831) again; the
                # specific act stands and takes that target when it names a country (not a bare role: "Lam suspended
                # the bill, bowing to the government's critics"; session 37)
                if a.target_country:
                    copy_side(b, "target", a)
                    b.id = stable_id(b.id, "merged", b.target_code)
                b.confidence = max(a.confidence, b.confidence)
                kept = [x for x in kept if x is not a]
                break
            if b.lang == "en" and ":verb:" in b.rule and b.trigger_start < a.trigger_start and b.cameo == a.cameo \
                    and text and not _near_told(text, a, b):
                # "Gunmen killed 26 people, most of them tourists, near …, in the worst attack on civilians …": the
                # clause's verb reports the happening; the later noun far after it lends its target (session 29 B20EN)
                copy_side(b, "target", a)
                b.confidence = max(a.confidence, b.confidence)
                b.id = stable_id(b.id, "merged", b.target_code)
                kept = [x for x in kept if x is not a]
                break
            _copy_source(a, b)
            if text and _near_told(text, a, b):
                _told_too(a, b)
            if text and a.lang == "en":
                _participle_told(text, a, b)   # "welcomed the decision, calling it …" (s46)
            a.confidence = max(a.confidence, b.confidence)
            a.id = stable_id(a.id, "merged", a.source_code)
            kept = [x for x in kept if x is not b]
            break
    # "Gunmen killed five soldiers in an ambush": an adjunct noun of the verb's root that took the
    # verb's victims as its agent is the same happening seen from the wrong side
    # (not the halves of a mutual noun: "استضافت القاهرة المحادثات بين إسرائيل وحماس" keeps both directions)
    kept = [b for b in kept if not (":noun:" in b.rule and ":mutual" not in b.rule and b.source_actor_id and any(
        a is not b and ":verb:" in a.rule and a.root == b.root and a.target_actor_id == b.source_actor_id
        and ":after-repel" not in a.rule and ":mutual" not in a.rule for a in kept))]   # (the defender's own blow after a
    # repelled attack; a mutual verb's other direction: "والتقى الرئيس السوري، وبحث معه" is no side of the visit)
    # (a type's events of different roots are different acts - "ousted the president and imposed sanctions": 174,
    # 163, both SANCTION - except fighting and protest, whose roots name one happening: killed in an attack)
    def bare_key(ev):
        return (ev.plover_type or ev.root, ev.root if ev.plover_type not in _ONE_HAPPENING else (
                    ev.cameo if ":verb:" in ev.rule and (ev.cameo in _OWN_ACT_CODES or (
                        # "raided a village, killing two and abducting 30 women": the abduction participle is an
                        # act of its own beside the attack; its subject is the main clause's, read later
                        # (english.result_participles), session 53 GAPEN53B
                        ev.lang == "en" and ev.cameo in _OWN_PARTICIPLE_CODES_EN
                        and ev.trigger.split()[0].endswith("ing"))) else None), ev.historical,
                ev.negated, ev.modality,
                # ("أصدر أمرا بإعفاء الوزير، وفرض حظر تجول": an Arabic verb of a distinct-code root is an act of its
                # own beside the root's other codes, as in the keys above; session 41)
                # (English: a participle of those roots, "berated Zelensky, accusing him of ingratitude": its subject
                # and object are read later, from the main clause (english.result_participles), session 45 ENMISS45)
                ev.cameo if (ev.root in _DISTINCT_VERB_ROOTS_AR if ev.lang == "ar" else (
                    ev.root in _DISTINCT_VERB_ROOTS and ev.trigger.split()[0].endswith("ing")))
                and ":verb:" in ev.rule and ev.plover_type not in _ONE_HAPPENING else None)
    with_actors = {bare_key(ev) for ev in kept if ev.source_code or ev.target_code}
    out = []
    seen_bare: set = set()
    for ev in kept:
        typ = bare_key(ev)
        if not (ev.source_code or ev.target_code):
            if (typ in with_actors or typ in seen_bare) and ":witnessed" not in ev.rule \
                    and not (text and pair_ar.told_by_pair(text, ev)) \
                    and not _conjoined_bare_en(text, ev, kept, typ, bare_key):   # "حيث عقد الرئيسان جلسة مباحثات" (s18)
                continue
            seen_bare.add(typ)
        out.append(ev)
    out.sort(key=lambda e: e.trigger_start)
    # unique ids (mutual pairs share trigger, differ in direction)
    ids = set()
    for ev in out:
        if ev.id in ids:
            ev.id = stable_id(ev.id, "dup", ev.source_actor_id, ev.target_actor_id)
        ids.add(ev.id)
    return out
