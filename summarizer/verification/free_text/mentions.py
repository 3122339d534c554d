"""Free text (the summary, key points) held to the article: every number and every proper name
it uses must occur in the article, or it is flagged. Prose cannot be checked like a field, but
a made-up "85 co-sponsors" or a "Biden" the article never names can.

Proper names are capitalised words; a sentence's first word counts too unless it is a function
word or an adverb (-ly). A demonym is backed by its country ("Ukrainian" by "Ukraine"). Two-
letter words are skipped ("US", "UK" are written too many ways to check this simply).
"""

from __future__ import annotations

import re
from functools import cached_property

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import NUMBER_WORDS, SCALES, STOPWORDS
from ..figures.european_numbers import comma_page, digit_values, token_values
from ..figures.glued_scales import glued_values, times
from ..figures.house_numbers import house_values
from ..figures.numbers import SCALE_WORDS, a_scale, numbers_in, spelled, word_number
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.camel_names import camel_unstated
from ..people.names import canonical
from .common_heads import common_head
from .equated_words import plural_titles, stated
from .free_numbers import worded_numbers, zero_stated
from .full_names import other_people
from .label_heads import grammar_opening
from .opening_shapes import common_opening
from .other_writings import written_otherwise
from .party_backing import party_backed
from .piece_kinds import piece_opening
from .thing_openings import thing_opening
from .word_forms import common_word, glued_word, other_number
from .worded_values import article_worded, in_worded_shape, worded_whole

_SENTENCE_STARTERS = word_set(
    """the a an on in at after before while however but and meanwhile this that these those it
    he she they we his her their its as with under over according last next earlier later also
    both each some many there when since during despite following amid for from if no not one
    two three four five six seven eight nine ten to by of what who how why where though although
    yet still once"""
)
_DEMONYMS = {
    "russian": "russia", "ukrainian": "ukraine", "american": "america", "chinese": "china",
    "european": "europe", "hungarian": "hungary", "indian": "india", "british": "britain",
    "iranian": "iran", "israeli": "israel", "french": "france", "german": "germany",
    "italian": "italy", "polish": "poland", "turkish": "turkey", "japanese": "japan",
    "korean": "korea", "saudi": "saudi", "syrian": "syria", "belarusian": "belarus",
    "western": "west", "soviet": "soviet",
}  # fmt: skip


def _country_forms() -> dict[str, frozenset[str]]:
    """Each one-word country name or people's word of the party table with the one-word forms
    of the same country ("germany": "german", "germans"; "afghan": "afghanistan"): free text
    that says "Germany" where the article says "the German government" names what the article
    does (an outside check, 23, flagged it). Multi-word names ("South Sudan") give no forms
    here (:func:`_long_forms` does theirs); a one-word form inside a longer name is found as
    any name is ("Sudanese" in "South Sudanese", as "Guinea" in "Papua New Guinea"). The
    people's words of ``_DEMONYMS`` (some
    not in the table: "European", "Western") are backed by their place one way only."""
    forms: dict[str, set[str]] = {}
    for names, people, _capitals, _seats in PARTIES.values():
        words = {w.lower() for w in (*names, *people) if w.isalpha()}
        for word in words:
            forms.setdefault(word, set()).update(words - {word})
    for demonym, place in _DEMONYMS.items():
        forms.setdefault(demonym, set()).add(place)
    return {word: frozenset(others) for word, others in forms.items() if others}


