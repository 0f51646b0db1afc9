"""Batch analysis beyond one machine: shards of input analyzed on Dask into a Parquet
dataset (`batch`), and that dataset loaded into a store (`load`)."""

from eventwire.batch.load import DatasetError, LoadSummary, load
from eventwire.batch.run import BatchError, BatchSummary, batch
from eventwire.batch.shards import DEFAULT_SHARD_BYTES, Shard, plan_shards

__all__ = [
    "DEFAULT_SHARD_BYTES",
    "BatchError",
    "BatchSummary",
    "DatasetError",
    "LoadSummary",
    "Shard",
    "batch",
    "load",
    "plan_shards",
]
