"""Measuring how right the summaries are: gold labels, field matchers, scoring, the nightly
gate, history, and the reports.

Where new code goes:
- a new metric: computed in :mod:`.scoring.aggregate` from the per-field outcomes, a field on
  the records of :mod:`.scoring.records`, shown by the rows of :mod:`.report.tables`;
- a new way two values can match: a rule in :mod:`.matchers.scalar` (or :mod:`.matchers.lists`
  for lists), named by a comparator in :mod:`summarizer.comparators`;
- a new kind of decisive difference: its words in :mod:`.decisive.lexicon`, read in
  :mod:`.decisive.reading`, decided in :mod:`.decisive.verdict`;
- a new report format: a module in :mod:`.report` that lays out :mod:`.report.tables`' rows;
- a number word, month, weekday or stop word: :mod:`summarizer.text.vocabulary`, shared with
  grounding.
"""
