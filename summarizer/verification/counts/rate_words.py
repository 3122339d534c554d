"""What a percent near a tariff word is when it is not the measure's rate, and the new rate of
a rise told with the goods' amount between the tariff word and the rates (check 38):

- a change or level of something else: "Shares of Halden Motors dropped 6 percent after ...
  a 45 percent surtax", "Exports slumped 14 percent", "Unemployment stands at 11 percent":
  the verb's subject holds no tariff word (:func:`other_mover`);
- a share: "62 percent of voters back the 40% surtax" (:func:`share_of`);
- the new rate of "raise tariffs on 45 billion euros of farm goods from 15 percent to 30
  percent": the tariff word heads the rise however many words the goods take
  (:func:`raised_rate`).

Read only for a percent of the value asked, so the cost is a few token looks per mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .changed_rates import changed_from
from .count_shares import changed_by
from .pending_rates import foreseen_target
from .rate_reach import governed_change, own_object
from .rate_shapes import range_start
from .relative_rates import relative_rate

_MOVES = word_set(
    """fell fall falls dropped drop drops slumped slump slumps rose rise rises climbed gained
    gains lost loses shrank shrunk declined decreased increased jumped plunged plummeted
    soared surged tumbled sank slid grew edged stands stood reached hit eased grows grow went
    moved fallen risen jumps"""
)
_LINKS = word_set("by at to about around nearly almost some roughly")
_STOPS = word_set("after as while when because since before though although and but whose")
_PRONOUNS = word_set("it they this that which these those")
_AUX = word_set("will would could may might has have had is was were be been also")
_RATE_OF = word_set("value price cost invoice customs declared")


def _gap(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether a comma or semicolon stands right before ``tokens[index]``."""
    if index <= 0:
        return True
    between = text[tokens[index - 1].end : tokens[index].start]
    return "," in between or ";" in between


def other_mover(
    tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int], text: str
) -> bool:
    """Whether the percent is what a verb of change or level ("dropped 6 percent", "stands
    at 11 percent", "margins fell from 15 percent to 7 percent": the verb before the change's
    "from", session 18) says of a subject with no tariff word: the subject runs back from the
    verb to the sentence's start, a comma, a subordinating word or "whose"."""
    if changed_from(tokens, mention.first, text) is not None:
        return False  # "a 5% tariff on aluminium, since increased to 12%" (changed_rates)
    changed = _before_change(tokens, mention)
    index = changed - 1
    while index >= 0 and tokens[index].norm in _LINKS and mention.first - index <= 2:
        index -= 1
    if index < 0 or tokens[index].norm not in _MOVES:
        return False
    verb = index
    index -= 1
    while index >= 0 and tokens[index].norm in _AUX:
        index -= 1
    if index < 0 or tokens[index].norm in _PRONOUNS:
        return False  # "It rose to 25 percent": the pronoun may stand for the tariff
    start = index
    while start > 0 and not _gap(tokens, start, text) and tokens[start - 1].norm not in _STOPS:
        start -= 1
    if tokens[start].norm in _PRONOUNS:
        return False  # "while that on wheat rose to 150 percent": "that" is the tariff
    if changed != mention.first and any(t.norm in ("rate", "rates") for t in tokens[start:verb]):
        return False  # "the rate on syringes will rise from 0 percent to 50 percent"
    return not any(start <= cue < verb for cue in cues)


def _before_change(tokens: Sequence[Token], mention: NumberMention) -> int:
    """Where the "from X percent to" before ``mention`` starts, else ``mention.first``."""
    index = mention.first - 1
    if index < 3 or tokens[index].norm != "to":
        return mention.first
    index -= 1
    while index > 1 and tokens[index].norm in _UNIT_WORDS:
        index -= 1
    if not tokens[index].is_number or tokens[index - 1].norm != "from":
        return mention.first
    return index - 1


_UNIT_WORDS = word_set("percent per cent pct %")


