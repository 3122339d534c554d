"""Measuring how right the summaries are: gold labels, field matchers, scoring, the nightly
gate, history, and the reports.

Where new code goes:
- a new metric: computed in :mod:`.scoring` from the per-field comparisons, shown by the
  report modules;
- a new way two values can match: a matcher in :mod:`.matchers`, named by a comparator in
  :mod:`summarizer.comparators`;
- a new report format: a module beside :mod:`.report`.
"""
