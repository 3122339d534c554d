"""Attribution shapes read before the ordinary attribution rules of
:func:`summarizer.verification.quotes.speakers.support_speaker`: a verb of naming or quoting
(:mod:`summarizer.verification.quotes.naming_verbs`: 'X termed the plan "unworkable"', 'X quoted his
predecessor: "..."') and a bare title whose one holder the article names elsewhere
(:mod:`summarizer.verification.quotes.title_appositions`: 'The President of the Republic ...
declared that "..."') and a stance (:mod:`summarizer.verification.quotes.stance_leads`: 'X was of
the opinion that "..."') and a credit phrase (:mod:`summarizer.verification.quotes.voice_credits`:
'"...", in the committee's words') and a quote labelling another's remark
(:mod:`summarizer.verification.quotes.owned_quotes`: 'X criticised the "..." remarks made by Y') and
a speaker denied (:mod:`summarizer.verification.quotes.denied_quotes`: '"..." was not said by X but
by Y'). Each answers only when its shape leads into the quote."""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from .body_pronouns import it_refusal
from .business_nouns import titled_refusal
from .collective_speakers import group_refusal
from .colon_frames import colon_verdict
from .country_bodies import capital_refusal
from .denied_quotes import denied_verdict
from .expressed_quotes import for_view
from .joint_speakers import joint_refusal
from .naming_verbs import naming_verdict
from .owned_quotes import owner_verdict
from .possessed_speakers import possessed_refusal
from .stance_leads import stance_verdict
from .title_appositions import title_verdict
from .title_referents import title_refusal
from .voice_credits import voice_verdict


def shape_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """The first of the shapes' verdicts on ``value`` as the quote's speaker; None when no
    shape leads into the quote."""
    named = denied_verdict(article, spans, value)  # '"..." was not said by X' (denied_quotes)
    if named is None:  # 'the "..." plan proposed by Y' (owned_quotes.py)
        named = owner_verdict(article, spans, value)
    if named is None:
        named = naming_verdict(article, spans, value)
    if named is None:  # "X was of the opinion that "..."" (stance_leads.py)
        named = stance_verdict(article, spans, value)
    if named is None:  # "X was named by a title" (title_appositions.py)
        named = title_verdict(article, spans, value)
    if named is None:  # "China's vice premier said" is another's (title_referents.py)
        named = title_refusal(article, spans, value)
    if named is None:  # "For X, ..., Y "..."": X's view (expressed_quotes.py)
        named = for_view(article, spans, value)
    if named is None:  # "X's line was shorter: "..."" (colon_frames.py)
        named = colon_verdict(article, spans, value)
    if named is None:  # "the group said" for a person or a country (collective_speakers.py)
        named = group_refusal(article, spans, value)
    if named is None:  # "Union official X ... the firm said" (business_nouns.py)
        named = titled_refusal(article, spans, value)
    if named is None:  # "The companies said" is no one company's (joint_speakers.py)
        named = joint_refusal(article, spans, value)
    if named is None:  # "The union says ... It calls the offer "..."" (body_pronouns.py)
        named = it_refusal(article, spans, value)
    if named is None:  # "New Delhi rejected the charge as "..."" is not Pakistan's (country_bodies)
        named = capital_refusal(article, spans, value)
    if named is None:  # "Merz's spokesman was brief: "..."" (possessed_speakers.py)
        named = possessed_refusal(article, spans, value)
    return named if named is not None else voice_verdict(article, spans, value)


__all__ = ["shape_verdict"]
