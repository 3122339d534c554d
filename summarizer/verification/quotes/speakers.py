"""Who the article says spoke a quotation.

A quote's speaker is read from the words around its quotation marks, never from the quoted
words themselves:
- after the closing mark, an attribution that starts right there (", Trump said", ", said
  Kremlin spokesman Dmitry Peskov", ", a White House official said in a statement");
- before the opening mark, the speech verb of the clause that leads into the quote ("Trump
  said ...:", "Merz warned that Moscow would face ..."): the last clause with a speech verb
  (clauses part at ";", "while", "whereas", ", but"), its first speech verb (later ones are
  reported speech: "Trump said India had pledged ..."), and that verb's subject: the comma
  chunk before it, skipping appositives, relative clauses and participles ("Zelenskyy, who met
  Trump on Friday, said" has Zelenskyy as subject, not Trump). "According to X" counts only
  when no other speech verb does, before the quote or after it ("X said, according to
  Xinhua" is X's: a wire credit is not the speaker);
- a header line over the quotation ("Highlights from Minister X's statements;"), when its
  own words name no one or say "he said" (:mod:`summarizer.verification.quotes.headers`);
- when the subject points back ("he said", "the president said") or the quote stands alone
  (a continued statement), the nearest earlier attribution within two paragraphs decides.
A name after a verb ("Putin told Trump") is the listener, not the speaker; an inverted
"said X" counts right after the closing mark, or ending an earlier sentence
(:mod:`summarizer.verification.quotes.carries`), which also skips subheads when reading back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from summarizer.comparators import Supported
from ..bylines.contact_lines import newsroom_only
from ..context import Context, Result, unconfirmed
from ..page.article import ArticleText
from ..page.locator import find
from ..page.tokens import Token, tokenize
from ..people.joined_bodies import speaker_parts
from ..people.names import FULL_NAMES_ONLY, PARTICLES, TITLES, is_proper, norms
from ..sentences.antecedents import PRONOUNS, but_subject, named_alone
from ..sentences.clauses import Verdict, by_subject, lead_in, tail
from ..sentences.continued_quotes import continued_from
from ..sentences.interviews import as_title, interviewee
from ..sentences.named_subjects import named_verdict
from ..sentences.opening_subjects import sentence_subject
from ..sentences.pronoun_subjects import person_subject, pronoun_read
from ..sentences.speech import SPEECH_VERBS
from .attribution import forward, introduced, named_qualifier, words_of
from .attribution_shapes import shape_verdict
from .back_subjects import pronoun_opens, subject_back
from .carries import in_words_of, noun_from_that, said_next, subhead, trailing_said
from .continued_speakers import continued_verdict
from .country_bodies import country_forms
from .credit_frames import credit_frame
from .dash_credits import dash_verdict
from .described_reads import described_credit, described_refusal, described_verdict
from .embedded_phrases import embedded
from .epithet_openers import epithet_at
from .epithets import epithet_verdict
from .fronted_titles import fronted_title
from .headers import header_verdict
from .inner_marks import inner_quote
from .label_speakers import label_verdict
from .name_orders import swapped_forms
from .own_subjects import own_subject_verdict
from .paper_openers import opening_paper
from .paper_readers import past_paper
from .pronoun_rivals import rival_verdict
from .quote_asides import aside_tail, unaside
from .quote_frames import frame_verdict
from .quote_places import quoted_places
from .quoted_objects import object_speaker, quoting_source
from .reported_quotes import inner_verdict
from .short_names import shared_first_word, short_forms
from .speech_subjects import relay_verdict, subject_verdict
from .split_quotes import split_verdict
from .stance_leads import without_said
from .statements import resolve, sheet_with_lead
from .surname_owners import other_person
from .transcripts import turn_verdict
from .turn_quotes import turn_quote

__all__ = [
    "SPEECH_VERBS",
    "attribute",
    "lead_in",
    "name_forms",
    "sentence_subject",
    "support_speaker",
    "tail",
]


def _region_verdict(
    article: ArticleText, region: tuple[int, int], speaker: str
) -> tuple[Verdict, int]:
    """Verdict of the attribution around one quoted region, and the index of the first
    sentence it stands in; once per region and speaker, because reading back from later
    quotes reaches the same earlier ones."""
    key = ("region", region, speaker, FULL_NAMES_ONLY.get())
    known: tuple[Verdict, int] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _read_region(article, region, speaker)
    return known


def _read_region(
    article: ArticleText, region: tuple[int, int], speaker: str
) -> tuple[Verdict, int]:
    text = article.text
    first_sentence = article.sentence_at(max(region[0] - 1, 0))
    last_sentence = article.sentence_at(region[1])
    sentence_start = article.sentences[first_sentence][0]
    sentence_end = article.sentences[last_sentence][1]
    following = [q for q in article.quoted if region[1] < q[0] < sentence_end]
    after_end = following[0][0] - 1 if following else sentence_end
    tail_words = without_said(article.outside_quotes(region[1] + 1, after_end))  # narrator's
    after = tail(tail_words, speaker, text)
    credit = ""
    if after.startswith("credit:"):  # '"...", according to Xinhua': only if no one else speaks
        credit, after = after.removeprefix("credit:"), "none"
    if after == "none":  # '"...," X, a former general who ..., told reporters'
        after = aside_tail(tail_words, speaker, text)
    lead = unaside(without_said(article.outside_quotes(sentence_start, region[0])), text)
    parts = speaker_parts(speaker)
    if after.startswith("sheet:"):  # '"...," an army statement said' (statements.py)
        after = sheet_with_lead(article, after, region[0], parts, lead)
    described = epithet_verdict(article, region, lead, tail_words, parts)
    if described != "none":  # '"...," the Oregon Democrat said' (epithets.py)
        return described, first_sentence
    inner = inner_verdict(lead, parts, text, after != "none" or bool(credit))
    if inner != "none":  # "X said Y had called it "..."": Y's words (reported_quotes.py)
        return inner, first_sentence
    if after == "yes":  # "yes" outranks whatever leads in: the lead-in is not read
        return after, first_sentence
    if after == "none" and lead:  # a split quote's second half: its first half's speaker
        split = split_verdict(article, region, sentence_start, speaker)
        if split != "none":
            return split, first_sentence
    before_text = text[: region[0]]
    own = words_of(parts, lead, before_text)
    if own == "none":  # "in the words of President X, "...""
        own = in_words_of(speaker, lead, before_text)
    if own == "none":  # "insistence from X that the "...""
        own = noun_from_that(speaker, lead, before_text)
    if own != "none":  # "in the Kremlin's word, "...""
        return own, first_sentence
    if after == "and":  # '"..." and said': the subject the sentence opens with
        after = by_subject(parts, sentence_subject(lead, text))
    before = lead_in(lead, speaker, text)
    if before in ("other", "none") and (fronted := fronted_title(lead, text)):
        before = fronted  # 'In Sydney the premier said: "..."' (fronted_titles.py)
    if (
        after in ("none", "back")
        and (own := own_subject_verdict(lead, tail_words, region, parts, text)) != "none"
    ):
        before = own  # 'Italy wants "..."', 'X accused Y of seeking "..."' (own_subjects.py)
    verdicts = (after, before)
    for verdict in ("yes", "other"):
        if verdict in verdicts:
            return verdict, first_sentence
    for verdict in verdicts:
        if verdict.startswith(("title:", "body:", "paper:", "sheet:")):
            return verdict, first_sentence
    if "back" in verdicts:
        return "back", first_sentence
    if credit:
        return credit, first_sentence
    verdict = forward(article, last_sentence, parts)
    if verdict == "none" and not lead and not following:
        verdict = said_next(article, region, last_sentence, speaker)
    if verdict == "none":  # a header line over it ("Highlights from X's statements:")
        verdict = header_verdict(article, region[0], parts)
    if verdict == "none":
        verdict = introduced(parts, lead, before_text)
    return verdict, first_sentence


def attribute(article: ArticleText, span_start: int, span_end: int, speaker: str) -> bool:
    """Whether the quote located at ``[span_start, span_end)`` is attributed to ``speaker``:
    by the words around its own quotation marks, else by a "So said X" right after it, else
    by the nearest earlier attribution (an earlier quote's or sentence's, or the named subject
    of an earlier sentence for "he said") within two paragraphs."""
    return attribution(article, span_start, span_end, speaker) == "yes"


def attribution(article: ArticleText, span_start: int, span_end: int, speaker: str) -> Verdict:
    """:func:`attribute`'s verdict: "yes", "other" (the article names someone else) or
    "none"/"back" (no attribution it can read)."""
    region = article.quoted_region_at(span_start) or (span_start, span_end)
    key = ("speaker", region, speaker, FULL_NAMES_ONLY.get())
    known: Verdict | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _attribute(article, region, speaker)
    return known


def _attribute(article: ArticleText, region: tuple[int, int], speaker: str) -> Verdict:
    parts = speaker_parts(speaker)
    if article.quoted_region_at(region[0]) is None:  # a transcript's line: its label's
        if (turn := turn_quote(article, region, parts, None, "none", True)) != "none":
            return turn  # "A: Lin Jian: ..." (turn_quotes.py)
        label, at = turn_verdict(article, region[0], parts)
        if label != "none":
            return resolve(article, label, at, parts)
    verdict, sentence = _region_verdict(article, region, speaker)
    if (turn := turn_quote(article, region, parts, sentence, verdict)) != "none":
        return turn  # a quote in an interview's labelled turn (turn_quotes.py)
    if verdict == "back":  # '"...," he said' under a header: the header's owner
        owner = header_verdict(article, region[0], parts)
        verdict = owner if owner != "none" else verdict
    title = verdict.removeprefix("title:") if verdict.startswith("title:") else ""
    described = bool(title) and named_qualifier(title)
    paragraph = article.paragraph_at(region[0])
    at = region[0]  # where the verdict was read: a title names whom the article named before
    pronoun = _pronoun(article, sentence)
    # a quote read back to an interview is the answer: its own words say "she said" or
    # nothing, and do not ask ("Where is the money?" she asked: the interviewer's)
    answering = (pronoun is not None or verdict == "none") and not _asks(article, sentence)
    for index in range(sentence - 1, max(sentence - 8, -1), -1):
        verdict = resolve(article, verdict, at, parts)
        if verdict not in ("back", "none"):
            break
        start, end = article.sentences[index]
        if paragraph - article.paragraph_at(start) > 2:
            break
        if subhead(article, start, end):  # "Truce is indispensable": it names no speaker
            continue
        at = start
        chained = pronoun is not None and _opens_with(article, index, pronoun)
        if chained:  # "He praised Y. He thanked Z. He said": the chain carries the reference
            paragraph = article.paragraph_at(start)
        quotes = [q for q in article.quoted if start <= q[0] < end and not embedded(article, q)]
        inside = article.quoted_region_at(start)  # a quote's later paragraph
        if inside is not None and not quotes:
            quotes = [inside]
        if quotes:
            verdict, _ = _region_verdict(article, quotes[-1], speaker)
            # a continued quote takes the "she" of the one before ("...," she said. "..."),
            # and its paragraphs carry the reference as a pronoun chain does
            pronoun = pronoun or _pronoun(article, index)
            paragraph = article.paragraph_at(start)
            continue
        outside = _after_headline(article, start, article.outside_quotes(start, end))
        asked = interviewee(outside, article.text) if answering else []
        if asked:  # "X interviewed Y. "...," she said": Y answers, never X (interviews.py)
            verdict = as_title(asked) or by_subject(parts, asked)
            continue
        verdict = lead_in(outside, speaker, article.text)
        if verdict in ("other", "none") and (fronted := fronted_title(outside, article.text)):
            verdict = fronted  # "On NHK the prime minister conceded": not NHK (fronted_titles.py)
        if verdict == "back":  # "The Bulgarian economist warned ...": whom the page describes so
            fit = epithet_at(article, start, parts, [], None)
            verdict = fit if fit != "none" else verdict
        if verdict != "yes":  # "A truce would help, said Steffen Seibert."
            verdict = trailing_said(outside, speaker, article.text, verdict)
        papered = verdict.startswith("paper:")
        if pronoun:  # "The statement said ... "...," he said": its reader (paper_readers.py)
            verdict = past_paper(article, index, verdict, pronoun, parts)
        nearer = but_subject(outside, article.text) if pronoun else []
        if nearer:  # "The bloc faces calls ..., but Ana Ruiz sought calm. ... she told"
            verdict = by_subject(parts, nearer)
        elif verdict == "none" and not pronoun and (paper := opening_paper(outside)):
            verdict = resolve(article, paper, start, parts)  # "The statement thanked X."
        elif verdict == "none" and not chained:  # no speech verb: its named subject, if any
            subject = person_subject(article, outside, pronoun)  # or "For X," (topic): a person
            verdict = epithet_at(article, start, parts, subject, pronoun)  # "The X leader was"
            if verdict == "none" and pronoun:  # "... give Trump leverage. Later, he told NBC"
                verdict = named_alone(parts, outside, pronoun, article.text)
        if pronoun and not (nearer or chained or papered):  # "X thanked Ms. Y, who said"
            verdict = rival_verdict(article, outside, verdict, pronoun, parts)
    verdict = subject_back(article, at, resolve(article, verdict, at, parts), parts, region[0])
    if described and at < region[0]:  # "the US president said", read back (described_reads.py)
        verdict = described_verdict(article, at, verdict, parts, title)
    if pronoun and at < region[0]:  # "she" read back: its subject's, not a "Mr." (pronoun_subjects)
        verdict = pronoun_read(article, verdict, parts, pronoun, at, region[0])
    return verdict


def _after_headline(article: ArticleText, start: int, tokens: list[Token]) -> list[Token]:
    """The article's first sentence without its first line when a line break falls inside
    it: a headline with no full stop ("Next to Maduro, Lula argues for unity") runs into the
    lead, whose subject ("Brazilian President Luiz Inacio Lula da Silva") is the one a later
    "the Brazilian leader declared" or "he added" points back to."""
    if start:
        return tokens
    text = article.text
    for index in range(1, len(tokens)):
        if "\n" in text[tokens[index - 1].end : tokens[index].start]:
            return tokens[index:]
    return tokens


def _asks(article: ArticleText, sentence: int) -> bool:
    """Whether a quote's sentence says it asks ("she asked", "he pressed")."""
    start, end = article.sentences[sentence]
    return any(t.norm in _ASKING for t in article.outside_quotes(start, end))


