"""A body a speaker value names by its country, in the other ways news names that country,
for :mod:`summarizer.verification.quotes.speakers`.

"China's commerce ministry", "the Chinese commerce ministry", "Beijing's commerce ministry"
and "a Beijing commerce ministry spokesman" name one body: the country's name in the
possessive, its people's adjective, or its capital (:data:`summarizer.text.countries.PARTIES`)
before the same words. A speaker value that opens with one of these forms is read in each
other form the article writes, and an attribution to any of them is an attribution to the
value; the rest of the words must be the same, so "Moscow's foreign ministry" never stands
for "Russia's defence ministry", nor "Kyiv's" for "Russia's".

A value that is a country's name or capital alone ("United States", "Russia") is the speaker
of a quote whose speech verb has, as its whole subject, another name or the capital of that
country, the way news makes a capital stand for its government ("Washington called both
attacks "..."", "Moscow said the seizure was "..."", '"...," Beijing said'):
:func:`capital_verdict`; :func:`capital_refusal` refuses a country value when that subject
is another country's name or capital. The subject must be the form alone, right before
the verb (after a fronted "On Monday,"), in the quote's own clause (after the last "while",
"but" or ";"): "Beijing's embassy in Manila warned" is no word of the Philippines, nor
"Kyiv said" Russia's (checks 68-69, session 31).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from summarizer.text.countries import PARTIES
from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import APOSTROPHE_ENDINGS, Token, word_set
from ..sentences.speech import SPEECH_VERBS


def _whole_forms() -> dict[str, tuple[str, ...]]:
    """Each country's name or capital (lower case) -> its names and capitals: the words that
    stand alone for its government ("Washington" for "United States")."""
    table: dict[str, tuple[str, ...]] = {}
    for names, _people, capitals, _seats in PARTIES.values():
        if not capitals:
            continue
        whole = (*names, *capitals)
        for word in whole:
            table[word.lower()] = whole
    return table


def _forms() -> dict[str, tuple[str, ...]]:
    """Each one-word-or-longer country form (lower case) -> every form of its country, as it
    stands before a body's noun: "China's", "Chinese", "Beijing's", "Beijing"."""
    table: dict[str, tuple[str, ...]] = {}
    for names, people, capitals, _seats in PARTIES.values():
        if not capitals:
            continue  # organisations and armed groups: no country forms
        adjective = people[:1]
        forms = (
            *(f"{name}'s" for name in names if not name.isupper() and "." not in name),
            *(name for name in names if name.isupper() or "." in name),  # "U.S. trade office"
            *adjective,
            *(f"{capital}'s" for capital in capitals),
            *capitals,
        )
        for word in (*names, *adjective, *capitals):
            table[word.lower()] = forms
    return table


_FORMS = _forms()
_WHOLE = _whole_forms()


def country_forms(value: str, text: str) -> Iterator[str]:
    """``value`` with its leading country form swapped for each other form of that country
    the article ``text`` writes ("China's commerce ministry" -> "Beijing's commerce
    ministry"); nothing when it opens with none."""
    words = value.split()
    article = words[:1] if words and words[0].lower() == "the" else []
    words = words[len(article) :]
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        head = " ".join(words[:size])
        bare = next((head[: -len(end)] for end in APOSTROPHE_ENDINGS if head.endswith(end)), head)
        forms = _FORMS.get(bare.lower())
        if forms is None:
            continue
        rest = " ".join(words[size:])
        for form in forms:
            name = form.removesuffix("'s")
            if form.lower() != head.lower() and name in text:
                yield f"{form} {rest}"
        return


def same_country(who: str, value: str) -> bool:
    """Whether ``who`` and ``value`` are each a name or capital of one country ("Washington"
    and "United States"; never "Kyiv" and "Russia")."""
    forms = _WHOLE.get(who.strip().removeprefix("the ").lower())
    return forms is not None and forms is _WHOLE.get(value.strip().removeprefix("the ").lower())


# Verbs a government's capital says or judges with ("Beijing dismissed the account as").
_VERBS = SPEECH_VERBS | word_set(
    """called calls dismissed dismisses rejected rejects condemned condemns described
    describes accused accuses branded brands denounced denounces welcomed welcomes"""
)
_CLAUSES = word_set("while whereas but and")