_COUNTRY_FORMS = _country_forms()
# A title's other forms ("U.S. Reps. Cooper and Sanford" where the page writes "Rep. Cooper"
# and "Rep. Sanford"): its abbreviation, full word, singular and plural (check 27).
_TITLE_GROUPS: tuple[str, ...] = ("rep reps representative representatives",)
_TITLE_GROUPS += ("sen sens senator senators", "gov govs governor governors")
# ... and a title or party word's singular for its plural ("Minister" for the page's "Foreign
# Ministers of Russia and Iran", "Democrat" for "Democrats"), which short fields write.
_TITLE_GROUPS += ("minister ministers", "president presidents", "secretary secretaries")
_TITLE_GROUPS += ("democrat democrats democratic", "republican republicans")
_TITLE_FORMS = {w: tuple(g.split()) for g in _TITLE_GROUPS for w in g.split()}
# One way: "the Senate" (a bill's issuing body) for a page that writes only "senators"; a
# "Senator" is not backed by the page's "Senate" (the Speaker of the House is not one).
_TITLE_FORMS["senate"] = ("senators", "senator")


def _long_forms() -> dict[str, tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]]:
    """Each last word of a country's multi-word name or people's word in the party table,
    with the words before it and the other forms of the same country (as word tuples):
    "lanka": (("sri",), (("sri", "lankan"), ("sri", "lankans"), ...)). Free text that writes
    "Sri Lanka's army" where the article writes "the Sri Lankan army" names what it does, as
    "Germany" does for "German" (check 24); the words before must be the free text's too, so
    "Lanka" alone, or "South Africa" beside "South Sudanese", is not backed."""
    found: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]] = {}
    for names, people, _capitals, _seats in PARTIES.values():
        forms = [tuple(tokenize_words(form)) for form in (*names, *people)]
        forms = [form for form in forms if form and all(w.isalpha() for w in form)]
        for form in forms:
            if len(form) >= 2:
                others = tuple(other for other in forms if other != form)
                found.setdefault(form[-1], []).append((form[:-1], others))
    return {last: tuple(entries) for last, entries in found.items()}


def tokenize_words(form: str) -> list[str]:
    return [token.norm for token in tokenize(form)]


_LONG_FORMS = _long_forms()


def _long_form_backed(tokens: list[Token], index: int, vocabulary: ArticleVocabulary) -> bool:
    """Whether ``tokens[index]`` ends a country's multi-word form (the words before it in the
    free text) that the article writes in another form of the same country (see
    :func:`_long_forms`)."""
    for before, others in _LONG_FORMS.get(tokens[index].norm, ()):
        start = index - len(before)
        if start < 0 or tuple(t.norm for t in tokens[start:index]) != before:
            continue
        if any(vocabulary.article.has_phrase(other) for other in others):
            return True
    return False


_NUMBER_WORDS = sorted(NUMBER_WORDS | SCALE_WORDS)
# a written number ends here: "five hundred" is not stated by "five hundred and twelve"
_NOT_GOING_ON = r"\b(?![\s-]+(?:and[\s-]+)?(?:" + "|".join(_NUMBER_WORDS) + r")\b)"
_DIGITS = re.compile(r"\d[\d,.]*")
# The scale words a page's numbers are read with, Indian scales too ("177.08 lakh tonnes",
# session 35): a summary's "177.08 lakh" is read as 17,708,000 and must be found as that.
_SCALE_WORDS = ("thousand", "million", "billion", "trillion", "lakh", "crore")
# Canadian and Japanese copy joins the scale with a hyphen ("$9.3-billion", "18.3-trillion-yen",
# "R12-million"; session 37): the same number.
_SCALED = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)[\s-]+(" + "|".join(_SCALE_WORDS) + r")s?(?:\s+(crore|billion)s?)?\b"
)
_INITIALISMS = {
    ("u", "s"): ("united", "states", "america", "american"),
    ("us",): ("united", "states", "america", "american"),
    ("u", "k"): ("united", "kingdom", "britain", "british"),
    ("uk",): ("united", "kingdom", "britain", "british"),
    ("eu",): ("european", "union"),
    ("u", "n"): ("united", "nations"),
    ("un",): ("united", "nations"),
}


