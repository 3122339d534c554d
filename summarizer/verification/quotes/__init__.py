"""Who the article says spoke a quotation (:mod:`.speakers`): attribution without a
speech verb next to it (:mod:`.attribution`, :mod:`.attribution_shapes`), epithets, titles and
pronouns read back to a name, papers and transcripts as speakers, a fact's person named by a
pronoun or a title (:mod:`.referred_parties`).

Above ``events``; a new attribution shape is a module here read by :mod:`.speakers`.
"""
