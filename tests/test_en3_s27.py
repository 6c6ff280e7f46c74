"""Session 27, EN3: English extras and gaps, with our own sentences: a negated completed signing (a negated 057, not
a refusal), ..."""
from __future__ import annotations

import pytest
from events_helpers import dump, find, full

PUB = "2024-06-26"


# 2. a perfect / "never" negation of a completed act: the act did not happen (negated), no refusal (120)
@pytest.mark.parametrize("text, cameo, source", [
    ("Armenia and Azerbaijan have not signed a peace treaty since the war ended.", "057", "ARM"),
    ("The two Koreas never signed a peace treaty after the 1953 armistice.", "057", "KOR"),
    ("Serbia and Kosovo have still not signed the agreement brokered by the European Union.", "057", "SRB"),
])
def test_negated_completed_signing(text, cameo, source):
    doc = full(text, published_at=PUB)
    assert find(doc, cameo, source, negated=True) and not find(doc, "12"), dump(doc)


# guards: a refusal announced now or for the future stays a rejection
@pytest.mark.parametrize("text", [
    "Iran will not sign the agreement with the agency.",
    "Hungary does not accept the proposal.",
    "Turkey refused to sign the treaty.",
])
def test_guard_refusals_stay(text):
    doc = full(text, published_at=PUB)
    assert find(doc, "12", negated=False), dump(doc)
