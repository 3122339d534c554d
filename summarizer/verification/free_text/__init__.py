"""Free text held to the article (:mod:`.mentions`): every number and proper name
of a summary or a key point must occur in the article; dates, numbers, names and piece kinds
in free text.

The top sub-package; only ``grounding`` reads it, and ``rules`` reads
:mod:`.described_speakers` (with :mod:`.age_credits` and :mod:`.relation_credits`): a quote's
speaker credited by a description, which reads both the quote readers and the stand-in reader
of ``sides``, so it sits above both (session 35).
"""
