"""marsad (مرصد): political event data from Arabic and English news."""
from __future__ import annotations

__version__ = "0.1.0"

from .model import Document, Event, Actor, TimeRef, Place, Quote, Mention, Sentence, Segment, Token  # noqa: E402
from .pipeline import Pipeline, PipelineConfig, code  # noqa: E402

__all__ = [
    "__version__", "code", "Pipeline", "PipelineConfig", "Document", "Event", "Actor", "TimeRef",
    "Place", "Quote", "Mention", "Sentence", "Segment", "Token",
]
