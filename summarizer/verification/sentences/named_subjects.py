"""A quote in the predicate of a clause whose subject is the value named in full ("Hans
Grundberg, the UN's special envoy for Yemen, called it "a step in the right direction"",
"Spain coach Montse Tome, speaking in Spanish, was bitter: "..."", "Neither side gave a figure,
though Tim Hadzima, the executive director of the series, described it as a "..."", '"...,"
Dr. Scott Lindquist of the Washington State Department of Health said on a video call'), for
:func:`summarizer.verification.quotes.speakers.support_speaker` after every refusing reading
(it only accepts, and only over the generic refusals: a relay, a frame or a label that refused
keeps its word).

English news gives a quote standing in a clause's predicate to that clause's subject: the
named person's own words, whatever the apposition between the name and the verb holds (a
body, a place, another's possessive: "the UN's special envoy", "Bath's MP, Wera Hobhouse,").
The older readings, looking for one speaker in the whole sentence, took a capitalised word of
the apposition or of the opener for a rival (seen checks 141-171: 21 alarms in 14 checks).

The reading is exact only where nothing else can own the words, so it accepts nothing when:
the full name is not in the quote's own sentence outside quotation marks, is possessive ("X's
lawyer said") or joined to another ("X and Y said"); the words before it are more than an
opener closed by a comma (and "though"/"but"/"when" ...) and a title ("Water polo teammate",
"Deputy Prime Minister"), or hold a verb of saying or "that"; the predicate (from the last
comma after the name that opens a lower-case verb-like word, or the name itself) names another
person, holds two verbs of saying ("X said officials had called it"), a relay ("quoting",
"as saying", "according to", "read out", "X's message"), a passive or heard frame ("was
asked", "was branded", "by critics", "was charged with", "was cleared of"), others' words
("rejected suggestions that", "complaints that"), a name or an inscription ("known as", "his
nickname,", "a placard reading", "printed with") or a work performed ("starred in", "sang"),
a verb of voicing deeper than its head ("her captain shouting") or a clause of another
subject ("walked out while the chairman kept going", "whose gates carry the motto", ", the
physio signalling"); the quote is a title-case name ('speaking on "Morning Live"') with no
verb of calling at the predicate's head; or the words after the quote name another person
(review rv64s: those sentences were opened by the first version).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import quote_spot
from ..page.tokens import Token, word_set
from ..people.names import is_proper
from .antecedents import others_named
from .qualified_titles import qualified_verdict
from .speech import SPEECH_VERBS

# Words a title before the name may not hold: "Police said Dr Ann Lee", "Speaking beside X",
# "Dr. Lin Mabry, of the Coastal Institute" (the body is no subject).
_NOT_TITLE = word_set(
    """said says told tells asked asks that who whom which whose to by from with for about
    against and or but as than after before is was were are has had have be been will would
    could should can may might not when while if because quoting citing according thanks
    replied reading read of at in on into beside alongside like unlike among between over
    under near behind speaking standing"""
)
# What may join an opener's comma to the subject: "Neither side gave a figure, though Tim ..."
_JOINS = word_set("though although but and while yet when whereas")
# Openers that give the quote's view to someone else: "For economists at Nomura, X "..."".
_VIEW = re.compile(r"^\s*(?:for|to|according|like|in\s+the\s+(?:view|eyes|words))\b", re.I)
# A comma chunk after the name that goes on with the apposition, not the predicate.
_APPOSITION = word_set(
    """the a an also who whom which whose its his her their now then once formerly newly
    himself herself one both each"""
)
_CALLING = SPEECH_VERBS | word_set("branded calls called termed dubbed labelled labeled")
# Verbs of voicing that, deeper in the predicate than its head, have a subject of their own:
# "ran on to the pitch, her captain shouting "..."", "listened as the away end chanted".
_VOICED = _CALLING | word_set(
    """shouted shouting yelled yelling screamed screaming cried crying chanted chanting
    whispered muttered sang singing demanded demanding roared roaring"""
)
_PRONOUNS = word_set("he she they i we it")
# Words before the opening mark that make the quote a label the subject speaks of ("condemned
# the "America First" agenda", "asked for a "must win" rule"), not words the subject said.
_LABELS = word_set("the a an this that these those its their his her our called")
# Frames anywhere between the name and the quote that relay another's words.
_RELAYED = re.compile(
    r"\b(?:as\s+say(?:ing)?|quot\w*|cit(?:ed|ing|es)|according|on\s+behalf|read(?:s|ing)?\s+"
    r"(?:out|from|aloud))\b",
    re.I,
)
# Frames in the predicate (or after the quote) that give the words to another, or say them of
# the subject: a passive or heard frame, an agent, another's words by possessive.
_RELAY = re.compile(
    r"\b(?:by|from|heard|hears|received|receives|got|shown|handed|sent|faced|fielded|"
    r"questions?|claims?|allegations?|accus\w+|reports?|rumou?rs?|shouts?|chants?|cries|"
    r"cheers|boos|jeers|taunts?|jibes?|slogans?|signs?|banners?|faces|facing|"
    r"suggestions?|complaints?|critics|criticisms?|speculation|insinuations?|charges|"
    r"known\s+as|nick\w*|(?:en)?titled|headlined|inscribed|printed|emblazoned|reading|"
    r"star(?:s|red|ring)|sang|sung|sings?|recit\w+|perform\w+|charged|cleared|convicted|"
    r"acquitted|indicted|sentenced|jailed|found\s+(?:not\s+)?guilty|"
    r"(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:\w+ly\s+)?(?:asked|told|called|"
    r"branded|described|dubbed|labell?ed|termed|accused|quoted|urged|critici[sz]ed|praised|"
    r"hailed|named|ordered|warned|reminded|greeted|mocked|booed|cheered|pressed|met|"
    r"questioned|challenged|given|sent|shown|handed|read|known)|[A-Za-z]+['\u2019]s?)(?!\w)"
)
# A clause of its own subject inside the predicate, before the quote: "walked out while the
# chairman kept going", "trains at a ground whose gates carry", "went off injured, the physio
# signalling" (not "framed it as the end of an era in which "..."": the quote is that clause).
_OWN_CLAUSE = re.compile(
    r"\b(?:(?:while|whilst|when|whereas|before|after|until|once|because|since|where|which|"
    r"who|whom)\s+(?:the|a|an|her|his|their|its|our|this|these|those)\s+[a-z]|whose\s+[a-z])|"
    r",\s+(?:the|a|an|her|his|their|its)\s+(?:[\w-]+\s+){0,2}[a-z]+ing\b"
)
_STAMP = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[-\u2013\u2014]\s*)?)")


def _words(article: ArticleText, start: int, end: int) -> list[Token]:
    return article.outside_quotes(start, end)


def _subject_at(article: ArticleText, lead: tuple[int, int], value: str) -> re.Match[str] | None:
    """The value's full name in the lead-in, as the clause's subject: once, not possessive,
    not joined to another name, after no more than a stamp, an opener and a title that name
    no one else."""
    said = article.text[lead[0] : lead[1]]
    name = r"\s+".join(re.escape(part) for part in value.split())
    found = list(re.finditer(rf"(?<![\w'\u2019-]){name}(?![\w-])", said))
    if len(found) != 1:
        return None
    match = found[0]
    after = said[match.end() :]
    if re.match(
        r"['\u2019](?:s\b|\s)|\s*(?:and|&|or)\s+[A-Z]|\s*,\s*[A-Z][\w'\u2019-]*\s+and\s", after
    ):
        return None  # "X's lawyer", "X and Y", "X, Y and Z said"
    if not _prefix_ok(said[: match.start()]):
        return None
    opener = said.rfind(",", 0, match.start())  # its opener names no one ("Grace Tan, standing")
    before = _words(article, lead[0], lead[0] + max(opener, 0))
    if before and others_named([value], before, article.text):
        return None
    title = said[opener + 1 : match.start()]
    runs = re.findall(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*(?=\s+[a-z])", title)
    return None if any(" " in run for run in runs) else match  # "Vera Holt beat Anton Rask"


def _prefix_ok(before: str) -> bool:
    """Only a stamp ("16:55 -"), an opener closed by a comma (and a joining word), and title
    words: "Water polo teammate", "In Cuba, where the storm heads next, Deputy Prime Minister"."""
    before = _STAMP.sub("", before)
    if _VIEW.match(before):
        return False
    opener, comma, title = before.rpartition(",")
    if comma:
        if re.search(r"\bthat\b", opener) or _RELAYED.search(opener):
            return False
        if any(word.lower() in SPEECH_VERBS for word in re.findall(r"[A-Za-z]+", opener)):
            return False  # "Jones said, and Smith agreed:" (a speaker before)
    words = re.findall(r"[\w.'\u2019-]+", title)
    if words and words[0].lower() in _JOINS:
        words = words[1:]
    if len(words) > 6 or re.search(r"[;:()\[\]]", title):
        return False
    return not any(
        word.lower().rstrip(".") in _NOT_TITLE
        or (word.islower() and word.endswith(("ed", "ing")))
        or word.endswith(("'s", "\u2019s", "'", "\u2019"))
        for word in words
    )


def _predicate_start(between: str) -> int | None:
    """Where the predicate starts in the words between the name and the quote: after the
    last comma that opens a lower-case word which does not go on with an apposition, or at
    once when no comma follows the name; ``None`` when the quote stands in the apposition."""
    if not between.lstrip().startswith(","):
        return 0
    for comma in reversed([m.start() for m in re.finditer(",", between)]):
        word = re.match(r"\s*([A-Za-z][\w'-]*)", between[comma + 1 :])
        if word is None:
            continue
        if word[1][0].isupper() or word[1].lower() in _APPOSITION or word[1].isdigit():
            continue
        return comma + 1
    return None


def _clear(value: str, between: str, at: int, predicate: Sequence[Token], text: str) -> bool:
    """Whether the words from the name to the quote relay no one, and its predicate names no
    one else, holds no passive, heard or possessed frame, and says at most one verb of saying
    or calling, at its head ("told the chamber", "also said", ", saying")."""
    if _RELAYED.search(between) or re.search(
        r"\b(?:he|she|they|i|we)\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b",
        between,
        re.I,
    ):
        return False  # "X, quoting the president, told", "X had acted, he insisted, "...""
    if not predicate:
        return True
    if others_named([value], predicate, text) or _RELAY.search(between[at:]):
        return False
    if _OWN_CLAUSE.search(between[at:]):
        return False
    verbs = [index for index, token in enumerate(predicate) if token.norm in _VOICED]
    if len(verbs) > 1 or (verbs and verbs[0] > 1):
        return False  # "believed that the minister had called it", "in Copenhagen, the ... said"
    heads = [token.norm for token in predicate[:2]]
    return predicate[-1].norm not in _LABELS or any(norm in _CALLING for norm in heads)


# The generic refusals this reading may overturn: an "other" read from a capitalised word of the
# sentence, or no reading at all; never a relay, a frame, a label or a namesake.
_GENERIC = (
    "the article attributes this quote to",
    "the quote's pronoun or description is read back to someone other",
    "the quote's pronoun or epithet may be",
    "the article gives these words to",
    "no attribution of this quote to",
)


def named_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str, refused: Result
) -> Result:
    """The other readings' ``refused`` verdict (after :func:`qualified_verdict`), or a pass
    when the quote stands in the predicate of ``value``'s own clause (see the module's doc)."""
    refused = qualified_verdict(article, spans, value, refused)
    if refused[0] or not refused[1].startswith(_GENERIC):
        return refused
    return (True, "") if named_subject(article, spans, value) else refused


def named_subject(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether a quote at ``spans`` stands in the predicate of a clause whose subject is
    ``value`` named in full (see the module's doc)."""
    if len(value.split()) < 2 or not is_proper(value):
        return False
    return any(_in_predicate(article, start, end, value) for start, end in spans)


