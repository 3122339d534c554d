"""Places where a pronoun or a description stands for no actor named before it, read for
:mod:`summarizer.verification.sides.standins` (session 35, review rvsi35), and where a
pronoun opens a clause (a subject's place, where an actor stands):

- a dummy "it", the grammatical subject of a sentence whose real subject is a clause after
  it or the weather ("It is understood that the regulator will ...", "It emerged that ...",
  "It was raining when ..."): it names no actor, so no name before it acts;
- a pronoun inside a quotation whose speaker the sentence names outside it ('"He let us down,"
  Brandt said of the goalkeeper'): a speaker says "I" of themself, so "he" there is someone
  else, never the speaker;
- a description after a linking verb ("It was the first chain to ...") is said of the
  subject, no actor of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, SINGULAR_POSSESSIVES, Token, word_set
from .standin_clauses import (
    CLAUSE_VERBS,
    answers,
    body_clause,
    plural_head,
    punished,
    time_for,
)
from .standin_words import (
    BODY_WORDS,
    CLAUSE_OPENERS,
    NOT_NAMES,
    PHRASE_ENDS,
    PLACE_BEFORE,
    SAYS,
    name_runs,
    owns_people,
)

# A verb after which a dummy "it" waits for its clause ("It is clear that", "It emerged that").
_LINKS = word_set(
    """is was 's seems seemed appears appeared remains remained emerged transpired became
    becomes looks looked"""
)
# Helpers before "be"/"been" in the same shape ("It has been reported that", "It will be").
_HELPERS = word_set("has had will would may might could must should")
# Verbs before a predicate's description ("It was the first chain to"), no stand-in.
_PREDICATES = word_set("is was are were be been being became becomes remains remained")
_DETERMINERS = word_set("the this that")
_ASKING = word_set("what who why how when where which whose whom")
# What a dummy "it" waits for: a clause ("that", "whether") or the weather.
_CLAUSES = word_set("that whether if")
_WEATHER = word_set(
    """raining rained snowing snowed pouring sunny cloudy windy foggy dark freezing drizzling"""
)
_TIMES = word_set("year week month decade season quarter")
_IDIOMS = frozenset({("turns", "out"), ("turned", "out"), ("pays", "to")})
_REASONS = frozenset({("stands", "to", "reason"), ("stood", "to", "reason")})
# "It took a month for rivals to follow": a stretch of time taken, the clause its subject.
_TAKES = word_set("took takes take taking")
_SHORT_TIMES = word_set("day hour minute")
# What only a body acts on: its prices, its staff, its money ("It also cut peak fares").
_AGENT_OBJECTS = word_set("fares prices jobs staff workers drivers employees customers debt")


# The speaker's pronoun outside the quote that makes the quoted one someone else's.
_SAME = {
    "he": word_set("he"),
    "his": word_set("he"),
    "she": word_set("she"),
    "her": word_set("she"),
    "it": word_set("it"),
    "its": word_set("it"),
}


def dummy_it(tokens: Sequence[Token], position: int) -> bool:
    """Whether the "it" at ``position`` is a dummy subject: a linking verb (or "has been",
    "will be") then, within three words, "that"/"whether"/"if" or a weather word ("It is
    understood that", "It seems likely that", "It was raining"); "It said that" and "It has
    been fined" are no dummy."""
    ahead = [t.norm for t in tokens[position + 1 : position + 9]]
    if not ahead:
        return False
    if len(ahead) > 1 and (ahead[0], ahead[1]) in _IDIOMS:
        return True  # "It turns out the port had warned", "It pays to be careful"
    if tuple(ahead[:3]) in _REASONS:
        return True  # "It stands to reason that suppliers will cut jobs too"
    spans = [
        at for at in range(1, 7) if time_for(tokens[position + 1 :], at, _TIMES | _SHORT_TIMES)
    ]
    if ahead[0] in _TAKES and spans:
        return True  # "It took a month (the best part of a year) for rivals to follow" (not
        # "It took five weeks to get the lines moving", the firm's own weeks: outside check 77)
    if ahead[0] in _HELPERS and len(ahead) > 1 and ahead[1] in _LINKS | {"be", "been"}:
        ahead = ahead[1:]  # "It has been reported that", "It has emerged that"
    elif ahead[0] not in _LINKS:
        return False
    # a clause, a question's word ("It remains unclear when"), the weather, a stretch of time
    # ("It has been a difficult year"): review rv-r3actors
    return bool(set(ahead[1:4]) & (_CLAUSES | _WEATHER | _ASKING | _TIMES))


def speaker_quoted(article: ArticleText, standin: Token, words: Sequence[str]) -> bool:
    """Whether ``standin`` stands inside quotation marks in a sentence that names the value
    outside them or by the same pronoun (its speaker, who would say "I"): '"She never
    answered," Kell said', '"He let us down," he said of the goalkeeper'."""
    if not words or not article.in_quotes(standin.start):
        return False
    here = article.sentence_at(standin.start)
    outside = {t.norm for t in article.unquoted_tokens(here)}
    same = _SAME.get(standin.norm, frozenset())
    return words[-1] in outside or bool(outside & same)  # '"He lied," he said': two men


def acting_description(tokens: Sequence[Token], position: int) -> bool:
    """Whether the description headed at ``position`` may stand for an actor: not a predicate
    after a linking verb ("It was the first chain to stay open" says what it was)."""
    begin = _start(tokens, position)
    return not (begin > 0 and tokens[begin - 1].norm in _PREDICATES)


def _start(tokens: Sequence[Token], position: int) -> int:
    """The position of the determiner of the description headed at ``position``."""
    back = position - 1
    while back > 0 and tokens[back].norm not in _DETERMINERS:
        back -= 1
    return max(back, 0)


def opens(tokens: Sequence[Token], position: int, text: str) -> bool:
    """Whether the pronoun at ``position`` opens its sentence or a clause ("At that point it
    said", "Its troubles became public", "said it would"): a subject or a subject's owner."""
    gap = text[tokens[position - 1].end : tokens[position].start] if position else ""
    if position == 0 or " - " in gap or any(mark in gap for mark in ":;\u2014\u2013"):
        return True  # "A: It upheld", "Q&A — she said", "In a statement - the company's"
    return tokens[position - 1].norm in CLAUSE_OPENERS or (tokens[position - 1].norm in PHRASE_ENDS)


def class_named(article: ArticleText, standin: Token, marks: frozenset[str], reach: int) -> bool:
    """Whether a name holding a word of the description's class stands within reach before
    it ("the International Association of Machinists ... the union")."""
    here = article.sentence_at(standin.start)
    begin = article.sentences[max(0, here - reach)][0]
    return any(
        token.capitalised and token.norm in marks
        for token in article.tokens_between(begin, standin.start)
    )


def bodylike(value: str, words: tuple[str, ...]) -> bool:
    """A name with a body's word, written in capitals, or joined by "&"."""
    bare = value.replace(".", "").replace("-", "").removesuffix("s")  # "MPs", "NGOs"
    return bool(set(words) & BODY_WORDS) or "&" in value or (bare.isupper() and len(bare) > 1)


def one_body(run: list[Token], text: str, article: ArticleText) -> bool:
    """Whether a rival run surely names a body: a body's word, or one word not the surname of
    a sentence's first word ("Nora Blix runs Pellucid. The firm": Blix is no body)."""
    ahead = article.tokens_between(max(0, run[0].start - 40), run[0].start)[-1:]
    glued = bool(ahead) and ahead[0].capitalised and ahead[0].end + 1 == run[0].start
    if len(text) < 2 or run[0].norm in _ASKING:
        return False  # "Q: What did the Court decide?": a label, a question word
    return bodylike(text, tuple(t.norm for t in run)) or (len(run) == 1 and not glued)


# Words after a name that make it no bare subject of a deed of its own: joined ("Quillon Air
# and the carrier Skyvane"), a passive's ("Kestrel Bank was fined by"), a saying's, whose
# clause has a subject of its own ("said the Sella oilfield had come back online").
_NO_DEED = word_set("and or nor was were is are has had have got gets") | _CLAUSES | SAYS


# A verb whose object is what the subject tells of, not a deed ("reported a sharp rise in
# costs. It doubled": the rise), review rv41b.
_REPORTS = word_set(
    """warned warns reported reports admitted admits disclosed discloses noted notes feared
    fears estimated estimates predicted predicts forecast forecasts"""
)
_INDEFINITE = word_set("a an another")  # a new thing the sentence brings in
_INTENDS = SAYS | word_set(
    """plans planned intends intended aims aimed hopes hoped wants wanted expects expected
    blamed blames decided agreed refused promised vowed pledged"""
)
_MAKES = word_set(
    """built builds opened opens launched launches bought buys acquired acquires unveiled
    unveils installed installs commissioned designed developed"""
)
# A deal with another side a description may name ("borrowed £40m. The lender").
_DEALS = word_set(
    """borrowed borrows leased leases rented rents insured insures hired hires bought buys
    sold sells ordered orders"""
)


def salient_subject(
    article: ArticleText, tokens: Sequence[Token], position: int, words: Sequence[str]
) -> bool:
    """Whether the stand-in at ``position`` opens its sentence ("It", "The company") and the
    value is the bare subject opening the sentence just before, which names no one else
    ("Ferrand Cement raised prices. It expects", "Greystone Building Society raised its rates.
    The lender has also cut", review rv-r3actors): English reads the stand-in as that subject.
    An apposed or owned subject ("Chief executive Marta Lind", "Marlow Air's profit"), a
    passive or a saying one, or another name after it that is a subject of its own is no
    such reading; a name that is the verb's object is passed over ("Ridgeway Power agreed to
    buy Tern Solar. It will fund", a body or a thing's name only), but for a thing handed on
    to it that the stand-in acts on (:func:`_handed_on`; the lead's convention, session 42)."""
    if position and not (tokens[0].norm in _DETERMINERS and position <= 4):
        return False
    here = article.sentence_at(tokens[position].start)
    size = len(words)
    if here == 0 or not size:
        return False
    before = _after_dateline(article.sentence_tokens(here - 1), article.text)
    if len(before) <= size + 1 or [t.norm for t in before[:size]] != list(words):
        return False
    verb, last = before[size], before[size - 1]
    if article.text[last.end : verb.start] != " " or last.text.endswith(SINGULAR_POSSESSIVES):
        return False
    told = verb.norm in SAYS | _REPORTS and _agent_deed(tokens[position:])
    told = told and not body_clause(before[size + 1 :])
    if verb.norm in _PASSIVE_BE and punished(before[size + 1 :], tokens[position + 1 :]):
        return True  # "X was fined £80,000 by the HSE. It will contest the fine" (s44)
    if not verb.text.islower() or (verb.norm in _NO_DEED | _REPORTS and not told):
        return False  # (but "X said the market was weak. It will cut 40 jobs": no market's)
    rest = {t.norm for t in before[size:]}
    if "that" in rest and not told:
        return False  # "X warned that demand was weakening. It has fallen": the clause's
    if tokens[position].norm == "it" and verb.norm in _MAKES and rest & _INDEFINITE:
        after = tokens[position + 1].norm if position + 1 < len(tokens) else ""
        if after not in _INTENDS:
            return False  # "X built a sawmill. It floods": the new thing may be "it"; a
            # thing plans nothing ("X opened a second loom. It plans a third")
    if tokens[position].norm != "it" and verb.norm in _DEALS:
        return False  # "X borrowed £40m. The lender": the deal's other side
    runs = name_runs(list(before[size:]), article)
    if runs and not _thinglike(words):
        return False  # "Nora Blix runs Pellucid. The firm": a person is no "it"
    if any(not _object_run(before, run, article.text) for run in runs):
        return False  # "X gave vaccines; the IOM counts migrants": another subject
    if any(run[0].start == before[size + 1].start for run in runs) and answers(
        [t.norm for t in tokens[position + 1 : position + 6]]
    ):
        return False  # "X sued Y. It denies the claim", "X fined Y. It plans to appeal"; not
        # "X lost its case against Y. It will appeal": Y is no object of X's deed (rv43a)
    return not (runs and _handed_on(before[size:], tokens[position + 1 :]))


_PASSIVE_BE = word_set("was were")


def thing_before(
    article: ArticleText, tokens: Sequence[Token], position: int, words: Sequence[str]
) -> bool:
    """Whether "It" opening its sentence may mean a thing the sentence before, opened by the
    value, brings in rather than the value (review rv41b, rv-r3actors): a thing a telling
    verb makes its clause's subject ("said the main reservoir was at 40 per cent. It has
    fallen", "admitted the cargo had been lost. It was worth"), a new thing it made ("launched
    a new ferry. It carries") or its one thing it handed away to no one named ("sold its
    cheese brand. It now sells"); not when "it" plans, expects or says, which no thing does
    ("opened a new loom. It plans a third"), nor after a thing made with no "new" ("opened a
    plant in France. It now employs 2,000 people there")."""
    size = len(words)
    here = article.sentence_at(tokens[position].start)
    if position or tokens[0].norm != "it" or here == 0 or not size or len(tokens) < 2:
        return False
    before = _after_dateline(article.sentence_tokens(here - 1), article.text)
    if len(before) <= size + 2 or [t.norm for t in before[:size]] != list(words):
        return False
    verb, rest = before[size].norm, [t.norm for t in before[size + 1 :]]
    if _agent_deed(tokens):
        return False  # "It plans", "It also cut fares": no thing's deed (rv42p)
    owner = article.text[before[size - 1].start : before[size].start].rstrip()
    if owner.endswith(APOSTROPHE_ENDINGS):
        owned = before[size].text.islower() and not owns_people(before, size - 1)
        return owned and not plural_head(before[size:])  # "Lynton Motors' flagship plant
        # closed. It had" (not "X's chief said", nor "X's trains ran late. It apologised")
    if not before[size].text.islower():
        return False
    if verb in _REPORTS | SAYS:  # "said the reservoir was", "admitted the cargo had been"
        return rest[0] in _DETERMINERS and bool(set(rest[2:5]) & CLAUSE_VERBS)
    thing = next((at for at, norm in enumerate(rest) if norm in PLACE_BEFORE | _TIES), len(rest))
    head = rest[thing - 1] if thing else ""
    if not head or (head.endswith("s") and not head.endswith("ss")) or "to" in rest:
        return False  # things ("its gas plants"), or handed to someone
    if verb in _MAKES:
        return rest[0] in _INDEFINITE and "new" in rest[1:thing]  # "a new rail product"
    return verb in _HANDS and rest[0] == "its"  # "sold its cheese brand last spring"


def _agent_deed(tokens: Sequence[Token]) -> bool:
    """Whether the sentence opened by "It" (``tokens``) tells a deed only a body does: it
    plans or says, acts on its staff, prices or money ("It also cut fares", "It will cut 40
    jobs"), hires, or acts on a thing of its own ("It will reopen its furnace"): no market,
    strike or recall a sentence before told of does that (review rv42p)."""
    after = [t.norm for t in tokens[1:8]]
    if not after:
        return False
    if after[0] in _INTENDS or not _AGENT_OBJECTS.isdisjoint(after[1:]):
        return True
    if not _HIRES.isdisjoint(after[:4]):
        return True
    return any(
        after[at] == "its" and after[at - 1] not in _PREDICATES
        for at in range(1, min(5, len(after)))
    )


_HIRES = word_set("hired hires hire hiring recruited recruits recruit employed employs")


def _after_dateline(tokens: Sequence[Token], text: str) -> Sequence[Token]:
    """The sentence's tokens after a dateline its first dash closes ("LEEDS (Northern Wire) -
    Corran Dairies said", "NEW YORK, Hudson Daily - Castlemere Foods sold"): the sentence
    proper opens there (review rv42p)."""
    for at in range(1, min(len(tokens), 9)):
        gap = text[tokens[at - 1].end : tokens[at].start]
        if gap.strip(" )") in ("-", "\u2014", "\u2013") and gap.endswith(" "):
            head = tokens[:at]
            return tokens[at:] if all(t.capitalised or t.is_number for t in head) else tokens
    return tokens


def _thinglike(words: Sequence[str]) -> bool:
    """Whether the value shows itself a body or a thing, no person: a body's word or a last
    word that is a common word no surname is ("Ridgeway Power", "Corran Dairies")."""
    last = words[-1]
    plural = last[:-1] + "ies" if last.endswith("y") else last + "s"
    return bodylike(" ".join(words), tuple(words)) or bool({last, plural} & ordinary_forms())


def _object_run(before: Sequence[Token], run: list[Token], text: str) -> bool:
    """Whether a name after the subject is its verb's object or a preposition's ("agreed to
    buy Tern Solar for £80m"): glued by a space to a word in lower case before it, and no
    verb of its own after it (no saying's subject, no clause's)."""
    at = next(i for i, t in enumerate(before) if t.start == run[0].start)
    ahead = before[at - 1]
    if text[ahead.end : run[0].start] != " " or not ahead.text.islower():
        return False
    if ahead.norm in _NO_DEED | _JOINS:
        return False
    if any(mark in text[before[0].start : run[0].start] for mark in ";:\u2014"):
        return False  # "UNICEF gave vaccines; the International Organization ... counts"
    later = next((t for t in before[at + len(run) :]), None)
    return later is None or later.is_number or later.norm in PLACE_BEFORE | _TIES


# Joins that open a clause of another subject ("X cut prices, but Y held them").
_JOINS = word_set("but while as whereas because after before when since")
_TIES = word_set("for on by with over under until last this next")  # a phrase after an object
# A verb that hands a thing from its subject to another ("lent the painting to the Kessler
# Gallery"): the thing's next user is the one it went to (lead's convention, session 42).
_HANDS = word_set(
    """lent lends loaned loans gave gives handed hands sold sells passed passes donated
    donates transferred transfers paid pays"""
)
# Words a later sentence may call the thing handed on by ("the work", "the piece", "the site"),
# and a loan for what was lent ("lent £40m to Corvo Mining. It will use the loan": rv42p).
_THINGS = word_set(
    """work works piece pieces item items asset assets holding holdings site sites business
    businesses plant plants stake stakes"""
)
_PAYS = word_set("paid pays")
_MONEY = word_set("money sum payment cash")
# What the one paid does with the money ("It will spend the money", "It uses the cash").
_SPENDS = word_set(
    "spend spends spent use uses used put puts invest invests invested pour pours poured"
)
_LOANS = {"lent": "loan", "lends": "loan", "loaned": "loan", "loans": "loan"}
_PLURALS = word_set("those these")


def _handed_on(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """Whether the sentence before hands a thing on to another ("X lent the painting to Y")
    and the stand-in's sentence acts on that thing ("It put the work on display", "It will
    sell the shares"): the stand-in is then the one it went to, no longer the subject."""
    norms = [t.norm for t in before]
    hand = next((i for i, norm in enumerate(norms) if norm in _HANDS), None)
    if hand is None or ("to" not in norms[hand + 2 :] and norms[hand] not in _PAYS):
        return False
    thing = norms[hand + 1 : norms.index("to", hand + 2)] if "to" in norms[hand + 2 :] else []
    heads = ({thing[-1]} if thing else set()) | (
        {_LOANS[norms[hand]]} if norms[hand] in _LOANS else set()
    )
    heads |= _MONEY if norms[hand] in _PAYS else set()  # "paid Y £8m. It will spend the money"
    later = [t.norm for t in after]
    for at, norm in enumerate(later):
        if norms[hand] in _PAYS and _SPENDS.isdisjoint(later[max(0, at - 3) : at]):
            continue  # the payer's "It raised the money", "It will build on it" (rv43a)
        if norm in {"it", "them"}:
            return True  # "It will sell it on"
        if norm in _DETERMINERS | _PLURALS and set(later[at + 1 : at + 4]) & (heads | _THINGS):
            return True
    return False


def last_mention(
    article: ArticleText, before: int, words: tuple[str, ...], kind: str
) -> int | None:
    """The end of the value's last mention before offset ``before``: its whole name, its
    initials ("JLR"), or for a person its last word; when the page writes that word after
    another given name too ("Arthur Penhaligon" beside his son Robert Penhaligon), the word
    alone is the value's only once its whole name was given (review rvactors37, s41)."""
    forms = [words]
    initials = "".join(w[0] for w in words if w not in STOPWORDS)
    forms += [(initials,)] if len(initials) > 1 else []
    spans = [span for form in forms for span in article.phrase_spans(form)]
    if kind == "person" and len(words) > 1:
        alone = article.phrase_spans(words[-1:])
        others = [start for start, _ in alone if _other_given(article, start, words)]
        if others:
            first = min((start for start, _ in article.phrase_spans(words)), default=before)
            alone = [(at, end) for at, end in alone if at > first and at not in others]
        spans += alone
    ends = [end for _, end in spans if end <= before]
    return max(ends) if ends else None


def _other_given(article: ArticleText, start: int, words: tuple[str, ...]) -> bool:
    """Whether the surname at ``start`` follows a given name that is not the value's own."""
    before = article.tokens_between(max(0, start - 30), start)[-1:]
    if not before or article.text[before[0].end : start] != " ":
        return False
    given = before[0]
    other = given.norm not in NOT_NAMES and given.norm not in words and len(given.norm) > 1
    return given.capitalised and other  # (a middle initial, "Robert J. Penhaligon", is his)


__all__ = [
    "acting_description",
    "bodylike",
    "class_named",
    "dummy_it",
    "last_mention",
    "one_body",
    "opens",
    "salient_subject",
    "speaker_quoted",
    "thing_before",
]
