"""Shared helpers of the filter tests (test_detect_cv_overrides.py, test_detect_own_rows.py): the train script loaded as
a module, and a toy data set of hashed-feature rows grouped by document."""
import importlib.util
from pathlib import Path

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
