"""What a run keeps on disk: the result store (cache and logs), costs and prices, project
paths, and the redaction that keeps secrets out of all of them.

Imports only the data contract (``summarizer.results``, ``summarizer.errors``) and ``text``.
"""
