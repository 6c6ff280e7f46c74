"""Session 48 (helper gapen48): English wrong sources / targets and misses, our own sentences.

1. "X said CLAUSE and urged / accused …": a past verbal act after "and" is the speaker's second predicate, not the
   reported clause's actor's (``clause_subject_en._said_content``); a bare form or a force verb stays the clause's
   (guards).  The object right after that verb, dropped as a self-loop while the reported clause's actor was the
   subject, is its target.
2. "Putin hit back on Thursday, calling …": a participle after a main clause that is no event has the sentence's
   opening subject (``clause_subject_en._opening_participle``); not after a speech verb (guard).
3. "His lawyers denounced …" opening a sentence: "his / her" with no actor before it in the sentence belongs to the
   person named last in the three sentences before (``english._last_person_country``).
4. "Dmitry Medvedev, deputy head of Russia's Security Council, accused …": an article-less title of two or three words
   before "of / to / for" opens an aside; the name before it is the subject (``english._title_aside``).
5. "X and Y also congratulated him": no person of the coordinated subject is the object "him"
   (``them_object_en._subject_block``); the person named before is.
6. "Rwanda denies …  Government spokeswoman X rejected … and accused Kinshasa …": an office holder whose title word
   is a span of its own still opens the sentence, and a country named after the verb as an object of its predicates is
   no other side (``english.role_subject_country``, ``_object_side``); a country before the verb still stops it (guard).
7. "opposed the use of …", "opposed any attempt to …": a stated rejection (120; ``manual_en.tsv``).
8. "Senegal's main truck drivers' union called on …": a country's possessive up to five words before a bare sector
   (a plural's possessive among them) names its country (``english.possessive_country``).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 said CLAUSE and V-ed
def test_said_clause_and_urged_is_the_speakers_act():
    got, evs = _with("Germany's foreign ministry said on Tuesday the election was Hungary's own affair and urged "
                     "Budapest to respect the rule of law.", "urged", "2025-10-21")
    assert got and got[0].source_country == "DEU" and got[0].target_country == "HUN", _dump(evs)


def test_said_clause_and_accused_takes_the_object_as_target():
    got, evs = _with("The Greek foreign ministry spokesman said Ankara's claims were \"baseless\" and accused the "
                     "Turkish government of acting to please Washington.", "accused", "2021-04-19")
    assert got and got[0].source_country == "GRC" and got[0].target_code == "TURGOV", _dump(evs)


def test_said_clause_and_a_bare_form_stays_the_clauses_guard():
    got, evs = _with("The African Union said Malawi would close its border and expel foreign traders.", "expel",
                     "2025-08-12")
    assert not any(":conj-pred" in e.rule for e in evs), _dump(evs)


def test_said_clause_and_a_force_verb_stays_the_clauses_guard():
    got, evs = _with("Brazil's foreign minister said the rebels had attacked the town and killed ten soldiers.",
                     "attacked", "2025-10-21")
    assert not any(":conj-pred" in e.rule for e in evs), _dump(evs)


# ----------------------------------------------------------------------------- 2 participle after a non-event clause
def test_participle_after_hit_back_takes_the_opening_subject():
    got, evs = _with("Russian President Vladimir Putin hit back on Thursday, calling the new sanctions an unfriendly "
                     "act.", "calling", "2025-10-23")
    assert got and got[0].source_country == "RUS", _dump(evs)


def test_participle_after_weighed_in_takes_a_titled_subject():
    got, evs = _with("German Chancellor Friedrich Merz weighed in, accusing Moscow of lying.", "accusing",
                     "2025-10-23")
    assert got and got[0].source_country == "DEU" and got[0].target_country == "RUS", _dump(evs)


def test_participle_after_a_reported_clause_guard():
    got, evs = _with("Witnesses said the convoy drove through the night, accusing no one.", "accusing", "2025-10-23")
    assert not any(":ing-subject" in e.rule for e in evs), _dump(evs)


# ----------------------------------------------------------------------------- 3 his / her + noun subject
def test_his_lawyers_take_the_last_named_persons_country():
    got, evs = _with("BRASILIA, May 3 (Marsad) - Former Brazilian President Jair Bolsonaro was sentenced to prison on "
                     "Thursday. His lawyers denounced the verdict and said they would appeal.", "denounced",
                     "2025-05-03")
    assert got and got[0].source_country == "BRA", _dump(evs)


def test_her_son_takes_the_last_named_persons_country():
    got, evs = _with("Former Argentine President Cristina Fernandez was placed under house arrest on Tuesday. Her "
                     "son Maximo urged supporters to stay calm.", "urged", "2025-06-17")
    assert got and got[0].source_country == "ARG", _dump(evs)


# ----------------------------------------------------------------------------- 4 article-less title aside
def test_name_before_a_two_word_title_aside_is_the_subject():
    got, evs = _with("Dmitry Medvedev, deputy head of Russia's Security Council, accused Washington on Thursday of "
                     "lying.", "accused", "2025-05-01")
    assert got and got[0].source_country == "RUS" and got[0].target_country == "USA", _dump(evs)


def test_title_aside_needs_a_title_word_run():
    from marsad.coding.english import _title_aside
    from marsad.coding.structure import words_of
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)("Ivan Petrov, deputy head of the agency, said it was ready.",
                                 published_at="2025-05-01")
    from marsad.coding.lexicon import lexicon
    words = words_of(doc, doc.sentences[0], lexicon("en"))
    k = next(k for k, w in enumerate(words) if w.text == "deputy")
    assert _title_aside(words, k) and not _title_aside(words, k + 3)


# ----------------------------------------------------------------------------- 5 him after a coordinated subject
def test_him_after_a_coordinated_subject_is_the_person_before():
    got, evs = _with("Polish President-elect Karol Nawrocki won the runoff on Sunday. German Chancellor Friedrich Merz "
                     "and French President Emmanuel Macron also congratulated him.", "congratulated", "2025-06-02")
    assert len(got) == 2 and all(e.target_country == "POL" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 6 office holder after a country
def test_titled_spokeswoman_speaks_for_the_country_before():
    got, evs = _with("Congo accused Kigali of plundering its minerals. Rwanda denies backing the rebels. Government "
                     "spokeswoman Jane Doe rejected the accusations on Sunday and accused Kinshasa of lying.",
                     "rejected", "2025-02-16")
    assert got and got[0].source_country == "RWA", _dump(evs)


def test_titled_spokeswoman_after_a_country_in_her_own_clause_guard():
    got, evs = _with("Congo accused Kigali of plundering its minerals. Rwanda denies backing the rebels. In Kinshasa, "
                     "government spokeswoman Jane Doe rejected the denial on Sunday.", "rejected", "2025-02-16")
    assert got and got[0].source_country != "RWA", _dump(evs)


# ----------------------------------------------------------------------------- 7 opposed the use / any
def test_opposed_the_use_of_is_a_rejection():
    got, evs = _with("A foreign ministry spokeswoman said on Monday that Russia opposed the use of tariffs as a tool "
                     "of pressure.", "opposed", "2025-06-04")
    assert got and got[0].cameo == "120" and got[0].source_country == "RUS", _dump(evs)


def test_opposed_any_attempt_is_a_rejection():
    got, evs = _with("Serbia said it opposed any attempt to divide the country.", "opposed", "2025-06-04")
    assert got and got[0].cameo == "120", _dump(evs)


# ----------------------------------------------------------------------------- 8 a country's possessive farther back
def test_country_possessive_before_a_plural_possessive_union():
    got, evs = _with("Senegal's main truck drivers' union has called on the Malian authorities to protect its members.",
                     "called", "2025-06-04")
    assert got and got[0].source_code == "SENLAB", _dump(evs)
