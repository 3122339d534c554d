"""A cited source is named as a source, not in another role (an outside check, session 25): a
``cited_sources`` name passed on a plain mention, so the page's own masthead or credit line
given as a source it cites, "the Financial Times" named as the paper that was sued or whose
reporter was detained, and TASS given for a fact the evidence has from Reuters all passed.

A committee keeps its own reader (:mod:`cited_bodies`). Each place the article names the
value (:meth:`ArticleText.phrase_spans`) is read in its sentence, in one of three roles:

- *cited*: a shape that gives it a report or a quote: "according to X", "X reported", "X said,
  citing", "told X", "in an interview with X", "a report by X", "X first reported", "citing
  X", "X quoted ... as saying", "(X)" after a claim, "analysts at X say", "X's figures",
  "X's election analyst ... predicted", "told Bret Baier on X", "comments carried by X"
  (:func:`summarizer.verification.bylines.cited_outlets.cited_in_line` and
  :func:`summarizer.verification.bylines.news_sources.cited_at` read most of them);
- *credit*: a line that is no sentence (a masthead, a byline, a navigation bar, "Compiled by
  the Desk, The Courier") or a dateline's brackets ("KYIV (Wire) -"): the page's publisher;
- *other role*: a sentence that sues, bans, fines, blocks, raids, buys it or detains its staff,
  or denies the citation ("declined to speak to the BBC", "did not tell Al Jazeera").

Also cited (review rvG): 'called it "..." on Fox News', "said on NHK", "To the AP, an official
...", "Per Axios,", "X, which first reported", "X understands", "quoting/relaying X", "told
our sister station, Coast FM" (and not "The Gazette's sister title"), "... police said. - AFP"
closing a paragraph. "said the strike on X" is no citation: a word between the speech verb
and "on" must be a name, a quote, a time or an interview word.

The verdict: the value relaying its own ``via`` in the evidence ("Reuters, citing Interfax" for
name Reuters via Interfax, "local reports cited by Reuters" for name Reuters), unsupported;
cited in the fact's evidence, supported; the evidence cites another outlet and
not the value (TASS for "..., Reuters reported"; the ``via`` counts when the evidence does not
name the value), unsupported; cited elsewhere on the page,
supported (a source the article cites, as before); named only in credit lines or in other
roles, unsupported; named in no shape read here, unconfirmed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Context, Result, unconfirmed
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize
from ..people.names import norms
from .back_makers import other_sex_maker, pronoun_maker
from .cited_bodies import support_cited_body
from .cited_outlets import cited_in_line
from .figure_sources import CHANGED, SMALL_NUMBER, by_measure_line, deed_verb, figure_cited
from .news_sources import cited_at, is_outlet

_STOPS = (".", "!", "?", '"', "\u201d", "\u2019", ")")
# Up to five words describing the source between a citing phrase and its name ("the
# official broadcaster", "the Polish Press Agency"), no clause opening among them.
_DESCRIBED = (
    r"\s+(?:(?!(?:that|which|who|whom|and|but|when|while|because|after|before|if|than)\b)"
    r"[\w'\u2019.-]+\s+){0,5}$"
)
_BEFORE = re.compile(
    r"(?:\b(?:according\s+to|citing|cited\s+by|quoted(?:\s+as\s+saying)?\s+by|reported\s+by|"
    r"as\s+reported\s+(?:by|in)|carried\s+by|published\s+by|broadcast\s+by|aired\s+by|"
    r"seen\s+by|obtained\s+by|(?:compiled|collected|gathered|analy[sz]ed|tallied|verified)\s+by|"
    r"(?:confirmed|revealed|explained|described|repeated)\s+(?:the|his|her|their|its|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?to|(?:made|gave|granted)\s+(?:the|his|her|their|its|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:remarks?|comments?|statements?|claims?|admission|interviews?|figures?|details)\s+to|told|tells|telling|tell|per|quoting|relaying|"
    r"which\s+(?:cited|quoted)|"
    r"(?:spoke|spoken|speaking|speaks|speak|talked|talking|said|says|suggested|confirmed|explained|"
    r"revealed|admitted|wrote|writing|writes|comments?|remarks?|statement|leaked|interviews?|"
    r"conversation|chat|appearance|op-ed|column|article|piece|reports?|story|dispatch|analysis|"
    r"data|figures|numbers|tally|footage|word|came(?:\s+first)?|first)\s+(?:to|with|in|on|"
    r"for|from|by)|"
    r"(?:analysts?|experts?|researchers?|economists?|pollsters?)\s+(?:at|for|with|from)|"
    r"(?:said|says|told|tells|spoke|speaking|appeared|appearing|announced|interviewed|"
    r"warned|posted|commented)\b(?:[^.;:\"\u201c\u201d]{0,60}?(?:\s(?-i:[A-Z])[\w'-]+|"
    r"\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|today|yesterday|morning|"
    r"afternoon|evening|night|later|earlier|reporters|journalists|interview|remarks|comments|"
    r"programme|program|show)))?,?\s(?:on|in|to)))" + _DESCRIBED,
    re.IGNORECASE,
)
_STAFF = (
    r"(?:analysts?|correspondents?|reporters?|journalists?|editors?|anchors?|hosts?|"
    r"presenters?|columnists?|commentators?)"
)
_SAYS = (
    r"(?:said|says|predicted|predicts|reported|reports|wrote|writes|posted|posts|noted|notes|"
    r"estimated|estimates|projected|projects|called|calls|tweeted|added|adds|told|tells)"
)
_AFTER = re.compile(
    rf"(?:(?:'s|\u2019s|'|\u2019)?\s+(?:[\w-]+\s+)?{_STAFF}\b[^.;]{{0,80}}?\b{_SAYS}\b|"
    r"(?:'s|\u2019s|'|\u2019)\s+(?:[\w-]+\s+)?(?:figures|data|count|tally|numbers|estimates?|"
    r"reports?|analysis|projections?|poll|survey|findings|reporting|investigation|"
    r"calculations?|sources?)\b(?!\s+(?:cent(?:re|er)s?|servers?|breach|leak|ratings?)\b)"
    # not the owner's own performance or a measure of it changing ("Okafor's goal tally rose
    # to 19", "Anderson's figures of five for 42"): the possessor is measured (review rvr2s38);
    # a poll, survey, count or estimate "of 2,104 adults" is one the name made (review rv44e)
    rf"(?:(?<!figures)(?<!tally)(?<!numbers)|(?!\s+of\s+(?:\d|{SMALL_NUMBER}\b)))"
    rf"(?!\s+{CHANGED}\b)|"
    r",?\s+(?:[\w-]+\s+){0,3}?citing\b|"
    r"\s+(?:has\s+|had\s+)?(?:understands|understood|learned|learnt|revealed|"
    r"broke\s+(?:the\s+)?(?:news|story))\b|"
    r"\)\s*[.!?]?\s*$)",
    re.IGNORECASE,
)
# A sentence that acts on the name in another role: sues, bans, fines or raids it, buys it,
# detains its staff.
_OTHER_ROLE = re.compile(
    r"\b(?:sued|sues|suing|sue|lawsuits?|banned|bans|ban|fined|fines|blocked|blocks|raided|"
    r"raids?|detained|detains|detention|arrested|arrests?|jailed|expelled|expels|expulsion|"
    r"shut|closed|closure|licen[cs]es?|defamation|libel|charged|accused|barred|censured|"
    r"hacked|subpoenaed|sanctioned|acquired|acquires|bought|buys|owner|owns|takeover|"
    r"investigated|deported|revoked|suspended|injunction|regulator|suit|complaint)\b",
    re.IGNORECASE,
)
# A speech verb earlier in the sentence, quote and all, and "on" right before the name: 'called
# the bill "a work in progress" on Fox News', "said on Sunday on CNN".
_ON_AIR = re.compile(
    r"\b(?:said|says|called|calling|described|describing|told|warned|insisted|argued|claimed|"
    r"vowed|predicted|added|appeared|appearing|speaking|spoke)\b[^.;]{0,120}?"
    r"(?:[\"\u201d\u2019]|\b(?:said|says|appeared|appearing|speaking|spoke|sunday|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|today|yesterday|morning|afternoon|evening|"
    r"night|later|earlier))\s*,?\s+on" + _DESCRIBED,
    re.IGNORECASE,
)
# The sentence opens on the name ("To the Associated Press, an official was blunt", "Per Axios,").
_OPENS = re.compile(r"^\s*(?:to|per)\s+(?:the\s+)?$", re.IGNORECASE)
# A citing word the sentence denies right before the name: "declined to speak to the BBC",
# "did not tell Al Jazeera", "refused to comment to Reuters".
_DENIED = re.compile(
    r"\b(?:(?:declin|refus)\w*\s+to|(?:did|does|do|would|will|could|has|have|had)\s+not|"
    r"(?:did|does|do|would|wo|could|has|have|had)n['\u2019]t|never|not|yet\s+to)\s+"
    r"(?:immediately\s+|yet\s+|publicly\s+|directly\s+)?(?:be\s+)?"
    r"(?:tell|told|telling|speak|speaking|spoke|spoken|talk|talking|talked|comment|commenting|"
    r"respond|responding|reply|replying|answer|answering|return|returned|give|given|grant|"
    r"granted|confirm|confirmed)\b(?:\s+(?!(?:but|and|while|though)\b)[\w'-]+){0,6}\s+$",
    re.IGNORECASE,
)
# A paragraph closing on an agency's credit after a dash ("..., police said. - AFP").
_DASH_CREDIT = re.compile(r"[.!?\"\u201d]\s*[-\u2013\u2014]+\s*$")
# "X, which first reported the arrests": a relative clause that makes X the reporter, whatever
# the clause is about (so "arrests" there is no other role of X's).
_WHICH_REPORTED = re.compile(
    r",\s+which\s+(?:had\s+|has\s+)?(?:first\s+)?(?:reported|broke|revealed|obtained|cited|quoted)\b",
    re.IGNORECASE,
)
# A letter sent to the outlet, which is no citation of it: "The lawyer wrote to The Times".
_WROTE_TO = re.compile(r"\b(?:wrote|writes|write|writing)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# "Novaya Gazeta, which was fined last year, reported": the relative clause's role is not the
# name's when the name then reports.
_RELATIVE_REPORTS = re.compile(
    r",\s+(?:which|whose|who)\b[^,;.]{0,80},\s+(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:reported|reports|said|says|wrote|writes|quoted|cited|published|broadcast)\b",
    re.IGNORECASE,
)
# The name only owns the one cited: "told The Gazette's sister title, the Echo", "the Herald's
# parent company".
_OWNS_CITED = re.compile(
    r"(?:'s|\u2019s)\s+(?:(?:sister|parent|partner|rival)\s+(?:title|paper|newspaper|station|"
    r"channel|publication|site|website|company|group|broadcaster)s?|owners?|board|lawyers?|"
    r"shareholders?|advertisers?)\b",
    re.IGNORECASE,
)
# A sister outlet named in apposition: "told our sister station, Coast FM,".
_SISTER = re.compile(
    r"\b(?:sister|partner)\s+(?:title|paper|newspaper|station|channel|publication|site|"
    r"website|broadcaster)s?,?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*[A-Z][\w.,' -]{0,60}\($")
_CREDIT_LINE = re.compile(r"^\s*(?:by\b|\u00a9|copyright\b|photo\b|source\b|#)", re.IGNORECASE)
_CITED, _CREDIT, _OTHER, _PLAIN = "cited", "credit", "other", "plain"


def _words(value: str) -> tuple[str, ...]:
    words = norms(tokenize(value))
    return tuple(words[1:] if len(words) > 1 and words[0] in {"a", "an", "the"} else words)


def _line(text: str, start: int, end: int) -> tuple[str, int]:
    """The line holding ``text[start:end]`` and the line's offset."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last >= 0 else len(text)], first


