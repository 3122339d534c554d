"""A quote credited by a frame that names its speaker without a plain "X said" (an outside
check's cause, session 36, checks 50-79): the page writes who spoke in a frame that turns the
quote into a noun or a manner, and the readers of "said" found no speaker in it, or read a
pronoun back to someone else.

The frames, each read as English states them, in every order the page may write them:

- after the quote, in its own sentence: '"...," was the message Jake Sullivan posted on X.',
  '"...," were the words of Mayor Ana Ruiz.', '"..." was how Ruiz put it.', '"...," came
  the reply from Ruiz.', '"...," was Ruiz's verdict.';
- the sentence right after it opening with "That", "This", "Such", "Those" or "These":
  '"..." That was how Joshua Geltzer, the deputy adviser, put it.', '"...". Those were
  the words of Ana Ruiz.', 'Such was Ruiz's answer.';
- before the quote, naming the noun's owner: 'Ruiz's verdict: "..."', 'The reply from
  Ana Ruiz was blunt: "..."', 'The message of Ana Ruiz, posted on Sunday: "..."', or the
  one an owner's noun names ('The reply from Paula Gray's lawyer, Tim Shaw: "..."');
- the giver after the words' receiver or object (session 41): '"...," was the message Jan Ek
  received from his landlord, Mia Roos', 'That was the promise made to fans by the club's
  owner, Dag Ulv', '"A genius" was how Tom Reed was described by his teacher, Ann Gray'.

The name a frame gives is the speaker only where the frame makes it so: the owner of the
noun ("the words of X", "X's verdict"), the subject of the clause that says how the words
were given ("the message X posted", "how X put it", with a verb that gives words: posted,
wrote, put it, summed it up, replied ...). A clause that relays them ("the message X read
out", "the words X quoted") or a source after the verb ("... X posted on behalf of Y",
"... from Y") names no speaker here, so the quote's other readers decide.

A quote standing alone right after such a credited quote, in the same paragraph, goes on
with it ('... posted on X. "Welcome home."'), as a continued statement does.

The reader only confirms: a frame it does not read leaves the verdict of the other readers.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, tokenize
from ..people.names import find_person, is_proper, split_people
from ..sentences.antecedents import PRONOUNS
from ..sentences.speech import SPEECH_VERBS
from .answer_turns import answer_credit
from .inner_marks import inner_quote

# The nouns that stand for words someone gave ("the text Y got from X", "the assurance given
# to staff by X", "the ultimatum", added in session 44, gsp44b, review rv41s).
_NOUNS = (
    r"message|messages|words|word|verdict|reply|response|answer|retort|post|tweet|"
    r"comment|comments|assessment|advice|warning|summary|take|line|conclusion|way|"
    r"description|judgement|judgment|ruling|plea|promise|pledge|appeal|cry|refrain|"
    r"complaint|explanation|greeting|toast|tribute|farewell|quip|boast|vow|slogan|motto|"
    r"remark|remarks|riposte|rejoinder|prediction|diagnosis|view|account|statement|"
    r"instruction|instructions|order|orders|reaction|response|text|texts|assurance|"
    r"assurances|reassurance|ultimatum|threat|rebuke|apology"
)
# The verbs of a clause that says how the one named gave the words.
_GIVING = (
    r"posted|tweeted|wrote|write|writes|put|puts|summed|sums|said|says|told|tells|gave|"
    r"gives|offered|offers|delivered|delivers|sent|sends|described|describes|phrased|"
    r"phrases|framed|frames|explained|explains|saw|sees|shared|shares|declared|declares|"
    r"stated|states|announced|announces|replied|replies|answered|answers|countered|"
    r"counters|insisted|insists|added|adds|concluded|concludes|remarked|remarks|recalled|"
    r"recalls|chose|chooses|used|uses|summarised|summarized|characterised|characterized|"
    r"(?:kept|keeps)(?!\s+(?:hearing|getting|receiving|reading|seeing|listening|being)\b)|"
    r"repeated|repeats|radioed|emailed|texted|messaged|signalled|signaled|"
    r"issued|issues|offered"
)
# The verbs of a tail's name: only verbs of speaking ('"...," Ana Ruiz left the city' is no
# credit).
_SPOKE = (
    r"said|says|told|tells|wrote|writes|posted|posts|tweeted|tweets|added|adds|replied|"
    r"replies|answered|answers|countered|counters|insisted|insists|declared|declares|stated|"
    r"states|announced|announces|remarked|remarks|recalled|recalls|explained|explains|"
    r"concluded|concludes|radioed|emailed|texted|messaged|summed\s+up|put\s+it|puts\s+it"
)
_PARTICLE = r"(?:de|da|do|dos|van|von|der|den|al|el|bin|ibn|la|le|du|del|di)"
_CAP = r"[A-Z][\w.'\u2019-]*"
# A name run: capitalised words, with the particles a name holds inside it.
_WHO = rf"(?P<who>{_CAP}(?:\s+(?:{_CAP}|{_PARTICLE}(?=\s+[A-Z])))*)"
# The lower-case role words before a name ("project director", "his coach,", "the club's
# chairman,"), never a preposition: "the words of an aide to X" are the aide's.
_ROLE = (
    r"(?:(?:the|his|her|their|its)\s+)?"
    r"(?:(?!(?:of|to|for|from|with|by|about|and|or|on|at|than|as|he|she|they|it|we|i|"
    r"told|tells|said|says|asked|asks|wrote|writes|when|while|after|before|because|since|"
    r"until|where|if|once)\b)"
    r"[a-z][\w'\u2019-]*,?\s+){0,3}?"
)
# An apposition after the name (", the national security adviser,").
_ASIDE = r"(?:,\s+[^,.;:\"\u201c\u201d]{1,90},)?"
_DETERMINER = r"(?:the|her|his|their|its|a|an|one)"
# A described name's description holds no preposition but "of" ("read the president of the
# court, X"; not "read the judgment against the minister, X": the name is the minister's).
_DESCRIBED = (
    r"(?![^,.;:\"\u201c\u201d]*\b(?:against|for|to|by|from|with|about|on|at|in|into|over|"
    r"under|after|before)\s)"
)
_NOUN = rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS}))"
_BODIES = (
    rf"how\s+{_ROLE}{_WHO}{_ASIDE},?\s+(?P<verb>{_GIVING})\b",  # how X put it
    rf"{_DETERMINER}\s+{_NOUN}\s+(?:of|from|by)\s+{_ROLE}{_WHO}",  # the words of X
    rf"{_DETERMINER}\s+{_NOUN}\s+(?:that\s+|which\s+)?{_ROLE}{_WHO}{_ASIDE},?\s+"
    rf"(?:had\s+|has\s+|would\s+|later\s+|then\s+)?(?P<verb>{_GIVING})\b",  # the message X posted
    rf"{_ROLE}{_WHO}(?P<own>['\u2019]s?)\s+{_NOUN}\b",  # X's verdict
    # the promise made to fans by X; the message Y received from X; how Y was described by X
    rf"{_DETERMINER}\s+{_NOUN}\s+(?:made|given|sent|delivered|issued|offered|written)\s+"
    rf"(?:(?:to|for)\s+(?:[\w'\u2019-]+\s+){{1,3}}?)?by\s+{_ROLE}{_WHO}",
    rf"{_DETERMINER}\s+{_NOUN}\s+(?:that\s+|which\s+)?{_CAP}(?:\s+{_CAP}){{0,2}}\s+"
    rf"(?:had\s+)?(?:received|got|heard)\s+from\s+{_ROLE}{_WHO}",
    rf"how\s+{_ROLE}{_CAP}(?:\s+{_CAP}){{0,2}}\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    rf"(?:described|called|remembered|summed\s+up|hailed)\s+by\s+{_ROLE}{_WHO}",
)
# Where a text stands: the page the words are written on.
_NOUN_PLACE = (
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:website|site|page|account|statement|letter|text|document|post|blog|feed)"
)
_BE = (
    r"(?:was|were|is|are|came|comes|had\s+been|has\s+been)"
    r"(?:\s+(?:also|then|just|exactly|precisely|again))?"
)
# '"...," was the message X posted': the frame runs on in the quote's own sentence
# ('"..." - that was the line X kept to' too).
_SAME = tuple(
    re.compile(rf"^(?:[,\u2014\u2013-]?\s*|\s*[\u2014\u2013-]\s*(?:that|this)\s+){_BE}\s+{body}")
    for body in _BODIES
)
# The tail of the quote's own sentence names the one who gave it, in a frame the readers of
# "said" do not take apart: a name with an apposition or a relative clause before its verb
# ('"...," John Lyttle, who runs home and beauty at the chain, wrote on social media',
# '"...", Cathryn Ross, then interim chief executive, told MPs'), a verb before a described
# name ('"...," read the president of the court, Mattias Guyomar'), "according to" a
# described name ('"...," according to the Toronto biologist Rachel Harding'), a page's text
# ('"...," is written on the website of ABVV-FGTB').
_TAILS = tuple(
    re.compile(rf"^[,\u2014\u2013-]?\s*{tail}")
    for tail in (
        rf"{_ROLE}{_WHO}{_ASIDE},?\s+(?:had\s+|has\s+|later\s+|then\s+)?"
        rf"(?P<verb>{_SPOKE})\b",
        rf"{_WHO},\s+(?:who|whose)\b[^\"\u201c\u201d.;:]{{1,160}}?,\s+"
        rf"(?:had\s+|has\s+|later\s+)?(?P<verb>{_SPOKE})\b",
        rf"(?:read|wrote|posted|tweeted|added|replied|countered|insisted|concluded|"
        rf"(?:was|were)\s+saying)\s+(?:the\s+{_DESCRIBED}[^,.;:\"\u201c\u201d]{{1,80}},\s+)?"
        rf"{_ROLE}{_WHO}"
        r"(?=\s*(?:[.,;:!?]|$))",
        rf"according\s+to\s+(?P<by>(?:[\w'\u2019-]+\s+){{0,8}}?){_WHO}(?=\s*(?:[.,;:!?]|$))",
        rf"(?:is|was|are|were)\s+(?:written|stated|posted|printed)\s+(?:in|on)\s+"
        rf"(?:the\s+)?{_NOUN_PLACE}\s+(?:of|by|from)\s+(?:the\s+)?{_WHO}",
    )
)
# '"..." That was how X put it.': the next sentence opens with the frame.
_NEXT = tuple(
    re.compile(rf"^[.!?]?\s+(?:That|This|Those|These|Such|So)\s+{_BE}\s+{body}") for body in _BODIES
)
# 'X's verdict: "..."', 'The reply from X was blunt: "..."': the frame leads into the quote.
_LEAD = tuple(
    re.compile(rf"(?:^|[.!?]\s+|\n)\s*{head}(?:[\s,]+[\w'\u2019-]+){{0,6}}?\s*:\s*$")
    for head in (
        rf"(?:[A-Z][a-z]+\s+)?{_ROLE}{_WHO}(?P<own>['\u2019]s?)\s+{_NOUN}",
        rf"(?:The|Her|His|Their)\s+{_NOUN}\s+(?:of|from|by)\s+{_ROLE}{_WHO}{_ASIDE}",
        # 'The reply from Paula Gray's lawyer, Tim Shaw: "..."': the one the owner's noun names
        rf"(?:The|Her|His|Their)\s+{_NOUN}\s+(?:of|from|by)\s+{_CAP}(?:\s+{_CAP}){{0,2}}"
        rf"['\u2019]s?\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*,\s+{_WHO}",
    )
)
# 'Its country director, Praveen Agrawal, credited "..."': a name set off by commas after a
# description opens the clause whose verb takes the quote (a verb that gives words or a
# stance), nothing but a few lower-case words between the verb and the quote.
_STANCE = (
    r"credited|credits|blamed|blames|hailed|hails|praised|praises|welcomed|welcomes|cited|"
    r"cites|promised|promises|pledged|pledges|urged|urges|vowed|vows|warned|warns|"
    r"described|describes|dismissed|dismisses|denounced|denounces|condemned|condemns|"
    r"rejected|rejects|spoke|speaks|wrote|writes|said|says|told|tells|added|adds|insisted|"
    r"insists|replied|replies|posted|posts|tweeted|tweets|stressed|stresses|noted|notes|"
    r"argued|argues|declared|declares|admitted|admits|conceded|concedes"
)
_APPOSED = re.compile(
    rf"(?:^|[.!?]\s+|\n)\s*(?P<desc>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){{0,6}}?),\s+{_WHO},"
    rf"\s+(?:also\s+|then\s+|later\s+)?(?:{_STANCE})(?:\s+[a-z][\w'\u2019-]*){{0,4}}?\s*[:,]?\s*$"
)
# After the verb: the words came from someone else ("on behalf of Y", "from Y", "quoting Y").
_RELAYED = re.compile(r"^[^.!?]{0,40}?\b(?:on behalf of|from|for|quoting|by)\s+[A-Z]")
# Words by which "according to" gives the words to others than the name after them.
_SPEAKING_FOR = re.compile(
    r"\b(?:close|familiar|near|around|to|for|with|by|from|about|behalf|aides?|allies|ally|"
    r"people|sources?|officials?|friends?|lawyers?|spokes\w+|advisers?|office|team|camp|"
    r"family|statement|report|reports|letter|documents?|memo|and|or)\b",
    re.IGNORECASE,
)
# Words of a clause, not of a description ("Holm said the secretary, Tarr, ...").
_CLAUSE_WORDS = frozenset({"that", "who", "which", "when", "after", "as", "if", "because"})
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_NOT_NAMES = frozenset({"the", "that", "this", "those", "these", "such", "so", "it", "he", "she"})


def credit_frame(article: ArticleText, spans: list[tuple[int, int]], value: str) -> bool:
    """Whether a frame around the quote at one of ``spans`` credits it to ``value``, or the
    quote stands in an interview's answer turn whose interviewee is ``value``. Words inside
    another quote ("He said 'no,'" Klein said) are never read: their frame is the outer
    quote's, and the one who says them is inside it."""
    if len(split_people(value)) != 1 or not is_proper(value):
        return False
    outer = [span for span in spans if not _inner(article, span)]  # "He said 'no,'" Klein said
    for start, _ in outer:
        region = article.quoted_region_at(start)
        if region is None:
            continue
        if _credited(article, region, value) or _continues(article, region, value):
            return True
    return answer_credit(article, outer, value)  # 'A: "..."' (answer_turns.py)


