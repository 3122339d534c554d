"""The doer an event's own description names: the name before its verb.

An event's description is told as a headline is ("The House cleared the bill", "Hungary
ended its veto", "Chinese destroyer Guilin chases BRP Suluan", "SPD members approve the
treaty"), and the name standing before its verb is the one that did it: the subject of an
active verb. The event's ``actors`` say who carried it out; when none of them is that name
(nor its people's word, its capital, a person the article ties to it), the actors give the
event to someone the description itself does not: the Senate for the House's vote, the chased
ship for the chaser, the other candidate for the country that blocked it (outside checks 51,
56, 57 and 64). The description is the summary's own telling, and the doer is also named in the
evidence (else the description is no reading of it and nothing is refused).

Read narrowly, since a headline also puts a patient first ("Doyle sentenced to 21 years",
"Palestinians killed in Israel's campaign", "Joao Neves sent off": the one sentenced or sent
off is no doer): the subject is a name (every word capitalised but for "of"/"and", its last
word a name or a people's plural, "SPD members"), it opens the description, it is no
possessive ("Putin's talks"), no bare acronym whose expansion the text does not give
("ICC issues ...", "DGMOs held talks"), and the word after it is a verb: a present "-s"
form, or a past one followed by an object, an infinitive ("refused to approve") or, for a
verb that takes none ("arrived", "resigned"), anything. A past form followed by a
preposition or nothing is read as the passive a headline shortens, and no doer is read. A
"by" phrase ("election won by X") is not read: a vote's winner and its actor part too often.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.normalize import strip_accents
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import Token, has_whole_word, tokenize, word_set
from ..people.party_names import party_mentions, ties

# Words a capitalised name may hold inside it ("Bank of England", "Anglo American and Teck").
_INNER = word_set("of and the for")

# People's and members' plurals a subject may end on ("SPD members", "Hamas gunmen").
_PLURALS = word_set(
    """members officials lawmakers legislators deputies delegates diplomats leaders ministers
    troops soldiers forces fighters gunmen militants officers police voters negotiators
    prosecutors investigators judges workers sailors residents protesters"""
)

# Plural nouns a headline puts after a name that are no verb ("Putin's talks", "US strikes").
_NOUNS = word_set(
    """talks strikes attacks airstrikes exercises cuts forces troops officials members
    missiles jets drones ships sanctions tariffs elections relations negotiations clashes
    protests hostilities losses gains results figures news plans rules odds votes shares
    sales services operations affairs arms"""
)

# Past forms not ending in "-ed" that a headline's active verb takes.
_IRREGULAR = word_set(
    """won lost held met took gave made sent struck began broke brought bought chose drew
    drove fought found fled froze hit kept knew led left let paid put quit ran rang said
    sold set shot shut sought spoke stood swore threw told tore withdrew wrote overtook
    upheld overturned cut"""
)

# Verbs a headline uses with no object, active even before a preposition ("arrived in").
_INTRANSITIVE = word_set(
    """arrived resigned returned died landed withdrew met spoke walked crossed fled
    collapsed voted agreed travelled traveled went came left stepped quit retired"""
)

# Words before a verb a subject may run up to ("Fonterra to sell", "Cenovus will buy").
_AUXILIARIES = word_set("will would to has have had is are was were may might could can")

# Verbs whose subject is no sole doer: it undergoes the event ("Dutton loses his seat to
# Ali France": the winner acted), others take part in it as the schema counts them (the one
# elected, the counsel a court hears, the member that drafted what a council extends), or
# a headline shortens a passive with them ("Erin Patterson sentenced to life").
_UNREAD = word_set(
    """lose loses lost fail fails failed survive survives survived suffer suffers suffered
    face faces faced elect elects elected choose chooses chose name names named appoint
    appoints appointed nominate nominates nominated hear hears heard extend extends
    extended renew renews renewed sentenced jailed convicted charged arrested detained
    deported acquitted indicted fined banned expelled ousted injured wounded killed shot"""
)

# Endings of plural nouns, not verbs, before a preposition ("apprehensions at the border").
_NOUN_ENDINGS = ("ions", "ments", "ships", "ings", "ists", "ers", "ies", "ants", "ents")

_PREPOSITIONS = word_set(
    """in on at to for from with by into over about after before during against under
    between across through near without"""
)
_OBJECT_STARTS = word_set("the a an its their his her our this that these those")
_NOT_VERBS = _PREPOSITIONS | _OBJECT_STARTS | _AUXILIARIES | _NOUNS | word_set("and or but as")


def _acronym(token: Token) -> bool:
    word = token.text[:-1] if token.text.endswith("s") else token.text
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _active_after(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the word at ``verb`` is an active verb of the subject before it."""
    norm = tokens[verb].norm
    if tokens[verb].capitalised or tokens[verb].is_number or tokens[verb].joined:
        return False  # "House-passed resolution": a compound, no verb
    if norm in _UNREAD:
        return False
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if norm in _AUXILIARIES:
        return True
    if norm.endswith("s") and not norm.endswith(("ss", "as", "us", "is")) and norm not in _NOUNS:
        noun = norm.endswith(_NOUN_ENDINGS)
        return _present_object(after, tokens[verb + 2 : verb + 3], noun)  # "collides"
    if not (norm.endswith("ed") or norm in _IRREGULAR):
        return False
    if norm in _INTRANSITIVE:
        return True
    if after is None or after.norm in _PREPOSITIONS - {"to"}:
        return False  # "Doyle sentenced", "Palestinians killed in ...": a shortened passive
    if after.norm == "to":
        following = tokens[verb + 2] if verb + 2 < len(tokens) else None
        return following is not None and not (following.is_number or following.capitalised)
    return after.norm in _OBJECT_STARTS or after.capitalised or after.norm.isalpha()


