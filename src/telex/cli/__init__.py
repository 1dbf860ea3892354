"""telex's command line. Thin: it parses arguments and calls the functions the Python API exposes.

One module a command group: ``extract`` (extract, schema, version), ``evaluate`` (eval), ``actors``
(actors import/lookup/list) and ``store`` (ingest, query, export, stats, errors). Each registers its
commands on the one Typer ``app`` in ``common`` when imported here.
"""

# Imported in the order their commands are listed by `telex --help`.
from telex.cli import extract, evaluate, actors, store  # noqa: F401, I001  (registers the commands)
from telex.cli.common import EXIT_CONFIG, EXIT_OK, EXIT_SOME_FAILED, app

__all__ = ["app", "main", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_CONFIG"]


def main() -> None:
    app()
