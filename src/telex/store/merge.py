"""Cross-article event merging: events that report the same happening collapse into one cluster.

Blocking key: the unordered actor pair, the event family (CAMEO root), negation, and whether the
event is factual (asserted or reported) or not (intended, hypothetical). Within a block, events are
sorted by date and then by content keys, and each cluster takes in events up to
:data:`DATE_TOLERANCE_DAYS` after its first one. An event with one actor unnamed (a passive with no
agent) joins the one cluster of its article that names both sides (:func:`fold_one_sided`). Everything is recomputed from the ``events`` table
with a stable sort, so clusters do not depend on the order articles were ingested in.

Events of an article that is a near-duplicate of another (``article_duplicates``) are left out, so
a wire story printed twice counts once.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable

import duckdb

from telex.store import dedup
from telex.store.db import _insert

#: Days after a cluster's first event within which a report of the same pair and family is taken as
#: the same happening. Two days, because reports appear the day after the event, relative dates
#: ("on Thursday") are resolved against each outlet's own publication date and time zone, and an event
#: with no date of its own is filed under its publication day (precision "publication"). A week
#: apart stays apart: leaders who meet again a week later are a new event.
DATE_TOLERANCE_DAYS = 2

#: Modalities that report something that happened; intended and hypothetical events never merge with them.
FACTUAL = frozenset({"asserted", "reported"})


def side_key(country: str | None, code: str | None) -> str | None:
    """One side of the actor pair: the country where known, else the CAMEO/organisation code.

    The country rather than the full code, because two reports of one meeting often code the same
    person with different sectors ("DEUGOV" in one, "DEU" in the other).
    """
    if country:
        return country.upper()
    if code:
        return code.upper()
    return None


@dataclass
class EventRow:
    article_id: str
    idx: int
    event_date: date | None
    side_a: str | None
    side_b: str | None
    root: str
    negated: bool
    factual: bool
    cameo: str = ""
    source: str | None = None
    url: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def block(self) -> tuple:
        a, b = sorted((self.side_a or "", self.side_b or ""))
        return (a, b, self.root, self.negated, self.factual)


def cluster_rows(rows: Iterable[EventRow]) -> list[list[EventRow]]:
    """Group events into clusters; each cluster's events in stable order, clusters in stable order."""
    ordered = sorted(
        rows,
        key=lambda r: (r.block, r.event_date is None, r.event_date or date.min, r.article_id, r.idx),
    )
    clusters: list[list[EventRow]] = []
    current: list[EventRow] = []
    anchor: date | None = None
    for row in ordered:
        mergeable = row.event_date is not None and (row.side_a or row.side_b)
        if (
            current
            and mergeable
            and anchor is not None
            and current[0].block == row.block
            and (row.event_date - anchor).days <= DATE_TOLERANCE_DAYS
        ):
            current.append(row)
            continue
        if current:
            clusters.append(current)
        current, anchor = [row], (row.event_date if mergeable else None)
    if current:
        clusters.append(current)
    return fold_one_sided(clusters)


def fold_one_sided(clusters: list[list[EventRow]]) -> list[list[EventRow]]:
    """Fold clusters of one-sided events into the one two-sided cluster they restate, where there is one.

    An article that says "police arrested Chowdhury" and later "Chowdhury was detained" reports one
    arrest; the passive names no agent, so its event has a target only. Such a cluster joins a cluster
    of the same family, negation and factuality whose actor pair includes its known side, within
    :data:`DATE_TOLERANCE_DAYS`, and which holds an event from one of its articles: the article
    itself names the missing actor. Where two clusters qualify, it stays apart: which one it restates
    cannot be told.
    """
    full = [c for c in clusters if c[0].side_a and c[0].side_b]
    out: list[list[EventRow]] = []
    folded: dict[int, list[EventRow]] = {}
    for cluster in clusters:
        head = cluster[0]
        known = head.side_a or head.side_b
        if not known or (head.side_a and head.side_b):
            out.append(cluster)
            continue
        articles = {m.article_id for m in cluster}
        dates = [m.event_date for m in cluster if m.event_date]
        hosts = [
            c for c in full
            if known in (c[0].side_a, c[0].side_b)
            and c[0].block[2:] == head.block[2:]
            and articles & {m.article_id for m in c}
            and _within(dates, [m.event_date for m in c if m.event_date])
        ]
        if len(hosts) == 1:
            folded.setdefault(id(hosts[0]), []).extend(cluster)
        else:
            out.append(cluster)
    return [c + folded.get(id(c), []) for c in out]


