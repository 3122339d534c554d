"""Running many articles: the engine (in-process or worker processes), run planning from CLI
options, progress on the terminal, and the per-result output formats and writer.

Where new code goes: a new output format for ``summarize`` is a renderer in :mod:`.formats`
plus its name in ``FORMATS``.
"""