def _token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    inside = [index for index, token in enumerate(tokens) if start <= token.start < end]
    return (inside[0], inside[-1]) if inside else None


def _role(article: ArticleText, start: int, end: int) -> str:
    """The role of the name at ``article.text[start:end]`` (see the module)."""
    text = article.text
    line, line_at = _line(text, start, end)
    at, stop = start - line_at, end - line_at
    if _DASH_CREDIT.search(line[:at]) and not line[stop:].strip():
        return _CITED  # "..., police said. - AFP": the paragraph's agency
    if _DATELINE.match(line[:at]) and re.match(r"\)\s*(?:[-\u2013\u2014:]|$)", line[stop:]):
        return _CREDIT  # "KYIV (Wire) -": the dateline's credit
    if not line.rstrip().endswith(_STOPS) or (
        _CREDIT_LINE.match(line) and not by_measure_line(line)
    ):
        return _CREDIT  # a masthead, a byline, a navigation bar or a credit line
    index = article.sentence_at(start)
    first_at, last_at = article.sentences[index]
    sentence = text[first_at:last_at].rstrip()
    if not sentence.endswith(_STOPS):
        sentence += "."
    at, stop = start - first_at, end - first_at
    other = _OTHER_ROLE.search(sentence[max(at - 60, 0) : stop + 80]) is not None
    if _DENIED.search(sentence[max(at - 90, 0) : at]):
        return _OTHER  # "declined to speak to the BBC": a citation the sentence denies
    if _OWNS_CITED.match(sentence, stop):
        return _PLAIN  # "told The Gazette's sister title, the Echo": the Echo is told
    tokens = article.sentence_tokens(index)
    span = _token_range(tokens, start, end)
    if (
        _WHICH_REPORTED.match(sentence, stop)
        or _SISTER.search(sentence[max(at - 60, 0) : at])
        or (
            cited_in_line(sentence, at, stop) and not deed_verb(sentence, stop)
        )  # "X found the net"
        or (span is not None and cited_at(tokens, span[0], span[1], text))
        or (
            _BEFORE.search(sentence[max(at - 120, 0) : at])
            and not _WROTE_TO.search(sentence[max(at - 40, 0) : at])
        )
        or _RELATIVE_REPORTS.match(sentence, stop)
        or _OPENS.match(sentence[:at])
        or _ON_AIR.search(sentence[max(at - 160, 0) : at])
        or (not other and _AFTER.match(sentence, stop))
        or (not other and figure_cited(sentence, at, stop))  # a figure's maker (figure_sources)
    ):
        return _CITED
    return _OTHER if other else _PLAIN


