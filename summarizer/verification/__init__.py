"""The verification layer: is each extracted fact stated by the article, and does each value
follow from its own evidence, read the way a fact-checker reads it?

At the top, the walk: :mod:`.grounding` walks a facts model and assembles the report;
:mod:`.rules` holds one function per evidence-scoped support kind and the ``RULES`` registry (a
field declares its kind next to itself, ``Supported(...)`` in :mod:`summarizer.comparators`; a
new kind is a new function and a new entry in ``RULES``; a kind whose rule may give no verdict
is in grounding's ``OPTIONAL_RULES``); :mod:`.context` is what a rule reads for one field of one
fact and what it answers (``unconfirmed``, ``no_evidence``); :mod:`.reader_trust` decides
whether a second reader's answer (a model's, asked by :mod:`summarizer.llm.second_reader`)
may clear a flag, by the same locator and name readings and by the rules reading the value
again with the model's passage as its evidence.

Below it, sub-packages that name the layers, bottom to top; a module imports only from its own
sub-package (relatively, ``from .x import``) and lower ones (``from ..page.tokens import``);
``tests/test_layout.py`` holds the order:

- :mod:`.page`: tokens, the article's structure, finding an evidence passage (:mod:`.context`
  sits right above it);
- :mod:`.people`: names of people and parties, titles, a person's role;
- :mod:`.sentences`: speech verbs, subjects, clauses, whom a pronoun points back to;
- :mod:`.figures`: numbers as the page writes them;
- :mod:`.occasions`: which occasion a clause, a day or a place belongs to;
- :mod:`.bylines`: page metadata and the article-wide kinds (byline, outlet, date, headline);
- :mod:`.days`: a fact's day;
- :mod:`.events`: meetings, truces and measures, their kinds and the wordings of their states;
- :mod:`.quotes`: a quotation's speaker;
- :mod:`.acts`: who acts (actors, makers, sponsors, proposers);
- :mod:`.counts`: the number kinds (counts, rates, scores, votes, lengths);
- :mod:`.places`: a meeting's or an event's place;
- :mod:`.status`: the status kind;
- :mod:`.sides`: the party, actor, proposer and announcer kinds;
- :mod:`.free_text`: the summary and key points held to the article.

Where new code goes: a rule from an outside check's cause is a module of its own in the
sub-package of the value it reads (a new reason a count is not the fact's goes in
:mod:`.counts`, a new attribution shape in :mod:`.quotes`); a reader several kinds share goes
as low as its imports allow. Each sub-package's docstring says what it holds. If a new module
needs a higher sub-package than its own, it belongs higher; never at the flat place.
"""
