"""telex's pipeline stages, each a spaCy component registered as a factory named ``telex_<stage>``.

(spaCy forbids dots in factory names, so DESIGN.md's ``telex.quotes.v1`` becomes ``telex_quotes``;
a breaking change to a stage gets a new factory name, ``telex_quotes_v2``.)
Importing this package registers them, so ``nlp.add_pipe("telex_furniture")`` works
in any spaCy pipeline. Each stage declares what it requires and assigns; the pipeline
checks the order when it is built (:func:`telex.pipeline.build`).
"""

from telex.stages import actors, amounts, events, furniture, paragraphs, places, quotes, time  # noqa: F401  (registers the factories)

#: Runs first, before the parser: line breaks end sentences.
BEFORE_PARSER = ["telex_paragraphs"]

#: telex's own stages, in pipeline order.
STAGES = ["telex_furniture", "telex_time", "telex_actors", "telex_quotes", "telex_places", "telex_amounts", "telex_events"]
