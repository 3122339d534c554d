"""A post the page says this person moved FROM, refused as their role, for
:mod:`summarizer.verification.people.person_rules` (session 61, fresh-miss writer ro61).

Seen miss: "Scale stays independent, with Jason Droege moving up from chief strategy officer to
interim chief executive" gave Droege the role "chief strategy officer". English news tells a
change of post as a move "from" the old post "to" the new one ("was promoted from deputy editor
to editor", "rose from sergeant to inspector", "switched from finance director to chief
operating officer"): the post after "from" is the one the person left, and a role is the post
they hold. Other modules read a past post by its word ("former", "then", :mod:`.role_holders`)
or by a verb of leaving a body (:mod:`.left_bodies`); the move's "from ... to" named neither.

Refused: a value written, in a sentence naming this person (their surname before the move), as
"<verb of moving> ... from [the|his|her|<body>'s] <value> to|into ...", the verb within the
clause before "from" (:data:`_MOVES`: "moving up", "was promoted", "rose", "switched",
"stepped up", "elevated", "went"), when no other place on the page writes the value in a
sentence naming this person (a page that also calls them "X, the chief strategy officer" is
left to the other rules) and the sentence holds no word of keeping or sharing ("while
remaining", "also", "and keeps", "both", :data:`_KEPT`).

Kept: the post after "to" (their new one), a value only part of the old post's words ("editor"
of "from deputy editor to editor": the value must stand right after "from" and its article or
owner), "from" of time or place ("chief strategy officer from 2019 to 2023", "moved from
London to Paris as chief strategy officer": no move-verb clause with the value after "from"),
another person's move (the surname must stand before the verb in the sentence), and a value
the page hands to this person elsewhere. Deliberately not read: "resigned as", "stepped down
as" (a page reporting a resignation may still call the person by the post that day).

Also kept (session 62, review rv62r): a move not made, told in the verb's clause ("will move
from", "is expected to be promoted from", "turned down a move from", "denied reports that she
was switching from", :data:`_UNDONE`) or undone later in the sentence ("but went back to head
coach"); the old post kept in other words ("but stays on as captain", "in tandem with"); a
title kept at another body or made lasting ("to the same role at the Courier", "from
ambassador to Norway to ambassador to Sweden", "from interim manager to the permanent job");
and another person's move after this person's name ("Ruiz replaces Tom Lerwick, who moved
from", "takes the desk Sally Nunn left when she was promoted from").
"""

from __future__ import annotations

import re

from ..page.article import ArticleText

# Verbs of a change of post, each a word's start (inflections follow).
_MOVES = (
    r"(?:mov(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|switch(?:es|ed|ing)?"
    r"|shift(?:s|ed|ing)?|elevat(?:e|es|ed|ing)|step(?:s|ped|ping)\s+up|went|go(?:es|ing|ne)?"
    r"|advanc(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|transferr(?:ed|ing)|graduat(?:e|es|ed|ing)"
    r"|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|switch|demot(?:e|es|ed|ing)|reassign(?:s|ed|ing)?)"
)
# Words of a sentence that keep the old post with the person too.
_KEPT = re.compile(
    r"(?i)\b(?:remain\w*|retain\w*|keep\w*|kept|continu\w*|also|both|still|while\s+holding"
    r"|in\s+addition|alongside|as\s+well|combin\w*|dual|stay\w*\s+on|in\s+tandem|concurrent\w*"
    r"|simultaneous\w*|on\s+top\s+of|doubl\w*\s+as)\b"
)
# A move not (or not yet) made, told in the verb's clause (review rv62r): a modal, "to" or a
# negation in the words right before the verb ("will move from", "is expected to be promoted
# from", "was never promoted from", "wants Okonjo to move from"), or a denial, refusal or
# condition anywhere in the clause ("denied reports that she was switching from", "turned down
# a move from"): the person still holds the post after "from".
_UNDONE = re.compile(
    r"(?i)(?:\b(?:will|would|could|might|may|shall|should|can|cannot|not|never)|n't)"
    r"(?:\s+[\w-]+){0,3}\s*$|\bto(?:\s+be)?\s*$"
    r"|\b(?:den(?:y|ies|ied|ying)|turn(?:s|ed|ing)?\s+down|reject\w*|refus\w*|declin\w*"
    r"|rumou?r\w*|speculat\w*|whether|if|unless)\b"
)
# The new post written as the old one kept ("to the same role at the Courier") or as the
# stand-in's post made lasting ("from interim manager to the permanent job"): the title stays.
_SAME = re.compile(r"(?i)^(?:an?|the|its)\s+(?:same|similar|equivalent)\b")
_STAND_IN = re.compile(r"(?i)\b(?:interim|acting|caretaker|temporary|provisional|stand-in)\b")
_LASTING = re.compile(
    r"(?i)\b(?:permanent\w*|substantive|full[- ]time|for\s+good)\b"
    r"|^(?:the|that)\s+(?:job|role|post|position)\b(?!\s+of\b)"
)
# A return to the old post later in the sentence ("but went back to head coach", "and
# returned as chief executive"): the value after one of these words is held again.
_BACK = r"(?i)\b(?:back|return\w*|again|reinstat\w*|restor\w*|resum\w*)\b[^.;!?\n]*?"
# Another person named between this person's name and the verb, whose clause the verb is
# ("Alma Ruiz replaces Tom Lerwick, who moved from", "takes the desk Sally Nunn left when she
# was promoted from"); a name in an aside closed by a comma ("Vine, like Pat Orr before her,
# went from") or followed by "and" ("Ruiz joined Corran Insurance and rose from") is not the
# verb's subject.
_OTHER_NAME = re.compile(
    r"(?<![\w'\u2019])(?!(?:The|A|An|In|On|At|By|For|After|When)\b)"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)+|\b[A-Z][\w-]+(?=,?\s+who\b)"
)
_RELATIVE = re.compile(r"(?i)^[^,]*,\s*(?:who|whose)\b")
_OWNER = r"(?:(?:the|his|her|their|its)\s+)?(?:[\w&.-]+(?:'s|\u2019s)\s+)?"
_PREFIX = r"(?P<prefix>(?:[\w-]+\s+){0,2}?)"  # "detective" of "from detective sergeant to"
_NEW = re.compile(r"[^.,;:!?\n]{0,60}")  # the new post's words, to the clause's end
_REACH = 60  # characters between the verb and "from" (no full stop, semicolon)