def _alone(text: str, word: str) -> bool:
    """``re.search(rf"\\b{word}\\b", text)`` for a word of letters, by ``str.find``: a pattern
    that opens with ``\\b`` has no literal prefix, so the regex tries every position."""
    index = text.find(word)
    while index >= 0:
        end = index + len(word)
        before = text[index - 1] if index else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        index = text.find(word, index + 1)
    return False


class ArticleVocabulary:
    """What the article (and its page metadata) says, for free-text checks: searched for in
    the whole text, which is much cheaper than tokenising it."""

    def __init__(
        self, article: ArticleText, metadata: dict[str, str], captions: tuple[str, ...] = ()
    ) -> None:
        self.article = article
        self.metadata = metadata
        self.captions = captions
        self._has: dict[str, bool] = {}  # each word's answer, once (free text repeats names)
        self._states: dict[float, bool] = {}  # each number's answer, once

    def has(self, word: str) -> bool:
        """Whether the article (or its metadata, or a photo caption of its page) uses this
        word: a whole-word search in the text, so the article is never tokenised for it;
        "United States" is also backed by "U.S." and the like. A caption names what the page
        shows ("... a ceasefire with Hamas. (Photo: ...)"), so a summary naming it says what
        the page does (check 25); captions back no field, only free text's names. Once per word:
        free text asks the same names again and again."""
        known = self._has.get(word)
        if known is None:
            known = self._has[word] = self._has_uncached(word)
        return known

    def _has_uncached(self, word: str) -> bool:
        if self.article.uses(word) or word in self._metadata_words:
            return True
        if self.captions and word in self._caption_words:
            return True
        return any(word in long and self._written(short) for short, long in _INITIALISMS.items())

    @cached_property
    def _metadata_words(self) -> frozenset[str]:
        if not self.metadata:
            return frozenset()
        return frozenset(t.norm for t in tokenize(" ".join(self.metadata.values())))

    @cached_property
    def _caption_words(self) -> frozenset[str]:
        return frozenset(t.norm for t in tokenize(" ".join(self.captions)))

    def _written(self, short: tuple[str, ...]) -> bool:
        """Whether the article writes an initialism ("U.S.", or "US" as a word), once each:
        read only for a word one of them stands for."""
        known = self._initialisms.get(short)
        if known is None:
            text = self.article.text
            spelled = "".join(f"{letter.upper()}." for letter in short)
            known = spelled in text or (len(short) == 1 and _alone(text, short[0].upper()))
            self._initialisms[short] = known
        return known

    @cached_property
    def _initialisms(self) -> dict[tuple[str, ...], bool]:
        return {}

    @cached_property
    def _digit_values(self) -> frozenset[float]:
        found = digit_values(self.article.text)  # "6,5 %", "1.200" (european_numbers)
        for digits in _DIGITS.findall(self.article.text):
            try:
                found.add(float(digits.rstrip(",.").replace(",", "")))
            except ValueError:
                continue
        found.update(glued_values(self.article.text))  # "£2.2bn" (figures/glued_scales)
        found.update(house_values(self.article.text))  # "57.9m", "407 point six million"
        lowered = self.article.lowered
        if any(scale in lowered for scale in _SCALE_WORDS):
            for digits, scale, larger in _SCALED.findall(lowered):  # "2 million", "2 lakh crore"
                value = times(float(digits.replace(",", "")), SCALES[scale])
                found.add(times(value, SCALES[larger]) if larger else value)
            found.update(_scaled_words(lowered))
        return frozenset(found)

    def states_number(self, number: float) -> bool:
        """Whether the article states the number in digits or in words (words read only when
        the digits do not have it), once per number."""
        known = self._states.get(number)
        if known is None:
            known = self._states[number] = self._states_uncached(number)
        return known

    def _states_uncached(self, number: float) -> bool:
        if number in self._digit_values or number in article_worded(self.article):
            return True  # "three point six billion", "two dozen" (worded_values)
        if number == 0:  # "124 votes to none", "none against"; not "zero-tolerance" (free_numbers)
            return zero_stated(self.article)
        words = spelled(number)
        first = words.split()[0].split("-")[0] if words is not None else ""
        if words is None or not self.article.uses(first):
            return False  # the number's first word is nowhere in the article
        # "eighty-four", "eighty four", "five hundred and twelve", "five hundred twelve"
        pattern = re.escape(words).replace(r"\ and\ ", r"[\s-]+(?:and[\s-]+)?")
        pattern = pattern.replace(r"\-", r"[\s-]+").replace(r"\ ", r"[\s-]+") + _NOT_GOING_ON
        # Tried only where the first word starts a word: a search for "\bfour..." has no
        # literal prefix to skip ahead by, so it would try every position of the article.
        reading = re.compile(pattern)
        text = self.article.lowered
        index = text.find(first)
        while index >= 0:
            before = text[index - 1] if index else " "
            read = reading.match(text, index) and not in_worded_shape(text, index)  # "two dozen"
            if read and not (before.isalnum() or before == "_"):
                return True
            index = text.find(first, index + 1)
        return False


