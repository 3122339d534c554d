"""The speaker named after a speech verb ("said Kremlin spokesman Dmitry Peskov"), read for
:mod:`summarizer.verification.sentences.clauses`: the name that ends the run of title words after
the verb, never a name inside the run, nor one the speaker quotes or cites ("said Kallas, quoting
Zelensky": Kallas said the words here, whoever said them first)."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..page.wraps import hard_wrapped
from ..people.names import PARTICLES, TITLES, find_named
from .served_names import served_at
from .subjects import INSTITUTIONS, OFFICES
from .title_runs import bracketed_run

_JOINING = word_set("of the and")
_FOR_SOMEONE = word_set("to for of")
_SOURCE_CUES = word_set("quoting citing echoing paraphrasing")
_RELAYED = word_set("quoted cited")


def named_at_start(parts: list[str], tokens: Sequence[Token], text: str = "") -> bool:
    """The speaker named right after a verb ("said Kremlin spokesman Dmitry Peskov"), not in
    the possessive ("said Israel's defense minister", "Guterres' spokesman"): within three
    words, or after a longer run of title words ("said Utica Common Council President Mike
    Galime", "said Russian Foreign Minister Sergey Lavrov's spokeswoman Maria Zakharova",
    "said the head of the Ukrainian presidential office Andriy Yermak"). A name inside the run
    is not the speaker: one joined by a dash to another name ("said Kallas\u2013Barrot ally
    Anna Berg": neither Kallas nor Barrot), or the object of "aide to", "head of" with the
    speaker's name after a comma ("said Kremlin aide to President Vladimir Putin, Yury
    Ushakov"). A headline with no full stop runs into the next line's sentence in one
    paragraph ('...: "no military solution" says Idriss Deby' + "The summit met"): the words
    up to the line break are read too, the name then ending them (check 27); never in a
    hard-wrapped text, where a name may run over the break ("said Senator Chris\nCoons")."""
    run = bracketed_run(tokens, 0, text) if text else None
    if run is not None and all(find_named(part, tokens[run[0] : run[1] + 1]) for part in parts):
        return True  # "said the Chief Executive, Grid Authority (GA), Dr Ana Ruiz" (title_runs)
    line = tokens if hard_wrapped(text) else _to_line_end(tokens, text)  # "Chris\nCoons"
    if len(line) < len(tokens) and _ends_name(line, tokens[len(line)]):
        return _named_first(parts, line, text)  # not "X\nMinister Ana Ruiz left": hers
    return _named_first(parts, tokens, text) or (
        len(line) < len(tokens) and _named_first(parts, line, text)
    )


def _ends_name(line: Sequence[Token], following: Token) -> bool:
    """Whether a line that the next line's capitalised word runs on from ends in a name (a
    capitalised word, no title): the name after the verb ends there."""
    last = line[-1]
    return len(line) > 1 and last.capitalised and last.norm not in TITLES and following.capitalised


def _to_line_end(tokens: Sequence[Token], text: str) -> Sequence[Token]:
    """The tokens up to the first line break between two of them (all when there is none)."""
    if not tokens or "\n" not in text[tokens[0].end : tokens[-1].start]:
        return tokens
    for index in range(1, len(tokens)):
        if "\n" in text[tokens[index - 1].end : tokens[index].start]:
            return tokens[:index]
    return tokens


def _named_first(parts: list[str], tokens: Sequence[Token], text: str) -> bool:
    if not tokens or not all(find_named(part, tokens) for part in parts):
        return False
    return any(
        (first <= 3 or (first <= 10 and _title_run(tokens, first, text)))
        and not possessive(tokens[last], text)
        and not _joined_on(tokens, last)
        and not (first and tokens[first].joined and tokens[first - 1].capitalised)
        and not _named_after(tokens, first, last, text)
        and not _modifies(tokens, last, text)
        and not _cited(tokens, first)
        and not _companion(tokens, first, text)
        and not served_at(tokens, first, text, last > first and " " in parts[0])  # "for Hale"
        for first, last in find_named(parts[0], tokens)
    )


def _companion(tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "said Ortiz, with Hale at his side", "said Ortiz to Hale", "said Reis, a spokesman
    for Minister Ana Ruiz": a name after the speaker's, past a comma or a word that is no
    office's, is someone the speaker stands with, speaks to or serves. A name that is itself
    an office's object ("said an adviser to Minister Ana Ruiz, Marcos Lima") or a possessive
    ("said Ruiz's deputy, Tom Hale") is no speaker before it, and a run of title words ("said
    Kremlin spokesman Dmitry Peskov", "said Putin aide Yuri Ushakov") is no gap."""
    index = 0
    while index < first:
        if not tokens[index].capitalised or tokens[index].norm in TITLES:
            index += 1
            continue
        end = index  # the capitalised run from here: one name
        while end + 1 < first and tokens[end + 1].capitalised and text[
            tokens[end].end : tokens[end + 1].start
        ] == " ":  # fmt: skip
            end += 1
        owned = index and tokens[index - 1].norm in _OBJECT_CUES
        if not owned and not possessive(tokens[end], text) and end + 1 < first:
            after = tokens[end + 1]
            gap = text[tokens[end].end : after.start]
            if "," in gap or (
                not after.capitalised
                and after.norm not in PARTICLES  # "said Maria Ortiz de la Cruz"
                and (after.norm in _SMALL or not _in_title(after))
            ):
                return True
            if after.norm in _ABOUT and _a_person(tokens[index : end + 1]):
                return True  # "said Luis Ramos of John Kerry": the one spoken of
        index = end + 1
    return False


