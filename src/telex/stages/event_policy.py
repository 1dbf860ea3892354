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


#: Roots whose verb states an act whose content another predicate of the same words may code more
#: precisely: an appeal, a demand, a refusal, a threat ("threatened to hold protests": 130 and 133; "refused to
#: release the prisoners": 120 and 1243). Other roots'
#: general codes name acts of their own ("visited the family and spoke to Blake": 042 and 040; "agreed on
#: borders and allowed deployments": 030 and 035), which a nearby specific code does not restate
#: (Wikinews audit: 2 of 2 such removals wrong, 2 of 2 removals in these roots right).
CONTENT_ROOTS = ("02", "10", "12", "13")


def _overlap(a: Event, b: Event) -> bool:
    return a.evidence.span[0] < b.evidence.span[1] and b.evidence.span[0] < a.evidence.span[1]


def _narrows(general: str, specific: str) -> bool:
    """Whether CAMEO code ``specific`` is a case of ``general``: its sub-code ("138" -> "1384"), or
    any code of the root whose general code ``general`` is ("130" -> "133")."""
    if specific == general or len(specific) < len(general):
        return False
    if specific.startswith(general):
        return True
    return general.endswith("0") and len(general) == 3 and specific[:2] == general[:2]


def restated(event: Event, others: list[Event]) -> bool:
    """Whether ``event`` says less of what another event of its words says more precisely, by the same
    party and at the same country (or at no one named): "threatened to hold protests" is the threat
    (130) and, from what is threatened, a threat of protest (133); the general code adds nothing."""
    if not event.cameo or not event.cameo.startswith(CONTENT_ROOTS):
        return False
    for other in others:
        if other is event or other.negated or other.evidence.sentence != event.evidence.sentence:
            continue
        if not _narrows(event.cameo, other.cameo or "") or _party(other) != _party(event) or not _overlap(event, other):
            continue
        if event.target_code is None or _country(other.target_code) == _country(event.target_code):
            return True
    return False


def untargeted_twin(event: Event, others: list[Event]) -> bool:
    """Whether ``event`` has no target and another event of its words, by the same party and of the same code,
    has one: "called on village councils, church leaders and mayors to help" is an appeal to those of them that
    are actors, not also to no one for the councils that are none (Wikinews audit: 3 of 3 such events)."""
    if event.target or event.target_code:
        return False
    return any(other is not event and (other.target or other.target_code) and other.cameo == event.cameo
               and other.evidence.sentence == event.evidence.sentence and _party(other) == _party(event)
               and other.modality == event.modality and _overlap(event, other) for other in others)


def prune(events: list[Event]) -> list[Event]:
    """``events`` less those that restate another event of their sentence (see the module's doc)."""
    return [e for e in events if not subsumed(e, events) and not restated(e, events) and not untargeted_twin(e, events)]
