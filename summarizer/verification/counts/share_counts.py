"""A count's number that its evidence states only as another share (outside check 51), for
the count rule (:func:`summarizer.verification.counts.number_rules.support_count`).

Several shares in one sentence stand by the same words ("Voters rejected the abolition by 51.7
per cent to 48.3 per cent", "passed with 62.07 per cent in favour, on a turnout of 60.52 per
cent"), so standing near the count's words does not make a number the count's. A number is
refused when every place that states it in the evidence is:

- the other share of a pair of shares, by its side or its owner
  (:func:`summarizer.verification.counts.share_scores.share_clash`: "by 51.7 per cent to 48.3 per
  cent" under "rejected", "to Labor's 49.96 per cent");
- a share its own words do not name while the count's words name another share of the
  sentence (:func:`summarizer.verification.counts.count_shares.linked_share`: "62.07 per cent in
  favour, on a turnout of 60.52 per cent" gives 60.52 as the turnout, 62.07 as no turnout).

- the size of a change ("The Coalition's primary vote fell 5.7 per cent to 31.8 per cent"),
  for a share that is no change itself (a swing or a rise is);
- for a count that is no share, a share of a pair, which a score's reading would otherwise
  give to its side ("passed 55 per cent to 45 per cent" is no 55 votes in favour).

Each refusal is unsupported: the page states the number, as another share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..context import Context, Result
from ..figures.numbers import NumberMention
from ..page.article import ArticleText
from ..page.tokens import Token
from .amounts import cue_word
from .change_shares import other_change, other_measure, own_change
from .count_shares import CHANGE_WORDS, SHARES, changed_by, linked_share
from .count_stems import count_rule
from .share_scores import share_clash, share_pair


def _named_elsewhere(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    cues: Sequence[int],
) -> bool:  # fmt: skip
    """For a share, a number in percent its words do not name while they name another one
    ("62.07 per cent in favour, on a turnout of 60.52 per cent": 62.07 is no turnout)."""
    if mention.unit != "percent" or linked_share(tokens, mention, cues):
        return False
    return any(
        other is not mention and other.unit == "percent" and linked_share(tokens, other, cues)
        for other in mentions
    )


def other_share(
    value: Any, what: str, ctx: Context,
    numbers_of: Callable[[ArticleText, int], list[NumberMention]],
) -> Result | None:  # fmt: skip
    """A refusal when every place the evidence states a count's number is the other share of
    a pair (see the module); None otherwise (the other readings decide)."""
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    rule = count_rule(what, value)
    stems = rule.cues if rule is not None and rule.unit in SHARES else ()
    percents = bool(stems) or (rule is not None and rule.cues[:1] == ("percent",))
    changing = any(word.startswith(CHANGE_WORDS) for word in what.lower().split())
    refused, free, text = "", False, ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = numbers_of(ctx.article, index)
        cues = [i for i, token in enumerate(tokens) if stems and cue_word(token.norm, stems)]
        for mention in mentions:
            if abs(mention.value - float(raw)) > 1e-9:
                continue
            clash = share_clash(tokens, mention, mentions, text, what)
            clash = clash or (other_change(tokens, mention, mentions, what) if stems else "")
            clash = clash or (other_measure(tokens, mention, what) if stems else "")  # rvct33
            moved = bool(stems) and own_change(tokens, mention, mentions, what)  # "jumped 25%"
            if (
                not clash
                and cues
                and not moved
                and _named_elsewhere(tokens, mention, mentions, cues)
            ):
                clash = f"{mention.value:g}% is another share than the {what}"
            if not clash and stems and not changing and changed_by(tokens, mention):
                clash = f"{mention.value:g} is the size of a change, not the {what}"
            paired = mention.unit == "percent" and share_pair(tokens, mention, mentions, text)
            if not clash and not percents and paired:  # "passed 55 per cent to 45 per cent"
                clash = f"{mention.value:g}% is a share of the vote, not a count of {what}"
            if clash:
                refused = refused or clash
            else:
                free = True
    return (False, refused) if refused and not free else None


__all__ = ["other_share"]