def _name_end(value: str, article: ArticleText, end: int) -> int:
    """Where the name found ending at ``end`` ends: past an "'s" that is the name's own
    ("Moody's, expects": the words found stop before it; closer gac45)."""
    owned = SINGULAR_POSSESSIVES
    return end + 2 if value.endswith(owned) and article.text[end : end + 2] in owned else end


def _roles(value: str, article: ArticleText) -> list[tuple[int, str]]:
    """(sentence index, role) of each place the article names the value, once per article."""
    words = _words(value)
    key = ("source roles", words, value.endswith(SINGULAR_POSSESSIVES))
    found: list[tuple[int, str]] | None = article.memo.get(key)
    if found is None:
        found = [
            (article.sentence_at(start), _role(article, start, _name_end(value, article, end)))
            for start, end in article.phrase_spans(words)
        ] if words else []  # fmt: skip
        article.memo[key] = found
    return found


# Capitalised words that open a sentence before a name ("Per Bloomberg", "According to").
_LEADING = frozenset({"per", "to", "according", "citing", "quoting", "in", "on", "by", "as"})


def _capital_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised tokens ("Agence France-Presse", "Times of Israel")."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        if not tokens[index].capitalised or tokens[index].norm in _LEADING:
            index += 1
            continue
        last = index
        while last + 1 < len(tokens) and (
            tokens[last + 1].capitalised
            or (
                tokens[last + 1].norm == "of"
                and last + 2 < len(tokens)
                and tokens[last + 2].capitalised
            )
        ):
            last += 1
        runs.append((index, last))
        index = last + 1
    return runs


