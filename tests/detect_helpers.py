"""Shared helpers of the filter tests: the train script loaded as a module and a toy data set of hashed-feature rows
grouped by document (test_detect_cv_overrides.py, test_detect_own_rows.py); pipelines whose learned filter is forced to
accept or reject everything, to see which override rules stand on their own (test_detect_session12/13/16*.py)."""
import importlib.util
from pathlib import Path

from marsad.coding import detect
from marsad.eval.events import counted
from marsad.pipeline import Pipeline, PipelineConfig

ROOT = Path(__file__).resolve().parents[1]


def train_script(name: str = "_train_event_detector"):
    """scripts/train_event_detector.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "train_event_detector.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def toy_rows(n: int = 60):
    """(features, labels, groups): every third row positive ("w=hjm"), two rows a document."""
    feats, y, groups = [], [], []
    for i in range(n):
        pos = i % 3 == 0
        feats.append(["bias", "w=hjm" if pos else "w=ijtm", f"w=x{i % 7}"])
        y.append(1.0 if pos else 0.0)
        groups.append(f"doc{i // 2}")
    return feats, y, groups


_FORCED_PIPES: dict = {}


def coded(text, accept: bool, typ="ASSAULT", date="2009-04-12"):
    """``text`` run through a pipeline whose ``typ`` filter accepts (or rejects) every candidate."""
    if (typ, accept) not in _FORCED_PIPES:
        _FORCED_PIPES[typ, accept] = Pipeline(PipelineConfig(
            options={"event_detect_model": detect.forced_model(typ, accept)}))
    return _FORCED_PIPES[typ, accept](text, published_at=date)


def stands(text, typ="ASSAULT", date="2009-04-12"):
    """The counted events of ``typ`` under a filter that rejects everything: the override stands."""
    doc = coded(text, False, typ, date)
    return [e for e in doc.events if e.plover_type == typ and counted(e)], doc
