"""A role written of the person in a clause or apposition of their OWN sentence, for the
confirm-only mode (:mod:`summarizer.verification.confirm_only`, session 52). The role rule's
holder reading (:func:`.role_holders.role_ties`) reads a title's words in a row beside the
name; reporters as often give the post by a verb or in a longer apposition, and those correct
roles were left unconfirmed:
- a verb whose post is its doer's: "X, who chairs the commission" for "chair", "chairs the
  commission" or "chairman of the commission"; "who heads/leads/runs/directs/manages Y",
  "who co-founded Oracle" for "co-founder";
- a copula or naming verb: "X, who serves as Qatar's minister of state", "X became the
  country's first female prime minister", "X was named chief executive", "who has been Y's
  chief executive since 2019", "succeeds Z as chair", "who runs Y as managing partner";
- an apposition that holds more than the title: "X, 44, a construction worker", "X, a close
  friend who acted as his lawyer", "X, president of the pipeline company Transneft".
Only the clause that opens at the person's name is read, so a verb of another person in the
sentence ties nothing. A clause with a past mark ("until 2019", "former", "was", "ran") ties
nothing; a title run whose head is not the value's ("the president's adviser" for
"president") or that holds a rank word the value lacks ("deputy head" for "head") ties nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.normalize import strip_accents
from summarizer.text.vocabulary import STOPWORDS
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from .fact_people import person_and_value
from .holder_words import PAST, PEOPLE, ended, ends_at, possessive
from .names import NOT_NAMES, find_person
from .role_descriptions import sentences_of
from .role_holders import FORMER, OTHER_OFFICE

#: Verbs whose doer holds the post (present tense, or a founding, which lasts), with the post
#: nouns each gives ("who chairs X" is X's chair, chairman, chairwoman or chairperson).
_CHAIR = word_set("chair chairman chairwoman chairperson")
_HEAD = word_set("head chief boss leader")
_VERB_POSTS: dict[str, frozenset[str]] = {
    "chairs": _CHAIR,
    "cochairs": frozenset({"cochair", "cochairman", "cochairwoman"}),
    "heads": _HEAD,
    "leads": _HEAD,
    "lead": frozenset({"leader", "coleader", "head"}),
    "coleads": frozenset({"coleader"}),
    "runs": word_set("head chief boss director manager"),
    "directs": word_set("director head"),
    "manages": word_set("manager"),
    "commands": word_set("commander"),
    "presides": _CHAIR | word_set("president"),
    "founded": word_set("founder"),
    "cofounded": frozenset({"cofounder"}),
    "owns": word_set("owner"),
    "edits": word_set("editor"),
    "coaches": word_set("coach"),
    "captains": word_set("captain"),
    "hosts": word_set("host"),
    "represents": word_set("representative"),
    "speaks": word_set("spokesman spokeswoman spokesperson"),
    "administers": word_set("administrator"),
}
_VERB_POSTS["cochair"] = _VERB_POSTS["cochairs"]  # "A and B, who co-chair the committee"
#: Words that open a title run after them: a copula or a naming verb, and "as" after a verb.
_COPULAS = word_set("is are becomes became remains acting acts acted")
_NAMING = word_set("named appointed elected chosen confirmed installed made sworn hired") | {
    "re-elected"
}
#: Words that may stand between a copula and "as" ("who is acting as", "has been named as").
_COPULAS_AS = _COPULAS | _NAMING | word_set("is was has been serves serving in")
#: Words after a post verb that make it a verb of moving ("heads to", "leads off").
_MOVES = word_set("to for into back home off out up down toward towards away")
_MOVING = word_set("heads leads runs lead")
_RELATIVES = word_set("who that which whose")
#: Words that open a post still to come after a copula ("is to become", "is expected to").
_FUTURE = word_set("to be become expected due set tipped poised likely going about")
_TO_AS = word_set("succeeds succeeded replaces replaced takes took came comes returned returns")
#: Words that may stand before the verb in its clause ("who also chairs", "who jointly lead").
_ADVERBS = word_set("also now currently jointly still both already newly recently")
#: Words that stand before a title's head but are no part of it.
_DETERMINERS = word_set("the a an his her its their our both another one")
#: Where a title's head ends: a preposition or a clause word after it.
_HEAD_ENDS = word_set("of for at in on with to from since who that which whose and under")
_CLAUSE_WORDS = word_set("who that which whose and")
#: Words inside an object's noun phrase that are no part of what it names ("the", "and").
_OBJECT_KEEPS = word_set("the a an and")
#: Prepositions no stop word list holds, which end an object's noun phrase.
_PREPOSITIONS = word_set(
    """across around outside inside within among against through throughout near beside
    beyond behind below above between toward towards via without despite during after before"""
)
#: Words of a rank above or below a post ("deputy head" is no head, "chief economist" no
#: economist): a title run holding one the value lacks ties nothing; so does one holding
#: another post word (:data:`.holder_words.PEOPLE`) or a verb's "-ing" ("managing director"
#: is no director).
_RANKS = (
    OTHER_OFFICE
    | FORMER
    | word_set("chief senior junior co honorary incoming outgoing designate elect caretaker")
    | word_set("transition transitional")
)
#: Ordinals that make a rank with a rank word after them ("First Vice Foreign Minister"), not
#: alone ("the country's first female prime minister").
_ORDINALS = word_set("first second third")
#: "-ing" words that describe the holder, not another post ("the founding frontman").
_STANDING = word_set("founding leading ruling governing sitting reigning serving longstanding")
#: Past marks inside a clause: the post read there is no longer held.
_PAST = PAST | word_set("was were had")
_FILLERS = word_set("the a an of")
#: Honorifics and ranks before a name that no title list holds ("Sir James Mackey").
_HONORIFICS = word_set("sir dame lord lady colonel major captain lieutenant sergeant sheikh")
_LIST = ","  # not a word: marks a value written with a comma
_LONGEST = 18  # tokens a clause or apposition may run to


def _words(tokens: Sequence[Token]) -> list[str]:
    """The tokens' norms, a hyphen's parts joined as one word ("44-year-old"), a "co-" with
    none ("cofounded", as the tokenizer writes "cochair")."""
    words: list[str] = []
    for token in tokens:
        if token.joined and words:
            words[-1] += ("" if words[-1] == "co" else "-") + token.norm
        else:
            words.append(token.norm)
    return words


def _run(text: str, tokens: Sequence[Token], start: int, value: frozenset[str]) -> list[Token]:
    """The tokens from ``start`` to the phrase's end (a bracket, colon, semicolon, dash, full
    stop or comma), over a comma inside a list ("fashion, home and beauty") or before a word
    of a value written with commas ("for health, population and methods")."""
    run: list[Token] = []
    for k in range(start, min(len(tokens), start + _LONGEST)):
        if k > start:
            between = text[tokens[k - 1].end : tokens[k].start]
            stop = ends_at(text, tokens, k - 1) or any(mark in ";." for mark in between)
            if stop and not (between.strip() == "," and _listed(tokens, k, value)):
                break
        run.append(tokens[k])
    return run


def _listed(tokens: Sequence[Token], at: int, value: frozenset[str]) -> bool:
    """Whether the comma before token ``at`` is inside a list of lower-case words ("fashion,
    home and beauty") or of the value ("health, population and methods")."""
    token = tokens[at]
    if token.capitalised or token.norm == "who":
        return False
    following = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    return (_LIST in value and token.norm in value) or following in ("and", "or")


def _parts(words: list[str]) -> list[list[str]]:
    """A clause cut at each "and" that opens another verb ("who chairs Kimberly-Clark and is
    its chief executive"); an "and" inside a title ("chairman of A and of B") stays."""
    parts: list[list[str]] = [[]]
    for k, word in enumerate(words):
        following = words[k + 1] if k + 1 < len(words) else ""
        if word == "and" and (following in _VERB_POSTS or following in _COPULAS | _TO_AS):
            parts.append([])
            continue
        parts[-1].append(word)
    return [part for part in parts if part]


def _value_words(value: str) -> tuple[list[str], frozenset[str]]:
    """The value's words in order (ending with :data:`_LIST` when it holds a comma: "deputy
    statistician for health, population and methods"), and as a set without "the", "a",
    "an", "of"."""
    words = _words(tokenize(value))
    return words + [_LIST] * ("," in value), frozenset(words) - _FILLERS


def _verbal(word: str) -> bool:
    """A verb's "-ing" as a post's modifier ("managing", "presiding"; not "shortest-serving")."""
    return word.endswith("ing") and "-" not in word and len(word) > 5 and word not in _STANDING


def _head_part(words: list[str]) -> tuple[list[str], list[str]]:
    """A title's head part (up to its first preposition or clause word) and its complement
    (the words after that preposition, up to the next: "of the Sovereign Council")."""
    for k, word in enumerate(words):
        if k and word in _HEAD_ENDS:
            rest = words[k + 1 :]
            if word in _CLAUSE_WORDS:
                return words[:k], []
            end = next((j for j, w in enumerate(rest) if w in _HEAD_ENDS), len(rest))
            return words[:k], rest[:end]
    return words, []


def _modifiers_placed(run: list[str], owners: frozenset[str], order: list[str]) -> bool:
    """Whether the words before the value's own head ("foreign" of "foreign minister") stand
    before the run's head, as its owner, or in the complement right after it ("leader of the
    Sovereign Council" for "Sovereign Council leader"); "minister of state for foreign
    affairs" is no "foreign minister"."""
    value_head, _ = _head_part([w for w in order if w not in _FILLERS or w == "of"])
    value_head = [w for w in value_head if w not in _DETERMINERS]
    head, complement = _head_part(run)
    placed = frozenset(head) | owners | frozenset(complement)
    return all(word in placed for word in value_head[:-1])


def _title_run(
    run: list[str], owners: frozenset[str], order: list[str], value: frozenset[str]
) -> bool:
    """Whether a title run ("the country's first female prime minister", "president of the
    pipeline company Transneft") writes the value: every value word in it, its head (the word
    before its first preposition) a value word, and no rank or past word the value lacks.
    ``owners``: the run's possessive words ("the president's adviser": "president"), which
    are no part of the head."""
    if not run or not value <= frozenset(run) or run[0] in _FUTURE:
        return False  # "is to become the 106th Archbishop": a post to come
    head = [word for word in run]
    for k, word in enumerate(run):
        if k and word in _HEAD_ENDS:
            head = run[:k]
            break
    head = [w for w in head if w not in _DETERMINERS and w not in owners and w not in _ADVERBS]
    if not head or head[-1] not in value or not _modifiers_placed(run, owners, order):
        return False
    ranks = {w for k, w in enumerate(head[:-1]) if w in _ORDINALS and head[k + 1] in _RANKS}
    ranks |= {w for w in head if w in _RANKS or (w in PEOPLE and w not in _ORDINALS) or _verbal(w)}
    written = frozenset(run) | {word.replace("-", "") for word in run}  # "one-time"
    return not (ranks - value) and not ((written & _PAST) - value)


def _verb_post(
    part: list[str], value_order: list[str], value: frozenset[str], owners: frozenset[str]
) -> bool:
    """Whether a clause opening at its verb ("chairs the Socialist group") writes the value:
    the same verb phrase, or one of the verb's post nouns with every other value word in
    the verb's object ("who leads the Sovereign Council" for "Sovereign Council leader")."""
    verb, rest = part[0], part[1:]
    if verb not in _VERB_POSTS or frozenset(part) & _PAST:
        return False
    if verb in _MOVING and rest and rest[0] in _MOVES:
        return False  # "X heads to Brussels" is no head
    rest = _object(rest)
    said = [word for word in value_order if word != _LIST]  # the verb phrase as written
    if said[:1] == [verb] and any(part[k : k + len(said)] == said for k in range(len(part))):
        return True  # ("runs a stall at the Central Market" is no "runs the Central Market")
    posts = value & _VERB_POSTS[verb]
    if "as" in rest:
        return False  # "who runs it as managing partner": the title after "as" is read
    return len(posts) == 1 and _held(rest, value - posts, owners)


def _held(rest: list[str], body: frozenset[str], owners: frozenset[str]) -> bool:
    """Whether the verb's object names the value's ``body`` words in its own noun phrase (up
    to a preposition or function word) and owns no other thing after them: "runs a stall at
    the Central Market", "heads a committee of the party", "commands respect across the
    party" or "manages the hotel's bookings" hold no post at the body named after."""
    if not body <= frozenset(rest) or not (body := body - STOPWORDS - _HEAD_ENDS):
        return not body  # "who manages the Riverside Hotel" for "manager"
    words = rest[1:] if rest and rest[0] in _HEAD_ENDS | STOPWORDS else rest  # "speaks for"
    phrase: list[str] = []
    for word in words:
        if word in _HEAD_ENDS | STOPWORDS | _PREPOSITIONS and word not in _OBJECT_KEEPS:
            break
        phrase.append(word)
    owned = next((k for k, word in enumerate(phrase) if word in owners), None)
    after = phrase[owned + 1 :] if owned is not None else []
    return body <= frozenset(phrase) and all(word in body for word in after)


def _object(words: list[str]) -> list[str]:
    """A post verb's object, up to a verb or relative of its own ("heads a panel investigating
    Acme" heads no Acme)."""
    for k, word in enumerate(words):
        if _verbal(word) or word in _RELATIVES:
            return words[:k]
    return words


def _clause(
    part: list[str], owners: frozenset[str], order: list[str], value: frozenset[str]
) -> bool:
    """Whether one clause opening at the person ("who ...", or the name's own verb) writes the
    value by a post verb, a copula or naming verb, or a title after "as"."""
    part = [word for word in part if word not in _ADVERBS]  # "was recently named"
    if not part:
        return False
    if _verb_post(part, order, value, owners):
        return True
    verb = part[0]
    at = part.index("as") if "as" in part else 0
    if at and (verb in _VERB_POSTS or verb in _TO_AS or frozenset(part[:at]) <= _COPULAS_AS):
        opener = frozenset(part[:at])
        if opener & _PAST or (opener & _RANKS) - value:
            return False  # "who is acting as prime minister" holds no "prime minister"
        return _title_run(
            part[at + 1 :], owners, [w for w in order if w not in opener], value - opener
        )
    if part[:2] == ["has", "been"]:
        return _title_run(part[2:], owners, order, value)
    if verb in ("was", "is", "has") and len(part) > 1 and part[1] in _NAMING:
        return _title_run(part[2:], owners, order, value)
    if verb in _NAMING or verb in _COPULAS:
        return _title_run(part[1:], owners, order, value)
    return False


def _read_after(
    text: str, tokens: Sequence[Token], last: int, order: list[str], value: frozenset[str]
) -> bool:
    """Whether what follows the person's name at ``last`` writes the value: a "who" clause,
    an apposition (after an age: "X, 44, a construction worker") with perhaps a "who" clause
    of its own, or the name's own verb ("X became prime minister")."""
    start = last + 1
    if start >= len(tokens) or possessive(tokens[last]):
        return False
    between = text[tokens[last].end : tokens[start].start]
    listed = value | ({_LIST} & frozenset(order))  # _LIST: a value written with a comma
    if between.strip() == ",":
        if tokens[start].is_number and start + 1 < len(tokens):
            if text[tokens[start].end : tokens[start + 1].start].strip() != ",":
                return False
            start += 1  # an age
        run = _run(text, tokens, start, listed)
        if not run or ended(text, tokens, start):
            return False
        opening = run[0]
        owners = frozenset(t.norm for t in run if possessive(t))
        words = _words(run)
        if opening.norm == "who":
            return any(_clause(part, owners, order, value) for part in _parts(words[1:]))
        if opening.norm in _NAMING:  # "X, sworn in as a governor hours before"
            return _clause(_parts(words)[0], owners, order, value)
        after = _after_apposition(text, tokens, start + len(run), order, value)
        if not (
            possessive(opening) or opening.norm in _DETERMINERS or opening.norm in value
        ):  # another name (a list), or a clause of the sentence ("calling him")
            return after and not opening.capitalised
        if "who" in words:  # not "an adviser to the woman who runs the agency": hers
            at = words.index("who")
            own = not any(word in _HEAD_ENDS for word in words[1:at])
            clauses = _parts(words[at + 1 :]) if own else []
            return _title_run(words[:at], owners, order, value) or any(
                _clause(part, owners, order, value) for part in clauses
            )
        return _title_run(words, owners, order, value) or after
    if not between.isspace() or tokens[start].norm == "and":
        return False  # "against 149 for Noda and became": the clause's subject is another
    run = _run(text, tokens, start, listed)
    if not run or ended(text, tokens, start):
        return False
    owners = frozenset(t.norm for t in run if possessive(t))
    return _clause(_parts(_words(run))[0], owners, order, value)


def _whole_name(text: str, tokens: Sequence[Token], first: int, own: frozenset[str]) -> bool:
    """Whether the capitalised run ending at the found name holds only the person's words
    ("Bill Gates" is no Melinda French Gates, "Beji Caid Essebsi" no Hafedh Caid Essebsi)."""
    position = first - 1
    while (
        position >= 0
        and text[tokens[position].end : tokens[position + 1].start] == " "
        and _name_word(tokens[position])
    ):
        if tokens[position].norm not in own:
            return False
        position -= 1
    return True


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of a name (no title, "For", weekday)."""
    return token.capitalised and not (
        token.norm in PEOPLE
        or token.norm in _HONORIFICS
        or token.norm in NOT_NAMES
        or token.norm in STOPWORDS
    )


def _shared_surname(article: ArticleText, own: frozenset[str], surname: str) -> bool:
    """Whether the page writes the surname after another given name ("Bill Gates" on a page
    about Melinda French Gates): then the bare surname may be either."""
    for index in sentences_of(article, surname):
        tokens = article.sentence_tokens(index)
        for k in range(1, len(tokens)):
            before = tokens[k - 1]
            if tokens[k].norm == surname and _name_word(before) and before.norm not in own:
                return True
    return False


def _after_apposition(
    text: str, tokens: Sequence[Token], start: int, order: list[str], value: frozenset[str]
) -> bool:
    """Whether the name's own verb after its apposition writes the value ("X, once France's
    finance minister, was recently named special adviser"); an "and" there opens the next
    name of a list."""
    if start >= len(tokens) or text[tokens[start - 1].end : tokens[start].start].strip() != ",":
        return False
    if tokens[start].norm == "and" or tokens[start].capitalised:
        return False
    run = _run(text, tokens, start, value)
    owners = frozenset(t.norm for t in run if possessive(t))
    return _clause(_parts(_words(run))[0], owners, order, value)


def _tied_in(
    article: ArticleText, index: int, name: str, order: list[str], value: frozenset[str]
) -> bool:
    tokens = article.sentence_tokens(index)
    text = article.text
    own = frozenset(t.norm for t in tokenize(name))
    spans = find_person(name, tokens, text)
    bare = [first for first, last in spans if first == last]
    if len(own) > 1 and bare and _shared_surname(article, own, tokens[bare[0]].norm):
        spans = [(first, last) for first, last in spans if first < last]
    return any(
        _whole_name(text, tokens, first, own) and _read_after(text, tokens, last, order, value)
        for first, last in spans
    )


def clause_tied(article: ArticleText, name: str, value: str) -> bool:
    """Whether a sentence naming the person writes ``value`` of them in a clause or
    apposition of their own (kept per article, person and value)."""
    key = ("role clauses", name, value)
    known: bool | None = article.memo.get(key)
    if known is None:
        words = [t for t in tokenize(name) if t.norm not in NOT_NAMES]
        order, wanted = _value_words(value)
        known = (
            bool(words)
            and bool(wanted)
            and any(
                _tied_in(article, index, name, order, wanted)
                # the page's lowered text drops accents: "Kämpe" is found as "kampe"
                for index in sentences_of(article, strip_accents(words[-1].text.lower()))
            )
        )
        article.memo[key] = known
    return known


def clause_role_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether a sentence naming the fact's person gives them ``value`` in a clause or
    apposition of their own (see the module)."""
    pair = person_and_value(value, ctx)
    return pair is not None and clause_tied(ctx.article, *pair)


__all__ = ["clause_role_tie", "clause_tied"]
