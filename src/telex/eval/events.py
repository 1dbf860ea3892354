"""Score telex's events against three gold sets. Pure functions over telex output: no model is loaded here.

- The seed article (``shared/seed``, format in its README): :func:`score_seed_events`.
- The PLOVER gold standard records (``events/plover_gsr_cameo_dev.json``, one sentence each):
  :func:`score_plover_gsr`.
- The PETRARCH2 gold standard records (``events/petrarch2_gsr_dev.jsonl``, expected
  source-target-code triples): :func:`score_petrarch_gsr`.

Actor codes are compared on their first three letters (the country, or ``IGO``/``NGO``...) unless a
scorer says otherwise: a CAMEO actor code is country + sectors (``USAGOV``), and the country is what
every one of these gold sets agrees on; sectors differ between coders.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from telex.records import Actor, Analysis, Event

#: Old PLOVER type names (PLOVER 0.5b1, which the PLOVER GSR records use) and what they are called
#: now (PLOVER 2021, shared/data/cameo/CAMEO2PLOVER-2021.txt). Both gold and predictions are mapped.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}

#: Seed events whose modality the gold file does not state but the text does: E6 is "the US would
#: send around 10,500 new military personnel", an intention (DESIGN.md, section 5). A gold event's
#: own ``modality`` field, where present, takes precedence.
SEED_MODALITY = {"E6": "intended"}

#: How a PETRARCH target that names no one is written in the gold (``---``, and ``---CVL`` for
#: unidentified civilians); telex writes no target as null.
NO_ACTOR = "---"


def plover_type(name: str | None) -> str | None:
    """The current PLOVER name for ``name``: ``plover_type("FIGHT") == "ASSAULT"``."""
    if not name:
        return None
    name = name.strip().upper()
    return PLOVER_RENAMED.get(name, name)


def country3(code: str | None) -> str:
    """The first three letters of a CAMEO actor code, ``---`` for none: ``country3("USAGOV") == "USA"``."""
    code = (code or "").strip().upper()
    return code[:3] if code else NO_ACTOR


# -- the seed article --------------------------------------------------------------------------------------
def _side_codes(code: str | None, actor: Actor | None) -> set[str]:
    """Every code a prediction's side can be said to carry: the first three letters of its CAMEO
    code, the whole code, the code less an IGO/NGO prefix (IGONATO -> NATO), and the actor's
    country or organisation code."""
    out: set[str] = set()
    if code:
        code = code.upper()
        out |= {code, code[:3]}
        if code[:3] in ("IGO", "NGO") and len(code) > 3:
            out.add(code[3:])
    if actor is not None:
        if actor.country:
            out.add(actor.country.upper())
        if actor.code:
            out |= {actor.code.upper(), actor.code[:3].upper()}
    return out


def _side_ok(accepted: Sequence[str | None], codes: set[str]) -> bool:
    """A gold side (list of accepted codes; ``None`` in it: nobody is acceptable too) against a prediction's codes."""
    if not codes:
        return None in accepted
    return any(a is not None and a.upper() in codes for a in accepted)


def event_matches(event: Event, gold: dict, actors: dict[str, Actor]) -> bool:
    """Whether a predicted event matches a seed gold event on source, target and CAMEO prefix."""
    if not event.cameo or not any(event.cameo.startswith(str(c)) for c in gold.get("cameo", [])):
        return False
    source = _side_codes(event.source_code, actors.get(event.source or ""))
    target = _side_codes(event.target_code, actors.get(event.target or ""))
    return _side_ok(gold.get("source") or [None], source) and _side_ok(gold.get("target") or [None], target)


def _names(actor: Actor, text: str) -> set[str]:
    def norm(s: str) -> str:
        return " ".join(s.replace("’", "'").lower().split())

    return {norm(actor.name)} | {norm(text[s:e]) for s, e in actor.mentions}


