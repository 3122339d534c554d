"""Refusing something other than the proposal is no rejection of it (check 44).

"The government accepted the proposal as well but refused to issue a formal statement" holds
a refusal word, but what is refused is a statement, not the truce: a ``rejects`` stance rests
on nothing there. The shape: every refusing word of the evidence is "refused to", "declined
to", "would not", "will not" or "won't" followed by a verb of speaking or making public
(comment, confirm, say, elaborate, disclose, reveal, answer, respond, specify, speak,
divulge, explain, name, identify, be drawn, be named, go into detail, make public, offer
details; or issue, give, publish, release, announce, discuss, provide with a word of speech as
their object: "a statement", "details", "figures"), and no other
refusal ("rejected", "turned down", "opposed", "not accept") is there. Then ``rejects`` is
unsupported when the sentence also accepts ("accepted", "agreed", "signed", "endorsed"), and
unconfirmed when it does not (a silence is not an answer either way).
"""

from __future__ import annotations

import re

from ..context import Context, Result, unconfirmed

_CUES = ("refus", "declin", "would not", "will not", "won't", "wouldn't")
_ANY_REFUSAL = re.compile(
    r"\b(?:refus\w*|reject\w*|rebuff\w*|spurn\w*|balk\w*|vot\w*\s+against|oppos\w*|"
    r"dismiss\w*|declin\w*|turn\w*\s+down|won't|wouldn't|will\s+not|would\s+not|"
    r"not\s+(?:accept|agree|sign))",
    re.IGNORECASE,
)
# Verbs that take a thing as well as words ("release the hostages", "give up its weapons",
# "discuss the proposal") are silent only with a word of speech as their object (session 20
# review): "refused to issue a formal statement", "declined to give details".
_SPEECH_NOUNS = (
    r"(?:statement|comments?|details?|information|figures|names?|reasons?|response|answers?"
    r"|interviews?|timetable|timeline|briefing|breakdown|data)"
)
_SPEECH_OBJECTS = rf"(?:\s+(?!{_SPEECH_NOUNS})\w+){{0,3}}\s+{_SPEECH_NOUNS}\b"
_SILENT = re.compile(
    r"\b(?:refus\w*|declin\w*|won't|wouldn't|will\s+not|would\s+not)\s+(?:to\s+)?"
    r"(?:(?:comment|confirm|say|elaborate|disclose|reveal|answer|respond|specify|speak|name|identify"
    r"|divulge|explain|be\s+(?:drawn|named|identified|quoted)|go\s+into"
    r"|make\s+(?:public|a\s+statement|any)|offer\s+(?:details|comment))\b"
    r"|(?:issue|give|publish|release|announce|discuss|detail|provide)" + _SPEECH_OBJECTS + r")",
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
