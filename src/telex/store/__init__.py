"""The event database (DuckDB): ingest, near-duplicates, cross-article event clusters, query, export.

>>> from telex.store import connect
>>> con = connect(":memory:")     # or a file such as telex.duckdb
"""

from telex.store.db import DEFAULT_DB, StoreError, connect, load_analysis, write_batch

__all__ = ["DEFAULT_DB", "StoreError", "connect", "load_analysis", "write_batch", "ingest"]


def ingest(*args, **kwargs):
    """See :func:`telex.store.ingest.ingest` (imported lazily: it pulls in the pipeline)."""
    from telex.store.ingest import ingest as run

    return run(*args, **kwargs)