def share_of(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "62 percent of voters": a share of a group, not a rate (a share "of the value" or "of
    the price" is a rate's wording, kept)."""
    if mention.after != "of":
        return False
    index = mention.last + 1
    while index < len(tokens) and tokens[index].norm != "of":
        index += 1
    index += 1
    while index < len(tokens) and tokens[index].norm in {"the", "all", "its", "their"}:
        index += 1
    if index >= len(tokens) or tokens[index].is_number:
        return False
    return tokens[index].norm not in _RATE_OF


def raised_rate(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    cues: Sequence[int], text: str,
) -> bool:  # fmt: skip
    """Whether the percent is the new rate of "from X percent to Y percent" whose "from"
    follows a tariff word in the same clause (no comma or semicolon between), with at most
    12 words between: the goods and their amount ("on 45 billion euros of farm goods"); or
    the rate a rate near a tariff word was changed to ("a 20 percent duty on wine, later cut
    to 10 percent", :mod:`summarizer.verification.counts.changed_rates`)."""
    if relative_rate(tokens, mention, mentions, cues, text):
        return True  # "the duties on steel, which Trump doubled to 50 per cent" (relative_rates)
    earlier = changed_from(tokens, mention.first, text)
    if earlier is not None and any(-3 <= earlier - cue <= 12 for cue in cues):
        return True
    if mention.first < 3 or tokens[mention.first - 1].norm != "to":
        return False
    old = next((m for m in mentions if 0 < mention.first - 1 - m.last <= 3), None)  # per cent
    start = range_start(tokens, old, mentions) if old is not None else -1
    if start < 0 or tokens[start].norm != "from":  # "from 0-7.5 percent" (rate_shapes.py)
        return False
    return any(
        cue < start
        and start - cue <= 12
        and not any(_gap(tokens, i, text) for i in range(cue + 1, start + 1))
        and not own_object(tokens, cue, start)
        for cue in cues
    ) or any(governed_change(tokens, cue, start, mentions, text) for cue in cues)  # rate_reach


#: Verbs whose "by N%" is the size of a change, not a level (session 32, accepts32).
_CHANGING = word_set(
    """rise rises rose risen rising climb climbs climbed climbing increase increases increased
    increasing grow grows grew grown growing jump jumps jumped raise raises raised raising
    hike hikes hiked lift lifts lifted up goes went gone go boost boosts boosted boosting
    cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing slash
    slashes slashed slashing fall falls fell fallen falling drop drops dropped dropping"""
)
#: Words after a percent that make it how much more something costs ("cost 25% more", "pay
#: 9% extra").
_MORE = word_set("more higher dearer costlier extra")
#: Nouns after a percent that make it a change's size ("a 25% increase in duties to 50%").
_CHANGE_NOUNS = word_set("increase increases rise rises hike hikes jump")
#: A measure's nouns right after a percent: the percent is their rate ("lifted 25% tariffs").
_RATE_HEADS = word_set(
    "tariff tariffs duty duties levy levies surtax surtaxes surcharge surcharges"
)
#: Words between a verb of change and its size ("went up a further 10%", "hiked another 8%").
_FURTHER = word_set("further another extra additional up")


def change_size(tokens: Sequence[Token], mention: NumberMention, text: str) -> str:
    """What the percent is when its wording is a change's, not a rate's: "the surcharge rises
    by 25%" (how much the surcharge grows: its rate may be 5% or 40% after it), "goods will
    cost 25% more", "buyers pay 12 per cent more" (a price's rise, whatever tariff causes it);
    else "". Also without "by" (review rvac32): "jumped 40%", "went up a further 10%", "9%
    extra", "a 25% increase in duties to 50%". A rate's own wording is kept: "raises the
    tariff to 25%", "a 25% tariff", "lifted 25% tariffs", "a 10% extra duty", a comparison
    after a comma ("tariffs of 25%, more than twice the cap"), and a change followed by its
    new level ("rose by 10 points to 25%", where 25 is read). Review rvac33: "by" after the
    raised measure ("raised its tariff on steel by another 10%", "raised the duty on rice by
    12 per cent"), verbs of a fall or a cut ("lowered its tariff another 3 per cent"), and an
    increment before a new level no other rule reads ("an extra 4 per cent, to 19 per cent")."""
    after = mention.last + 1
    while after < len(tokens) and (tokens[after].norm in _UNIT_WORDS or tokens[after].text == "%"):
        after += 1  # "25 per cent more"
    if after < len(tokens) and not _gap(tokens, after, text):
        head = tokens[after + 1].norm if after + 1 < len(tokens) else ""
        if tokens[after].norm in _MORE and head not in _RATE_HEADS:
            return "how much more something costs, not a rate"  # not "a 10% extra duty",
            # nor "tariffs of 25%, more than twice the cap" (a comma before it)
        if tokens[after].norm in _CHANGE_NOUNS:
            return "the size of a change, not a rate"
        if tokens[after].norm in _RATE_HEADS:
            return ""  # "lifted 25% tariffs": the percent is the tariffs' own rate
    at = mention.first - 1
    while at > 0 and (
        tokens[at].norm in _FURTHER
        or (tokens[at].norm in ("a", "an") and tokens[at + 1].norm in _FURTHER)
    ):
        at -= 1  # "went up a further 10%", "hiked another 8%" (review rvac32)
    if at < 0:
        return ""
    if _verb_of_change(tokens, at):
        verb = at  # "climbed 25%", "went up 6 percent": the size right after its verb
    elif _added(tokens, at, mention.first) and _object_after_verb(tokens, at, text):
        verb = at  # "hiked its levy on Oakridge sugar another 8 per cent" (accepts33)
    elif at < 1 or tokens[at].norm != "by":
        return ""  # (only increment words stand between "by" and the number: "by another")
    else:
        verb = at - 1
        if tokens[verb].norm in ("only", "just", "nearly", "almost", "about", "some"):
            verb -= 1  # "rises by about 25%" is read on the number; "went up only by" here
        if verb < 0 or (
            tokens[verb].norm not in _CHANGING and not _object_after_verb(tokens, verb, text)
        ):
            return ""  # "raised its tariff on steel by another 10%": the object between (rvac33)
    level_after = any(
        t.norm == "to" and i + 1 < len(tokens) for i, t in enumerate(tokens[after : after + 4])
    )
    if level_after and (changed_by(tokens, mention) or tokens[mention.first - 1].norm == "by"):
        return ""  # "rose by 25% to 40%": the size of the change; change_amount reads it
    # else "raised the duty on cement an extra 4 per cent, to 19 per cent": no other rule
    # reads that size (review rvac33), so it is told here
    return "the size of a change, not a rate"


_INCREMENTS = word_set("further another extra additional")
# Words before a word of change that make it an adjective: "a lower 10 per cent rate on
# energy", "the reduced 5% duty" (a rate's own wording; review rvac33).
_DETERMINERS = word_set("a an the its their his her this that these those")


def _verb_of_change(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a verb of change, not an adjective after a determiner."""
    if tokens[index].norm not in _CHANGING:
        return False
    return index == 0 or tokens[index - 1].norm not in _DETERMINERS


_OBJECT_MOST = 7  # "its levy on Oakridge sugar": the measure between the verb and its size
_OBJECT_STOPS = word_set("to from by at of")


def _added(tokens: Sequence[Token], at: int, first: int) -> bool:
    """Whether a word of an increment ("another", "a further") stands between ``at`` and
    the percent at ``first``."""
    return any(t.norm in _INCREMENTS for t in tokens[at + 1 : first])


def _object_after_verb(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether a verb of change stands a few words before ``tokens[at]`` with only its object
    between (no comma, no "to", "from", "by", "at" or "of" of a level or a rate): "hiked its
    levy on Oakridge sugar another 8 per cent" tells the rise's size, not the levy's rate."""
    for index in range(at, max(at - _OBJECT_MOST, -1), -1):
        if tokens[index].norm in _OBJECT_STOPS or (index < at and _gap(tokens, index + 1, text)):
            return False
        if index < at and _verb_of_change(tokens, index) and tokens[index].norm != "up":
            return True
    return False


def unread_rate(tokens: Sequence[Token], mention: NumberMention, fact: object, text: str) -> str:
    """What a percent beside a tariff word is when its words are there but not as the rate
    now: a rate still to come ("will rise to 25%", :mod:`.pending_rates`) or a change's size
    (:func:`change_size`). Neither states another rate, so the refusal is unconfirmed."""
    return foreseen_target(tokens, mention, fact) or change_size(tokens, mention, text)