def left_post(article: ArticleText, name: tuple[str, ...], value: str) -> str | None:
    """The sentence's move (see the module) by which this person left the value's post, when
    the page writes the value nowhere else of them; None otherwise."""
    words = value.split()
    if not name or not words or not article.uses("from"):
        return None
    phrase = r"\s+".join(re.escape(word) for word in words)
    key = ("left_post", phrase)
    if key not in article.memo:
        article.memo[key] = _moves(article, phrase)
    moves: list[tuple[int, int, int, int]] = article.memo[key]
    if not moves:
        return None
    surname = re.compile(rf"(?i)(?<![\w-]){re.escape(name[-1])}(?![\w-])")
    text = article.text
    spans: list[tuple[int, int]] = []
    for sentence, verb, _, stop in moves:
        begin, _ = article.sentences[sentence]
        own = [found.end() for found in surname.finditer(text, begin, verb)]
        if own and not _another_mover(text[own[-1] : verb]):
            spans.append((verb, stop))
    if not spans:
        return None
    anywhere = re.compile(rf"(?i)(?<![\w-]){phrase}(?![\w-])")
    for match in anywhere.finditer(text):
        if any(verb <= match.start() < stop for verb, stop in spans):
            continue  # the move's own old or new post
        begin, end = article.sentences[article.sentence_at(match.start())]
        if surname.search(text, begin, end) is not None:
            return None  # written of this person elsewhere too
    verb, stop = spans[0]
    return " ".join(text[verb:stop].split())


def _moves(article: ArticleText, phrase: str) -> list[tuple[int, int, int, int]]:
    """Each move "verb ... from <value> to <new post>" on the page: its sentence, the verb's
    start, the value's start and the new post's end, none in a sentence with a word of
    keeping."""
    text = article.text
    found: list[tuple[int, int, int, int]] = []
    tail = re.compile(rf"(?i)\bfrom\s+{_OWNER}{_PREFIX}{phrase}\s+(?:to|into)\s+(?=\S)")
    if next(article.word_matches(tail, ("from",)), None) is None:
        return found  # the move's own tail, tried only at each "from": no move can match
    move = re.compile(
        rf"(?i)\b{_MOVES}\b[^.;:!?\n]{{0,{_REACH}}}?\bfrom\s+{_OWNER}{_PREFIX}(?P<value>{phrase})"
        r"\s+(?:to|into)\s+(?=\S)"
    )
    for match in move.finditer(text):
        index = article.sentence_at(match.start())
        begin, end = article.sentences[index]
        if _KEPT.search(text, begin, end) is not None:
            continue
        clause = re.split(r"[,;:(\u2014\u2013]", text[begin : match.start()])[-1]
        if _UNDONE.search(clause) is not None:
            continue  # "will move from", "denied ... switching from": not made
        new = _NEW.match(text, match.end())
        after = new.group() if new is not None else ""
        if match.group("prefix") and re.search(rf"(?i)(?<![\w-]){phrase}(?![\w-])", after):
            continue  # "editor" of "from deputy editor to editor": the new post's word
        if re.search(rf"(?i)\bto\s+(?:an?\s+|the\s+)?{phrase}(?![\w-])", after):
            continue  # "from ambassador to Norway to ambassador to Sweden": the "to" was the post's
        if _SAME.search(after) or (
            _STAND_IN.search(match.group("prefix") or "") and _LASTING.search(after)
        ):
            continue  # "to the same role at", "from interim manager to the permanent job"
        if re.search(rf"{_BACK}(?<![\w-]){phrase}(?![\w-])", text[match.end() : end]):
            continue  # "... but went back to head coach"
        found.append((index, match.start(), match.start("value"), match.end() + len(after)))
    return found


def _another_mover(between: str) -> bool:
    """Whether another person named between this person's last mention and the verb is the
    verb's subject: not in an aside closed by a comma (unless the comma opens their "who"),
    nor followed by "and" (this person's next verb)."""
    for other in _OTHER_NAME.finditer(between):
        rest = between[other.end() :]
        if _RELATIVE.match(rest) or ("," not in rest and not re.search(r"\band\b", rest)):
            return True
    return False


__all__ = ["left_post"]
