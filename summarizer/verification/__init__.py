"""The verification layer: is each extracted fact stated by the article, and does each value
follow from its own evidence, read the way a fact-checker reads it?

Where new code goes:
- :mod:`.article` reads an article's structure once (paragraphs, sentences, quoted regions,
  word tokens with offsets); every rule works on it, never on raw strings.
- :mod:`.locator` finds an evidence passage in the article on token boundaries, with bounded
  ellipsis splices.
- :mod:`.numbers` reads numbers (digits and words) with their qualifier and unit.
- :mod:`.names` matches people, descriptions, places and titles against tokens.
- :mod:`.rules` holds one function per support kind; a field declares its kind next to itself
  (``Supported(...)`` in :mod:`summarizer.comparators`). A new kind is a new function there and
  a new entry in ``RULES``.
- :mod:`.mentions` checks free text (summary, key points) and article metadata.
:mod:`.grounding` walks a facts model and assembles the report from these parts.
"""
