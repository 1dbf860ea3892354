"""Score an analysis against a seed-style gold file (see ``shared/seed/README.md`` for its format).

Actors: a gold actor is found when some telex actor carries its name among its mentions; it is right
when the country (or organisation code) matches and every telex sector is one the gold accepts;
its mentions are linked when every gold mention string is among that actor's mention texts.
Quotes: a telex quote matches a gold quote when it covers at least half of the gold span; its
speaker is right when it is the gold actor (or an accepted alternative), and for an anonymous
source when it is marked anonymous with the right country and a government sector.
Reported speech: the same, over telex's ``indirect`` quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from telex.eval.quotes import overlap
from telex.records import Actor, Analysis


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


@dataclass
class SeedScore:
    actors_found: int = 0
    actors_right: int = 0
    actors_linked: int = 0
    actors_total: int = 0
    not_actors_violated: list[str] = field(default_factory=list)
    quotes_found: int = 0
    quotes_speaker_right: int = 0
    quotes_total: int = 0
    reported_found: int = 0
    reported_speaker_right: int = 0
    reported_total: int = 0
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"actors: {self.actors_found}/{self.actors_total} found, {self.actors_right} with right country and sectors, "
            f"{self.actors_linked} with all mentions linked",
            f"not-actors that became actors: {self.not_actors_violated or 'none'}",
            f"quotes: {self.quotes_found}/{self.quotes_total} found, {self.quotes_speaker_right} with the right speaker",
            f"reported speech: {self.reported_found}/{self.reported_total} found, "
            f"{self.reported_speaker_right} with the right speaker",
        ]


def _mention_texts(actor: Actor, text: str) -> set[str]:
    return {_norm(text[s:e]) for s, e in actor.mentions}


def match_actor(gold: dict, analysis: Analysis) -> Actor | None:
    text = analysis.article.text
    want = {_norm(gold["name"])} | {_norm(m) for m in gold.get("mentions", [])[:1]}
    best = None
    for actor in analysis.actors:
        names = _mention_texts(actor, text) | {_norm(actor.name)}
        if want & names or any(w in n for w in want for n in names if len(w) > 3):
            if best is None or len(actor.mentions) > len(best.mentions):
                best = actor
    return best


def speaker_ok(actor: Actor | None, gold_name: str, gold_actors: dict, matched: dict) -> bool:
    if actor is None:
        return False
    gold = gold_actors.get(gold_name)
    if gold is not None and gold.get("anonymous"):
        return actor.anonymous and actor.country == gold.get("country") and "GOV" in actor.sectors
    target = matched.get(gold_name)
    return target is not None and target.id == actor.id


def score_seed(analysis: Analysis, gold: dict) -> SeedScore:
    score = SeedScore()
    text = analysis.article.text
    gold_actors = {a["name"]: a for a in gold.get("actors", [])}
    matched: dict[str, Actor | None] = {}
    for name, g in gold_actors.items():
        score.actors_total += 1
        actor = match_actor(g, analysis)
        matched[name] = actor
        if actor is None:
            score.problems.append(f"actor not found: {name}")
            continue
        score.actors_found += 1
        country_ok = (actor.country == g.get("country")) if g.get("country") else (actor.code == g.get("code"))
        sectors_ok = bool(actor.sectors) and set(actor.sectors) <= set(g.get("sector", []))
        if country_ok and sectors_ok:
            score.actors_right += 1
        else:
            score.problems.append(f"actor {name}: country {actor.country or actor.code}, sectors {actor.sectors}")
        mentions = _mention_texts(actor, text)
        missing = [m for m in g.get("mentions", []) if _norm(m) not in mentions]
        if not missing:
            score.actors_linked += 1
        else:
            score.problems.append(f"actor {name}: mentions not linked: {missing}")
    for name in gold.get("not_actors", []):
        if any(_norm(name) in _mention_texts(a, text) | {_norm(a.name)} for a in analysis.actors):
            score.not_actors_violated.append(name)
    by_id = {a.id: a for a in analysis.actors}
    for kind, items, pool in (
        ("quote", gold.get("quotes", []), [q for q in analysis.quotes if q.kind in ("direct", "fragment")]),
        ("reported", gold.get("indirect_speech", []), [q for q in analysis.quotes if q.kind == "indirect"]),
    ):
        for g in items:
            span = tuple(g["span"])
            need = (span[1] - span[0]) / 2
            hits = [q for q in pool if overlap(q.span, span) >= need]
            if kind == "quote":
                score.quotes_total += 1
            else:
                score.reported_total += 1
            if not hits:
                score.problems.append(f"{kind} not found: {text[span[0]:span[1]][:60]!r}")
                continue
            names = [g["speaker"], *g.get("speaker_alt", [])]
            right = any(speaker_ok(by_id.get(q.speaker or ""), n, gold_actors, matched) for q in hits for n in names)
            if kind == "quote":
                score.quotes_found += 1
                score.quotes_speaker_right += right
            else:
                score.reported_found += 1
                score.reported_speaker_right += right
            if not right:
                said = [by_id[q.speaker].name if q.speaker in by_id else None for q in hits]
                score.problems.append(f"{kind} speaker wrong: {text[span[0]:span[1]][:50]!r}: telex {said}, gold {names}")
    return score
