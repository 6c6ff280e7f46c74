"""Baseline quotes stage: does nothing yet (replaced by its capability's work)."""
from ..model import Document


class QuoteStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        return doc
