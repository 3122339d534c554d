"""The ``party`` kind and its relatives (:mod:`.parties`, :mod:`.event_actors`,
:mod:`.proposer_support`, :mod:`.announcers`, :mod:`.author_wordings`): a summit's parties, a
stance's party, an event's actor, a truce's proposer and announcer, a measure's sponsor, and
the roles beside the sides (:mod:`.side_roles`).

Above ``status``; the top sub-package but one.
"""