_ASKING = frozenset({"asked", "asks", "asking", "pressed", "wondered", "queried", "demanded"})


def _opens_with(article: ArticleText, sentence: int, pronoun: str) -> bool:
    """Whether a sentence opens with the quote's own "he" or "she" (its subject): whoever
    else it names is its object, never the one both pronouns point to."""
    start, end = article.sentences[sentence]
    tokens = article.outside_quotes(start, end)
    return pronoun_opens(tokens, pronoun, article.text)


def _pronoun(article: ArticleText, sentence: int) -> str | None:
    """The "he" or "she" the quote's sentence refers back with, if it has one."""
    start, end = article.sentences[sentence]
    tokens = article.outside_quotes(start, end)
    return next((t.norm for t in tokens if t.norm in PRONOUNS), None)


def name_forms(value: str, article: ArticleText) -> Iterator[str]:
    """The name as given, and, when the article writes the full name somewhere, its first
    word alone: a family name written first ("Xi Jinping", later "Xi told Trump"), and its
    short forms (:mod:`summarizer.verification.quotes.short_names`). Lazily:
    the article is searched for the full name only when the name as given is not the one
    the quote is attributed to."""
    yield value
    parts = value.split()  # of three words too, with no particle: "Lolo Matalasi Moliga"
    plain = len(parts) == 3 and not any(part.lower() in PARTICLES for part in parts)
    proper = is_proper(_HYPHENED.sub(r"\1", value))  # "Kim Moon-soo": "soo" is the name's
    family_first = (len(parts) == 2 or plain) and proper and parts[0][:1].isupper()
    family_first = family_first and parts[0].lower().rstrip(".") not in TITLES
    written = family_first and article.phrase_spans(tuple(norms(tokenize(value))))
    if written and not shared_first_word(value, article):
        yield parts[0]
    yield from short_forms(value, article)  # "Lula" for "Luiz Inacio Lula da Silva"
    yield from swapped_forms(value, article)  # "Orban Viktor" for "Viktor Orban"
    yield from country_forms(value, article.text)  # "Beijing's ministry" for "China's"


