"""Numbers as an article states them (:mod:`.numbers`: digits and words, the
qualifier and the unit), in the European style, spoken decimals, fractions, collective words;
what a number counts (:mod:`.count_wholes`) and whether its clause frames it as no count
stated now: a hope, a former value, another time's, a question (:mod:`.count_frames`;
the same frames written as phrases: :mod:`.frame_phrases`).

Above ``sentences``; whether a number is the fact's count or rate is ``counts``' business.
"""
