"""The collector tuning used by marsad's own processes (CLI, batch workers, bench)."""
import gc

import pytest

from marsad import resources


@pytest.fixture
def restore_threshold():
    old = gc.get_threshold()
    yield
    gc.set_threshold(*old)


def test_tune_gc_raises_the_young_threshold(restore_threshold, monkeypatch):
    monkeypatch.delenv("MARSAD_GC_TUNE", raising=False)
    gc.set_threshold(700, 10, 10)
    assert resources.tune_gc() is True
    assert gc.get_threshold()[0] == resources.GC_THRESHOLD0
    assert resources.tune_gc() is False          # idempotent


def test_tune_gc_never_lowers_a_higher_setting(restore_threshold, monkeypatch):
    monkeypatch.delenv("MARSAD_GC_TUNE", raising=False)
    gc.set_threshold(200_000, 30, 30)
    assert resources.tune_gc() is False
    assert gc.get_threshold() == (200_000, 30, 30)


def test_tune_gc_can_be_turned_off(restore_threshold, monkeypatch):
    monkeypatch.setenv("MARSAD_GC_TUNE", "0")
    gc.set_threshold(700, 10, 10)
    assert resources.tune_gc() is False
    assert gc.get_threshold() == (700, 10, 10)


def test_the_command_line_tunes_the_collector(restore_threshold, monkeypatch):
    monkeypatch.delenv("MARSAD_GC_TUNE", raising=False)
    gc.set_threshold(700, 10, 10)
    from marsad import cli
    with pytest.raises(SystemExit):
        monkeypatch.setattr("sys.argv", ["marsad", "--version"])
        cli.main()
    assert gc.get_threshold()[0] == resources.GC_THRESHOLD0
