"""Session 19, ENX2: English actor leftovers (adjective roles, "ambassador to X", a country-less body's passive,
a conditional "reconsider ties").  Own sentences; each cause has a guard."""
from __future__ import annotations

from tests.events_helpers import full, find, show


def _codes(doc):
    return sorted(a.code for a in doc.actors)


# ---- 1. "military" before a thing noun is an adjective, no actor
def test_military_aid_recipient_is_the_country():
    d = full("BERLIN, March 3 - Germany sent military aid to Ukraine on Monday.")
    assert find(d, "07", "DEU", "UKR"), show(d)
    assert "MIL" not in _codes(d)


def test_military_assistance_from_country():
    d = full("BELGRADE, March 3 - Serbia requested military assistance from Russia on Tuesday.")
    assert find(d, "02", "SRB", "RUS"), show(d)
    assert not find(d, "02", "*", "RUSMIL"), show(d)


def test_joint_military_exercises_pair_the_countries():
    d = full("MANILA, March 3 - Japan and the Philippines held joint military exercises near Luzon.")
    assert find(d, "062", "JPN", "PHL") and find(d, "062", "PHL", "JPN"), show(d)
    assert not [e for e in d.events if e.source_code == "MIL" or e.target_code == "MIL"], show(d)


def test_military_and_economic_support():
    d = full("WASHINGTON, March 3 - The United States pledged military and economic support to Taiwan.")
    assert "MIL" not in _codes(d), _codes(d)


def test_guard_the_military_as_subject_stays():
    d = full("ISLAMABAD, March 3 - The military said it killed five militants near the border.")
    assert "MIL" in [a.code for a in d.actors] or any((a.code or "").endswith("MIL") for a in d.actors), _codes(d)
    assert [e for e in d.events if e.cameo.startswith("19") and (e.source_code or "").endswith("MIL")], show(d)


def test_guard_military_officers_stay_actors():
    d = full("CAIRO, March 3 - Military officers arrested the opposition leader on Sunday.")
    assert any((a.code or "").endswith("MIL") for a in d.actors), _codes(d)


# ---- 2. "X's ambassador to Y": the ambassador, not the host country
def test_ambassador_to_host_keeps_the_envoy():
    d = full("WASHINGTON, March 3 - China's ambassador to the US met Blinken on Tuesday.")
    assert find(d, "04", "CHNGOV", "USAGOV"), show(d)
    assert not find(d, "04", "USA", "*") and not find(d, "04", "*", "USA"), show(d)


def test_envoy_to_un_is_the_source():
    d = full("NEW YORK, March 3 - Russia's envoy to the UN criticised Britain on Monday.")
    assert find(d, "11", "RUSGOV", "GBR"), show(d)


def test_guard_to_after_a_verb_is_untouched():
    d = full("ROME, March 3 - Italy's foreign minister appealed to Tunisia to stop the boats.")
    assert not [e for e in d.events if ":envoy-host" in e.rule], show(d)
    assert find(d, "02", "ITAGOV", "TUN"), show(d)


# ---- 3. a passive's agent is no destination after "into"
def test_passive_detention_agent_not_the_destination():
    d = full("WARSAW, Oct 5 (Reuters) - Border guards said on Thursday that about 30 migrants had tried to climb the "
             "fence overnight. Six were detained and the others were pushed back into Belarus, a spokeswoman said.")
    assert find(d, "173", "POL", "*"), show(d)
    assert not [e for e in d.events if e.source_code == "BLR"], show(d)


def test_agentless_violence_source_not_destination():
    d = full("VILNIUS, Oct 5 - Dozens of migrants were pushed back into Belarus overnight, a spokesman said.")
    assert d.events and not [e for e in d.events if e.source_code == "BLR"], show(d)


def test_guard_passive_detention_in_a_country_keeps_the_place():
    d = full("MADRID, Oct 5 - Twelve migrants were detained in Morocco on Monday, a spokesman said.")
    assert find(d, "173", "MAR", "*"), show(d)


# ---- 4. "would reconsider its ties … if …" is a conditional threat, no meeting
def test_conditional_reconsider_ties_is_a_threat():
    d = full("ANKARA, May 4 - Turkey said it would reconsider its ties with Greece if Athens continued the drills.")
    assert find(d, "13", "TUR", "GRC"), show(d)
    assert not find(d, "03") and not find(d, "04"), show(d)


def test_reconsider_relations_unless():
    d = full("RIGA, May 4 - Latvia will reconsider relations with Minsk unless the flights stop, the minister said.")
    assert find(d, "13", "LVA", "BLRGOV"), show(d)


def test_guard_reconsider_ties_without_condition_is_no_threat():
    d = full("BERLIN, May 4 - The two ministers reconsidered their cooperation on energy.")
    assert not find(d, "13"), show(d)
