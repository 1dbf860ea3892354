"""A local pool of worker processes, each loading the model once; results keep input order."""

from __future__ import annotations

from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Iterable, Iterator

from telex.config import Settings, get_settings
from telex.errors import ExtractionError
from telex.pipeline import extract_many, get_nlp
from telex.records import Analysis, Article, Failure

#: Articles sent to a worker at a time. Big enough that pickling costs little beside parsing
#: (a news article takes ~50 ms to parse), small enough to keep both workers busy to the end.
CHUNK_SIZE = 8

#: Chunks in flight per worker: enough to hide the hand-off, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3

_settings: Settings | None = None


def _init(settings: Settings) -> None:
    global _settings
    _settings = settings
    get_nlp(settings)  # load the model once per worker, before the first chunk arrives


def _work(chunk: list[Article | Failure]) -> list[Analysis | Failure]:
    return list(extract_many(chunk, settings=_settings))


def _lost(chunk: list[Article | Failure], exc: BaseException) -> list[Failure]:
    out = []
    for item in chunk:
        if isinstance(item, Failure):
            out.append(item)
        else:
            err = ExtractionError(f"worker process failed: {type(exc).__name__}: {exc}")
            out.append(Failure.from_error(err, origin=item.origin, input_id=item.input_id))
    return out


def extract_parallel(
    items: Iterable[Article | Failure], *, workers: int = 2, settings: Settings | None = None
) -> Iterator[Analysis | Failure]:
    """Like :func:`telex.pipeline.extract_many`, spread over ``workers`` processes, in input order."""
    settings = settings or get_settings()
    if workers <= 1:
        yield from extract_many(items, settings=settings)
        return
    source = iter(items)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(settings,)) as pool:
        pending: deque = deque()

        def submit_next() -> bool:
            chunk = list(islice(source, CHUNK_SIZE))
            if not chunk:
                return False
            pending.append((chunk, pool.submit(_work, chunk)))
            return True

        while len(pending) < workers * IN_FLIGHT_PER_WORKER and submit_next():
            pass
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                yield from _lost(chunk, exc)
                for rest, _ in pending:
                    yield from _lost(rest, exc)
                for rest in iter(lambda: list(islice(source, CHUNK_SIZE)), []):
                    yield from _lost(rest, exc)
                return
            except Exception as exc:  # noqa: BLE001 - a chunk's failure is reported, the rest goes on
                results = _lost(chunk, exc)
            yield from results
            submit_next()