# The number words that may stand before a scale word ("seven million", "two hundred and
# fifty thousand", "half a million"), read back from the scale word.
_BEFORE_SCALE = re.compile(
    r"(?:\b(?:" + "|".join([*NUMBER_WORDS, "hundred", "and", "a", "an", "half"]) + r")[\s-]+)+$"
)


def _scaled_words(lowered: str) -> set[float]:
    """The values of numbers written in words with a scale word ("seven million", "a
    million", "half a million", "twenty-five thousand", "two trillion"): found from each
    "thousand", "million", "billion" and "trillion" of the text (by ``str.find``), read
    backwards over the 60 characters before it, once per article."""
    found: set[float] = set()
    for scale in _SCALE_WORDS:
        index = lowered.find(scale)
        while index >= 0:
            words = _BEFORE_SCALE.search(lowered, max(index - 60, 0), index)
            if words is not None:
                norms = [*re.split(r"[\s-]+", words.group().strip()), scale]
                value = _read_to_end(norms)
                if value is not None:
                    found.add(value)
            index = lowered.find(scale, index + len(scale))
    return found


def _read_to_end(norms: list[str]) -> float | None:
    """The longest run of number words ending in the scale word ``norms[-1]`` read as one
    number ("two hundred thousand"; "a million", "half a million"), or None."""
    end = len(norms)
    for start in range(end - 1):
        read = word_number(norms, start)
        if read is not None and read[1] == end - start:
            return read[0]
    scaled = a_scale(norms, end - 1)
    return scaled[0] if scaled is not None else None


_SENTENCE_MARKS = frozenset('.!?:;\u201c"')  # in the gap before a word: it opens a sentence


def _names(tokens: list[Token], text: str) -> list[tuple[int, Token, bool]]:
    """Capitalised tokens that read as names (see the module docstring), each with its index
    and whether it opens a sentence."""
    found: list[tuple[int, Token, bool]] = []
    for index, token in enumerate(tokens):
        if not token.capitalised or len(token.norm) <= 2:
            continue
        gap = text[tokens[index - 1].end : token.start] if index else ""
        sentence_start = index == 0 or not _SENTENCE_MARKS.isdisjoint(gap)
        if sentence_start and (
            token.norm in _SENTENCE_STARTERS
            or token.norm in STOPWORDS
            or token.norm in _FUNCTION_WORDS
            or token.norm.endswith("ly")
        ):
            continue
        found.append((index, token, sentence_start))
    return found


# Function words a sentence may open with besides the stop words and _SENTENCE_STARTERS.
_FUNCTION_WORDS = word_set(
    """any all most several few only neither either such other another more less around nearly
    almost without within because then now here instead among until unless whether every much"""
)


