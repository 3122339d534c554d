"""The ``number`` kinds (:mod:`.number_rules`): whether a stated number is the
fact's count, rate, score, vote or length, and not another count, another occasion's tally or
another side's score (the ``count_*``, ``rate_*``, ``vote_*``, ``score_*`` modules).

Above ``acts``; a new reason a number is not the fact's goes here, read by
:mod:`.number_rules`.
"""
