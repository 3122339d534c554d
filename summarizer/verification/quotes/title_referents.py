"""A quote's speaker named in its own sentence by an office ("the U.S. president said", "The
prime minister, speaking on the sidelines ..., described it as", "China's vice premier said",
"Speaking to the press ..., the Commission chief said:"), read to the one person the page
gives that office, or, when it gives it to no one, to the one person named nearest before who
holds no other office (session 26, check 58 cause 1).

Which offices the page gives whom is read by :mod:`summarizer.verification.quotes.page_offices`.
The description is the subject of the quote's speech verb: the chunk right before it (past a
comma-set participle or aside, after a fronted phrase), or the words right after the closing
mark ('"...," the president said'). It is an office noun with its qualifiers: a place or body
("U.S.", "China's", "Commission") and a rank ("vice", "prime", "top"). A person holds an office
the page writes before their name ("Vice Premier He Lifeng", "U.S. President Donald Trump") or
beside it in an appositive ("Donald Trump, the US president,", "the head of the European
Commission, Ursula von der Leyen,"). An office fits when its noun is the description's (chief,
head and leader are one), its rank words agree ("vice premier" is not "premier") and its place
words, when both name some, share one ("the U.S. president" is not "the European Commission
president").

- When the page gives the office to people before the quote, the speaker must be the only one
  of them; one whose office lacks the description's place ("Vice Premier He" for "China's vice
  premier") counts only when no person with no office is named in the sentences before.
- When it gives it to no one, the nearest earlier sentence (within two paragraphs) that names a
  person with no office decides, when it names exactly one; people the page gives another office
  are passed over ("President Donald Trump and Sir Keir Starmer" for "the prime minister").
Never the speaker: a person named in the quote's own sentence ("with Trump beside her, the
Commission chief said"), or in an earlier sentence beside the same description ("Meeting Trump,
the Commission president accepted").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from ..context import Result, unconfirmed
from ..page.article import ArticleText
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize, word_set
from ..people.names import is_proper, name_parts, split_people
from ..sentences.genders import gender_of
from ..sentences.speech import SPEECH_VERBS
from .page_offices import (
    HEADS,
    OPENERS,
    ROLES,
    SAME_HEAD,
    STRICT_RANKS,
    Office,
    breaks,
    office_from,
    page_people,
    possessive,
    spoken_of,
)

_SKIPPED = word_set("and but then also later there here now afterwards meanwhile")
_ADVERBS = word_set("afterwards subsequently earlier today yesterday separately")
_OWNED = POSSESSIVE_ENDINGS  # a possessive office owns the subject: not it
_VERBS = SPEECH_VERBS | word_set("called described")
# Offices a place's "leader" or "chief" names: its head, not a commander or an envoy of it.
_TOP = word_set("president premier chancellor king queen emperor head chairman")
_AUXILIARIES = word_set("has had have was is will would also then later again")


def title_referent(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote's own sentence names its speaker by an office that stands, on this
    page, for ``value`` and no one else; or by "he"/"she" at the end of a chain of sentences
    opening with that pronoun back to a quote whose office subject does (:func:`_chained`)."""
    words = _surname(value)
    found = [(region, person) for region, _, person, _ in _resolved(article, spans) if words]
    if any(_same(article, region, person, value) for region, person in found):
        return True
    return bool(words) and any(_chained(article, span, value, True) == "yes" for span in spans)


def _chained(article: ArticleText, span: tuple[int, int], value: str, loose: bool = False) -> str:
    """'"...," she said' read back over sentences that open with the same pronoun ("She put
    the figures on the table.", "On the tariff, she was specific.") and name no one, to the
    nearest quote before: when that quote's office subject stands for ``value`` ("the
    Commission chief said:"), and the page gives ``value`` no other gender: "yes"; "other"
    when the page gives that office, place and all, to another person; "none" otherwise."""
    region = article.quoted_region_at(span[0]) or span
    index = article.sentence_at(max(region[0] - 1, 0))
    subject = _subject(article, region, index)
    if len(subject) != 1 or subject[0].norm not in ("he", "she"):
        return "none"
    pronoun = subject[0].norm
    if gender_of(article, split_people(value)) not in (None, pronoun):
        return "none"
    paragraph = article.paragraph_at(article.sentences[index][0])
    for earlier in range(index - 1, max(index - 5, -1), -1):
        start, end = article.sentences[earlier]
        if paragraph - article.paragraph_at(start) > 1:
            return "none"
        quotes = [q for q in article.quoted if start <= q[0] < end]
        if quotes:  # the quote before, read by its office subject (never by a pronoun again)
            for r, office, person, confirmed in _resolved(article, [quotes[-1]]):
                if _same(article, r, person, value):
                    return "yes"
                if person is not None and (confirmed or _apart(article, office, value)):
                    return "other"
            return "none"
        tokens = article.outside_quotes(start, end)
        opened = _after_fronted(tokens, article.text)
        opens = [t.norm for t in opened[:1]]
        fronted = tokens[1 : len(tokens) - len(opened)]
        if loose and any(t.capitalised for t in fronted):
            return "none"  # "Mrs. Ellen Chu, the firm's chief executive, apologised": named
        if loose and opens != [pronoun]:  # the chain's head: "the information minister cited"
            return _office_subject(article, opened, earlier, value)
        if loose:  # "He credited President X's reforms": the pronoun opens it, X is its object
            continue
        # the page's people read only here, for the chain's next link (session 28: most
        # chains end at a quote or a paragraph before, and then nothing reads them)
        if opens != [pronoun] or page_people(article, index)[0].get(earlier):
            return "none"
    return "none"


