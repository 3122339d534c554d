"""The ``status`` kind (:mod:`.statuses`, :mod:`.status_support`): whether the
evidence states a truce's, a measure's or a meeting's status, a later state, a denial, a plan
undone, and the cue readings in their clauses.

Above ``places``; a new reason a status is or is not stated goes here.
"""
