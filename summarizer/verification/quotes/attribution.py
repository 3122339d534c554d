"""The ways news attributes a quotation without a speech verb next to it, read for
:mod:`summarizer.verification.quotes.speakers`:

- the words are someone's: "in the Kremlin's word, "constructively"", "Rubio's summary: "..."";
- a colon after a sentence whose named subject speaks: "Sen. Graham praised the President on
  X: "..."", "Zelensky, in Oslo, on the plan: "..."";
- a label opening the sentence, as in headlines and live blogs: "Putin: ... an "unfriendly
  act"";
- the sentence right after the quote: "So said X.", "That was Donald Trump's summary ...";
- a title standing for a person ("the President said"): the person the article last named
  with that title outside quotation marks ("President Trump signed ..."); with qualifying
  words ("the US president", "the Kremlin spokesperson"), the one named with them;
- a body ("the presidency said", "the army said"): the body the article named with the
  speaker's words ("Egypt's presidency", "the Israeli army").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.stamps import without_stamp
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize
from ..people.leader_titles import leader_named
from ..people.names import TITLES, find_named
from ..people.party_names import party_of, ties
from ..sentences.clauses import Verdict, by_subject
from ..sentences.opening_subjects import sentence_subject
from ..sentences.runs import named_at_start
from ..sentences.speech import SPEECH_NOUNS
from ..sentences.subjects import DESCRIBING
from .body_heads import of_named_body
from .business_backs import business_back
from .described_reads import other_office
from .government_heads import heads_government, held_apart
from .page_offices import STRICT_RANKS
from .title_holders import holder_verdict, shared_title

_OWNER_WORDS = frozenset({"of", "the"})
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019 \t\n"


def _named(parts: Sequence[str], tokens: Sequence[Token]) -> Verdict:
    return "yes" if all(find_named(part, tokens) for part in parts) else "other"


def _owner(tokens: Sequence[Token], last: int, text: str) -> list[Token]:
    """The name ending in a possessive at ``tokens[last]`` ("Secretary of State Marco
    Rubio's"), read back over capitalised words, titles, "of" and "the" with no punctuation."""
    owner = [tokens[last]]
    index = last
    while index > 0 and last - index < 8:
        previous = tokens[index - 1]
        if not text[previous.end : tokens[index].start].isspace():
            break
        if not (previous.capitalised or previous.norm in TITLES or previous.norm in _OWNER_WORDS):
            break
        owner.insert(0, previous)
        index -= 1
    return owner


def words_of(parts: Sequence[str], lead: Sequence[Token], before: str) -> Verdict:
    """ "in the Kremlin's word, "..."", "Rubio's summary: "..."": the owner of the words that
    stand right before the quotation mark (only punctuation between) speaks; "none" when the
    lead-in does not end so (or ends "in its words": a pronoun, read as any other)."""
    if len(lead) >= 3 and lead[-1].norm == "that":
        if any(char.isalnum() for char in before[lead[-1].end :]):
            return "none"
        return _noun_that(parts, lead[:-1], before)
    if len(lead) < 2 or lead[-1].norm not in SPEECH_NOUNS:
        return "none"
    if any(char.isalnum() for char in before[lead[-1].end :]):
        return "none"
    if not lead[-2].text.lower().endswith(POSSESSIVE_ENDINGS):
        return "none"
    return _named(parts, _owner(lead, len(lead) - 2, before))


# Nouns for a stated view that "that" may follow before the quote ("his claim that "..."").
_STATED = SPEECH_NOUNS | frozenset(
    {"claim", "claims", "remark", "remarks", "assertion", "announcement", "pledge", "promise",
     "vow", "insistence", "declaration", "statements", "warnings", "comments", "words"}
)  # fmt: skip


def _noun_that(parts: Sequence[str], lead: Sequence[Token], before: str) -> Verdict:
    """ "the statement of Canadian Prime Minister Trudeau that "..."", "Trudeau's claim that
    "..."": the one whose statement the quote is (the name after "of", or the owner before
    the noun); "none" when the words before "that" are no such noun phrase."""
    if lead[-1].norm in _STATED and lead[-2].text.lower().endswith(POSSESSIVE_ENDINGS):
        return _named(parts, _owner(lead, len(lead) - 2, before))
    index = len(lead) - 1
    while index > 0 and (lead[index].capitalised or lead[index].norm in TITLES):
        if not before[lead[index - 1].end : lead[index].start].isspace():
            return "none"
        index -= 1
    if index == len(lead) - 1:
        return "none"
    for _ in range(3):  # "the claim of developer Rick Moss", "of former minister X"
        if index < 1 or lead[index].norm == "of" or not lead[index].norm.isalpha():
            break
        index -= 1
    if lead[index].norm != "of" or index < 1:
        return "none"
    if lead[index - 1].norm not in _STATED:
        return "none"
    return _named(parts, lead[index + 1 :])


def introduced(parts: Sequence[str], lead: Sequence[Token], before: str) -> Verdict:
    """A quote introduced without a speech verb: by a label opening the sentence ("Putin:
    ..."), or by a colon right before it after a sentence with a named subject."""
    lead = without_stamp(lead)
    for index, token in enumerate(lead[:4]):
        if not token.capitalised:
            break
        following = lead[index + 1] if index + 1 < len(lead) else None
        if following is not None and ":" in before[token.end : following.start]:
            return _named(parts, lead[: index + 1])
    if not before.rstrip(_QUOTE_MARKS).endswith(":"):
        return "none"
    if _speaker_label(lead):  # a transcript's "THE PRESIDENT:": whom the article calls so
        return "title:" + lead[-1].text.capitalize()
    source = _source(lead)
    if source:  # "Kettering read out a letter from Vance:": Vance's words
        return _named(parts, source)
    subject = sentence_subject(lead, before)
    return by_subject(list(parts), subject) if subject else "none"


def _speaker_label(lead: Sequence[Token]) -> bool:
    """A transcript's speaker label: "THE PRESIDENT", "THE SECRETARY" in capitals before
    the colon, naming a title only."""
    return (
        2 <= len(lead) <= 3
        and lead[0].norm == "the"
        and lead[-1].norm in TITLES
        and all(t.text.isupper() for t in lead)
    )


def _source(lead: Sequence[Token]) -> list[Token]:
    """The name a colon's lead-in ends with after "from" or "by" ("a letter from Vance:")."""
    for index in range(len(lead) - 1, max(len(lead) - 8, 0), -1):
        if lead[index - 1].norm in {"from", "by"}:
            named = list(lead[index:])
            if named and all(t.capitalised or t.norm in TITLES for t in named):
                return named
            return []
    return []


_SO = ("so", "said")
_THAT_WAS = (("that", "was"), ("this", "was"), ("those", "were"), ("these", "were"))


def forward(article: ArticleText, sentence: int, parts: Sequence[str]) -> Verdict:
    """A stand-alone quote attributed by the sentence after it: "So said Israel's defense
    minister, Israel Katz.", "That was Donald Trump's summary after the talks."."""
    if sentence + 1 >= len(article.sentences):
        return "none"
    tokens = article.sentence_tokens(sentence + 1)
    norms = tuple(t.norm for t in tokens[:2])
    if norms[:1] == ("said",) or norms == _SO:
        following = tokens[len(norms) if norms[:1] == ("so",) else 1 :][:12]
        return "yes" if named_at_start(list(parts), following, article.text) else "other"
    if norms in _THAT_WAS:  # "That was X's summary", "That was X's only comment"
        for index in range(2, min(len(tokens) - 1, 12)):
            if not is_possessive(tokens[index], article.text):
                continue
            nouns = tokens[index + 1 : index + 3]
            if any(t.norm in SPEECH_NOUNS for t in nouns) and not nouns[0].capitalised:
                return _named(parts, _owner(tokens, index, article.text))
            return "none"
    return "none"


def _qualified(article: ArticleText, match: re.Match[str]) -> bool:
    """ "Russian President Vladimir Putin", "U.S. President Trump", "Ukraine's President":
    a title with a country is not the bare title "the President" stands for."""
    words = article.text[max(match.start() - 30, 0) : match.start()].split()
    if not words:
        return False
    word = words[-1].strip(",;:()")
    norm = word.lower().rstrip(".")
    if (
        word[:1].isupper()
        and words[-1][-1:].isalpha()
        and (_demonym(norm) or norm.endswith(("ine", "ic")))
    ):
        return True  # "Brazilian President Luiz Inacio Lula da Silva", "Argentine President"
    return (
        norm in DESCRIBING or norm in {"u.s", "us", "american"} or word.endswith(POSSESSIVE_ENDINGS)
    )


def _ranked(article: ArticleText, match: re.Match[str]) -> bool:
    """ "Vice Premier He Lifeng", "Former Prime Minister X", "Shadow Chancellor Y": a rank
    that makes the title another office than the bare one (review rvs30)."""
    words = article.text[max(match.start() - 12, 0) : match.start()].split()
    return bool(words) and words[-1].lower().strip(",;:()") in STRICT_RANKS


def by_title(article: ArticleText, title: str, before: int, parts: Sequence[str]) -> Verdict:
    """ "the President" said: the one person the article named with that title before
    ``before``, outside quotation marks, without a country when anyone is so named
    ("President Trump signed ...", rather than "Russian President Vladimir Putin"); "the US
    president", "the Kremlin spokesperson": the one named with that title after those words
    ("U.S. President Donald Trump", "Kremlin spokesperson Dmitry Peskov"). "back" when it
    named no one (or two people) so: the nearest earlier attribution decides."""
    written = _initials(title.split())
    words = [word.lower() for word in written]
    cut = len(words)
    while cut and words[cut - 1] in TITLES:
        cut -= 1
    qualifiers, titles = words[:cut], words[cut:]
    # "the US president", "the Kremlin spokesperson": a name qualifies; "the school director"
    # does not, and points back when no one is so named
    if qualifiers:
        head = "(?i:" + r"\s+".join(_title_pattern(word) for word in titles) + ")"
    else:
        head = r"\s+".join(_capitalised_title(word) for word in titles)
    pattern = re.compile(r"\b" + head + r"\s+((?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019-]*)")
    outside = [
        match
        for match in pattern.finditer(article.text, 0, before)
        if article.quoted_region_at(match.start()) is None and not _ranked(article, match)
    ]
    if qualifiers:
        bare = [m for m in outside if _qualified_by(article, m.start(), qualifiers)]
        apposed = [] if bare else _apposed_title(article, tuple(titles), qualifiers, before)
        # "Nadia Rahimi, Herat's governor," for "the Herat governor"; "the Maoist supremo,
        # Prachanda," for "the Maoist leader" (check 27)
        apposed = apposed or ([] if bare else leader_named(article, titles, qualifiers, before))
        if apposed:
            return _named(parts, apposed)
        if not bare:  # "the Turkish leader" points back, as before; "the US president" not
            held = holder_verdict(article, [*qualifiers, *titles[:-1]], titles[-1], before, parts)
            if held != "none":  # "a UN spokesman said ... the UN spokesman added"
                return held
            if _tied_elsewhere(article, qualifiers, parts):
                return "other"  # "the Belarusian president" is not "Russian President Putin"
            if named_qualifier(title) and other_office(article, title, parts):
                return "other"  # "Prime Minister Mark Lowe" is not "the US president"
            return "back"  # no one holds it: the nearest earlier attribution decides
    else:
        bare = [match for match in outside if not _qualified(article, match)]
    named = [tokenize(match.group(1)) for match in bare or outside]
    bare_title = named and bare and not qualifiers  # "the foreign ministry spokesperson": not
    shared = shared_title(article, titles[-1], before, parts) if bare_title else "none"
    if shared != "none":  # "Ambassador Li" and "the US ambassador, Karen Doyle": either
        return shared
    if named and not bare and len({tokens[-1].norm for tokens in named}) > 1:
        return "other"  # "U.S. President X hosted Brazilian President Y": "the president" is either
    if not named:  # "UN envoy Ana Ruiz", "a parliament spokesman" (title_holders.py)
        held = holder_verdict(article, titles[:-1], titles[-1], before, parts)
        if held == "none" and heads_government(article, titles, before, parts):
            return "yes"  # "Donald Tusk's coalition ...", "the prime minister" (government_heads)
        if held in ("none", "back") and held_apart(article, titles, before, parts):
            return "other"  # "X was the prime minister when ...": a former one (government_heads)
        return "back" if held == "none" else held
    if len({tokens[-1].norm for tokens in named}) > 1:
        return "back"  # two people named with the bare title: it settles nothing
    return _named(parts, named[-1])


@lru_cache(maxsize=256)
def _apposition(titles: tuple[str, ...]) -> re.Pattern[str]:
    """ "Nadia Rahimi, Herat's governor,": a name, a comma, up to four words, the title."""
    head = r"\s+".join(_title_pattern(word) for word in titles)
    return re.compile(
        r"\b([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}),[ \t]+"
        r"((?:[\w'\u2019.-]+[ \t]+){0,4}?)(?i:" + head + r")\b"
    )


def _apposed_title(
    article: ArticleText, titles: tuple[str, ...], qualifiers: Sequence[str], before: int
) -> list[Token]:
    """The name the article last gave the qualified title to in an appositive, outside
    quotation marks, before ``before`` ("Nadia Rahimi, Herat's governor," for "the Herat
    governor"); empty when it gave it to no one so."""
    found: list[Token] = []
    for match in _apposition(titles).finditer(article.text, 0, before):
        if article.quoted_region_at(match.start()) is not None:
            continue
        words = _initials([w.lower() for w in match.group(2).split()])
        if all(any(same_qualifier(q, w) for w in words) for q in qualifiers):
            found = tokenize(match.group(1))
    return found


# The abbreviations news writes a capitalised title as before a name ("Sen. Lindsey Graham"
# is the one "the senator" points back to; check 49).
_ABBREVIATED = {"senator": "Sen", "representative": "Rep", "governor": "Gov", "general": "Gen"}


def _capitalised_title(word: str) -> str:
    """ "Senator" or "Sen.", "Governor" or "Gov.": a bare title written before a name."""
    full = re.escape(word.capitalize()) + r"\.?"
    short = _ABBREVIATED.get(word.lower())
    return f"(?:{full}|{short}\\.)" if short else full


def _title_pattern(word: str) -> str:
    """ "spokesperson" also finds "spokesman" and "spokeswoman"."""
    if word.startswith("spokes"):
        return "spokes(?:man|woman|person)"
    if word == "premier":  # "the Hungarian premier" of "Hungarian Prime Minister Gabor Toth"
        return r"(?:premier|prime\s+minister)"
    return re.escape(word) + r"\.?"


def _tied_elsewhere(article: ArticleText, qualifiers: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether a title's people's word ("Belarusian") names a country the page never ties the
    person to, while it ties them to another ("Russian President Vladimir Putin"): the title
    that points back is not theirs."""
    countries = {party_of(word) for word in qualifiers} - {None}
    if not countries or len(parts) != 1 or not parts[0].split():
        return False
    tied = ties(article, parts[0].split()[-1].lower())
    return bool(tied) and not tied & countries


def named_qualifier(title: str) -> bool:
    """Whether a title's words before its office name a country or body by its name ("the US
    president", "the Kremlin spokesperson"), not by a people's adjective ("the Turkish
    leader") or a common word ("the school director")."""
    written = _initials(title.split())
    cut = len(written)
    while cut and written[cut - 1].lower() in TITLES:
        cut -= 1
    return any(w[:1].isupper() and not _demonym(w.lower()) for w in written[:cut])


def _demonym(word: str) -> bool:
    """ "Turkish", "Brazilian", "Chinese", "Israeli": a people's adjective, which the nearest
    earlier attribution may resolve when no one was named with it ("the Turkish leader")."""
    return word in DESCRIBING or word.endswith(("an", "ese", "ish", "i", "ch"))


_US = frozenset({"us", "american", "america", "united", "states", "washington"})


def same_qualifier(one: str, other: str) -> bool:
    """ "US" and "U.S.", "Egypt's" and "Egyptian", "Israeli" and "Israel": one country."""
    one, other = (
        w.replace(".", "").removesuffix("'s").removesuffix("\u2019s") for w in (one, other)
    )
    if one in _US and other in _US:
        return True
    common = len(one) == len(other) == 0 or one == other
    return common or (min(len(one), len(other)) >= 4 and one[:4] == other[:4] and (
        one.startswith(other[:5]) or other.startswith(one[:5])))  # fmt: skip


def _qualified_by(article: ArticleText, at: int, qualifiers: Sequence[str]) -> bool:
    """Whether each of ``qualifiers`` stands in the words right before ``at`` (its line)."""
    line_start = article.text.rfind("\n", 0, at) + 1
    start = max(line_start, at - 60)
    tokens = tokenize(article.text[start:at])
    if not tokens:
        return False
    before: list[str] = []  # back to a conjunction, a determiner or punctuation
    ends = [*(t.start for t in tokens[1:]), at - start]
    for token, end in list(zip(tokens, ends, strict=True))[::-1][:5]:
        if token.norm in _STOPS or any(
            mark in article.text[start + token.end : start + end] for mark in ",;:()"
        ):
            break
        before.insert(0, token.norm)
    before = _initials(before)
    return all(any(same_qualifier(q, word) for word in before) for q in qualifiers)


def _initials(words: Sequence[str]) -> list[str]:
    """Words with runs of single letters joined: "U.S." is read as "u", "s", here "us"."""
    joined: list[str] = []
    in_run = False
    for word in words:
        single = len(word) == 1 and word.isalpha()
        if single and in_run:
            joined[-1] += word
        else:
            joined.append(word)
        in_run = single
    return joined


_STOPS = frozenset({"and", "or", "with", "to", "of", "by", "the", "a", "an", "said", "met"})


# Bodies that are one another in news prose ("the Israeli army", later "the military").
_BODY_CLASSES = (frozenset({"army", "military", "forces", "idf"}),)


def _body_class(noun: str) -> frozenset[str]:
    return next((c for c in _BODY_CLASSES if noun in c), frozenset({noun}))


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def by_body(article: ArticleText, body: str, before: int, parts: Sequence[str]) -> Verdict:
    """ "the presidency said", "the army said in a statement": the body the speaker names
    ("Egypt's presidency", "the Israeli army") when it is that body: the same noun (or one
    of its class: army, military), the description's own words among the speaker's, and the
    speaker's other words qualifying the nearest earlier mention of that noun outside
    quotation marks that is qualified at all ("Egypt's presidency said on Sunday ...")."""
    if (headed := of_named_body(article, body, before, parts)) is not None:
        return headed  # "the commission": "Customs Tariff Commission of the State Council"
    wanted = [t.norm for t in tokenize(" ".join(parts)) if t.norm not in _DETERMINERS]
    words = body.split()
    if len(parts) != 1 or len(wanted) < 1 or wanted[-1] not in _body_class(words[-1]):
        business = business_back(article, body, before, parts)
        return "other" if business is None else business  # "the company" (business_backs.py)
    own = words[:-1]
    if not all(any(same_qualifier(q, w) for w in wanted[:-1]) for q in own):
        return "other"
    missing = [w for w in wanted[:-1] if not any(same_qualifier(w, q) for q in own)]
    if not missing:
        return "yes"
    nouns = "|".join(sorted(_body_class(words[-1])))
    mentions = [
        m for m in re.finditer(rf"\b(?:{nouns})\b", article.lowered[:before])
        if article.quoted_region_at(m.start()) is None
    ]  # fmt: skip
    for match in reversed(mentions):
        line_start = article.text.rfind("\n", 0, match.start()) + 1
        tokens = tokenize(article.text[max(line_start, match.start() - 50) : match.start()])
        qualifying: list[str] = []
        for token in reversed(tokens[-3:]):
            if token.norm in _DETERMINERS or token.norm in SPEECH_NOUNS:
                break
            qualifying.append(token.norm)
        if qualifying:
            found = all(any(same_qualifier(w, q) for q in qualifying) for w in missing)
            return "yes" if found else "other"
    return "other"
