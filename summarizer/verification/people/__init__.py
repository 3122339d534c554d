"""Names read against tokens: people (:mod:`.names`: full names, surnames, titles,
first names that are words), the names of parties (:mod:`.party_names`: countries and groups by
name, people's word or capital), a person's title and role (:mod:`.person_rules`, the ``role``
and ``affiliation`` kinds), names put together from two people's.

Above :mod:`~summarizer.verification.page` (and ``context``); new code that tells whether a
name is in a sentence, and whose it is, goes here.
"""
