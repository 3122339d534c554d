"""Refusing something other than the proposal is no rejection of it (check 44).

"The government accepted the proposal as well but refused to issue a formal statement" holds
a refusal word, but what is refused is a statement, not the truce: a ``rejects`` stance rests
on nothing there. The shape: every refusing word of the evidence is "refused to", "declined
to", "would not", "will not" or "won't" followed by a verb of speaking or making public
(comment, confirm, say, issue, give, elaborate, disclose, reveal, name, answer, respond,
specify, speak, publish, release, announce, discuss, detail, identify, provide, divulge,
explain, be drawn, be named, go into detail, make public, offer details), and no other
refusal ("rejected", "turned down", "opposed", "not accept") is there. Then ``rejects`` is
unsupported when the sentence also accepts ("accepted", "agreed", "signed", "endorsed"), and
unconfirmed when it does not (a silence is not an answer either way).
"""

from __future__ import annotations

import re

from summarizer.verification.context import Context, Result, unconfirmed

_CUES = ("refus", "declin", "would not", "will not", "won't", "wouldn't")
_ANY_REFUSAL = re.compile(
    r"\b(?:refus\w*|reject\w*|rebuff\w*|spurn\w*|balk\w*|vot\w*\s+against|oppos\w*|"
    r"dismiss\w*|declin\w*|turn\w*\s+down|won't|wouldn't|will\s+not|would\s+not|"
    r"not\s+(?:accept|agree|sign))",
    re.IGNORECASE,
)
_SILENT = re.compile(
    r"\b(?:refus\w*|declin\w*|won't|wouldn't|will\s+not|would\s+not)\s+(?:to\s+)?"
    r"(?:comment|confirm|say|issue|give|elaborate|disclose|reveal|name|answer|respond|specify"
    r"|speak|publish|release|announce|discuss|detail|identify|provide|divulge|explain"
    r"|be\s+(?:drawn|named|identified|quoted)|go\s+into|make\s+(?:public|a\s+statement|any)"
    r"|offer\s+(?:details|comment))\b",
    re.IGNORECASE,
)
_ACCEPT = re.compile(
    r"\b(?:accepted|accepts|agreed|agrees|signed|endorsed|approved|backed|embraced|consented"
    r"|ratified|welcomed)\b",
    re.IGNORECASE,
)


def silent_refusal(ctx: Context) -> Result | None:
    """The refusal of a ``rejects`` stance whose every refusing word refuses only to speak;
    None when the evidence holds another refusal, or none."""
    if not any(cue in ctx.article.lowered for cue in _CUES):
        return None
    silent, accepted = False, False
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        sentence = ctx.article.text[start:end]
        quiet = {m.start() for m in _SILENT.finditer(sentence)}
        for refusal in _ANY_REFUSAL.finditer(sentence):
            if refusal.start() not in quiet:
                return None
            silent = True
        accepted = accepted or bool(_ACCEPT.search(sentence))
    if not silent:
        return None
    if accepted:
        return False, "its evidence refuses only to speak or publish, and accepts the proposal"
    return unconfirmed("its evidence refuses only to speak or publish, not the proposal")


__all__ = ["silent_refusal"]