def _present_object(after: Token | None, rest: Sequence[Token], noun: bool) -> bool:
    """What follows an "-s" word that makes it a verb: an object, a name, a number, an
    infinitive, a preposition unless the word ends as a plural noun does; not nothing, a
    past verb ("French sailors boarded": the "-s" word was the subject's noun) or "to be"
    ("detainees to be released")."""
    if after is None:
        return False
    if after.norm in _PREPOSITIONS - {"to"}:
        return not noun  # "collides with", not "apprehensions at"
    if after.norm == "to":
        return bool(rest) and rest[0].norm not in _AUXILIARIES | word_set("be")
    return not (after.norm.endswith("ed") or after.norm in _IRREGULAR)


def described_doer(description: str) -> list[Token]:
    """The tokens of the name the description opens on as its verb's subject; empty when
    it opens on no such name (see the module)."""
    tokens = tokenize(description)
    start = 1 if tokens and tokens[0].norm == "the" else 0
    position, plural = start, False
    while position < len(tokens):
        token = tokens[position]
        if token.capitalised or token.is_number or (token.norm in _INNER and position > start):
            position += 1
        elif token.norm in _PLURALS and position > start:
            position, plural = position + 1, True
            break
        elif position > start and _described(tokens, position):
            position += 1  # "Chinese destroyer Guilin": a common noun before the name
        else:
            break
    if position == start or position >= len(tokens):
        return []
    if _gap(description, tokens, start, position):
        return []
    subject = tokens[start:position]
    last = subject[-1]
    if not (last.capitalised or last.is_number or last.norm in _PLURALS):
        return []
    if last.text.endswith(("'s", "\u2019s", "'", "\u2019")):
        return []  # "Putin's talks": an owner, no subject
    if len(subject) == 1 and _acronym(subject[0]):
        return []  # "ICC issues", "DGMOs held talks": its expansion is not given
    if not subject[0].capitalised:
        return []
    if description[tokens[position].end : tokens[position].end + 1] in ("'", "\u2019"):
        return []  # "Boeing machinists' strike": a possessive noun, no verb
    if plural and _bare_verb(tokens[position]):
        return subject  # "SPD members approve the treaty"
    return subject if _active_after(tokens, position) else []


