"""Places: the compact gazetteer, place-name resolution and event location.

* :func:`lookup` — resolve one place expression (Arabic or English, clitics and compass words).
* :func:`marsad.geo.locate.locate_event` — where an event happened.
* :func:`get_gazetteer` — the process-wide gazetteer (loaded once, lazily).
"""
from .gazetteer import get_gazetteer  # noqa: F401
from .match import Hit, find_in_text, lookup  # noqa: F401

__all__ = ["get_gazetteer", "lookup", "find_in_text", "Hit"]
