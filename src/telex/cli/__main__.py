"""``python -m telex.cli``: the same as the ``telex`` command."""

from telex.cli import main

main()