def _bare_verb(token: Token) -> bool:
    return token.norm.isalpha() and not token.capitalised and token.norm not in _NOT_VERBS


def _described(tokens: Sequence[Token], position: int) -> bool:
    """A lowercase noun inside a name: one or two of them, then a capitalised word."""
    for ahead in tokens[position : position + 3]:
        if ahead.capitalised:
            return True
        if ahead.norm in _NOT_VERBS or ahead.norm.endswith(("s", "ed", "ing")) or ahead.joined:
            return False
        if ahead.norm in _IRREGULAR or ahead.text.endswith(("'", "\u2019")):
            return False
    return False


def _gap(text: str, tokens: Sequence[Token], start: int, end: int) -> bool:
    """A comma, colon or semicolon inside the subject or right after it."""
    for index in range(start, min(end, len(tokens) - 1)):
        between = text[tokens[index].end : tokens[index + 1].start]
        if any(mark in between for mark in ",;:()"):
            return True
    return False


def _words(tokens: Sequence[Token]) -> set[str]:
    """The name words: capitalised ones, numbers, and a people's plural ("California voters"
    is "Voters")."""
    return {
        strip_accents(t.norm)
        for t in tokens
        if (t.capitalised or t.is_number or t.norm in _PLURALS)
        and t.norm not in _INNER
        and len(t.norm) > 1
    }


def named_in(doer: Sequence[Token], tokens: Sequence[Token], article: ArticleText) -> bool:
    """Whether a run of tokens names the doer: all its name words, or its party by any alias
    ("Hungary" in "Hungarian diplomats", "Budapest")."""
    words = {strip_accents(t.norm) for t in tokens}
    if _words(doer) <= words:
        return True
    return bool(_keys(doer, article) & _keys(tokens, article))


def _same_word(left: str, right: str) -> bool:
    if left == right:
        return True
    short, long = sorted((left, right), key=len)
    return len(short) >= 4 and long.startswith(short)  # "Houthi" is the "Houthis"


def _keys(tokens: Sequence[Token], article: ArticleText) -> set[str]:
    keys = {key for _, key, _, _ in party_mentions(tokens)}
    for token in tokens:
        if token.capitalised:
            keys |= ties(article, token.norm)
    return keys


def is_doer(actor: str, doer: Sequence[Token], article: ArticleText) -> bool:
    """Whether an actor value is the description's doer: a capitalised word shared (a
    plural's stem too), a party named by both (by alias, people's word or capital), or a
    person the article ties to the party the other names."""
    own = tokenize(actor)
    mine, theirs = _words(own), _words(doer)
    if any(_same_word(a, b) for a in mine for b in theirs):
        return True
    return bool(_keys(own, article) & _keys(doer, article))


def proper_name(value: str) -> bool:
    """Every word of the value capitalised (a number too) but for "of"/"and"/"the": a name,
    not a description ("lower house", "the administration") a headline's name may stand
    for."""
    tokens = tokenize(value)
    return bool(tokens) and all(
        t.capitalised or t.is_number or t.norm in _INNER or t.joined for t in tokens
    )


def other_doer(value: str, ctx: Context) -> str | None:
    """The doer the event's description opens on, named in the evidence, when none of the
    fact's actors is it and the value is a name (a description such as "the lower house"
    may stand for it)."""
    description = str(getattr(ctx.fact, "description", "") or "")
    doer = described_doer(description) if proper_name(value) else []
    if not doer or not ctx.sentences:
        return None
    actors = getattr(ctx.fact, "actors", None) or [value]
    if any(is_doer(str(actor), doer, ctx.article) for actor in actors):
        return None
    shown = description[doer[0].start : doer[-1].end]
    if any(named_in(doer, tokens, ctx.article) for tokens in ctx.sentence_tokens()):
        return shown
    if has_whole_word(ctx.article.text, shown):
        return shown  # "It upheld the impeachment": the court named before in the article
    return None  # the description's doer is no reading of the article


__all__ = ["described_doer", "is_doer", "named_in", "other_doer", "proper_name"]
