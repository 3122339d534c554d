"""Who acts: is a named person or party the one acting in a cue word
(:mod:`.actors`), a measure's makers and sponsors, a truce's or plan's proposers
(:mod:`.proposers`), roles at a summit, agreement worded through another's verb.

Above ``quotes`` (an actor may be the speaker of a quote); the verdicts of the actor and
proposer kinds are in ``sides``.
"""
