"""Example articles bundled with marsad (written by the marsad authors) for `marsad demo`."""
from __future__ import annotations

from pathlib import Path

from ..model import Document
from ..resources import read_tsv_dicts

EXAMPLES_DIR = Path(__file__).resolve().parent


def example_documents() -> list[Document]:
    docs = []
    for row in read_tsv_dicts(EXAMPLES_DIR / "manifest.tsv"):
        path = EXAMPLES_DIR / row["file"]
        text = path.read_text(encoding="utf-8")
        doc = Document.from_text(text, published_at=row["published_at"] or None, url=row["url"] or None,
                                 source=f"examples/{row['file']}")
        doc.published_at_basis = "metadata"
        docs.append(doc)
    return docs
