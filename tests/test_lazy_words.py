"""English cue word lists bound lazily (``english._cue_words``): after the first English document every
stand-in, in ``english`` and in the modules that pass their own globals (the events stage), is a plain
frozenset; a stand-in left unbound rebuilt its set from the whole lexicon at every look-up (session 25)."""
from marsad.coding import english
from marsad.model import Document
from marsad.pipeline import Pipeline
from marsad.stages import events


def test_lazy_word_lists_become_frozensets_in_every_module():
    doc = Document.from_text("In a separate case, police arrested two men after a rally in the capital on Monday.",
                             published_at="2024-05-02")
    Pipeline()(doc)
    for module, name in ((english, "_IRREGULAR_PARTICIPLES"), (events, "_ANOTHER_CASE"), (events, "_ANOTHER_ACT"),
                         (events, "_RALLY_NOUN")):
        assert isinstance(getattr(module, name), frozenset), (module.__name__, name)
    assert "separate" in events._ANOTHER_CASE


def test_cue_words_binds_the_global_of_the_given_namespace():
    namespace: dict = {}
    stand_in = english._cue_words("another_case", "_TEST_WORDS", namespace)
    assert "separate" in stand_in   # the first look-up loads the lists and rebinds
    assert isinstance(namespace["_TEST_WORDS"], frozenset)
    assert "separate" in namespace["_TEST_WORDS"]
