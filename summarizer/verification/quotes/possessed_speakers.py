"""A quote handed over by a frame whose subject is someone's agent: "Merz's spokesman was
brief: "..."", "Meloni's office was blunt: "..."", read for
:mod:`summarizer.verification.quotes.attribution_shapes` as a refusal of the owner.

With no verb of saying in the quote's sentence the other readings read the quote back to a
name, and the owner's name opens the sentence; but the one the frame gives the words is the
owner's agent, as "Merz's spokesman said" is the spokesman's (session 26's probes of the
colon frames). The reading: the words before the quote in its sentence have no verb of
saying, and the sentence's subject (after a leading chunk closed by a comma) is a
capitalised name with a possessive and then one of the agent nouns ("spokesman", "office",
"aides", "lawyer", "critics"), or a longer agent phrase ending before a verb of being
("chief of staff", "foreign minister", "government"); the value is that name (its last word
is the possessive's), unless the frame names the value apart ("Trump's son Eric").
A noun for what was said ("Aliyev's line was shorter:") or for a state ("Trump's tone was
defiant:") leaves the owner the speaker, and the reading is not asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot
from ..page.tokens import APOSTROPHE_ENDINGS, Token, name_key, word_set
from ..people.names import name_parts
from ..sentences.speech import SPEECH_VERBS

# Nouns for someone acting for the owner, or against: never the owner speaking.
_AGENTS = word_set(
    """spokesman spokeswoman spokesperson spokespeople office aide aides adviser advisers
    advisor advisors lawyer lawyers attorney attorneys deputy critics allies rivals wife
    husband son daughter brother sister camp campaign team staff envoy"""
)


def _subject_start(lead: Sequence[Token], text: str) -> int:
    """Where the sentence's subject starts: after a leading chunk closed by a comma."""
    for index in range(1, min(len(lead), 8)):
        if "," in text[lead[index - 1].end : lead[index].start]:
            return index if not lead[0].capitalised or lead[0].norm in _OPENERS else 0
    return 0


# Heads of a longer agent phrase ("chief of staff" ends in one, "foreign minister" is one).
_HEADS = word_set(
    """minister ministers secretary whip director government administration negotiator
    negotiators cabinet officials spokesmen"""
)
_BEING = word_set("was were is are had has seemed remained stayed sounded looked appeared")
_ENDS = word_set("to for with on at from in about over against after by")
_OPENERS = word_set("on in at after before during when while asked later earlier")


def _agent_head(lead: Sequence[Token], first: int) -> int | None:
    """The index of the agent noun a possessive's noun phrase turns on: its first word
    ("Merz's spokesman"), or the last of its lower-case words before a verb of being or a
    preposition ("Merz's chief of staff", "Putin's foreign minister"); None when neither is
    an agent ("Putin's reply to the minister": the phrase ends at "to")."""
    if first >= len(lead):
        return None
    if lead[first].norm in _AGENTS:
        return first
    last = None
    for index in range(first, min(first + 4, len(lead))):
        token = lead[index]
        if token.capitalised or token.norm in _BEING or token.norm in _ENDS:
            break
        last = index
    if last is not None and lead[last].norm in _AGENTS | _HEADS:
        return last
    return None


def _named_apart(lead: Sequence[Token], head: int, parts: Sequence[str], surname: str) -> bool:
    """Whether the frame names the value apart from the possessive: the agent's own name
    right after the noun is the value's first name ("Trump's son Eric", "Clinton's wife
    Hillary"), or the owner's surname stands again as a later subject ("Macron's office
    stayed silent, and then Macron was curt:")."""
    after = lead[head + 1] if head + 1 < len(lead) else None
    named = after is not None and after.capitalised and len(parts) > 1
    if named and after is not None and name_key(after.norm) == name_key(parts[0]):
        return True
    return any(
        token.capitalised and name_key(token.norm) == surname and not token.text.endswith("s")
        for token in lead[head + 1 :]
    )


def possessed_refusal(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """(False, why) when the quote's frame gives it to the value's agent (see the module's
    doc); None otherwise."""
    parts = name_parts(value)
    if not parts:
        return None
    surname = name_key(parts[-1])
    text = article.text
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        lead = lead_of(article, region, sentence)
        if not lead or any(t.norm in SPEECH_VERBS for t in lead):
            continue
        at = _subject_start(lead, text)
        for index in range(at, min(at + 4, len(lead) - 1)):
            token = lead[index]
            if not token.capitalised:
                break
            if token.text.endswith(APOSTROPHE_ENDINGS) or text[token.end : token.end + 1] in (
                "'",
                "\u2019",
            ):
                head = _agent_head(lead, index + 1)
                if head is None or name_key(token.norm) != surname:
                    break
                if _named_apart(lead, head, parts, surname):
                    break  # "Trump's son Eric was blunt:" for Eric Trump
                agent = lead[head]
                return False, f"the quote's frame gives it to {token.text} {agent.text}"
    return None


__all__ = ["possessed_refusal"]