def _other_cited(value: str, via: str, ctx: Context, named: bool) -> str | None:
    """An outlet other than the value that the evidence cites, if any; its ``via`` counts as
    one only when the evidence does not name the value (its relay cites the source there)."""
    mine = {_words(value), _words(via)} if via and named else {_words(value)}
    text = ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for first, last in _capital_runs(tokens):
            name = text[tokens[first].start : tokens[last].end]
            words = _words(name)
            if any(set(words) <= set(own) or set(own) <= set(words) for own in mine if own):
                continue
            if _WHICH_REPORTED.match(text, tokens[last].end):
                return name  # "Le Parisien, which first reported the arrests, said"
            if is_outlet(name, ctx.article) and (
                cited_at(tokens, first, last, text)
                or _role(ctx.article, tokens[first].start, tokens[last].end) == _CITED
            ):
                return name
            if not named and _figure_at(ctx.article, tokens[first : last + 1]):
                return name  # "covered by Billboard's Boxscore figures": another's figure
    return None


# Words that open a sentence as a capital and name no other maker: the value's own pronoun.
_PRONOUNS = frozenset(
    {"it", "its", "they", "their", "them", "she", "her", "he", "his", "we", "our", "this", "that",
     "these", "those", "the"}
)  # fmt: skip
_NAME_HEAD = re.compile(r"(?:\b[A-Z][\w&'\u2019.-]*\s+)+(?:for|of|and|de|du|des|la|&)\s+$")


def _figure_at(article: ArticleText, run: Sequence[Token]) -> bool:
    """Whether a capitalised run, or its head before a possessive ("Billboard's Boxscore"), is
    credited with a figure in its sentence (:mod:`figure_sources`)."""
    first_at, last_at = article.sentences[article.sentence_at(run[0].start)]
    sentence = article.text[first_at:last_at]
    if run[0].norm in _PRONOUNS and len(run) == 1:
        return False  # "Its count shows", "It puts the cost at": the value itself, no other
    if run[0].norm in ("a", "an") and len(run) > 1:
        run = run[1:]  # "A Brickfield survey of 2,000 tenants found": the sentence's capital
    # a name's earlier words joined by "for", "and", "of" ("The Office for National Statistics")
    at = run[0].start - first_at
    joined = _NAME_HEAD.search(sentence[:at])
    if joined is not None:  # past a leading "By", "According" ("By The Journal's arithmetic")
        words = joined.group().split()
        skip = next((n for n, word in enumerate(words) if word.lower() not in _LEADING), 0)
        at = joined.start() + len(" ".join(words[:skip])) + (1 if skip else 0)
    for token in run:
        end = token.end - first_at
        end -= 2 if sentence[end - 2 : end].lower() in SINGULAR_POSSESSIVES else 0
        if figure_cited(sentence, at, end):
            return True
    return False


