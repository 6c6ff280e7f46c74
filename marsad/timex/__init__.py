"""Temporal expressions: recognition, normalisation and event dating.

``parse(text, anchor, lang=None, base=0)`` -> list of :class:`marsad.model.TimeRef`;
``marsad.timex.dating.date_event(doc, event)`` dates one event.
"""
from .parse import parse, to_date  # noqa: F401

__all__ = ["parse", "to_date"]
