"""Every free-text reading of one piece of prose (a summary, a key point, a name field held to
the article), in one call: the grounding walk reads each distinct piece once per article and
wraps that one call in its safety net (``rule_failures``)."""

from __future__ import annotations

from .free_dates import PageDates, month_written, unstated_dates
from .mentions import ArticleVocabulary, unstated
from .schema_labels import schema_labels


def piece_problems(
    piece: str, vocabulary: ArticleVocabulary, page_dates: PageDates
) -> list[tuple[str, str]]:
    """(what, why) for each name, number, date or schema label of ``piece`` the page never
    states."""
    problems = [
        problem
        for problem in unstated(piece, vocabulary)
        if not month_written(problem[0], vocabulary)
    ]  # "March" for the article's "Mar. 19" (free_dates)
    problems += unstated_dates(piece, page_dates, vocabulary)  # free_dates
    problems += schema_labels(piece, vocabulary)  # "on_hold" (schema_labels)
    return problems
