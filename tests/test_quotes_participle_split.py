"""Denials and their participles: in "نفى الجيش ذلك، مؤكدا أن قواته صدت الهجوم" the denial's object is ذلك and
the content after the participle مؤكدا is asserted by the same speaker (it was read as the denial's content and
negated); in "نفى الجيش أن يكون (قد) قصف المستشفى" the copula carries the speaker as the subject, so the hospital
is the object, not the attacker.  Sentences written for these tests."""
from events_helpers import dump, full


def test_participle_after_a_comma_opens_its_own_content():
    doc = full("ونفى الجيش السوداني ذلك، مؤكدا أن قواته صدت الهجوم على المدينة.")
    q = [x for x in doc.quotes if x.cue == "مؤكدا"]
    assert q and q[0].speaker_actor_id is not None, doc.quotes
    assert not any(e.negated for e in doc.events if e.plover_type == "ASSAULT"), dump(doc)


def test_copula_before_the_denied_verb_is_the_speaker():
    doc = full("ونفى الجيش الإسرائيلي أن يكون قد قصف المستشفى.")
    att = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert att and att[0].negated, dump(doc)
    assert att[0].source_code == "ISRMIL" and att[0].target_role == "HLH", dump(doc)


def test_explicit_subject_after_the_copula_stays():
    doc = full("ونفى المتحدث أن يكون الجيش قد قصف المستشفى.")
    att = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert att and (att[0].source_role == "MIL"), dump(doc)


def test_pronoun_subject_reads_the_homograph_as_a_verb():
    # "إنه قصف": قصف after the subject pronoun is the verb (it was read as the noun and rejected as a reference)
    doc = full("وقال الجيش الإسرائيلي إنه قصف مواقع لحزب الله في جنوب لبنان.")
    att = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert att and ":verb:" in att[0].rule and att[0].source_code == "ISRMIL", dump(doc)