def _inner(article: ArticleText, span: tuple[int, int]) -> bool:
    """Whether the quote's words stand inside another quote (its frame is the outer one's)."""
    region = article.quoted_region_at(span[0])
    return region is not None and inner_quote(article.text, region, *span) is not None


def _credited(article: ArticleText, region: tuple[int, int], value: str) -> bool:
    text = article.text
    paragraph = article.paragraphs[article.paragraph_at(region[0])]
    after_end = next((q[0] for q in article.quoted if region[1] < q[0] < paragraph[1]), None)
    tail = text[region[1] + 1 : after_end - 1 if after_end is not None else paragraph[1]]
    words = text[region[0] : region[1]].rstrip()
    # a tail that opens a new sentence ('"... today." Trump told him: "..."') or leads into
    # the next quote is not this quote's frame; '"Why not?" Ruiz asked' is (American style)
    own_sentence = not (words.endswith(".") and tail.lstrip()[:1].isupper())
    own_sentence = own_sentence and not tail.rstrip().endswith(":")
    patterns = (*_SAME, *_TAILS, *_NEXT) if own_sentence and _bare_lead(article, region) else _NEXT
    for pattern in patterns:
        match = pattern.match(tail)
        if match and _names(match, value, tail):
            return True
    lead = text[paragraph[0] : region[0] - 1]
    return any(
        (match := pattern.search(lead)) is not None and _names(match, value, "")
        for pattern in (*_LEAD, _APPOSED)
    )