def score_seed_events(analysis: Analysis, gold: dict) -> dict:
    """Events of one analysed article against a seed gold file.

    Returns ``core_found``/``core_total``/``core_recall``; ``matched``/``predicted``/``precision``
    over predicted events that are not negated (those matching only a negated gold event are left
    out of both); ``dates_right``/``dates_total`` over found core events with a gold date;
    ``modality_right``/``modality_total`` for events whose modality is known (E6: intended);
    ``not_actor_events``, predicted events with a not-actor (a reporter) as source or target;
    and ``problems``, for people.
    """
    actors = {a.id: a for a in analysis.actors}
    text = analysis.article.text
    gold_events = [g for g in gold.get("events", []) if not g.get("negated")]
    negated_gold = [g for g in gold.get("events", []) if g.get("negated")]
    predicted = [e for e in analysis.events if not e.negated]
    problems: list[str] = []

    core = [g for g in gold_events if g.get("core")]
    core_found = dates_right = dates_total = modality_right = modality_total = 0
    for g in core:
        hits = [e for e in predicted if event_matches(e, g, actors)]
        if hits:
            core_found += 1
        else:
            problems.append(f"core event not found: {g.get('id')} {g.get('evidence', '')!r}")
        if hits and g.get("date"):
            dates_total += 1
            if any(e.date is not None and e.date.value == g["date"] for e in hits):
                dates_right += 1
            else:
                problems.append(f"{g.get('id')}: date {[e.date.value if e.date else None for e in hits]}, gold {g['date']}")
    for g in gold_events:
        want = g.get("modality") or SEED_MODALITY.get(g.get("id", ""))
        if not want:
            continue
        modality_total += 1
        hits = [e for e in predicted if event_matches(e, g, actors)]
        if any(e.modality == want for e in hits):
            modality_right += 1
        else:
            problems.append(f"{g.get('id')}: modality {[e.modality for e in hits] or 'not found'}, gold {want}")

    matched = counted = 0
    for e in predicted:
        if any(event_matches(e, g, actors) for g in gold_events):
            matched += 1
            counted += 1
        elif any(event_matches(e, g, actors) for g in negated_gold):
            continue  # negated gold events count neither way
        else:
            counted += 1
            problems.append(f"event matches no gold event: {e.source_code} {e.cameo} {e.target_code} {_evidence(e, text)!r}")

    not_actors = [n for n in gold.get("not_actors", [])]
    bad = 0
    for e in analysis.events:
        for side in (e.source, e.target):
            actor = actors.get(side or "")
            if actor is not None and any(" ".join(n.lower().split()) in _names(actor, text) for n in not_actors):
                bad += 1
                problems.append(f"not-actor {actor.name!r} in event {e.cameo} {_evidence(e, text)!r}")
                break
    return {
        "core_found": core_found,
        "core_total": len(core),
        "core_recall": core_found / len(core) if core else 0.0,
        "matched": matched,
        "predicted": counted,
        "precision": matched / counted if counted else 0.0,
        "dates_right": dates_right,
        "dates_total": dates_total,
        "modality_right": modality_right,
        "modality_total": modality_total,
        "not_actor_events": bad,
        "problems": problems,
    }


def _evidence(event: Event, text: str) -> str:
    s, e = event.evidence.span
    return text[s:e][:60]


# -- PLOVER GSR ---------------------------------------------------------------------------------------------
def plover_records(data: Sequence[dict]) -> list[dict]:
    """The coded sentences of a PLOVER GSR file: every record but the DOCUMENT one that describes the file."""
    return [r for r in data if r.get("event") != "DOCUMENT" and r.get("text")]


def _gold_codes(side) -> list[str]:
    """A PLOVER GSR side (a list of {actorText, code}, or "" / a word / absent for none) as country codes."""
    if not isinstance(side, list):
        return []
    return [country3(a.get("code")) for a in side if isinstance(a, dict) and a.get("code")]


def _pred_code(code: str | None, actor: Actor | None) -> str:
    if code:
        return country3(code)
    if actor is not None and (actor.country or actor.code):
        return country3(actor.country or actor.code)
    return NO_ACTOR


def score_plover_record(record: dict, analysis: Analysis) -> dict:
    """One PLOVER GSR sentence: ``type`` (some predicted event has the gold type) and ``actors``
    (such an event also has a gold source, and the gold target or, where the gold names none, any)."""
    want = plover_type(record.get("event"))
    sources = _gold_codes(record.get("source"))
    targets = _gold_codes(record.get("target"))
    actors = {a.id: a for a in analysis.actors}
    type_ok = actors_ok = False
    for e in analysis.events:
        if e.negated or e.plover is None or plover_type(e.plover.type) != want:
            continue
        type_ok = True
        source = _pred_code(e.source_code, actors.get(e.source or ""))
        target = _pred_code(e.target_code, actors.get(e.target or ""))
        if (not sources or source in sources) and (not targets or target in targets):
            actors_ok = True
            break
    return {"type": type_ok, "actors": actors_ok}


