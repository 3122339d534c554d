"""Page metadata and the article-wide kinds (:mod:`.metadata`: a name mentioned,
the byline, the outlet, the date, the headline): credit lines, mastheads, date lines, outlets
named by the page, news sources that are no party, correction notes.

Above ``occasions``; a new way a page credits its writers or its outlet goes here.
"""
