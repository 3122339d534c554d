"""Numbers as an article states them (:mod:`.numbers`: digits and words, the
qualifier and the unit), in the European style, spoken decimals, fractions, collective words;
and what a number counts (:mod:`.count_wholes`).

Above ``sentences``; whether a number is the fact's count or rate is ``counts``' business.
"""