def _in_predicate(article: ArticleText, start: int, end: int, value: str) -> bool:
    text = article.text
    region, sentence = quote_spot(article, start, end)
    first, last = article.sentences[sentence]
    if region[0] < first:
        return False
    parts = [value]
    tail = _words(article, region[1] + 1, max(last, region[1] + 1))
    first = max(first, text.rfind("\n", first, region[0]) + 1)  # a subhead run into it
    lead = text[first : region[0]].rstrip("\"\u201c\u2018' ")
    if '"' in lead or "\u201c" in lead or "\u201d" in lead:
        return False  # an earlier quote in the sentence: its credit may be this one's
    if re.search(
        r"\b(?:according|by|coined|dubbed)\b|\bas\s+(?:\w+\s+){0,3}call(?:s|ed)?\b",
        text[region[1] : last],
    ):
        return False  # '"...", according to six voters', '"...", a phrase coined by the Kremlin'
    if lead.strip():
        subject = _subject_at(article, (first, first + len(lead)), value)
        if subject is None:
            return False
        between = lead[subject.end() :]
        at = _predicate_start(between)
        if at is None:
            return False
        predicate = _words(article, first + subject.end() + at, first + len(lead))
        if not _clear(value, between, at, predicate, text):
            return False
        if _titled(text[start:end]) and not any(t.norm in _CALLING for t in predicate[:2]):
            return False  # 'speaking on "Morning Live"', 'starred in "The Salt Road"'
        return not tail or not (others_named(parts, tail, text) or _credited(tail))
    return not _titled(text[start:end]) and _tail_credit(article, tail, value, parts)