def score_plover_gsr(records: Sequence[dict], analyses: Iterable) -> dict:
    """Event-type accuracy and type-with-actors accuracy over PLOVER GSR sentences.

    ``analyses`` runs parallel to ``records``; an entry that is not an Analysis (a Failure) counts
    as wrong. Negated predictions do not count.
    """
    n = type_right = actors_right = 0
    by_type: dict[str, list[int]] = {}
    for record, analysis in zip(records, analyses):
        n += 1
        got = score_plover_record(record, analysis) if isinstance(analysis, Analysis) else {"type": False, "actors": False}
        type_right += got["type"]
        actors_right += got["actors"]
        tally = by_type.setdefault(plover_type(record.get("event")) or "?", [0, 0])
        tally[0] += got["type"]
        tally[1] += 1
    return {
        "sentences": n,
        "type_right": type_right,
        "actors_right": actors_right,
        "type_accuracy": type_right / n if n else 0.0,
        "actors_accuracy": actors_right / n if n else 0.0,
        "by_type": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_type.items())},
    }


# -- PETRARCH2 GSR ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Triple:
    source: str
    target: str
    code: str


def _key(triple: Triple, strict: bool) -> tuple[str, str, str]:
    """What two triples must share to match: actor codes (first three letters, or whole when
    ``strict``) and the first three digits of the CAMEO code (its root and sub-category)."""
    if strict:
        return (triple.source.upper() or NO_ACTOR, triple.target.upper() or NO_ACTOR, triple.code[:3])
    return (country3(triple.source), country3(triple.target), triple.code[:3])


def predicted_triples(analysis: Analysis) -> list[Triple]:
    """telex's events as PETRARCH triples; negated events are left out, as PETRARCH codes none."""
    actors = {a.id: a for a in analysis.actors}
    out = []
    for e in analysis.events:
        if e.negated:
            continue
        source = e.source_code or _actor_code(actors.get(e.source or ""))
        target = e.target_code or _actor_code(actors.get(e.target or ""))
        out.append(Triple(source or NO_ACTOR, target or NO_ACTOR, e.cameo or ""))
    return out


def _actor_code(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.code or actor.country


def match_triples(gold: Sequence[Triple], pred: Sequence[Triple], strict: bool = False) -> int:
    """How many gold triples a prediction matches, one to one (each side used at most once)."""
    left = [_key(t, strict) for t in pred]
    tp = 0
    for g in gold:
        key = _key(g, strict)
        if key in left:
            left.remove(key)
            tp += 1
    return tp


def gold_triples(record: dict) -> list[Triple]:
    if record.get("expect_no_event"):
        return []
    return [Triple(t.get("source") or NO_ACTOR, t.get("target") or NO_ACTOR, str(t.get("code") or "")) for t in record.get("expected", [])]


def score_petrarch_gsr(records: Sequence[dict], analyses: Iterable) -> dict:
    """Precision, recall and F1 over source-target-code triples, loose (first three letters of the
    actor codes) and strict (whole actor codes); both on the first three digits of the CAMEO code.

    In a record marked ``expect_no_event`` every prediction is a false positive. An analysis that
    is not an Analysis (a Failure) predicts nothing.
    """
    gold_n = pred_n = tp = tp_strict = 0
    for record, analysis in zip(records, analyses):
        gold = gold_triples(record)
        pred = predicted_triples(analysis) if isinstance(analysis, Analysis) else []
        gold_n += len(gold)
        pred_n += len(pred)
        tp += match_triples(gold, pred)
        tp_strict += match_triples(gold, pred, strict=True)
    out = {"gold": gold_n, "predicted": pred_n, "matched": tp, "matched_strict": tp_strict}
    for prefix, hits in (("", tp), ("strict_", tp_strict)):
        p = hits / pred_n if pred_n else 0.0
        r = hits / gold_n if gold_n else 0.0
        out[prefix + "precision"] = p
        out[prefix + "recall"] = r
        out[prefix + "f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return out
