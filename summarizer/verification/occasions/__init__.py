"""Which occasion a part of a sentence belongs to: the pieces of a sentence a day's role is read
from (:mod:`.day_occasions`), another occasion's day or place (:mod:`.occasion_days`,
:mod:`.occasion_places`, :mod:`.recalled_occasions`), a value whose own clause tells another
occasion (:mod:`.other_occasions`, with the markers of :mod:`.occasion_markers` read from the
stretch of :mod:`.value_scopes`), a past time's possessive (:mod:`.past_owners`), a time that
dates a compared baseline (:mod:`.compared_times`), a sentence's words as a set
(:mod:`.sentence_words`), whether a sentence places a name at the meeting it tells of
(:mod:`.meeting_presence`), or puts a meeting's party away from it (:mod:`.offstage_parties`),
or names them only in a part over others' meeting (:mod:`.third_parties`).

Above ``figures``; read by ``days``, ``places``, ``counts`` and ``sides``.
"""