# The small words a title leaves lower-case: "Song of the Lantern", "Clean Seas by 2030".
_TITLE_SMALL = word_set("of the a an and or in on at to for by with from de la le du van von")


def _titled(words: str) -> bool:
    """Whether the quoted ``words`` are a name in title case (a show, a work, a campaign, a
    place: "Morning Live", "Le Petit Phare", "Hands Off Our Buses"), not words said: two to
    eight words, each capitalised but for a title's small words, and no sentence's stop."""
    tokens = re.findall(r"[\w'\u2019-]+", words)
    if not 2 <= len(tokens) <= 8 or re.search(r"[.!?;:]", words):
        return False
    capitalised = [token for token in tokens if token[0].isupper() or token[0].isdigit()]
    small = [token for token in tokens if token in _TITLE_SMALL]
    return len(capitalised) >= 2 and len(capitalised) + len(small) == len(tokens)


def _credited(tail: Sequence[Token]) -> bool:
    """Whether the words after the quote credit it to a capitalised name ('"...", IRNA said':
    a body the older readings do not count as a person), not to a "he" or "the coach"."""
    head = tail[:4]  # ', IRNA said.', ', said the Kremlin'; not "and urged the Houthis"
    if not head or head[0].norm in _JOINS:
        return False
    return any(t.norm in SPEECH_VERBS for t in head) and any(t.capitalised for t in head)


def _tail_credit(article: ArticleText, tail: list[Token], value: str, parts: list[str]) -> bool:
    """'"...," Dr. Scott Lindquist of the Washington State Department of Health said': the
    words after a quote that opens its sentence are a title, the full name, an "of/at/from"
    body or an apposition, and one verb of saying."""
    if not tail:
        return False
    text = article.text
    said = text[tail[0].start : tail[-1].end]
    subject = _subject_at(article, (tail[0].start, tail[-1].end), value)
    if subject is None or (
        subject.start()
        and not re.fullmatch(r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}", said[: subject.start()])
    ):
        return False  # only capitalised title words before the name ("Dr.", "District Attorney")
    rest = said[subject.end() :]
    verb = re.match(
        r"(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:(?:[A-Z][\w.'\u2019-]*|of|and|for)\s+)+?|"
        r"\s*,[^,]*,)?\s*([a-z]+)\b(?<!\bof)(?<!\band)(?<!\bfor)",
        rest,
    )
    if verb is None or verb[1] not in SPEECH_VERBS:
        return False
    after = rest[verb.end() :]
    return not _RELAY.search(after) and not re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", after)


__all__ = ["named_subject", "named_verdict"]
