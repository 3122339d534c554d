"""A meeting's or an event's place (:mod:`.sites`, :mod:`.talk_places`,
:mod:`.place_clauses`): places a sentence names in another role (:mod:`.replaced_places`),
venues proposed, moved or only visited, datelines, launch sites; which clause an event's date
or place belongs to (:mod:`.clause_owners`).

Above ``counts``; a new role a place may have in a sentence goes here.
"""
