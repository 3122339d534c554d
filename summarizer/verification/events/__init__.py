"""Meetings, truces, laws and measures as events: their kinds
(:mod:`.truce_kinds`) and the wordings of their states (:mod:`.status_cues`,
:mod:`.status_calls` and the phrase lists beside them), a meeting's format
(:mod:`.meeting_media`).

Above ``days``; the status verdict that reads these wordings is in ``status``.
"""
