"""Scale-out: run the pipeline over large inputs on Dask (``marsad batch``).

- :mod:`marsad.scale.plan` — deterministic partitions of the inputs (stable ids).
- :mod:`marsad.scale.read` — the documents of one partition (same as :func:`marsad.io.read.read_paths`).
- :mod:`marsad.scale.worker` — code one partition on a worker, write its Parquet files and manifest.
- :mod:`marsad.scale.output` — output layout, atomic writes, completion markers, readers.
- :mod:`marsad.scale.run` — the driver: skip complete partitions, map the rest, summarise, load the store.

Dask is an optional dependency (``pip install 'marsad[scale]'``); ``run_batch(..., workers=0)``
works without it.
"""
from __future__ import annotations

from .output import read_documents, read_events, read_failures
from .plan import DEFAULT_PARTITION_SIZE, Partition, plan_inputs
from .run import BatchSettingsError, BatchSummary, load_into_store, make_client, run_batch
from .worker import run_partition

__all__ = ["Partition", "plan_inputs", "DEFAULT_PARTITION_SIZE", "run_batch", "run_partition",
           "BatchSummary", "BatchSettingsError", "load_into_store", "make_client", "read_events",
           "read_documents", "read_failures"]
