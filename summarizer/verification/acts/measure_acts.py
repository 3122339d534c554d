"""Sponsors in the wording of parliaments and of bills named after them, read for the sponsor
rule (:func:`summarizer.verification.rules.support_person`, a field whose cues hold "sponsor"):

- verbs that make their subject a measure's sponsor only with a measure as their object
  (:func:`measure_cues`): "Lord Collins moved amendment 3", "will move the motion", "put
  forward a bill", "brought forward an amendment", "co-authored a bill", "wrote the measure",
  "penned the amendment"; and their passives after the measure ("Amendment 7, moved by Lady
  Wren", "the bill, put forward by Sen. Varga"). Each is returned as a cue, so
  :func:`summarizer.verification.acts.actors.is_actor` reads its subject or its "by" as for any
  cue. Without a measure they say nothing of one: "moved quickly to reassure", "brought
  forward the date", "co-authored a book", "wrote to the committee";
- "a bill by Kirk and Menendez": a measure noun right before "by" names its authors
  (:func:`measure_cues` too);
- "amendment 22 in the name of Baroness Kerr", "the motion standing in the names of A and B",
  "an amendment from Lord Ashby": a parliament's way of naming a motion's movers
  (:func:`in_name_of`);
- "Coons partnered with Young on the sanctions bill", "teamed up with ... on a bill": a
  co-acting phrase about a measure makes both sides its sponsors (:func:`partnered_on`; "to
  introduce" after it is :func:`summarizer.verification.acts.co_actors.teamed_to`'s);
- "Moving amendment 3, Lord Ashby said": a cue participle opening the sentence is the act of
  the subject after its comma (:func:`opens_with_act`); "Sen. Ruiz, the bill's co-author,"
  and "X is the author of the amendment" name an author (:func:`author_of`);
- "the Kirk-Menendez Iran sanctions bill", "the Smoot-Hawley Tariff Act": a measure named by
  its sponsors' dashed surnames names each of them as a sponsor (:func:`named_for`); not a
  dash of places ("the US-China trade bill"), nor of names before another noun ("the
  Kirk-Menendez talks", "a Menendez-era law").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from ..events.news_wordings import raised_at
from ..page.article import ArticleText
from ..page.tokens import Token, name_key, tokenize, word_set
from ..people.names import TITLES, name_parts
from .co_actors import only_agents
from .law_owners import MEASURES
from .measure_makers import maker_cues

# The measures a parliament moves, files or writes (plurals: "moved amendments 3 and 4").
NOUNS = MEASURES | word_set(
    """bills acts measures proposals amendments resolutions motion motions clause clauses
    legislation"""
)
# Words that may stand between such a verb and its measure: "moved the first amendment",
# "put forward a bipartisan Iran sanctions bill", "moved amendment 3", "moved her own motion".
_BEFORE_NOUN = word_set(
    """the a an and his her their its this own new first second third fresh further
    separate bipartisan cross party private member members sanctions tariff trade key
    related companion draft wrecking government opposition"""
)
_MOVING = word_set("moved move moves moving")
# A motion or an amendment moved is one tabled; a bill moved "to", "through" or "forward" is
# moved on in the procedure.
_MOTIONS = word_set("amendment amendments motion motions clause clauses")
_ONWARD = word_set("to through forward ahead into onto out up along quickly swiftly")
_FORWARD = word_set("put puts putting brought bring brings bringing")
_WRITING = word_set("wrote write writes writing written penned pens pen")
# The second halves of "co-authored", "co-wrote", "co-drafted", "co-written".
_CO_WRITING = word_set(
    """authored author authors authoring wrote write writes written drafted draft drafts
    drafting"""
)
_REACH = 6  # words from the verb to its measure
_BACK = 4  # words from a measure back to its passive verb ("Amendment 7, moved by")
_NAME_WORDS = word_set("in the name names of standing tabled")
# Co-acting phrases whose "with" joins two sponsors when a measure follows ("on the bill").
_PARTNERING = word_set("partnered partnering teamed teaming joined joining collaborated")
_PARTNER_FILLERS = word_set("up forces closely")
_ON = word_set("on for over")
# One-word names of countries, their people and capitals: "the US-China trade bill" is no
# bill of sponsors named US and China.
_PLACES = frozenset(
    name_key(words[0].norm)
    for entry in PARTIES.values()
    for aliases in entry
    for words in map(tokenize, aliases)
    if len(words) == 1
)


def measure_cues(article: ArticleText, index: int) -> list[int]:
    """The indexes in sentence ``index`` of the verbs and nouns the module names, read once
    per article and sentence."""
    key = ("measure cues", index)
    known: list[int] | None = article.memo.get(key)
    if known is None:
        tokens = article.sentence_tokens(index)
        raised = raised_at(tokens)  # "raised the duty" (news_wordings.py)
        known = [i for i in range(len(tokens)) if i in raised or _measure_cue(tokens, i)]
        known = sorted({*known, *maker_cues(tokens, frozenset(t.norm for t in tokens))})
        article.memo[key] = known
    return known


def _measure_cue(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    if token.joined:
        return False  # the second half of "co-authored" is read with its "co"
    after = index + 1
    following = tokens[after] if after < len(tokens) else None
    if token.norm == "co" and following is not None and following.joined:
        if following.norm not in _CO_WRITING:
            return False
        after += 1
    elif token.norm in _FORWARD:
        if following is None or following.norm != "forward":
            return False  # "put the question", "brought the bill to the floor"
        after += 1
    elif token.norm in NOUNS:
        return following is not None and following.norm == "by"  # "the bill by Kirk"
    elif token.norm not in _MOVING and token.norm not in _WRITING:
        return False
    if after < len(tokens) and tokens[after].norm == "by":
        return _measure_before(tokens, index)  # "Amendment 7, moved by Lady Wren"
    noun = _measure_after(tokens, after)
    if noun is None:  # "the measure that Sen. Park put forward"
        noun = _relative_measure(tokens, index)
        onward = after < len(tokens) and tokens[after].norm in _ONWARD
        if noun is None or token.norm not in _MOVING or tokens[noun].norm in _MOTIONS:
            return noun is not None
        return not onward  # "the bill that Sen. Park moved to the floor"
    if token.norm not in _MOVING or tokens[noun].norm in _MOTIONS:
        return True
    return not _moved_on(tokens, noun)  # "moved the bill to the floor": no sponsor's act


def _relative_measure(tokens: Sequence[Token], verb: int) -> int | None:
    """ "the measure that Senator Jo Park put forward", "the amendment which Lord Dane moved",
    "the bill Congresswoman Reyes wrote": the index of a measure noun before "that"/"which",
    or right before the verb's subject, with only that subject (agents) between it and the
    verb, or None."""
    for index in range(verb - 1, max(verb - _REACH - 2, 0), -1):
        if tokens[index].norm in ("that", "which"):
            if tokens[index - 1].norm in NOUNS and only_agents(tokens[index + 1 : verb]):
                return index - 1
            return None
        if tokens[index].norm in NOUNS and tokens[index + 1].capitalised:
            agents = tokens[index + 1 : verb]  # "the bill Congresswoman Reyes wrote"
            return index if only_agents(agents) else None
    return None


def _moved_on(tokens: Sequence[Token], noun: int) -> bool:
    """ "moved the bill to a vote", "moved the measure through committee": a bill moved on
    in the procedure, not moved as a motion."""
    after = noun + 1
    while after < len(tokens) and tokens[after].is_number:
        after += 1
    return after < len(tokens) and tokens[after].norm in _ONWARD


def _measure_after(tokens: Sequence[Token], start: int) -> int | None:
    """The index of the measure noun that is the object starting at ``start``, with only
    determiners, modifiers, numbers and capitalised words before it ("amendment 3", "a
    bipartisan Iran sanctions bill", "the Trade Bill"), or None."""
    for index in range(start, min(start + _REACH, len(tokens))):
        token = tokens[index]
        if token.norm in NOUNS:
            return index
        if not (token.norm in _BEFORE_NOUN or token.capitalised or token.is_number):
            return None
    return None


def _measure_before(tokens: Sequence[Token], verb: int) -> bool:
    """A measure noun stands just before a passive verb ("Amendment 7, moved by", "the bill
    was put forward by"), with only a number, "was"/"is" or "been" between."""
    for index in range(verb - 1, max(verb - _BACK - 1, -1), -1):
        norm = tokens[index].norm
        if norm in NOUNS:
            return True
        if not (tokens[index].is_number or norm in _PASSIVE_FILL):
            return False
    return False


_PASSIVE_FILL = word_set("was is were are been being has have had")


def in_name_of(tokens: Sequence[Token], first: int) -> bool:
    """ "amendment 22 in the name of Baroness Orla Kerr", "the motion standing in the names of
    Lord Fenn and Lady Abara", "an amendment from Lord Ashby": the name follows "in the
    name(s) of" or "from" (only agents between) and a measure noun stands just before the
    phrase."""
    for at in range(first - 1, max(first - 16, 0), -1):
        norm = tokens[at].norm
        if norm == "from":
            return only_agents(tokens[at + 1 : first]) and _noun_before(tokens, at)
        named = norm == "of" and at >= 3 and tokens[at - 1].norm in ("name", "names")
        if named and tokens[at - 2].norm == "the" and tokens[at - 3].norm == "in":
            return only_agents(tokens[at + 1 : first]) and _noun_before(tokens, at - 3)
    return False


def _noun_before(tokens: Sequence[Token], at: int) -> bool:
    """A measure noun just before ``at`` ("amendment 22 in", "the motion standing in")."""
    for index in range(at - 1, max(at - 5, -1), -1):
        if tokens[index].norm in NOUNS:
            return True
        if not (tokens[index].is_number or tokens[index].norm in _NAME_WORDS):
            return False
    return False


def partnered_on(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "Sen. A partnered with Sen. B on the sanctions bill", "teamed up on the bill with Sen.
    B": the subject right before the phrase (titles skipped) and the names after its "with"
    (only agents between), when "on", "for" or "over" and a measure follow the names, or
    stand between the phrase and its "with"."""
    for phrase in range(len(tokens)):
        if tokens[phrase].norm not in _PARTNERING:
            continue
        at = phrase + 1
        while at < len(tokens) and tokens[at].norm in _PARTNER_FILLERS:
            at += 1
        if at >= len(tokens):
            continue
        if tokens[at].norm in _ON:  # "teamed up on the bill with Sen. B"
            noun = _measure_after(tokens, at + 1)
            names = _agents_after_with(tokens, noun + 1) if noun is not None else None
        else:  # "with Sen. B on the sanctions bill"
            names = _agents_after_with(tokens, at)
            if names is not None and not _on_measure(tokens, names[1]):
                names = None
        if names is None:
            continue
        if names[0] <= first and last < names[1]:
            return True
        if last + 1 == phrase:
            return True
    return False


def _on_measure(tokens: Sequence[Token], at: int) -> bool:
    """ "on the sanctions bill", "for a bill" at ``at``."""
    on = at < len(tokens) and tokens[at].norm in _ON
    return on and _measure_after(tokens, at + 1) is not None


def _agents_after_with(tokens: Sequence[Token], at: int) -> tuple[int, int] | None:
    """(first, end) of the agents after a "with" at ``at``, or None."""
    if at >= len(tokens) or tokens[at].norm != "with":
        return None
    end = at + 1
    while end < len(tokens) and only_agents(tokens[end : end + 1]):
        end += 1
    return (at + 1, end) if end > at + 1 else None


def opens_with_act(tokens: Sequence[Token], first: int, cues: Sequence[int], text: str) -> bool:
    """ "Moving amendment 3, Lord Ashby said", "Introducing the bill, Senator Ruiz warned": a
    cue participle opening the sentence is the act of the subject right after its clause's
    comma (only titles and names between)."""
    if not cues or cues[0] != 0 or not tokens[0].norm.endswith("ing") or first < 2:
        return False
    comma = next(
        (i for i in range(1, first + 1) if "," in text[tokens[i - 1].end : tokens[i].start]),
        None,
    )
    return comma is not None and only_agents(tokens[comma:first])


def author_of(tokens: Sequence[Token], last: int) -> bool:
    """ "Sen. Ana Ruiz, the bill's co-author, said", "X, a co-author of the measure", "X is
    the author of the amendment": the name's appositive or predicate names it the measure's
    author (only role words between the name and "author"; the measure before it as a
    possessive or after it with "of")."""
    for index in range(last + 1, min(last + 8, len(tokens))):
        token = tokens[index]
        if token.norm == "co" and index + 1 < len(tokens) and tokens[index + 1].joined:
            continue
        if token.norm not in _AUTHORS:
            if token.norm in _AUTHOR_LEAD or token.norm in NOUNS:
                continue
            return False
        before = tokens[last + 1 : index]
        if any(t.norm in NOUNS for t in before):
            return True  # "the bill's co-author"
        of = index + 1 < len(tokens) and tokens[index + 1].norm == "of"
        return of and _measure_after(tokens, index + 2) is not None
    return False


_AUTHORS = word_set("author authors")
_JOINED_AUTHORING = word_set("authored drafted sponsored written penned introduced")
_AUTHOR_LEAD = word_set(
    """the a an one of its their his her lead original chief main principal also is was
    co"""
)


def named_for(part: str, tokens: Sequence[Token]) -> bool:
    """ "the Kirk-Menendez Iran sanctions bill": the value's surname is one of two or more
    capitalised surnames joined by dashes (none a country, people or capital) that name a
    measure right after them (within six words: modifiers, numbers or capitalised words
    before it); or the surname is joined by a dash to a participle of writing a measure
    ("the Ortiz-authored bill", "an Ortiz-drafted amendment")."""
    words = name_parts(part)
    if not words:
        return False
    surname = name_key(words[-1])
    for index, token in enumerate(tokens):
        if name_key(token.norm) != surname or not token.capitalised:
            continue
        start = index
        while start > 0 and tokens[start].joined and tokens[start - 1].capitalised:
            start -= 1
        end = index
        while end + 1 < len(tokens) and tokens[end + 1].joined and tokens[end + 1].capitalised:
            end += 1
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        if following is not None and following.joined and following.norm in _JOINED_AUTHORING:
            return True  # "the Ortiz-authored bill"
        if start == end or (start > 0 and tokens[start].joined):
            continue  # no dash, or one after a lower-case word ("anti-Kirk")
        chain = tokens[start : end + 1]
        if any(name_key(t.norm) in _PLACES or t.norm in TITLES or t.is_number for t in chain):
            continue
        if end + 1 < len(tokens) and tokens[end + 1].joined:
            continue  # "Menendez-era"
        if _measure_after(tokens, end + 1) is not None:
            return True
    return False


__all__ = [
    "NOUNS",
    "author_of",
    "in_name_of",
    "measure_cues",
    "named_for",
    "opens_with_act",
    "partnered_on",
]
