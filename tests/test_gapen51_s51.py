"""Session 51 (helper gapen51): English wrong sources / targets, our own sentences.

1. A voice at home: in a story one country dominates, an act on that country's state whose subject has no code (a
   party, a group, a person of no known country) is the country's own (``bare_role_en.home_voice_source``); not a
   passive's unnamed agent (but a state's own force deployed), no assault or fight, not in a sentence naming another
   country, not a content a speech verb reports.
"""
from test_gapen34_s34 import _dump, _with

_LEAD = ("LIMA, April 2 (Marsad) - Peru's Congress opened a debate on Wednesday on removing President Ana Ruiz, "
         "whose approval has fallen below ten percent. Peru's attorney general has opened an inquiry into the "
         "president's finances. ")


# ----------------------------------------------------------------------------- 1 a voice at home
def test_unknown_group_accusing_the_home_government_is_home():
    text = _LEAD + "The Broad Front accused the government of hiding the accounts from investigators."
    got, evs = _with(text, "accused", "2026-04-02")
    assert got and got[0].source_country == "PER" and got[0].target_country == "PER", _dump(evs)


def test_unknown_critics_urging_the_president_are_home():
    text = _LEAD + "Critics in Arequipa urged Ruiz to step aside until the inquiry ends."
    got, evs = _with(text, "urged", "2026-04-02")
    assert got and got[0].source_country == "PER", _dump(evs)


def test_passive_agent_stays_unnamed_guard():
    text = _LEAD + "Several students were beaten outside the Congress building on Tuesday night."
    got, evs = _with(text, "beaten", "2026-04-02")
    assert not got or not got[0].source_code or got[0].source_country != "PER" or got[0].rule.find("home-voice") < 0, \
        _dump(evs)


def test_sentence_naming_another_country_stays_guard():
    text = _LEAD + "Envoys in Brasilia urged Ruiz's government to respect the Brazilian border accord."
    got, evs = _with(text, "urged", "2026-04-02")
    assert not got or ":src-home-voice" not in got[0].rule, _dump(evs)


def test_passive_deployment_of_the_home_force_is_home():
    text = _LEAD + "Riot police have been deployed around the Congress building ahead of the vote."
    got, evs = _with(text, "deployed", "2026-04-02")
    assert got and got[0].source_country == "PER", _dump(evs)


def test_violence_by_uncoded_subject_stays_guard():
    text = _LEAD + "Witnesses said officers had beaten several students outside the Congress."
    got, evs = _with(text, "beaten", "2026-04-02")
    assert not got or ":src-home-voice" not in got[0].rule, _dump(evs)