_HYPHENED = re.compile(r"\b([A-Z][\w'\u2019]*)-[a-z]\w*")  # a given name's lower-case half


def support_speaker(value: Any, rule: Supported, ctx: Context) -> Result:
    quote = getattr(ctx.fact, "text", None)
    if not quote:
        return False, "no quote text to attribute"
    located = find(str(quote), ctx.article, ctx.folded)
    if located.span is None:
        return False, "the quote is not in the article, so its speaker cannot be checked"
    # where the words stand inside quotation marks, only there (see quoted_places)
    spans = quoted_places(str(quote), ctx.article) or [(located.span.start, located.span.end)]
    verdict = _spoken(ctx, spans, value)
    verdict = verdict if verdict[0] else named_verdict(ctx.article, spans, str(value), verdict)
    before = [] if verdict[0] else continued_from(ctx.article, spans, str(value))  # '"A." "B."'
    return (True, "") if before and _spoken(ctx, before, value)[0] else verdict


def _spoken(ctx: Context, spans: list[tuple[int, int]], value: Any) -> Result:  # at spans
    if (labelled := label_verdict(ctx.article, spans, str(value))) is not None:
        return labelled  # '* Obama: "...," he said', 'A (Mao Ning): "..."' (label_speakers.py)
    if quoting_source(ctx.article, spans, str(value)):  # "X quoted him as saying", "passed on
        return False, f"{value!r} only relays the words of the one it quotes"  # her message:"
    credit = dash_verdict(ctx.article, spans, str(value))
    if credit != "none":  # '"..." - Lucia Romero, finance minister' (dash_credits.py)
        return (True, "") if credit == "yes" else (False, f"the quote's credit names no {value!r}")
    if (framed := frame_verdict(ctx.article, spans, str(value))) is not None:
        return framed  # "X called Y a "..."", "and added, "..."" (quote_frames.py)
    if (shaped := shape_verdict(ctx.article, spans, str(value))) is not None:
        return shaped  # "X termed it "...", "the premier said" (attribution_shapes.py)
    if (relayed := relay_verdict(ctx.article, spans, str(value))) is not None:
        return relayed  # "She called it "...", X recalled of Y" (speech_subjects.py)
    if (deed := described_refusal(ctx.article, spans, str(value))) is not None:
        return deed  # "the champion said": the one the page says won (deed_speakers.py)
    other = other_person(str(value), ctx.article)  # then only the full name attributes
    strict = FULL_NAMES_ONLY.set(other)
    verdicts: set[Verdict] = set()
    unsure = False  # the name as given read as two readings: a short form only confirms
    named = False  # an "other" read in the quote's own sentence, by a name (not read back)
    try:
        for name in name_forms(str(value), ctx.article):
            for start, end in spans:
                verdict = _attributed(ctx.article, start, end, name)
                if verdict == "yes":
                    return True, ""
                unsure = unsure or (name == str(value) and verdict == "unsure")
                named = named or (verdict == "other" and _named_here(ctx.article, start, end, name))
                verdicts.add(verdict)
    finally:
        FULL_NAMES_ONLY.reset(strict)
    # "X said ..., calling it "..."": the sentence's own subject (continued_speakers.py); it only
    # accepts, so it is asked after the readings above found no "yes" (most quotes never need it)
    if continued_verdict(ctx.article, spans, str(value)):
        return True, ""
    if described_credit(ctx.article, spans, str(value)):  # "the winner/treasurer said"
        return True, ""
    forms = name_forms(str(value), ctx.article)  # "he", "X says Y told", "quoted him as saying"
    if subject_verdict(ctx.article, spans, str(value)) or object_speaker(ctx.article, spans, forms):
        return True, ""  # (speech_subjects.py, quoted_objects.py)
    if unsure:
        return unconfirmed(f"the quote's pronoun or epithet may be {value!r}'s or someone else's")
    if other:
        return False, f"the article's {str(value).split()[-1]!r} is someone else"
    if credit_frame(ctx.article, spans, str(value)):  # "was how X put it", 'A: "..."'
        return True, ""  # (credit_frames.py: asked after "unsure" and a shared surname)
    if "other" in verdicts and named:
        return False, f"the article attributes this quote to someone other than {value!r}"
    if "other" in verdicts:  # read back through "he said" or "the US president said"
        return False, (
            f"the quote's pronoun or description is read back to someone other than {value!r}"
        )
    if newsroom_only(str(value), ctx.article):  # "(Writing by X; Editing by Y)"
        return False, f"{value!r} is named only in the newsroom's credits, not as a speaker"
    return unconfirmed(f"no attribution of this quote to {value!r} (or anyone) was read")


