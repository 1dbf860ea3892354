"""Helpers for the store tests: a fake, model-free extractor whose output is a pure function of the text.

Articles are written so the fake can read them: three-letter upper-case country codes become actors
(the first two are the event's source and target), the first ISO date is the event date, and a line
"Share this article" is furniture. A text containing BROKEN fails, as a real extraction error would.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from telex.errors import ExtractionError
from telex.records import Actor, Analysis, DateValue, Event, Evidence, Excluded, Failure, Plover

HERE = Path(__file__).resolve().parent
_CODE = re.compile(r"\b[A-Z]{3}\b")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def fake_analysis(article) -> Analysis:
    text = article.text
    actors, seen = [], {}
    for m in _CODE.finditer(text):
        code = m.group()
        if code not in seen:
            seen[code] = f"a{len(seen) + 1}"
            actors.append(Actor(id=seen[code], name=f"Leader of {code}", kind="person", country=code,
                                sectors=["GOV"], mentions=[]))
        actors[int(seen[code][1:]) - 1].mentions.append((m.start(), m.end()))
    excluded = [Excluded(span=(m.start(), m.end()), text=m.group(), kind="furniture")
                for m in re.finditer(r"Share this article", text)]
    title_span = None
    if "\n\n" in text:
        title_span = (0, text.index("\n\n"))
    article = article.model_copy(update={"title_span": title_span})
    events = []
    if len(actors) >= 2:
        d = _DATE.search(text)
        events.append(Event(
            source="a1", target="a2", source_code=f"{actors[0].country}GOV", target_code=f"{actors[1].country}GOV",
            cameo="040", plover=Plover(type="CONSULT"), goldstein=1.0, quad_class=1,
            date=DateValue(value=d.group(), precision="day", text=d.group()) if d else None,
            evidence=Evidence(span=(0, min(len(text), 60)), sentence=0), confidence=0.9,
        ))
    return Analysis(article=article, actors=actors, events=events, excluded=excluded, sentences=[(0, len(text))])


def fake_extract_many(items, *, settings=None, batch_size=64):
    """Stands in for telex.pipeline.extract_many; TELEX_FAKE_DELAY slows it, TELEX_FAKE_PROGRESS logs it."""
    delay = float(os.environ.get("TELEX_FAKE_DELAY", "0"))
    log = os.environ.get("TELEX_FAKE_PROGRESS")
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        time.sleep(delay)
        if "BROKEN" in item.text:
            yield Failure.from_error(ExtractionError("extraction failed: fake"), origin=item.origin,
                                     input_id=item.input_id)
        else:
            yield fake_analysis(item)
        if log:
            with open(log, "a") as fh:
                fh.write("x\n")
