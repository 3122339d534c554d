"""Free text held to the article (:mod:`.mentions`): every number and proper name
of a summary or a key point must occur in the article; dates, numbers, names and piece kinds
in free text.

The top sub-package; only ``grounding`` reads it.
"""