def unstated(text: str, vocabulary: ArticleVocabulary) -> list[tuple[str, str]]:
    """(value, reason) for each number or name in ``text`` that the article never states."""
    tokens = tokenize(text)
    problems: list[tuple[str, str]] = []
    # Digits before a scale word ("7 million") are wanted as the scaled number only (below).
    wanted = token_values(tokens, text, SCALE_WORDS)  # "6,5 %" is 6.5 (european_numbers)
    read = numbers_in(tokens, text if comma_page(text) else "")  # "6,5 %" (european_numbers)
    kept, wanted_whole = worded_whole(
        tokens, read, text
    )  # "three point six billion" (worded_values)
    # A number word after "the" or "both" refers ("the two leaders") rather than counts.
    wanted |= wanted_whole | {
        m.value
        for m in kept
        if m.value != 1 and not (m.first and tokens[m.first - 1].norm in {"the", "both", "all"})
    }
    for number in sorted(n for n in wanted if not stated(n, vocabulary, tokens, read, text)):
        problems.append((f"{number:g}", f"the number {number:g} does not occur in the article"))
    seen: set[str] = set()
    worded = worded_numbers(tokens, read)  # "Fifteen" is a number's (free_numbers.py)
    camel = camel_unstated(tokens, text, vocabulary, problems)  # "TikTok" read whole (camel_names)
    for at, token, opening in _names(tokens, text):
        norm = canonical(token.norm)
        if norm in seen or at in camel:
            continue
        # A word the article uses needs no other form of it (asked first: its forms were read
        # for every name of the text, the article's plurals of a title among them).
        if vocabulary.has(norm):
            seen.add(norm)
            continue
        forms = _COUNTRY_FORMS.get(norm, ()) or _TITLE_FORMS.get(token.norm, ())
        forms = forms or plural_titles(norm, vocabulary)  # "Directors General" (equated_words)
        if any(vocabulary.has(f) for f in forms):
            seen.add(norm)
            continue  # "Germany" for the article's "German", "Afghan" for its "Afghanistan"
        if at in worded:
            continue
        if token.norm in _LONG_FORMS and _long_form_backed(tokens, at, vocabulary):
            continue  # "Sri Lanka's" for the article's "Sri Lankan"; asked at each place
        if party_backed(tokens, at, vocabulary.article):
            continue  # "United States" for the article's "the White House" (party_backing)
        seen.add(norm)
        following = tokens[at + 1].norm if at + 1 < len(tokens) else None
        if opening and (
            common_word(token.norm, vocabulary, following)
            or piece_opening(tokens, at)
            or common_opening(tokens, at, text)  # "None dealt", "Violence in" (opening_shapes.py)
        ):
            continue  # "Violations" beside "violation"; "Column on ..." (piece_kinds.py)
        if opening and common_head(tokens, at, text):  # "Joint fleet of" (common_heads.py)
            seen.discard(norm)  # read again later ("Gallant rescue ... praised by Gallant")
            continue
        if opening and grammar_opening(tokens, at, text, vocabulary.article):  # (label_heads)
            seen.discard(norm)  # read again later in the piece ("Rush of ... as Rush quits")
            continue  # "Death of", "Between 1992 and 2003", "Wind-down of"
        if opening and thing_opening(tokens, at, text):  # "Revenue fell" (thing_openings.py)
            seen.discard(norm)  # read again later in the piece
            continue
        if not opening and other_number(token.text, vocabulary):
            continue  # "Iskander" for the page's "Ten Iskanders" (word_forms.py)
        if written_otherwise(tokens, at, text, vocabulary.article, opening):
            continue  # "WFP", "COP30", "Ireland" for "the Taoiseach" (other_writings.py)
        if glued_word(text, token.start, token.end, vocabulary):
            continue  # "1MDB" written so by the article (word_forms.py)
        problems.append((token.text, f"{token.text!r} does not occur in the article"))
    return problems + other_people(tokens, text, vocabulary.article)  # "Wang Yi" (full_names)