def _named_here(article: ArticleText, start: int, end: int, speaker: str) -> bool:
    """Whether a quote's "other" verdict was read in its own sentence from a name ("...,"
    said Ali Haidar), a transcript's label or the lead-in of a quote inside it, rather than
    read back through a pronoun ("he said") or a description ("the US president said") to an
    earlier sentence. The reason says which: on outside checks 61 and 62 (session 28) the
    read-backs were 21 false alarms and 15 catches, the named ones 9 and 28, so a reader weighs
    them apart (both stay strong: a read-back may contradict plainly, "she" for a "Mr.")."""
    region = article.quoted_region_at(start)
    if region is None or inner_quote(article.text, region, start, end) is not None:
        return True
    return _region_verdict(article, region, speaker)[0] == "other"


def _attributed(article: ArticleText, start: int, end: int, speaker: str) -> Verdict:
    """:func:`attribution`, unless the words stand in single quotation marks inside the quote:
    then they are what the quote reports someone said ("Trump told me 'stop the war,' and I
    agreed," said Berg: Trump's words, not Berg's), and the speech verb before the inner
    mark decides; only "I told them '...'" (or no speech verb) leaves them the quote's."""
    region = article.quoted_region_at(start)
    inner = inner_quote(article.text, region, start, end) if region else None
    if region is None or inner is None:
        return attribution(article, start, end, speaker)
    lead = tokenize(article.text[region[0] : inner], region[0])
    verbs = [index for index, token in enumerate(lead) if token.norm in SPEECH_VERBS]
    if not verbs:
        return attribution(article, start, end, speaker)
    verdict = lead_in(lead, speaker, article.text)
    if verdict == "yes":
        return verdict
    subject = verbs[0] - 1
    while subject >= 0 and lead[subject].norm in _FILLERS:
        subject -= 1
    if subject >= 0 and lead[subject].norm in _FIRST_PERSON:
        return attribution(article, start, end, speaker)
    return "other"


_FIRST_PERSON = frozenset({"i", "we"})
_FILLERS = frozenset({"also", "then", "once", "later", "just", "had", "have", "has"})
