"""Which of the events found in a sentence to keep: one happening, one event.

A sentence often names one happening in two ways ("held talks with the president during a visit
to Beirut"). The events stage finds a predicate for each; the rules here, each from the CAMEO
codebook's own usage notes, keep the one CAMEO says to code and drop the redundant one. Events
that are different happenings (an offer made during the talks) are all kept.

    >>> from telex.records import Event, Evidence
    >>> talks = Event(source_code="USA", target_code="LBN", cameo="046", evidence=Evidence(span=(0, 9), sentence=0))
    >>> visit = Event(source_code="USA", target_code="LBN", cameo="042", evidence=Evidence(span=(10, 19), sentence=0))
    >>> [e.cameo for e in prune([talks, visit])]
    ['046']
"""

from __future__ import annotations

from telex.records import Event

#: Negotiation (046) and mediation (045) reported as having taken place "take precedence over
#: unspecified visits or meetings" (CAMEO 1.1b3, usage notes of 042, 043 and 044): the visit
#: during which talks were held, or the meeting at which they were, is the same happening.
PRECEDENT_CODES = ("045", "046")
SUBSUMED_CODES = ("040", "042", "043", "044")

#: Modalities of an event that took place (or is said to have): an intended or hypothetical
#: negotiation does not make a visit that happened redundant.
HAPPENED = frozenset({"asserted", "reported"})


def _party(event: Event) -> str | None:
    return event.source or event.source_code


def _country(code: str | None) -> str:
    return (code or "")[:3]


def subsumed(event: Event, others: list[Event]) -> bool:
    """Whether ``event`` is a visit or meeting whose negotiation, by the same party and with the
    same country (or with no one named), the sentence also reports as having taken place."""
    if not event.cameo or not event.cameo.startswith(SUBSUMED_CODES):
        return False
    for other in others:
        if other is event or other.evidence.sentence != event.evidence.sentence:
            continue
        if not (other.cameo or "").startswith(PRECEDENT_CODES) or other.modality not in HAPPENED or other.negated:
            continue
        if _party(other) != _party(event):
            continue
        if event.target_code is None or _country(other.target_code) == _country(event.target_code):
            return True
    return False


def prune(events: list[Event]) -> list[Event]:
    """``events`` less those that restate another event of their sentence (see the module's doc)."""
    return [e for e in events if not subsumed(e, events)]