def _within(a: list[date], b: list[date]) -> bool:
    """Whether two clusters' dates lie within the tolerance of each other (or neither has a date)."""
    if not a or not b:
        return not a and not b
    return max(max(a), max(b)) - min(min(a), min(b)) <= timedelta(days=DATE_TOLERANCE_DAYS)


def cluster_id(first: EventRow) -> str:
    return hashlib.sha256(f"{first.article_id}:{first.idx}".encode()).hexdigest()[:16]


_EVENT_SQL = """
SELECT e.article_id, e.idx, e.event_date, e.source_country, e.source_code, e.target_country, e.target_code,
       e.cameo, e.cameo_root, e.negated, e.modality, a.source, a.url,
       e.plover_type, e.goldstein, e.quad_class, e.source_name, e.target_name, e.evidence_text,
       e.place_name, e.place_country, e.place_lat, e.place_lon
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.article_id NOT IN (SELECT article_id FROM article_duplicates)
"""


def _load_events(con: duckdb.DuckDBPyConnection) -> list[EventRow]:
    out = []
    for r in con.execute(_EVENT_SQL).fetchall():
        out.append(
            EventRow(
                article_id=r[0], idx=r[1], event_date=r[2],
                side_a=side_key(r[3], r[4]), side_b=side_key(r[5], r[6]),
                root=r[8] or r[7][:2], negated=bool(r[9]), factual=r[10] in FACTUAL, cameo=r[7],
                source=r[11], url=r[12],
                extra={
                    "plover_type": r[13], "goldstein": r[14], "quad_class": r[15], "source_code": r[4],
                    "target_code": r[6], "source_name": r[16], "target_name": r[17], "source_country": r[3],
                    "target_country": r[5], "evidence": r[18], "place_name": r[19], "place_country": r[20],
                    "place_lat": r[21], "place_lon": r[22],
                },
            )
        )
    return out


_DUPLICATE_URLS_SQL = """
SELECT d.duplicate_of, a.url FROM article_duplicates d JOIN articles a ON a.id = d.article_id
WHERE a.url IS NOT NULL
"""


def _duplicate_urls(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """URLs of near-duplicate copies, by the article they copy: a cluster keeps every URL that reported it,
    though a copy's events are not counted twice."""
    out: dict[str, set[str]] = {}
    for original, url in con.execute(_DUPLICATE_URLS_SQL).fetchall():
        out.setdefault(original, set()).add(url)
    return out


def _cluster_record(members: list[EventRow], copies: dict[str, set[str]] | None = None) -> tuple:
    first = members[0]
    counts = Counter(m.cameo for m in members)
    cameo = min(counts, key=lambda c: (-counts[c], c))  # the commonest code, ties to the smallest
    typical = next(m for m in members if m.cameo == cameo)
    a, b = sorted((first.side_a or "", first.side_b or ""))
    dates = [m.event_date for m in members if m.event_date is not None]
    articles = {m.article_id for m in members}
    sources = sorted({m.source for m in members if m.source})
    # An article with no named source still counts as one source of its own.
    n_sources = len(sources) + len({m.article_id for m in members if not m.source})
    placed = next((m for m in members if m.extra["place_name"]), None)
    x = first.extra
    return (
        cluster_id(first), cameo, first.root, typical.extra["plover_type"], typical.extra["goldstein"],
        typical.extra["quad_class"], a or None, b or None, x["source_code"], x["target_code"], x["source_name"],
        x["target_name"], x["source_country"], x["target_country"], min(dates) if dates else None,
        max(dates) if dates else None, len(members), len(articles), n_sources,
        sorted({m.url for m in members if m.url} | {u for m in members for u in (copies or {}).get(m.article_id, ())}),
        sources, x["evidence"],
        placed.extra["place_name"] if placed else None, placed.extra["place_country"] if placed else None,
        placed.extra["place_lat"] if placed else None, placed.extra["place_lon"] if placed else None,
    )


def recompute(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Recompute near-duplicates and event clusters in one transaction; return (duplicates, clusters)."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM article_duplicates")
        articles = con.execute("SELECT id, published, minhash FROM articles").fetchall()
        dups = dedup.find_duplicates(
            (aid, (published is None, published or date.min), sig) for aid, published, sig in articles
        )
        if dups:
            _insert(con, "article_duplicates", dups)
        con.execute("DELETE FROM cluster_events")
        con.execute("DELETE FROM clusters")
        groups = cluster_rows(_load_events(con))
        if groups:
            copies = _duplicate_urls(con)
            _insert(con, "clusters", [_cluster_record(g, copies) for g in groups])
            _insert(con, "cluster_events", [(cluster_id(g[0]), m.article_id, m.idx) for g in groups for m in g])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(dups), len(groups)