_OBJECT_CUES = word_set("to for of the")
# Words after a speaker's name before the one spoken of ("said Ramos of Kerry", "about").
_ABOUT = word_set("of about regarding")


def _a_person(run: Sequence[Token]) -> bool:
    """A capitalised run that is a person's full name: two words or more, none a title, an
    office, a rank or a body's word ("said Luis Ramos of John Kerry"; not "said Governor of
    the Bank of Ghana Ama Ofori", "said Lord Mayor of Leeds Ann Cole")."""
    return len(run) >= 2 and not any(
        t.norm in TITLES or t.norm in OFFICES or t.norm in INSTITUTIONS or t.norm in _OFFICE
        or t.norm in _RANKS or t.text.isupper()
        for t in run
    )  # fmt: skip


_RANKS = word_set("lord lady mayor commander inspector marshal general major captain colonel")


def _cited(tokens: Sequence[Token], first: int) -> bool:
    """ "said Kallas, quoting (President) Zelensky", "citing Foreign Minister X": the name is
    the source the speaker quotes or cites (over a run of titles), not the speaker; "said
    Zelensky, quoted by Kallas": the one who passed the words on, not the speaker."""
    index = first
    while index > max(first - 4, 0) and (
        tokens[index - 1].norm in TITLES or tokens[index - 1].capitalised
    ):
        index -= 1  # "quoting Supreme Leader Ali Khamenei"
    if index > 1 and tokens[index - 1].norm == "by" and tokens[index - 2].norm in _RELAYED:
        return True
    return index > 0 and tokens[index - 1].norm in _SOURCE_CUES


def _title_run(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the words before ``tokens[first]`` are all a title's, with no comma among them
    but the one right before the name ("said Reis, a spokesman for Minister Ana Ruiz" is
    Reis, the speaker, and an appositive)."""
    if not all(map(_in_title, tokens[:first])):
        return False
    return not any(
        "," in text[tokens[index].end : tokens[index + 1].start] for index in range(first - 1)
    )


def possessive(token: Token, text: str) -> bool:
    """ "Lavrov's", "Lavrov\u2019s", and "Guterres' spokesman", "Ruiz\u2019 aide" (the mark
    alone after a name, then a space: after a final s, or before a word in lower case)."""
    if token.text.lower().endswith(SINGULAR_POSSESSIVES):
        return True
    if text[token.end : token.end + 1] not in ("'", "\u2019"):
        return False
    after = text[token.end + 1 : token.end + 3]
    return after[:1] == " " and (token.text.endswith("s") or after[1:].islower())


def _joined_on(tokens: Sequence[Token], last: int) -> bool:
    """ "Kallas\u2013Barrot ally": a name joined by a hyphen or dash to a capitalised word."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return following is not None and following.joined and following.capitalised


def _named_after(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """ "aide to President Vladimir Putin, Yury Ushakov": the name follows "to", "of" or "for"
    in the run and another name (two capitalised words) follows it after a comma."""
    if not any(token.norm in _FOR_SOMEONE for token in tokens[:first]):
        return False
    after = tokens[last + 1 : last + 3]
    if len(after) < 2 or "," not in text[tokens[last].end : after[0].start]:
        return False
    return (
        all(t.capitalised and t.norm not in TITLES and not possessive(t, text) for t in after)
        and text[after[0].end : after[1].start] == " "
    )


def _modifies(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "said Putin aide Yuri Ushakov": the name qualifies an office word in lower case that a
    person's name (two capitalised words) follows, with no comma between."""
    index = last + 1
    while index < len(tokens) and not tokens[index].capitalised and _office_word(tokens[index]):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return False
        index += 1
    if index == last + 1 or index + 1 >= len(tokens):
        return False
    name = tokens[index : index + 2]
    gaps = text[tokens[index - 1].end : name[0].start] + text[name[0].end : name[1].start]
    return all(t.capitalised for t in name) and "," not in gaps


def _office_word(token: Token) -> bool:
    return token.norm in TITLES or (token.norm in _OFFICE and token.norm not in _SMALL)


_SMALL = word_set("a an to for")


# Words of an office written before a name, in lower case ("aide to", "the head of the
# presidential office", "political director").
_OFFICE = word_set(
    """a an aide aides adviser advisor head office presidential policy political security
    national press affairs top senior campaign communications chief staff team negotiator lead
    to for economic ministry government party mission delegation embassy council commission
    committee board department agency bureau cabinet military defense defence administration
    official lawyer attorney ally"""
)


def _in_title(token: Token) -> bool:
    """A word of a title written before a name: capitalised ("Principal Deputy Spokesperson",
    "Lavrov's"), a title word in lower case, an office's word ("aide to", "head of the") or a
    joining word ("of", "the")."""
    return (
        token.capitalised or token.norm in TITLES or token.norm in _JOINING or token.norm in _OFFICE
    )


def owner_of_next(subject: list[Token], last: int, text: str = "") -> bool:
    """Whether the name ending at ``subject[last]`` (or running on through capitalised words:
    "Benjamin" of "Benjamin Netanyahu's office") is in the possessive before another word
    ("Guterres' spokesman" too, when the text is given)."""
    while last + 1 < len(subject) and subject[last + 1].capitalised:
        if possessive(subject[last], text):
            break
        last += 1
    return last < len(subject) - 1 and possessive(subject[last], text)