def _office_subject(article: ArticleText, opened: Sequence[Token], index: int, value: str) -> str:
    """ "yes" when a sentence with no quote opens (past a fronted phrase naming no one) with an
    office as its subject ("Turning to the economy, the information minister cited figures")
    that the page gives ``value`` and no one else, place and all (review of the full run: the
    nearest person with no office is no reading here, "Ugandan mediator Paul Okello" is read
    with none): the head of a chain of "he"s that ends in a quote
    (session 47, widener wide47s: a pronoun read past such a sentence landed on someone named
    earlier). Only accepts: "none" otherwise."""
    if len(opened) > 1 and opened[0].norm in _SKIPPED | _ADVERBS and opened[1].norm in OPENERS:
        opened = opened[1:]  # "Afterwards the senator spoke"
    head = next((i for i, t in enumerate(opened[:6]) if t.norm in HEADS), None)
    words = opened[1:head] if head is not None else []
    if head is None or any(a.capitalised and b.capitalised for a, b in pairwise(words)):
        return "none"  # "the Russian leader", not "the Ana Ruiz aide": no name in it
    after = opened[head + 1 : head + 2]
    if after and (after[0].capitalised or after[0].norm in ("of", "for")):
        return "none"  # "the minister of X", "Minister Y": a title, not the bare office
    if opened[head].text.endswith(_OWNED) or (after and after[0].norm in ("and", "or")):
        return "none"  # "The minister's spokesman", "The minister and his deputy" (rv47s)
    office = _office_of(opened[: head + 1], article.text)
    if office is None:
        return "none"
    bounds = article.sentences[index]
    found, confirmed = _referent(article, office, index, bounds)
    return "yes" if confirmed and _same(article, bounds, found, value) else "none"


def _after_fronted(tokens: Sequence[Token], text: str) -> Sequence[Token]:
    """The tokens after a fronted phrase set off by a comma ("On the tariff, she was")."""
    for at in range(1, min(len(tokens), 7)):
        if breaks(text, tokens[at - 1].end, tokens[at].start, ","):
            return tokens[at:]
    return tokens


def _same(article: ArticleText, region: tuple[int, int], person: str | None, value: str) -> bool:
    """Whether the value names the person of that surname: its words are among the words the
    page writes the person's name with ("Lula" for "Luiz Inacio Lula da Silva")."""
    if person is None:
        return False
    _, _, names = page_people(article, article.sentence_at(max(region[0] - 1, 0)))
    return set(name_parts(value)) <= names.get(person, {person})


