"""English structure rules of the event stage, on sentences written for these tests."""
import pytest

from events_helpers import code, dump, find


@pytest.mark.parametrize("text,actors,cameo,src,tgt", [
    ("The Israeli army attacked a camp near Jenin on Monday.", {"Israeli army": "ISRMIL"}, "19", "ISRMIL", None),
    ("Turkish police arrested ten journalists in Istanbul.", {"Turkish police": "TURCOP", "journalists": "MED"}, "173", "TURCOP", "MED"),
    ("France accused Russia of meddling in the election.", {"France": "FRA", "Russia": "RUS"}, "112", "FRA", "RUS"),
    ("China rejected the American proposal on Tuesday.", {"China": "CHN"}, "12", "CHN", None),
    ("The European Union condemned the Israeli government.", {"European Union": "IGOEU", "Israeli government": "ISRGOV"}, "111", "IGOEU", "ISRGOV"),
    ("North Korea threatened the United States with a nuclear strike.", {"North Korea": "PRK", "United States": "USA"}, "13", "PRK", "USA"),
    ("Iranian authorities released a French journalist.", {"Iranian authorities": "IRNGOV", "French journalist": "FRAMED"}, "0841", "IRNGOV", "FRAMED"),
    ("The Chinese president visited Moscow last week.", {"Chinese president": "CHNGOV", "Moscow": "RUS"}, "042", "CHNGOV", "RUS"),
    ("A Syrian village was shelled by Turkish troops.", {"Syrian village": "SYRCVL", "Turkish troops": "TURMIL"}, "194", "TURMIL", "SYRCVL"),
    ("The opposition demanded the release of political prisoners.", {"opposition": "OPP"}, "100", "OPP", None),
])
def test_direction(text, actors, cameo, src, tgt):
    doc = code(text, actors, lang="en")
    assert find(doc, cameo, src, tgt), dump(doc)


@pytest.mark.parametrize("text,actors,cameo,a,b", [
    ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.",
     {"French President Emmanuel Macron": "FRAGOV", "German Chancellor Olaf Scholz": "DEUGOV"}, "04", "FRAGOV", "DEUGOV"),
    ("Talks between China and India resumed in Beijing.", {"China": "CHN", "India": "IND"}, "04", "CHN", "IND"),
    ("Security forces clashed with protesters in Baghdad.", {"Security forces": "IRQCOP", "protesters": "IRQOPP"}, "19", "IRQCOP", "IRQOPP"),
])
def test_mutual(text, actors, cameo, a, b):
    doc = code(text, actors, lang="en")
    assert find(doc, cameo, a, b) and find(doc, cameo, b, a), dump(doc)


@pytest.mark.parametrize("text,actors,cameo", [
    ("The American forces did not attack Iranian positions.", {"American forces": "USAMIL"}, "19"),
    ("The ministry denied that the army had shelled the villages.", {"ministry": "SDNGOV", "army": "SDNMIL"}, "19"),
])
def test_negated(text, actors, cameo):
    doc = code(text, actors, lang="en")
    evs = find(doc, cameo)
    assert evs and all(e.negated for e in evs), dump(doc)


@pytest.mark.parametrize("text,actors,cameo,modality", [
    ("The United States will impose new sanctions on Iran.", {"United States": "USA", "Iran": "IRN"}, "1312", "future"),
    ("If Israel attacks Iran, the region will burn.", {"Israel": "ISR", "Iran": "IRN"}, "19", "conditional"),
    ("France plans to expel Russian diplomats.", {"France": "FRA", "Russian diplomats": "RUSGOV"}, "166", "intent"),
])
def test_modality(text, actors, cameo, modality):
    doc = code(text, actors, lang="en")
    assert find(doc, cameo, modality=modality), dump(doc)


def test_will_not_negotiate_is_rejection():
    doc = code("Iran will not negotiate with the United States, the foreign minister said.",
               {"Iran": "IRN", "United States": "USA"}, lang="en")
    evs = find(doc, "125", "IRN", "USA")
    assert evs and not evs[0].negated and evs[0].quote_id, dump(doc)


def test_said_that_statement_and_attribution():
    doc = code("The Turkish foreign minister said that Ankara would support the agreement.",
               {"Turkish foreign minister": "TURGOV", "Ankara": "TUR"}, lang="en")
    assert doc.quotes and doc.text[doc.quotes[0].speaker_start:doc.quotes[0].speaker_end].endswith("Turkish foreign minister")
    # what was said is coded (by its content), attributed to the speaker; no bare 010 beside it
    assert any(e.reported_by_code == "TURGOV" and e.cameo != "010" for e in doc.events), dump(doc)
    assert not find(doc, "010", "TURGOV"), dump(doc)


def test_names_are_not_triggers():
    doc = code("The United States and Russia signed a treaty.", {"United States": "USA", "Russia": "RUS"}, lang="en")
    assert not any(e.trigger == "United" for e in doc.events), dump(doc)
    assert find(doc, "057"), dump(doc)