def _own_clause(lead: list[Token], text: str) -> list[Token]:
    """The lead-in's last clause: after its last ";", "while", "whereas", "but" or ", and"."""
    start = 0
    for index, token in enumerate(lead):
        gap = text[lead[index - 1].end : token.start] if index else ""
        joined = token.norm == "and" and "," not in gap  # "Egypt and Qatar welcomed": one subject
        if ";" in gap or (token.norm in _CLAUSES and not joined):
            start = index + (token.norm in _CLAUSES)
    clause = lead[start:]
    for index in range(1, min(len(clause), 6)):  # "On Monday, Moscow said"
        if "," in text[clause[index - 1].end : clause[index].start]:
            if clause[0].norm in _FRONTED:
                return clause[index:]
            break
    return clause


_FRONTED = word_set("on in at after before late early earlier later by")


def _subject_before_verb(tokens: list[Token], text: str) -> str | None:
    """The words before the first verb of ``tokens`` when they are one name, else None; a
    relative aside after the name ("Washington, which boycotted the summit, accused") and
    an adverb before the verb ("Moscow later said") are read over."""
    tokens = _without_aside(tokens, text)
    for index, token in enumerate(tokens):
        if token.norm in _VERBS:
            words = tokens[:index]
            while words and words[-1].norm in _ADVERBS:
                words = words[:-1]
            if not words or len(words) > 4:
                return None
            if not all(t.capitalised or t.norm in ("of", "the") for t in words):
                return None
            return text[words[0].start : words[-1].end]
        if index > 6:
            return None
    return None


_ADVERBS = word_set("then later also again swiftly quickly promptly")
_RELATIVES = word_set("which who")


def _without_aside(tokens: list[Token], text: str) -> list[Token]:
    """``tokens`` without a ", which ...," aside after its first words."""
    for index in range(1, min(len(tokens), 5)):
        if (
            tokens[index].norm in _RELATIVES
            and "," in text[tokens[index - 1].end : tokens[index].start]
        ):
            for close in range(index + 1, len(tokens)):
                if "," in text[tokens[close - 1].end : tokens[close].start]:
                    return tokens[:index] + tokens[close:]
            return tokens
    return tokens


def _speaking_form(article: ArticleText, region: tuple[int, int], sentence: int) -> str | None:
    """The quote's speech verb's whole subject, read as :func:`capital_verdict` says."""
    text = article.text
    tail = tail_of(article, region, sentence)
    if tail and "," not in text[region[1] : tail[0].start]:
        tail = []  # '"..." and warned Taipei': the lead-in's subject speaks
    if tail and tail[0].norm in SPEECH_VERBS and len(tail) > 1:  # '"...," said Moscow'
        return tail[1].text
    if tail and any(t.norm in SPEECH_VERBS for t in tail[:4]):  # '"...," Moscow said'
        return _subject_before_verb(tail[:4], text)
    return _subject_before_verb(_own_clause(lead_of(article, region, sentence), text), text)


def capital_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` has as its speech verb's whole subject a name or
    the capital of the value's country (see the module's doc)."""
    if _WHOLE.get(value.strip().removeprefix("the ").lower()) is None:
        return False
    for start, end in spans:
        who = _speaking_form(article, *quote_spot(article, start, end))
        if who is not None and who != value and same_country(who, value):
            return True
    return False


def capital_refusal(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """A refusal of a country value when the quote's speech verb's whole subject is another
    country's name or capital ("Pakistan accused India ... New Delhi rejected the charge as
    "..."": India's words, never Pakistan's, which a read-back to the sentence before gave);
    None otherwise."""
    if _WHOLE.get(value.strip().removeprefix("the ").lower()) is None:
        return None
    for start, end in spans:
        who = _speaking_form(article, *quote_spot(article, start, end))
        if who is None or _WHOLE.get(who.removeprefix("the ").lower()) is None:
            continue
        if who != value and not same_country(who, value):
            return False, f"the quote's own clause gives it to {who}, not {value!r}"
    return None


__all__ = ["capital_refusal", "capital_verdict", "country_forms", "same_country"]