def title_refusal(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """A refusal when the office the quote's own sentence names its speaker by stands, on this
    page, for one other person ("China's vice premier said" after "Treasury Secretary Janet
    Yellen sat down with Vice Premier Ding Xuexiang": never Yellen's) or that names the value
    inside the quote ('"Trump is wrong," the Canadian prime minister said'); unconfirmed when
    the page gives the value the office with a rank that makes it another ("Former Prime
    Minister Boris Johnson" for "the prime minister"); None otherwise. The other person must
    hold the very office, place and all, unless the page gives the value another office: one
    person has many office names ("Japan's tariff envoy" is "the minister", "Director General
    Rafael Grossi" "the agency chief"), so that alone refuses no one."""
    words = _surname(value)
    if words and any(_chained(article, span, value) == "other" for span in spans):
        return False, "the quote's pronoun reads back to an office this page gives another"
    for region, office, found, confirmed in _resolved(article, spans) if words else ():
        if office is None:
            continue
        _, offices, _ = page_people(article, article.sentence_at(max(region[0] - 1, 0)))
        held = offices.get(words, [])
        other = found is not None and not _same(article, region, found, value)
        if other and (confirmed or _apart(article, office, value)):
            return False, f"the quote's speaker is named by an office this page gives {found!r}"
        if found is not None:
            continue
        if words in {t.norm for t in tokenize(article.text[region[0] : region[1]])}:
            return False, f"{value!r} is named inside the quote, not as its speaker"
        if any(_ranked_apart(office, other_office) for other_office in held):
            return unconfirmed(f"the page gives {value!r} a former or deputy office")
        if held and all(other_office.head in ROLES for other_office in held):
            return False, f"the page names {value!r} by a role, not by the quote's office"
    return None


def _apart(article: ArticleText, office: Office | None, value: str) -> bool:
    """Whether the page gives ``value`` only offices of another noun than ``office``: that
    refuses it only beside another person the office stands for, and never for "chief",
    "head" or "leader", which name any office."""
    if office is None or office.head == "head":
        return False
    _, offices, _ = page_people(article, len(article.sentences) - 1)
    held = offices.get(_surname(value), [])
    return bool(held) and all(_fits(office, other) == "no" for other in held)


def _surname(value: str) -> str:
    """The value's surname, for a single person's proper name; empty for anything else."""
    if len(split_people(value)) != 1 or not is_proper(value):
        return ""
    words = name_parts(value)
    return words[-1] if words else ""


def _resolved(
    article: ArticleText, spans: Sequence[tuple[int, int]]
) -> Iterator[tuple[tuple[int, int], Office | None, str | None, bool]]:
    """For each place of the quote: its region, the office its subject names (None: no
    office), the surname that office stands for (None: no one, or more than one) and whether
    the page gives that person the very office (:func:`_referent`)."""
    for start, end in spans:
        region = article.quoted_region_at(start) or (start, end)
        key = ("title-referent", region)
        if key not in article.memo:
            index = article.sentence_at(max(region[0] - 1, 0))
            office = _description(article, region, index)
            found, confirmed = (None, False)
            if office is not None:
                found, confirmed = _referent(article, office, index, region)
            article.memo[key] = (region, office, found, confirmed)
        yield article.memo[key]


def _description(article: ArticleText, region: tuple[int, int], index: int) -> Office | None:
    """The office the quote's speech verb has as its subject, after the closing mark or before
    the opening one."""
    chunk = _subject(article, region, index)
    return _office_of(chunk, article.text) if chunk else None


def _subject(article: ArticleText, region: tuple[int, int], index: int) -> list[Token]:
    """The words of the subject of the quote's one speech verb, after the closing mark or
    before the opening one; empty when none is read. Read once per quote: the pronoun chain
    asks it for every value, the office reading once more (session 35); each caller gets its
    own list."""
    key = ("title subject", tuple(region), index)
    known: list[Token] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _read_subject(article, region, index)
    return list(known)


def _read_subject(article: ArticleText, region: tuple[int, int], index: int) -> list[Token]:
    text = article.text
    last = article.sentence_at(region[1])
    tail = article.outside_quotes(region[1], article.sentences[last][1])
    verb = next((i for i, t in enumerate(tail[:7]) if t.norm in _VERBS), None)
    if verb is not None and tail and not breaks(text, region[1], tail[0].start, ".!?"):
        return tail[:verb]
    lead = article.outside_quotes(article.sentences[index][0], region[0])
    verbs = [i for i, t in enumerate(lead) if t.norm in _VERBS]
    if len(verbs) != 1:  # "The mayor asked me again and I said": another clause speaks
        return []
    verb = verbs[0]
    chunks: list[list[Token]] = [[]]
    for position, token in enumerate(lead[:verb]):
        if position and breaks(text, lead[position - 1].end, token.start, ",:;"):
            chunks.append([])
        chunks[-1].append(token)
    for chunk in reversed(chunks):
        if chunk and not chunk[0].norm.endswith("ing") and chunk[0].norm not in ("who", "which"):
            while chunk and chunk[0].norm in _SKIPPED:
                chunk = chunk[1:]
            while chunk and chunk[-1].norm in _AUXILIARIES:  # "the prime minister has warned"
                chunk = chunk[:-1]
            return chunk
    return []


def _office_of(tokens: Sequence[Token], text: str) -> Office | None:
    """ "the U.S. president", "China's vice premier", "the EU's top diplomat": an office noun
    last, after a determiner or a possessive place, with no person's name among them."""
    if not 1 < len(tokens) <= 6 or tokens[-1].norm not in HEADS:
        return None
    first = tokens[0]
    if first.norm not in OPENERS and not (possessive(tokens, text) and first.capitalised):
        return None
    words = tokens[1:] if first.norm in OPENERS else tokens
    return office_from(words, len(words) - 1)


def _ranked_apart(want: Office, held: Office) -> bool:
    """The same office noun with a rank that makes it another office ("Former Prime Minister
    Boris Johnson", "Vice President JD Vance" for "the prime minister", "the president")."""
    return want.head == held.head and bool((held.ranks ^ want.ranks) & STRICT_RANKS)


def _fits(want: Office, held: Office) -> str:
    """ "yes" (the same office, its place confirmed), "unsure" (no place on one side),
    "no" (another office)."""
    if want.head == "head" and want.places:  # "the Cambodian leader", "the Commission chief"
        field = bool((want.ranks | want.places) & held.ranks)  # "finance chief", "Minister"
        if not held.places:  # "Finance Minister Karl Weber" for "Germany's finance chief"
            return "unsure" if field else "no"
        top = held.head in _TOP or (held.head == "minister" and "prime" in held.ranks)
        return "yes" if want.places & held.places and (top or field) else "no"
    if want.head != held.head or want.ranks & STRICT_RANKS != held.ranks & STRICT_RANKS:
        return "no"
    if not want.ranks <= held.ranks and held.ranks - STRICT_RANKS:
        return "no"
    if want.places and held.places:
        return "yes" if want.places & held.places else "no"
    return "unsure" if want.places else "yes"


def _referent(
    article: ArticleText, want: Office, index: int, region: tuple[int, int]
) -> tuple[str | None, bool]:
    """The surname of the one person the office stands for, read back from sentence
    ``index`` (None when no one, or more than one, fits), and whether the page gives that
    person the very office, place and all (only then is another speaker refused). People
    named in the quote's own sentence, inside the quote too ("Trump is wrong," the prime
    minister said), are others."""
    people, offices, _ = page_people(article, index)
    if any(surname in want.places for named in people.values() for surname, _ in named):
        return None, False  # "Sen's spokesman": a person's aide, not an office the page gives
    quoted = {t.norm for t in tokenize(article.text[region[0] : region[1]])}
    own = {surname for surname, _ in people.get(index, [])} | quoted
    fits: dict[str, str] = {}
    for surname, held in offices.items():
        verdicts = {_fits(want, office) for office in held}
        best = "yes" if "yes" in verdicts else "unsure" if "unsure" in verdicts else "no"
        if best != "no" and surname not in own:
            fits[surname] = best
    if "yes" in fits.values():  # the very office beside one only like it
        fits = {surname: how for surname, how in fits.items() if how == "yes"}
    untitled = _nearest_untitled(article, people, offices, want, index, own)
    if want.peoples and not want.peoples & spoken_of(article, index):
        untitled = None  # "the Indian leader" after Xi alone: the page never speaks of India
    if fits:
        if len(fits) != 1:
            return None, False
        (surname, how), *_ = fits.items()
        return (surname if how == "yes" or untitled is None else None), how == "yes"
    return untitled, False


def _nearest_untitled(
    article: ArticleText,
    people: dict[int, list[tuple[str, bool]]],
    offices: dict[str, list[Office]],
    want: Office,
    index: int,
    own: set[str],
) -> str | None:
    """The one person with no office the nearest earlier sentence naming such people names;
    None when it names two, or none is named within two paragraphs, or it names another
    office of the place a "leader" or "chief" is of ("Maoist commander Tom Berg" beside "Ana
    Ruiz" for "the Maoist leader": either may lead)."""
    paragraph = article.paragraph_at(article.sentences[index][0])
    for earlier in range(index - 1, max(index - 7, -1), -1):
        if paragraph - article.paragraph_at(article.sentences[earlier][0]) > 2:
            return None
        named = {s for s, _ in people.get(earlier, []) if s not in offices and s not in own}
        if not named:
            continue
        titled = {s for s, _ in people.get(earlier, []) if s in offices and s not in own}
        placed = want.head == "head" and any(
            held.places & want.places for s in titled for held in offices[s]
        )
        if len(named) > 1 or placed or _describes(article, earlier, want):
            return None  # two; a same-place office; one beside the office
        if _quoting(article, earlier):
            return None  # the speaker of the quote before
        return named.pop()
    return None


def _quoting(article: ArticleText, sentence: int) -> bool:
    """Whether the sentence holds a quotation: whom it names is that quote's speaker, and an
    office subject of the next quote marks a change of speaker, not "he said"."""
    start, end = article.sentences[sentence]
    return any(start <= q[0] < end for q in article.quoted)


def _describes(article: ArticleText, sentence: int, want: Office) -> bool:
    """Whether the sentence speaks of the office itself beside its named person ("Meeting
    Trump, the Commission president accepted"): that person is someone else. Another office
    of the same noun ("the European Commission president" for "the U.S. president") is not
    this one."""
    start, end = article.sentences[sentence]
    tokens = article.outside_quotes(start, end)
    for at, token in enumerate(tokens):
        if SAME_HEAD.get(token.norm, token.norm) != want.head or token.capitalised:
            continue
        begin = at
        while begin > max(at - 5, 0) and tokens[begin - 1].norm not in OPENERS | {"a", "an"}:
            begin -= 1
        if _fits(want, office_from(tokens[begin : at + 1], at - begin)) != "no":
            return True
    return False


__all__ = ["title_referent", "title_refusal"]
