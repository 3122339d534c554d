"""Article-wide support kinds: a value that may be stated anywhere in the article or its page
metadata (a name mentioned, the byline, the outlet, the date, the headline), not only in the
fact's own evidence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, fact_has, metadata_tokens, unconfirmed
from ..page.article import ArticleText
from ..page.locator import RawText, glue_in
from ..page.tokens import Token, tokenize
from ..people.mashed_names import name_clash
from ..people.names import (
    find_named,
    find_person,
    find_phrase,
    is_proper,
    norms,
    split_people,
    writes_name,
)
from ..people.non_persons import no_person
from ..people.shared_surnames import shared_named
from .block_credits import block_byline, block_refuses_outlet
from .broadcast_heads import broadcast_outlet
from .cited_outlets import cited_in_line
from .contact_lines import contact_authors
from .credit_fields import credited_outlet, name_line, not_author
from .credit_forms import form_authors, slug_outlet
from .credit_lines import credit_parts
from .credit_places import authored_line, credit_opener
from .date_lines import dates_in, line_dates
from .day_patterns import day_patterns
from .desk_heads import desk_outlet
from .dotted_dates import read_dotted
from .head_segments import cut_short, head_author, head_outlet, head_publisher, headline_mention
from .lowercase_names import lowercase_only
from .maker_credits import source_line
from .origin_credits import credits_outlet
from .outlet_places import placed_in_line
from .page_labels import outlet_words, page_kind, placed
from .release_senders import header_line, release_sender
from .sign_offs import sign_off
from .source_roles import support_source
from .speaker_brackets import speaker_bracket
from .stamp_bylines import stamp_authors, stamp_outlet
from .told_outlets import other_publisher, slashed_credit
from .web_outlets import OUTLET_BEFORE, web_outlet


def _without_leading_article(words: list[str]) -> list[str]:
    """A name's words without the article it opens with ("the Kremlin"); an article inside
    the name stays, because the text writes it ("Institute for the Study of War")."""
    return words[1:] if len(words) > 1 and words[0] in {"a", "an", "the"} else words


def in_article(part: str, article: ArticleText) -> bool:
    """A person (full name, or surname with no conflicting first name) or a phrase anywhere in
    the article, found by regex over the text and read in a small window around each hit."""
    words = tuple(_without_leading_article(norms(tokenize(part))))
    if not words:
        return False
    if not is_proper(part):
        return article.has_phrase(words)  # a phrase
    if writes_name(part, article) or shared_named(part, article):
        return True  # the full name as written, or "Chip and Amy Carter" (shared_surnames.py)
    surname = (words[-1],)
    for start, end in article.phrase_spans(surname):
        if find_person(part, article.window_tokens(start, end), article.text):
            return True
    return False


def support_mention(value: Any, rule: Supported, ctx: Context) -> Result:
    if fact_has(ctx.fact, "affiliation"):  # a person's name: a storm or a team is none
        why = no_person(str(value), ctx.article)  # (non_persons)
        if why is not None:
            return False, why
    meta = metadata_tokens(ctx)
    for part in split_people(str(value)):
        clash = name_clash(part, ctx.article)
        if clash is not None:
            return clash
        if not (
            in_article(part, ctx.article)
            or (meta and (find_named(part, meta) or find_phrase(part, meta)))
        ):
            return False, f"{part!r} does not occur in the article"
    if fact_has(ctx.fact, "via"):  # a cited source: named as one (source_roles, cited_bodies)
        return support_source(str(value), ctx)
    return True, ""


_CREDITS = ("contributed", "reporting by", "reported by", "writing by", "editing by",
            "written by", "additional reporting", "compiled by", "words by", "story by",
            "text by")  # fmt: skip
# Credits with no role phrase before "by": the line names its authors.
_UNROLED_CREDITS = ("contributed", "additional reporting")
_AGENCIES = {"ap": "associated press", "afp": "agence france presse", "upi": "united press"}


# Where a page's lines were joined without a space ("Steve RosenbergBBC Russia Editor",
# "Updated 14:05 GMTJane Doe"): a lower-case letter before an acronym or before a capitalised
# word (after three lower-case letters, so "McDonald", "DeSantis", "MacArthur" stay whole),
# or an acronym before a capitalised word.
_JOINT = re.compile(
    r"(?<=[a-z])(?=[A-Z]{2})|(?<=[a-z]{3})(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])"
)
_ROLES = frozenset(
    {"editor", "correspondent", "reporter", "writer", "journalist", "columnist"}
    | {"contributor", "presenter"}
)


def _unjoined(line: str) -> list[str]:
    """A line's pieces where the page joined its lines without a space; a sentence (a line
    ending in . ! ? or of more than sixteen words) stays whole."""
    if line.rstrip().endswith((".", "!", "?")) or len(line.split()) > 16:
        return [line.strip()] if line.strip() else []
    return [piece.strip() for piece in _JOINT.split(line) if piece.strip()]


def _top_lines(article: ArticleText) -> list[str]:
    """The lines of the first four paragraphs, split where they were joined."""
    paragraphs = article.paragraphs[:4]
    text = article.text[: paragraphs[-1][1]] if paragraphs else ""
    return [piece for line in text.split("\n") for piece in _unjoined(line)]


def _credit_lines(article: ArticleText) -> list[list[Token]]:
    """Tokens of the lines that credit authors: a "By ..." line, "X contributed to this
    report", "Reporting by X" (read by line: a byline often follows a headline with no
    punctuation between them); and at the top, a short line that is followed by the
    author's role ("Steve Rosenberg" above "BBC Russia Editor", also when the page joined
    the two)."""
    found: list[list[Token]] | None = article.memo.get("credits")
    if found is None:
        found = []
        for position, line in article.lines:
            lowered = line.strip().lower()
            parts = credit_parts(line, position)  # "Reporting by A Editing by B" (credit_lines.py)
            if parts is not None:
                found += parts
            elif lowered.startswith("by ") or any(p in lowered for p in _UNROLED_CREDITS):
                found.append(tokenize(line, position))  # "X contributed to this report"
        found += [tokenize(line[:names], start) for start, line, names in _bare_bylines(article)]
        top = _top_lines(article)
        for line, following in itertools.pairwise(top):
            role = {word.strip(",.").lower() for word in following.split()[:6]}
            if name_line(line) and role & _ROLES:  # not a headline (credit_fields.py)
                found.append(tokenize(line))
        found += [tokenize(line, start) for start, line in sign_off(article)]
        found += stamp_authors(article)  # "Published 3 May 2024 | By X | Y" (stamp_bylines.py)
        found += contact_authors(article)  # "To contact the reporter on this story: X in Y"
        found += form_authors(article)  # "Interview by X", "From X in Paris" (credit_forms.py)
        article.memo["credits"] = found
    return found


_WORD = r"[A-Z][\w&'\u2019.-]*"
_NAME = r"[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}"
_BARE_BYLINE = re.compile(
    rf"[ \t]*(?P<names>(?!The[ \t]){_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:,?[ \t]+and[ \t]+{_NAME})?)"
    rf"(?:[ \t]*,[ \t]*(?P<outlet>(?:The[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,4}}))?"
    r"(?:[ \t]+(?:on|for|via|\||\u2013|\u2014|-)(?:[ \t].*)?)?[ \t]*"
)
# A name never opens with "The": "The Fjord Courier, Bergen | 12 March 2025" is an outlet's
# line (session 18).
# "Sarah Connolly | Reuters": one name, a bar, the outlet (a byline line of its own).
_PIPED = re.compile(r"[ \t]+\|[ \t]+[A-Z]")
_TOP_PARAGRAPHS = 8
_BYLINE_LONGEST = 160


def _bare_bylines(article: ArticleText) -> list[tuple[int, str, int]]:
    """Bylines without "By" near the top: a line of two or more full names ("Alberto Nardelli,
    Jamie Tarabay and Natalia Drozdiak, Bloomberg News on"), or of one with an outlet after a
    comma ("Jane Doe, The Courier") or a bar ("Jane Doe | Reuters"), and no sentence's stop;
    as (line start, line, where the names end). The outlet after them is the copy's
    publisher, as in "By X, The Courier"."""
    found: list[tuple[int, str, int]] | None = article.memo.get("bare-bylines")
    if found is None:
        found = []
        top = article.paragraphs[:_TOP_PARAGRAPHS]
        start = 0
        for line in article.text[: top[-1][1] if top else 0].split("\n"):
            start += len(line) + 1  # a line of its own, also where a wrap joined it on
            if len(line) > _BYLINE_LONGEST or line.rstrip().endswith((".", "!", "?")):
                continue  # a sentence, never a byline (and no regex run over a paragraph)
            match = _BARE_BYLINE.fullmatch(line)
            if match is None:
                continue
            names = match.group("names")
            piped = _PIPED.match(line, match.end("names")) and len(names.split()) <= 3
            if source_line(line, start - len(line) - 1, article):
                continue  # "Tom Hunt, Sheffield City Council", named in the body (maker_credits)
            if match.group("outlet") or "," in names or " and " in names or piped:
                found.append((start - len(line) - 1, line, match.end("names")))
        article.memo["bare-bylines"] = found
    return found


def support_byline(value: Any, rule: Supported, ctx: Context) -> Result:
    """Each author is credited as one: in a byline or a contribution line (or the page's
    author metadata), not merely named in the story."""
    meta = metadata_tokens(ctx)
    credits = _credit_lines(ctx.article)
    text = ctx.article.text
    outlet = str(getattr(ctx.fact, "outlet", "") or "")
    for part in split_people(str(value).replace(";", ",")):  # not "in Delhi" (page_labels.py)
        if (block := block_byline(part, ctx.article, outlet)) is not None:  # "Reporter A"
            if not block[0]:  # "Outlet | date | A", the headline's person (block_credits.py)
                return block
            continue
        if not_author(part, ctx.article):  # "Outlet | date | By X" (credit_fields.py)
            return False, f"{part!r} is named by its credit line apart from the authors"
        if lowercase_only(part, ctx.article, ctx.metadata):  # "(test article)"
            return False, f"{part!r} is written in lower case on the page: not a name"
        if (meta and find_named(part, meta)) or head_author(part, ctx.article, outlet):
            continue  # "Diplomatic Editor X |", "X reporting from Y" (head_segments.py)
        if any(find_named(part, t) and not placed(part, t, text) for t in credits):
            continue
        return False, f"{part!r} is not credited as an author in the article"
    return True, ""


def _masthead(line: str, at: int) -> bool:
    """Whether a name at offset ``at`` of a short line at the top or bottom stands there as
    the publisher: any place in a line of eight words at most (a masthead, a navigation bar),
    or, in a line of sixteen at most, opening it ("Test Radio (test article) — English
    service") or as the field after a credit's comma ("By Jane Doe, The Courier", "From staff
    and wire reports, The Gazette")."""
    words = len(line.split())
    lowered = line.strip().lower()
    if lowered.startswith("by ") or any(p in lowered for p in _CREDITS) or authored_line(line):
        return credit_opener(line[:at])  # a credit names its authors
    if words <= 8:
        return True
    if words > 16:
        return False
    before = line[:at]
    if not before.strip() or before.strip().lower() == "the":
        return True
    return credit_opener(before)


# "By Libya Herald reporter.", "By a Gulf Times staff writer", "By Our Tribune Correspondent":
# a byline crediting the outlet's own staff names the outlet as the publisher (check 27).
_STAFF_OPENER = re.compile(r"\s*by\s+(?:an?\s+|the\s+|our\s+)?$", re.IGNORECASE)
_STAFF = re.compile(
    r"(?:'s)?\s+(?:staff(?:\s+(?:writer|reporter)s?)?|reporters?|correspondents?|news\s+desk|"
    r"web\s+desk|desk|team|bureau)\b[\s.,]*(?:$|[|\u2013\u2014-]|(?:in|and|with|from)\s|[A-Z])",
    re.IGNORECASE,
)


def _staff_credit(line: str, at: int, end: int) -> bool:
    """Whether the name at ``line[at:end]`` is a staff byline's outlet: "By", an optional
    article, the name, then a staff noun ending the credit ("reporter", "staff", "news desk")."""
    return bool(_STAFF_OPENER.fullmatch(line[:at])) and bool(_STAFF.match(line, end))


# A page title's separator before the site's name: "Headline | Outlet", "Headline • Outlet"
_TITLE_SEPARATOR = re.compile(
    r"\s(?:\||-|\u2013|\u2014|\u2022|\u00b7|::)\s*(?:the\s+)?$", re.IGNORECASE
)


def _title_suffix(line: str, at: int, end: int) -> bool:
    """Whether a name ends a page title's line after its separator ("New Ceasefire Agreement
    In Place • Mirror Daily"): the site's name a saved page keeps from its <title>, in a line
    of any headline's length, with nothing after the name but punctuation."""
    if len(line.split()) > 30 or line[end:].strip(" .,;:!?\u00a0\t"):
        return False
    return _TITLE_SEPARATOR.search(line[:at]) is not None


def support_outlet(value: Any, rule: Supported, ctx: Context) -> Result:
    """The outlet is named as the publisher: in the page's metadata, in the masthead or
    navigation (a short line at the top or bottom), as the one told ("told The Epoch Times")
    on a page that names no other publisher (:mod:`told_outlets`), in a dateline's brackets
    ("(Reuters)"), or after the authors of a credit line ("A and B, Bloomberg News")."""
    words = outlet_words(norms(tokenize(str(value))))  # "Council of the EU" (page_labels.py)
    if not words:
        return False, "empty outlet"
    if page_kind(words):  # "Council of the European Union - Press release"
        return False, f"{value!r} names the kind of page, not its publisher"
    if lowercase_only(str(value), ctx.article, ctx.metadata):  # "(test article)"
        return False, f"{value!r} is written in lower case on the page: not a name"
    meta = metadata_tokens(ctx)
    if meta and find_phrase(" ".join(words), meta):
        return True, ""
    if cut_short(str(value), (article := ctx.article).text):  # "Kanto Farm" (head_segments)
        return False, f"{value!r} is only the start of a longer name the page writes"
    byline = str(getattr(ctx.fact, "byline", "") or "")  # "X, Outlet, City"; "X - date - A"
    if block_refuses_outlet(str(value), article, byline):  # (credit_fields, block_credits)
        return False, f"{value!r} is named by its credit line as the author or the place"
    if credits_outlet(str(value), article) or stamp_outlet(str(value), article):
        return True, ""  # "Originally published by X", "Updated 04:15 GMT By Y, X"
    if (head := head_outlet(str(value), article, byline)) is not None:  # (head_segments.py)
        return head, "" if head else f"{value!r} is a head line's place or writer, no publisher"
    if slug_outlet(str(value), article) or release_sender(str(value), article):
        return True, ""  # "Source: X | 2019-05-13 | Editor: Y", "From: X and Y" (release_senders)
    spans = list(article.phrase_spans(words))
    if not spans:  # an outlet written without its inner "the"
        words = tuple(w for w in words if w != "the")
        spans = list(article.phrase_spans(words))
    for short, long in _AGENCIES.items():
        if " ".join(words) == long:
            spans += article.phrase_spans((short,))
    for line_start, line, names in _bare_bylines(article):
        if any(line_start + names < start < line_start + len(line) for start, _ in spans):
            return True, ""  # "A, B and C, Bloomberg News on": the credited outlet
    paragraphs, told = article.paragraphs, False
    edge = {*range(min(3, len(paragraphs))), *range(max(len(paragraphs) - 3, 0), len(paragraphs))}
    for start, end in spans:
        index = article.paragraph_at(start)
        p_start, p_end = paragraphs[index]
        line_start = article.text.rfind("\n", p_start, start) + 1 or p_start
        line_end = article.text.find("\n", start, p_end)
        line = article.text[line_start : line_end if line_end != -1 else p_end]
        if (
            index in edge
            and not (
                header_line(line)
                or headline_mention(line, start - line_start, end - line_start, article)
            )
            and (
                _staff_credit(line, start - line_start, end - line_start)
                or (
                    _masthead(line, offset := start - line_start)
                    and not placed_in_line(line, offset, end - line_start)
                    and not cited_in_line(line, offset, end - line_start)  # "Reuters reported"
                )
                or _title_suffix(line, start - line_start, end - line_start)
            )
        ):
            return True, ""
        if OUTLET_BEFORE.search(article.lowered, max(start - 30, 0), start):
            told = True  # "told The X", "an interview with X" (web_outlets.py)
        elif article.lowered[start - 1 : start] == "(" and not (
            speaker_bracket(article.text, start, end)  # "HOST (Nell Osei):" (md59)
        ):
            return True, ""
    for line in _top_lines(article) if _JOINT.search(article.text[:2000]) else ():
        at = _phrase_at(words, line)  # "Steve RosenbergBBC Russia Editor": a line of its own
        if at is not None and _masthead(line, at):
            return True, ""
    if broadcast_outlet(str(value), article) or desk_outlet(str(value), article):
        return True, ""  # "Station: X. Anchor: Y" (broadcast_heads), "X live team" (desk_heads)
    if told or web_outlet(str(value), article.lowered):  # "told bdnews24.com"
        other = other_publisher(words, ctx)  # told_outlets.py
        other = other or credited_outlet(str(value), article)  # "By X, Outlet" (credit_fields)
        other = other or head_publisher(str(value), article, byline)  # "Analysis | A | X | date"
        if other is None:
            return True, ""
        return (
            False,
            f"{value!r} is named only as the one a quote was given to; {other!r} publishes "
            "the page",
        )
    if slashed_credit(words, article):
        return unconfirmed(f"{value!r} is named only in a slashed dateline credit")
    return False, f"{value!r} is not named as the publisher in the article"


def _phrase_at(words: tuple[str, ...], line: str) -> int | None:
    """Offset in ``line`` of the phrase ``words`` on token boundaries, or None."""
    tokens = tokenize(line)
    found = [t.norm for t in tokens]
    for index in range(len(found) - len(words) + 1):
        if tuple(found[index : index + len(words)]) == words:
            return tokens[index].start
    return None


def support_date(value: Any, rule: Supported, ctx: Context) -> Result:
    try:
        day = dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return False, f"{value!r} is not a full date"
    if any(str(meta).startswith(day.isoformat()) for meta in ctx.metadata.values()):
        return True, ""
    dated = line_dates(ctx.article)  # a page that dates itself is dated there, not in its body
    if dated and day not in dated:
        shown = ", ".join(sorted(other.isoformat() for other in dated))
        return False, f"the article's date line gives {shown}, not {day.isoformat()}"
    if _states_date(ctx.folded.haystack(), day, RawText(ctx.article.text, ctx.folded)):
        return True, ""
    read, unread = read_dotted(ctx.article.text, lambda: dates_in(ctx.article.text))
    if day in read:
        return True, ""  # "23.06.2016", "2016.06.23" (dotted_dates.py)
    if day in unread:
        return unconfirmed(f"{day.isoformat()} is one reading of an ambiguous dotted date")
    return False, f"the article does not state the date {day.isoformat()}"


_LONGEST_DATE = 60
"""More than any date pattern can match in folded text (one space for each ``\\s+``):
"september 21st, 2025" is 20 characters."""


# An embedded post's credit right before its date: "— Jane Roe (@janeroe) June 2, 2024",
# "Ana Ruiz @anaruiz · June 2, 2024", "A post shared by X (@x) on Jun 2, 2024": the day
# the post was made, not the page's.
_POST_CREDIT = re.compile(r"@\w{1,30}\)?\s*(?:[\u00b7\u2022|-]\s*|on\s+)?$", re.IGNORECASE)


def _states_date(text: str, day: dt.date, raw: RawText) -> bool:
    """Whether one of the day's patterns matches in the folded ``text``, ending on a word's end
    or where scraping glued the year to the next sentence ("September 5, 2014The ceasefire",
    :func:`summarizer.verification.page.locator.glued_at`, read in ``raw``). Every match ends with
    the year and starts a word, so the patterns are tried only at word starts just before
    each occurrence of the year: a search for patterns that open with ``\\b`` has no literal
    prefix to skip ahead by, and tried every position of the article."""
    patterns = day_patterns(day)
    year = str(day.year)
    index = text.find(year)
    while index >= 0:
        for start in range(max(index - _LONGEST_DATE, 0), index + 1):
            before = text[start - 1] if start else " "
            if before.isalnum() or before == "_" or not text[start].isalnum():
                continue  # not a word start: a pattern opening with \b cannot match here
            for pattern in patterns:
                match = pattern.match(text, start)
                if match is None:
                    continue
                end = match.end()
                if _POST_CREDIT.search(text, max(start - 40, 0), start):
                    continue  # an embedded post's date, not the page's (check 27)
                if end == len(text) or not text[end].isalnum() or glue_in(text, end, raw):
                    return True
        index = text.find(year, index + 1)
    return False
