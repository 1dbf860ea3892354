"""telex: political event data from news text.

    >>> import telex
    >>> analysis = telex.extract(open("article.txt").read(), published="2022-05-13")   # doctest: +SKIP
    >>> for article in telex.read("corpus.jsonl"):                                     # doctest: +SKIP
    ...     print(article.title)
"""

from telex.ingest import read
from telex.pipeline import extract, extract_many
from telex.records import Analysis, Article, Failure

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "read", "Analysis", "Article", "Failure", "__version__"]
