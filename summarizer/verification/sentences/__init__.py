"""Who does what in a sentence, whatever the field: speech verbs
(:mod:`.speech`), a clause's subject (:mod:`.subjects`), the clauses around a quotation
(:mod:`.clauses`), runs of names and titles, whom "he" or "she" points back to
(:mod:`.antecedents`, :mod:`.genders`; on a page about one person, :mod:`.subject_pronouns`),
the units that may each tell an occasion of their own (:mod:`.occasion_units`).

Above ``people``; a sentence reading that several kinds share goes here, one that serves one
kind goes beside that kind.
"""