def _bare_lead(article: ArticleText, region: tuple[int, int]) -> bool:
    """Whether the quote's sentence has no speech verb of its own before the quote: in "He
    called it "a disaster", Ross said" the words are his, relayed by the name after them."""
    start = article.sentences[article.sentence_at(max(region[0] - 1, 0))][0]
    lead = article.outside_quotes(start, max(region[0] - 1, start))
    return not any(
        (token.norm in SPEECH_VERBS and not (index and lead[index - 1].norm in _PASSIVE))
        or token.norm in PRONOUNS
        for index, token in enumerate(lead)
    )  # "Passengers were promised "...", X told the inquiry": no one's verb but X's


def _names(match: re.Match[str], value: str, tail: str) -> bool:
    """Whether the frame's name is ``value``'s and nothing after its verb relays the words."""
    who = match.group("who")
    words = who.split()
    if not words or words[0].lower() in _NOT_NAMES:
        return False
    if match.groupdict().get("own") is None and words[-1].endswith(APOSTROPHE_ENDINGS):
        return False  # "the words of the man on X's team": not X's
    desc = match.groupdict().get("desc") or ""
    if any(word in SPEECH_VERBS or word in _CLAUSE_WORDS for word in desc.lower().split()):
        return False  # "X said the secretary, Y, phoned her "...": X's words, not Y's
    if _SPEAKING_FOR.search(match.groupdict().get("by") or ""):
        return False  # "according to people close to X": not X
    named = " ".join(words)
    if not find_person(value, tokenize(named), named):
        return False
    if match.groupdict().get("verb"):
        return not _RELAYED.match(tail[match.end() :])
    return True


def _continues(article: ArticleText, region: tuple[int, int], value: str) -> bool:
    """A quote that is its whole sentence, right after a quote of the same paragraph that a
    frame credits to ``value`` and the frame's sentence end ('... posted on X. "Welcome
    home."'): no words of the narrator's before it, and none after it in its sentence."""
    text = article.text
    paragraph = article.paragraphs[article.paragraph_at(region[0])]
    earlier = [q for q in article.quoted if paragraph[0] <= q[0] < region[0]]
    if not earlier:
        return False
    between = text[earlier[-1][1] + 1 : region[0] - 1]
    after_end = next((q[0] for q in article.quoted if region[1] < q[0] < paragraph[1]), None)
    tail = text[region[1] + 1 : after_end - 1 if after_end is not None else paragraph[1]]
    if not _ENDED.search(between) or not _ALONE.match(tail):
        return False
    return _credited(article, earlier[-1], value)


# The frame's sentence ends right before the quote; nothing of the narrator's follows it.
_ENDED = re.compile(r"[.!?]\s*$")
_ALONE = re.compile(r"^[.!?\s]*(?:$|[A-Z])")


__all__ = ["credit_frame"]