def _relays(value: str, via: str, ctx: Context) -> bool:
    """Whether the evidence has the value relaying its ``via``, the two swapped: "Reuters,
    citing Interfax" for name Reuters via Interfax, "Citing the WSJ, the AP said" for name AP
    via WSJ."""
    article = ctx.article
    mine, theirs = _words(value), _words(via)
    if not mine or not theirs or mine == theirs:
        return False
    for index in ctx.sentences:
        first_at, last_at = article.sentences[index]
        own = [s for s, _ in article.phrase_spans(mine) if first_at <= s < last_at]
        source = [(s, e) for s, e in article.phrase_spans(theirs) if first_at <= s < last_at]
        for at in own:
            for start, end in source:
                if at < start and _RELAY.search(article.text[at:start]):
                    return True  # "Reuters, citing the Interfax news agency"
                if start < at and _RELAYED_BY.search(article.text[end:at]):
                    return True  # "local reports cited by Reuters" for name Reuters
                opening = article.text[first_at:start]
                if start < at and _CITING_OPENS.search(opening):
                    return True  # "Citing the Wall Street Journal, the AP said"
    return False


_RELAY = re.compile(
    r"\b(?:citing|quoting|relaying|cited|quoted)\b(?!\s+(?:by|in|as\s+saying\s+by)\b)"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)
_RELAYED_BY = re.compile(
    r"\b(?:cited|quoted|relayed|carried|reported)(?:\s+as\s+saying)?\s+by\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CITING_OPENS = re.compile(r"^\s*(?:citing|quoting)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


def _alias(value: str, article: ArticleText) -> str | None:
    """The short form the article gives the value in brackets right after it ("the Office for
    National Statistics (ONS)"): the same source when the evidence cites it (review rvr2s38)."""
    # an initialism, two capitals at least: no party, country or region ("(Labour)", "(Ireland)")
    found = re.search(
        re.escape(value) + r"\s*\(((?=[a-z&.]*[A-Z][a-z&.]*[A-Z])[A-Z][A-Za-z&.]{1,11})\)",
        article.text,
    )
    return found.group(1) if found is not None else None


def support_source(value: str, ctx: Context) -> Result:
    """The verdict on a cited source's name by the role the article names it in (see the
    module); a name the article does not write as given (an alias) keeps its mention."""
    article = ctx.article
    via = str(getattr(ctx.fact, "via", "") or "")
    roles = _roles(value, article)
    if not roles:
        return support_cited_body(value, article) or (True, "")
    body = support_cited_body(value, article)
    if body is not None:
        return body  # a committee: cited only in its own shapes ("members of ... said" is none)
    evidence = set(ctx.sentences)
    if via and _relays(value, via, ctx):
        return False, f"the evidence has {value!r} relaying {via!r}: the source is {via!r}"
    if any(role == _CITED and index in evidence for index, role in roles):
        return True, ""
    alias = _alias(value, article)  # "The Office for National Statistics (ONS)", then "ONS"
    if alias and any(
        role == _CITED and index in evidence for index, role in _roles(alias, article)
    ):
        return True, ""
    if pronoun_maker(value, article, tuple(sorted(evidence))):  # "She estimates" (back_makers)
        return True, ""
    named = any(index in evidence for index, _ in roles)
    other = _other_cited(value, via, ctx, named) if evidence else None
    if other is not None:
        return False, f"the evidence cites {other!r}, not {value!r}"
    if other_sex_maker(value, article, tuple(sorted(evidence))):  # "his port ... She reckons"
        return unconfirmed(f"the evidence's figure is given by a pronoun of another than {value!r}")
    if any(role == _CITED for _, role in roles):
        return True, ""
    if all(role in (_CREDIT, _OTHER) for _, role in roles):
        kinds = sorted({role for _, role in roles})
        shown = " and ".join("a credit line" if k == _CREDIT else "another role" for k in kinds)
        return False, f"{value!r} is named only in {shown}, never cited as a source"
    return unconfirmed(f"{value!r} is on the page, but nothing is cited from it")


__all__ = ["support_source"]
