"""The verification layer: is each extracted fact stated by the article, and does each value
follow from its own evidence, read the way a fact-checker reads it?

Where new code goes:
- :mod:`.page.tokens` makes word tokens with offsets; :mod:`.page.article` reads an article's
  structure once (paragraphs, sentences, quoted regions, tokens per sentence); every rule works on
  it, never on raw strings.
- :mod:`.page.locator` finds an evidence passage in the article on token boundaries, with bounded
  ellipsis splices.
- :mod:`.figures.numbers` reads numbers (digits and words) with their qualifier and unit.
- :mod:`.people.names` matches people, descriptions, places and titles against tokens.
- :mod:`.rules` holds one function per evidence-scoped support kind and the ``RULES`` registry;
  :mod:`.bylines.metadata` the article-wide kinds (mention, byline, outlet, date, headline); both
  read a :class:`.context.Context`. A field declares its kind next to itself (``Supported(...)`` in
  :mod:`summarizer.comparators`); a new kind is a new function and a new entry in ``RULES``. A kind
  whose rule may give no verdict (``None``) is in grounding's ``OPTIONAL_RULES`` (``format``:
  :mod:`.events.meeting_media`, which judges only a format that names a medium).
- :mod:`.free_text.mentions` checks free text (summary, key points) and article metadata.
:mod:`.grounding` walks a facts model and assembles the report from these parts.
"""
