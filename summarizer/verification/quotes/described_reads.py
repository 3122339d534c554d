"""A quote attributed by a description ("the US president added", "the British prime
minister has warned") that no one on the page holds, read back to an earlier sentence, for
:mod:`summarizer.verification.quotes.speakers`.

A title the page gives to one person before the quote names them
(:func:`summarizer.verification.quotes.attribution.by_title`); one it gives to no one points
back, and the nearest earlier attribution decides, as for "he said". That reading is the
page's salience, not a tie between the description and a person: it is as good as the
sentence it lands on is plain. When that sentence names the value and someone else besides
("Ursula von der Leyen met Donald Trump. "...," the U.S. president said"), the page gives
no reason to prefer either for the title, so neither a "yes" nor a strong "other" is read:
the verdict is "unsure" (an unconfirmed flag). One person named there ("Donald Trump wrote
on social media that ... "...," the US president added") keeps the reading.

Before session 32 a description with a country's name in it ("the US president") that no one
was named with before the quote made the quote someone else's outright: on outside checks
50-63 a strong false alarm on the right speaker six times (a digest's "TRUMP (United States).
The US president used his address ...", a "Donald Trump wrote ... the US president added"),
so it points back like any unheld description (:mod:`summarizer.verification.quotes.attribution`).

Review rvrb32: the read-back is salience, so it never gives the description to a person the
page gives only another office (:func:`other_office`, asked by ``by_title`` before it points
back): '"...," said Ana Ruiz, the UN refugee chief. "...," the US president said' is not
Ruiz's, "President Vadim Orlov told the council ... "...," the Kremlin spokesman said" not
Orlov's; nor is such a person a rival that leaves the value unsure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..context import Result, unconfirmed
from ..page.article import ArticleText
from ..page.quote_spots import quote_spot
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES, split_people
from ..sentences.antecedents import others_named
from ..sentences.business_credits import business_credit
from ..sentences.clauses import Verdict
from ..sentences.description_fits import described_fit, described_other
from ..sentences.description_misfits import PERSON_ROLES, organisation_name
from ..sentences.own_nouns import own_noun
from ..sentences.people_descriptions import people_fit
from ..sentences.post_endings import ended, left_post
from ..sentences.speech import SPEECH_VERBS
from .attribution_phrases import attribution_phrase
from .business_backs import BUSINESS_NOUNS
from .deed_speakers import deed_refusal, deed_shared, deed_verdict, names_someone
from .page_offices import (
    HEADS,
    HEADS_OF_GOVERNMENT,
    OPENERS,
    ROLES,
    STRICT_RANKS,
    Office,
    office_from,
    page_people,
)


def described_verdict(
    article: ArticleText, at: int, verdict: Verdict, parts: Sequence[str], title: str
) -> Verdict:
    """The read-back verdict of a description no one holds, landed on the sentence at ``at``:
    "unsure" when that sentence names another person besides the value (not one the page
    gives another office: :func:`_others_apart`), or names only the value but neither speaks
    nor gives them the office (``title``'s last word); the verdict as read otherwise."""
    if verdict not in ("yes", "other"):
        return verdict
    index = article.sentence_at(at)
    start, end = article.sentences[index]
    tokens = article.outside_quotes(start, end)
    rivals = others_named(parts, tokens, article.text)
    if rivals and not _others_apart(article, index, parts, title):
        return "unsure" if verdict == "yes" else verdict  # two people named: either's
    if verdict == "yes" and not _speaks_or_holds(tokens, title):
        return "unsure"  # "X visited a farm. ... "...," the Welsh minister said": no tie
    return verdict


def named_apart(article: ArticleText, index: int, parts: Sequence[str], title: str) -> bool:
    """Whether sentence ``index`` is an attribution (or gives the office) that names the value
    and besides it only people the page gives another office than ``title`` ("Ivan Lesnoy told
    reporters that President Vadim Orlov had no plans to travel. "...," the Kremlin spokesman
    said"): the description reads back to the value as if it were named alone (review
    rvrb32)."""
    start, end = article.sentences[index]
    own = tokenize(parts[0])[-1].norm if len(parts) == 1 and tokenize(parts[0]) else ""
    people, _, _ = page_people(article, index)
    named = {surname for surname, _ in people.get(index, [])}
    tokens = article.outside_quotes(start, end)
    return (
        own in named
        and _others_apart(article, index, parts, title)
        and (_speaks_or_holds(tokens, title))
    )


def _others_apart(article: ArticleText, index: int, parts: Sequence[str], title: str) -> bool:
    """Whether everyone else sentence ``index`` names is a person the page gives another
    office than the description ("Dana Whitfield told Canadian Prime Minister Mark Lowe ...
    "...," the US president said"): they are no rival for it (review rvrb32)."""
    own = tokenize(parts[0])[-1].norm if len(parts) == 1 and tokenize(parts[0]) else ""
    people, _, _ = page_people(article, index)
    rivals = {surname for surname, _ in people.get(index, []) if surname != own}
    return bool(own and rivals) and all(other_office(article, title, [r]) for r in rivals)


def _speaks_or_holds(tokens: Sequence[Token], title: str) -> bool:
    """Whether the sentence read back to is an attribution (a speech verb outside its
    quotes: "X wrote on social media that ...") or gives its subject the description's own
    office ("The US president used his address ..."): salience ties the description to the
    one person there; a sentence that only says what they did does not."""
    office = title.split()[-1].lower() if title.split() else ""
    return any(t.norm in SPEECH_VERBS or t.norm == office for t in tokens)


# The words that make an office a press one ("White House press secretary", "the director of
# the press office"): its holder is the body's spokesman in other words.
_PRESS = frozenset({"press", "communications", "spokesman"})


def other_office(article: ArticleText, title: str, parts: Sequence[str]) -> bool:
    """Whether the page gives the one person ``parts`` names only offices that are not the
    description ``title`` ("Prime Minister Mark Lowe", "Ana Ruiz, the UN refugee chief" for
    "the US president"; "President Vadim Orlov" for "the Kremlin spokesman"; "UN spokesman
    Peter Okafor" for "the UN chief"): whatever the read-back lands on, the description is
    not theirs (review rvrb32: the nearest speaker of another office was accepted)."""
    tokens = [t for t in tokenize(title) if t.norm not in OPENERS]
    if len(parts) != 1 or not tokens or tokens[-1].norm not in HEADS:
        return False
    surname = tokenize(parts[0])[-1].norm if tokenize(parts[0]) else ""
    _, offices, _ = page_people(article, len(article.sentences) - 1)
    # an office noun the page gives them, not a misread aside ("a former coordinator of the
    # UN panel of experts on the DRC, Mr Trump" gives no office "DRC")
    held = [o for o in offices.get(surname, []) if o.head in HEADS | ROLES]
    want = office_from(tokens, len(tokens) - 1)
    return bool(held) and all(_unlike(want, office) for office in held)


def _unlike(want: Office, held: Office) -> bool:
    """Whether ``held`` is another office than the description ``want``: a role ("the
    economist"); a spokesman's against any other (the body's head is not its spokesman, nor
    its spokesman its head, unless the office is a press one); another rank ("Vice President"
    for "the president"); another noun, unless either is "chief", "head" or "leader" (which
    name any office) or both head a government ("premier", "prime minister", "chancellor");
    a head of another body or place ("the Senate majority leader", "the UN refugee chief" for
    "the US president"); and, both with a country or body's word, none in common."""
    if held.head in ROLES:
        return True
    press = held.head == "spokesman" or bool(_PRESS & (held.places | held.ranks))
    if (want.head == "spokesman") != press:
        return True
    if (want.ranks ^ held.ranks) & STRICT_RANKS:
        return True
    if held.head == "head" != want.head and want.places and held.places:
        return not want.places & held.places  # "the Senate majority leader", "the UN chief"
    governing = {o.head for o in HEADS_OF_GOVERNMENT}
    nouns = {want.head, held.head}
    if "head" not in nouns and not nouns <= governing and want.head != held.head:
        return True
    return bool(want.peoples and held.peoples and not want.peoples & held.peoples)


def _described_quotes(
    article: ArticleText, spans: Sequence[tuple[int, int]], *, read_closing: bool
) -> Iterator[tuple[tuple[int, int], Sequence[Token]]]:
    """Each quote at ``spans`` credited to "the <description>" with no name beside it: the
    quote's region and the credit's words ("the", then the description). With
    ``read_closing`` a quote of several sentences whose first sentence carries no credit is
    read at its last, where the refusal looks for it; the credit of :func:`described_credit`
    keeps to the first sentence."""
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        closing = article.sentence_at(region[1])  # a quote of several sentences ends later
        phrase = attribution_phrase(article, region, sentence)
        if read_closing and phrase is None and closing != sentence:
            phrase = attribution_phrase(article, region, closing)
        if not phrase or len(phrase) < 2 or phrase[0].norm != "the":
            continue
        if names_someone(article, sentence, closing, phrase):
            continue  # '"...," the treasurer, Ben Ochoa, said': the name is the reading's
        yield region, phrase


def described_refusal(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """Why the value is not the description a quote is credited to ("the treasurer said"):
    the page gives the description's deed to someone else (:func:`deed_refusal`), or the
    value's own words on the page do not fit it (:func:`misfit`); unconfirmed when the page
    gives the deed to the value and another together (:func:`deed_shared`); None otherwise."""
    if (business := business_credit(article, spans, value)) is not None:
        return business  # "the company said": the business named last (business_credits.py)
    deed = deed_refusal(article, spans, value)
    if deed is not None:
        return False, deed
    if (shared := deed_shared(article, spans, value)) is not None:
        return unconfirmed(shared)  # "Ana Pell and Leon Vasse founded": either co-founder
    if len(split_people(value)) != 1 or not value.split():
        return None
    for region, phrase in _described_quotes(article, spans, read_closing=True):
        described = [t.norm for t in phrase[1:]]
        before = article.text[: region[0]]
        holding = _holders(before, described)
        why = misfit(before, value, described) or ended(before, value, described, holding)
        if why:
            said = " ".join(t.text for t in phrase)
            return False, f"{value!r} is written as {why}, which {said!r} does not describe"
    if other := described_other(article, spans, value):  # (description_fits.py)
        return False, f"the quote's description is the page's {other!r}, not {value!r}"
    return None


def described_credit(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether a quote at one of ``spans`` is credited to a description ("the treasurer
    said", "the chief of staff said") that the page, before the quote, writes beside
    ``value`` alone ("The treasurer, Ben Ochoa, met union leaders", "Governor Mae Orton's
    chief of staff, Len Pike,"): the description names them as a name would, past a nearer
    subject the read-back would land on ("Finance Minister Dara Fenn did not attend."); or
    to a deed's noun the page gives ``value`` alone (:func:`deed_verdict`)."""
    if deed_verdict(article, spans, value):  # "the winner said" (deed_speakers.py)
        return True
    if len(split_people(value)) != 1 or not value.split():
        return False
    own = {word.lower() for word in value.split()}
    for region, phrase in _described_quotes(article, spans, read_closing=False):
        described = [t.norm for t in phrase[1:]]
        before = article.text[: region[0]]
        holders = _holders(before, described, owned=True)
        spelled = r"\b" + r"\s+".join(re.escape(word) for word in described) + r"\b"
        held = [m for m in re.finditer(spelled, before, re.IGNORECASE) if not _past(before, m)]
        if not holders or len(held) != len(holders):
            continue  # the description stands beside no name, or beside more than these
        holders = [
            h for h in holders if not ended(before, h, described, _holders(before, described))
        ]
        if not holders or misfit(before, value, described):
            continue  # "Birch retired, and the new coroner, Sue Penrose,": Penrose's now
        if _handed(before[held[-1].end() :], value, described):
            continue  # "The treasurer, Ben Ochoa, stepped down. His successor, Ruth Kim,"
        if all(own >= {w.lower() for w in re.findall(r"[\w'\u2019-]+", h)} for h in holders):
            return True
    if people_fit(article, spans, value):  # "the Frenchman said" (people_descriptions.py)
        return True
    return own_noun(article, spans, value) or described_fit(article, spans, value)  # own_nouns


# Words after a holder's description that hand it on: it may be another's by the quote.
_LEFT = re.compile(
    r"\b(?:successor|succeed\w*|replac\w*|took\s+over|st(?:epp\w*|ood|ands?)\s+(?:down|aside)|"
    r"resign\w*|retir\w*|quit|ousted|sacked|fired|former|new|died|holds\s+the\s+post|"
    r"in\s+(?:his|her|their)\s+place|voted\s+out|lost\s+(?:his|her|their)\s+seat|"
    r"left\s+(?:the|his|her|their)\s+(?:post|job|role|office))\b",
    re.IGNORECASE,
)

# Words after a holder's description that give the post to someone else, whoever is named.
_HANDING = re.compile(
    r"\b(?:successor|succeed\w*|replac\w*|took\s+over|holds\s+the\s+post|"
    r"in\s+(?:his|her|their)\s+place)\b",
    re.IGNORECASE,
)
_AGE = word_set("former ex new")  # "the former treasurer", "the new coroner": another holder?
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is)\s+$")  # "was replaced by"


def _past(text: str, mention: re.Match[str]) -> bool:
    """Whether a mention of the description is a past holder's ("The former treasurer"), not
    one the page puts back in the post ("Ivo Kral, an ex-coach, returned to the job")."""
    ahead = text[max(mention.start() - 16, 0) : mention.start()].lower().split()
    past = bool(ahead) and ahead[-1].rstrip("-") in _PAST | {"late"}
    return past and not _put_back(text, mention.end(), 80)


# Words that put a past holder back in the post ("Ruth Kim, a former treasurer, was voted
# back into the post", "returned to the job", "was re-elected"): present again; not "went back
# to teaching" (review rv45b).
_BACK = re.compile(
    r"\b(?:re-?(?:elected|appointed|instated)|(?:back|return\w*)\s+(?:\w+\s+){0,2}"
    r"(?:post|job|role|office|helm|seat))\b"
)


def _put_back(text: str, end: int, reach: int) -> bool:
    """Whether the rest of the mention's sentence (up to ``reach`` characters after ``end``)
    puts its holder back in the post. The two callers read different reaches: a past
    holder's mention is judged on a short tail, a misfit's on a longer one (rv45b)."""
    return bool(_BACK.search(re.split(r"[.;:!?]\s", text[end : end + reach])[0]))


def _handed(tail: str, value: str, described: Sequence[str]) -> bool:
    """Whether the page after the last present mention of the description hands the post on
    from ``value``: a successor's words; "former"/"new" before the description beside no one
    but the value or beside another ("The former treasurer, Ken Pike," is a past holder, not
    a hand-over; "the new coroner, Sue Penrose," is one, unless she is the value); an ending
    verb whose clause is the value's, with no other name ("He retired in May"), that ends a
    post ("retired hurt" does not; "Finn Berg retired" is his namesake's: session 45)."""
    own = {word.lower() for word in value.split()}
    for match in _HANDING.finditer(tail):
        names = _clause_names(tail, match.start(), described)
        if not names or not names <= own or _PASSIVE.search(tail[: match.start()]):
            return True  # "Her successor, Tim Noble,"; not "the new warden, X, took over"
    spelled = r"\s+".join(re.escape(word) for word in described)
    for match in re.finditer(rf"\b({'|'.join(_AGE)})-?\s*{spelled}\b", tail, re.IGNORECASE):
        beside = {
            w.lower() for w in re.findall(r"[A-Z][\w'\u2019-]*", _beside(tail, *match.span()))
        }
        if (match[1].lower() == "new") != bool(own & beside):
            return True  # "the new coroner, Ruth Kim,"; "Ben Ochoa, the former treasurer,"
    for match in _LEFT.finditer(tail):
        if match[0].lower() in _AGE:
            continue  # read above, with the description after it, or another thing's
        others = _clause_names(tail, match.start(), described) - own
        if not others and left_post(tail[match.end() :], described):
            return True
    return False


def _clause_names(text: str, at: int, described: Sequence[str]) -> set[str]:
    """The capitalised words (lower-cased) of the clause that ends at ``at``: its subject's
    name, if it has one; not the description's words, titles or words like "He" or "The"."""
    clause = re.split(r"[.;:!?]\s|,\s+(?:and|but)\s", text[:at])[-1]
    names = {w.lower() for w in re.findall(r"\b[A-Z][\w'\u2019-]*", clause)}
    return names - STOPWORDS - set(described) - TITLES


# Bodies a business's noun never stands for ("The union, Unite, said ... the firm said").
_OTHER_BODIES = word_set(
    "union unions council regulator ministry department government agency court charity "
    "watchdog party police treasury"
)
_FORMER = word_set("former ex late then acting outgoing interim")
# An owned role the value no longer holds ("Ida Lunde, the minister's former deputy, took charge
# of the ministry"): it says nothing of what they hold now (review rv40s).
_PAST = word_set("former ex erstwhile onetime")
# A hope told in the past or given up ("who hoped to become", "who had hoped", "who once
# wanted"): they may have become it since (review rv40s).
_PAST_HOPE = re.compile(r"\b(?:\w+ed|had|once|long)\b", re.IGNORECASE)
# Words beside a name that make it the successor of the holder the page named first ("His
# successor, Ruth Kim,", "Ruth Kim, who replaced him"): the description is theirs now.
_SUCCESSOR = re.compile(r"\b(?:successor|succeed\w*|replac\w*|took\s+over|new)\b")


def misfit(before: str, value: str, described: Sequence[str]) -> str:
    """How the page before the quote writes ``value`` so that the description ``described``
    (its words after "the", lower-case) is not theirs, or "": their owner's noun ("Lars Moe,
    the prime minister's son", "Orla Finn, the airline's founder" for "the prime minister" or
    "the airline"); the owner of the description ("Governor Mae Orton's chief of staff" is
    not "the chief of staff"); one who hopes to become it ("who hopes to become prime
    minister"); a person's title or another body's noun for a business's ("Health Minister
    Ida Lunde", "The union, Unite," for "the drugmaker", "the firm"); or someone else the
    page names with the whole description ("The treasurer, Ben Ochoa," for "the treasurer"),
    while it never writes the description's noun beside the value."""
    head = described[-1]
    whole = r"\s+".join(re.escape(word) for word in described)
    name = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in value.split()) + r"\b")
    found = list(name.finditer(before))
    if not found:
        return ""
    for match in found:
        after = before[match.end() : match.end() + 90]
        lead = before[max(match.start() - 60, 0) : match.start()]
        if re.match(r"['\u2019]s\s+" + whole + r"\b", after, re.IGNORECASE):
            return f"the {' '.join(described)}'s owner"
        aside = re.match(r",\s+(?!(?:and|or|but|while)\b)([^,.;:]{1,60})", after)
        if aside:
            for owner in re.finditer(r"(\w+)['\u2019]s\s+(\w+)", aside[1]):
                if owner[2].lower() in _PAST:
                    continue  # "the minister's former deputy": what they were, not are
                if owner[1].lower() == head and owner[2].lower() != head:
                    return f"the {owner[1].lower()}'s {owner[2].lower()}"
            hope = re.match(r"who\s+((?:\w+\s+){0,2})to\s+become\s+(?:the\s+)?" + whole, aside[1])
            if hope and not _PAST_HOPE.search(hope[1]):  # "who hoped to become": maybe did
                return f"one who hopes to become {' '.join(described)}"
        if head in BUSINESS_NOUNS:
            title = re.search(r"([A-Z][a-z]+)\s+$", lead)
            if title and title[1].lower() in TITLES:
                return f"a person with the title {title[1]!r}"
            body = re.search(r"\b([Tt]he|[Ii]ts)\s+(?:([a-z]+)\s+)?(\w+),\s+$", lead)
            hired = body and body[1].lower() == "its" and body[3].lower() == "agency"
            if body and body[3].lower() in _OTHER_BODIES and not body[2] and not hired:
                return f"the {body[3].lower()}"  # not "its agency, X,": one it hired
            if body and body[3].lower() in TITLES:  # "The health minister, Ida Lunde,"
                return f"a person, the {body[3].lower()}"
            officer = re.search(r"\w['\u2019]s\s+(?:[a-z]+\s+){1,3}([a-z]+),\s+$", lead)
            if officer and officer[1] in PERSON_ROLES and not organisation_name(value):
                return "someone's officer"  # "Brandt Auto's chief executive, Lena Voss"
    holders = _holders(before, described)
    own = {word.lower() for word in value.split()}
    if not holders or any(_same_person(own, h) for h in holders):
        return ""
    near = (_beside(before, m.start(), m.end()).lower() for m in found)
    present = rf"(?<!former )(?<!ex-)(?<!ex )\b{re.escape(head)}\b"  # "the former treasurer"
    if any(re.search(present, w) or _SUCCESSOR.search(w) for w in near):
        return ""  # "Lucia Vera, the labour minister,", "His successor, Ruth Kim,": theirs too
    if any(_put_back(before, m.end(), 100) for m in found):
        return ""  # "Ruth Kim, a former treasurer, was voted back into the post" (rv45b)
    return f"other than the one named {' '.join(described)!r}, {holders[-1]!r}"


def _other_head(portfolio: str | None, described: Sequence[str]) -> bool:
    """Whether a portfolio after the description's title holds another office's noun ("of
    Health and Lagos Governor"): the name after it holds that office, not the description's
    (review rv47s)."""
    words = {w.lower() for w in re.findall(r"[\w'\u2019-]+", portfolio or "")}
    return bool(words & HEADS - set(described))


def _same_person(own: set[str], holder: str) -> bool:
    """Whether a holder's name may be the value's: one's words within the other's ("Ochoa",
    "Ben Ochoa"), not a namesake's ("Finn Berg" for "Ola Berg": review rv42s)."""
    theirs = {w.lower() for w in re.findall(r"\w+", holder)}
    return bool(own & theirs) and (own <= theirs or theirs <= own)


def _beside(text: str, start: int, end: int) -> str:
    """The words right before and after a name, within its clause and outside any quote."""
    lead = re.split(r"[.;:!?\"\u201c\u201d]", text[max(start - 40, 0) : start])[-1]
    return lead + " " + re.split(r"[.;:!?\"\u201c\u201d]", text[end : end + 40])[0]


def _holders(before: str, described: Sequence[str], owned: bool = False) -> list[str]:
    """The names the page writes with the whole description: "The treasurer, Ben Ochoa,",
    "Prime Minister Lea Holt" (in anyone's words); with ``owned``, also after an owner's
    possessive ("Governor Mae Orton's chief of staff, Len Pike,")."""
    words = list(described)
    run = r"(?P<run>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
    spelled = r"\s+".join(re.escape(w) for w in words)
    opener = r"\b(?:[Tt]he|\w+['\u2019]s)\s+(?:new\s+)?" if owned else r"\b[Tt]he\s+"
    # a portfolio may follow the title: "The Minister of Information and National Orientation,"
    word = r"[A-Z][\w'\u2019-]*"
    portfolio = rf"(?P<portfolio>\s+(?:of|for)\s+(?:the\s+)?{word}(?:,?\s+(?:and\s+)?{word})*)?"
    patterns = [opener + r"(?i:" + spelled + r")" + portfolio + r",\s+" + run]
    if all(w in TITLES for w in words):  # "Prime Minister Lea Holt"
        patterns.append(r"\b" + r"\s+".join(re.escape(w.title()) for w in words) + r"\s+" + run)
    names: list[str] = []
    for pattern in patterns:
        for match in re.finditer(pattern, before):
            ahead = before[max(match.start() - 12, 0) : match.start()].lower().split()
            if ahead and ahead[-1] in _FORMER | STRICT_RANKS:
                continue  # "former Prime Minister X", "Vice Premier Y": not the description
            if _other_head(match.groupdict().get("portfolio"), words):
                continue  # "the Minister of Health and Lagos Governor, X,": X is the governor
            first = match["run"].split()[0].lower()
            if first not in TITLES:
                names.append(match["run"])
    return names
