"""A side that accepted something keeps that stance when a contrast clause refuses (check 43).

"Hamas accepted the first phase, while it has so far refused to commit to disarming" and
"Slovakia signed the text, whereas Hungary's ministers voted against it" both hold a refusal,
but the side named as the subject of the main clause accepted: the refusal is another term's
(the same side, on something else) or another side's. So a refusing stance (``rejects``) is
unsupported for a party that is the subject of an accepting verb in a clause of its own when
every refusing word of the sentence stands in a clause parted from it by a contrast ("while",
"whereas", "but", "although", "though", "even as", "yet", a semicolon). A refusal in the
party's own clause ("X accepted the first phase but rejected the truce") or naming the truce
itself in the contrast clause of the same party leaves two readings: unconfirmed.
"""

from __future__ import annotations

import re

from ..context import Context, Result, unconfirmed

_ACCEPT = re.compile(
    r"^\W{0,3}(?:(?:has|have|had|formally|quickly|already|finally|also|on\s+\w+|reportedly"
    r"|itself|officially)\s+)*"
    r"(?:accepted|accepts|agreed\s+to|agrees\s+to|agreed|signed(?:\s+on\s+to|\s+up\s+to)?|"
    r"endorsed|approved|backed|embraced|welcomed|said\s+yes\s+to|consented\s+to|"
    r"signed\s+off\s+on|ratified|committed\s+to|accepting)\b",
    re.IGNORECASE,
)
_ACCEPT_CUES = ("accept", "agree", "sign", "endors", "approv", "back", "welcom", "ratif")
_CONTRAST = re.compile(
    r";|\b(?:while|whereas|but|although|though|even\s+as|yet|however)\b", re.IGNORECASE
)
_REFUSAL = re.compile(
    r"\b(?:refus\w*|reject\w*|rebuff\w*|spurn\w*|balk\w*|vot\w*\s+against|oppos\w*|"
    r"dismiss\w*|declin\w*|turn\w*\s+down|won't|will\s+not|would\s+not|not\s+(?:accept|agree|"
    r"sign))",
    re.IGNORECASE,
)
_TRUCE = re.compile(r"\b(?:ceasefire|cease-fire|truce|deal|plan|agreement|accord|proposal)\b", re.I)
_PRONOUN = re.compile(r"^\W*(?:it|they|he|she|the\s+(?:group|movement|government|side))\b", re.I)


def _forms(value: str) -> list[str]:
    words = [w for w in value.split() if w[:1].isupper()]
    return [value] + ([words[-1]] if len(words) > 1 else [])


def contrasted_refusal(party: str, ctx: Context) -> Result | None:
    """The refusal of a ``rejects`` stance for ``party`` when the evidence gives the party an
    acceptance and puts every refusal in a contrast clause; None when it does not."""
    if not party or not any(cue in ctx.article.lowered for cue in _ACCEPT_CUES):
        return None
    verdict: Result | None = None
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        sentence = ctx.article.text[start:end]
        for form in _forms(party):
            found = re.search(rf"(?<!\w){re.escape(form)}(?:['\u2019]s)?(?!\w)", sentence)
            if found is None or not _ACCEPT.match(sentence[found.end() :]):
                continue
            turn = _CONTRAST.search(sentence, found.end())
            if turn is None:
                return None  # the acceptance's clause runs to the end: its own refusal decides
            own = sentence[found.end() : turn.start()]
            if _REFUSAL.search(own):
                return None
            after = sentence[turn.end() :]
            if not _REFUSAL.search(after):
                return None
            if _PRONOUN.match(after) and _TRUCE.search(after):
                verdict = unconfirmed("the party accepted in one clause and refused in another")
                continue
            return False, f"its evidence has {party!r} accept; the refusal is another clause's"
    return verdict


__all__ = ["contrasted_refusal"]
