"""A line announcing someone's statements, read for :mod:`summarizer.verification.quotes.speakers`.

Outlets print a speaker's words under a header instead of a speech verb: "Highlights from
Minister Cavusoglu's statements;", "Excerpts from the speech by President X:", "The full text
of X's address", "X's remarks, in full:", then a quotation, often over many paragraphs. The
header owns the quotation(s) that follow it, up to the next attribution:

- a header is one line (or the words before a quotation mark in the quotation's sentence)
  ending with a colon, a semicolon, a dash or no punctuation at all (a full stop ends a
  sentence of the story, not a header); its owner is the name in the possessive before a
  noun for speech ("statements", "remarks", "speech") or after "by/from/of" following one; only
  header words ("Highlights from", "Key quotes from", "The full text of") may stand before
  that noun phrase, and no speech verb after it, so "Kuleba replied to Cavusoglu's remarks:"
  (a clause: its subject speaks) is no header;
- it reaches the quotation opening right after it, through every paragraph of that quotation:
  paragraphs that reopen with a mark, and paragraphs with no marks at all when a closing
  mark later ends the quotation (outlets that never reopen); then each following paragraph
  that opens with a quotation mark ("Highlights:" lists), up to 20 paragraphs in all. Unquoted
  words after a closing mark (an attribution, the story going on) end its reach, and a
  paragraph of the story between the header and a quote leaves the quote no header;
- a quotation's own attribution ('"...," Kuleba said') outranks the header: the header is
  read only when the quote's own words name no one, or point back ('"...," he said': the
  header's owner is the one named last).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, tokenize, word_set
from ..people.names import PARTICLES, TITLES, find_named
from ..sentences.clauses import Verdict
from ..sentences.speech import SPEECH_VERBS

# Nouns for someone's words that a header announces.
_ANNOUNCED = word_set(
    """statement statements remarks remark words speech speeches address comments comment
    message messages testimony briefing interview answers replies responses quotes quotations
    conference lecture sermon post posts tweets reply response"""
)
# Words a header may open with before the owner or the announced noun.
_HEADER_WORDS = word_set(
    """highlights highlight excerpts excerpt key quotes quote main points full text transcript
    read here is are the following from of in some more selected top best notable below a an
    his her video watch edited extracts extract"""
)
# Words that make the line a clause about the words, not a header over them.
_CLAUSE_VERBS = SPEECH_VERBS | word_set(
    """is are was were drew sparked prompted angered caused triggered have has had
    rejected welcomed criticised criticized praised dismissed"""
)
_OWNER_PREPOSITIONS = word_set("by from of")
_HEADER_ENDS = frozenset(":;\u2014\u2013-")
_SENTENCE_ENDS = frozenset(".!?\u201d\"'\u2019")
_OPENERS = frozenset('\u201c\u201e"')
_CLOSERS = frozenset('\u201d"')
_MAX_PARAGRAPHS = 20
_BULLETS = frozenset("-*\u2022\u2013\u2014 \t")
_MARKS = re.compile('[\u201c\u201d\u201e"]')
_MAX_HEADER_WORDS = 25


class _Run(NamedTuple):
    start: int  # the first quotation's first word
    end: int  # where the header's reach ends
    owner: tuple[Token, ...]  # the owner's words (a name, or titles)


def header_verdict(article: ArticleText, offset: int, parts: Sequence[str]) -> Verdict:
    """Whether the header over the quotation holding ``offset`` names the speaker ("yes"),
    someone else ("other"), a title ("title:President"), or there is no header ("none")."""
    for run in _runs(article):
        if run.start <= offset < run.end:
            words = [t for t in run.owner if t.norm != "the"]
            if all(t.norm in TITLES for t in words):  # "the President's remarks:"
                titles = (t.text.replace(".", "").removesuffix("'s") for t in words)
                return "title:" + " ".join(title.removesuffix("\u2019s") for title in titles)
            return "yes" if all(find_named(part, run.owner) for part in parts) else "other"
    return "none"


def _runs(article: ArticleText) -> list[_Run]:
    """The article's headers and their reach, read once per article (and only for a quote
    whose own words name no speaker or point back: "he said")."""
    key = "header-runs"
    known: list[_Run] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _read_runs(article)
    return known


def _read_runs(article: ArticleText) -> list[_Run]:
    runs: list[_Run] = []
    for start, _ in article.quoted:
        if runs and start < runs[-1].end:
            continue  # a later quotation under the same header
        header = _header_before(article, start)
        if header is None:
            continue
        runs.append(_Run(start, _reach(article, start), header))
    return runs


def _header_before(article: ArticleText, start: int) -> tuple[Token, ...] | None:
    """The owner of the header right before the quotation opening at ``start``; None when no
    header stands there."""
    text = article.text
    mark = start - 1
    while mark > 0 and text[mark - 1] in _OPENERS:
        mark -= 1  # a doubled opening mark
    line_start = text.rfind("\n", 0, mark) + 1
    if any(char.isalnum() for char in text[line_start:mark]):  # words before it, same sentence
        first = max(line_start, article.sentences[article.sentence_at(mark)][0])
        head = text[first:mark].rstrip()
        if not head or head[-1] not in _HEADER_ENDS:
            return None
    else:  # the previous line that holds words
        end = line_start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        first = text.rfind("\n", 0, end) + 1
        head = text[first:end]
        if not head.strip() or head[-1] in _SENTENCE_ENDS:
            return None
    if any(char in _OPENERS or char in _CLOSERS for char in head):
        return None
    tokens = tokenize(head.strip(), first + len(head) - len(head.lstrip()))
    if not tokens or len(tokens) > _MAX_HEADER_WORDS:
        return None
    return _owner(tokens, text) or None


def _owner(tokens: Sequence[Token], text: str) -> tuple[Token, ...]:
    """The owner of the announced words in a header's tokens, or () when the line is no
    header (no announced noun, other words before it, a verb after it)."""
    for index, token in enumerate(tokens):
        if token.norm not in _ANNOUNCED:
            continue
        if any(t.norm in _CLAUSE_VERBS for t in tokens[index + 1 :]):
            return ()
        possessor = _possessor(tokens, index, text)
        if possessor is not None:
            owner, opening = possessor
        elif index + 1 < len(tokens) and tokens[index + 1].norm in _OWNER_PREPOSITIONS:
            owner, opening = _name_after(tokens, index + 2, text), index
            while opening > 0 and not tokens[opening - 1].capitalised:
                opening -= 1  # "the full text of the speech by X": "the", "full" are words
        else:
            continue
        if owner and all(t.norm in _HEADER_WORDS or t.norm in _ANNOUNCED for t in tokens[:opening]):
            return tuple(owner)
        return ()
    return ()


def _possessor(tokens: Sequence[Token], noun: int, text: str) -> tuple[list[Token], int] | None:
    """ "Minister X's statements", "X's opening remarks": the possessive name before the
    noun (up to two lower-case words between) and the index its first word stands at."""
    for last in range(noun - 1, max(noun - 4, -1), -1):
        if is_possessive(tokens[last], text):
            owner = [tokens[last]]
            while last > 0 and (
                tokens[last - 1].capitalised
                or tokens[last - 1].norm in TITLES
                or tokens[last - 1].norm in PARTICLES
            ):
                if not text[tokens[last - 1].end : tokens[last].start].isspace():
                    break
                last -= 1
                owner.insert(0, tokens[last])
            while owner and owner[0].norm in _HEADER_WORDS and owner[0].capitalised:
                owner.pop(0)  # "Highlights" opening the line is no name
            return owner, last + (len(owner) == 0)
        if tokens[last].capitalised or tokens[last].norm in _CLAUSE_VERBS:
            return None
    return None


def _name_after(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """ "by President X", "from the Turkish foreign minister": the name or title after. A
    possessive in it owns the one after it, who gave the words: "The reply from Paula Gray's
    lawyer, Tim Shaw:" is Shaw's, "from Paula Gray's lawyers" no named one's (session 42);
    not the words it owns ("Key quotes from Lind's press conference:", "from Pryor's
    end-of-year news conference:", up to a comma, are Lind's and Pryor's; review rv42s)."""
    owner: list[Token] = []
    for token in tokens[start : start + 8]:
        if (
            token.capitalised
            or token.norm in TITLES
            or token.norm in PARTICLES
            or (token.norm == "the" and not owner)
        ):
            owner.append(token)
        else:
            break
    owning = [i for i, t in enumerate(owner) if is_possessive(t, text)]
    owned = tokens[start + owning[-1] + 1 : start + owning[-1] + 9] if owning else []
    if owned and not any(t.norm in _ANNOUNCED for t in _to_comma(owned, text)):
        owner = list(owned)  # not "Lind's press conference": someone owned gave the words
    return owner if any(t.norm != "the" for t in owner) else []


def _to_comma(tokens: Sequence[Token], text: str) -> Sequence[Token]:
    """The tokens up to the first comma between two of them ("lawyer, Tim Shaw": "lawyer")."""
    for index in range(1, len(tokens)):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return tokens[:index]
    return tokens


def _reach(article: ArticleText, start: int) -> int:
    """Where the header's reach over the quotation opening at ``start`` ends (see the
    module)."""
    text = article.text
    paragraphs = article.paragraphs
    index = article.paragraph_at(start)
    last = min(index + _MAX_PARAGRAPHS, len(paragraphs))
    region = article.quoted_region_at(start)
    end = region[1] if region else paragraphs[index][1]
    while index < last:
        para_end = paragraphs[index][1]
        closed = end < len(text) and text[end] in _CLOSERS and end < para_end
        if closed:
            if any(char.isalnum() for char in text[end + 1 : para_end]):
                return end  # words after the quote: its attribution, or the story
            index += 1
            opening = _opening(text, *paragraphs[index]) if index < last else None
            if opening is None:
                return end
            region = article.quoted_region_at(opening + 1)
            end = region[1] if region else paragraphs[index][1]
            continue
        closing = _closing_mark(article, index + 1, last)  # a quotation left open
        if closing is None:
            return para_end
        index, end = closing
    return end


def _closing_mark(article: ArticleText, first: int, last: int) -> tuple[int, int] | None:
    """The paragraph and offset where a quotation left open goes on to: the next paragraph
    when it reopens with a mark (its quoted region's end), else the first closing mark in
    the paragraphs after, when no opening mark comes before it; None otherwise."""
    text = article.text
    for index in range(first, last):
        start, end = article.paragraphs[index]
        opening = _opening(text, start, end) if index == first else None
        if opening is not None:
            region = article.quoted_region_at(opening + 1)
            return index, region[1] if region else end
        for match in _MARKS.finditer(text, start, end):
            offset = match.start()
            if match.group() in _CLOSERS and offset > start and not text[offset - 1].isspace():
                return index, offset
            if match.group() in _OPENERS:
                return None
    return None
    return None


def _opening(text: str, start: int, end: int) -> int | None:
    """Where a paragraph opens with a quotation mark, after any bullet ("- ", "\u2022 "); None
    when it opens with anything else."""
    for offset in range(start, min(end, start + 4)):
        if text[offset] in _OPENERS:
            return offset
        if text[offset] not in _BULLETS:
            return None
    return None
