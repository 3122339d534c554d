"""The case sets written after outside checks, each built by its generator
(``tests/data/<generator>.py``) and held to the same two rules: the committed ``.jsonl`` is
what the generator builds now, and every case gets its verdict, with the set's categories and
no others, at least ten cases that must pass and ten that must fail in each
(:func:`tests.grounding_cases.assert_decided`). Sets with tests of their own beyond these two
keep a file of their own (``test_grounding_days.py``, ``_people``, ``_roles2``,
``_status_roles``, ``_names4``, ``_published``, ``_years``)."""

from __future__ import annotations

import pytest

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

# generator -> the categories its set holds (each generator's docstring says what they are)
SETS: dict[str, frozenset[str]] = {
    # session 37, money37: sums of money as copy writes them (a conversion in brackets, a
    # lettered dollar's qualifier, a range's shared scale and named ends, "before, <unit>")
    "make_money37_cases": frozenset(
        {"gloss", "lettered", "range-scale", "range-end", "before-label"}
    ),
    # session 37, review rvmoney37 of money37: a conversion beside another role's sum, a
    # count naming a dollar's country as the money's owner, a currency as the thing talked of
    # ("to defend the lira"), a second bound of two scale words ("three hundred thousand"),
    # a change's start at its end's scale, a "highest"/"lowest" the page says itself
    "make_rvmoney37_cases": frozenset({"gloss", "currency", "range-scale", "range-end"}),
    # session 36, parties36: a held meeting's party the page puts away from it (a channel's
    # other end, a one-way message, following from elsewhere, a cause, a meeting not held)
    "make_parties36_cases": frozenset({"afar", "cause", "channel", "not-held"}),
    "make_rvq36_cases": frozenset({"quote-credit"}),
    "make_rvnp36_cases": frozenset({"parties", "share", "threshold", "vote"}),
    # session 35, roles35: a meeting's party whom a role word made a bystander, read in the
    # general English of meetings (the host named, the one met, an office, an onlooker there)
    "make_presence35_cases": frozenset(
        {"host", "meeting-object", "office", "remote-role", "witness"}
    ),
    # session 35, rvpr35: review of roles35 (a host or onlooker elsewhere, another occasion's
    # host; the nearby shapes of hosting, greeting and meeting that put a party there)
    "make_rvpr35_cases": frozenset({"host", "meeting-object", "remote-role"}),
    # session 11: hyphenated cue words read as one token ("cease-fire")
    "make_compounds_cases": frozenset({"hyphen-compound"}),
    # check 20: glued datelines, other occasions' times, glossed dates, future frames
    "make_days3_cases": frozenset(
        {"future-frame", "glossed-date", "glued-text", "other-clock", "other-relative"}
    ),
    # check 21: end dates, deadlines, caption datelines, moved meetings, other groups
    "make_days4_cases": frozenset(
        {
            "deadline-after",
            "end-date",
            "glued-dateline",
            "moved-meeting",
            "other-group",
            "status-frames",
        }
    ),
    # checks 22 and 23: relative periods, postponed and earlier meetings, other days
    "make_days5_cases": frozenset({"moved-rounds", "other-days", "relative-periods"}),
    "make_days6_cases": frozenset(
        {
            "clause-days",
            "end-days",
            "initials",
            "old-plans",
            "particle-names",
            "scaled-fractions",
            "transcript-headers",
        }
    ),
    # check 26: updated lines are not published; glued labelled date lines; times in words
    "make_days7_cases": frozenset(
        {
            "but-clause",
            "country-dateline",
            "glued-date-line",
            "of-place",
            "updated-lines",
            "word-clock",
        }
    ),
    # session 13: a denied status, another meeting's status, day or an event's day
    "make_denials_cases": frozenset(
        {"denied-status", "other-meeting-status", "other-meeting-day", "other-event-day"}
    ),
    # session 14: future starts, other meetings' statuses, refusals, places given up, report days
    "make_statuses31_cases": frozenset(
        {
            "denied-place",
            "future-effect",
            "other-event-day",
            "other-meeting-status",
            "scheduled-words",
            "stance-rejected",
        }
    ),
    # session 14: plans undone later, proposals, signings and figures, watched-for breaches
    "make_statuses33_cases": frozenset(
        {"proposal-instead", "quoted-status", "signing-figurative", "undone-plan"}
    ),
    # session 15: future starts, planned places, hosts, dated measures, days in relative
    # clauses, other occasions' times, earlier summits' places, signings and answers to come
    "make_statuses34_cases": frozenset(
        {
            "announced-not-proposed",
            "earlier-summit-place",
            "future-in-effect",
            "hosting-held",
            "other-occasion-time",
            "promised-steps",
            "relative-clause-day",
            "supposed-place",
        }
    ),
    # session 13: a meeting's place as talks', a journey for talks' or a document's namesake
    "make_places29_cases": frozenset({"named-after", "talks-in", "travel-for-talks"}),
    # session 13: a truce declared from a time, another event's day, a bill awaiting signature
    "make_days29_cases": frozenset({"announced-from", "awaiting-signature", "other-event-day"}),
    # tiers review and check 27: actors only acted on, staying out or accusing
    "make_actors2_cases": frozenset({"acted-on", "shut-examples", "stance-owners"}),
    # checks 24 to 26: group nouns, the one shut out, a meeting's stage
    "make_groups_cases": frozenset(
        {
            "group-nouns",
            "halted-operations",
            "meeting-stage",
            "named-meetings",
            "reporters",
            "shut-out",
        }
    ),
    # check 20: future frames, signed truces, past votes, later clauses, modifiers
    "make_frames_cases": frozenset(
        {
            "clause-count",
            "modifier-party",
            "relative-proposer",
            "sign-truce",
            "summit-future",
            "truce-future",
            "vote-past",
        }
    ),
    # check 20: short names, transcript labels, offices and their statements
    "make_names3_cases": frozenset(
        {
            "names-office-holders",
            "names-office-statements",
            "names-said-description",
            "names-short-names",
            "names-transcript-labels",
        }
    ),
    # check 21: scaled number words, ranges, stand-in subjects, openers, actors
    "make_numbers3_cases": frozenset(
        {
            "capitalised-openers",
            "event-actors",
            "ranges",
            "scaled-number-words",
            "stand-in-subjects",
        }
    ),
    # check 20: announcers, groups urged to talk, 'ministers from X', asides
    "make_parties3_cases": frozenset(
        {"announcer", "group-place", "naming-aside", "people-from", "persuade-would", "urged-talks"}
    ),
    # check 21: 'the talks', deals between parties, places, needs, backers
    "make_parties4_cases": frozenset(
        {
            "backers",
            "deal-between",
            "hosts-calls",
            "place-time",
            "proposed",
            "pulled-out",
            "talks",
            "urged",
        }
    ),
    # check 22: collapsed talks, purposes, other occasions, reasons, targets
    "make_parties5_cases": frozenset(
        {
            "discussed-place",
            "first-set",
            "ordered",
            "other-occasion",
            "purpose",
            "reason-clause",
            "stance-words",
            "talks-collapsed",
            "target",
        }
    ),
    # checks 22 and 23: statuses, stances and proposers; parties and places; event actors
    "make_parties6_cases": frozenset({"event-actors", "parties-places", "statuses-stances"}),
    # checks 24 and 25: praise and support, hosts and backers, holders and hosts after "by"
    "make_parties7_cases": frozenset({"event-actors", "parties-places", "statuses-stances"}),
    # check 23: names with an apostrophe and countries' forms in free text
    "make_freetext_cases": frozenset({"apostrophe-names", "country-forms"}),
    # session 15: short fields with no rule of their own held to the free-text check;
    # countries named by their seat, US party tags
    "make_unchecked_cases": frozenset(
        {"country-seats", "party-tags", "unchecked-names", "unchecked-texts"}
    ),
    # checks 24 and 25: glued sentences, caption words, countries' multi-word forms
    "make_page2_cases": frozenset({"caption-words", "country-forms-long", "glued-sentences"}),
    # check 22: announcing or extending one's own truce
    "make_proposers2_cases": frozenset({"own-truce-proposer"}),
    # quotation marks, title runs, first names and pronouns, surnames
    "make_speakers_cases": frozenset(
        {"name-words", "speaker-marks", "speaker-reference", "speaker-runs", "speaker-surname"}
    ),
    # check 19: descriptions, pronoun reach, office asides, credit lines
    "make_speakers2_cases": frozenset(
        {
            "byline-credits",
            "speaker-descriptions",
            "speaker-office-asides",
            "speaker-pronoun-reach",
            "speaker-statement-of",
        }
    ),
    # check 20: descriptions after 'said', aides, offices, headlines, labels
    "make_speakers3_cases": frozenset(
        {
            "speaker-office-holders",
            "speaker-released-by",
            "speaker-said-description",
            "speaker-transcript-labels",
            "speaker-under-headline",
            "speaker-unowned-paper",
        }
    ),
    # check 27: papers issued by someone, headlines' "says X", staff bylines, title forms,
    # dotted times, announcements' days and posts' dates
    "make_speakers4_cases": frozenset(
        {"dotted-times-posts", "page-credits", "speaker-paper-subject"}
    ),
    # session 13: the one interviewed answers; a pronoun the page's gender marks rule out
    "make_speakers6_cases": frozenset({"interviewer", "pronoun-gender"}),
    # checks 30, 31: a post after the name, "charged", a label before a surname
    "make_speakers31_cases": frozenset({"charged-verb", "label-before-surname", "post-aside"}),
    # session 14 check: titles read back, introductions, "told him that", companions, glue
    "make_speakers33_cases": frozenset(
        {"glued-names", "introduced-pronoun", "second-person", "told-him-that", "title-back"}
    ),
    # session 33: a read-back's speaker who is the named subject of the sentence the walk
    # back stops at
    "make_readback33_cases": frozenset({"back-subject"}),
    # session 33, review rvrb33 of readback33: a "he" or "she" by a speech verb never reads
    # back to a body, but to the one person named after a body's or the other sex's subject;
    # an interviewer is no speaker of the answer; a verb's object set off by commas is no subject
    "make_rvrb33_cases": frozenset(
        {"pronoun-sex", "body-subject", "paragraph-back", "interview-subject"}
    ),
    # session 34, readback34: the antecedent of a read-back "he said" is the sentence's
    # subject, not a name in its apposition, an object or a list ("between Leeds and York");
    # a name's particle "des"/"della" capitalised opening a sentence ("Des Cars, who ..."); a
    # subject after a fronted adverbial ("Back in March, when ..., border chief X went")
    "make_readback34_cases": frozenset(
        {"apposed-subject", "name-list", "pronoun-subject", "particle-name", "fronted-subject"}
    ),
    # session 15, check 34's causes: bracketed title runs, "said of", credit and stamp lines
    "make_speakers34_cases": frozenset(
        {"bracketed-title", "credit-line", "date-stamp-byline", "said-of"}
    ),
    # session 16: negated schedules, a saying's day before its clause, moved places and
    # verbs of getting together, other occasions' numbers of days
    "make_statuses36_cases": frozenset(
        {"moved-place", "negated-schedule", "other-occasion-number", "said-clause-day"}
    ),
    # session 15: unnamed long titles, relative clauses' own subjects, two holders of a title
    "make_speakers35_cases": frozenset({"two-holders", "unnamed-title", "which-he-said"}),
    # session 20: plural epithets for a meeting's parties, a truce's length whose noun is elided
    "make_references44_cases": frozenset({"carried-length", "pair-epithet"}),
    "make_speakers42_cases": frozenset(
        {"name-in-quote", "namesake-after", "participle", "who-said"}
    ),
    "make_speakers40_cases": frozenset(
        {"bracketed-acronym", "fronted-subject", "given-name", "put-it"}
    ),
    "make_speakers39_cases": frozenset({"pronoun-speaker", "relayed-speaker", "sponsor-wording"}),
    # check 41: quote speakers in sentences naming several people
    "make_speakers41_cases": frozenset({"apposition-names", "contrast-clause", "writer-relative"}),
    # check 43: labelled turns, naming and quoting verbs, bare titles, family-name-first order
    "make_speakers43_cases": frozenset(
        {"name-order", "naming-verbs", "title-apposition", "turn-quotes"}
    ),
    # check 45: a "for" portfolio or two offices before a pronoun, a name inside an aside,
    # a dated bracket, a dash credit, a capital for its country's body, "it" for a body
    "make_speakers45_cases": frozenset(
        {
            "aside-name",
            "body-pronoun",
            "country-body",
            "dash-credit",
            "portfolio-pronoun",
            "record-bracket",
        }
    ),
    # check 40: labelled bylines, the subject of a reaction's or a stance's own clause, a
    # relative clause between a subject and its verb
    "make_roles40_cases": frozenset(
        {
            "aside-subject",
            "labelled-byline",
            "ordered-measure",
            "owned-office",
            "reaction-subject",
            "stance-party",
        }
    ),
    # check 41: the subject of the act's own verb (active before a means' "by", a title's
    # "of", an answer's "X did"), co-chairs as parties, bracketed places in bylines
    "make_actors41_cases": frozenset(
        {"act-proposer", "act-subject", "co-chaired", "placed-byline"}
    ),
    # session 19, check 42: any verb's subject sponsors (any tense), a request or extension
    # proposes, a summit's host or chair is a party, a namesake of the one who met is not
    "make_actors42_cases": frozenset({"act-sponsor", "act-proposer", "host-party", "same-surname"}),
    # check 38: quote frames, actors after title runs, credit forms, places and parties
    "make_people38_cases": frozenset(
        {"credit-forms", "places-parties", "quote-frames", "title-run-actors"}
    ),
    # check 38: a day in a clause about the fact's own occasion; a phase before the start
    "make_days38_cases": frozenset({"own-occasion-day", "phase-day"}),
    "make_days39_cases": frozenset({"own-clause-day", "other-start-day", "number-owner"}),
    # session 18, check 40: another event's day, a list heading's cue, a count's own noun
    "make_days40_cases": frozenset({"other-event-day", "list-heading-cue", "count-passage-noun"}),
    # session 19, check 42: a plan's start, a truce's extension, another occasion's day
    "make_days42_cases": frozenset({"plan-start-day", "extension-day", "two-event-day"}),
    # session 22, check 46: a day's owner read from its clause (when-clause, death, committee)
    "make_days46_cases": frozenset({"since-when", "life-day", "committee-day"}),
    # session 23, check 47: which occasion a day belongs to (fronted day, an after clause that
    # is the measure's own issuing, a timeline's lines, a span in free text, a place's clause)
    "make_days47_cases": frozenset(
        {"fronted-day", "after-own-measure", "timeline-line", "range-free", "relative-day"}
    ),
    # session 21, check 45: days in sentences with several occasions
    "make_days45_cases": frozenset(
        {"reduced-fighting", "said-determiner", "began-with", "agreed-at-meeting"}
    ),
    # session 24, checks 50-52: a quote its clause's own subject expresses (a verb of
    # expressing, a pronoun or title subject, "For X, ...")
    "make_speakers52_cases": frozenset(
        {"object-quote", "referred-subject", "for-view", "unknown-epithet"}
    ),
    # session 25, checks 54-57: a quote a colon hands over after a one-clause frame whose
    # named subject ("X's line was shorter:", "The chief, X, greeted the outcome:") speaks
    "make_colonframes_cases": frozenset({"colon-frame"}),
    # session 25, the unseen check's cited sources: named as a source, not as the page's
    # masthead, a paper sued or fined, or beside another outlet the evidence cites
    "make_sources25_cases": frozenset({"cited-role"}),
    # session 25, review rvG of sources25: more citing shapes, an outlet cited for another
    # claim, one the story is about, the page's own paper, the relay given as the source
    "make_sourceholes25_cases": frozenset(
        {"source-shapes", "other-claim", "story-about", "own-outlet", "via-name"}
    ),
    # session 25, check 53: a speaker told by an epithet the page ties to one person (an
    # office appositive, "X was the host"), a sentence opening with an epithet before "he said",
    # a third party's words relayed in an interview turn, "according to a statement from X",
    # "His office said in a statement"
    "make_speakers53_cases": frozenset(
        {"office-tie", "epithet-opener", "relayed-in-turn", "according-to-paper", "his-office"}
    ),
    # session 25, review rvA of speakers53: look-alike countries, an office that is a
    # preposition's object, another's or a past office, a "he" past a sentence between, words
    # relayed in a turn by a possessive or passive subject, a paper's issuer's client, a lead
    # opening "His office" whose words are another's
    "make_speakers53rv_cases": frozenset(
        {"tie-review", "opener-review", "turn-review", "paper-review", "office-review"}
    ),
    # session 25, check 53: a sponsor through "adopted", "extended ... by six months",
    # "slapped", "renewed"; a group word or relative pronoun for named sponsors ("The pair
    # unveiled it", "the tariffs he unveiled"); a party beside one "not expected to attend";
    # the body adopting a resolution that calls for a truce as its proposer; a quoted promise
    # on a condition as its speaker's threat
    "make_parties53_cases": frozenset(
        {
            "act-verb-sponsor",
            "group-sponsor",
            "denied-party",
            "resolution-proposer",
            "conditional-threat",
        }
    ),
    # session 25, review rvC of parties53: the added sponsor verbs' wrong subjects (one who
    # refused or urged, a body adopting a text condemning the measure), a group word standing
    # for another plural, a resolution calling for a truce in another clause, a relayed or
    # unconditional quote as a threat, "isn't / no longer expected to attend"
    "make_sponsorholes53_cases": frozenset(
        {
            "added-verb-sponsor",
            "group-word-sponsor",
            "adopted-resolution-proposer",
            "quoted-condition-threat",
            "not-expected-party",
        }
    ),
    # session 25, check 53: a site given by an epithet for the place named just before ("the
    # enclave"), a meeting's place as its occasion's modifier ("at a White House ceremony"),
    # another event's value in the evidence sentence (a launch site, a delegation's capital,
    # the day of a that-less relative clause)
    "make_places53_cases": frozenset({"epithet-site", "modifier-venue", "other-event-value"}),
    # session 25, review rvF of places53: an epithet about the evidence sentence's own place
    # ("Al Udeid Air Base in Qatar, the biggest U.S. base in the region"), a value listed
    # before another place, a nearer sentence's place the preposition test misses, an
    # occasion's modifier when the meeting is placed elsewhere; a delegation's capital, a launch
    # site and a that-less clause's day in new words
    "make_rvf53_cases": frozenset(
        {"epithet-own", "epithet-list", "epithet-skip", "occasion-elsewhere", "other-value"}
    ),
    # session 26, places26: a meeting's place read through the sentence's structure ("met
    # there", ", where <parties> sat down", a dateline and an epithet for it, an arrival to
    # take part, a subject meeting noun past an aside, a country by its people's word), and
    # what it must not read (a clause of time about another occasion, a later round, another
    # body's "where" meeting, the place an arrival came from)
    "make_places26_cases": frozenset(
        {
            "where-clause",
            "there-back",
            "meeting-participle",
            "dateline-epithet",
            "arrival-purpose",
            "subject-meeting",
            "country-people",
        }
    ),
    # session 26, review rvP of places26: "there" past another name, a "where" clause about
    # something else, a dateline epithet that names another place, an opening participle of
    # another act, a subject meeting noun before another journey, a journey to another body's
    # meeting, a clause of time about another occasion, a later round or the same day's
    "make_rvp26_cases": frozenset(
        {
            "rv-there",
            "rv-where",
            "rv-dateline",
            "rv-participle",
            "rv-subject",
            "rv-arrival",
            "rv-time-clause",
            "rv-later-round",
        }
    ),
    # session 24, reviewers' speaker holes: an epithet that fits no one named, the one praised
    # or viewed or a spokesman's principal, a quoted remark's owner, a denied speaker
    "make_speakerholes_cases": frozenset(
        {"unfit-epithet", "object-not-speaker", "owned-remark", "denied-speaker"}
    ),
    # session 24, check 49: a count told by how often ("have met 27 times", "twice") or by
    # its occasion's ordinal ("the 19th round"); a day's role told by its preposition
    "make_numbers49_cases": frozenset({"repeat-count", "ordinal-count", "day-preposition"}),
    # session 25, check 53: a status or kind said by what happened ("talks are over", "the
    # trip begins on June 21", "struck down"), a stage that contradicts a status strongly, a
    # fact box's item under its lead, a trip's first day as the meeting's day
    "make_statuses53_cases": frozenset(
        {"synonym-status", "stage-contradicted", "item-lead", "trip-first-day"}
    ),
    # session 25, checks 54-57: a meeting brought to its end by those at it is held ("wound
    # up its two-day meeting", "brought the summit to a close", "declared the summit closed")
    # and so is one met at in a past main clause ("Meeting in Jeddah, they agreed"); one
    # someone will host or attend is scheduled ("will co-chair a summit in Paris")
    "make_closed25_cases": frozenset({"closed-meeting", "participle-meeting", "plan-meeting"}),
    # session 25, review rvB of statuses53: a stage not the value's own (another measure in a
    # time clause, a similar one, a claim, a history line, another meeting ahead), synonyms
    # read too widely ("renewed calls", "the row over the summit is over", "asked for
    # guarantees that the ceasefire"), a fact box's lead or heading with another state
    "make_rvb53_cases": frozenset(
        {"stage-elsewhere", "going-court", "over-trip", "swap-ask", "item-doubt"}
    ),
    # session 24, checks 50 and 52: a count apart from its words: a partitive's part ("Five of
    # the commanders were to stay in Turkey"), a run of modifiers before the noun, a part
    # restated after its group, an earlier-time word set off before the number, another
    # owner's number in the same sentence ("and UNITA took 90" for the MPLA's seats), a date
    # between a cue and its number ("the ceasefire from 6 February 2024 for 180 days")
    "make_counts52_cases": frozenset(
        {
            "partitive-part",
            "noun-run",
            "subset-restated",
            "set-off-count",
            "other-owner",
            "dated-length",
        }
    ),
    # session 25, checks 55 and 57: a meeting named by its place as a modifier ("the
    # Johannesburg G20 summit", "the Washington meeting"), not a country before the noun
    "make_occasions25_cases": frozenset({"named-meeting"}),
    # session 25, check 53: a counted thing away from its number (an anaphor "the number",
    # "N of them" after the sentence counting the whole, a verb the count's "-ing" word is),
    # another count of the same fact's number, hedges ("now exceeds"), a Q&A truce length
    "make_counts53_cases": frozenset(
        {
            "count-hedge",
            "count-anaphor",
            "counted-verb",
            "carried-part",
            "sibling-count",
            "answered-length",
        }
    ),
    # session 25, review rvE of counts53: hedge verbs negated or a particle's look-alike,
    # "the number" for a forecast or a sum of money, a part whose predicate is negated or
    # before it, two counts of one number whose words overlap, an "-ing" stem in a noun
    "make_counts53review_cases": frozenset(
        {"review-hedge", "review-anaphor", "review-part", "review-sibling", "review-stem"}
    ),
    # session 24, the review's false accepts: a number of another owner's clause, a multiple
    # or another thing's ordinal, a threatened rate, a failed vote's score, an age or a day
    "make_countholes_cases": frozenset(
        {"count-owner", "multiple-repeat", "threatened-rate", "failed-vote", "age-or-day"}
    ),
    # session 23, check 48: which of a sentence's two meetings a day is, by the stretch the
    # fact's evidence quotes (the meeting held, or the one planned)
    "make_occasions48_cases": frozenset({"quoted-occasion", "unquoted-occasion"}),
    # session 24, checks 50-52: another occasion's day, time or place in the fact's own
    # evidence (an earlier meeting recalled, an agreement's day for a held meeting, a time
    # expected and not kept, an announcement's day against the event's own, another stop of
    # the trip)
    "make_occasions52_cases": frozenset(
        {
            "recalled-place",
            "recalled-day",
            "outcome-day",
            "expected-time",
            "reported-day",
            "trip-stop",
        }
    ),
    # session 24, false accepts closed: a truce's state "as of" a day, a go-between who hosts
    # others' talks, a strike's launch site, a dateline's "here" that places no strike, one who
    # only watched the meeting, a status only inside an open question, a court's stay, an
    # earlier meeting told in an aside
    "make_occasionholes_cases": frozenset(
        {
            "as-of-day",
            "host-between",
            "launch-from",
            "here-dateline",
            "remote-watcher",
            "open-question",
            "court-stay",
            "aside-meeting",
        }
    ),
    # session 18, check 41: the day or place of another occasion in the same passage
    "make_occasions41_cases": frozenset({"occasion-day", "occasion-place"}),
    # session 17, check 38: the one a spokesperson speaks for is no speaker
    "make_parties38_cases": frozenset({"served-principal"}),
    # session 17, check 39: other journeys' places, summit hosts, own-staff credits, dotted
    # dates by the page's convention, a free text's opening kind of piece
    "make_places39_cases": frozenset(
        {
            "desk-outlet",
            "dotted-convention",
            "host-party",
            "of-place",
            "other-trip",
            "our-byline",
            "piece-opening",
        }
    ),
    # session 18, check 40: places after asides, other occasions' places, places as outlets
    "make_places40_cases": frozenset({"apart-place", "other-occasion", "place-outlet"}),
    # session 18, check 41: places joined to their meeting; a plan's place, a body's base
    "make_places41_cases": frozenset({"joined-place", "plan-place"}),
    # check 42: a meeting's own place beside another's, live and press-release credit lines,
    # a tariff's points
    "make_places42_cases": frozenset({"own-place", "desk-line", "point-rate"}),
    # session 22, check 46 cause 1: a meeting told by an act done together (received, a guest
    # of, at the side of, a dinner with, signed), its place, and a place with another role
    "make_meetings46_cases": frozenset({"act-held", "act-place", "elsewhere"}),
    # session 23, check 47 cause 2: the owner of the one met, another pair's meeting in the
    # same sentence, a condition held by the other side, the place where stand-ins met
    "make_meetings47_cases": frozenset(
        {"owned-party", "other-pair", "condition-side", "stand-in-place"}
    ),
    # session 20, a reviewer's leftovers: a department listed with its minister, quoted headers
    "make_senders20_cases": frozenset({"sender-person", "quoted-header"}),
    # session 20, a reviewer's leftovers: a value's year in ISO or clipped form
    "make_years20_cases": frozenset({"year-forms"}),
    # session 20, a leftover of session 19's re-reading: a count's clause after a comma
    "make_clauses20_cases": frozenset({"count-clause"}),
    # session 20, numbers43's leftover: a partitive's part as a count
    "make_partitives20_cases": frozenset({"partitive-part"}),
    # session 20, check 44 cause 1 (roles): a meeting's place from its clause's verb, a
    # measure's maker who approves or signs it, a truce's proposer who owns its text
    "make_roles44_cases": frozenset({"meeting-venue", "measure-maker", "plan-author"}),
    # check 37: quote clauses, meeting places, page metadata
    "make_places37_cases": frozenset({"meeting-places", "page-metadata", "quote-clauses"}),
    # session 16, check 36's causes: quotes across asides, papers "by" their issuer after
    # other words, spokesmen's words, wire contact and credit footers, outlets and sources
    "make_speakers36_cases": frozenset(
        {"contact-byline", "quote-aside", "reporter-side", "spokesman-principal", "statement-by"}
    ),
    # session 13: participles of saying, "he added of X", letter paragraphs, read statements
    "make_speakers7_cases": frozenset(
        {"letter-paragraph", "participle-telling", "pronoun-of", "statement-pronoun"}
    ),
    # session 14: a pronoun past a second name, a quote inside reported speech, epithets
    "make_speakers8_cases": frozenset({"epithet", "nested-quote", "pronoun-past-object"}),
    # checks 22 and 23: carried attributions, a long name's first word, post verbs, companions
    "make_speakers5_cases": frozenset(
        {
            "speaker-carried",
            "speaker-name-word",
            "speaker-timestamp-turns",
            "speaker-wording",
            "sponsor-companions",
        }
    ),
    # check 20: co-sponsors after 'alongside', a possessive before a law
    "make_sponsors3_cases": frozenset({"sponsor-co-actors", "sponsor-law-names"}),
    # check 26 (and 24/25's "partnered with"): parliament wording for sponsors, votes, days
    "make_parliament_cases": frozenset(
        {"author-sponsors", "debate-days", "division-votes", "parliament-movers"}
    ),
    # the review of flag strengths and check 27: a journey's start, the source a speaker
    # quotes, status and kind words (gather, tightening, relief, assassinated, called off),
    # the proposer of a truce it calls off, a dateline's city where the evidence says another
    "make_places3_cases": frozenset(
        {
            "dateline-elsewhere",
            "journey-start",
            "own-truce-ended",
            "speaker-quoted-source",
            "status-kind-words",
        }
    ),
    # check 26: meetings held worded by their outcome, their places, truces carried out
    "make_status3_cases": frozenset({"held-noun", "meeting-place", "truce-agreed"}),
    # a quotation after "X said," is X's own words, not a tag on a report (a regression)
    "make_tags_cases": frozenset({"said-comma"}),
    # a country or office named only as the source of a report is no party, sides unnamed
    "make_reporters_cases": frozenset(
        {"capital-source", "official-source", "own-announcement", "unnamed-sides"}
    ),
    # session 13: what has not happened yet, or was proposed by another, contradicts a value
    "make_contra_cases": frozenset(
        {"not-yet-answered", "not-yet-in-force", "not-yet-met", "other-proposer"}
    ),
    # two strengths of flag: unsupported (missing or contradicted) and unconfirmed (unread)
    "make_tiers_cases": frozenset({"clause-tier", "role-tier", "speaker-tier", "status-tier"}),
    # session 13: a vote's score by chamber and side, a truce's narrower kind, lives claimed
    "make_votes29_cases": frozenset({"lives-claimed", "truce-kind", "vote-sides"}),
    # session 14: a party's tally, an old rate, durations in weeks, list counts, truce kinds
    "make_numbers30_cases": frozenset(
        {"duration-units", "list-count", "old-rate", "party-tally", "truce-kind"}
    ),
    # session 14: each bill's own tally, a rate's goods or country, counts near other counts,
    # thousands set apart by a space, a range's first and last day
    "make_numbers33_cases": frozenset(
        {"date-ranges", "near-counts", "rate-owner", "several-measures", "spaced-thousands"}
    ),
    # session 15: days behind a preposition, defined abbreviations, a total's parts, "no later
    # than" as at most, an ordinal in apposition
    "make_numbers34_cases": frozenset(
        {
            "component-rates",
            "days-count",
            "defined-abbreviation",
            "not-later-than",
            "ordinal-apposition",
        }
    ),
    # session 15: a list's rates under a lead-in, each owner's own rate or count, a rise's
    # old and new rate, a truce's length far from its word, a rate it is compared with
    "make_numbers35_cases": frozenset(
        {"compared-rate", "far-length", "other-number", "rate-lists", "rise-from-to"}
    ),
    # session 16: tariff words beyond tariff/duty/levy and another thing's percent; a truce's
    # length told of "the one", not the days it broke down after; a count of items at a rate
    "make_numbers38_cases": frozenset({"counts", "tariff-words", "truce-lengths"}),
    # session 24, check 51: a share's number in every form of percent, which of several
    # same-noun numbers is the field's (a pair's side or owner, a rider, the figure before the
    # election), a relative clause's tally and a threshold's count
    "make_numbers51_cases": frozenset({"share-forms", "same-noun", "tally-owner"}),
    # check 40: ranges before a new rate, an earlier measure's rate, an added duty beside its
    # total, a truce's length restated after its span, a count's own noun
    "make_numbers40_cases": frozenset({"count-owners", "rate-shapes", "restated-lengths"}),
    # check 43: a plan of a further meeting beside the earlier meeting it follows
    "make_further43_cases": frozenset({"further-plan"}),
    # check 43: a delegations' meeting told again ("for their first talks since March")
    "make_groups43_cases": frozenset({"own-group-day"}),
    # check 43: a measure worded as borne now ("EU cars face a duty of 27.5%") is in force
    "make_standing43_cases": frozenset({"borne-now"}),
    # check 45: another side's clause (contrast, which-clause), a stance taken back, fighting on
    "make_turns45_cases": frozenset({"contrast-side", "relative-side", "stance-turn"}),
    # check 45: a truce placed in a part of a land is local; "no general ceasefire"; holidays
    "make_scopes45_cases": frozenset({"placed-truce", "not-full"}),
    # check 45: reporters after a desk's credit ("by the X desk; A and B"), "the trade
    # minister announced" for the one so titled, "introduced ... by Representative X"
    "make_credits45_cases": frozenset({"desk-names", "maker-names"}),
    # check 46: a quote under a speaker's label ("* Okafor: "...," she said", "A (Lin Jian):"),
    # "media quoted him as saying" read back to the sentence before,
    # a role's credit line naming its outlet, an outlet the story cites, a byline's place
    "make_speakers46_cases": frozenset(
        {"label-speakers", "quoted-object", "credit-outlets", "cited-outlets", "byline-places"}
    ),
    # check 47: a stance leading into a quote ("was of the opinion that"), "the said committee
    # stated" and "The ministry ... and said", an office owned by another ("Y's assistant"),
    # a titled answer label ("A (spokesperson Lin Jian):"), a briefing turn's announcer
    "make_speakers47_cases": frozenset(
        {"stance-leads", "said-bodies", "owned-offices", "answer-labels", "turn-announcers"}
    ),
    # session 23, check 48: a quote credited by "in X's words", "as X put it", "quoted X as
    # telling", "what it calls its", or a participle of naming after the named subject; a
    # "From the desk of X" / "Prepared by the Trade Desk of X" credit; "Chip and Amy Carter";
    # a two-letter name of free text ("Kim and Xi met") the article never writes
    # session 24, check 49: bylines as "X in Kyiv" and an end line "X is the paper's Y editor",
    # credit forms; a speaker after the verb ("As stated by X", "according to the leader"),
    # an interview's "A:" turns, the attributions the speaker reader already knows
    "make_credits49_cases": frozenset(
        {
            "filed-bylines",
            "author-lines",
            "credit-shapes",
            "agent-speakers",
            "interview-answers",
            "attribution-shapes",
        }
    ),
    "make_speakers48_cases": frozenset(
        {"voice-credits", "relayed-words", "desk-credits", "shared-surnames", "short-names"}
    ),
    # session 22, checks 37-46 cross-check: a labelled turn relaying a named person's words
    # ("KAMAU: Ruto was calling it "..."", "in Ruto's words", "..., and he later told")
    "make_xspeakers22_cases": frozenset({"turn-relays", "relative-antecedents"}),
    # check 46: co-chairs listed as one subject are parties; "a seven-day reduction in violence"
    # (lessening nouns of fighting) is a truce's length
    # and "Hamas and other armed factions ... declared a truce" names Hamas as proposer
    "make_roles46_cases": frozenset({"co-chairs", "lessening-lengths", "conjoined-proposers"}),
    # check 44: the latest stage wins (Royal Assent after "introduced"), lasting vs expired,
    # a renewal negated, a rate before a foreseen change, a country and its own ministry
    "make_stages44_cases": frozenset(
        {"law-stage", "truce-aspect", "renewal-expiry", "pending-rate", "own-body"}
    ),
    # check 41: a tally no range, a change verb's far "from ... to", a count's as_of time,
    # another country's rate, a date in free text
    "make_numbers41_cases": frozenset(
        {"count-times", "free-dates", "rate-countries", "rate-reach", "vote-tallies"}
    ),
    # session 22, check 46 cause 6: camel-cased names, numbers in words, full names in free text
    "make_freetext46_cases": frozenset({"camel-names", "full-names", "worded-figures"}),
    # check 43: a rate's own noun, a former rate, collective numbers and displacement verbs,
    # another group's number, a truce said again, number words in free text
    "make_numbers43_cases": frozenset(
        {"count-groups", "count-words", "former-rates", "number-words", "rate-nouns", "truce-carry"}
    ),
    # check 37: counts' nouns out of reach, other nouns' and acts' numbers and days, list targets
    "make_counts37_cases": frozenset(
        {"count-reach", "other-act-time", "other-count", "rate-target"}
    ),
    "make_roles29_cases": frozenset({"announcer", "chair-observer", "reporter-actor"}),
    # session 14: a condition's party, a place's adjective, a report's source, an earlier
    # meeting's or another attack's day, a party's own first-person decision
    "make_roles30_cases": frozenset(
        {
            "first-person-stance",
            "other-meeting-day",
            "place-only",
            "source-not-actor",
            "stance-party",
        }
    ),
    # session 14 review: "charged" said or passive, a post owned by another, a credit after
    # prose, a phone call, the rival who told "her"
    "make_fixspeech_cases": frozenset(
        {"charged-forms", "credit-after-prose", "phone-call", "post-owned", "told-pronoun"}
    ),
    # session 14: a paper or its issuer as a quote's speaker, a wire credit line run together
    "make_statements_cases": frozenset({"credit-line", "statement-issuer", "statement-speaker"}),
    # session 14: a defeat's score, thresholds, mixed numbers, truce lengths, dotted dates,
    # outlets named by web address, first names borrowed from another person
    "make_votes31_cases": frozenset(
        {
            "defeat-score",
            "dotted-date",
            "fraction",
            "mashed-name",
            "threshold",
            "truce-length",
            "web-outlet",
        }
    ),
    # session 16: news wordings of held, imposed and attack; possessive and other role wordings
    "make_wording37_cases": frozenset({"role-wording", "status-wording"}),
    "make_wordings44_cases": frozenset(
        {"deaths-kind", "fronted-title", "imposing-status", "refused-stance"}
    ),
    # session 16: values stated in other words (a pledge, an intent, a past length, a denial),
    # plain opposites the page states outright (check 38)
    "make_status38_cases": frozenset({"opposites", "stated"}),
    # session 17: a status's latest state in one sentence, a bill's stages excluding each other
    "make_status39_cases": frozenset({"excluded", "latest"}),
    "make_status40_cases": frozenset({"later", "moved", "owner", "tense", "wording"}),
    "make_status41_cases": frozenset({"condition", "extended", "later", "relative", "virtual"}),
    # session 19: a status stated without its keyword, one a later stage replaces, a count of
    # another occasion (check 42's causes 4 and 7)
    "make_status42_cases": frozenset({"occasion", "present", "renewed", "standing", "superseded"}),
    # session 21, check 45 cause 1: a status worded by its act (status_acts)
    "make_statuses45_cases": frozenset({"doubt-act", "held-act", "measure-act"}),
    "make_statuses46_cases": frozenset({"modal-stage", "removal-tense", "truce-latest"}),
    # session 23, check 47 cause 1: a status or kind told by what happened (told_statuses)
    "make_statuses47_cases": frozenset(
        {
            "attended",
            "denied-pair",
            "kept-force",
            "never-held",
            "one-chamber",
            "only-area",
            "short-lived",
            "tally",
        }
    ),
    # session 23, check 48: a measure's pause told as over, a meeting held by a journey to meet
    # someone (ended_pauses)
    "make_statuses48_cases": frozenset(
        {
            "both-chambers",
            "critic-party",
            "kept-now",
            "pause-ended",
            "sent-sponsor",
            "unmet-party",
            "visit-met",
            "visit-place",
        }
    ),
    # session 24, check 49: a status or kind told by what the parties did (shared_acts): a
    # pastime together, a court's ruling verb, a measure or aid shelved or put on ice
    "make_statuses49_cases": frozenset({"court-ruling", "pastime-held", "put-off"}),
    # session 24, check 51: a status read from a clause about a ruling or a condition
    # (unapplied_cues); a deal reached and an election's seats (told_outcomes)
    "make_statuses51_cases": frozenset(
        {"condition-stage", "deal-reached", "ruling-paused", "seat-result"}
    ),
    # session 22 cross-check: a status told by a word of another family (implied_statuses)
    "make_xstatus22_cases": frozenset({"adopted", "own-halt", "past-talks"}),
    # session 19, check 43: a story's correction note; absent people, a trip's other hosts,
    # stances in contrast
    "make_corrections43_cases": frozenset({"absent", "contrast", "correction", "trip-leg"}),
    # session 21, check 45: correction notes read by field; a sentence-case headline line
    "make_corrections45_cases": frozenset({"headline-body", "note-field"}),
    # session 20, check 44: a name beside the meeting at a distance, in the reacting subject's
    # apposition, in another clause than a condition's; a refusal to speak is no rejection
    "make_bystanders44_cases": frozenset(
        {"apposed-reactor", "condition-party", "refused-other", "remote-party"}
    ),
    # session 21, check 45: a meeting's place stated by its clause, a dateline, a route's end
    "make_venues45_cases": frozenset(
        {"dateline-venue", "round-venue", "route-end", "stated-venue"}
    ),
    # session 18 review: a measure back in force by its verbs' order; an elliptical stance
    "make_review18_cases": frozenset({"earlier-call", "echoed", "returned"}),
    "make_gaps18_cases": frozenset({"fronted-place", "other-pair-place", "side-day"}),
    "make_status37_cases": frozenset({"approval", "occasion", "owner"}),
    # session 14: a go-between, chair, host or observer as a side, a meeting's cause as its
    # party, a witness as an actor, the one reacted to as the reactor, a spokesperson as a side
    "make_roles31_cases": frozenset(
        {
            "cause-party",
            "mediator-side",
            "reacting-person",
            "reporting-spokesman",
            "witness-actor",
        }
    ),
    # session 14 review: "all N voted for it", a matched rate, an interval, a number added
    # after a total, a threshold met or named as a subject, another noun's length, aid
    # agencies reacting to a truce
    "make_fixnumbers_cases": frozenset(
        {
            "aid-speaker",
            "all-voted",
            "frequency",
            "list-added",
            "matched-rate",
            "other-length",
            "threshold-met",
        }
    ),
    # session 14 review: a past "once", a report of the reporter's own forces, a country's word
    # before "capital", another meeting's or attack's day, a first-person decision undone
    "make_fixroles_cases": frozenset(
        {"other-days", "own-forces", "past-once", "place-adjective", "undone-decision"}
    ),
    # session 14: a broker as proposer and a body's proposal, a name inside another's quote, a
    # measure's maker or target as reactor, news outlets as parties and outlets told, critics
    # as sponsors, a relaying go-between as the side that rejected
    "make_roles33_cases": frozenset(
        {
            "outlet-role",
            "proposer-body",
            "quoted-party",
            "reactor",
            "rejecter",
            "sponsor-critic",
        }
    ),
    # session 15: a side declaring its own truce as proposer, go-betweens by their work, names
    # in another's condition, press offices and the side an event befell as actors, a word of
    # a group's name as stance wording, the owner of an accepted proposal
    "make_roles34_cases": frozenset(
        {
            "accepted-proposal",
            "condition-party",
            "declared-truce",
            "mediator-party",
            "name-word-stance",
            "reporter-actor",
        }
    ),
    # session 15: a counterpart's people word, the one whose answer is sought, a measure's
    # issuer reacting, an actor outside the act, one who only condemned it or pushed
    # sanctions, breaches watched for or recorded, a paper's addressee, a cited committee
    "make_roles35_cases": frozenset(
        {
            "actor-outside",
            "addressee-place",
            "cited-committee",
            "condemned-actor",
            "counterpart-demonym",
            "issuer-reaction",
            "sought-endorsement",
            "watching-recording",
        }
    ),
    # session 16 (check 36): paired rates with their goods before them, hosts and
    # facilitators of others' talks, a side quoted by another, the leaders told, truces
    # ordered or only urged, the one briefing reporters or owning the venue
    "make_roles36_cases": frozenset(
        {
            "host-briefer",
            "host-facilitator",
            "object-demonym",
            "ordered-truce",
            "paired-rates",
            "quoted-party",
        }
    ),
    # session 20, check 44: a meeting's day read against its own clause's occasion
    "make_occasions44_cases": frozenset({"dated-place", "earlier-own", "other-clause"}),
    # session 21, check 45: numbers of one kind told for two occasions
    "make_numbers45_cases": frozenset(
        {
            "backers",
            "count-place",
            "own-occasion",
            "package-number",
            "raised-rate",
            "shared-verb",
            "vote-day",
            "vote-object",
        }
    ),
    # session 22, check 46: a number's chamber or side from its clause; numbers read out
    "make_numbers46_cases": frozenset({"chamber-object", "side-owner", "spoken-number"}),
    # session 23, check 47: numbers whose noun stands apart, European formats, equated words
    "make_numbers47_cases": frozenset(
        {"apart-count", "decimal-comma", "equated-words", "relative-rate"}
    ),
    # session 23, check 48: a rate dated now before a change; a change's result across sentences
    "make_numbers48_cases": frozenset({"changed-result", "dated-start"}),
    # session 24, check 49: a party named by a pronoun or a title; another occasion's value
    "make_parties49_cases": frozenset({"occasion-value", "referred-party"}),
    # each status's news wording, other nouns and times
    "make_status_wording_cases": frozenset(
        {
            "agreed",
            "announced",
            "in-effect",
            "other-noun",
            "other-time",
            "supports",
            "talks",
            "value-forms",
        }
    ),
    # session 23, the refusal-reason audit: a truce said to hold only in part of the land, a
    # transcript turn's speaker reports what the turn says
    "make_audit23_cases": frozenset({"limited-truce", "turn-announcer"}),
    # session 24, check 50: a group noun for the sides, a meeting's place without "meet", an
    # event's place in a second clause or under a dateline, a host or a late arrival at the table
    "make_groups50_cases": frozenset(
        {"group-sides", "meeting-scene", "event-place", "host-arrival"}
    ),
    # session 24, checks 50-52: a byline or outlet in a head or foot credit line not "By X"
    # ("Report by X", "Outlet | date | Name", "A and B, Outlet staff", "edition of X")
    "make_credits52_cases": frozenset({"by-credits", "header-fields", "outlet-fields"}),
    # session 25, check 53: a masthead line's writer with a role, its dated outlet field, a
    # newsroom and its outlet, "for Outlet"; a free-text word in the article's other form
    "make_mastheads53_cases": frozenset({"masthead-bylines", "masthead-fields", "free-forms"}),
    # session 25, review rvD of mastheads53: a caption's "police chief", a sponsor, a funder,
    # a newsroom's place, a section tag, a subject tag; a surname's first name, a town in -tion
    "make_rvmastheads25_cases": frozenset(
        {"rv-masthead-bylines", "rv-masthead-outlets", "rv-masthead-stacks", "rv-free-forms"}
    ),
    # session 25, an outside check's plants: a person's role or affiliation that the page
    # gives another person, a past office or the body the person only meets
    "make_people25_cases": frozenset({"role-of-person", "affiliation-of-person"}),
    # session 25, fixI formats25: a summit's format that names a medium (in person, video,
    # phone) held to the medium its evidence words for this meeting, not another meeting's
    "make_formats25_cases": frozenset({"medium-stated", "other-medium", "other-meeting-medium"}),
    # session 25, review rvH of people25: acting, interim, caretaker, outgoing, "-elect",
    # "as", abbreviated titles, two offices; neighbours' offices and parties; dual ties
    "make_rvh_cases": frozenset(
        {"role-variant", "role-neighbour", "affiliation-dual", "affiliation-neighbour"}
    ),
    # session 25, round 2 (checks 54, 55, 57): a free-text sentence's first word the article
    # never writes, read by its shape (pronoun, abstract noun, participle, "X of the", agent)
    "make_openings25_cases": frozenset({"opening-words"}),
    # session 25, checks 54-57 (r2parties): a body named by a common noun ("the group", "the
    # agency") or by the initials of the name the page spelt out before, as actor or announcer
    "make_bodynouns25_cases": frozenset({"noun-actor", "noun-announcer", "initials"}),
    # session 25, round 2 (checks 54-57, "N of M"): a part that is a verb's object ("Ngata won
    # 41 of the 70 seats") or whose whole has no determiner ("122 of 198 parties had ...")
    "make_partitives25_cases": frozenset({"object-partitive"}),
    # session 26, check 58 cause 3: a meeting's status told by its clause's tense ("The cuts
    # stem from weekend talks in Geneva", "Meeting Trump at Turnberry, she accepted", "G7
    # leaders meet June 15-17 in Kananaskis"), a measure's start ahead ("is due to take effect
    # on 3 September": announced), those at a meeting acting at its place and day ("came
    # together on Sunday at Turnberry between"); r2status's readings tried against wrong values
    "make_tensed26_cases": frozenset(
        {
            "origin-held",
            "participle-person",
            "present-scheduled",
            "r2-review",
            "start-ahead",
            "place-day",
        }
    ),
    # session 26, review rvS of status26: each tensed reading tried with new texts against
    # the wrong values its shape invites ("Albanese and Takaichi meet in Busan on Thursday",
    # "protesters denounced Trump and Putin", "talks in Geneva, which were postponed") and
    # other outlets' right ones ("emerged from fresh talks", "agreed to extend the truce")
    "make_rvs_cases": frozenset(
        {"rv-origin", "rv-participle", "rv-present", "rv-place-day", "rv-start"}
    ),
    # session 27, checks 59-60 (ac27): who acts on a measure or a truce as the subject or the
    # "by" agent of any verb ("Canada, Australia and New Zealand blacklisted", "set in motion
    # by France, Germany and the UK", "Guterres wanted a pause"), refusing the closed wrong
    # shapes (object, target, reporter, stance, go-between, negated, subordinate clause); a
    # side named by its bare body noun ("signed for the government") for that country's body;
    # "former Nigerian President X" is a past tie, no refutation of X's body now
    "make_agents27_cases": frozenset(
        {"clause-sponsor", "clause-proposer", "body-noun-party", "former-tie"}
    ),
    # session 27, review rvac27 of s27-ac27: new texts against who acts on a measure or truce
    # (a subject that delays, vetoes, studies, welcomes or challenges another's measure; the
    # mediator; a planned or denied act), a body noun with another country's body between,
    # a former title beside a current one
    "make_rvac27_cases": frozenset(
        {"rv-clause-sponsor", "rv-clause-proposer", "rv-body-noun", "rv-former-tie"}
    ),
    # session 26, check 55 (counts26): a vote's score read by its candidate ("by 125 votes to
    # 65 for Junya Ogawa") or by the main verb after a fronted score ("By 364 votes to 194,
    # the Assembly refused ...")
    "make_scores26_cases": frozenset({"candidate-score", "fronted-score"}),
    # session 26, review of session 25's partitives (counts26): the whole's number is not the
    # part's when the clause's verb has no object ("Three of the five judges dissented from
    # the ruling"), and the part's verb is read before an adverbial clause ("after ... was")
    "make_partitives26_cases": frozenset({"partitive-verb"}),
    # session 26, check 58 cause B (counts26): a country named right before a rate's own
    # tariff noun owns the rate ("the US tariff on Chinese goods down to 30%")
    "make_rates26_cases": frozenset({"modifier-country"}),
    # session 26, check 58 cause 4 (quotes26): a body speaking through a common noun or its
    # paper, an unnamed source's label, the phrase itself ("his team"), a bare quote continuing;
    # a colon frame whose subject is someone's agent ("X's spokesman was brief:") is not X's
    "make_quotes26_cases": frozenset(
        {"body-phrase", "unnamed-source", "continued-quote", "same-phrase", "agent-frame"}
    ),
    # session 26, review rvQ of quotes26: a kind of body's noun for a name that writes none
    # ("the party" for the AfD), a reporter's "said the group had ...", two officials named
    # together, "his/her NOUN" after the name as an object, agents with longer nouns
    "make_rvq_cases": frozenset(
        {"rvq-body", "rvq-source", "rvq-same", "rvq-agent", "rvq-continued"}
    ),
    # session 26, checks 54-58 (mast26): a masthead cut into segments: a labelled credit
    # ("Words: A / Pictures: B"), a newsroom alone ("Khartoum Bureau"), "desk of <Outlet>"
    "make_mastheads26_cases": frozenset({"segment-bylines", "segment-outlets"}),
    # session 26, checks 50, 53-56 (mast26): an event's kind told by its verb phrase or noun
    # ("took Goma", "artillery fire", "lost five civilians", "mass flight", "vetoed")
    "make_kinds26_cases": frozenset({"force-shapes", "loss-flight-aid"}),
    # session 26, review rvM of s26-mast26: labels naming a subject or an editor, a desk under a
    # named writer, a contributing agency's desk; kind shapes told figuratively or by the law
    "make_rvm26_cases": frozenset({"rvm26-bylines", "rvm26-outlets", "rvm26-kinds"}),
    # session 26, round 3 (checks 50-58, stances26): the one who adds to, widens or draws up a
    # measure, or acts by such a gerund; "he"/"she" for the one person named before it in the
    # sentence; the one who asks for a truce, or asks the sides to keep one not yet standing;
    # a stance verb's subject before a time adverbial ("Rwanda on Thursday signed"); a party
    # asking for a truce supports it
    "make_stances26_cases": frozenset(
        {"measure-adder", "pronoun-sponsor", "truce-request", "dated-subject", "request-stance"}
    ),
    # session 26, check 58 cause 1 (refs26): a quote's speaker named in its own sentence by an
    # office ("the U.S. president said"): the one holder the page gives it, else the one person
    # with no office the nearest sentence before names
    "make_titles26_cases": frozenset({"office-holder", "office-untold", "office-pronoun"}),
    # session 26, review rvT of stances26: texts written to break its readings ("added the levy
    # would hurt", "Despite pleas from X, he imposed", "asked for more shells because a
    # ceasefire looked distant", "a truce that Egypt brokered", "Envoys to Sudan on Friday")
    "make_rvt_cases": frozenset(
        {
            "adder-review",
            "pronoun-sponsor-review",
            "request-review",
            "asked-review",
            "dated-review",
            "score-owner-review",
        }
    ),
    # session 26 review rvR of titles26: a person given a role that is no office ("The economist
    # Paul Krugman", "his wife, Melania Trump") is not the one an office subject stands for;
    # "former President X" is a former holder
    "make_rvr_cases": frozenset({"office-holder", "office-untold", "office-pronoun"}),
    # session 27, pl27 (checks 59 and 60 "not as where this meeting is"): a held meeting's
    # place right beside its own day ("in Seoul on Wednesday"), whatever the verb, unless its
    # clause is another occasion's, a saying's, denied or shifted, another person's, a topic;
    # an event's day in a time clause opened by an offset under an hour ("Minutes before ...
    # on Thursday") when the sentence gives no other day; an event's place as "in the <people>
    # capital" for that people's capital; a meeting's time after a counted "since" ("had not
    # met since 2022") is the last meeting's
    "make_dated27_cases": frozenset(
        {"dated-venue", "minutes-offset", "capital-epithet", "since-span"}
    ),
    # session 27, checks 59-60 (mh27): a person or newsroom in the page's header or foot block
    # is the byline unless its field gives a part of the closed non-author set; the outlet
    # opening a masthead line; the writer given as the outlet beside the same byline
    "make_mastheads27_cases": frozenset({"block-bylines", "block-outlets"}),
    # session 27, checks 59 and 60 (ct27): a count's number bound to its head by form (the
    # noun after it, a partitive's noun, the verb after a bare number past a dash-list, the
    # verb before "at"/"to") and matched by stem ("abstained" for "abstentions"); "none
    # against", "no abstentions" as a count of 0 of that side
    "make_heads27_cases": frozenset({"bound-head", "zero-side"}),
    # session 27 (checks 59/60, st27): a text or a truce sealed by a verb no list holds, read
    # by the clause's tense and the verb's object ("put their names to a trade pact in
    # Asuncion" is held; "put their signatures to a bilateral ceasefire" is agreed)
    "make_sealed27_cases": frozenset({"sealed-held", "sealed-agreed"}),
    # session 27 (checks 59/60, st27): a stance's or a truce's verb cue in another form
    # ("commit to", "of breaking the truce", "Neither X nor Y had answered"); a later stage's
    # word in what a refusal's infinitive acts on ("refused to prolong Iran's relief")
    # and a measure's present perfect in a relative clause ("the sanctions it has imposed");
    # "at"/"during" + a noun phrase + a meeting noun ("at the bloc's 66th summit") is held
    "make_forms27_cases": frozenset(
        {"verb-forms", "refused-object", "perfect-relative", "at-meeting"}
    ),
    # session 27, checks 59 and 60 (sp27): a quote its own clause's named subject acts on with
    # any verb ("Italy wants "...", "X accused Y of seeking "...""), not a copula, passive, relay
    # or another's clause; an epithet of a people's word before an office ("The Tigrayan
    # commander spoke", "the Argentine leader attacked ... and said") for the one person it fits
    "make_speakers27_cases": frozenset({"own-clause", "epithet-subject"}),
    # session 27, review rvmh27 of mastheads27: a film's, a match's, an event's, a caption's,
    # a pull quote's, an obituary's, a Q&A's person in the block; a desk or the byline's person
    # opening a masthead line given as the outlet
    "make_rvmh27_cases": frozenset({"rv-block-bylines", "rv-block-outlets"}),
    # session 27, review rvpl27 of pl27: a stop on the way, an attack or unrest beside the
    # meeting's day is no meeting's place; an offset under an hour shares the day only when
    # the sentence tells no other time ("the night before", "a year earlier"); "the <people>
    # capital" only in its own event's clause, and "<Country>'s capital"; a counted "since"
    # also after "the highest-level contact", "Since 2019 ... not", "since the spring of"
    # session 27, review rvsp27 of sp27: a quote in a named subject's clause, the subject
    # who answers a charge refused
    "make_rvsp27_cases": frozenset({"rv-own-clause"}),
    "make_rvpl27_cases": frozenset(
        {
            "dated-venue-review",
            "minutes-offset-review",
            "capital-epithet-review",
            "since-span-review",
        }
    ),
    # session 27, review rvst27 of st27: a past verb that wrecks, shelves, leaks, reworks or
    # judges a text ("scuttled a framework accord", "ditched a truce") seals nothing
    "make_rvst27_cases": frozenset({"undone-held", "undone-agreed"}),
    # session 27, review rvct27 of ct27: colliding stems, another year's or occasion's number,
    # swapped sides of one vote; "none against the war" (a stance's people) is no zero tally
    "make_rvct27_cases": frozenset({"rv-bound-head", "rv-zero-side"}),
    # session 28, Gemma 3 270M's people on the gold articles: a storm, a team, a country or a
    # label as a person; a schema label, a web address, a sentence or a title as a role or body
    "make_persons28_cases": frozenset({"person-name", "person-role", "person-affiliation"}),
    # session 28, review rvA28 of s28-gmA28: new texts against a person that is none (a body,
    # an abbreviation after "the") and a role or affiliation of no office's shape
    "make_rva28_cases": frozenset(
        {"rv-nonperson-name", "rv-nonperson-role", "rv-nonperson-affiliation"}
    ),
    # session 28, gmB28 (Gemma 3 270M's misses on the gold): an outlet or byline the page
    # writes in lower case, a headline that is a phrase of the body, a quote of one function word
    "make_gemma28_cases": frozenset({"lowercase-name", "headline-line", "quote-words"}),
    # session 28, review rvB28 of gmB28: a lower-case brand or byline is a name, a label in
    # brackets or after "a"/"our" is none; a caption, a related link or a lede sentence is no
    # headline; narrative beside a quotation on its line is no quote, a block quote's
    # attribution line, a Q. / A. turn and an indented block are quotes
    "make_rvb28_cases": frozenset({"rv-lowercase-name", "rv-headline-line", "rv-quote-words"}),
    # session 29, lead (Gemma 3 270M's "passed_one_chamber" as a status reason): a "_"-joined
    # schema label in a text field or in prose, unless the page writes it
    "make_labels29_cases": frozenset({"label-field", "label-prose"}),
    # session 29, review rvL29 of the schema-label rule: a label behind "#" or "@", before a
    # slash or hyphen, after a dot, opening with a digit, written only inside a longer name or
    # an address's path; kept, names the page writes escaped, in another case, in a caption
    "make_rvl29_cases": frozenset({"rv-label-field", "rv-label-prose"}),
    # session 29, roles29 (Gemma 3 270M's swapped roles on the gold): a role the page gives
    # another named person, refused for one it describes otherwise or names bare
    "make_rivalroles29_cases": frozenset({"rival-post", "sole-holder"}),
    # session 29, occ29 (review rvS28's false accepts): a place, proposer or count whose own
    # clause tells another occasion ("In 2019, floods ... killed 31", "a follow-up round in
    # Doha was called off", "stopped in Tallinn"), and the same values of the fact's own
    "make_occasions29_cases": frozenset({"occasion-place", "occasion-proposer", "occasion-count"}),
    # session 29, review rvo29 of the other-occasion rule: the fact's own place, proposer or
    # count beside background of another occasion, kept; another occasion's in shapes of its
    # own ("The last time they met, in Geneva,", "an earlier version ... drafted by Qatar")
    "make_rvo29_cases": frozenset(
        {"rv-occasion-place", "rv-occasion-proposer", "rv-occasion-count"}
    ),
    # session 29, review rvr29 of the rival-role rule: kept, a described person's role in
    # other words ("took over the foreign ministry", "his counterparts, Sikorski and Barrot");
    # refused, "deputy"/"vice" added or dropped, a "Vice President" another holds
    "make_rvr29_cases": frozenset({"rv-rival-post", "rv-sole-holder"}),
    # session 30, left30 (rvo29's left-out wrong verdicts): a meeting's place before another
    # summit told in the opening ("Before the G20 summit in Rio, ... held talks in Lima"), a
    # count of last year dated so or given as this year's, a replaced plan's proposer
    "make_left30_cases": frozenset({"lf-occasion-place", "lf-dated-count", "lf-proposer"}),
    # session 30, checks 66-67: a quote read back through an office or a pronoun: a family
    # name before a hyphenated given name ("Lee" for "Lee Jae-myung"), an office after a
    # fronted phrase with no comma, an office given as a predicate, a government's owner
    "make_speakers30_cases": frozenset(
        {"family-first-hyphen", "fronted-office", "office-predicate", "government-owner"}
    ),
    # session 30, others30 (checks 66 and 67, "no wording for vote"): a vote told by its
    # shape ("was elected by the House", "went into a run-off", "143 in favour and nine
    # against", "endorsed by a large majority", "the Sejm backed the government")
    "make_votes30_cases": frozenset({"vote-shapes"}),
    # session 30, others30 (check 66, "not named in its evidence" for Merz and Lee): a party
    # by family name after a sentence adverb ("Tomorrow Merz travels") or with a dashed given
    # name ("Lee's talks" for Lee Jae-myung); never a namesake, nor the owner of the one met
    "make_surnames30_cases": frozenset({"surname-forms", "paired-meeting"}),
    # session 30, counts30 (checks 66 and 67): a partitive's part counts the whole's noun too
    # ("controls 328 of the 630 seats", "she won 237 of the 465 votes"); a currency sign is its
    # currency's word ("$4 million" is dollars, "£4 million" is not); a score between named
    # candidates ("Takaichi won it by 185 votes to 156": 156 the other's; "against 11 for Koizumi");
    # a body's size as a modifier ("the 630-member Bundestag") counts its seats and members
    "make_counts30_cases": frozenset(
        {"noun-part", "currency-sign", "candidate-score", "body-size"}
    ),
    # session 30, review rvv30 of others30's rules: a vote's shape both ways ("by a majority
    # of 61", "Lawmakers backed", "a round of vaccinations", "run-off from the dam"), a party
    # after a linking adverb ("Eventually Merz"), a meeting named by its pair across the
    # evidence, with a modifier, a slash or a sit-down
    "make_rvv30_cases": frozenset({"rv-vote", "rv-time-surname", "rv-pair-meeting"}),
    # session 30, shares30 (check 66 a11): a fact box's "Label: N" line counts its label, and
    # a bracket of named parts after the number each part ("- Seats the coalition won: 47
    # (LDP 39, Komeito 8)"); never the whole for a part, a part for another, another label's
    "make_shares30_cases": frozenset({"box-line"}),
    # session 30, review rvl30 of left30's rules: kept, a host past a dashed aside, counts of
    # "two years ago", the new plan's proposer after "replace ... was proposed by"; refused, a
    # host of another event, the summit's place before "Baku hosted", "supplants", "not Turkey"
    "make_rvl30_cases": frozenset({"rl-occasion-place", "rl-dated-count", "rl-proposer"}),
    # session 30, check 67: a meeting someone came back from ("returned from a regional summit
    # in Bangkok") or put to use ("used the Bangkok gathering to press for") was held
    # and a party that presses for a truce supports it ("used the gathering to press for")
    "make_statuses30_cases": frozenset({"back-from-meeting", "used-meeting", "press-for-truce"}),
    # session 30, review rvs30 of speakers30: a family name before a dashed given name named
    # alone, an office after a fronted phrase (not one inside it), an office given as a
    # predicate (not "was", a shadow's, a spokesman's), a government's owner or leader
    "make_rvs30_cases": frozenset(
        {"rv-hyphen-name", "rv-fronted-office", "rv-office-predicate", "rv-government-owner"}
    ),
    # session 30, rvc30 (review of counts30): a whole's own clause is no part's ("31 of the 57
    # seats they targeted"), a dollar sign's letters ("R$" reais, "C$" no US dollars) and another
    # sum's deed ("pledged $1.2 billion, but only $400 million has been delivered"), a score's
    # winner after a passive or a dash, "N votes to <Name>'s M", a chamber's size no party's seats
    "make_rvc30_cases": frozenset({"part-whole", "money-sign", "named-score", "chamber-size"}),
    # session 30, review rvt30 of statuses30: a return told otherwise ("on his return from",
    # "flew in from", "came straight back from"), a meeting made use of ("made use of", "took
    # advantage of", "used his talks with Putin in Sochi to"); not a return from a place whose
    # talks were scrapped or with a summit invitation, "used the prospect of talks"; a press
    # for a truce told otherwise ("lobbied for"), not one for it to be scrapped or delayed
    "make_rvt30_cases": frozenset({"rv-return-held", "rv-use-held", "rv-press-supports"}),
    # session 30, review rvb30 of shares30's fact-box lines: numbered, timestamped and
    # unbulleted boxes, several "Label: N" entries on one line, "(LDP: 39; Komeito: 8)", a bloc
    # named after its part ("Likud-led"); never last time's line, the seats needed as won,
    # the total after "out of" or a slash
    "make_rvb30_cases": frozenset({"rv-box-line"}),
    # session 31, eventcounts31 (checks 68 and 69): a partitive's whole runs to its clause mark
    # ("Of the 25 people on board - 22 crew ... - three were killed"), a whole with no noun is
    # no count of the part's deed; "More than 350 of them voted" takes its whole from the
    # sentence before; a deadline's "within 45 days" is 45 days exactly, "has 60 days to tell"
    # a deadline in other words; "represents about 3,200 people" is 3,200 workers represented
    "make_eventcounts31_cases": frozenset(
        {"whole-stretch", "them-opening", "deadline-days", "verb-object"}
    ),
    # session 31, checks 68 and 69: an event's day refused wrongly: a month led by a time word
    # before a capitalised subject, a relative clause telling the event under its kin noun
    # ("the walkout they began on Aug. 4"), a fronted participle of the event's actors, a
    # report's day when nothing else dates the event, a day in an object relative clause
    "make_eventdays31_cases": frozenset(
        {"led-month", "kin-clause", "fronted-participle", "lone-report", "object-relative"}
    ),
    # session 31, check 69: an event's actor told by a description the article ties to it
    # ("the union says", "The carrier now hopes", "A federal judge ... set out"), and a
    # labour strike told by a synonym ("walked off the job", "stop work", "industrial action"),
    # not one only voted for; other kinds' synonyms ("spoken with", "dissented", "clashed")
    "make_eventactors31_cases": frozenset({"described-actor", "walkout-kind", "kind-synonym"}),
    # session 31, left31 (checks 68-69): a writer credited by a phrase in one field of a head
    # line ("Outlet (written by our correspondent X)", "From the desk of X | date", "Curated by
    # X | Issue 41"), never one "as told to", thanked, edited or photographed; a masthead of
    # fields dates the page, a fact box's "- Adopted: date" row only an event of the story
    "make_mastheads31_cases": frozenset({"phrase-credits", "masthead-dates"}),
    # session 31, left31 (check 68): a meeting put off "without a new date" is postponed (not
    # when the claim is denied); the day of "In a video statement this morning, X proposed" is
    # the proposal's, not when the clause says, recalls or describes an earlier measure
    "make_stated31_cases": frozenset({"undated-postponements", "stated-proposals"}),
    # session 31, speakers31 (checks 68 and 69): a body's or a country's quote read back
    # through words that name no one: "It later said", "what it calls", "the union, which
    # ..., said", "the union" for an association, "the group" after its member countries,
    # "Washington called" for the United States, "Her words:" after the speaker's sentence,
    # "The companies said" for a value naming both companies
    "make_orgspeakers69_cases": frozenset(
        {"body-it", "body-noun", "capital-speaker", "pronoun-frame", "joint-body"}
    ),
    # session 31, review rvec31 of eventcounts31: other wordings of an opening whole ("Among
    # the 40 passengers on the coach, 12 ...", "Out of 203 planned arrivals", "Of those aboard"),
    # a deadline's "within" only where some party is bound to it, and never another deed's;
    # "them" of another group; a verb's object that is another verb's
    "make_rvec31_cases": frozenset(
        {"whole-stretch", "them-opening", "deadline-days", "verb-object"}
    ),
    # session 32, places32 (checks 53 to 70): a summit's place told by a host's verb ("will
    # receive X in Beijing", "was joined at the White House by"), a trip's purpose ("flies on
    # to Busan to see Xi"), an invitation, a programme's line ("- Busan, October 30: Xi."),
    # "this port city" and "here" under a dateline, a fronted venue or a where-aside; an
    # event's actor acting through its members ("teams from Rwanda"), lead or paper
    "make_places32_cases": frozenset(
        {"receiving-verb", "trip-purpose", "schedule-line", "fronted-venue", "member-actors"}
    ),
    # session 31, review rvea31 of eventactors31: "the association", "German airline X",
    # "X, the national carrier" for the body so called; never a second union joined to the
    # value, "members" of another body, "another judge", "the carrier" for a pilots' union; no
    # strike in a protest picket, an averted walkout or one only voted to stage; no attack in
    # "clashed over tariffs", no exchange in a letter handed over, no vote "carried by anger"
    "make_rvea31_cases": frozenset(
        {"review-described-actor", "review-walkout-kind", "review-kind-synonym"}
    ),
    # session 31, review rved31 of eventdays31: a fronted month that is a name ("a memo by
    # April Ryan", "a house in May Street") and one after other time words ("Throughout
    # October"); an event's other nouns (a raid's "operation", a summit's "meeting"); a
    # participle's day for an act told after it in the pluperfect; a report of an act done
    # earlier ("in the second quarter", "had already completed"); an object's relative clause
    "make_rved31_cases": frozenset(
        {"led-month", "kin-clause", "fronted-participle", "lone-report", "object-relative"}
    ),
    # session 31, review rvlf31 of left31's rules: other credit shapes in a head line ("Story:
    # X", "X reports", "Your host this week:", a dashed sign-off), never a fact-checker; a
    # masthead with a date field, a fact box's bulleted rows and a timeline's rows; "yet to be
    # rescheduled", never a postponement the sentence gainsays; a statement's day told apart
    # from another day's measure ("In a post on Sunday, X said ... imposed on Friday")
    "make_rvlf31_cases": frozenset(
        {"rv-head-credits", "rv-masthead-days", "rv-shelved-summits", "rv-statement-days"}
    ),
    # session 31, review rvsp31 of speakers31: the same readings broken both ways: "It" after
    # a relative clause or its own quote, "the firm/regulator/charity/bloc" for the body, a
    # capital for its government (not in a place, an embassy, a city's council or court),
    # "Her verdict:"/"His reply:", "the pair"/"both unions"; refused: a writing's "It"
    # ("The review was led by X"), a pair listed with a third body, another country's capital
    "make_rvsp31_cases": frozenset(
        {"body-it", "body-noun", "capital-speaker", "pronoun-frame", "joint-body"}
    ),
    # session 32 (lead): a number in its evidence but not beside the field's cue words is a
    # strong refusal only when another of the evidence's numbers reads as the field's, else
    # unconfirmed (counts/other_readings), and so is an event's day that is only the day
    # something was said (days/other_days); a month and day written as a label with a colon
    # ("February 28: the talks collapse") is a date the free text may state
    "make_strengths32_cases": frozenset({"unread-number", "said-days", "list-dates"}),
    # session 32, readback32: a description with a country's or body's name that no one on
    # the page holds ("the US president added") points back to the one speaker before; a
    # sentence read back to that names two people gives the title to neither (unconfirmed)
    "make_readback32_cases": frozenset({"unheld-named-title", "two-named-title"}),
    # session 32, freewords32 (checks 51 to 71): a free text's word the article writes in
    # another form: initials of a capitalised run ("WFP"), a word glued to digits ("COP30"),
    # a country for its own office or chamber ("Ireland" for "the Taoiseach"), an opening
    # word the page writes as a verb ("Renewal": "renewed") or a party's plural ("Liberal win"),
    # an adverb of time; a tally's nought ("124 votes to none") and trillions; a plural or
    # participle opening a sentence that a word list says is never a name ("Ceilings stay")
    "make_freewords32_cases": frozenset(
        {
            "initials",
            "glued-digits",
            "national-bodies",
            "opening-forms",
            "nought-scales",
            "ordinary-openings",
        }
    ),
    # session 32, mastheads32 (checks 61-70): a head line's whole segment is the outlet when
    # its other segments are credits, dates, desks or kinds of piece; "A reporting",
    # "Diplomatic Editor A", "Outlet (A)" credit the writer
    "make_heads32_cases": frozenset({"head-outlets", "head-bylines"}),
    # session 32, review rvfw32 of freewords32: initials spell a run from its start to its end
    # or an office ("DOH" is no part of "Department of Homeland Security"); a chamber two
    # countries share backs neither ("Bundesrat"); surnames and teams that are common plurals
    # ("Sessions", "Rangers") are no ordinary opening; "zero-tolerance", "net zero" state no zero
    "make_rvfw32_cases": frozenset(
        {"initials", "national-bodies", "ordinary-openings", "nought-scales"}
    ),
    # session 32, review rvrb32 of readback32: the read-back never gives the description to a
    # person the page gives only another office ("said Ana Ruiz, the UN refugee chief", a
    # body's spokesman for its head and back), nor counts such a person as a rival
    "make_rvrb32_cases": frozenset(
        {"back-to-speaker", "holder-elsewhere", "spokesman-head", "between"}
    ),
    # session 32, review rvhd32 of mastheads32: a sponsor's, partner's, photo's or former
    # outlet is no publisher; a person, a place in capitals, a kind, a headline's subject is no
    # outlet; other head-line layouts; a subject's career role is no writer's credit
    "make_rvhd32_cases": frozenset({"lent-names", "not-outlets", "head-layouts", "head-credits"}),
    # session 32, review rvst32 of the lead's strength split: lengths in weeks or hours and
    # days given back from the saying ("walked out the day before") make the refusal strong;
    # label numbers ("Route 9"), a count's place ("in 3 hamlets") and a later clause's day
    # ("..., police said on Friday, ahead of a meeting on Monday") do not
    "make_rvst32_cases": frozenset({"reread-counts", "reread-lengths", "reread-days"}),
    # session 32, accepts32: a percent whose wording is a change's ("the surcharge rises by
    # 25%", "goods cost 25% more") is no tariff rate (counts/rate_words.change_size); a number
    # a relative clause's own verb takes ("the pit, which employs 600") is no count of a cue
    # before it (counts/count_reach.other_verb)
    "make_accepts32_cases": frozenset({"change-rates", "relative-verbs"}),
    # session 32, review rvpl32 of places32: a host's verb with another titled guest or a host
    # who is no party, a programme line naming another leader, a fronted call or two people
    # not together, a where-aside of a place left, a paper another party's event; "and in
    # Berlin with Merz", "At Mar-a-Lago on Sunday, ..."
    "make_rvpl32_cases": frozenset(
        {"rv-host-verb", "rv-trip-invite", "rv-layout", "rv-member-actors"}
    ),
    # session 32, review rvac32 of accepts32: a change's size without "by" ("climbed 25%",
    # "went up a further 10%", "a 25% increase in duties"), a comparison after a comma
    # ("tariffs of 25%, more than twice the cap" keeps 25), "went up to 25%" as a rise, and a
    # relative clause's verb of a group's size ("the guests, who numbered 260") is the count's
    "make_rvac32_cases": frozenset({"rate-after-change", "change-wordings", "relative-counts"}),
    # session 33, roles33: a role that is another office than every title the page writes of
    # the person (people/role_own_titles): another office noun or body ("Treasury Secretary"
    # for "Commerce Secretary X"), a fact box's next line, a rank word dropped or added
    # ("Foreign Minister" for "Deputy Foreign Minister X"); an affiliation the page ties to
    # another named person while tying this one to a body of their own
    # (people/affiliation_holders: "A of the Chicago Fed and B from Kansas City")
    "make_ownroles33_cases": frozenset({"title-office", "rank-qualifier", "affiliation-holder"}),
    # session 33, negated33 (checks 55, 57, 71, 72): a value stated only on the denied side of
    # a contrast ("10 votes to 2, not 11 to 1", "not on Monday but on Tuesday", "rather than",
    # "instead of", "did not receive 273 votes") is refused; "not only", "not until Friday",
    # "not far from", "no fewer than", "did not say whether" deny nothing
    "make_negated33_cases": frozenset(
        {"denied-count", "denied-day", "denied-place", "denied-actor"}
    ),
    # session 33: people from a party as another's object; a day of confirming the news; a
    # later clause's subject; an increment after the raised measure
    "make_accepts33_cases": frozenset(
        {"object-actors", "confirmed-days", "subject-counts", "increment-rates"}
    ),
    # session 33, counts33 (checks 64 to 73): an earlier clause is another occasion's only
    # beside the story's own tally near the count's word; a whole vote's count is the body's
    # size; a verb of beating's object is the loser; a change in percent read by its own word
    "make_counts33_cases": frozenset(
        {"occasion-tally", "whole-vote", "beaten-side", "change-share"}
    ),
    # session 33, review rvro33 of roles33: titles after "to"/"as", "Gov.", "Foreign Secretary",
    # dash labels; a party's initials, a body the person left
    "make_rvro33_cases": frozenset({"other-wording", "short-forms", "body-forms"}),
    # session 33, review rvng33 of negated33: values beside a denial of another fact kept;
    # "not, as reported, X", "wrongly given as X", "contrary to reports of X" denied
    "make_rvng33_cases": frozenset({"beside-count", "beside-day", "beside-place", "beside-actor"}),
    # session 33, when33: an event's day is the day its own verb is dated with, never the day
    # of another verb of its sentence (a resumption, an earlier agreement, an offer); a
    # truce's signature is its agreement, never its start
    "make_when33_cases": frozenset({"sibling-verb", "signature-start"}),
    # review rvac33 of accepts33: people a party sends as doers and objects (listed parties),
    # a confirming's day, a later clause's subject after a comma, a rise's size by "by"/"another"
    "make_rvac33_cases": frozenset(
        {"sent-people", "confirming-days", "later-subjects", "extra-rates"}
    ),
    # review rvct33 of counts33: an earlier figure named after "from" or "having stood at", a
    # part that voted, a score written loser first, a change in points or a level after "to"
    "make_rvct33_cases": frozenset({"earlier-figure", "vote-absent", "loser-first", "two-changes"}),
    # review rvwh33 of when33: the event's verb a synonym, a noun-phrase description's head,
    # a report that is the event, a start and an end, an aside's or a deal's day
    "make_rvwh33_cases": frozenset(
        {"synonym-verb", "noun-phrase", "report-event", "start-end", "other-wordings"}
    ),
    # session 34, named34 (checks 50-75): a quote's speaker where a name in its own sentence
    # was read as another speaker: post-nominal letters and an age between commas ("Deanna
    # Heer KC told", "Mr Hale, 81, replied"), a capitalised opening adverb or participle
    # ("Pressed again, she added"), a parenthetical "he said" after the words it reports, a
    # coordinated clause with its own subject after the quote ('"...", and X later told')
    # naming verbs' subjects past a gerund, a description's modifier, an opening word
    "make_named34_cases": frozenset(
        {"name-asides", "opening-word", "parenthetical", "own-clause", "naming-subject"}
    ),
    # session 34, status34 (checks 50-75): a status told by a verb and its tense, not a cue
    # word: "sat with Putin on Tuesday" held, "will hold talks", "agreed to meet again"
    # scheduled, "kept the duties in place", "kicked in" in force; never a negated, hoped or
    # conditional verb, nor the neighbouring stage
    "make_status34_cases": frozenset({"meeting-held", "meeting-scheduled", "measure-kept"}),
    # session 34, review rvnm34 of named34: an opening word that is a name, letters and ages
    # beside either person, parentheticals and passives of telling or naming with their agent,
    # clauses after a quote and ", adding:" after a named parenthetical
    "make_rvnm34_cases": frozenset(
        {"name-opener", "aside-person", "paren-passive", "after-clause"}
    ),
    # session 34, review rvrb34 of readback34: an apposition's other person, a fronted clause's
    # own subject or pronoun ("When he had gone, his deputy, X,"), a "she said" after a man's
    # subject or past a paragraph break, speakers in British and American title styles
    "make_rvrb34_cases": frozenset(
        {"apposed-neighbour", "fronted-clause", "sex-and-paragraph", "title-styles"}
    ),
    # session 34, numforms34 (checks 50-75): a count written in a form of English the number
    # reader did not read: a glued scale and a field's named scale ("£2.2bn" for "cost, £bn"),
    # an ordinal of a series ("for the 12th time", "was the 23rd record close"), zero by a
    # word ("No one in the placebo arm developed"), one by "a" ("a soldier was killed"), a
    # number noun ("a decade", "a fortnight")
    "make_numforms34_cases": frozenset(
        {"glued-scale", "ordinal-series", "zero-word", "one-article", "number-noun"}
    ),
    # session 34, review rvst34 of status34: the neighbouring stage ("signed a letter to Kim",
    # "kept in place until the court ruled", "remained in force until"), a title no other
    # person ("Mr Modi and Sir Keir chatted"), "stood together"
    "make_rvst34_cases": frozenset({"held-neighbour", "scheduled-neighbour", "kept-neighbour"}),
    # session 34, review rvnf34 of numforms34: a scale mismatch or a metre read as a million,
    # an ordinal that is a rank ("the third largest", "is 18th in the table"), a zero or one
    # in a question, condition, denial or modal clause, "not a single", "a second", a number
    # noun in a superlative's window or with a qualifier ("nearly a decade")
    "make_rvnf34_cases": frozenset(
        {"scale-review", "ordinal-review", "zero-one-review", "noun-review"}
    ),
    # session 35, numforms35 (checks 50-77): lakh and crore, a scale one space after its
    # number, a unit glued to it ("70mph", "40C"), a four-digit count before its plural noun
    # (a year stays a year), a fraction or "N in M" as a share, a range's end named by the
    # field's label, and qualifiers in other words and places ("as long as", "minimum",
    # "14 months at most", "past the mid-156 mark", "talked ... about a 9.9% stake"), and a
    # change's baseline after the number ("up 0.5 points on last year") no mark of its occasion
    "make_numforms35_cases": frozenset(
        {
            "scale-words",
            "glued-units",
            "count-years",
            "range-ends",
            "qualifier-words",
            "number-nouns",
            "change-baselines",
        }
    ),
    # session 35, numcues35 (checks 50-77): a count tied to its noun away from the cue window:
    # a partitive's predicate after its whole's plural noun ("Seven of the 19 policymakers
    # see ..."), a list's noun carried to its later items ("nine counts of X, 17 of Y"), a
    # count noun set to a number ("put the number of jobs ... at 6,000"), a hyphenated noun
    # ("a two-count indictment"), the earlier end of a change for a count that asks for it
    "make_numcues35_cases": frozenset(
        {"partitive", "list-ellipsis", "count-set", "compound-noun", "change-ends"}
    ),
    # session 35, standins35 (checks 62-77): an actor or party its evidence gives only by a
    # pronoun ("He admitted", "It reopened", "Its troubles") or a definite description ("The
    # airline", "the 54-year-old", "The Bank now expects") read back to the last fitting name
    # before it; a nearer fitting name, another class, a title or country the value lacks refuse
    "make_standins35_cases": frozenset(
        {
            "person-pronoun",
            "person-description",
            "body-pronoun",
            "body-shared",
            "body-class",
            "other-between",
            "no-standin",
        }
    ),
    # session 36, numcue36 (checks 50-79): a share held by its clause's subject through a verb
    # of having ("Anglo's investors will own about 62.4%", "Roads and bridges get 40% of the
    # money", "made up about 90 per cent", "accounts for over 70%"); a vote's score given by a
    # tally noun ("The count was 49-45"), a motion's fate ("went down 47-53") or "60-40 to ...";
    # a count of what is needed by a threshold noun ("The bar was 200") or "61 would have sufficed"
    "make_numcue36_cases": frozenset({"share-holder", "vote-tally", "threshold"}),
    # session 39, r3counts (checks 50-94): a count whose "share" is a unit of stock ("earnings per
    # share", "offer per Kellogg share, euros", "share price") read as a sum said share by share
    # ("$4.51 a share", "each Kellogg share at $23"); the value after "from" of a sized change
    # ("down 18% from $4.10") is the value before it
    "make_r3counts_cases": frozenset({"stock-share", "sized-from"}),
    # session 39, review rvr3counts of r3counts: a reviewer's per-share sums and share prices
    # (another currency's hundredths, the consensus beside, another sum's deed, the whole a
    # share is taken of) and sized changes ("points from 14 games" is no earlier value); its
    # GAPS below
    "make_rvr3counts_cases": frozenset({"per-share", "before-change"}),
    # session 38 round 2, r2counta (checks 86-91): a side's tally read from a match's score by
    # the verb of the result ("Leinster beat Munster 27-13", "Ajax were beaten 3-1 by PSV",
    # "lost 112-98 to the Suns"): the winner holds the larger number
    "make_r2counta_cases": frozenset({"match-score"}),
    # session 38 round 2, review rvr2counta of r2counta: a match's score not read as played
    # ("went down 2-1 to Hull", "after Spain beat Italy 3-0", "need to beat", "If Scotland
    # beat", "did not beat") or in a unit it does not count ("3-2 on penalties", "7-3 in
    # sets", "4-2 in Game 6", "6-4, 6-2", "New England" for England)
    "make_rvr2counta_cases": frozenset({"rv-score"}),
    # session 38, numread38 (checks 83-84): numbers as the page's house style writes them: a count
    # before a model's digits ("130 787 Dreamliners", "11 737 MAX 8s"), no space grouping on a
    # comma page; a bare "m" as a million on a page of glued money ("€820m", "57.9m"); digits
    # read out ("407 point six million", "132 dollars 62")
    "make_numread38_cases": frozenset({"designation", "magnitude-m", "read-out"}),
    # session 38, r2speakers (checks 86-91): a cited source credited with a figure or a judgment
    # and no verb of saying: the subject of a verb of reckoning ("X puts the bill at", "X
    # reckons"), the owner or maker of a measuring noun ("X's tracker", "polled by X")
    "make_r2speakers_cases": frozenset({"figure-maker", "measure-owner"}),
    # session 38, review of r2speakers: verbs and measure nouns that reckon nothing here ("calls it
    # a day", "placed third at", "Varga's world ranking", "recorded by The Hollow Pines"); a
    # pronoun or an alias of the value before a verb of reckoning ("Its count shows"); GAPS below
    "make_rvr2speakers_cases": frozenset({"verb-edge", "measure-edge", "other-maker"}),
    # session 38, r2actors (checks 86-91): the other side of a scored contest took part in it
    # ("beat the Atlanta Falcons 24-17", "edged Saracens by two points", "lost 3-1 to the
    # Dodgers"); a rout or beating with no score, a range, a fine's target stay acted on
    "make_r2actors_cases": frozenset({"contest-side"}),
    # session 38, review rv-r2actors of r2actors: a vote's tally or a year range after a name
    # ("the Hale nomination 51-49", "the Finance Bill 310-290", "in 2019-20"), an owner or fan
    # ("beat Elton John's Watford 2-0") is no match's side; its GAPS below
    "make_rvr2actors_cases": frozenset({"rv-contest"}),
    # session 39, r3actors (checks 86-94): an event's actor told by a definite description of
    # its kind ("the group", "the lender", "the builder") or by "it" as an active clause's
    # subject, read back to the salient organisation of that kind; its GAPS below
    "make_r3actors_cases": frozenset({"described-actor", "it-actor"}),
    # session 39, review rv-r3actors: a reviewer's described and "it" actors at r3actors' edges
    # (a public body is never "the firm", "Kessler Engines" names no "Ostrova-Kessler", a dummy
    # "it" of "It turns out", "It remains unclear when"); its GAPS below
    "make_rvr3actors_cases": frozenset({"rv-described", "rv-it"}),
    # session 40, review rv40a of gac40 and go40a: idle stand-ins ("it", "the company"),
    # owned persons and a premier, bare-noun margins and telling tags' days
    "make_rv40a_cases": frozenset({"idle-standin", "owned-person", "margin-told"}),
    # session 41, review rv41b of gsp41b and gac41: a figure's maker read from a bare
    # descriptor, an aside, "sees"/"thinks", two modifiers; "the company said" read back to a
    # named subject; "It"/"The lender" read back to the bare subject just before; its GAPS below
    "make_rv41b_cases": frozenset({"figure-maker", "company-back", "salient-it"}),
    # session 37, actors37 (checks 50-82): an event's actor given only by "he", "she", "his",
    # "her" or "him" on a page headed by that person ("the youth programme she created", "the
    # band he fronted"), read back however far while no other person who may be meant is named
    "make_actors37_cases": frozenset({"subject-pronoun"}),
    # session 37, review rvactors37 of actors37: another person a subject's pronoun may mean
    # (a kin noun's given name, a family member's full name, a surname that is a body's word,
    # "her deputy" in apposition, an owner pronoun's person between) and owner pronouns whose
    # person acts ("His successor raised", "Her attacker"); what older rules decide wrongly is
    # in GAPS below
    "make_rvactors37_cases": frozenset({"rival-person", "pronoun-role"}),
    # session 35, review rvnc35 of numcues35: a list item crossed with its neighbour's noun or
    # words, another count noun's number, "a two-country tour" as no count, an earlier word
    # that names the thing ("initial public offerings"), "versus"/"the current" as the earlier end
    "make_rvnc35_cases": frozenset(
        {"partitive", "list-ellipsis", "count-set", "compound-noun", "change-ends"}
    ),
    # session 35, review rvnf35 of numforms35: a compound scale ("₹2.5 lakh crore"), "a
    # 12,000-strong crowd", a year before "profits"; a dash range with scales and signs
    # ("£2m-£3m"), "minimum wage" no range's end; "a good 40%" and "fully 30%" as at least
    "make_rvnf35_cases": frozenset(
        {"scale-words", "units-years", "shares-ranges", "qualifier-words"}
    ),
    # session 35, review rvsi35 of standins35: a subject named before the value in its
    # sentence ("Acme sued Borealis. It said"), a second man, a quote's own speaker, a dummy
    # "it", a predicate, a role or nationality the page never gives, new heads ("the watchdog")
    "make_rvsi35_cases": frozenset(
        {"pronoun-rivals", "description-rivals", "not-standins", "new-heads"}
    ),
    # session 35, descspk35: a quote credited to a description of a person named before it
    # ("the 52-year-old told the court", "the Chilean president said", "her Peruvian
    # counterpart said", "his office said") read back by the stand-in reader
    "make_descspk35_cases": frozenset(
        {"age", "office-title", "country-description", "relation", "owned-office", "two-fitting"}
    ),
    # session 35, review rvds35 of descspk35: a description in shapes not tried ("the former
    # minister", "the 71-year-old Labour peer"), wrong speakers it seems to fit (the guest for
    # "the host", an age or apposition given to another), a bare title qualified
    "make_rvds35_cases": frozenset({"new-shapes", "wrong-fit", "qualified-title"}),
    # session 36, offices36: a quote credited to an office ("the secretary said", "the head of
    # government said", "Canada's prime minister said") for the one person the page gives that
    # office, or for a head of government or state the one it names with the country
    "make_offices36_cases": frozenset(
        {"office-given", "country-leader", "rank-and-former", "own-apposition"}
    ),
    # session 36, credits36: a quote credited by a frame other than "X said" ('"...," was the
    # message X posted', "That was how X put it.", "X's verdict:", "according to" a described
    # name, 'Its director, X, credited "..."') or standing in an interview's "A:" turn
    "make_credits36_cases": frozenset(
        {"same-sentence", "next-sentence", "lead-frame", "continued", "tail-frame", "answer-turn"}
    ),
    # session 37, freetext37 (checks 64-82): a free text's first word that is no name by its
    # grammar (a preposition, "Wind-down", a label's "Death of" beside the page's "died"), a
    # number whose scale is hyphenated ("$9.3-billion"), "ThyssenKrupp's", initials before "in"
    "make_freetext37_cases": frozenset(
        {"grammar-openings", "head-of-labels", "hyphen-scales", "name-forms"}
    ),
    # session 37, rvfreetext37: review of freetext37 (a surname with its affiliation after
    # "of", initials of a task or a UN body named by its place, hyphenated scales, possessives)
    "make_rvfreetext37_cases": frozenset({"label-heads", "name-forms", "openings", "scales"}),
    # session 37, readback37: a speaker the read-back gave to someone else: the speaker as the
    # subject of the quote's own clause, a "he told" after American punctuation ('"...," he
    # told'); a business called by its class ("the company", "the Oslo-based company"); a
    # doer's noun ("the winner", "the jury chief") for the one the page gives the deed
    "make_readback37_cases": frozenset({"closing-mark", "business-noun", "deed-noun"}),
    # session 38, readback38 (checks 83-85): a pronoun read back by grammatical salience (a
    # name before its apposition, even "Ted"; a pronoun subject after a fronted prepositional
    # phrase; "First win for X"); an organisation's description ("the airline", "the agency",
    # "the company") read back to the salient one of its kind, never past a nearer rival
    "make_readback38_cases": frozenset({"pronoun-subject", "body-description"}),
    # session 38, review rvreadback38 of readback38: a "he"/"she" after a fronted phrase whose
    # main clause names its own subject, a person who opens a sentence with "its" after a verb,
    # a person, a regulator's initials or another one of the kind for "the company"/"the
    # airline" ("the Trump administration", "A former pilot at the airline said"); its GAPS below
    "make_rvreadback38_cases": frozenset({"rv-pronoun", "rv-body"}),
    # session 37, the review of readback37: a reviewer's own quote-speaker cases (another's
    # label with a US comma, "the company" for a regulator or a person, a deed's noun for a
    # past winner or a former head); what older rules decide wrongly is in GAPS below
    "make_rvreadback37_cases": frozenset({"quote-speaker"}),
    # session 37, when37 (checks 50-82): a decision, pledge or announcement that exists by
    # being said, its day the saying's ("Norway is to buy five frigates, Støre said on Sunday",
    # "The winner was announced on Tuesday"); never a deed told later, an occasion ahead,
    # another side's saying or a report's day beside another day of the evidence
    "make_when37_cases": frozenset({"decision-said", "announced-event", "measure-said"}),
    # session 37, review rvwhen37 of when37: a forecast, a decision or announcement still
    # ahead, a decision with its own time, another side's speaker or subject, a measure's
    # extension or keeping, a shortlist or ceremony for a prize won; its GAPS below
    "make_rvwhen37_cases": frozenset({"decision-said", "announced-event", "measure-said"}),
    # session 38, review rvnumread38 of numread38: spaced thousands before a country's people,
    # a body's name or a lower-case compound ("1 250 Britons", "a 2 650-strong crowd"), a
    # count before another model's name, bare "m" lengths on a page of glued money ("the 100m
    # final", "spans 120m across"), a said price's currency and prices a comma parts; GAPS below
    "make_rvnumread38_cases": frozenset({"designation", "magnitude-m", "read-out"}),
    # session 38, countroles38 (checks 50-85): a count whose own words name its time ("a year
    # earlier", "in 2023"), a range's end ("low end"), a stance ("expected") or a change
    # ("percentage fall") takes the number the page gives that role; its GAPS below
    "make_countroles38_cases": frozenset({"range-end", "stance", "change-size", "named-time"}),
    # session 38, review rvcountroles38 of countroles38: a year back from the sentence's own
    # year, a previous quarter's count against "a year earlier", "profit before tax"'s
    # "before"; the level a change reaches, a beaten forecast, a vote's tally; its GAPS below
    "make_rvcountroles38_cases": frozenset({"range-end", "stance", "change-size", "named-time"}),
    # session 38, countclause38 (checks 50-85): a count's number read from its clause: an end
    # of a change counts the change's subject ("Registrations fell ..., from 137,071 to
    # 77,446"), a verb's object its nominalisation ("employed 3,000 people" are employees),
    # a partitive's predicate past an aside ("Three of the injured, a child among them, were")
    "make_countclause38_cases": frozenset({"change-end", "verb-object", "aside-part"}),
    # session 38, review rvcountclause38 of countclause38: a preposition of another clause
    # ("walked out at 14 of the pits"), another end's time, another owner's subject, a
    # partitive's predicate past its clause's end or denied; its GAPS below
    "make_rvcountclause38_cases": frozenset({"change-end", "verb-object", "aside-part"}),
    # session 38 round 2, r2countb (checks 86-91): what a qualifier's words govern: an article
    # between a preposition and a numeral ("under a 20-year deal"), a negated "more than"
    # ("rarely went above 6,000"), a modal before a verb of reaching ("could reach $140m")
    "make_r2countb_cases": frozenset({"framed-number", "negated-bound", "possible-reach"}),
    # session 38 round 2, review rvr2countb of r2countb: a level head after "below a" ("a 40%
    # threshold"), a negator of another verb ("not only sold over 40,000"), a reach asked
    # about, "near" before places; its GAPS below
    "make_rvr2countb_cases": frozenset({"framed-number", "negated-bound", "possible-reach"}),
    # session 38, credits38 (checks 50-85): a head's and a foot's credit fields name the page's
    # maker ("Edited by A", "Outlet | A | date", a sign-off) and its publisher ("By A, role,
    # Outlet", "Outlet live desk", "the editorial board of Outlet"); a subject's or a source's
    # label ("Interview | A", "Source: X") names neither
    "make_credits38_cases": frozenset({"maker-bylines", "maker-outlets"}),
    # session 38, review rvcredits38 of credits38: a reviewed work's maker ("Audiobook review |
    # <title> | Read by A"), a body a headline's clause names ("Tributes from the staff of X"),
    # a guest writer's organisation, a small town's dateline; its GAPS below
    "make_rvcredits38_cases": frozenset({"review-bylines", "review-outlets"}),
    # session 39, r3speakers (checks 86-94): a role described, then named between commas
    # ("The group's chief economist, X, said"; "said the bank's chief executive, X"), is that name
    "make_r3speakers_cases": frozenset({"apposed-name"}),
    # session 39, review rv-r3speakers: a name between commas that is not who the description
    # is (a role a phrase after the head holds, a verb's object, an opening phrase's); closed
    # in session 40 (gsp40a): the unnamed role subject, not the name, is a later "he"
    "make_rvr3speakers_cases": frozenset({"review-apposed"}),
    # session 40, review rv40c of gcr40, gcn40 and go40a's shares: a level at a change's
    # peak or once it applies, a count's own "excluding X", a time the aside qualifies otherwise,
    # a flow word in another sense, a share's subject standing for the count's owner; GAPS below
    "make_rv40c_cases": frozenset({"role", "score", "contrast", "share"}),
    # session 40, review rv40s of m40: gsp40a's role subjects, gsp40b's company descriptions
    # and credit lines, go40b's colon frames and described readings at their edges
    "make_rv40s_cases": frozenset({"review-speakers", "review-credits"}),
    # session 41, review rv41s of gsp41a: interview introductions that name the reporter by a
    # role noun, colon and credit frames past an apposition or with the giver's own agent, a
    # description that passed to another holder; GAPS below
    "make_rv41s_cases": frozenset({"answers41", "frames41", "described41"}),
    # session 41, review rv41p of gpa41: chairs, brokers, requesters, witnesses, tellers,
    # scrapped and missed meetings (occasions/third_parties.py) at their edges
    "make_rv41p_cases": frozenset({"review-over", "review-teller", "review-missed"}),
    # session 41, review rv41c of gcn41a and gcn41b: a match's result by a phrasal verb or a
    # bare participle, a tally "against", a bar noun's number, a share's holder past an aside,
    # a count in its unit after its comma; GAPS below
    "make_rv41c_cases": frozenset({"score", "bar", "share", "unit"}),
    # session 41, review rv41n of gcn41c. change: a change's size and its level against a
    # range of changes, a start dated by the count's time, "trebled"; object: "let N go",
    # stances' sums, a change's ends as one sum, "as few as ... as many as"; GAPS below
    "make_rv41n_cases": frozenset({"change", "object"}),
    # session 42, review rv42old of gac41b, gsp41b/gsp41c and gcn41b/gcn41c: actors read back
    # through a pronoun beside a relative sharing the surname or a kin noun's apposed name;
    # speakers: a source's name line against a writer's, a town in an outlet's name, "the
    # company said" read back; counts: a measure in the count's unit; GAPS below
    "make_rv42old_cases": frozenset({"actors", "speakers", "counts"}),
    # session 42, review rv42c of gcn42a, gcn42b and rv42old's bound-word rule: a measure of
    # stuff named by another word or its carrier's load, a share of a whole by another name;
    # "by A to B per cent" and a level named after it; a verb before "by" with its doers; a
    # score's apposed phrase; a limit said in other words; GAPS below
    "make_rv42c_cases": frozenset({"stuff", "changes", "bounds"}),
    # session 42, review rv42p of gac42 and gpa42: "it" read back past an object, a thing handed
    # on, a thing the sentence before brings in, "A X Group spokesman ... The group"; parties of
    # a meeting: chairs, go-betweens, missed and kept meetings, later pronouns, joiners, a
    # host's seat; an office "First" and an owned "last" of a decision's day; GAPS below
    "make_rv42p_cases": frozenset({"review-it", "review-party", "review-time"}),
    # session 42, review rv42s of gsp42a, gsp42b and rv42old's speaker mends: a passive of
    # describing against a relative clause about the speaker; a header's possessive against
    # owned words of more than two words; a holder who left the post against one who left
    # something else or a namesake; a regulator's label against a trade's agency; the read-back
    # past a body's sentence; a business brought in unnamed against the subject described so;
    # a name line's paragraph that quotes others; GAPS below
    "make_rv42s_cases": frozenset({"speakers", "company"}),
    # session 43, review rv43a of gac43 and gsp43: "It" after "paid", an answer, a saying's
    # clause, "It took", an owned thing; an owner's person who acts; "the company said" for a
    # business a post's noun describes, "Hugo Boss", a cause's "Group"
    "make_rv43a_cases": frozenset({"actors", "speakers"}),
    # session 44, closer gsp44a: "the company said" for a business shown by its trade ("Fund
    # manager X", "X, the supplier"), "Envoy Air" past its title's word, a hyphened qualifier
    # beside another business; "the department/institute/centre said" for "X for A and B";
    # "the winner said" for the one a prize "went to" or a passive's "by" names
    "make_gsp44a_cases": frozenset({"firms", "bodies", "deeds"}),
    # session 44, review rv44a of gsp44a: "the company said" against a person with a field
    # manager's post or a job's apposition ("a lab technician", "a software developer"), a
    # titled person's "Bank of England Governor"; "Department for X and Ofsted" when only the
    # department spoke; "the winner said" against a prize not awarded, dated, gone to the kin
    # of a possessive, a first set "won by"; GAPS below
    "make_rv44a_cases": frozenset({"firms", "bodies", "deeds"}),
    # session 45, closer gsp45a: "the champion/winner said" for a title taken or a jury's
    # choice, the doer behind a place's possessive or a kin's apposition, against an earlier
    # deed ("once headed by", "Earlier,") and two doers together (unconfirmed); "he said"
    # past an opening participle's phrase ("Leaving Downing Street, X said")
    "make_gsp45a_cases": frozenset({"taken", "owned", "occasion", "opener"}),
    # session 45, review rv45a of gsp45a: "the champion/winner said" against "claimed" as
    # speech, a book's title taken, a title taken "last year", a jury naming its chair or a
    # shortlist, a jury's choice of a kin's apposition or of another year, a club's or a
    # two-word country's possessive; an earlier deed's marker that times something else
    # ("Previously unranked,", "Earlier, X, who chairs"), "and" joining a doer to a firm or a
    # clause, semi-final winners; "he/she said" past an office's "-ing" modifier ("Managing
    # director Rob Ames,"), a gerund subject, a comma inside the phrase; GAPS below
    "make_rv45a_cases": frozenset({"deeds", "occasion", "opener"}),
    # session 43, review rv43g of fa43a and fa43s: "the company"/"It" past a surname, a
    # country, a legal ending, one letter; "the office said" for "X for Y"; a source "from X
    # data", "per X estimates", a named index, joined by "and"; GAPS below
    "make_rv43g_cases": frozenset({"actors", "speakers", "sources"}),
    # session 42, fa42c: "picked up" tells a rescue; refused: the dead, the missing,
    # rescuers, the rescuing boat's own passengers, the whole aboard
    "make_fa42c_cases": frozenset({"pickedup"}),
    # session 42, fa42s: speakers of checks 50-94's false alarms: a name apposed to the
    # description its clause opens with ("Halden's chief economist, Mia Dal, gives"), a quote
    # taken as the object before "rather than" or "instead of"
    "make_fa42s_cases": frozenset({"apposed", "rather"}),
    # session 43, false-alarm cutter fa43p: a dateline's place for an event whose body has a
    # month's abbreviation ("on Sept. 30"): a day, not another occasion's place; a word after a
    # verb is its object place only past one space and when no title ("ousted President X")
    "make_fa43p_cases": frozenset({"dateline", "object"}),
    # session 43, fa43c: a person's age in English's own forms ("a 41-year-old nurse", "Ames,
    # 58,", "aged 49", "He was 88."); refused: another person's age, a bracket ("aged 65 and
    # over"), a number that is no age
    "make_fa43c_cases": frozenset({"age"}),
    # session 43, review rv43f of fa43p and fa43c: a place whose name opens with a month's short
    # form or a title ("at Jan Mayen", "battered Prince Rupert"), two spaces before an object
    # place; another person's age: an owner's apposed ("The driver's passenger, a 26-year-old,"),
    # a pronoun of the other sex than the sentence before tells of ("his mother ... She was 93.")
    "make_rv43f_cases": frozenset({"place", "age"}),
    # session 43, review rv43b of gcn43b: a bound told after the reached number or by a bound's
    # noun the rule did not know, a modal of likelihood; lengths "from" a place, altitudes
    # "high", breadths "across", a comma before a comparative, routes crossed; a bare "m"
    # after a verb of change or "measured" before people; a mark of days passed; GAPS below
    "make_rv43b_cases": frozenset({"bounds", "dimensions", "units"}),
    # session 43, fa43a: a company's stand-in ("the company", "it") read back past names of no
    # body between: a person's surname, a country of several words, a legal ending ("Co.");
    # refused: another company between, a person as the company's actor
    "make_fa43a_cases": frozenset({"rival-between"}),
    # session 43, review rv43c of gcn43a and gcn43c: a share's owner in asides and possessive
    # subjects; a passed score's "against" past another clause's passage, a result's score
    # against "lost 30-40 of", a bar noun's "of" and a minimum that is the count's own
    # measure, "than" past a mark; an earlier time of another clause, an expected figure
    # against the outcome, who estimates; GAPS below
    "make_rv43c_cases": frozenset({"shares", "tallies", "times"}),
    # session 43, fa43s: speakers and sources of checks 50-100's false alarms: "the office
    # said" for the "Office for ..." named nearest before; a source whose data a preposition of
    # drawing takes ("from X data"), whose named title is a measure ("X's Global Freight
    # Index"), or joined by "and" to a maker credited just before it
    "make_fa43s_cases": frozenset({"for-body", "measure-maker"}),
    # session 44, fcu44: every word of what a count counts in its number's sentence, one
    # beyond the window, read when no other number of the evidence is the count; against
    # another noun, an age, a date, a year, "by", another clause, a negation, "the rest",
    # another number between, a partitive's part, a word of the count the sentence lacks
    "make_fcu44_cases": frozenset({"far", "words"}),
    # session 44, closer gcn44b: a month named as a count's time ("trade deficit in April")
    # and "in the previous quarter" after a number; a range's end told of another year; a bare
    # sum set against a per-share sum ("short of the $4.56 consensus") or added by "plus" to
    # each share's consideration, the forecast's figure refused to a count of the result;
    # the page's own "lowest"/"highest" before the plural its range counts; initials before
    # a noun of people ("1 350 NHS nurses") name no model
    "make_gcn44b_cases": frozenset({"times", "ranges", "per-share", "designation"}),
    # session 44, gcn44a: a person's age against another's: an age standing alone after another
    # person is brought in, "a 45-year-old" opening a new person, an owner's relative apposed,
    # the person's own age elsewhere in the sentence, a golfer's round score
    "make_gcn44a_cases": frozenset({"lone", "owner"}),
    # session 44, closer gac44: a name that is the object of a verb whose subject is a pronoun
    # opening the clause ("He called Oduya"), a "she" of an adverbial clause marking the
    # sentence's subject ("Pike comes from Vell, where she ran"), a passive stand-in with an
    # active clause of its own ("and has cut"); a chair or teller who led one side, the host a
    # pronoun opening the sentence names ("At the summit she hosted, ... in the presence of
    # X"); one word of an outlet's name the page writes as a place ("in the Wolds")
    "make_gac44_cases": frozenset({"actors", "parties", "outlets"}),
    # session 44, closer gsp44b: a cited source's possessive measure that is its own ("Okafor's
    # goal tally rose", "X's data centre") against one it made ("X's index of London rents
    # rose 2.1%"); a figure's maker by a pronoun opening the evidence ("She estimates") or by
    # its bracketed alias ("ONS figures show"); a trade before the name or in apposition; a
    # quote's lead-in that relays another's words ("passed on her message:", "read out on
    # behalf of Y", "quoting Y") against the relayer's own words ("and added:", "her own");
    # "the text/assurance/ultimatum/apology" given by X in a credit frame
    "make_gsp44b_cases": frozenset({"owned", "back", "descriptor", "relayed", "credit-noun"}),
    # session 44, review rv44c of gcn44a: a standing-alone age after the person's own name
    # ("named by police as"), an apposed "a mother of four", a body joined or left; "was a
    # 12-year-old boy" said of the subject's head, "was just a 17-year-old"; an owner in the
    # count's words, a golfer's age beside the score told, "a round of talks"; GAPS below
    "make_rv44c_cases": frozenset({"copula", "lone", "owner"}),
    "make_fsp46a_cases": frozenset({"past", "rival", "subject"}),
    # session 46, review rv46b of fsp46a: a "he"/"she" read back to a sentence whose first name
    # modifies its subject's noun ("Hollis aides briefed", "Merrick loyalists walked out") or
    # an office whose holder is the subject ("Ferris adviser Sue Pike was blunt"), a
    # business as the subject ("Halden Motors named X"), a surname the page also writes in
    # lower case ("Price scored twice" beside "a price"), against the speaker as subject in
    # other outlets' styles and a no-person subject read past; GAPS below
    "make_rv46b_cases": frozenset({"past", "subject"}),
    # session 45, closer gcn45c: "let N people go" as a dismissal's count ("let about 400 of
    # its 1,100 workers go last year"), against a release ("go home early", "go on strike",
    # "go out on loan"), "let N staff work from home", and another verb's number beside it
    "make_gcn45c_cases": frozenset({"letgo"}),
    # session 45, review rv45g of gcn45c: "let N people go" denied, asked or supposed ("did not
    # let", "Will ... let", "would have let"), a release the list lacked ("go abroad", "go
    # part-time", "go unpaid"), against a dismissal's manner after "go" ("with immediate
    # effect", "for gross misconduct", "to cut costs", "on the spot"), a group joined by "and",
    # and a cutting "-ed" verb's own count beside a let-go one ("axed 200 jobs"); GAPS below
    "make_rv45g_cases": frozenset({"letnear", "letstyle"}),
    # session 44, review rv44b of gcn44b: a month told of another year ("in April 2025") or of
    # two numbers of the sentence; a range's end for the time a forecast is for, not the time
    # it was made; the page's "lowest"/"highest" with a number of its own told of another
    # route, plant or year; a bare sum set against a per-share sum is never the
    # result's ("the $2.90 Wall Street was looking for", a rival's, an earlier quarter's); a
    # model's capital suffix before crews ("48 737 MAX pilots"); GAPS below
    "make_rv44b_cases": frozenset({"times", "ranges", "per-share", "designation"}),
    # session 44, review rv44f of fcu44: the sentence-cue rule held to the number's own bound
    # ("no more than 6,500"), to a count's word that heads its phrase (not "Relatives of the
    # hostages", "The nurses who cared for the miners"), to a number stated now (not "had been
    # expected to reach", "compared with", "last season's 45", "by a team of 30", "a camp that
    # already holds"); the right value in other outlets' words; GAPS below
    "make_rv44f_cases": frozenset({"bounds", "heads", "frames"}),
    # session 44, fcu44b: a count named in one word of a family (population, jobs, staff,
    # attendance, remains, cancellations, phones) read beside another member's; GAPS below
    "make_fcu44b_cases": frozenset({"people", "things"}),
    # session 44, review rv44d of gac44: a name after a pronoun that is not its verb's object
    # (a cleft "It was Kerr who", "He and X founded", "watched Kerr score", "sent X to
    # negotiate", a dummy "It took X"), a "she" of a clause meaning the one taken over from,
    # the agent's own answer after a passive deed, "and has not responded"; a summit a pronoun
    # hosted watched by another described person, a chair or teller of a third party's team;
    # a one-word outlet's short name after "on", "at" or "from" ("on CBS", "at Bloomberg")
    "make_rv44d_cases": frozenset({"actors", "parties", "outlets"}),
    # session 44, review rv44e of gsp44b: a measure the name made "of" a number ("YouGov's poll
    # of 2,104 adults") against a place's or body's measure another made ("Japan's survey ...,
    # the Bank of Japan said"); a pronoun opening the evidence that means the one the name
    # owns or is of the other sex, a bracketed party or country that is no alias; a trade
    # beside the name against its deed or plan; a relayed quote's owner against a relay told
    # of another ("as his lawyer read out ... on behalf of"), "quoting Ed Marr's biographer"
    "make_rv44e_cases": frozenset({"owned", "back", "trade", "relayed"}),
    # session 44, review rv44g of fcu44b: a family member counting another group or deed in
    # the count's sentence (jobs kept, a stock's verb, a plan, other devices); GAPS below
    "make_rv44g_cases": frozenset({"people", "things"}),
    # session 45, closer gsp45b: "the treasurer/coroner said" credited to the one the page
    # names so past a "former" holder, a namesake's or a non-post ending, to "the new coroner"
    # after the first's ending; refused one "dismissed by" the club or whose "He retired";
    # "the housebuilder said" read back to the business called "it"
    "make_gsp45b_cases": frozenset({"holders", "ends-trades"}),
    # session 45, closer gcn45b: a count's family member read as the count's own noun would
    # be: another year in the number's own clause ("hire 800 staff next year"), members kept
    # out of the counted place ("fans without tickets ... outside"), a member before its
    # number ("the bodies of 24 others", "have yet to release the bodies of 9"); a count of
    # cancelled things told by another deed ("delayed 900 more", "were diverted"); "units of"
    # another product, "any of its 4,500 positions", "once had 1.8 million residents"
    "make_gcn45b_cases": frozenset({"time", "turnout", "before", "cancel", "stock"}),
    # session 45, gcn45a: a count's number framed in its own clause as a hope, a former or
    # another time's value, or asked in a yes-no question; a count of an earlier period
    # against a comparison naming that period with no number ("up from the prior year")
    "make_gcn45a_cases": frozenset({"frames", "bases"}),
    # session 45, closer gac45: "It" or "The company" after "A sold <thing> to B" doing
    # something ahead with the thing (its noun after "the", or "there") is B; with the sale's
    # money or "its other <thing>", A (people/transfer_holders.py); a cited source's figure
    # given by "He"/"She" of the other sex than the page marks the name, "They expect" for a
    # body's staff, "The ratings agency, Moody's, expects" (bylines/back_makers.py)
    "make_gac45_cases": frozenset({"holder", "sources"}),
    # session 45, review rv45b of gsp45b: a "He"/"She" after the holder's sentence that is
    # another person's, a game's out ("was dismissed by the leg-spinner", "replaced by Mia Cole
    # in the 70th minute") against real endings; "the treasurer said" past a holder beside
    # another who ends, a time or link before the pronoun, a former holder back in the post;
    # "the housebuilder said" beside a supplier or a council, a government's own agency; GAPS
    "make_rv45b_cases": frozenset({"endings", "handed", "trades"}),
    # session 45, review rv45d of gcn45a: a hope word of another role in the number's clause
    # ("carry the hopes of 12,000 travelling fans", "Hope Hospital", "hope the 12,000
    # signatures collected so far will"), a rhetorical question ("Is it any wonder that"); a
    # "once"/"formerly" of a participle ("The mill once owned by", "(formerly Clarke Group)");
    # a count of an earlier period dated before its number ("In the previous quarter, ...,
    # down from the year before"), "640 patients, from 22 villages"; GAPS below
    "make_rv45d_cases": frozenset({"hopes", "formers", "bases"}),
    # session 45, review rv45c of gcn45b: a year in the number's clause that names no time of
    # the count's deed ("Vision 2030", "killed in 1944") when the count's year opens it; a
    # turnout's manner or event's place ("attended the derby without incident"); a reporter's
    # verb or "others" before a member's phrase; a count naming the other deed ("delayed or
    # cancelled"); "all of its 900 roles"; "units of its new flagship model"; GAPS below
    "make_rv45c_cases": frozenset({"time", "place", "before", "deed"}),
    # session 45, review rv45e of gac45: the giver of a thing handed on still acting about it
    # (a stake sold, leased back, run until the deal closes, rent collected, the lost award
    # challenged or bid for), a third party's "The union"/"The regulator", a hope, a present
    # "It is still"; a cited source's "They expect" after a later plural clause, "He" after
    # another's "her", a name's own 's against deeds, passives and others who "expect"
    "make_rv45e_cases": frozenset({"holder", "sources"}),
    # session 45, closer gcn45d: a bound parted from its number by a set-off aside ("more
    # than, by their own count, 2,000"), against a particle before the aside, no bound
    "make_gcn45d_cases": frozenset({"asides"}),
    # session 45, review rv45f of gcn45d: a bound ending the clause before an opening phrase
    # ("a day at most - by Thursday, 80"), against the number's own bound in other styles
    "make_rv45f_cases": frozenset({"borrowed", "styles"}),
    # session 46, review rv46m of the merge's mend f4106c2c: a former count dated by a time its
    # sentence names ("once had 12,000 residents in the 1950s", "Back in the 1950s, ... once
    # had") against a time or digits of another clause, place or name ("which closed in 1998",
    # "Terminal 3", "the 1960s Haldane estate", "in 1950" for "in the 1950s") and a former
    # plan, promise, belief or denial ("once promised ... by 2020", "never once had"); GAPS below
    "make_rv46m_cases": frozenset({"dated", "another", "hope"}),
    # session 46, false-alarm cutter fcu46a: a number glued to the unit the count's what names
    # ("550g" in grams, "67p" in pence), a glued minus ("-5,628"), an ordinal before the
    # what's head words ("their 20th wedding anniversary"), against codes ("B52", "G7"),
    # another measure's unit, the other sign, dates, ranks, centuries and names; a number
    # after a month's name and a comma is no day ("July, 6.25 million"); a denial's words end
    # at an em dash ("rather than five \u2014 and ... from 32g"); "60 residents signed a
    # petition" is no population; GAPS below
    "make_fcu46a_cases": frozenset({"glued", "signed", "ordinal", "dated", "dashed", "acted"}),
    # session 46, review rv46a of fcu46a: a glued unit named only after "per" in the count's
    # what, another's or an earlier signed value past the occasion guards, an ordinal of
    # another owner, span or thing ("its 8th policy meeting" of the Fed, "100th goal for the
    # club"), a plan's ordinal, "All 60 residents signed", "60 residents aged ..."; GAPS below
    "make_rv46a_cases": frozenset({"glued", "signed", "ordinal", "edges"}),
    # session 46, false-alarm cutter fsp46b: a quote credited to "the [modifiers] NOUN" ("the
    # justice shot back", "the Leeds mayor said") read against the nouns the page ties to names
    # before it (a title, an apposition either way, a copula, "X ... . The Sweden striker"):
    # the speaker when tied alone, refused for one other tied alone; two holders left alone
    "make_fsp46b_cases": frozenset({"tied", "rival"}),
    # session 46, review rv46c of fsp46b: the principal of "a spokesman for the governor said",
    # a description in a clause set inside the quote's sentence ("When the justice asked ...,
    # Mr. Sauer replied:"), a stand-in ("the interim coach"), another's post behind a
    # preposition ("a candidate for mayor"), against the holder's own credit in other styles
    "make_rv46c_cases": frozenset({"borrowed", "voiced"}),
    # session 46, fac46: a body's "the company", "the group" or "it" read as the page's topic
    # past the near reach, or past a name once on the way; against a rival in the stand-in's
    # paragraph, the sentence before or opening one of the three before, a value no topic
    "make_fac46_cases": frozenset({"short-form", "topic-description", "topic-pronoun"}),
    # session 46, review rv46d of fac46: "it" or "the company" past the near reach against a
    # thing or another body opening the sentence before, a rival opening the paragraph before
    # (by name, in capitals, lower case first), a parent's shorter name, an object description
    "make_rv46d_cases": frozenset({"far-description", "far-pronoun", "far-short"}),
    # session 47, widener wide47c: a count's word with two stems met by a synonym far from the
    # number ("The death toll from ... has climbed to 64"); "By July 15 the toll had reached
    # 54"; the one number of a count's evidence against a change's amount, a skipped glued
    # number, another noun, a rate, a negation, a label in other words than the page's
    "make_wide47c_cases": frozenset({"stems", "sole", "dated"}),
    # session 47, review rv47c of wide47c: a synonym standing in for a count's word of two
    # stems far from the number (another place's or group's toll, "Livestock losses", "Diesel
    # sales"); a toll or total after a date's day or a year against another thing's total, a
    # year-shaped count ("entered 1950 homes"), the number past the date counting another deed,
    # a bare toll for the missing; wide47c's dropped must-fail totals beside their right readings
    "make_rv47c_cases": frozenset({"synonym", "dated", "total"}),
    # session 47, widener wide47s: a quote credited to "the Belgian", "the Frenchman" or "the
    # 64-year-old" the page tied to one person; a title's holder written with initials ("J.D.
    # Vance"); a capitalised portfolio joined by "and" ("The Minister of Information and
    # National Orientation, X,"); "he said" read back to a chain head whose subject is an office
    "make_wide47s_cases": frozenset({"people", "initials", "portfolio", "chainhead"}),
    # session 47, review rv47s of wide47s: "the Belgian"/"the 30-year-old" in another role
    # ("said the German coach", 'X said the Belgian "..."'), bodies ("the Taliban said"), ties
    # the page makes to another; "he said" past "The minister's spokesman ..."; portfolios
    # joined by "and" to another's office, initials
    "make_rv47s_cases": frozenset({"people", "chainhead", "offices"}),
    # session 47, widener wide47w: an event's day written only in a dated head opening its
    # sentence ("TOKYO, 6 September - ..."), a party's own announcement dating its deal, plan
    # or results ("said Monday it will buy"), a country named by its people's adjective on
    # residents or a home market ("Italian women", "British shoppers")
    "make_wide47w_cases": frozenset({"headed", "announced", "market"}),
    # session 47, review rv47w of wide47w: a dated head's day against a plan, a possibility, a
    # report by an unlisted verb or a former act under the head; a party's announcement against
    # a possibility, a planned change to a level, a former or rank-and-file member as the
    # subject, "they" for regulators; a people's adjective against nationals abroad or hurt,
    # a place after "at the" or "to", another people's adjective first, "Latin American"
    "make_rv47w_cases": frozenset({"headed", "announced", "market"}),
    # session 48, rule writer cl48w: an event's date or place against another occasion's in
    # the same sentence (a relative clause, a clause of time, a party's aside, a parenthesis,
    # a second clause with a new subject) and the event's own in such sentences
    "make_cl48w_cases": frozenset({"clause_day", "clause_place"}),
    # session 48, review rv48w of cl48w: an event's own date or place beside a clause that
    # holds more of its description, before ", when" / ", where", in its own site's aside
    # ("The refinery, built in Pembroke,"); against another occasion's in "whose" and "who"
    # clauses, a second clause, a "that" clause, a party's birth, founding or home
    "make_rv48w_cases": frozenset({"owner_day", "owner_place"}),
    # session 49, rule writer cl49w: an event's place written only as a party's (a compound,
    # a longer name, a word for a party) or in another act's sentence, a place or date only in
    # an earlier or later act's clause, while the event's own clause states its own
    "make_cl49w_cases": frozenset({"party_place", "elsewhere"}),
    # session 49, review rv49w of cl49w: the event's place inside a site's name ("Manchester
    # Airport was closed"), a party noun for premises ("A London school was locked down"), a
    # sentence at the scene without the act's words ("Officers were called to Mare Street",
    # "Residents of Paiporta described"), a date in a clause naming the event by a compound
    # ("following Tuesday's earthquake"), against a party's place in other shapes
    "make_rv49w_cases": frozenset({"party", "sentence", "clause"}),
    # session 48, rule writer cl48a: the party a one-sided act is done to or given to (the one
    # bought, fined, sued, beaten, awarded a contract) as its object, passive subject or a
    # relative's antecedent, against its doer as subject, "by" agent, owner of the act's noun,
    # apposition, short form, headline and bullet, and partners of verbs done with someone
    "make_cl48a_cases": frozenset({"object", "passive", "shape"}),
    # session 48, review rv48a of cl48a: the doer in the progressive ("is buying", "has been
    # investigating"), as the subject of a clause of its own after the act's word ("the fine
    # the FCA imposed", "... and UEFA fined the club", "After a two-year investigation the
    # Competition Bureau fined"), after an agent noun ("Chief prosecutor Tamara Ellis"), a bid
    # "from" its bidder, a relative's antecedent an order or report hands the act to ("which
    # Trump ordered to investigate"), against the one bought, fined or charged in those shapes
    "make_rv48a_cases": frozenset({"aspect", "own-clause", "doer-word"}),
    # session 49, rule writer cl49a: the act told by another word of its class or from the
    # other side (a purchase as a sale, a gift as its receiving, a signing as a payment, a
    # lawsuit as "sued", strikes as "hit", "ruled that", "replaced X with Y") and in clause
    # forms ("Y, the maker X bought", "Y, fined by X", "whom the regulator fined", "gets
    # acquired by"), against the doer, the buyer after "to", the giver after "from", the winner
    "make_cl49a_cases": frozenset({"converse", "class", "clause"}),
    # session 49, review rv49a of cl49a: the right party told from the other side (a winner
    # "has been awarded", the seller as owner of what is bought, a party selling and buying on
    # two occasions), "charged £2 million" as a price; against the recipient, seller, payee
    "make_rv49a_cases": frozenset({"converse", "class", "clause"}),
    # session 50, rule writer cl50a: a name the event's sentence gives another act (a fronted
    # "After X raised its bid," clause, "In the case brought by X,"), the far side of a move
    # ("join ... from X", "took over ... from X", "succeeded X"), a title's loser, an
    # agreement's "with" party or a backer's "by" for a one-sided act, a gapped breakdown;
    # against the subject after a fronted clause, a joint act's second party, a match's loser
    "make_cl50a_cases": frozenset({"fronted", "source", "partner"}),
    # session 50, review rv50a of cl50a: the true doer in near variants of cl50a's readings
    # (the fronted clause's own act, a fronted clause after a dateline or colon, "from" of a
    # noun's phrase, the far side's own retirement or delivery, a two-sided act's second party,
    # a partner told buying in its own relative clause, a backer owning the fund); against
    # another act's party, a move's far side, a partner, a backer, a title's or fine's loser
    "make_rv50a_cases": frozenset({"fronted", "moves", "partner"}),
    # session 48, rule writer cl48r: a title or body the page attaches by apposition, relative
    # clause, "of"/bracket or a title before the name to another person only, refused for one
    # with a post of their own; kept in every shape the page attaches it to this person
    "make_cl48r_cases": frozenset({"role", "affiliation"}),
    # session 48, review rv48r of cl48r: a title or body shared by joined names ("Senators X and
    # Y", "X, Y and Z, all directors of"), given by initials ("of the IMF", "the AfDB's"), by a
    # successor ("has replaced X, the chair"), a stand-in or pronoun after an opening ("As mayor,
    # she"), a root of the value ("who runs the health ministry"); against others' posts
    "make_rv48r_cases": frozenset({"role", "affiliation"}),
    # session 49, rule writer cl49s: "the company/firm/group said" or a trade's noun read back
    # past people and public bodies to the business the page last named, never to a person
    # the page describes as one, nor to a body acting on a business it names by its noun
    "make_cl49s_cases": frozenset({"past", "people"}),
    # session 49, review rv49s of cl49s: "the company/the lender/the group said" against a
    # business of another trade or role named last ("the lender" after its borrower, "talks
    # with X collapsed", "A pit run by X"), a campaign group; businesses a page writes with a
    # person's marks ("X, who manage the block,", "X, a major investor in")
    "make_rv49s_cases": frozenset({"walk", "person"}),
    # session 49, rule writer cl49f: a body the person only acts on (sued, met, wrote to, told,
    # visited, criticised, negotiated with, fined) or names only away from a person with a body
    # of their own, refused as their affiliation, against their own body in every shape
    # session 54, GAPS closer gf54: a body the person has left, beside the one they hold now
    # (left_bodies); a namesake of their own body and a rival of the story's subject, named
    # apart from them (apart_bodies)
    "make_gf54_cases": frozenset({"left", "namesake", "stand-in"}),
    # session 54, review rv54f of gf54: a body the person is still with, written in a past frame
    # (returned, a past rank or post there, "until 2029"), two bodies now, a parent, arm or brand
    # of their own body, "the airline's" after a regulator, court, union or exchange opened the
    # story; against left bodies, namesakes, the other body and the body moved to or from
    # ("joins from", "poached from", "the outgoing"); the confirm-only mode on left bodies
    "make_rv54f_cases": frozenset({"still", "both", "namesake", "stand-in", "moving", "confirm"}),
    "make_cl49f_cases": frozenset({"object", "own", "beside"}),
    # session 50, rule writer cl50f: a body acting against the person (a passive's agent, "is
    # under investigation by", "faces a lawsuit from", "is suing", "took X to court", a dispute
    # noun), a second verb's object or a contest's other side ("as Rovers beat X", "lost to"),
    # or named away from a person whose own body follows an age ("X, 24, of Y,"), refused as
    # their affiliation, against their own body in the same shapes
    "make_cl50f_cases": frozenset({"passive", "second", "away"}),
    # session 55, fresh-miss writer af55: a body written bare before the person's title run
    # ("TD Cowen analyst X", "Roscosmos cosmonaut X") makes another body of their story (the
    # firm an analyst writes about, the other agency, another person's firm) no affiliation of
    # theirs; a firm's or an institute's president holds no public office; against the body
    # itself, its initials, a parent, a second body tied to them, a past body, "Union president"
    "make_af55_cases": frozenset({"runbody", "firmhead"}),
    # session 55, false-alarm writer sk55: a treaty, accord or law the page describes with place
    # words ("the treaty between Moscow and Oslo") is no person an epithet ("The Russian
    # leader ... he said") can mean: the quote is the person named before, never the treaty
    "make_sk55_cases": frozenset({"treaty"}),
    # session 57, false-alarm writer sp57: a body's quote credited "it said"/"It said" (a Q/A
    # answer too) or a group's "they wrote" right after a sentence naming the body alone: the
    # body's; against a person of the body, the quote's topic, a neighbouring quote's speaker,
    # a body the sentence before acts on, a body two sentences back, a relayed body
    "make_sp57_cases": frozenset({"it_credit", "they_credit"}),
    # session 57, review rv57s of sp57: "it said"/"they said" after a sentence naming the body
    # and another party (a person of it, another body in capitals or lower case, a product, a
    # country), a person as the value, "it" for a report, ruling, plan or letter, "they" for
    # people named by a plural noun, and the body in plain shapes
    "make_rv57s_cases": frozenset(
        {"crowded", "person_planted", "it_thing", "they_group", "plain_body"}
    ),
    # session 58, false-alarm writer sp58: a quote credited "the company/retailer/lender said"
    # on a page whose headline opens with the business and which names it last before the
    # credit: the business's; against a person of it, a rival, a regulator, a union, the
    # parent company, another business named (or described: "a smaller carrier") nearer
    # and a quote inside the clause a named speaker reports ("X, Y's chief, said the Ostmark
    # lender plans ... and aims to "..."", "said the Transport Secretary "has no idea"") as
    # the speaker's; against the clause's subject when a verb gives it words, a name, a view,
    # a wish or a finding ("had branded", "felt", "wanted", "showed") or an agent ("by")
    "make_sp58_cases": frozenset({"headline_business", "nearer_name", "reported_clause"}),
    # session 58, review rv58s of sp58: "the company/airline/chain said" on a page whose headline
    # opens with a name: the business passes; a person the headline opens with, a customer,
    # borrower or buyer described in lower case, a clause after the credit that gives another
    # its words ("the company said the regulator had described ..."), refused; a quote in the
    # clause a named speaker reports, against a verb giving the clause's subject the words
    "make_rv58s_cases": frozenset({"headline_credit", "report_clause"}),
    # session 56, review rv56s of sf56: a quote credited to "the [modifiers] NOUN" against
    # another body of the noun in another form ("the council in Ashby", "the two committees",
    # "A board set up by ...", only after the quote, only in the headline), a person whose
    # title holds the noun, another quote's credit, the body as the quote's topic, near nouns
    # (ministry/ministers, board/boards, court/courts, a body named by its parent), and the
    # body's own credit in varied shapes (argued, warned, "wrote in its ruling", a Q/A)
    "make_rv56s_cases": frozenset({"rival", "person", "near", "form"}),
    # session 56, false-alarm writer sf56: a quote credited to "the [modifiers] NOUN" ("the panel
    # wrote", "the federation replied") where NOUN is the value's own head ("Ninth Circuit
    # appeals panel"): the body's; against the person the sentence before names, another body
    # of the page, and a body with the same noun the page also names
    "make_sf56_cases": frozenset({"own_noun"}),
    # session 55, review rv55f of af55: a run before the title that is not (all of) the
    # person's body (a place, a product, a club's team, "Veteran" opening a sentence, "ex-X"),
    # a second body tied by ", who also sits on" or a next sentence ("She also teaches at X"),
    # against another body of the story in the same and neighbouring shapes
    "make_rv55f_cases": frozenset({"runread", "twobody", "sameshape"}),
    # session 56, fresh-miss writer am56: a person whose own body is named in their sentence
    # ("X, Meta's chief global affairs officer, set out the company's reasons"): a stand-in,
    # "their" or a quote there no longer counts as another body (the regulator, the firm a
    # union confronts, the company an analyst covers, a peer, a deal's other party) written
    # beside them; a president tied to a body outside the party table holds no public office;
    # against the own body, its short form, a parent or arm related to it, a second body
    "make_am56_cases": frozenset({"ownbody", "president"}),
    # session 57, fresh-miss writer af57: a person's office given by "its" ("Canada Post said
    # ... Its spokeswoman, X", "For the union ACLVB, its chair X"): the body "its" plainly
    # stands for (the subject opening the sentence before, or the body right before ", its")
    # is theirs, so another body of the story is refused; against the body, its initials, a
    # parent "owned by", a second body, and the subjects left unread (lower case, a quote, a
    # question, "Sales in Portugal", a person, a second body in the main clause)
    "make_af57_cases": frozenset({"itsbody"}),
    # session 57, review rv57a of af57: "its" standing for the person's own body with another
    # named nearby (a regulator, a seller, a subsidiary, a quoted body, a second name "known
    # as"/"trading as"), "its" after a sentence naming two bodies, a question, a caption, a
    # list of officials, a second post written of the person ("Dvorak also runs X"), and the
    # wrong body in those shapes
    "make_rv57a_cases": frozenset({"ownits", "twobodies", "layouts", "wrongbody"}),
    # session 56, review rv56f of am56: a person whose own body is named in their sentence and
    # whose RIGHT value is written by a stand-in ("the company's chief executive", "its",
    # "their", "the group's"), a parent, a joint venture, inside a quote; presidents of a firm,
    # club, university, federation, country and party; the regulator, customer, rival, deal
    # partner or criticised body of the neighbouring shapes, which must stay refused
    "make_rv56f_cases": frozenset({"standin", "quote", "president", "neighbour"}),
    # session 50, review rv50f of cl50f: the person's own body in the shapes cl50f reads as
    # another's ("was hired/loaned/promoted by", "joined rival X", "left X to join rival Y",
    # "the challenge by the union against X", "the win by Rosenborg over Molde", "the case with
    # the GMB", "and volunteered with X", "was censured by the Labour Party's national
    # executive"), neutral passives and "faces", one's side in a dispute, a He/She sentence's
    # tie; against the other side in the branch's shapes in other words
    "make_rv50f_cases": frozenset({"own", "neutral", "leak"}),
    # session 49, review rv49f of cl49f: the person's own body after a verb of theirs ("helped
    # Rovers beat", "thanked Harlow Foods staff", "where she still works") or named away from
    # them under a trade noun ("the airline's"), against bodies only acted on or another's
    "make_rv49f_cases": frozenset({"acted", "away"}),
    # session 51, tie writer cw51o (confirm-only mode, every case carries "confirm"): an office
    # of "its" body named in the stretch before, an office written without its country on a page
    # about one country, the page's credited writer and its outlet; against another body or
    # country named nearby, and a stretch or page naming two equally
    "make_cw51o_cases": frozenset({"its", "polity", "staff"}),
    # session 51, tie writer cw51d (confirm-only mode, every case asks "confirm": ["actors"]):
    # a doer behind a time or dateline, with "of" in its name or behind its own people's noun,
    # a possessive subject, a contact relative clause, a list, aside or colon's list before the
    # verb, a pair's word, pronoun or description pointing back; against the one acted on
    "make_cw51d_cases": frozenset({"timed", "owned", "clause", "pointed"}),
    # session 51, tie writer cw51p (confirm-only mode on for the affiliation in every case):
    # the person's body confirmed by a holder shape in their own sentence (a title run before
    # the name, an apposition or "of" after it, a list with its holder at an end, the body as
    # the topic of their verb), against another body named in the same shape, a posting, a beat,
    # a past, a relation that is no membership, a place
    "make_cw51p_cases": frozenset({"before", "apposed", "listed", "clause"}),
    # session 51, review rv51d of cw51d (confirm-only mode, "confirm": ["actors"]): the subject
    # of another act in the evidence ("Unlike X,", "as members of X walked out"), a harm's
    # target as a possessive or after "of", a relative clause's other subject ("the offer X
    # rejected"), a pronoun continuing another body, "both sides" when one side acts; and the
    # right doers in the same shapes
    "make_rv51d_cases": frozenset({"another", "target", "relative", "pronoun", "sides"}),
    # session 51, review rv51o of cw51o (confirm-only mode): a visitor's bare office on a page
    # about the host, "its" after two bodies, a possessive or a look-alike name, a bare title of
    # a province, a state, a union, a club or a university, a credit naming another outlet
    "make_rv51o_cases": frozenset({"visit", "itstwo", "subnat", "wire"}),
    # session 51, review rv51p of cw51p (confirm-only mode on for the affiliation in every
    # case): a body the person acts on or against, a past holder, a possessive whose owner is
    # not the person's body, a list whose holder covers only some names, a body inside a longer
    # name or a look-alike, each beside the person's own body in the same shape
    "make_rv51p_cases": frozenset({"against", "former", "owner", "shared", "inside"}),
    # session 52, tie writer cr52a (confirm-only mode on for the role in every case): the role
    # written in the person's own clause or apposition (a post verb, a copula or naming verb,
    # an apposition holding more than the title, long values and verb phrases); against the
    # verb of another person, a past, a rank above or below, another body named nearby
    "make_cr52a_cases": frozenset({"verb", "copula", "apposed", "long"}),
    # session 52, tie writer cd52v (confirm-only mode, "confirm": ["actors"]): the doer ties
    # read the doers of the event's own act: the subject of a clause telling the event's act,
    # against the subject of another clause of the sentence (the other side answering, a
    # rival), a subject whose relative clause after its object tells another's act, and a
    # "by" agent of another act ("The plan drafted by X was rejected by Y")
    "make_cd52v_cases": frozenset({"clauses", "asides", "agents"}),
    # session 52, tie writer cr52b (confirm-only mode, every case asks "confirm": ["role"]): a
    # plural title over a list of names, before or after it, a transcript's, programme's or
    # credit's label, a holder reading cut by the stop of "U.S." or "Jr."; against a name
    # outside the list or under another group's title, "former" or "deputy" on the plural, a
    # speaker's label over another's name, another person in the sentence
    "make_cr52b_cases": frozenset({"plural", "label", "stopped"}),
    # session 52, review rv52a of cr52a (confirm-only mode on for the role in every case):
    # another person's verb or apposition in the sentence, a past post in other words ("who
    # stepped down as", "who had chaired"), a post to come or hoped for, a rank above or below,
    # a relative's or employer's post, a post verb whose object is no body the person holds
    "make_rv52a_cases": frozenset({"other", "past", "future", "rank", "relative", "object"}),
    # session 52, review rv52s of the lead's switch sw52 (confirm-only mode, "confirm":
    # ["role"]): the role's words beside the name but said of another ("succeeds X as chair",
    # "After meeting X, the mayor said"), a title before a list or after a preceding name, a
    # possessive or "of" making another office ("X, the chair's spokesman"), an office to come
    # or gone in other words than "former", a short title for a longer office
    "make_rv52s_cases": frozenset({"other", "listed", "owner", "time", "short"}),
    # session 52, review rv52b of cr52b (confirm-only mode, "confirm": ["role"]): a plural
    # title over only some names or of another group beside the list, a list that runs on
    # into a verb ("Along with the senators, A and B spoke"), a team's plural ("For the Ottawa
    # Senators, A and B scored"), a possessive plural ("A and B, the senators' lawyers"), a
    # plural of rank or past; labels of another person, a speaker's label over speech, a
    # credit verb in prose; a role beside "U.S." that another word turns ("ambassador nominee")
    "make_rv52b_cases": frozenset({"list", "plural", "label", "cut"}),
    # session 52, review rv52v of cd52v (confirm-only mode, "confirm": ["actors"]): the event's
    # doer telling its act by a synonym, a noun, a passive or a participle beside another
    # clause with the description's word; a value doing another act; the act in a relative
    # clause about the value; a reported act (who reports whose); coordinated verbs
    "make_rv52v_cases": frozenset({"forms", "otheracts", "relatives", "reported", "coordinated"}),
    # session 53, tie writer cr53r (confirm-only mode, "confirm": ["role"]): a title led before
    # the name over its own body ("the commander of the Front, X,") or a courtesy word
    # ("Environment Minister Dr X"), and the clause tie for names with accents; against a rank
    # or time word, the title inside another's phrase ("the son of the President of Y, X"), a
    # possessive title, a second apposition, another's clause, a past
    "make_cr53r_cases": frozenset({"body", "courtesy", "accent"}),
    # session 53, review rv53r of cr53r (confirm-only mode, "confirm": ["role"]): a leading
    # title of another person beside the name, another office of the title's body, a time or
    # rank word before the title ("retired", "caretaker", "Junior"), the title inside another's
    # phrase (a possessive, "the son of"), accented names in clause ties beside another's office
    "make_rv53r_cases": frozenset({"another", "office", "time", "inside", "accent"}),
    # session 53, tie writer cw53c (confirm-only mode, "confirm": ["affiliation"]): a post of a
    # body written by its description ("the agency's director general, X", "X, a spokeswoman
    # for the agency", "the mortgage lender's chief economist") or left bare ("Chief executive
    # X said") or a member's title ("Justice X", "Commissioner X") on a page naming one such
    # body, against a second agency or court, the outlet told, the other side of a deal or suit
    "make_cw53c_cases": frozenset({"described", "bare", "member"}),
    # session 53, review rv53c of cw53c ("confirm": ["affiliation"]): pages naming two
    # companies (a takeover, a suit, a supplier, a unit, a rival), a description fitting two
    # bodies ("the agency" beside "a federal agency"), a former employer in the sentence
    # ("Formerly of X, chief executive Y"), a bare post in a paragraph about another company,
    # a member's title beside two councils or courts ("the county council", "a lower court")
    "make_rv53c_cases": frozenset({"twocos", "twodescribed", "former", "otherpara", "twomembers"}),
    # session 53, writer fs53x: a bare "he said" read back to the one person of an earlier
    # sentence who is acted on ("Police arrested X", "X was questioned by detectives"),
    # reported ("the board said X had won"), one of two ("A and B") or named a paragraph before
    # a nearer person; against the same shapes with the person acting or alone
    "make_fs53x_cases": frozenset({"acted_on", "reported", "two_people", "earlier_paragraph"}),
    # session 53, false-alarm writer fc53n: a count compared with an earlier figure, the
    # earlier time after the compared number or a change's size ("to 4,605, against 4,445 a
    # year earlier", "eased to 12.1% from 13% a year ago"): the count is the story's own
    "make_fc53n_cases": frozenset({"baseline"}),
    # session 53, review rv53n of fc53n: the compared number, a change's size, a number with
    # its own time, a comparing word before the count's own time ("310 people on 6 February
    # 2023", "75 sailors from 4 ships ... last month"), percentages beside counts
    "make_rv53n_cases": frozenset({"compared", "change", "owntime", "ownword", "percent"}),
    # session 53, review rv53x of fs53x: right speakers in the read-back vetoes' shapes (a
    # person released or banned who speaks next in the first person), wrong ones still taken
    # (a victim quoted by an officer, one of two), and pronoun gender (entry added by the lead:
    # the review listed its GAPS but not its set, so no test read its cases)
    "make_rv53x_cases": frozenset({"acted_on", "reported", "two_people", "gender"}),
    # session 54, GAPS closer gs54: a bare title's credit ('"...," the mayor said') refused for
    # a value the page names only with the title borrowed ("Vice-President X", "then-mayor X",
    # "a critic of the mayor", "Mayor X" for "the acting mayor"); kept for its holder
    "make_gs54_cases": frozenset({"borrowed"}),
    # session 54, review rv54s of gs54: the borrowed-title reading at its edges, both ways: a
    # past title quoted from its time or by a past rank, a rank with a hyphen or capital, a
    # held office after a relation word ("the office of mayor", "promoted to president"),
    # other heads and ranks, another body, "according to", a quote over paragraphs
    "make_rv54s_cases": frozenset({"past_held", "ranked", "relation", "other_titles"}),
    # session 54, GAPS closer gc54: a former value in a phrase ("used to employ", "in its
    # heyday"), a hope or a question in other words ("is hopeful that", "asked whether", a
    # hope past a relative aside), an earlier period's count whose number is the later value
    # set against it ("£41m (£37m a year earlier)", "up 6% on the previous year")
    "make_gc54_cases": frozenset({"formers", "asked", "bases"}),
    # session 54, review rv54n of gc54: the phrases' edges ("used to fighting", "The fund, used
    # to build", "at its height" with no contrasted figure of now, "Hopeful parents, who ...",
    # "checked whether 45 care homes", "Compared with last year's 310 entries"), neighbours
    "make_rv54n_cases": frozenset({"formers", "hopes", "questions", "bases"}),
    # session 54, GAPS closer gr54: a person's own apposition read past an age set between
    # commas ("Ivan Rook, 55, the vice president,"), so another's role in the same sentence is
    # refused for them; against the right role in the same shape
    "make_gr54_cases": frozenset({"aged"}),
    # session 56, fresh-miss writer rm56: a person's own title without an office noun
    # ("Finance chief", "Conservative leader") given another named person's title, refused.
    "make_rm56_cases": frozenset({"taken"}),
    # session 57, fresh-miss writer ro57: a title run read right after a sentence ending in a
    # short capitalised word ("Yuan. Premier Cho") and a capitalised post word before the name
    # ("First Officer Clive Kunder"), an apposition opening with an office word's qualifiers
    # ("Mats Malm, permanent secretary of"): another named person's title or office refused
    "make_ro57_cases": frozenset({"stop", "officer", "apposed"}),
    # session 57, review rv57r of ro57: the person's right role in ro57's newly read shapes
    # beside another office ("Inc. Chief Executive", "Fed. Governor", "Yuan. Premier", two
    # officials in one sentence), first names like ranks ("Head Coach Dean Carver"), a shorter
    # or longer form ("Asst. Chief Constable", "CFO"), a wrong title of those shapes refused
    "make_rv57r_cases": frozenset({"neighbours", "firstnames", "forms", "wrongs"}),
    # session 56, review rv56r of rm56: two posts one of them shared (co-chairs, joint chief
    # executives, "chief executive and founder", interim, successor), the same title at two
    # bodies (a list, a quote, a caption, a fact box, capitals, "acting", "outgoing"), a
    # generic own post beside the specific one
    "make_rv56r_cases": frozenset({"twoposts", "bodies", "generic"}),
    # session 54, GAPS closer gw54: a place describing a party (compounds of origin, a person's
    # word, an office's seat), places people were taken to, an effect's reach, a victim's home,
    # and the day or place of the return to normal after another act (told_elsewhere)
    "make_gw54_cases": frozenset({"party", "moved", "aftermath"}),
    # session 55, fresh-miss writer dt55: an event's day against the day its own word is dated
    # with in the same sentence, when another act's verb dates the value (tied_days)
    "make_dt55_cases": frozenset({"clause", "beside"}),
    # session 54, review rv54w of gw54: the event's own place or date in gw54's shapes (a man
    # of the town arrested there, an office holder acted on, an active "carried ... into", a
    # goal ", where" the event happened, "heard in" an unplaced attack, "resumed strikes",
    # "continued the search"), and a party's place or a later value in neighbouring shapes
    "make_rv54w_cases": frozenset({"party", "moved", "aftermath"}),
    # session 55, fresh-miss writer ro55: a role whose office noun the page writes nowhere, in
    # no word form ("chief financial officer", "Treasury Secretary" on a page without them),
    # refused; against the page's own forms and a labeller's rewordings (chair/chairman,
    # spokesperson/spokesman, CEO/chief executive, Sen./senator, PM/prime minister, "directs"),
    # an office in a quote, a caption or a fact box, and generic roles (reporter, head, fan)
    "make_ro55_cases": frozenset({"unwritten"}),
    # session 56, false-alarm writer fo56: an office stated as the person's act ("set up in
    # 2018 by A and B" for co-founder, "who represents the family in the lawsuit" for
    # counsel) and a body written after the name by "for" or owning the body they run
    # ("General X for Niger", "VALUE's Cerro Azul mine" and "who runs the Cerro Azul
    # division"); against another's act, a founding of no body, the other side's body
    "make_fo56_cases": frozenset({"acted", "heldbody"}),
    # session 56, review rv56o of fo56: a founding done by another ("by Lars Berg's mother"), of
    # no body ("launched the new Aurora phone", "set up the Rovers' second goal"), "represents"
    # for the client (", represented by Y,"), an MP, an agent, an athlete; "NAME for BODY" with
    # the next name's body or a purpose; the owner of another body of the same name; a critic's
    # "the court's"; against the right founders, counsel and owners in many forms
    "make_rv56o_cases": frozenset({"founding", "represents", "forlist", "runsbody", "ownpost"}),
    # session 55, fresh-miss writer cn55: a count's number that is only the whole of a part
    # the count names ("among them 196 citizens of Netherlands", "including 17 children", the
    # next sentence's "284,000 of them"), refused; the part, and the whole for its own count
    "make_cn55_cases": frozenset({"among", "next"}),
    # session 55, review rv55r of ro55: a role in another form a labeller turns into the value
    # (a title's short form before a name: "Capt.", "Sgt", "Lt. Col.", "Cllr"; "finance chief"
    # for "chief financial officer", "chairs", "co-founded", "MEP", "KC", a fact box), an
    # office noun only as the first letters of another word ("committee", "secret"), an
    # office written of someone else ("her professor"), against the wrong office beside them
    "make_rv55r_cases": frozenset({"forms", "stems", "others"}),
    # session 56, false-alarm writer aa56: a figure of the page's subject told in a sentence
    # naming no one ("The shares rose 7%"), the subject's; a rival named once further back, or
    # the one the sentence names, in the sentence before or in the sentence itself, is refused
    "make_aa56_cases": frozenset({"topic", "rival"}),
    # session 56, review rv56a of aa56: a sentence opened by another body's name (after an
    # adverb or a date too), a description or pronoun for another body, a quote, a fact box or
    # list item, a topic not the actor (a buyer, the market), results lines naming no one
    "make_rv56a_cases": frozenset({"opener", "generic", "pronoun", "lines", "notactor", "results"}),
    # session 57, false-alarm writer cn57: a later item of a breakdown whose noun and verb only
    # the first item says ("Ten prisoners ... were flown to Russia, thirteen to Germany"), the
    # count its own object names; the first item's number, another item's, the whole refused
    "make_cn57_cases": frozenset({"item", "plain"}),
    # session 57, false-alarm writer at57: "His agency planned", "Her company restored", the
    # body the page ties the last person named before the owner to (and to no other body); the
    # body of a nearer person, another party of the page, a quote, an owner inside the clause
    "make_at57_cases": frozenset({"owner"}),
    # session 57, review rv57t of at57: the owner's person tied to two bodies, one left or led
    # before, or quoted about another; a name between (a reported clause, a quote, the one
    # met); the owner in a quote, of the other gender, forward, plural; the plain right body
    "make_rv57t_cases": frozenset({"twobody", "between", "pronoun", "plain", "doer"}),
    # session 57, review rv57n of cn57: breakdowns by place, group, party, year or category,
    # later items with their own verb or noun, asides, ranges, "respectively", number words,
    # and items whose objects share words ("to the border", "to the border town of Leme")
    "make_rv57n_cases": frozenset({"lists", "forms", "shared"}),
    # session 58, false-alarm writer ft58: a label's or sentence's first word that is a bare
    # common word the page never writes ("Joint patrols of the strait", "Drop in school
    # enrolment", "Extra costs of ... are expected"); surnames that are words in a person's
    # label ("Tusk on the budget", "Gallant visits Hebron"), bodies, unstated names and numbers; a
    # label's head noun with "in" whose verb the page writes ("Rise in transactions": "rose")
    "make_ft58_cases": frozenset({"label-head", "sentence-head", "head-in"}),
    # session 58, review rv58f of ft58: labels and sentences opened by a common word the page
    # never writes ("Emergency repairs to ...", "Heavy rains flooded ..."), against a surname
    # that is a common word before a person's following ("Tusk allies", "Musk loyalists"), the
    # word again as a name later in the piece, and a wrong number, place or name after the head;
    # a head noun with "in" whose verb the page writes ("Rise in bus fares": "rose")
    "make_rv58f_cases": frozenset({"label", "sentence", "head-in"}),
    # session 58, fresh-miss writer ro58: a role the page writes of an unnamed holder ("the
    # Chancellor said") given to a person it titles with a post of their own; a description
    # standing for the person named just before ("The FDP chief"); a past post ("once ...")
    "make_ro58_cases": frozenset({"unnamed", "refer", "past"}),
    # session 58, review rv58r of ro58: the right role written away from the name (later, by
    # a pronoun, in a headline, "in her role as", two posts at once), acting, interim and
    # caretaker posts, and words the reading lets through ("reported to the chief executive")
    "make_rv58r_cases": frozenset({"forms", "acting", "guards"}),
    # session 58, fresh-miss writer af58: a person written as a country's office holder with
    # the portfolio between ("Slovakia's economy minister", "the Foreign Minister of
    # Barbados", "his Slovak colleague") or a people's word before an occupation ("the
    # Belgian novelist"): another party of the table, named apart from them, is refused; the
    # edges: another person's country in the same sentence, the value in their own sentence,
    # a posted office, a hyphen, a former or opposition office, a body in the portfolio
    "make_af58_cases": frozenset({"portfolio", "nationality", "guard"}),
    # session 58, review rv58a of af58: a national working for another country's or an
    # international body ("Its Argentine coach X", "led by the Argentine physicist X", "a
    # Jordanian diplomat who heads the agency's office"), and posts: an ambassador of X to Y, a
    # second post told by "She also chairs ...", a ministry, a region, a team
    "make_rv58a_cases": frozenset({"abroad", "posts"}),
    # session 58, false-alarm writer cn58: a stake's share given by its clause's verb ("already
    # owns 8.4 percent of Orvane", "spend $2.1 billion on 30% of Kelsa", "64% of the lender will
    # belong to Tarrow's shareholders"); counts opening with "percent" read as shares
    "make_cn58_cases": frozenset({"stake", "percent"}),
    # session 58, review rv58n of cn58: stake shares that are no stake (a market's, the
    # profits', the proceeds', a cap, a buyback, a dated past stake, another speaker's clause)
    # and "percent ..." shares against another number of the sentence
    "make_rv58n_cases": frozenset({"stake", "percent"}),
    # session 59, false-alarm writer cn59: a count of the value before a change read through
    # the change's later end in its clause ("rose to 5.4 percent, the highest since 2019, from
    # 4.9 percent"; "at 312,000, 8% below the 339,000 of the previous year")
    # and a change in percent given by the comparison after it ("38% up on 2024")
    "make_cn59_cases": frozenset({"change", "compared", "comparison"}),
    # session 59, review rv59n of cn59: earlier ends dated by another span back ("from 4.1
    # percent in February" for a year back), ranges that are no change ("range from £320 to
    # £610"), another noun's pair; compared percents against a forecast or target, a look-alike
    # noun, another clause's noun; a time back told by another word in its own sentence
    "make_rv59n_cases": frozenset({"ends", "percent", "dated"}),
    # session 60, false-alarm writer pl60: a place that opens its line as a dateline, a list
    # item's label or a heading is no clause's place: an event's place there is not another
    # occasion's when the line names no other place ("PARIS, July 27 (Wire) - ... crowned on
    # Sunday, while Belgium's rider won the final stage"; "- Germany: four palaces ...")
    "make_pl60_cases": frozenset({"dateline", "label"}),
    # session 60, review rv60p of pl60: datelines in more outlets' styles and list labels in
    # more marks pass; a line that puts its event elsewhere in other words than "in X" ("in
    # northern Lorne", "40 km south of Tessen", "flew over Dalvik", "bombarded Lorne", "ran
    # aground on Skarra") keeps the label from passing; a place opening a headline, a body's
    # or a speaker's name, a masthead is no label
    "make_rv60p_cases": frozenset({"dateline", "label", "lookalike"}),
    # session 58, false-alarm writer aa58: a one-word body whose name the page also writes
    # after an opening word, a capitals label or a title ended by a comma ("What Corvane's",
    # "09:40 GMT Tessaly", "attorney general, Brannock said") is no person: "the company"
    # and "it" read for it; a person the page marks (a title, the surname alone) keeps "he"
    "make_aa58_cases": frozenset({"body", "person"}),
    # session 58, review rv58t of aa58: people whose given name also opens a question ("Will
    # Brackett", "Do Haneul", "Can Yildar"), a surname after a capitalised word or a capitals
    # lead, a person sharing a word with a body ("Anya Marsh", "Marsh Foods"): "he"/"she"
    # theirs, "the company"/"it" not; one-word bodies after an opener or label against the
    # other company of the act, a body named nearer, a person sharing the body's word
    "make_rv58t_cases": frozenset({"people", "bodies"}),
    # session 58, the lead's mend of ro58 (unheld_titles._apposed): a role written as an
    # apposition the ties leave unnamed (the role, a comma and a title run ending in the name;
    # the name, a bracketed aside and the role) and "he"/"she" holding a post in the sentence
    # right after the person's
    "make_lead58_cases": frozenset({"apposed", "pronoun"}),
    # session 59, false-alarm writer sp59 (sentences/lone_antecedents): '"...," he said' right
    # after a sentence that names one person, the speaker, and opens with no person ("Councillors
    # were critical of the payout X accepted", "Shares fell after X told analysts"): that
    # person's; against a second person there, a spokesman for them, a person told by a common
    # noun, a surname opening the sentence, the arrested person, a name inside the quoted
    # words, a "Mr" for a "she", a body for a "he"
    "make_sp59_cases": frozenset({"lone_name", "guarded"}),
    # session 59, review rv59s of sp59: the credit's own words naming the value ("he told
    # Wendel", "she said of Brandt's plan"), a subject told by a description ("The veteran
    # midfielder", "The tycoon"), another person's surname opening the sentence before ("Price
    # condemned" beside "Owain Price", "Hale's players"), a quote that speaks of the value ("He
    # is lucky to be alive"); against them the plain tails, subjects and plurals that keep it
    "make_rv59s_cases": frozenset({"credit_tail", "described", "name_opener", "spoken_of"}),
    # session 59, fresh-miss writer af59: a person's own body given by an apposition's title
    # "of"/"at" it ("X, executive director of Y", "X, who is CEO of Y", "director general of
    # spiritsEUROPE") or a verb of running it ("X, who runs the Y", "X, the mayor's
    # son-in-law, heads Y"): another body named apart is refused; the edges: a second body of
    # theirs, a parent beside them, a body left, sued, criticised or used as a customer
    "make_af59_cases": frozenset({"titled", "running", "guard"}),
    # session 59, review rv59a of af59: appositions shaped like "X, <title> of/at Y" that give
    # no body of theirs now (a kin's, a prize or event, a birthplace, a book, a post to come or
    # left "until", a field or region); the own body written as the page writes it elsewhere;
    # another person's, clause's or time's body
    "make_rv59a_cases": frozenset({"lookalike", "written", "others"}),
    # session 59, fresh-miss writer ro59: a role written only inside this person's own title
    # under a rank word ("deputy national statistician", "Shadow Chancellor", "the under
    # secretary of commerce") or as the office the person serves ("spokesman of the
    # Secretary-General", "adviser to the president", "the chairman's deputy")
    "make_ro59_cases": frozenset({"ranked", "serving"}),
    # session 59, review rv59r of ro59: a rank word before the office in this person's title
    # ("vice-captain", "Parliamentary Under-Secretary of State", "deputy chief of staff"), the
    # office this person serves ("spokeswoman for the mayor", "the Prime Minister's official
    # spokesman"), and the same sentences read for the office's holder ("the deputy head
    # teacher and the head teacher, Mrs Ann Lyle")
    "make_rv59r_cases": frozenset({"rank", "served", "holder"}),
    # session 60, fresh-miss writer ro60: a role the page writes only before another person's
    # name, for a person titled in a run of their own ("Mayor Pro Tem Dana Whitlock" is no
    # Deputy City Manager), and a title named once and then "the <title>" ("Judge Maria Doyle
    # ... The judge said") for a person named bare
    "make_ro60_cases": frozenset({"run", "kept", "definite"}),
    # session 60, mend rh60 of ro60's opened roles: "the <post>" after a named holder kept for
    # a person the page seats in it another way (a hearing's "before Nora Vance", "presided
    # over by", "heard by", "the bench of"), refused for the defendant in those sentences
    "make_rh60_cases": frozenset({"seated"}),
    # session 60, review rv60r of ro60: a title run of the person's own against another's post
    # ("Shadow Chancellor Tim Oak" is no Chancellor), the person's own post in other words
    # beside another's run ("Chief Executive Anna Li" is a CEO), and "the <post>" after a
    # named holder, refused for a bare-named person unless the page makes it theirs ("the
    # chair of the parks board, Tom Berg")
    "make_rv60r_cases": frozenset({"runs", "forms", "definite"}),
    # session 59, false-alarm writer md59: a broadcast page's outlet named by its head after a
    # producer's label or the show's quoted title ("Station: X.", "Broadcast by X", "'Show' on
    # X"), or as a whole head segment ("Episode 40 | X | date | Host:", "X Newsroom, 0700 hrs");
    # a page's outlet named by one of its desks in the head ("X briefing | compiled by", "X
    # live team", "Prepared by the X desk.")
    "make_md59_cases": frozenset({"labels", "segments", "desks"}),
    # session 59, review rv59m of md59: a broadcast head's station against a guest's or a
    # correspondent's paper in the same head; lines that only look like a head (a mixed-case
    # speaker's turn "Host: Good morning. The X, which ...", a story's "The broadcasts end
    # ...", a show's title "on" its topic); the page's own desk against a body's team or
    # briefing opening a headline ("Kettle Bank research team: ...", "White House briefing:")
    "make_rv59m_cases": frozenset({"heads", "stories", "desks"}),
    # session 59, false-alarm writer at59: a list entry headed by a body's name in capitals
    # ("FOREVER 21. ... the teen fashion chain filed") or on a line of its own ("LIVERPOOL" /
    # "Paid Newcastle ..."): the entry's left-out subject, "it" or a body's description is the
    # label's, and list items ("- Fenby Stores: The chain ... cut"); another entry's label,
    # the entry's other party, a passive, an object, a quote
    "make_at59_cases": frozenset({"caps", "line", "item"}),
    # session 59, review rv59t of at59: entries in capitals, on a line of their own and list
    # items; against wire datelines, an opening participle with its doer after "by" ("Handed a
    # ban by the league"), "The maker of its sofas", "it" for a thing, another entry's label
    "make_rv59t_cases": frozenset({"caps", "line", "item"}),
    # session 60, false-alarm writer ac60: an actor told by "the" and its own name's head noun
    # as an active clause's subject ("the commission fined" for the Harwell Water Commission,
    # "the bureau revised" for the Bureau of Farm Statistics); another body on the noun named
    # before, an indefinite or modified one, an object, a passive, an owner's "'s", a saying
    # verb, a quote, a value named only after the short form, "the party" after the Greens
    "make_ac60_cases": frozenset({"last", "of"}),
    # session 60, review rv60c of ac60: the short form's verb ("the tribunal ruled", "the agency
    # has suspended") against a compound's first noun ("the bureau workers went on strike"), a
    # reporting verb before "that" ("the bureau reported that growers planted"), another
    # clause's act; the page's one body of the noun against one named by initials, a shared
    # plural, "the court of appeal", or only after the short form
    "make_rv60c_cases": frozenset({"verb", "page", "report"}),
    # session 59, writer pp59: plural possessives ("the workers' union leader", "the
    # Netherlands' wording", "the mediators' text") read as the singular "'s" is
    # (page/possessives.is_possessive), against closing single quotes ("'the colonists'
    # draft'") and the singular forms unchanged
    "make_pp59_cases": frozenset({"speaker", "proposer", "quotemark"}),
    # session 59, review rv59p of pp59: closing single quotes the plural possessive must not
    # read as an owner (opened before a digit, "'12 nations' text'", or after a dash, a slash
    # or a colon, "\u2014'the Americans' text'") and real plural possessives after marks that
    # look like opening quotes ("the '90s", "\u201890s", "'Tis", "rock 'n' roll", "6' 2\"")
    "make_rv59p_cases": frozenset({"quotemark", "owner"}),
    # session 59, the lead: a capitalised office whose "of" words are its portfolio ("the Chief
    # of Naval Operations", written once) gives no titled body (titled_bodies._portfolio), so the
    # body the page gives the person elsewhere passes; the titled body still read where it is
    # one (a lower-case or acronym title, a body's name, a field-ending name written again)
    "make_lead59_cases": frozenset({"portfolio", "kept"}),
    # session 60, false-alarm writer sp60 (sentences/continued_quotes): a quote alone in its
    # sentence right after a quote that opens the sentence before and is credited right after
    # its closing mark ('"...," he told analysts. "..."') is that quote's speaker's, read as it
    # is read there, in prose and (`relayed`) in a reporter's turn of a transcript, where the
    # older reading gave the bare quote to the turn's label; against the label, the host, a
    # person the words talk about, the hearer, the body, and (`guarded`) the questioner before
    # an answer, a credit that hands the floor on ("before X cut in", "replied", "quoting"), a
    # spokeswoman for her mayor
    "make_sp60_cases": frozenset({"continued", "relayed", "guarded"}),
    # session 60, review rv60s of sp60: bare quotes after credits that pass the floor on past
    # the writer's list (a semicolon or dash and another clause, "introducing X", "handing
    # over to X", "X cut in"), after prompts that ask with no closing "?" ("Tell us why,"),
    # and the ways pages carry one speaker over two quotes (curly and single marks, "added",
    # "Gov.", "p.m.", an age) against the person beside, the hearer, a namesake, the body
    "make_rv60s_cases": frozenset({"handover", "answers", "kept"}),
    # session 60, writer wh60: an event's day in a round-up's dated head on a line of its own
    # ("MONZO, 7 JULY" / "The regulator fined ...", "INTEL - July", "AMAZON - Tuesday, October
    # 28"), read with the entry's sentence quoted alone; name words ("United States", "Consumer
    # Reports", "Field Notes") are no report or time; against another entry's head, the page's
    # date, an entry with a day, a report or a plan of its own, the same words in lower case
    "make_wh60_cases": frozenset({"line", "names"}),
    # session 60, review rv60w of wh60: a line head's entry in capitals or title case (every
    # word read: "REGULATOR SAYS ...", "Rovers Sack Manager, Club Confirms") against names'
    # capitals in sentence case ("Consumer Reports", "the Small Claims Tribunal"); heads in
    # many shapes against the page's stamps ("UPDATED, 4 March 2026", "CORRECTION, 5 March");
    # the sentence quoted alone under its head against another line's or entry's head
    "make_rv60w_cases": frozenset({"caps", "stamps", "above"}),
    # session 60, false-alarm writer ct60: a change in percent told by a noun of change and
    # "of" ("a drop of nearly 17%"), by "as much as" ("up as much as 8%") or by "N% off", and a
    # lone change of the count's direction whose subject is another thing ("Exports rose 5%
    # while imports fell 3%": 3 is no fall in exports) (counts/change_phrases, change_shares)
    "make_ct60_cases": frozenset({"noun", "degree", "subject"}),
    # session 60, review rv60n of ct60: a noun of change and "of", "as much as", "N% off" in
    # other wordings, against another time's, another thing's, a feared change and "off" that is
    # no change ("off a low base", "off-peak", "a 30% off sale"); a thing's own second change
    # after "then", past an aside, or beside its peak ("tumbled as much as 18% ... then closed
    # 9% lower") (counts/change_shares)
    "make_rv60n_cases": frozenset({"noun", "degree", "off", "subject"}),
    # session 60, fresh-miss writer af60: a person's own organisation written beside them set
    # against a party of the table ("X, head of research at Y" given OPEC or a country named
    # apart; not a state organ's post), and another item's body in the person's own sentence,
    # held there by someone else's title or name ("X, chief executive of A, and a senior
    # executive of B"; "A chief X ..., and B Group CEO Y"); the edges: a second post of theirs
    # joined without a comma or stacked, a pronoun's or a holderless item; a one-word body in
    # "s" ("Reuters") named apart is a body, not a party's people ("Democrats", "Tories")
    "make_af60_cases": frozenset({"partied", "listed", "guard", "plural"}),
    # session 60, review rv60a of af60: a further post of the person's own after ", and" with
    # an adverb, a time or a verb ("and also chairman of B", "and now an adviser at B") is
    # theirs, another's item ("and a vice president of B", "B finance chief Y") is not; an
    # outlet told is a listener; an organ with no organ's word (the Bundeswehr, Norges Bank,
    # the PLA, Frontex) keeps its polity, a firm in initials (ING, UBS, KPMG) does not
    "make_rv60a_cases": frozenset({"stacked", "country", "organ", "plural"}),
    # session 61, false-alarm writer sp61 (sentences/pronoun_walks): a quote credited by "he"
    # or "she" after sentences that name no person at all ("Spending rises by 6%.",
    # "Afterwards he said", "Back in Tucson, she told") is the one person the nearest sentence
    # that names anyone names; against a person named further back, after the quote, inside
    # the quote, the hearer, and (`stopped`) a description, a chain's object, two people, a
    # namesake of a country ("Rep. Cal Jordan"), a spokesman for his boss, the other gender, a
    # name more than two paragraphs back, a naming sentence with its own "she", a quote said
    # of the one named
    "make_sp61_cases": frozenset({"walked", "stopped"}),
    # session 61, review rv61s of sp61: a person told by a description between the one named
    # and the "he"/"she" quote ("The Brazilian, 29,", "The skipper", "The keeper", "the
    # surgeon", "The 19-year-old"); another person by a surname that is also a word ("a header
    # by Young", "a cross from Rice", "Hill's wheel"); the plainly credited quotes pass
    "make_rv61s_cases": frozenset({"described", "hidden"}),
    # session 62, false-alarm writer sp62 (sentences/document_owners): a quote credited to a
    # writing ('"...," it read.', "the letter says", "The post went on:") right after a
    # sentence that gives the writing its owner ("X's own statement", "Y's complaint says", "an
    # email sent by Z", "a statement from W") is the owner's; the one written to, another
    # person, a carrier ("handed over by"), an owner two sentences back stay refused
    "make_sp62_cases": frozenset({"owned", "unowned"}),
    # session 61, fresh-miss writer af61: a body written as the person's owner by a possessive
    # beside the name ("Tonga's envoy X", "X, Norway's former climate envoy", "X, the Front's
    # permanent secretary") refuses another body of the story not written beside them; the
    # edges: a person as owner ("President Varga's envoy"), a relation ("Calder United's
    # owner"), a party beside a place's person, a value in their own sentence or clause
    "make_af61_cases": frozenset({"before", "after", "guard"}),
    # session 61, review rv61a of af61: the owner's body in other forms ("the Fed's",
    # "Caltech's", a state organ, a thing of the owner's the value runs) and the right body
    # written apart (a later sentence whose subject is the person: "At club level the striker
    # plays for", "The billionaire also owns"), against another body of the story
    "make_rv61a_cases": frozenset({"forms", "later"}),
    # session 61, writer wh61: an event's day that is a whole range the evidence writes word
    # for word after an end verb or "until" ("The stoppage is timed to run from 7am on 25 July
    # until 7am on 30 July", "Her suspension runs from February 11 to May 6"), against another
    # end, swapped ends, and another thing's range beside the event's own dated clause
    # (days/range_values)
    "make_wh61_cases": frozenset({"range", "guard"}),
    # session 61, review rv61w of wh61: another thing's range in the event's evidence, the
    # event named with no day of its own ("The ferry strike, which the union called on Monday,
    # will overlap with the harbour works, which run from 4 May to 9 May"), a value inside a
    # longer range ("1 June to 3 July" in "21 June to 3 July"), against the event's own range
    # after an aside (days/range_values)
    "make_rv61w_cases": frozenset({"beside", "lookalike", "aside"}),
    # session 61, false-alarm writer pl61: the place at the head of the page's headline, as a
    # possessive ("Norvia's births fall ...") or a label's first word ("Brisk bin strike: ..."),
    # for an event whose evidence names no place; against a place the evidence names after
    # "in", "at", "near", an event put away ("across the border", "there"), another place in
    # the headline, a place as a headline's subject or in a name, an attacker's possessive
    # (places/headline_places)
    "make_pl61_cases": frozenset({"possessive", "label"}),
    # session 61, review rv61p of pl61: the headline's place refused where the evidence or the
    # sentence before it puts the event elsewhere by a name the older guards leave unread
    # ("travelled to Ostreva", "Brennick's rents", "the Ostreva figure", "next door", "Ostreva
    # tells another story."), or a title-case headline names a second place; passed for
    # months, bodies, people, "according to", "belong to" and the headline's many spellings
    "make_rv61p_cases": frozenset({"away", "headline"}),
    # session 61, false-alarm writer ct61: a count's word tied to its sum of money by grammar,
    # not nearness: "NOUN of SUM" ("net income of $565 million on revenue of $6.3 billion") and a
    # later conjunct with a sum of its own ("$4.34bn and the average fare climbed 21% to €51")
    # (figures/sum_owners, read by figures/money_sums); a count in a conjunct with no verb of
    # its own dated by the clause it is joined to ("On June 18 the bank had $63.8 million in
    # assets and $53.8 million in deposits")
    # (figures/elided_conjuncts, read by count_times); a year that dates a thing's making ("a
    # jet built in 1991", "The factory, founded in 1948,") marks no other occasion of a count
    # (occasions/origin_years, read by occasion_markers)
    "make_ct61_cases": frozenset({"of_sum", "conjunct", "elided", "origin"}),
    # session 62, review rv62t of ct61: the three count readings at their edges: a total written
    # "SUM in NOUN of RATE" ("$14 million in fees of $35 a bag") keeps its noun; a second noun
    # of the earlier sum's object with a later sum in another clause or phrase ("roads and
    # pavements in a year when it cut £900,000"); a verbless conjunct with a time of its own
    # ("and overnight another 9 dogs") or joined to another clause than the dated one; a count
    # in a making's own phrase ("built in 1952 for 2,000 workers") or dated back to it
    "make_rv62t_cases": frozenset({"of_tie", "conjunct", "elided", "origin"}),
    # session 62, false-alarm writer ct62: "all N of its X" / "all N of them" counts the whole
    # and what its clause says of it ("All 18 of its crew were winched to safety", "shut all 40
    # of them"); the count's head must be the whole's noun (figures/all_wholes, read by
    # counts/partitive_parts)
    "make_ct62_cases": frozenset({"all_of"}),
    # session 61, fresh-miss writer ro61: a post the page moves this person from ("moving up
    # from chief strategy officer to interim chief executive", "promoted from deputy editor to
    # editor") is no role of theirs; the new post, a post kept or given elsewhere pass
    # (people/left_posts)
    "make_ro61_cases": frozenset({"moved"}),
    # session 62, review rv62r of ro61: the post after "from" the person still holds (a move
    # not made: "will move from", "is expected to be promoted from", "denied ... switching
    # from"; undone: "but went back to"; kept: "stays on as"), a title kept at another body or
    # made lasting ("to the same role at", "from interim manager to the permanent job"), and
    # another person's move after this person's name ("Ruiz replaces Lee, who moved from")
    "make_rv62r_cases": frozenset({"still", "same", "whose"}),
    # session 61, false-alarm writer ac61: an actor told as the owner of its clause's subject,
    # by "its" after the sentence naming it ("Its shares still fell") or by a possessive
    # description of its kind ("The Leeds-based lender's profit rose"), also after a short
    # fronted phrase; against an owned person or body ("Its chief executive resigned", "its
    # parent sold", "The bank's shareholders voted"), a passive, a saying or "reported that",
    # another subject before, "its" after a preposition, a quote, another group named nearer;
    # an organisation's camel-cased or dashed name the page writes exactly ("BrightWell",
    # "Anglo-Kessock Mining") is no mashed person's name, a mashed person's name still is
    "make_ac61_cases": frozenset({"its", "owner", "written"}),
    # session 61, review rv61c of ac61: the owned subject's edges: "its" and "the NOUN's"
    # owning the body's own things in other words ("Its order book", "The carrier's summer
    # schedule") against owned people and parties the rule's list did not know ("Its pilots",
    # "Its landlord", "The council's leader", "The carmaker's biggest dealer"); whose "its" it
    # is (a person who runs the body, a product's, a place's, the buyer or the bought)
    "make_rv61c_cases": frozenset({"its", "owner", "reader"}),
    # session 62, mend mn62c of rv61c's opened verdicts: a kind's noun ending a lead line or
    # the sentence before a name ("Local business\n\nMaeve Dunne has run ...") tells a body's
    # kind only for a name whose last word is a body's ("Harbour Dairy", "Ennis Town Council"),
    # in the name's own sentence always ("Fitness chain Kestrel Yoga"); a thing brought in by
    # name with an apposition ("the Lumo, a budget smartphone", "its new van, the Hauler E")
    # owns the next "its", not a person, a place or partner after a preposition, nor "Its shares"
    "make_mn62c_cases": frozenset({"lead", "thing"}),
    # session 62, fresh-miss writer ac62 (acts/told_objects): a value the event's own
    # description writes right after its one-sided act's verb ("fined Halvey £6.5m", "agreed
    # to take over Orsin Analytics", "will absorb Linmoor and Asta", "sacked Teo Varga") is
    # the one acted on, not the actor; the doer with the same description passes; kept: the
    # agent after "by", an owner's "'s", a partner after "with", a meeting's other side, a
    # subject before the verb, a winning's or a signing's object, a scored match's loser
    # ("beat Orvik 3-1": events/contest_sides); the older refusals stay
    "make_ac62_cases": frozenset({"object", "kept"}),
    # session 62, review rv62c of ac62 (acts/told_objects): the description's object sharing a
    # word of the doer's own name ("Kentmere Police" that "arrested Kentmere man", the CBC that
    # "sacked CBC presenter Dev Ashe") against the one acted on; an act verb of another clause
    # ("appealed after regulator fined Halvey", "countersued Kestrel, which sued Pellmark")
    # against the object of the event's own act; an act inside a noun's clause ("appealed
    # ruling that fined Halvey", "challenged ministry's decision to designate Varosh") and the
    # doer before "said it had" against the object of the doer's own plan or report
    "make_rv62c_cases": frozenset({"shared", "clause", "embedded"}),
    # session 62, false-alarm writer sp62b: a quote credited to "the <Name> <title>" ("The
    # Harwick boss went further:", '"...," the Lisvane harbourmaster said') read back to the one
    # person the page named before with that qualifier in a title, against another person of
    # the page; the qualifier held by two people, named only in quoted words or after the quote,
    # the credit as the one spoken to (sentences/qualified_titles)
    "make_sp62b_cases": frozenset({"qualified", "guard"}),
    # session 63, review rv63n of nb63 (ct62, sp62b, sp62 merged): "all N of" across an aside
    # and for the noun counted N before "them", never a denied deed ("would not close all 40");
    # "the <Q> <title>" credits with words after the verb, "CEO", never a frame the credit only
    # heard ("was asked:", "faced one question from a fan:"), a former holder, a name after a
    # verb in the "title", a department head for "the Velto boss"; a writing's owner by "a
    # statement from the X", never another noun's possessive ("Carla Moss's landlord sent a letter")
    # nor "from X's club" nor another writing's "from"
    "make_rv63n_cases": frozenset({"whole", "titled", "writing"}),
    # session 63, false-alarm writer ac63 (acts/joined_names): a body's name with "and" or
    # "&" inside ("Harrow and Wexley Water Board", "Fenwick & Dale") is one actor, named whole,
    # by its initials or by a description, and still refused as the one acted on, a cited
    # source, or where another body is named; a list the page names part by part ("Kestrel
    # Bank and Mardale Trust", "Spain and Portugal") stays a list
    "make_ac63_cases": frozenset({"joined", "listed"}),
    # session 63, review rv63c of ac63 (acts/joined_names, acts/court_objects): a name with
    # "and" or "&" inside passes named whole, by "&" for "and", by its initials, as an agent,
    # by a description, and is refused for a look-alike body, as the one fined, raided,
    # bought, cited or only reporting; the one taken to court is never the actor, the one
    # taking the other there stays it
    "make_rv63c_cases": frozenset({"whole", "court"}),
    # session 64, false-alarm writer ac64 (people/namewords, people/shared_surnames): a
    # person named by an undotted title and the surname alone ("Prof Hale", "Cllr Moss",
    # "Det Sgt Arden", "DCI Rowe", "Judge Okafor") is named, as after "Dr" or "Mr", and still
    # refused as the one acted on and where a namesake the page titles ("Professor Ruth
    # Hale") or a given name that is no title ("Dean Hale") holds the surname
    "make_ac64_cases": frozenset({"titled", "namesake"}),
    # session 64, false-alarm writer ft64 (free_text/lower_initials, free_text/thing_openings):
    # a free text's abbreviation the page spells out in lower case ("CEO" for "chief
    # executive", "TRO", "TEU"), and a sentence's first word that is a common word before a
    # verb of a thing or an adjective before its noun ("Revenue fell", "Annual loss"); another
    # officer's letters, a cut phrase, a surname before a saying verb or in no word list, a
    # body's noun and an unstated number or name are still refused
    "make_ft64_cases": frozenset({"spelled", "opening"}),
    # session 64, review rv64f of ft64: a free text's first word that is a common word and a
    # name ("Tusk fell from power", "Musk has bought", "Wolves were relegated", "Arsenal won the
    # title") refused where the sentence shows a person or a side (an act, an office, "his"),
    # the labeller's own noun ("Output fell from", "Rent will rise") passing; an abbreviation
    # acting as a body ("The FBI inspected") refused beside a look-alike phrase that names no
    # body, "The NGO said" and "The CEO said" passing
    "make_rv64f_cases": frozenset({"named", "adjective", "initials"}),
    # session 64, review rv64c of ac64 (people/namewords, people/shared_surnames,
    # acts/ruled_people): more titles before the surname of the one acting ("Det Supt",
    # "DCI", "Sheriff", "Rabbi", "Lt Col", "Rev Dr", "Fr"); words before the surname that are
    # no namesake ("Later Moss", "Tom R. Hale", "Eastmarch Rowe Park"); a verdict, sacking or
    # removal on a person and a comment on another's act refuse the titled person
    "make_rv64c_cases": frozenset({"titled", "namesake", "ruled"}),
    # session 63, fresh-miss writer af63 (people/other_appositions): a sentence naming two
    # people gives each their body by an apposition or clause right after each name ("Rep. A
    # (D-X.), the ranking member of P, and Sen. B (D-Y.), who chairs Q"; "A, who runs P,
    # signed alongside B, chairman of Q"; "A sits in P and B in Q"): the other's body is
    # refused; guard: "and B, its treasurer", "a fellow director at the firm", the body also
    # in the person's own item or next sentence pass, the older refusals stay
    "make_af63_cases": frozenset({"apposed", "guard"}),
    # session 63, review rv63a of af63 (people/other_appositions, people/title_attachments):
    # own: the value written only in the other's apposition while the person's own names a
    # part of it by a stand-in's possessive or a short form ("Joan Reyes, chair of Pellmark
    # Group, and Tim Lacey, head of the group's Asian business"; "ranking member of the
    # committee's Trade Subcommittee"; "finance director at Pellmark") passes, the twin page
    # naming another body keeps it refused; other: another's body in semicolon lists, "who is
    # chief executive of", "while B sits on", "works for A and B for", titles with dots and
    # brackets, "as well as" against each person's own
    "make_rv63a_cases": frozenset({"own", "other"}),
    # session 63, false-alarm writer ct63 (figures/label_sums, read by count_occasions): a fact
    # box's "Label: N" line whose label names only whose the number is, the count's other words
    # told by the story ("- Individuals: $392 billion" for "giving by individuals", "Fire
    # department: $24.98 million" for "fire department budget", "- Sherwood Foundation: 660,366"
    # under "How the shares are split:"), or its label's extra words the count's as_of ("Homes
    # in inventory at quarter end: 38,400"); another entry's number, a number after the head one,
    # a year-split line, a change's or total's word, a word the story never tells stay refused
    "make_ct63_cases": frozenset({"money", "bare"}),
    # session 63, review rv63t of ct63 (figures/label_sums): what a box's numbers measure (a
    # heading "VOTES (THOUSANDS)" is no "Greens seats", a box of what departments asked for no
    # "budget approved"), against the line's own measure as the heading or the story names it;
    # how the line prints its number (currency and scale forms pass; a percent, a rate per head,
    # a range, another year's quarter end stay refused)
    "make_rv63t_cases": frozenset({"measure", "print"}),
    # session 63, false-alarm writer pl63 (places/venue_anaphors): a venue named in full once
    # ("died at Harlow Zoo") and called back in the event's evidence by "the" and its noun ("at
    # the zoo", "the cathedral's doors") passes; another venue of the kind named before, a town,
    # a venue of another kind stay refused; chain: the noun used of another one between
    # ("Kellmar's zoo", "the city zoo in Orl"), "the prison at Orl", "the museum of Tallis", a
    # plural, a sentence moving the event "to Corvel" refuse; a participle's aside keeps it
    "make_pl63_cases": frozenset({"anaphor", "chain"}),
    # session 63, review rv63p of pl63 (places/venue_anaphors): written, "the zoo's gates",
    # "outside the cathedral, a spokesman said", "inside the castle on Easter Monday" pass
    # against a sentence putting its event at "a sanctuary", "in a park", "to a hospital", or
    # leaving the venue for another; lookalike, a person surnamed Temple or Castle, a venue
    # replaced or still to come ("the gallery opening next year") against the venue itself
    "make_rv63p_cases": frozenset({"written", "lookalike"}),
    # session 63, false-alarm writer sp63 (sentences/thing_runs): a "he"/"she" quote after the
    # sentence naming its speaker with a body or a place ("of the Corran Valley Walking and
    # Cycling Club", "crews from New Carrow") or after sentences naming only bodies ("The
    # Harbour Authority has paid") passes, and with the speaker's own apposition or
    # affiliation ("Farah Idris, Calder Freight's chief operating officer,", "Rosa Lindqvist of
    # Marrow Partners"); against a person a paragraph before, in a body's words ("led by Jo
    # Farr"), by a title ("The Rev. Carys Dunn"), by a surname that is a body's word ("Greta
    # Mills"), the hearer, and the owner of the speaker's title ("Colm Reddy, Okafor's deputy")
    "make_sp63_cases": frozenset({"bodies", "owned"}),
    # session 63, review rv63s of sp63 (sentences/thing_runs): a person inside a run the walk
    # takes out as a thing ("The BBC's Liam Storr", "the Transport Ministry's Ines Kale", "The
    # Harbour Authority and Petra Long", "New Zealander Rhys Hanley") is the "he"/"she", not the
    # speaker named before; a body, place or fund after by/from/with in a sentence of bodies
    # against a person there ("chaired by Hana Brook"); the speaker's possessive before a word
    # that is also a title ("Jo Farr's head injury", "Alan Rusk's chief worry") against the
    # owner of another's title ("Rusk's deputy Jenna Pole", "Lyle's deputy told MPs")
    "make_rv63s_cases": frozenset({"hidden", "agents", "owners"}),
    # session 63, fresh-miss writer af63b (people/reporting_outlets): a news outlet the page
    # writes only as told or reporting is no person's affiliation; their own outlet passes.
    "make_af63b_cases": frozenset({"channel", "staff"}),
    # session 64, false-alarm writer sp64 (sentences/named_subjects): a quote in the predicate
    # of a clause whose subject is its speaker named in full, past an opener, a title and an
    # apposition naming a body, a place or another's possessive ("Lars Ekdahl, the Nordic
    # Council's envoy for fisheries, called it "...""), against that body, place or owner,
    # a person of the opener and the hearer; guarded, a relay ("quoting the mayor", "cited X
    # as saying"), a heard or passive frame ("was met with chants of", "was told by"), a label
    # ('condemned the "Homes for All" slogan'), another speaker in the predicate, a
    # parenthetical "she said", a view given to others ("For many traders,", "according to")
    # and a capitalised credit after the quote ('"...", Velmar Radio said') refuse the subject
    "make_sp64_cases": frozenset({"subject", "guarded"}),
    # session 64, review rv64s of sp64 (sentences/named_subjects): words in the predicate of a
    # clause whose subject is a person named in full that are not that person's (a work's
    # title sung, starred in or hosted, a show "speaking on" or "appearing on", a campaign's,
    # a law's or a nickname's name, a charge, a placard, "rejected suggestions that"),
    # refused; words of another clause's subject ("while the chairman kept going", "whose
    # gates carry the motto", ", the physio signalling", "her captain shouting") refused; the
    # subject's own words in the same shapes and the right speaker however written pass
    "make_rv64s_cases": frozenset({"owned", "rival"}),
    # session 63, review rv63b of af63b: an outlet that is the person's own though the page
    # writes it with the channel's words (told it "where she is a senior reporter", "the paper's
    # editor, Pia Larkin", "told Lisle Radio Political Editor Dara Quinn", "His report,
    # published by ...") against another outlet the person only told or that only reported
    "make_rv63b_cases": frozenset({"journalist", "told"}),
    # session 64, false-alarm writer ct64 (figures/written_units): a count in the unit its what
    # names, read where the page writes that unit on the number ("a 40p jump", "10p more",
    # "a 10-kilometre radius", "Rs 4,200 crore"), the one number of its sentence in the unit,
    # its change word by it in the what's direction (a level with none), one of its own words
    # in the number's clause; a currency's code between a hedge and its number ("about Rs 60
    # crore": figures/number_qualifiers)
    # (a share: "the 22.5% of Tallis Grid's shares", "backed strike action by 97.2%", "lifted
    # the share price by as much as 14%"; "N% of X" only where X is the count's own word)
    "make_ct64_cases": frozenset({"glued", "written", "share"}),
    # session 64, fresh-miss writer af64 (people/party_people.party_label_other): a political
    # party given to a person the page labels with another ("Liberal MP A" given "New
    # Democrat", "Democrat B" given "Republican"); their own party in any form, a defector's
    # new one, pass
    "make_af64_cases": frozenset({"labelled", "guard"}),
    # session 64, fresh-miss writer ro64 (people/other_heads): a role whose head noun is none of
    # the words of the person's own noun title ("owner" for "General manager Brendan Hickey",
    # "prefect" for "Jacques Arnoux, the mayor of Val-Cenis,") is refused; the title, its
    # rewordings, a second post written beside the name, generic and past values stay open
    "make_ro64_cases": frozenset({"titled", "apposed", "kept"}),
    # session 64, review rv64a of af64 (people/party_people.party_label_other): another's
    # party refused; the person's own passes past an apposition's party word before another's
    # possessive or an end in time, a label on another first name of the surname, a body
    # ending in a party word ("Department of Labor", "The Independent"), initials ("Ontario PC
    # Party"), a party caucus before the name ("New Democrat Coalition Chair")
    "make_rv64a_cases": frozenset({"rival", "when", "alike"}),
    # session 64, review rv64r of ro64 (people/other_heads): the person's post written with
    # another noun than their title's ("manager" for "Rovers boss", "artist" for "painter",
    # "diplomat" for "Ambassador"), away from it ("The director added", "who farms", a
    # headline), and look-alikes of a title's words ("footballer" for "Football agent")
    "make_rv64r_cases": frozenset({"reworded", "elsewhere", "lookalike"}),
    # session 64, review rv64t of ct64: the unit written on the number against a rival's price
    # ("5p cheaper than"), the level a change reached, a rise ruled out, a distance from a
    # place for a radius, a speed, an area, another deed's sum in rupees ("written off" for
    # "recovered": figures/written_units asks a sum's deed), and a count of a change of a level
    # ("cost overrun", "fare increase") refused the level itself or the level it reached
    # (figures/level_changes), a sum gone the other way ("was lost" for recovered, "owes" for
    # repaid, "has not yet been spent" for spent: figures/money_flows)
    "make_rv64t_cases": frozenset({"pence", "lengths", "rupees", "shares", "levels"}),
}

# generator -> the ids of its cases no rule decides rightly yet (they must stay wrong until
# one does, then leave this list)
GAPS: dict[str, frozenset[str]] = {
    # session 61, false-alarm writer pl61: older (wrong on d41d52c4 too): "Orl" for "Turnout was
    # 38 per cent" after "In Orl, the neighbouring district, voters stayed away." in the same
    # paragraph (a place given by the sentence before the evidence is not read).
    "make_pl61_cases": frozenset({"pl61-possessive-0044"}),
    # session 61, review rv61p of pl61: both older (wrong on d41d52c4 too). away-0010: "Dovra"
    # for a fare rise on "the Halberg line, which runs beyond the city limits" (accepted by an
    # older rule; "beyond" is not read as away). headline-0030: "Netherlands" under
    # "Netherlands' population tops 18 million" (the plural possessive of a name in "s" at the
    # head is not read as the place).
    "make_rv61p_cases": frozenset({"rv61p-away-0010", "rv61p-headline-0030"}),
    # session 56, review rv56r of rm56: all older (wrong on sw56 too; rm56 opened 2, mended:
    # "Chief executive and founder Nadia Okafor" read as "founder" only, "chief executive of
    # Quarry Bank" refused for the chief executive whose title names no body). False accepts:
    # "chief operating officer" for the chief executive beside "Operating chief Kai Moor"
    # (twoposts-0030), "chief executive and founder" for the founder beside "Chief executive
    # Tom Rusk and" (0045), ("finance chief" for the fact box's "Chief executive: Ola Berg",
    # bodies-0068, right since review rv58r of ro58's unheld_titles), "lawyer" for the one
    # whose neighbour is "a former lawyer" (0083), "Rivermill chief executive" for
    # Rivermill's finance chief (0094), "headteacher" for the
    # "Council leader" (generic-0133). False reject: "She is also chief executive of Kuro Labs"
    # (bodies-0085: role_rivals.rival_post reads the pronoun tie as another holder).
    "make_rv56r_cases": frozenset(
        {
            "rv56r-bodies-0085",
            "rv56r-bodies-0094",
            "rv56r-twoposts-0030",
            "rv56r-twoposts-0045",
        }
    ),
    # session 56, rm56. Older (refused on sw56 too, by role_rivals.rival_post): two people
    # who "co-chair the doctors committee" each hold the shared post (0074). Left by design:
    # a person whose own title is only a generic word ("Conservative leader", "Bloc foreign
    # policy chief", "Research head", "Deputy leader") is not read as holding another post,
    # since "Ukrainian leader", "top diplomat" and "defence chief" are the office itself in a
    # labeller's words (people25, rivalroles29 keep those as must-pass).
    # session 57, ro57. OPENED (the title run is now read after "in Kobe."; the same value is
    # refused on sw57 when the sentence has no such stop: other_office reads a place in the
    # value as a body word the title lacks): "mayor of Kobe" for "Mayor Hana Ito".
    "make_ro57_cases": frozenset({"ro57-stop-0030"}),
    # session 57, review rv57r of ro57. All OLDER (wrong on sw57 too). A first name that is a
    # rank or title word ("Head Coach Dean Carver", "Mayor Bishop Ngata", "Police spokesman
    # Major Okoye"): the rank given as the role ("dean", "bishop", "major") is accepted, the
    # name's word read as a title. A run after a short word the title-run reader cuts or
    # misses ("Elm St. Mayor", "Main St. Senator", "Acme Co. Chief Marketing Officer",
    # "Harlow Foods Inc. Chief Executive", "Reyes Holdings Ltd. Treasurer"): the neighbour's
    # title accepted. The bare rank for a qualified one ("Chief Constable" for "Asst. Chief
    # Constable", "Mayor" for "Dep. Mayor", "Commissioner" for "Dep. Commissioner") and "chief
    # executive" for a CFO beside a "CEO": accepted.
    "make_rv57r_cases": frozenset(
        {
            "rv57r-firstnames-0053",
            "rv57r-firstnames-0057",
            "rv57r-firstnames-0061",
            "rv57r-firstnames-0065",
            "rv57r-firstnames-0069",
            "rv57r-firstnames-0073",
            "rv57r-firstnames-0077",
            "rv57r-firstnames-0081",
            "rv57r-forms-0087",
            "rv57r-forms-0090",
            "rv57r-forms-0094",
            "rv57r-forms-0114",
            "rv57r-forms-0115",
            "rv57r-wrongs-0127",
            "rv57r-wrongs-0146",
            "rv57r-wrongs-0147",
        }
    ),
    "make_rm56_cases": frozenset(
        {
            "rm56-taken-0011",
            "rm56-taken-0037",
            "rm56-taken-0045",
            "rm56-taken-0048",
            "rm56-taken-0074",
        }
    ),
    # session 56, review rv56a of aa56. OPENED by aa56 and NOT mended (false accepts: the page's
    # topic taken for a market-wide figure told naming no one: "The wider market slipped
    # 0.4%", "Wheat prices have risen 30%", "Freight rates fell 15%"; telling a market's
    # figure from the topic's own "The shares rose" needs more than the sentence's words).
    # Older (wrong on sw56 too): false accepts of "they" meant for rivals named in the
    # sentence before, and "The index of bank shares" for a "Gorsedd Bank" (the value's own
    # common word); false rejects of a description of the topic ("The haulier will add" and
    # "Headcount rose", which aa56 took and rv56a's doer and opener tests refuse again; "The
    # utility expects"), "Its shares rose" for the topic, fact-box and list lines of the
    # topic's results, "Some 300 jobs", and results lines with a capitalised word that is no
    # name: a currency code (EUR, USD), "GDP", a city or region after "in" (Frankfurt, Europe)
    "make_rv56a_cases": frozenset(
        {
            "rv56a-notactor-0085",
            "rv56a-notactor-0088",
            "rv56a-notactor-0089",
            "rv56a-generic-0037",
            "rv56a-generic-0039",
            "rv56a-generic-0043",
            "rv56a-pronoun-0045",
            "rv56a-pronoun-0047",
            "rv56a-pronoun-0051",
            "rv56a-pronoun-0053",
            "rv56a-pronoun-0056",
            "rv56a-lines-0075",
            "rv56a-lines-0076",
            "rv56a-lines-0077",
            "rv56a-lines-0082",
            "rv56a-lines-0083",
            "rv56a-notactor-0086",
            "rv56a-results-0114",
            "rv56a-results-0116",
            "rv56a-results-0122",
            "rv56a-results-0124",
            "rv56a-results-0128",
        }
    ),
    # session 57, false-alarm writer at57: older (wrong on sw57 too). False accepts: a body's
    # owner inside the clause, the thing acted on ("rejected his office's plan", "turned down
    # her club's first appeal"): the value's own head noun after the owner reads as naming it
    "make_at57_cases": frozenset({"at57-owner-0028", "at57-owner-0033"}),
    # session 57, review rv57t of at57. Opened by at57, left (no first name is read, and the
    # one general mend, another tied person in reach, would refuse check 67's own shape):
    # between-0028, "Tomas Brill ... spoke first. Mina Osei, of the Calder Relief Network,
    # agreed. His charity": the Calder network accepted. Older (wrong on sw57 too), false
    # accepts: the one body named before a "his company" though the man left it, once led it,
    # sued it, criticised it, or was hired by it (twobody-0000, 0018 to 0022), a parent body
    # (0008), the body a quote names (0013); a nearer man met or named in a reported clause
    # read as the subject (between-0027); a woman for "her" (pronoun-0048), a quote's "his
    # office" (0053), "said his company" (0055), a body named after in the sentence (0060);
    # the sentence's other party or a same-noun body named before (plain-0075, 0079, 0081,
    # 0083). False rejects: "their union" (pronoun-0051), an owner after "their leader, NAME"
    # (0057), a person named between with no body (between-0036), a man tied to the body he
    # left too ("who left X last year to run Corlan Coaches", twobody-0100) or to two now (0102)
    "make_rv57t_cases": frozenset(
        {
            # the lead's doer category, all wrong before session 57 too: an owner's body is
            # accepted as the doer of another clause's event ("While Westmark Freight laid off
            # 90 drivers, Varro said his company had taken on 40": 0110, 0112, 0118, 0120,
            # 0124, an older reading of the sentence's person); an owner after "said" or
            # before "Quint said" is still no sure reading (0125, 0127, 0131: false rejects)
            "rv57t-doer-0110",
            "rv57t-doer-0112",
            "rv57t-doer-0118",
            "rv57t-doer-0120",
            "rv57t-doer-0124",
            "rv57t-doer-0125",
            "rv57t-doer-0127",
            "rv57t-doer-0131",
            "rv57t-between-0027",
            "rv57t-between-0028",
            "rv57t-between-0036",
            "rv57t-plain-0075",
            "rv57t-plain-0079",
            "rv57t-plain-0081",
            "rv57t-plain-0083",
            "rv57t-pronoun-0048",
            "rv57t-pronoun-0051",
            "rv57t-pronoun-0053",
            "rv57t-pronoun-0055",
            "rv57t-pronoun-0057",
            "rv57t-pronoun-0060",
            "rv57t-twobody-0000",
            "rv57t-twobody-0008",
            "rv57t-twobody-0013",
            "rv57t-twobody-0018",
            "rv57t-twobody-0019",
            "rv57t-twobody-0020",
            "rv57t-twobody-0021",
            "rv57t-twobody-0022",
            "rv57t-twobody-0100",
            "rv57t-twobody-0102",
        }
    ),
    # session 56, false-alarm writer aa56: older (wrong on sw56 too). False accept: "Copeland
    # Stores" for "Forty-two stores are to shut" on a page about Ashdown Retail: the value's
    # own common word ("stores") in the sentence reads as naming it
    "make_aa56_cases": frozenset({"aa56-topic-0019"}),
    # session 55, review rv55r of ro55: all older (wrong on sw55 too; ro55 opened 6, mended).
    # False reject: "Premier Lin Harro" for "prime minister" (forms-0008, role_own_titles
    # reads "Premier" as another office). False accepts: an office noun only as the first five
    # letters of another word ("committee" for commissioner, "secret" for secretary,
    # "official", "profession", "marshes", "chance", "principle", "command", "generation",
    # "treasure"); "editor-in-chief" for "publisher" (forms-0029); an office the page writes of
    # another person ("the mayor", "his attorney", "her professor", "the judge", "the coach")
    "make_rv55r_cases": frozenset(
        {
            "rv55r-forms-0008",
            "rv55r-forms-0029",
            "rv55r-others-0092",
            "rv55r-others-0094",
            "rv55r-others-0096",
            "rv55r-others-0098",
            "rv55r-others-0100",
            "rv55r-others-0102",
            "rv55r-others-0103",
            "rv55r-others-0105",
            "rv55r-others-0107",
            "rv55r-others-0109",
            "rv55r-others-0111",
            "rv55r-stems-0054",
            "rv55r-stems-0060",
            "rv55r-stems-0062",
            "rv55r-stems-0064",
            "rv55r-stems-0068",
            "rv55r-stems-0070",
            "rv55r-stems-0072",
            "rv55r-stems-0074",
        }
    ),
    # session 55, fresh-miss writer ro55: session 33's near-misses of a role the page gives no
    # one, now refused by unwritten_offices: "Secretary of State" where the page writes only
    # "The president, Larkin added", "President" beside "the Queen's dinner for Ardent": the
    # office is a labeller's knowledge, no word of the page's. False rejects by that set's
    # verdict, kept as written there
    "make_ownroles33_cases": frozenset({"or33-title-office-0040", "or33-title-office-0041"}),
    # session 53, review rv53r of cr53r: all older (wrong on sw53 too; cr53r's tie opened 7,
    # mended). False accepts: the holder reading gives the title to a relative or client after
    # "the son/cousin/daughter of" or "A lawyer for" (0094 0098 0100 0105), to the person
    # after "the then chair" (0076), "Student Union President Sir X" for "President" (0139),
    # the title over its body for "caretaker"/"retired" (0144 0147), a namesake's apposed
    # title ("chair of the Harbour Trust, Aron Pike, ... his daughter, Ella Pike", 0151), an
    # object's noun ("hired a lawyer", 0110; "Ella Pike, a nurse" for Aron, 0157); the clause
    # tie's reduced relative ("who coaches the team Mats Alm owns" for Alm, 0133). False
    # rejects: "opened by the mayor, Dr X" (0006), a body with "of" inside ("the treasurer of
    # the Guild of Weavers, X", 0030), "outgoing president" over its body (0077), a plural
    # title over two names (0140), a relative clause with a reduced one in it (0117 0131)
    "make_rv53r_cases": frozenset(
        {
            "rv53r-another-0006",
            "rv53r-office-0030",
            "rv53r-time-0076",
            "rv53r-time-0077",
            "rv53r-inside-0094",
            "rv53r-inside-0098",
            "rv53r-inside-0100",
            "rv53r-inside-0105",
            "rv53r-inside-0110",
            "rv53r-accent-0117",
            "rv53r-accent-0131",
            "rv53r-accent-0133",
            "rv53r-office-0139",
            "rv53r-office-0140",
            "rv53r-time-0144",
            "rv53r-time-0147",
            "rv53r-another-0151",
            "rv53r-another-0157",
        }
    ),
    # session 53, tie writer cr53r. Older (wrong on sw53 too): the holder reading
    # (role_confirms.own_role_tie) gives "President of Varda" to the son in "the son of the
    # President of Varda, X" (a false accept). Reached by the accent fix (right on sw53 only
    # because the clause tie found no sentence for an accented name): "X, who manages the
    # hotel's bookings" confirms "manages the hotel" (the clause tie reads a verb-phrase value
    # written in a row; the same with an unaccented name on sw53), a false accept
    "make_cr53r_cases": frozenset({"cr53r-body-0028", "cr53r-accent-0087"}),
    # session 53, review rv53c of cw53c: older (wrong on sw53 too; the described tie does not
    # decide them): "Chief executive Ben Yuen, a veteran of Ostrel Shipping, said" confirms
    # Ostrel Shipping (a former employer, false accept) and leaves Ardent Ports, the page's
    # company named in the sentence before, unconfirmed (false reject)
    "make_rv53c_cases": frozenset({"rv53c-former-0064", "rv53c-former-0065"}),
    # session 53, tie writer cw53c: false rejects of the described-body tie (no wrong body
    # confirmed): a bare post after a sentence naming both sides of a deal or a suit ("Larkin
    # Foods agreed to buy Maple Cereal. Chief executive X said"; "Polar Freight completed its
    # purchase of Tundra Logistics. '...,' said X, the group chief executive": the tie cannot
    # tell whose post it is, and must not confirm the other), an owner's "His goalkeeper, X"
    "make_cw53c_cases": frozenset(
        {"cw53c-bare-0031", "cw53c-bare-0036", "cw53c-bare-0041", "cw53c-bare-0047"}
    ),
    # session 52, review rv52a of cr52a: all older than the clause tie (wrong on sw52 too).
    # False accepts of the holder reading (role_confirms.own_role_tie; the clause tie itself
    # refuses them): "until last year" after an apposed title, a naming or "became" with a
    # later leaving ("who became mayor in 1994 and retired in 2006", "was named chief executive
    # in 2015 and left in 2020"); rv52n's "replaced Y as" veto closed Y's post. False rejects:
    # "who has chaired the inquiry since 2020" (a present perfect of a post verb), "who took
    # over as coach this season"
    "make_rv52a_cases": frozenset(
        {
            "rv52a-past-0028",
            "rv52a-past-0034",
            "rv52a-past-0035",
            "rv52a-past-0039",
            "rv52a-future-0066",
        }
    ),
    # session 51, tie writer cw51d: false accepts of the crude doer tie (acts/doer_ties) that
    # the set's pages hold: a participle's "by" agent read as the event's doer whatever the
    # participle ("a hotel ... owned by Tomas Arden", "a hall lent by Dessa Rowe")
    # ("a hall lent by Dessa Rowe" left the gaps in session 52: cd52v's own-act reading)
    "make_cw51d_cases": frozenset({"cw51d-owned-0039"}),
    # session 52, tie writer cd52v. Opened by the own-act reading (1, false reject): "The
    # treaty signed by Keld in 2019 was renounced by its new government" for Keld's renouncing
    # (Keld's one mention is the signing's agent; "its new government" is a stand-in no doer
    # tie reads; sw52 confirmed Keld by the signing). Older (wrong on sw52 too, 6): the act
    # told by a word the description's keys miss ("had run" for "runs": 3 letters; "mapped"
    # for "maps"), a stem shared by two acts ("brokered" for "broken"), right doers no tie
    # reads ("both were fined" after "X and Y drew", "was cited by Kessaly in its appeal",
    # "Kessaly blamed X ... and launched strikes it called")
    "make_cd52v_cases": frozenset(
        {
            "cd52v-clauses-0026",
            "cd52v-clauses-0029",
            "cd52v-asides-0031",
            "cd52v-asides-0051",
            "cd52v-agents-0062",
            "cd52v-agents-0065",
            "cd52v-agents-0068",
        }
    ),
    # session 52, review rv52b of cr52b: false rejects older than cr52b's ties (wrong on sw52
    # too; no wrong role confirmed): a plural whose list stands before "the senators'" ("A and
    # B, the senators' lawyers" for lawyer), a plural label ("Hosts: A and B"), a credit's
    # names each with a place ("Reporting by A in Lagos and B in Abuja" for B)
    "make_rv52b_cases": frozenset(
        {"rv52b-plural-0048", "rv52b-plural-0050", "rv52b-label-0096", "rv52b-label-0097"}
    ),
    # session 52, review rv52v of cd52v. Opened by the own-act reading and not mended (5,
    # false rejects): the doer tells the act by a synonym the description's keys miss while
    # another clause's subject does the description's word ("Harl Bank took over Osk Capital
    # ..., and Pell Farms bought the Denmore mill"; "landed", "voted ... through", "jailed" for
    # "sentences"), or by a noun it owns ("completed its takeover of": reading it lost a
    # catch). Older (wrong on sw52 too, 23): the keys read the verb, not its object
    # ("Varrow seized a ferry" confirmed for the trawler's seizure), a speaker reporting
    # another's act ("..., Nolan Oil said"; "Tessin said Varrow had shelled"), right doers no
    # tie reads ("so Arden Foods bought it", "X, which bought Y, said", "said it had fined")
    "make_rv52v_cases": frozenset(
        {
            "rv52v-forms-0003",
            "rv52v-forms-0004",
            "rv52v-forms-0005",
            "rv52v-forms-0007",
            "rv52v-forms-0009",
            "rv52v-forms-0010",
            "rv52v-forms-0011",
            "rv52v-forms-0014",
            "rv52v-forms-0015",
            "rv52v-forms-0018",
            "rv52v-forms-0019",
            "rv52v-forms-0020",
            "rv52v-forms-0023",
            "rv52v-otheracts-0026",
            "rv52v-otheracts-0030",
            "rv52v-otheracts-0036",
            "rv52v-relatives-0046",
            "rv52v-relatives-0049",
            "rv52v-relatives-0059",
            "rv52v-relatives-0066",
            "rv52v-reported-0073",
            "rv52v-reported-0074",
            "rv52v-reported-0075",
            "rv52v-reported-0078",
            "rv52v-reported-0079",
            "rv52v-reported-0085",
            "rv52v-reported-0086",
            "rv52v-reported-0089",
        }
    ),
    # session 51, review rv51d of cw51d. Opened by cw51d's ties and not mended (1): "The army
    # of Keld came under fire from Varrow drones" confirms Keld as the attacker (a main clause's
    # "of" subject whose verb tells no act of its own; a stem check there cost cw51d's own
    # doers, "Jets of the Corran Air Force struck", "Negotiators from Keld and Varrow met").
    # Older (wrong on sw51 too, 13): the crude tie's false accepts of another act's subject
    # ("which Dalby Haulage sued", "Kessaly's army withdrew, and troops of the Varn Front
    # took", "while Varrow's delegation stayed on", "After the Varn Front shelled the bridge");
    # right doers left unconfirmed ("by the coast guard of Doran", "the army of Kessaly blew
    # up" after a fronted clause, "It" after "After X fined it, Y cut" and four more a pronoun
    # sentence stand-ins leave unsure, "Each side accused the other" refused as not named)
    "make_rv51d_cases": frozenset(
        {
            "rv51d-target-0041",
            "rv51d-another-0009",
            "rv51d-another-0011",
            "rv51d-another-0019",
            "rv51d-another-0020",
            "rv51d-another-0021",
            "rv51d-target-0042",
            "rv51d-pronoun-0068",
            "rv51d-pronoun-0074",
            "rv51d-pronoun-0078",
            "rv51d-pronoun-0080",
            "rv51d-pronoun-0082",
            "rv51d-sides-0104",
            "rv51d-sides-0105",
        }
    ),
    # session 49, review rv49s of cl49s: all wrong at gbase49 too (older rules, none opened
    # after the mends): refused, the business named two sentences back when the sentence
    # before names another business in a role the reader does not weigh (a supplier "according
    # to supplier X", a rival, an insurer, a pharmacy chain, "Analysts had expected X", "Talks
    # with X"), a "Fire destroyed a X warehouse" owner, "Harbor Bancorp" for "the lender";
    # accepted, that other business (supplier, rival, chain, the insured, the borrower past
    # "X, its biggest creditor,") or a senator for "said the lender"; refused, a business the page
    # writes with a person's marks, as British outlets do ("X, who manage the block,", "X, a
    # major investor in", "X, the landlord of", "X, a member of", "X, the leader of", "X, the
    # main contractor") or with no person named at all
    "make_rv49s_cases": frozenset(
        {
            "rv49s-person-0054",
            "rv49s-person-0056",
            "rv49s-person-0058",
            "rv49s-person-0062",
            "rv49s-person-0064",
            "rv49s-person-0066",
            "rv49s-person-0068",
            "rv49s-person-0070",
            "rv49s-person-0072",
            "rv49s-person-0074",
            "rv49s-walk-0004",
            "rv49s-walk-0005",
            "rv49s-walk-0008",
            "rv49s-walk-0010",
            "rv49s-walk-0014",
            "rv49s-walk-0015",
            "rv49s-walk-0016",
            "rv49s-walk-0020",
            "rv49s-walk-0021",
            "rv49s-walk-0032",
            "rv49s-walk-0033",
            "rv49s-walk-0041",
            "rv49s-walk-0042",
            "rv49s-walk-0043",
        }
    ),
    # session 46, review rv46b of fsp46a: all wrong at gbase46 too (older rules, none opened):
    # accepted, a name modifying its subject's noun after a fronted chunk or with no verb test
    # of its own ("At the count, Doyle fans cheered as Ravi Sandhu took the stage", "Within
    # hours, Okafor supporters accused", "Speaking in Leeds, Starling allies insisted" past a
    # "her"), a business or place as the subject ("Gatwick named Colin Reddy", "Norden Capital
    # Partners, the Oslo fund, hired"), the first clause's subject before ", and Tariq Mahmood
    # took the chair" or "listened as Luis Ortega laid out", a common-noun person read past
    # ("A Polish lorry driver escaped", "One witness filmed"); refused, "Pressed by reporters,
    # Claes also dismissed
    # Ursula Hahn's warning" (unconfirmed: an unmarked name between), a title run opened by a
    # capitalised body word ("Health board chief executive Morag Baird"); session 63 (sp63,
    # sentences/thing_runs) decides "Halden Motors named Colin Reddy ... he said" rightly
    "make_rv46b_cases": frozenset(
        {
            "rv46b-subject-0002",
            "rv46b-subject-0004",
            "rv46b-subject-0008",
            "rv46b-subject-0010",
            "rv46b-subject-0011",
            "rv46b-subject-0012",
            "rv46b-subject-0027",
            "rv46b-subject-0029",
            "rv46b-subject-0040",
            "rv46b-past-0059",
            "rv46b-past-0061",
        }
    ),
    # session 46, cutter fsp46a: own cases left undecided: a "she" past a "Mr." named in
    # between (refused: the gender rule does not skip him), a subject that is an appositive
    # after a possessive ("Abdou Diallo's rival, Mariam Sow, accepted"; refused)
    "make_fsp46a_cases": frozenset({"fsp46a-rival-0044", "fsp46a-rival-0052"}),
    # session 45, review rv45g: all wrong at gbase45 too (older rules): refused, a group told
    # after the number ("let 60 people go, almost all of them porters and cleaners"), "let 110
    # people go" for jobs cut with a rival's "cut 40 jobs" in the same sentence, a general
    # "people" for the count's drivers ("Stanway Bus let 52 people go"), the "20" of "let 30
    # pickers stay and 20 go"; accepted, a plan's "will let 2,000 civil servants go next year"
    # for those laid off last year, "let 45 more people go" for the jobs shed last year
    "make_rv45g_cases": frozenset(
        {
            "rv45g-letnear-0009",
            "rv45g-letnear-0011",
            "rv45g-letnear-0018",
            "rv45g-letnear-0024",
            "rv45g-letnear-0068",
            "rv45g-letstyle-0052",
        }
    ),
    # session 41, review rv41n, all wrong at gbase41 too: refused, "reduced by 10 to 50 per
    # cent" read up to 50, "increased its nursing staff by 150 to 2,300" (additional nurses
    # and the level), "risen by 2 to 3 per cent a year" up to 3, "quadrupled its volunteer
    # corps from 300 to 1,200", fines "from £50 to £70" beside charges; accepted, "in the
    # previous week" for the week to Saturday, hotel beds for "Visitor numbers trebled to
    # 45,000", revenue analysts "expected". Taken off by gcn45c (session 45, figures/let_go):
    # object-0035 "let about 400 of its 1,100 workers go", object-0032 "let 200 workers go home"
    "make_rv41n_cases": frozenset(
        (
            "rv41n-change-0008",
            "rv41n-change-0028",
            "rv41n-change-0031",
            "rv41n-object-0045",
        )
    ),
    # session 41, review rv41c: what older rules still decide wrongly. score: a side named by
    # a stand-in ("The Light Blues were beaten 3-1 by Celtic") or a coach's side, a tally
    # "against" a motion or after "was 7-2 against,"; bar: the count a bar is set against
    # ("only 19 came"), a "minimum of N" as a lower bound beside another count; share: an
    # aside's owner ("whose parent Corvo owns 70%"), a member of the holders ("including the
    # Brandt family"), the aside's former share, "rather than Brook's"; unit: a measure of
    # another thing, a limit, a distance or a feed, and measures in words the count lacks
    "make_rv41c_cases": frozenset(
        (
            "rv41c-score-0012",
            "rv41c-score-0014",
            "rv41c-bar-0024",
            "rv41c-bar-0029",
            "rv41c-bar-0043",
            "rv41c-share-0060",
            "rv41c-unit-0068",
            "rv41c-unit-0074",
        )
    ),
    # review rv40a, all but the last wrong at gbase40 too: refused, "It was hit hard by the
    # slump and has cut", "The company was bought by ... and has since shut" (a passive, then
    # an active clause), "Her deputy, Sam Hale, said she would publish"; accepted, "A group of
    # investors ... The group" for the mill bid for, "Lynton Motors' flagship plant closed. It
    # had built" (an owner in "s'"), Xi for "Xi Jinping's premier, Li Qiang" and Smith for
    # "Smith's predecessor, Jason Kenney" as an event's actor, "Her chief of staff met", an
    # index "dragged" or "marked down" by points, "told MPs' staff on Monday"; opened by gac40's
    # telling tag and kept: "Rail staff will strike, the union told its members on Monday" (the
    # older other-side rule refuses "the union said on Monday" alike); "A group of investors
    # ... The group" closed in session 42 (gac42, described_actors._introduced)
    # Closed (gpa43, session 43, days/event_days.hearer): "told MPs' staff on Monday" (a hearer
    # past an owner's possessive dates the telling)
    "make_rv40a_cases": frozenset(
        f"rv40a-{tag}"
        for tag in (
            "idle-standin-0001",
            "owned-person-0027",
            "margin-told-0051",
            "margin-told-0053",
            "margin-told-0064",
        )
    ),
    # review rv40s (a fronted clause's apposed name, a source's name line as byline and a town
    # cut from an outlet's name closed in session 41, gsp41c): a pronoun whose gender only a
    # first name tells after a role subject (0012-0013: "The club's manager hopes its captain,
    # Sarah Lund, will stay. '...,' she said", the manager named earlier as Ian Cole); a colon
    # frame whose verb introduces or addresses the speaker, or whose subject is apposed or
    # owned; a minister's name for a business's noun ("its agency, X," closed in session 45,
    # gsp45b); a company given
    # "owner"; "stepped in as owner"; a firm's short form; "the union" beside another union
    "make_rv40s_cases": frozenset(
        [
            f"rv40s-review-speakers-{n}"
            for n in (
                "0012",
                "0013",
                "0018",
                "0031",
                "0032",
                "0061",
                "0062",
            )
        ]
    ),
    # "Milan" of "Inter Milan" (opened by r2actors, not mended: only a lexicon of clubs tells
    # a club's part from its short name, "Falcons" of "Atlanta Falcons"); the index's fall "by
    # N points" after a verb of a blow was closed in session 40 (gac40: a bare common-noun
    # subject is no side)
    "make_rvr2actors_cases": frozenset(f"rvr2ac-rv-contest-{tag}" for tag in ("0016",)),
    # rvr2counta: the loser's number or a draw's read by the older rules, "fell 3-1 to", "saw
    # off", "two goals in the last ten minutes" (unplayed results, scores in play or in other
    # units closed in session 39, gcountclause; bare participles, "edged out", "lost at home
    # to", a third name in session 40, gcn40); and, opened by r2counta and not mended, a
    # score's tally in the wrong sport's unit ("Arsenal beat Wolves 2-0" as points or runs);
    # closed in session 41 (gcn41a): "saw off", "fell 3-1 to", "Beaten 3-0 by Leeds, Hull"
    "make_rvr2counta_cases": frozenset(
        "rvr2ca-" + case
        for case in (
            "rv-score-0019",
            "rv-score-0024",
            "rv-score-0025",
            "rv-score-0045",
            "rv-score-0046",
        )
    ),
    # a length in metres no word but its unit ties to the count ("the 100m final" for "race
    # distance, metres", "runs 450m out to sea"), a price two sentences' words apart ("45 euros
    # 50 for her seat") ("1 350 NHS nurses", opened by numread38, closed in session 44,
    # gcn44b: initials before a noun of people name no model); glued lengths English makes
    # ("its 220m main span", "waves of 15m") are read in metres, "2 point five dollars" as 2.5,
    # since session 40 (gfr40n)
    "make_rvnumread38_cases": frozenset(
        f"rvnr38-{tag}"
        for tag in (
            "read-out-0074",
            "read-out-0079",
            "read-out-0080",
        )
    ),
    # review rvreadback38: the older business-noun and pronoun read-backs' wrong verdicts (a
    # regulator's initials or a company named only as an object for "the company", "the tax
    # authority" or "the rival airline" for another of the kind, a fronted "-ing" before a
    # capital, "Mayor Colm Brady" for "she"), and rightful speakers they still refuse; session
    # 40 (gsp40b) closed a person, another kind, a labelled body, other members, two bodies
    # of one noun; session 41 (gsp41b) "the company said" past sentences naming a titled
    # person, a public body or a common noun (business_nouns.subject_business)
    "make_rvreadback38_cases": frozenset(
        f"rvrb38-{tag}"
        for tag in (
            "rv-pronoun-0012",
            "rv-pronoun-0027",
            "rv-body-0046",
            "rv-body-0052",
            "rv-body-0066",
        )
    ),
    # older rules' wrong verdicts (rvcountclause38): a rent "a month" read as a count of homes,
    # another airport's passengers, charges for people charged, another time's or firm's
    # object (agent nouns, a measure's end and a price per unit closed in session 39,
    # gcountclause; words set against the number, "unlike Ryanair's", and a flow's other way,
    # "Imports", in session 40, gcn40; a start dated by the count's time, "rose by 14 to 61",
    # "trebled", "let 300 people go" in session 41, gcn41c)
    "make_rvcountclause38_cases": frozenset(
        f"rvcc38-{tag}"
        for tag in (
            "change-end-0006",
            "change-end-0014",
            "verb-object-0054",
            "verb-object-0057",
            "verb-object-0061",
        )
    ),
    # "By A, John Smith": a person-shaped name after a credit's comma, read by older rules as
    # the outlet (a second author to a careful reader); left to a rule on name lists
    "make_credits38_cases": frozenset({"cr38-maker-outlets-0085"}),
    # a reviewed book's or play's "Written by", "Compiled by", "Script by" (older head readers
    # take any by-credit), "With A" as a guest, a foot's epigraph "— A", a hyphenated surname's
    # halves, "Interview | A talks to B"; as outlets a lone guest's foot "A, Bank", a small
    # town's dateline ("By A, Kirkby Lonsdale"); a title cut short and a source's office under
    # the headline were closed in session 40 (gsp40b)
    "make_rvcredits38_cases": frozenset(
        {
            "rvcr38-review-bylines-0043",
            "rvcr38-review-outlets-0050",
            "rvcr38-review-outlets-0056",
            "rvcr38-review-outlets-0057",
        }
    ),
    # speakers the tie words miss ("the oil major", "the chipmaker", "the retailer", "the
    # Foreign Office"), "has chosen" and US "said Wednesday it plans to" not read as a said
    # decision, "First Minister" read as a time word, "over the summer" as no decision's time
    # Closed (gpa42, session 42, days/said_decisions.py): "said Wednesday it plans to retire its
    # last Boeing 737s" (an owned "last" of a thing is no time), "First Minister" (an office)
    # Closed (gpa43, session 43, days/said_speakers.py, said_decisions.py): the rest ("the oil
    # major", "the chipmaker", "the retailer", "the Foreign Office", "has chosen", "BP")
    "make_rvwhen37_cases": frozenset(),
    # "had targeted 550,000 new homes" that older count rules do not read (the result for an
    # "expected" count, this time's number for an earlier time's and the level for a change's
    # size were closed by figures/role_contrasts.py, gcr40 session 40)
    "make_countroles38_cases": frozenset(f"cr38-{tag}" for tag in ("stance-0041",)),
    # another year's forecast, a score's other side, another range's end, "last season's" for
    # "the previous club record", an earlier year named only outside the evidence, which older
    # rules accept; another firm's forecasts, a previous quarter's and a "braced for" forecast
    # they refuse (the level a change reaches, a result set against a forecast, an earlier
    # forecast and this year's total for last year's were closed by figures/role_contrasts.py,
    # gcr40 session 40; a year-ago quarter's "92 cents" by figures/written_units, ct64 session
    # 64)
    "make_rvcountroles38_cases": frozenset(
        f"rvcr38-{tag}"
        for tag in (
            "named-time-0083",
            "named-time-0096",
            "range-end-0052",
            "stance-0030",
        )
    ),
    # rvr3counts: the older rules' "the $4.56 consensus" for a count of the consensus, a sum
    # whose deed word stands with another ("Analysts had expected earnings of 91 cents a share;
    # ... delivered 97 cents"), "lifted its bid from $20 to $23 a share", cash after a ratio,
    # an owner said once for two closes, "10 votes per share" for Class A, "down a further 9%"
    # ("shrank nearly 9% from 410 aircraft" closed in session 40, gcn40),
    # "down 11 per cent from 2024, at 187" (mendr3counts mended the three r3counts opened, a name
    # the page never gives, a participle's sum, another day's close, and "having ended Monday";
    # a stance's "had expected earnings" and "lifted its bid from $20 to $23" closed in session
    # 41, gcn41c)
    "make_rvr3counts_cases": frozenset(
        f"rvr3c-{tag}"
        for tag in (
            "per-share-0045",
            "before-change-0082",
        )
    ),
    # older rules' wrong verdicts (session 35's stand-ins, not opened by r3actors): an object
    # description ("Investors sold the company"), a passive "It was fined" and "It took three
    # years" (read so, check 77's JLR is supported) read as the actor (review rv-r3actors
    # mended "the group" past "Brandt Metals Inc", "It remains unclear when", "It has been a
    # difficult year")
    "make_r3actors_cases": frozenset(),
    # review rv-r3actors, all wrong at r3base too: "the company" for a union the page shows
    # only by "its members", "the group" of investors read as the bid's target, "the insurer"
    # tied to "Greyfield Insurance" by its word past "Rival Ossory Mutual"; "it" of a thing
    # ("the reservoir", "a new rail product", "Tarvo Telecom's network"), "It is becoming
    # harder for"; refused: "the company" past an object named after the subject, "It will
    # fund" (closed in session 41, gac41: "the lender", "It is to cut", "It expects", "It now
    # exports" after an unmarked name as the bare subject just before; session 42, gac42:
    # "the company"/"It" past an object named after the subject, "agreed to buy Tern Solar";
    # "It" of the reservoir a saying told of, of a new rail product (thing_before))
    "make_rvr3actors_cases": frozenset(
        f"rvr3ac-rv-{tag}"
        for tag in (
            "described-0000",
            "described-0006",
        )
    ),
    # session 41, review rv41b: what the older rules still decide wrongly (wrong at gbase41
    # too): "the company said" past "Business Secretary Ruth Kemp", the FDA or "Sales of new
    # homes" not read back, "Regulator Ofwat" read as "the company" (older read-backs); "It" of
    # a furnace, a ferry, a cargo or a brand sold, and a dummy "It took a month for" / "It
    # stands to reason that" read as the firm (the "It"s and dummies closed in session 42, gac42:
    # dummy_it, thing_before); opened by gsp41b and left: a one-word regulator or city
    # ("Ofgem", "Sheffield") read as "the company" (one word is no person's shape, "Coinbase");
    # closed in session 42 (gsp42b): "Regulator Ofwat" (a name labelled a regulator) and
    # "Business Secretary Ruth Kemp", "The Food and Drug Administration" between; closed in
    # session 45 (gsp45b): "the housebuilder" (a business's noun)
    "make_rv41b_cases": frozenset(f"rv41b-{tag}" for tag in ("company-back-0033",)),
    # session 40, the older generators' own GAPS brought into their sets (oldgaps40): a party
    # the page puts in the room read as an observer ("monitored the talks from the next room ...
    # and joined them for lunch")
    # Closed (gpa42, session 42, occasions/meeting_presence.py): "and joined them for lunch"
    "make_parties36_cases": frozenset(),
    # session 40 (oldgaps40): a chair who "presided over" a session between others, a broker
    # of others' meeting, an urger of it, a signing's witness ("witnessed by", "in the presence
    # of", "watched by") with no meeting said, a proposer of a summit held "with the leaders alone"
    # all seven closed in session 41 (gpa41, occasions/third_parties.py)
    "make_presence35_cases": frozenset(),
    # session 40 (oldgaps40): as a party, one "received a briefing" elsewhere after the summit,
    # "received Biden's envoy in Jeddah while the leaders met", "met Xi Jinping's premier", a
    # mediator meeting "each delegation separately", an opener "with a prerecorded speech";
    # refused, the host who "took his seat", "Flanked by X". Closed (go40a): "met Xi Jinping's
    # premier" (a premier is one who acts for the owner)
    # Closed (gpa41, session 41, occasions/third_parties.py): the briefing and the envoy
    # received elsewhere, the mediator meeting each side separately, the prerecorded opener
    # Closed (gpa42, session 42): the host who "took his seat" (occasions/meeting_presence.py)
    "make_rvpr35_cases": frozenset({"rv35-meeting-object-0092"}),
    # session 40 (oldgaps40): the page's subject as the actor of a "he"/"she" that another
    # person named between means (a new chairman, a description, a name in a quote, a verb's
    # subject); "She starts on Monday" refused. Closed (go40a): an owner pronoun's person
    # ("Her attacker", "His coach said he"); closed (gac41b, session 41): a father sharing the
    # surname ("Arthur Penhaligon" for his son Robert), "Her husband, the painter Ian Cowie"
    # Closed (gac44, session 44): "He gave Dunn", "He called Oduya" (sentences/pronoun_objects),
    # "He" for Moreno, whom "where she was finance director" marks (sentences/genders)
    "make_rvactors37_cases": frozenset(f"rva37-rival-person-{n:04d}" for n in (56, 59, 60, 61))
    | frozenset({"rva37-pronoun-role-0071"}),
    # session 40 (oldgaps40): a made-up "Price" beside the page's "prices", initials that stop
    # inside a name ("OSC") or take a place's letter ("NUJS", "FSAD"); "Fall of Kabul" refused
    "make_rvfreetext37_cases": frozenset(
        f"rvft37-{tag}"
        for tag in (
            "label-heads-0095",
            "label-heads-0096",
            "name-forms-0097",
            "name-forms-0098",
            "name-forms-0099",
        )
    ),
    # session 40 (oldgaps40): last year's figure in a results table's bracket, a count of
    # prizes as each prize's value; refused, a gloss's other currency ("US$2 billion (C$2.7
    # billion)"), a range's first bound at the second's scale ("£40-50m", "three to four
    # billion-dollar start-ups"), a "lowest" the page says itself ("$1 to $2 trillion", read as
    # a vote's score, closed in session 41, gcn41c)
    "make_rvmoney37_cases": frozenset(
        f"rvmo37-{tag}"
        for tag in (
            "gloss-0090",
            "gloss-0093",
            "currency-0094",
            "range-scale-0095",
            "range-scale-0097",
            "range-end-0098",
        )
    ),
    # session 40 (oldgaps40): another owner's or a former share, a quorum or a bar for the
    # count, another vote's score, a party named only by a quote, a cause, an interviewer or a
    # scrapped meeting; refused, a share beside a former one or an aside, a tally "against" or
    # "to acquit", a party who met after a call (rvnp36-168, a mediator who chaired, is no
    # party by the gold's convention: its verdict was corrected in session 40)
    # Closed (go40a): a share its clause gives another subject beside the owner's own later
    # share ("the fund would receive 12% ..., while the region keeps 88%")
    # Closed (gpa41, session 41, occasions/third_parties.py): the parties named only in a
    # quote, as a teller, an interviewer, a requester, or a scrapped or wished meeting's;
    # closed in session 41 (gcn41a): a tally noun's score "against", a bar noun's number, a
    # share's subject past an aside or a number
    "make_rvnp36_cases": frozenset(f"rvnp36-{n:03d}" for n in range(157, 185))
    - frozenset({"rvnp36-157", "rvnp36-160", "rvnp36-168", "rvnp36-175"})
    - frozenset(f"rvnp36-{n}" for n in (167, 169, 170, 171, 172, 177, 178, 179, 182))
    - frozenset({"rvnp36-158", "rvnp36-159", "rvnp36-161", "rvnp36-163", "rvnp36-164"})
    - frozenset({"rvnp36-165", "rvnp36-173", "rvnp36-174", "rvnp36-180", "rvnp36-181"})
    - frozenset({"rvnp36-183"})
    - frozenset({"rvnp36-176"})  # closed in session 43 (gcn43a): "The insurer, not the bank,"
    # closed (gpa42, session 42, occasions/meeting_presence.py): "phoned X and later met her"
    - frozenset({"rvnp36-166"}),
    # session 40 (oldgaps40): accepted, a description read back to the one person named ("X,
    # who hopes to become prime minister"), another country's office, read-out or relayed
    # words; refused, interview "A:" turns, "the treasurer said" of the one named so, "was the
    # promise made to fans by X", "The reply from X's lawyer, Y:"
    # Closed (gsp41a): interview "A:" turns whose introduction names the one interviewed by a
    # pronoun that gives the interview, a role noun after "met"/"sat down with", or "her
    # conversation with him" (sentences/intro_subjects), and the asker refused; "the
    # treasurer said" of the one the page writes so; "the message Y received from X", "the
    # promise made to fans by X", "how Y was described by X", "The reply from Y's lawyer, X:"
    # Closed (gsp44b, quotes/quoted_objects.relayed_lead): read out "on behalf of" another,
    # a letter "quoting" another
    "make_rvq36_cases": frozenset(f"rvq36-{n:03d}" for n in range(122, 153))
    - frozenset(
        f"rvq36-{n:03d}"
        for n in (122, 124, *range(125, 129), *range(130, 136), *range(138, 150), 151, 152)
    ),
    # session 40 (oldgaps40): a quote after a colon given to the person named the sentence
    # before, "the company/firm/automaker said" read back to a union, a minister or a founder,
    # a deed noun ("the winner/champion/laureate/founder") to its past holder or a co-founder;
    # and the rightful speakers of these forms refused; session 41 (gsp41b): "the company said"
    # past a titled person's, a public body's or a common noun's sentence to the business;
    # session 42 (gsp42b): the one business a body's sentence names after its verb's words
    # gsp44a: "the winner said" after "went to a first-time author, the jury's chair, Jo Hart,
    # said": the older read-back gives it to the sentence's speaker (wrong before the session)
    "make_gsp44a_cases": frozenset({"gsp44a-deeds-0067"}),
    # session 44, review rv44a: all wrong at gbase44 too (older rules). Firms: "the company
    # said" given to a person whose apposition is a job ("a local builder", "a retired army
    # major", "a documentary filmmaker") or who is named after a fund manager's possessive,
    # and refused to the business past a lawmaker's, an "Air Marshal"'s or a fund's
    # possessive sentence; bodies: a joint statement of "the two bodies", "the budget
    # forecasting office" for the OBR, "the centre/center said" of a sportsman (read as a
    # body); deeds: the real winner or founder refused when the page names them by a verb no
    # rule reads ("the judges chose", "took the title", "is now led by"), after a possessive
    # ("Britain's Ana Pell", "Kyoto University's Hana Sato") or as an apposition after kin
    # ("Dara Finch's father, Ian Finch"); the deeds closed in session 45 (gsp45a)
    "make_rv44a_cases": frozenset(
        {
            "rv44a-bodies-0039",
            "rv44a-bodies-0055",
            "rv44a-bodies-0063",
        }
    ),
    # session 45, review rv45a: all wrong at gbase45 too (older rules). Deeds: the winner
    # refused after a club's, a university's or a two-word country's possessive ("Arsenal's
    # Fay Moss", "Harvard's Ana Pell", "New Zealand's Tama Rewi": no rule reads the name
    # behind it) and after a jury's choice no rule reads ("before settling on Lars Onn's debut");
    # occasion: the one who holds a post now refused, or the one before accepted, when the
    # now-deed is a verb no rule reads ("returned as its chief executive", "took over") or the
    # former one's end is no year ("until May", "had led Halvex since 2016"); a founder
    # refused against a rival's founding; opener: "he/she said" after a sentence whose
    # subject is an office's "-ing" modifier, "the" phrase or title run ("Defending champion
    # Lena Ruiz, who lost", "Retiring judge Nora Blix,"), a gerund subject ("Hiring Tom Ek,
    # the former coach, was Rob Ames's first decision") or a phrase with a comma of its own
    # ("Speaking in Paris, France, on Tuesday, Tom Ek said")
    "make_rv45a_cases": frozenset(
        {
            "rv45a-deeds-0016",
            "rv45a-deeds-0018",
            "rv45a-deeds-0020",
            "rv45a-deeds-0022",
            "rv45a-occasion-0040",
            "rv45a-occasion-0041",
            "rv45a-occasion-0044",
            "rv45a-occasion-0045",
            "rv45a-occasion-0048",
            "rv45a-occasion-0049",
            "rv45a-occasion-0058",
            "rv45a-occasion-0059",
            "rv45a-opener-0076",
            "rv45a-opener-0078",
            "rv45a-opener-0080",
            "rv45a-opener-0082",
            "rv45a-opener-0086",
            "rv45a-opener-0090",
            "rv45a-opener-0092",
        }
    ),
    "make_rvreadback37_cases": frozenset(
        f"rvrb37-{tag}"
        for tag in (
            "business-noun-0045",
            "deed-noun-0087",
            "deed-noun-0094",
            "deed-noun-0095",
        )
    ),
    # rv40c: what older rules decide wrongly (none of it opened by session 40's rules; the 11
    # they opened were mended): a stance's "had" read for another count, an earlier month's
    # number after "from", a spelled change's size ("a drop of nine points"), passive and
    # adjunct scores, "Other than the chairman", a flow's noun, shares of pronoun or alias owners
    # (closed in session 41, gcn41a: phrasal and bare-participle results, a third name;
    # share-0084's verdict corrected in session 41: an exact 25 for "about 25%" is wrong;
    # role-0009, "forecast growth" 0.4 of "had forecast growth of 0.2%, but the economy grew
    # 0.4%", closed in session 60, ct60: "growth of 0.2%" is the forecast's own change)
    "make_rv40c_cases": frozenset(
        f"rv40c-{tag}"
        for tag in (
            "role-0007",
            "role-0016",
            "role-0018",
            "contrast-0051",
            "contrast-0053",
            "contrast-0061",
            "share-0067",
            "share-0069",
            "share-0078",
        )
    ),
    # review rv41s: what older rules decide wrongly (wrong at gbase41 too; the 6 gsp41a opened
    # were mended): the interviewee as the subject of "talks to our critic Y" or "looks back
    # on his year with Y" before "his/her conversation with him/her" refused; "X, the mayor's
    # deputy, shared her reply:" and "passed on her message:" given to X; "how Y was described
    # by friends of X" and "The reply from Y's lawyers" given to Y; a treasurer who died or
    # left the post, and a coroner who retired, given "the treasurer/coroner said" (and the
    # new coroner refused); "the text Y got from X", "the assurance given to staff by X" and
    # "X, its chief executive, was candid:" refused, the company given the last; closed
    # (gsp44b): "passed on her message:" (quotes/quoted_objects.relayed_lead), "the text Y
    # got from X", "the assurance given to staff by X" (credit_frames._NOUNS)
    "make_rv41s_cases": frozenset(
        f"rv41s-{tag}"
        for tag in (
            "answers41-0017",
            "answers41-0066",
            "frames41-0025",
        )
    ),
    # review rv41p of gpa41 (third_parties), all wrong at gbase41 too: refused, a chair "who also
    # led" a delegation, a mediator "who chaired the joint session", "talks between her and", a host
    # or chair watching a signing at their own summit; accepted, the owner of a deputy met.
    # Closed (gpa42, session 42, occasions/third_parties.py): "chaired", "convened",
    # "moderated", "organised" or "sponsored by" one over two others' talks, a go-between carrying
    # notes, a spokesman's "he met reporters", another's "who led", "could not meet", "had been
    # due to meet", "was supposed to attend"
    "make_rv41p_cases": frozenset(
        f"rv41p-review-{tag}"
        for tag in (
            # closed (gac44, session 44): over-0002, teller-0029, teller-0030
            "over-0008",
            "missed-0070",
        )
    ),
    # session 42, review rv42old: all wrong at gbase41 too (older rules): pronouns past "Later
    # Dene", "Only Voss", a name apposed to a kin noun, a surname alone before a relative's full
    # name; "Wolds" after "in the"; "the company said" past "Union official X" or an owner's
    # name; measures of another thing in the count's unit or noun ("44 tonnes of steel" for a
    # limit, "12km from"), "measured 18m", "60m down" ("let 300 people go", counts-0066,
    # taken off by gcn45c in session 45: figures/let_go). Taken off by fa43c
    # (session 43): counts-0052, 0054, 0055 and speakers-0037, decided rightly already at the
    # merge 47f229c6 (the test failed there), not by fa43c's age reader
    "make_rv42old_cases": frozenset(
        {
            "rv42old-actors-0001",
            "rv42old-actors-0005",
            "rv42old-actors-0006",
            "rv42old-actors-0016",
            "rv42old-actors-0017",
            "rv42old-actors-0023",
            "rv42old-actors-0024",
            "rv42old-counts-0059",
            # the last of the lead's six bound cases (gcn43b closed the others by the number's
            # own verb): "The lift held 12 people" given as its limit ("held" also says a
            # capacity)
            "rv42old-counts-0082",
        }
    ),
    # session 42, review rv42c: all wrong at gbase42 too (older rules): a weight limit or a
    # permitted or legal bound given a speed or weight merely reached when the sentence says
    # the bound word or none ("weighed 4.2 tonnes, broke the legal limit"), "must not exceed 50
    # km/h" as a limit, a score's side in "lost 2-0 to Stoke" and "a week after their biggest
    # home win" (another match), "by 12 universities to £9,500", "2kg of herring" beside the
    # sea lion's weight, "4km of track between the stations" as their distance
    "make_rv42c_cases": frozenset(
        {
            "rv42c-changes-0041",
            "rv42c-changes-0048",
            "rv42c-changes-0051",
            "rv42c-changes-0053",
        }
    ),
    # session 42, review rv42p: wrong at gbase42 too (older rules) but it-0018, the lead's "it"
    # convention read past an object ("won a £30m order from Tarlow Steel. It needs the ore"):
    # "It will cut jobs" after a company "said the market was weak", "It used the proceeds"
    # after a sale, "A Halden Group spokesman ... The group", "It took the best part of a year
    # for"; a chair who is or leads one side, a delegation's leader telling the talks, "and then
    # joined them for dinner"; "First Lady", "First Minister's Questions", "their last two stores"
    # Closed (gpa43, session 43, days/): "told First Minister's Questions", "Wilko's owners will
    # shut" for "Wilko owners to shut"
    "make_rv42p_cases": frozenset(
        {
            "rv42p-review-it-0018",
            "rv42p-review-party-0027",
            "rv42p-review-party-0039",
            "rv42p-review-time-0055",
        }
    ),
    # session 42, review rv42s: all wrong at gbase42 too (older rules): a header line that
    # announces a "talk" or runs a clause after its colon; "Dr Rao" in a spokesman's reply;
    # (closed in session 45, gsp45b: "the club captain" after "retired hurt", a namesake's
    # "Berg" and a "former treasurer" taken for the holder, one "was dismissed"); "branded by";
    # "the supplier censured by the regulator", "fined Brent Water" by a regulator's subject,
    # a one-word surname opening the sentence between
    "make_rv42s_cases": frozenset(
        {
            "rv42s-speakers-0014",
            "rv42s-speakers-0016",
            "rv42s-speakers-0062",
            "rv42s-speakers-0063",
        }
    ),
    # session 43, review rv43b: all wrong at gbase43 too (older rules): "18 tonnes or more" read
    # exact against a bound; a bound the older ties miss ("a 400-foot ceiling"); "could rise by
    # up to 6%" as a level; a reached speed set against a bound named earlier in the sentence
    # ("Despite the 50 mph limit", "its top permitted speed is 100 mph"); dimensions told "to
    # the south of", "down", "short of"; a bare "m" on a page with no money in glued millions;
    # "below the 200-day moving average to 412p"
    "make_rv43b_cases": frozenset(
        {
            "rv43b-bounds-0012",
            "rv43b-bounds-0015",
            "rv43b-bounds-0018",
            "rv43b-bounds-0023",
            "rv43b-dimensions-0056",
            "rv43b-dimensions-0058",
            "rv43b-dimensions-0060",
            "rv43b-units-0064",
            "rv43b-units-0066",
        }
    ),
    # session 43, review rv43g: all wrong at gbase43 too (older rules): a buyer after "to"
    # described with no article ("Hanbit Auto, South Korea's biggest carmaker"), a buyer of a
    # "U.S. card arm", "also" after an owner's rival, "Vantor SA of Spain"; "the pensions
    # department", "the students office", "the budget office", "the centre", "the department"
    # and "the institute" for a body named "X for Y"; "and Harland said" after a credited
    # source, "A and B data show"
    "make_rv43g_cases": frozenset(
        {
            "rv43g-sources-0060",
            "rv43g-sources-0065",
        }
    ),
    # session 43, review rv43a: all wrong at gbase43 too (older rules): the one paid or fined
    # who acts with no name ("a Danish shipping line"), a seller's earlier deed, a passive's
    # subject ("was fined by"), a union or bank a saying's clause names, a plural owned thing
    # "It" after "blamed", a resigned chief, "met Macron's prime minister", a former chief who
    # sued, a fund or property manager's "the firm said", "Envoy Air", "Bale Haulage"
    "make_rv43a_cases": frozenset(
        {
            "rv43a-actors-0007",
            "rv43a-actors-0018",
            "rv43a-actors-0020",
            "rv43a-actors-0021",
            "rv43a-actors-0033",
            "rv43a-actors-0045",
            "rv43a-actors-0046",
            "rv43a-speakers-0068",
        }
    ),
    # session 43, review rv43c: all wrong at gbase43 too (older rules): a common-noun or
    # possessive subject that means the count's owner ("The group will hold 70%" after
    # Tavistock Mining; "Nordvik's chief executive holds 2%", "Minority holders, including the
    # Brandt family"), "those of Rusk with 42%", "lost 30-40 of its season-ticket holders" as a
    # range, "more than, by their own count, 2,000", a quorum for members present, "predicted 41
    # of the 50 states correctly" against rival forecasts, "in the same quarter a year earlier"
    # session 44, closer gac44: wrong at gbase44 too (older rules): "Kestrel Bank sued Ardley
    # Homes last week. It denies any wrongdoing" reads "It" back to the bank suing
    "make_gac44_cases": frozenset({"gac44-actors-0036"}),
    # session 44, review rv44d: wrong at gbase44 too (older rules): "It was Kerr's cross that
    # Dunn headed in" (a possessive in a cleft), a "She" after "takes over from Sam Reid in
    # June, when she retires" read as the new editor, "It disputes the bank's account" after
    # "was sued by Ardley Homes", a relative clause's "and has since bought" ("a group that was
    # founded in 2015 and has since bought"), "The minister who leads Kenya's negotiating team,
    # X, said" (a possessive side), "Farmers on Exmoor" (a bare "on" before a one-word place,
    # left to older rules by rv44d's mend: "on CBS", "on Sky" are channels)
    "make_rv44d_cases": frozenset(
        {
            "rv44d-actors-0017",
            "rv44d-actors-0021",
            "rv44d-actors-0023",
            "rv44d-actors-0027",
            "rv44d-outlets-0081",
            "rv44d-parties-0056",
        }
    ),
    "make_rv43c_cases": frozenset(
        {
            "rv43c-shares-0002",
            "rv43c-shares-0003",
            "rv43c-shares-0009",
            "rv43c-shares-0018",
            "rv43c-shares-0028",
            "rv43c-tallies-0036",
            "rv43c-tallies-0059",
            "rv43c-times-0075",
            "rv43c-times-0076",
            "rv43c-times-0080",
        }
    ),
    # session 44, fcu44: accepted by the window rule at gbase44 too (not by fcu44's rule):
    # "were met ... by 300 police officers" for marchers, "40 millimetres of rain" for homes,
    # "its suppliers shed about 800" for the plant's jobs, "soldiers killed 11" for hostages
    # freed, "were never taken to hospital, 19 in all", "all released except 41"
    "make_fcu44_cases": frozenset(
        {
            "fcu44-far-0001",
            "fcu44-far-0015",
            "fcu44-far-0021",
            "fcu44-far-0022",
            "fcu44-words-0037",
            "fcu44-words-0040",
        }
    ),
    # session 44, closer gcn44a: refused, a standing-alone age whose verb is a past form the
    # reader takes for its noun ("the 50-year-old cited ill health")
    "make_gcn44a_cases": frozenset({"gcn44a-lone-0023"}),
    # session 44, review rv44c: all wrong at gbase44 too (older rules): refused, "The
    # 38-year-old suffered head injuries" (a past form read as its noun), "the 27-year-old
    # left-back Callum Reid", a dash's apposition ("the driver - a 45-year-old man from
    # Chatham -"), "now 35" and "was not a 31-year-old ... but a 34-year-old"; accepted, another
    # person brought in by a noun the person list lacks ("a rambler", "his tenant"), a name
    # after "of" or "by" ("the death of Ruth Kay", "attacked by Owen Pryce"), a name before a
    # verb outside _ENDS ("Tom Greer takes charge", "left Owen Hart out"), an owner across
    # "of" ("The mayor's chief of staff, Lena Brandt, 44,"), batsmen's runs set off by commas
    "make_rv44c_cases": frozenset(
        {
            "rv44c-copula-0044",
            "rv44c-copula-0046",
            "rv44c-copula-0048",
            "rv44c-lone-0014",
            "rv44c-lone-0017",
            "rv44c-lone-0018",
            "rv44c-lone-0019",
            "rv44c-lone-0020",
            "rv44c-lone-0081",
            "rv44c-lone-0085",
            "rv44c-owner-0059",
            "rv44c-owner-0064",
            "rv44c-owner-0065",
        }
    ),
    # session 44, review rv44b: all wrong at gbase44 too (older rules): a month reached only by
    # a forecast ("forecast to reach $52 billion by June") or bounding a stretch ("the highest
    # since March"), another noun's number told of the count's month ("youth unemployment
    # stood at 13.9% in May"), a comparison that only names the earlier time ("up from the
    # prior year", "higher than in the previous year", "from 6.1 million over the previous
    # quarter"), a range dated by "for 2026" before "compared with", a per-share sum "a year
    # earlier" refused to a count of that year, "Some 2 900 RCN members" read in pieces
    "make_rv44b_cases": frozenset(
        {
            "rv44b-times-0002",
            "rv44b-times-0004",
            "rv44b-times-0007",
            "rv44b-designation-0087",
        }
    ),
    # session 44, review rv44f: all wrong at gbase44 too (older rules, the window's reading);
    # the hope, the question and "once numbered" closed by gcn45a (session 45, count_frames);
    # left: accepted, "The captors of the hostages, ... were thought to number about 40", a
    # former count "were a year ago put by the union at 85", a projection ("were projected to
    # fall to 40"), "Chaplains who visited the nurses ... number three"; refused, "Striking
    # nurses at the two hospitals ... about 700" (another number between); "all 12 of them"
    # after the crew's clause read by figures/all_wholes (session 62, ct62)
    "make_rv44f_cases": frozenset(
        {
            "rv44f-heads-0030",
            "rv44f-heads-0039",
            "rv44f-heads-0075",
            "rv44f-frames-0060",
            "rv44f-frames-0062",
        }
    ),
    # session 44, fcu44b: accepted at gbase44 too (older rules, not the word families): a
    # second count's number after "and" with a verb of its own ("brought five miners out
    # alive") read as the first count's ("delayed 1,100 more" closed by gcn45b)
    "make_fcu44b_cases": frozenset({"fcu44b-things-0040"}),
    # session 44, review rv44e: all wrong at gbase44 too (older rules); the pronoun's sex,
    # "They expect" and "The ratings agency, Moody's, expects" closed by gac45 (session 45);
    # left: "Japan" inside "the Bank of Japan said", "Leeds's poll of the season's best goals"
    # (a poll that is the club's vote, no figure)
    "make_rv44e_cases": frozenset(
        {
            "rv44e-owned-0000",
            "rv44e-owned-0004",
        }
    ),
    # session 44, review rv44g of fcu44b: the 3 opened by the word families closed by gcn45b
    # (session 45), with 5 older ones (once had, "any of its 3,000 roles", "the bodies of 24
    # others", flights diverted, other products' units); left, wrong at gbase44 too (older
    # rules): a part population ("Of the island's 3,400 residents", "(pop. 412)", "residents
    # of Ostrava's Poruba district marched"), "today fewer than 17,000 remain" (relabelled
    # less_than in session 45, as the qualifier table reads "fewer than"; still refused), a
    # headcount's change ("reduce its headcount by 500 to 9,500"),
    # another firm's workers, an expected or asked turnout, bodies still missing, a toll,
    # "the concert was scrapped" (fans refunded), an elided noun ("after selling 6.5 million")
    "make_rv44g_cases": frozenset(
        {
            "rv44g-people-0003",
            "rv44g-people-0004",
            "rv44g-people-0008",
            "rv44g-people-0010",
            "rv44g-people-0024",
            "rv44g-people-0027",
            "rv44g-people-0028",
            "rv44g-people-0038",
            "rv44g-people-0046",
            "rv44g-people-0048",
            "rv44g-things-0055",
            "rv44g-things-0057",
            "rv44g-things-0059",
            "rv44g-things-0065",
            "rv44g-things-0078",
            "rv44g-things-0080",
        }
    ),
    # session 45, closer gsp45b's own cases no rule decides rightly yet (older readers, not
    # the ones it changed): "its agency, X," after a subject that writes no body's noun
    # ("Shelter Cymru dropped its agency", both readings), "The Ministry of Justice" read as
    # no subject, an agency's name whose words the business lexicon lacks ("Redfern
    # Recruitment")
    "make_gsp45b_cases": frozenset(f"gsp45b-ends-trades-{n}" for n in ("0066", "0067")),
    # session 45, review rv45b: all wrong at gbase45 too (older readers): refused, the
    # read-back of "the coroner/sheriff/quarterback/top seed said" landing on another person
    # named between ("Harbour master Jon Pask told the hearing", "linebacker Ty Ward"), on the
    # "new coroner" after "has since retired", on a past holder ("Ken Pike, who was treasurer
    # until 2022"), a predecessor's successor ("will succeed him in October"), "the
    # housebuilder" past a council, a minister, a brickmaker or an agency, "the firm" past the
    # bank that hired it; "He retired to consider the verdict" read as an ending; accepted,
    # "Mr Maher retired" (a title read as a namesake's given name), "has since retired", "was
    # axed", "She was dismissed by the governors" after a sentence with capitals, "In July she
    # retired" after one, an ex-holder read as "unsure", Ray Lund for a quote of the treasurer
    # beside him, the brickmaker, the council, the minister and the bank beside the business
    "make_rv45b_cases": frozenset(
        {
            "rv45b-endings-0000",
            "rv45b-endings-0005",
            "rv45b-endings-0007",
            "rv45b-endings-0018",
            "rv45b-endings-0020",
            "rv45b-endings-0022",
            "rv45b-endings-0023",
            "rv45b-endings-0024",
            "rv45b-endings-0025",
            "rv45b-endings-0026",
            "rv45b-handed-0041",
            "rv45b-handed-0042",
            "rv45b-handed-0043",
            "rv45b-handed-0046",
            "rv45b-handed-0053",
            "rv45b-handed-0054",
            "rv45b-handed-0061",
            "rv45b-handed-0062",
            "rv45b-handed-0065",
        }
    ),
    # session 45, review rv45d: all wrong at gbase45 too (older rules; the accepted hopes,
    # questions, former values and later values against an earlier period closed by gc54):
    # refused, "most of the 60 patients admitted" after a
    # hope, a count told after a semicolon past another's ("once boasted 900 members; today
    # it has 212", "12,000 workers; 400 work there now")
    "make_rv45d_cases": frozenset(
        {
            "rv45d-hopes-0008",
            "rv45d-formers-0042",
            "rv45d-formers-0046",
        }
    ),
    # session 45, review rv45c of gcn45b: the 28 the closer's guards opened are mended; these
    # 11 are wrong at gbase45 too (older rules): a year in the sentence that names no time of
    # the count's deed accepted as the count's ("hired ... in 2025 for its Vision 2030
    # programme" for 2030 hires, "soldiers killed in 1944" for remains returned in 1944, "the
    # 1936 Olympic Stadium", "lines due to open in 2028"), a plan's year opening the sentence
    # before a comma ("Next year, Kestrel Air will hire 800"), the older occasion rule refusing
    # the right year ("remains of 14 soldiers killed in 1944 were returned ... in 2025",
    # "recruited 350 workers for lines due to open in 2028"), fans kept out with no word of it
    # ("in a fan zone beyond the stadium", "Outside the arena, 1,200 fans"), and "Most of the
    # 2,400 workers laid off in May" refused as another group
    "make_rv45c_cases": frozenset(
        {
            "rv45c-time-0001",
            "rv45c-time-0003",
            "rv45c-time-0004",
            "rv45c-time-0005",
            "rv45c-time-0009",
            "rv45c-time-0012",
            "rv45c-time-0019",
            "rv45c-time-0020",
            "rv45c-place-0029",
            "rv45c-place-0031",
            "rv45c-deed-0081",
        }
    ),
    # session 45, review rv45e of gac45: 1 opened and left (a mend costs more than it saves):
    # "sold the Glebe farm to Ruth Naylor, a local cheesemaker. It will keep managing the
    # farm's woodland" takes "It" for the person (an unmarked name reads as either a person or
    # a body, as the receivers "Orsted Aggregates" and "Voltra Services" do; no table of given
    # names tells them apart). The other 12 wrong at gbase45 too (older rules): the giver
    # refused where the older reading is unsure ("It will cut the number of staff at its head
    # office", a negated sale "has not sold ... It will run the mill itself", a part sold "The
    # company will keep running the terminal"); the receiver refused after "to South Korea's
    # Hanbit Auto", by "The buyer", or as "Dyfed Co-operative"; the giver accepted for "The
    # regulator will inspect the terminal" ("Authority" read as the regulator); a cited source
    # refused for "Tom Hale, her deputy, disagrees. He estimates", "They do not expect", and an
    # apposed "The retailer, Sainsbury's, expects" or "The pizza chain, Domino's, reckons"
    "make_rv45e_cases": frozenset(
        {
            "rv45e-holder-0020",
            "rv45e-holder-0026",
            "rv45e-holder-0027",
            "rv45e-holder-0028",
            "rv45e-holder-0030",
            "rv45e-holder-0034",
            "rv45e-holder-0065",
            "rv45e-holder-0083",
            "rv45e-holder-0086",
            "rv45e-sources-0054",
            "rv45e-sources-0059",
            "rv45e-sources-0061",
            "rv45e-sources-0062",
        }
    ),
    # session 45, review rv45f: opened by gcn45d and left unmended (a mend would cost more
    # than it saves): "The decision is now up to, in effect, 12 regional health boards" reads
    # "up to" (whose decision it is) as a bound across a comma-matched aside, as the reader
    # next to the number already does for "is up to 12 boards"
    "make_rv45f_cases": frozenset({"rv45f-borrowed-0025", "rv45f-borrowed-0026"}),
    # session 46, review rv46m: all wrong before the merge's mend too (older rules). Refused as
    # unconfirmed, a number whose noun is elided or far after its verb ("counted just 11,500",
    # "drew 8,000 on 4 July", "in the end 11,000 came", "records show 8,000", "but carried 6.1
    # million", "the census shows 1,400"); refused strongly, "once averaged 28,000 in the
    # 1960s" (the occasion-repeats reader) and "it opened that year with 14,000 seats" (the
    # count's time read as another number's)
    "make_rv46m_cases": frozenset(
        {
            "rv46m-dated-0011",
            "rv46m-another-0025",
            "rv46m-another-0036",
            "rv46m-hope-0043",
            "rv46m-hope-0047",
            "rv46m-hope-0050",
            "rv46m-hope-0053",
            "rv46m-hope-0058",
        }
    ),
    # session 46, fcu46a's own cases the older rules decide wrongly, not its forms: digits
    # after a code's letters read as a quantity ("B52", "G7", "F1"; refusing them everywhere
    # also refused "R12", rand), the last
    # entry of a bracketed list refused ("..., Quebec (-1,013)." and unsigned alike), and a
    # number merely near the count's words accepted ("landing on Sunday with 28 satellites",
    # "fun run in the park, raising 8,000 pounds", "counted 98,746 licensed premises ..., 374
    # fewer than in January" for the fewer premises); after an em dash, a partitive's count
    # ("and 25 of them start on Monday") and a feared number ("had feared 700 would go") refused
    # as older rules refuse them without the dash; "The island (pop. 950)" unread (as rv44g's);
    # "Since the start of September, 23 firms" read as a date (kept: refusing a day after a
    # comma lost check 91's plant "30 September, \u20ac12", caught through that reading)
    "make_fcu46a_cases": frozenset(
        {
            "fcu46a-glued-0001",
            "fcu46a-glued-0002",
            "fcu46a-glued-0004",
            "fcu46a-signed-0044",
            "fcu46a-ordinal-0075",
            "fcu46a-ordinal-0079",
            "fcu46a-dated-0109",
            "fcu46a-dated-0112",
            "fcu46a-dashed-0118",
            "fcu46a-dashed-0120",
            "fcu46a-acted-0141",
        }
    ),
    # session 46, review rv46a: opened by fcu46a's readings but not mended there, because the
    # same words in the written form are wrong at gbase46 too (older count rules, which the
    # glued or signed form now reaches): a raise not made ("did not raise the
    # dividend to 30p", as "30 pence" is), a previous value after "down from" ("-96 last year,
    # down from -41", as unsigned "41" is); older: "down from -41" read as no decline of 55
    "make_rv46a_cases": frozenset(
        {
            "rv46a-glued-0019",
            "rv46a-signed-0047",
            "rv46a-signed-0048",
        }
    ),
    # session 46, fsp46b's own case no rule decides rightly yet: "the returning officer said"
    # with two returning officers named before it is accepted for the second by the older
    # read-back to the nearest subject; an "either's" reading cost a gold flag on check 50
    # ("the president replied" with Biden and Xi both presidents), so it was left
    "make_fsp46b_cases": frozenset({"fsp46b-rival-0032"}),
    # session 46, review rv46c: all wrong at gbase46 too (older rules; the readers before
    # description_fits accept them): accepted, "a fierce critic of the mayor", "an aide to the
    # mayor", "a candidate" or "a challenger for mayor", "the town's mayor at the time",
    # "then-mayor", "the late mayor", "Vice-President", "Lieutenant Governor", "Attorney General"
    # (for "the general"), "Vice-Chancellor", "the then minister", the mayor on leave for "the
    # acting mayor", "Justice Patel" for Ravi Patel, "Mayor Berg" for her husband, the son of the
    # judge, the head of the charity for "the charity said", the plaintiff named before "The judge
    # dismissed it", "Prime Minister" for "the minister", Mayor Berg when she met "the mayor of
    # York", Mayor Berg whom Tom Reed replaced, the former president, the mayor who asked and the
    # judge who asked for the one who answered, "the president said Aho had told her", the audit
    # chief's answered minister, the scorer for "the head coach"; refused, "Bright replied" after
    # "The coach told Lucy Bright", "Eddie Howe has been Newcastle's head coach" for "the head
    # coach said"
    "make_rv46c_cases": frozenset(
        {
            "rv46c-borrowed-0008",
            "rv46c-borrowed-0011",
            "rv46c-borrowed-0016",
            "rv46c-borrowed-0020",
            "rv46c-borrowed-0021",
            "rv46c-borrowed-0022",
            "rv46c-borrowed-0034",
            "rv46c-borrowed-0035",
            "rv46c-borrowed-0036",
            "rv46c-voiced-0063",
            "rv46c-voiced-0072",
            "rv46c-voiced-0078",
            "rv46c-voiced-0079",
        }
    ),
    # session 46, review rv46d of fac46: all but one wrong at gbase46 too (older rules), the
    # near reader's: accepted, "it" within three sentences of the topic's name after a thing or
    # another body opening the sentence before ("The drug was tested ... It cut", "The
    # regulator said ... It also ordered"), a rival opening the paragraph before whose first
    # word the page capitalises nowhere else ("Brookmere Snacks, its biggest rival, ...",
    # "eSportsNet, which streams"), "The engineering group" for "Airbus" named once in passing;
    # refused, the topic's "It" after "Its shares rose 2%." or "The mills ... ran", "Next spring
    # the carmaker", "The operator" and "The broadcaster" for a rail firm and a media group,
    # "Hollis's pubs" as Hollis Breweries, "Luca Marchetti" blocking Pellegrini Pasta's "the
    # company". far-pronoun-0022 is rv46d's mend's cost: "It now expects" after "The average
    # grade of ore was lower." reads the grade as what "it" may mean (a thing opening the
    # sentence before), as it must for "The drug was tested ... It cut"
    "make_rv46d_cases": frozenset(
        {
            "rv46d-far-description-0026",
            "rv46d-far-description-0031",
            "rv46d-far-description-0032",
            "rv46d-far-description-0033",
            "rv46d-far-description-0037",
            "rv46d-far-description-0065",
            "rv46d-far-description-0066",
            "rv46d-far-pronoun-0005",
            "rv46d-far-pronoun-0006",
            "rv46d-far-pronoun-0007",
            "rv46d-far-pronoun-0008",
            "rv46d-far-pronoun-0009",
            "rv46d-far-pronoun-0012",
            "rv46d-far-pronoun-0013",
            "rv46d-far-pronoun-0016",
            "rv46d-far-pronoun-0017",
            "rv46d-far-pronoun-0022",
            "rv46d-far-pronoun-0023",
            "rv46d-far-pronoun-0059",
            "rv46d-far-short-0045",
            "rv46d-far-short-0047",
            "rv46d-far-short-0052",
        }
    ),
    # session 47, review rv47c of wide47c. All but one wrong at gbase47 too (OLDER): accepted,
    # another place's or group's toll in the same sentence ("The death toll from Hurricane Mara
    # in Cuba, which swept on to Jamaica" for people killed in Jamaica; Sunamganj; militia
    # fighters), "30 may still be trapped ..., and the toll stood at 212" as people trapped, a
    # bare total after a sentence on cholera as people displaced, "killed 4 villagers on 2 June,
    # bringing the total ... to 31" as villagers injured, co-sponsors' total as senators
    # opposed, and wide47c's dropped must-fail totals: "bringing the total to 140" as Friday's
    # arrests, 250 "brought ashore alive" as passengers killed, "a gang of four men" as
    # galleries entered, "remittances fell 8%" as the shilling's fall, a month's total as
    # soldiers killed or Monday's closures, a hostages' total as Sunday's prisoners; refused,
    # "Households whose livelihoods ... now number about 18,000", a toll as people killed far
    # from its number ("The death toll from the collapse ..., where a second floor had been
    # added ..., stands at 73"; "Lives lost ... now number 14") and "By Aug. 9 the toll had
    # reached 54" (an abbreviated month). dated-0039 is OPENED and left: "Cholera cases ...
    # doubled. On 3 March the total stood at 1,200" as people displaced, refused at gbase47
    # only because the day stood before the total; without the date (dated-0056) gbase47
    # accepts it too, and telling it from wide47c's "People displaced ... On 3 March the total
    # stood at 1,200" needs the sentence before, which no reading of a bare total holds yet
    "make_rv47c_cases": frozenset(
        {
            "rv47c-synonym-0001",
            "rv47c-synonym-0003",
            "rv47c-synonym-0005",
            "rv47c-synonym-0010",
            "rv47c-synonym-0022",
            "rv47c-synonym-0028",
            "rv47c-dated-0039",
            "rv47c-dated-0043",
            "rv47c-dated-0044",
            "rv47c-dated-0056",
            "rv47c-dated-0063",
            "rv47c-dated-0067",
            "rv47c-total-0070",
            "rv47c-total-0072",
            "rv47c-total-0074",
            "rv47c-total-0076",
            "rv47c-total-0080",
            "rv47c-total-0082",
            "rv47c-total-0089",
        }
    ),
    # session 47, widener wide47s: its own new must-fail cases, all wrong at gbase47 too (older
    # read-backs accept them): "the Italian said" after "Italians Marco Bellini and Luca Ferri"
    # (either), "the mayor said" after "Harbour master Paul Henry met Mayor C.J. Baptiste", and
    # "he said" given to the chain's object or to the one named in the sentence before the
    # chain head ("Its floor leader, Park Chan-dae, warned", "Ama Owusu, a lawmaker, watched",
    # "Secretary of State Marco Rubio led the Americans")
    "make_wide47s_cases": frozenset(
        {
            "wide47s-people-0000",
            "wide47s-initials-0038",
            "wide47s-chainhead-0076",
            "wide47s-chainhead-0082",
            "wide47s-chainhead-0086",
        }
    ),
    # session 47, review rv47s of wide47s: all wrong at gbase47 too (older readings). Accepted:
    # "the 30-year-old's barrister said" and "the 31-year-old told the court" for the defendant
    # (two of that age), "the 30-year-old told the jury" for the man he stabbed, "the Italian
    # said" for China's Xie Yu beside Italy's Paolo Monna; "he said" for the man named in the
    # sentence before the chain's head ("Central bank governor John Mensah welcomed it.") or in
    # its apposition ("Andriy Yermak, his chief of staff,"), and for the office holder when the
    # chain head names the man the next "He" sentence is about ("sacked his spokesman, Tom
    # Bell"); "the minister said" for the chief of staff or army chief of "The Minister of X and
    # Chief of Y, Z,". Refused: "the Dutchman said" for "Dutch cyclist Mathieu van der Poel",
    # chain heads "Speaking in Kyiv, the president" and "The U.S. president then", "Ohio
    # Senator J. D. Vance" (spaced initials), a hyphened holder ("Uju Kennedy-Ohanenye") read
    # as another than the same name (described_reads._same_person splits only the holder)
    "make_rv47s_cases": frozenset(
        {
            "rv47s-people-0003",
            "rv47s-people-0010",
            "rv47s-people-0013",
            "rv47s-people-0029",
            "rv47s-people-0096",
            "rv47s-chainhead-0036",
            "rv47s-chainhead-0054",
            "rv47s-chainhead-0055",
            "rv47s-chainhead-0062",
            "rv47s-chainhead-0102",
            "rv47s-chainhead-0106",
            "rv47s-chainhead-0107",
            "rv47s-offices-0071",
            "rv47s-offices-0081",
            "rv47s-offices-0109",
            "rv47s-offices-0110",
        }
    ),
    # session 47, review rv47w of wide47w: all wrong at gbase47 too (older rules, none opened):
    # refused, a wire head with the year after a comma ("SYDNEY, May 6, 2025 -"); accepted, as
    # an older report-day reading did before the own-announcement one, a negated or dropped
    # plan ("said on Monday it would not buy", "had no plans to close", "had dropped its plan
    # to buy"), a union spokesman's word for the firm's plan, the firm's appeal dating the
    # regulator's earlier decision, the firm telling of a fine it was given and of the target's
    # rejection of its offer (acts of others, told by the party)
    "make_rv47w_cases": frozenset(
        {
            "rv47w-announced-0032",
            "rv47w-announced-0033",
            "rv47w-announced-0034",
            "rv47w-announced-0040",
            "rv47w-announced-0043",
            "rv47w-announced-0045",
            "rv47w-announced-0046",
            "rv47w-headed-0013",
        }
    ),
    # session 48, rule writer cl48w: a restrictive relative clause with no pronoun ("the
    # tariffs he first proposed in 2023") is not cut from its clause: its year stays the event's
    "make_cl48w_cases": frozenset({"cl48w-clause_day-0036"}),
    # session 48, review rv48w of cl48w: all wrong at gbase48 too (older rules, none opened):
    # accepted, a relative or "after" clause's own date when that clause holds the words the
    # description gives of what the thing will do or why ("which raises the minimum wage from
    # 2027", "will make batteries ... from 2027", "to host the 2036 Olympic Games", "after a
    # slump in sales ... in March"), a ", when" clause's clock ("queued from 7am"), a date in a
    # "which" clause about the event's noun ("which the union first threatened in June"), a
    # list of years in the event's clause ("losses in 2022 and 2023 and on Thursday said"),
    # clauses with no pronoun or opener ("The orchestra that toured Japan in 2019", "a profit
    # warning the miner issued on Friday", "convicted in September,"), a place in a fronted
    # participle phrase's clause ("fund for green steel plants in Wales"), after "of" ("The
    # mayor of Leeds"), in a "that" clause ("that built the Hinkley Point reactor in
    # Somerset") and before ", where" when an "after" clause tells the event ("flew home to
    # Manchester, where ..., after losing the final in Istanbul"); refused by an older day
    # reading, the event's day after a "whose" clause ("whose chief executive quit in January,
    # filed for administration on Wednesday")
    "make_rv48w_cases": frozenset(
        {
            "rv48w-owner_day-0001",
            "rv48w-owner_day-0003",
            "rv48w-owner_day-0005",
            "rv48w-owner_day-0008",
            "rv48w-owner_day-0010",
            "rv48w-owner_day-0015",
            "rv48w-owner_day-0021",
            "rv48w-owner_day-0037",
            "rv48w-owner_day-0039",
            "rv48w-owner_day-0041",
            "rv48w-owner_day-0091",
            "rv48w-owner_place-0062",
            "rv48w-owner_place-0077",
            "rv48w-owner_place-0084",
        }
    ),
    # session 48, rule writer cl48a: a body that only condemned an attack, in a relative
    # clause after the act ("in an attack the Palestinian Authority condemned"): no reading yet
    "make_cl48a_cases": frozenset({"cl48a-shape-0058"}),
    # session 48, review rv48a of cl48a: wrong at gbase48 too (older rules, none opened):
    # refused, a state named as the subject of a contact relative after the act's noun ("The
    # lawsuit Texas filed in March"), which the party rule already refuses
    "make_rv48a_cases": frozenset({"rv48a-own-clause-0033"}),
    # session 49, rule writer cl49a: wrong at gbase49 too: the buyer named only before the
    # sentence, the act's sentence holding a stand-in ("The company will pay ... for Tarn")
    "make_cl49a_cases": frozenset({"cl49a-clause-0082"}),
    # session 50, rule writer cl50a: wrong at gbase50 too: accepted, a fronted complainer
    # when a noun of the description ("rules") stands on both sides of the comma, and the
    # partner of an investment ("in partnership with"), which may share a joint act
    "make_cl50a_cases": frozenset({"cl50a-fronted-0026", "cl50a-partner-0061"}),
    # session 50, review rv50a of cl50a: opened by cl50a and left: "The fine on Plexar,
    # approved by the European Commission," (the approver is the fining body; a regulator's
    # approval of a buyer's deal reads the same). Wrong at gbase50 too (older): accepted, a
    # fronted party when the main clause's subject is a description or owner ("the Kestrel
    # board recommended", "Galloway Mining's board"), the far side behind an apposition
    # ("from her father, Peter Lang"), "backed by a loan from X", a backer of a building;
    # refused, "Once the Treasury had cleared the funding, Ostlund placed" (undergoers)
    "make_rv50a_cases": frozenset(
        {
            "rv50a-partner-0089",
            "rv50a-fronted-0016",
            "rv50a-fronted-0020",
            "rv50a-fronted-0079",
            "rv50a-moves-0045",
            "rv50a-partner-0067",
            "rv50a-partner-0072",
        }
    ),
    # session 49, review rv49a of cl49a: wrong at gbase49 too (older rules): accepted, the
    # one given to, fined or bought in shapes no reading covers: a relative "which received
    # ... from" and "got a grant from" for the giver, "taken to court by" (0040, mended by
    # rv63c's acts/court_objects), a headline's "fine for X", "hit with ... fine", "whom it
    # fined", "the dealer that X bought", "is being taken over by", "sold by X to Y" for the
    # buyer, "got bought by"; and 0079, a buyer that "plans
    # to sell" other assets, accepted as the seller: the cost of rv49a's shared-subject mend
    "make_rv49a_cases": frozenset(
        {
            "rv49a-converse-0015",
            "rv49a-converse-0025",
            "rv49a-converse-0079",
            "rv49a-clause-0067",
            "rv49a-clause-0068",
            "rv49a-clause-0069",
            "rv49a-clause-0070",
            "rv49a-clause-0071",
            "rv49a-clause-0073",
            "rv49a-clause-0074",
        }
    ),
    # session 48, review rv48r: all wrong at gbase48 too (older rules, none opened): refused,
    # a title by its abbreviation or a newsroom word in the person's own phrase ("Arden's CEO"
    # for chief executive, "the Wolves boss" for manager, "a governor of the Fed" for Federal
    # Reserve), a stand-in naming the body ("the UK's national weather service" for the Met
    # Office, "Germany's biggest lender" for Deutsche Bank), the post said in a sentence of a
    # stand-in ("Halden Bank's new chief executive starts work"; "The new finance commissioner
    # promised") or later of the person ("Doyle was later named chief whip herself");
    # accepted (another's post past an age, "Dan Carey, 58, the chief operating officer, and
    # Sue Kemp, the chief executive", read since session 54, gr54), a plural title or
    # apposition the person is not joined to
    # ("thanked its co-founders, Ana Ruiz and Kit Hale"; "Detectives Jo Marsh and Sam Bell
    # arrested Tom Hale, the club's treasurer")
    "make_rv48r_cases": frozenset(
        {
            "rv48r-affiliation-0029",
            "rv48r-affiliation-0033",
            "rv48r-affiliation-0036",
            "rv48r-role-0006",
            "rv48r-role-0007",
            "rv48r-role-0009",
            "rv48r-role-0012",
            "rv48r-role-0053",
            "rv48r-role-0055",
            "rv48r-role-0057",
        }
    ),
    # session 49, rule writer cl49w: the reading does not reach these (its own new cases):
    # a compound's owner told in a sentence whose event is placed only by "to" ("will move its
    # headquarters to Costa Mesa"), a birthplace compound before a person's possessive ("a
    # Lviv-born singer's record label"), "followed the April 18 clearing of a camp at Columbia
    # University in New York" when the event's own sentence holds one word of its description;
    # and, wrong at gbase49 too, "in Sunday's ballot" refused and "results showed on Monday"
    # accepted for an election
    "make_cl49w_cases": frozenset(
        {
            "cl49w-party_place-0005",
            "cl49w-elsewhere-0059",
            "cl49w-elsewhere-0060",
            "cl49w-elsewhere-0062",
            "cl49w-elsewhere-0068",
            "cl49w-elsewhere-0069",
        }
    ),
    # session 49, review rv49w of cl49w: wrong at gbase49 too (OLDER), none opened by cl49w:
    # a party's place accepted where the reading has no shape for it ("a Brooklyn man", "a Lagos
    # lawyer", "the London-bound train" with no other compound reading, "the Munich-listed
    # group", "A Melbourne couple"), places the evidence names only as diversions, hometowns,
    # hospitals, coach stops or where a quake was felt ("It was felt as far away as Rome"), a
    # headquarters ("at its headquarters in Nyon"), a street the crowd was moved onto; the
    # event's date in a clause of time that names it by a synonym ("after dockworkers walked
    # out on Monday", "Ahead of Sunday's ballot", "after Tuesday's hailstorm") refused, and the
    # later act's date, a "said on" date, or another act's place or date in clauses no reading
    # opens ("in the wake of", "prior to", "was preceded by", "in response to", "Until the
    # fire ... on Thursday", "Three years on from") accepted
    "make_rv49w_cases": frozenset(
        {
            "rv49w-party-0003",
            "rv49w-party-0008",
            "rv49w-party-0013",
            "rv49w-clause-0065",
            "rv49w-clause-0067",
            "rv49w-clause-0071",
            "rv49w-clause-0074",
            "rv49w-clause-0073",
            "rv49w-clause-0076",
            "rv49w-clause-0080",
            "rv49w-clause-0082",
            "rv49w-clause-0084",
            "rv49w-clause-0086",
            "rv49w-clause-0088",
            "rv49w-clause-0089",
            "rv49w-clause-0103",
        }
    ),
    # session 49, rule writer cl49f: the act done by the person's side in a clause of its own
    # ("said his side were tired after beating Chelsea"), a passive ("was sent off against
    # Hibernian") accepted; "a former nurse at Cedar Hospital, now teaches at Beirut Arab
    # University" refused by the older holder reading (wrong at gbase49 too); a body given only
    # as a former one ("a former executive at", "once worked for", "previously worked for",
    # "once played for") accepted: a reading of them flagged two correct values on the unseen
    # checks for one plant (labellers write a commentator's former employer); another body
    # sharing a word with the person's own ("World Rugby" beside "the Irish Rugby Union"), a
    # person whose own tie is in a hyphenated surname's apposition ("Emma Stone-Hart, head of");
    # "told Midwest Freight managers" (a value before a plural noun after "told" may be the
    # hearers' own side: "told Labour MPs", so it passes)
    "make_cl49f_cases": frozenset(
        {
            "cl49f-object-0007",
            "cl49f-own-0043",
        }
    ),
    # session 49, review rv49f of cl49f: all wrong at gbase49 too (older rules, none opened),
    # each a body accepted as the person's affiliation that is not: one only acted on in a shape
    # acted_bodies does not read (a progressive "is suing", a passive "was sued by", "took ... to
    # court", "lodged the claim against", "petitioned", "negotiating with" after "who spent a
    # year", a second verb's object "beat Castleford Town", a body after "said talks with" or in
    # a where-clause); another company, a rival or a regulator named away from a person whose
    # own body no holder shape reads ("The airline's chief executive, X, Ireland's best-paid
    # boss," / "X, 58, of Harrogate" / a title run "Elbe Logistik chief X"), or sharing a word
    # with theirs ("Rugby Football Union" beside "Westmere Rugby Club"). One OPENED left unmended,
    # away-0076: the story's subject called "the operator" (no possessive) beside the person is
    # refused; reading a bare trade noun as its short form lost a plant on an unseen check
    # session 50, rule writer cl50f: wrong accepts left: a contest's other side written before
    # the person ("Leinster lost to Munster ..., and their coach, X, said": a value before the
    # name is read only as an act's object), and a body sharing a word with the person's own
    # ("Ghana Cocoa Board" beside "X, 37, of Kumasi Cocoa Co"; "Leicester City Council" beside
    # "the Leicester Hindu Temple": a shared word makes them the same body to same_body)
    # session 54, GAPS closer gf54: a person's own body after a title no holder reading
    # opens on ("commodore of", "founder of the"), so no own body to set the namesake against
    "make_gf54_cases": frozenset({"gf54-namesake-0042"}),
    "make_cl50f_cases": frozenset({"cl50f-second-0038"}),
    # session 55, false-alarm writer sk55: wrong before the change too (then "someone else's",
    # now "unconfirmed"): after "The Portuguese/Irish/Panamanian leader ... he said" the epithet
    # is read as fitting no one, two readings, though only the person named before can be meant;
    # 0021: "Gulf of Guinea Boundary Accord" is not read as one name, so it stays a "person"
    "make_sk55_cases": frozenset(
        {"sk55-treaty-0012", "sk55-treaty-0021", "sk55-treaty-0024", "sk55-treaty-0027"}
    ),
    # session 56, review rv56s of sf56: older wrong verdicts (wrong at sw56 too): a body's
    # noun credit ("the council said", "the committee said", "the union said") read as the
    # first body while the page names another of that noun in another form ("the council in
    # Ashby", "its House counterpart ... the two committees", "the Ferry Crews union's leaders")
    # or only in a headline or a quote; "the panel wrote", "the spokeswoman added", "the fund
    # said", "the university said", "the court ruled" read back to the person the sentence
    # before names; "the trust said", "the fund said", "the court ruled" refused for the body
    # (trust/fund not a body's noun to the readers, "ruled" no speech verb)
    "make_rv56s_cases": frozenset(
        {
            "rv56s-rival-0000",
            "rv56s-rival-0002",
            "rv56s-rival-0005",
            "rv56s-rival-0006",
            "rv56s-rival-0007",
            "rv56s-rival-0014",
            "rv56s-rival-0016",
            "rv56s-rival-0031",
            "rv56s-rival-0042",
            "rv56s-near-0106",
            "rv56s-near-0109",
            "rv56s-form-0119",
            "rv56s-form-0128",
            "rv56s-form-0130",
            "rv56s-form-0131",
            "rv56s-form-0133",
            "rv56s-form-0134",
            "rv56s-form-0143",
            "rv56s-form-0145",
            "rv56s-form-0146",
        }
    ),
    # session 57, false-alarm writer sp57: older wrong verdicts (wrong at sw57 too, with
    # body_antecedents off: the same). False accepts: the read-back gives "it said"/"they
    # said" to a body or person the sentence before names beside the subject ("Kestrel
    # Shipping said ... Admiral Tolland was not available. The Command issued a warning.",
    # "Its chief executive, Ruth Calloway, apologised. "...," it said"), a relayed body
    # ("citing the Merrow Farm Institute"), the other body of the sentence before ("Minister
    # Bram Otten signed the order, and the Kelsey Harbour Authority will enforce it. ... they
    # said"): 11. False reject: a body's words credited by its own participle ("The Rostan
    # government was scornful, calling the request "..."", and it said it would appeal): 1
    "make_sp57_cases": frozenset(
        {
            "sp57-it_credit-0026",
            "sp57-it_credit-0031",
            "sp57-it_credit-0033",
            "sp57-it_credit-0043",
            "sp57-it_credit-0046",
            "sp57-they_credit-0055",
            "sp57-they_credit-0058",
            "sp57-they_credit-0061",
            "sp57-they_credit-0064",
            "sp57-they_credit-0070",
            "sp57-they_credit-0073",
            "sp57-they_credit-0076",
        }
    ),
    # session 57, review rv57s of sp57: older wrong verdicts (wrong at sw57 too). False
    # accepts of the older read-back: a person the sentence before names ("Kim Adair, the
    # firm's chief executive, spoke first. "...," it said"), the other party of the sentence
    # before ("The board sued the government.", "The ministry rejected the offer from the
    # union."), the body a report or ruling is about, one person beside a group ("Jo Simmons
    # met the striking nurses. "...," they said"). False rejects: a body or group after a
    # sentence naming a person of it or another party ("The airline was fined by the
    # regulator." and "The hospital managers met the cleaners.": accepted by sp57 before the
    # mend, which refuses a second party in that sentence), a bare plural ("students"); a
    # place, product or partner the value's words name beside the body ("The Wexley plant
    # will close", "The Aurel was recalled", "Kestrel Holdings and its lenders agreed"): 63
    "make_rv57s_cases": frozenset(
        {
            "rv57s-crowded-0000",
            "rv57s-crowded-0003",
            "rv57s-crowded-0004",
            "rv57s-crowded-0005",
            "rv57s-crowded-0006",
            "rv57s-crowded-0007",
            "rv57s-crowded-0008",
            "rv57s-crowded-0009",
            "rv57s-crowded-0018",
            "rv57s-crowded-0026",
            "rv57s-person_planted-0031",
            "rv57s-person_planted-0032",
            "rv57s-person_planted-0033",
            "rv57s-person_planted-0034",
            "rv57s-person_planted-0035",
            "rv57s-person_planted-0036",
            "rv57s-person_planted-0037",
            "rv57s-person_planted-0038",
            "rv57s-person_planted-0039",
            "rv57s-person_planted-0040",
            "rv57s-person_planted-0041",
            "rv57s-person_planted-0042",
            "rv57s-person_planted-0043",
            "rv57s-person_planted-0044",
            "rv57s-person_planted-0045",
            "rv57s-person_planted-0046",
            "rv57s-person_planted-0047",
            "rv57s-person_planted-0048",
            "rv57s-person_planted-0049",
            "rv57s-person_planted-0050",
            "rv57s-it_thing-0054",
            "rv57s-it_thing-0058",
            "rv57s-it_thing-0059",
            "rv57s-it_thing-0063",
            "rv57s-it_thing-0065",
            "rv57s-it_thing-0066",
            "rv57s-it_thing-0067",
            "rv57s-it_thing-0068",
            "rv57s-it_thing-0070",
            "rv57s-they_group-0079",
            "rv57s-they_group-0081",
            "rv57s-they_group-0088",
            "rv57s-they_group-0089",
            "rv57s-they_group-0090",
            "rv57s-they_group-0092",
            "rv57s-they_group-0094",
            "rv57s-they_group-0095",
            "rv57s-they_group-0097",
            "rv57s-they_group-0098",
            "rv57s-they_group-0103",
            "rv57s-they_group-0106",
            "rv57s-they_group-0107",
            "rv57s-they_group-0111",
            "rv57s-crowded-0139",
            "rv57s-crowded-0140",
            "rv57s-crowded-0141",
            "rv57s-crowded-0142",
            "rv57s-crowded-0143",
            "rv57s-crowded-0144",
            "rv57s-crowded-0145",
            "rv57s-they_group-0148",
            "rv57s-they_group-0149",
            "rv57s-they_group-0150",
        }
    ),
    # session 58, false-alarm writer sp58: older verdicts (wrong without headline_businesses
    # too; it opened none). False rejects: a product named between the business and "the
    # company said" ("cancelled Starfall, the space shooter"), which the reading leaves to
    # the older ones by design; "Shop workers' union Retail Voice" read as "Shop"; the
    # business a council gave a contract to ("gave the contract to Weyford Coaches, which");
    # the new owner named only in the headline ("the parent company"). False accepts of the
    # older readings: the headline's business for "the company" after the contract went to
    # another, or after "a smaller carrier" or "the rival company" took its place; the
    # analyst's firm ("Analyst Priya Dutt of Holm Securities said ..."); the reporter of a
    # clause whose own subject feels, wants or believes the quoted words ("said the farmers
    # felt "deeply betrayed"", "said the board wanted "no more delays"", "said Y's creditors
    # believed", "said, according to the union's notes, that Z had demanded")
    # session 58, review rv58s of sp58: older verdicts (wrong at a282e25f too). False rejects:
    # a credit noun outside BUSINESS_NOUNS ("the steelmaker", "the studio"), a place between
    # ("jobs in Cardow"), the business of a person the headline opens with. False accepts of
    # the older readings (headline_businesses itself refuses them since the review): the
    # customer, borrower, chain, parts maker or pilot the page describes in lower case read
    # as the headline's business; "fans" for "the studio said"; and (report_clause) the
    # reporter of a clause whose own subject "dismissed ... as", "criticised ... for being",
    # "chanted", "read", "nicknamed", "slammed", "rated", "praised", "sang", "condemned",
    # "ranked", "likened" the quoted words: the older readings take them (not plain_reports)
    "make_rv58s_cases": frozenset(
        {
            "rv58s-headline_credit-0004",
            "rv58s-headline_credit-0010",
            "rv58s-headline_credit-0016",
            "rv58s-headline_credit-0017",
            "rv58s-headline_credit-0020",
            "rv58s-headline_credit-0023",
            "rv58s-headline_credit-0024",
            "rv58s-headline_credit-0025",
            "rv58s-headline_credit-0026",
            "rv58s-headline_credit-0030",
            "rv58s-headline_credit-0031",
            "rv58s-headline_credit-0032",
            "rv58s-report_clause-0054",
            "rv58s-report_clause-0055",
            "rv58s-report_clause-0056",
            "rv58s-report_clause-0057",
            "rv58s-report_clause-0058",
            "rv58s-report_clause-0059",
            "rv58s-report_clause-0060",
            "rv58s-report_clause-0061",
            "rv58s-report_clause-0062",
            "rv58s-report_clause-0063",
            "rv58s-report_clause-0064",
            "rv58s-report_clause-0065",
        }
    ),
    "make_sp58_cases": frozenset(
        {
            "sp58-headline_business-0026",
            "sp58-nearer_name-0047",
            "sp58-nearer_name-0051",
            "sp58-nearer_name-0052",
            "sp58-nearer_name-0064",
            "sp58-nearer_name-0067",
            "sp58-nearer_name-0069",
            "sp58-nearer_name-0073",
            "sp58-reported_clause-0107",
            "sp58-reported_clause-0108",
            "sp58-reported_clause-0113",
            "sp58-reported_clause-0114",
        }
    ),
    # session 56, false-alarm writer sf56: false accepts, wrong at sw56 too: the read-back gives
    # a quote credited to a body's noun ("the panel wrote", "the majority wrote", "the
    # spokesperson added", "the five ministers wrote") to the one person the sentence before
    # names; own_nouns only accepts the body, it refuses no person
    "make_sf56_cases": frozenset(
        {
            "sf56-own_noun-0001",
            "sf56-own_noun-0009",
            "sf56-own_noun-0017",
            "sf56-own_noun-0025",
            "sf56-own_noun-0033",
            "sf56-own_noun-0042",
        }
    ),
    # session 50, review rv50f of cl50f: older wrong verdicts (wrong at gbase50 too). False
    # accepts: an outside body named in the same sentence as the person's own after a passive of
    # hiring or promoting ("was hired by X ... weeks after the CQC rated"), a club left or loaned
    # to ("who left Juventus to join rival Torino", "loaned by Burnley to Luton Town"), the
    # other side of talks, a grievance, a dispute or a derby ("talks with the PMA", "faces her
    # old club Sunderland", "in a dispute with Allina"), a passive of adversity in other words
    # ("was taken to an employment tribunal by", "was cleared by"), a contest's side after
    # "lost 3-1 to" or a possessive ("Bengaluru FC's late winner"); false rejects: a club as
    # the subject after the player's clause ("X scored twice and Tranmere Rovers beat City"),
    # a union named only in its members ("an appeal to Unite members")
    "make_rv50f_cases": frozenset(
        {
            "rv50f-leak-0060",
            "rv50f-leak-0064",
            "rv50f-leak-0076",
            "rv50f-leak-0080",
            "rv50f-neutral-0035",
            "rv50f-neutral-0045",
            "rv50f-neutral-0047",
            "rv50f-neutral-0103",
            "rv50f-neutral-0105",
            "rv50f-own-0001",
            "rv50f-own-0003",
            "rv50f-own-0007",
            "rv50f-own-0009",
            "rv50f-own-0015",
            "rv50f-own-0022",
            "rv50f-own-0027",
            "rv50f-own-0029",
            "rv50f-own-0033",
            "rv50f-own-0086",
            "rv50f-own-0087",
            "rv50f-own-0088",
            "rv50f-own-0090",
            "rv50f-own-0094",
            # rv50f-own-0098 ("standing for the Liberal Democrats" given "Conservative Party")
            # mended in session 64 (af64, people/party_people.party_label_other)
            "rv50f-own-0101",
        }
    ),
    "make_rv49f_cases": frozenset(
        {
            "rv49f-away-0076",
            "rv49f-acted-0005",
            "rv49f-acted-0007",
            "rv49f-acted-0009",
            "rv49f-acted-0015",
            "rv49f-acted-0023",
            "rv49f-acted-0035",
            "rv49f-acted-0037",
            "rv49f-away-0055",
            "rv49f-away-0057",
            "rv49f-away-0065",
            "rv49f-away-0069",
            "rv49f-away-0075",
            "rv49f-away-0079",
        }
    ),
    # session 51, tie writer cw51o: false rejects left (unconfirmed in the confirm-only mode,
    # no wrong value confirmed): "its" after a sentence naming a second body at a place ("Moldova
    # explained its vote at the United Nations. Its ambassador, X") or "the company" for the
    # named one (the pronoun is read only over a stretch naming the value alone); a page naming
    # its country in three sentences and the other in two (not twice as many); "Sofia Ruiz" (a
    # capital's name breaks the office reader's name run); "Railway Minister" (a qualifier not in
    # office_holders.QUALIFIERS is read as another body's title); "Reporter X" on a line of its
    # own (support_byline does not read it as a credit)
    "make_cw51o_cases": frozenset(
        {
            "cw51o-its-0006",
            "cw51o-its-0018",
            "cw51o-polity-0036",
            "cw51o-polity-0047",
            "cw51o-polity-0053",
            "cw51o-staff-0059",
        }
    ),
    # session 51, tie writer cw51p: false accepts of the older holder tie (people/affiliation_
    # ties, exp50's readers) that the holder shapes do not make: "X's Ukraine envoy Keith
    # Marlow" (party_names.ties reads "envoy" as a government's title after the country's name),
    # "Russian Railways chief Igor Lebedkin" (person_titles.run_parties reads the people's word
    # before "chief" as a party however a company's name goes on), "Anton Riebel, a critic of
    # the Kremlin" (affiliation_holders reads "X, a ... of the" as an apposition's body)
    "make_cw51p_cases": frozenset({"cw51p-before-0010", "cw51p-before-0013", "cw51p-apposed-0033"}),
    # session 51, review rv51o of cw51o: false rejects, each wrong before the ties too (no
    # wrong value confirmed): a visitor's country for a bare office on a page about the host
    # (the page's country is the only one a bare office is read for), "its" after a stretch
    # naming two bodies or a parent ("Orla Foods, a unit of Greystone Holdings") or a place
    # ("in Kumasi"), the body of a bare title that is not a country's (a province, a state, a
    # union, a club, a university, a town), a guest writer's university and a photographer's
    # agency in the credit line
    "make_rv51o_cases": frozenset(
        {
            "rv51o-visit-0000",
            "rv51o-visit-0004",
            "rv51o-visit-0006",
            "rv51o-visit-0013",
            "rv51o-visit-0017",
            "rv51o-visit-0019",
            "rv51o-visit-0021",
            "rv51o-visit-0023",
            "rv51o-visit-0025",
            "rv51o-itstwo-0029",
            "rv51o-itstwo-0037",
            "rv51o-itstwo-0043",
            "rv51o-itstwo-0045",
            "rv51o-subnat-0056",
            "rv51o-subnat-0058",
            "rv51o-subnat-0060",
            "rv51o-subnat-0062",
            "rv51o-subnat-0064",
            "rv51o-subnat-0066",
            "rv51o-subnat-0068",
            "rv51o-subnat-0070",
            "rv51o-subnat-0072",
            "rv51o-subnat-0074",
            "rv51o-subnat-0076",
            "rv51o-wire-0086",
            "rv51o-wire-0094",
        }
    ),
    # session 51, review rv51p of cw51p: all OLDER (as wrong on sw51, before the holder shapes).
    # False accepts, of the older holder tie (people/affiliation_ties): "a critic of", "an
    # opponent of", "who heads the probe of", "Calder Bank's one-time chief economist", "chief
    # executive of Y from 2012 to 2019", "who was president of Y from 2009 to 2017", "Y's
    # outside auditor, Deloitte partner X", "Washington's chief Iran negotiator", "Bank of
    # America president" as the US, "chief executive of Polish Airlines" as Poland, "an
    # economist at Deutsche Kredit Bank" as Deutsche Post, "a University of Chicago economist"
    # as Chicago; three of them the holder shapes confirm too ("the leading bidder for",
    # "the court-appointed monitor of", "the lead investigator of the Y collapse": an agent
    # noun guessed by its ending takes "for"/"of" as membership). False rejects, shapes no
    # tie reads: "who left Y in May, is chief political correspondent at Z", "who leads the
    # campaign against Y, is the director of Z", "now coaches Z", "now runs Z", "is chair of
    # Z", "X, Russia's envoy", "Ukraine's lead negotiator with Russia, X", "A and B, both
    # Labour MPs", "Two Republicans, A and B", "X, an independent", "Church of England
    # bishop X", "a Velden Institute fellow who has criticised", "Senate Banking Committee"
    "make_rv51p_cases": frozenset(
        {
            "rv51p-against-0001",
            "rv51p-against-0009",
            "rv51p-against-0010",
            "rv51p-against-0011",
            "rv51p-against-0012",
            "rv51p-against-0013",
            "rv51p-against-0014",
            "rv51p-against-0016",
            "rv51p-against-0020",
            "rv51p-against-0023",
            "rv51p-former-0025",
            "rv51p-former-0027",
            "rv51p-former-0030",
            "rv51p-former-0033",
            "rv51p-former-0035",
            "rv51p-former-0038",
            "rv51p-owner-0050",
            "rv51p-owner-0061",
            "rv51p-owner-0064",
            "rv51p-owner-0065",
            "rv51p-shared-0074",
            "rv51p-shared-0082",
            "rv51p-shared-0084",
            "rv51p-inside-0094",
            "rv51p-inside-0109",
            "rv51p-inside-0112",
            "rv51p-inside-0114",
            "rv51p-inside-0116",
        }
    ),
    # session 52, review rv52s of sw52 (28 false accepts own_role_tie confirmed: the role
    # rule's holder reading used as a positive one). rv52s's stricter shape closed 27 but, on
    # the unseen checks 101-151, added 101 weak flags on correct roles for 3 catches, so it was
    # not merged; rv52n's vetoes in own_role_tie (a possessive, a hyphen's glue, "incoming",
    # "late", "future", "-elect", a title word the value lacks, "was ... until", the object of
    # "succeeds X as", a fronted "After" clause) closed the same 27. Left: "Senate President
    # Maja Orre" confirms "president"
    "make_rv52s_cases": frozenset({"rv52s-short-0119"}),
    # session 53, writer fs53x. False rejects older than the read-back vetoes (wrong on sw53
    # too): a passive's agent as the "he" ("The defence is led by barrister X", "Rescue teams
    # were coordinated by X"; "signed by Dr X and two colleagues" mended in session 59 by
    # sentences/lone_antecedents). False accept: "She said
    # "..."" after "The fund will be managed by X", given to a person a paragraph earlier by
    # continued_speakers, which reads the quote's own sentence, not the read-back
    "make_fs53x_cases": frozenset(
        {
            "fs53x-earlier_paragraph-0083",
            "fs53x-earlier_paragraph-0094",
        }
    ),
    # session 53, false-alarm writer fc53n: a right count that is itself the difference
    # from the baseline ("388,000 more shoppers than a year earlier"): no compared number or
    # change's size stands between, and "killed 620 people more than a year ago" has the
    # same shape with the time the number's own, so the reading leaves it flagged
    "make_fc53n_cases": frozenset({"fc53n-baseline-0026"}),
    # session 53, review rv53n of fc53n: all older than fc53n (wrong on sw53 too). False
    # accepts: a compared or earlier number with a noun or a week of its own ("against 31,050
    # votes in 2021", "compared with 310 a week earlier", "14 women ... in 2021 and 19 on
    # Sunday", "52 migrants last month and 17 on Tuesday", "against 1,247 pounds"), a change's
    # size ("fell by 23 to 118", "an increase of 410", "700 more than"); false rejects: a count
    # with "so far this year" or its own time after another's ("620 ... a year ago, and 300
    # this year"), a count with its noun left out ("and 19 on Sunday", "this year's drew
    # 47,500"), "up 4,000 from last month's march", "rose 340 to 2,960" (qualifier), "38% from
    # 33%" (share words)
    "make_rv53n_cases": frozenset(
        {
            "rv53n-compared-0014",
            "rv53n-compared-0018",
            "rv53n-change-0027",
            "rv53n-change-0028",
            "rv53n-change-0035",
            "rv53n-change-0037",
            "rv53n-change-0038",
            "rv53n-owntime-0047",
            "rv53n-owntime-0051",
            "rv53n-owntime-0053",
            "rv53n-owntime-0057",
            "rv53n-owntime-0058",
            "rv53n-owntime-0063",
            "rv53n-owntime-0064",
            "rv53n-owntime-0067",
            "rv53n-percent-0101",
            "rv53n-percent-0112",
        }
    ),
    # session 53, review rv53x of fs53x. All wrong on sw53 too (older than the read-back
    # vetoes). False rejects: a reported subject who speaks next ("The club said X had agreed
    # a new deal. "I am happy here," he said": the read-back never reaches X; the writer of
    # the earlier paragraph is taken instead: false accepts "Otto Lind", "Hugo Brandt"), "A
    # helicopter rescued X", "Surgeons treated X", "The mayor honoured Ms. X". False accepts:
    # "The club sacked striker X. "He broke ...," the chairman said" (X), "Mateo Silva, and
    # later Rui Costa, conceded" (one of two parted by commas)
    # session 54, GAPS closer gw54: "Bus services resumed on Wednesday after drivers walked
    # out on Monday" keeps Wednesday for a strike by bus drivers (the resumed thing's modifier
    # "Bus" is one of the event's words, read as the event resuming, as "Artillery fire resumed")
    "make_gw54_cases": frozenset({"gw54-aftermath-0054"}),
    # session 55, fresh-miss writer dt55: "followed complaints of a smell on 12 January" names
    # no verb on the other day (tied_days asks for one: nouns beside a day tied real pages'
    # correct days to other clauses); "The theft ... on 7 January was reported to police on
    # 15 January" has the event as the report verb's subject, which tied_days reads as the
    # event's own act (so that "began on Tuesday and wrapped up on Wednesday" keeps its end);
    # "the library, which shut its doors on 30 June" is refused as another occasion's clause,
    # older than tied_days
    "make_dt55_cases": frozenset({"dt55-beside-0052", "dt55-clause-0024", "dt55-clause-0036"}),
    # session 54, review rv54w of gw54, all false accepts older than gw54: a party's place in
    # words no reading knows ("a native of Hull", "a Leeds resident", "a Glasgow grandmother",
    # "a Perth shopkeeper", ", of Derby.", "the chief constable of Kent", "The former mayor of
    # Bristol", "the Oslo-headquartered firm", "the Paris-made jet"), a trip's other ends ("had
    # left Seville", "landed safely in Paris" after a fire over the Channel, "A flight from
    # Dublin"); where people went in other words ("treated at a hospital in Bangor", "sent to",
    # "returned home to", "and Manchester" after "diverted to Liverpool"), or after an event
    # told by one word ("flown to hospital in Truro" after "A crash ... injured", "felt in
    # Naples", "felt as far away as Tokyo"), "who lived in Brixton", "felt in Naples and
    # Rome" (the second of a list); the return to normal in
    # other words ("in the wake of", "was lifted", "ran again", "sailed again ... since") and
    # the earlier act's place where the event is the later act ("a funeral in Saqqez")
    "make_rv54w_cases": frozenset(
        {
            "rv54w-party-0012",
            "rv54w-party-0014",
            "rv54w-party-0016",
            "rv54w-party-0018",
            "rv54w-party-0020",
            "rv54w-party-0022",
            "rv54w-party-0026",
            "rv54w-party-0028",
            "rv54w-party-0030",
            "rv54w-party-0033",
            "rv54w-party-0037",
            "rv54w-moved-0048",
            "rv54w-moved-0050",
            "rv54w-moved-0059",
            "rv54w-moved-0065",
            "rv54w-moved-0067",
            "rv54w-moved-0069",
            "rv54w-moved-0073",
            "rv54w-moved-0077",
            "rv54w-moved-0089",
            "rv54w-moved-0094",
            "rv54w-aftermath-0121",
            "rv54w-aftermath-0144",
        }
    ),
    "make_rv53x_cases": frozenset(
        {
            "rv53x-acted_on-0008",
            "rv53x-acted_on-0018",
            "rv53x-gender-0068",
            "rv53x-reported-0023",
            "rv53x-reported-0031",
            "rv53x-reported-0082",
            "rv53x-reported-0083",
            "rv53x-reported-0084",
            "rv53x-two_people-0053",
        }
    ),
    # session 54, review rv54s of gs54: one false reject the borrowed-title reading opened and
    # the review could not mend without reading an occasion ("the late mayor X ... opened the
    # tram line in 1994"; '"...," the mayor said at its opening': set in 1994, no time word);
    # the rest older (wrong at sw54): a right speaker refused by the described-speaker
    # reader ("ex-mayor X" as "the former mayor", "X, the former president" as "the
    # ex-president", "X, the mayor's deputy" as "the deputy mayor", "has been mayor since
    # May", "was deputy mayor until Monday, when the council elected her mayor", "Interim
    # Mayor X" as "the acting mayor" beside a named mayor who resigned, "Deputy Mayor X is
    # standing in as mayor" as "the acting mayor", "she added" over a paragraph break);
    # wrong speakers still given the credit: a predecessor ("His predecessor, Y,"; "Y, the
    # mayor she replaced"), "mayor until her defeat in May", "was a senator until 2020", "a
    # former police chief" for "the chief", "Governor-elect X", the absent holder for "the
    # acting mayor"; and right ones refused: "elected mayor in 2022", "chosen as club
    # president", "beat two rivals to become mayor"
    "make_rv54s_cases": frozenset(
        {
            "rv54s-other_titles-0081",
            "rv54s-other_titles-0091",
            "rv54s-other_titles-0095",
            "rv54s-other_titles-0099",
            "rv54s-past_held-0001",
            "rv54s-past_held-0004",
            "rv54s-past_held-0006",
            "rv54s-past_held-0010",
            "rv54s-past_held-0011",
            "rv54s-past_held-0012",
            "rv54s-past_held-0019",
            "rv54s-past_held-0020",
            "rv54s-past_held-0021",
            "rv54s-ranked-0025",
            "rv54s-ranked-0026",
            "rv54s-ranked-0028",
            "rv54s-ranked-0029",
            "rv54s-ranked-0045",
            "rv54s-relation-0054",
            "rv54s-relation-0063",
            "rv54s-relation-0069",
        }
    ),
    # session 54, review rv54n of gc54. Two flipped by gc54 and not mended there: a count said
    # twice, once as a former value and again bare of now ("used to employ 400 people. It still
    # employs 400"): the former mention is rightly refused now, and the bare restatement (a
    # pronoun for the mill, no noun by the number) is refused on sw54 too. The rest wrong on
    # sw54 too (older): accepted, a former value in other words ("At one point", "In its glory
    # days", "Back then", "Before the merger", "at its height" or "in its heyday" after the
    # number, "was expected to employ"), an aim or a likelihood ("is expected to", "aims to",
    # "could reach", "is optimistic that", "is confident", "wants", "Hopefully ... will"), a
    # question in other words ("asked if", "will decide whether", "not known whether",
    # "queried whether", "Nobody can say whether"), the earlier period's value for now
    # ("Compared with a year earlier, when 2,900 people were waiting, the list now stands at
    # 3,400"), the later value for the earlier period past a base the rules miss ("a rise of
    # 10% on", "6% higher than the quarter before" after "in the quarter", "ahead of the
    # previous year", "420 members last season, compared with 380 the season before", "fed
    # 2,100 families in December, up 4% on the prior year, when it fed 2,020"), a change's
    # size ("up 600 on the previous year")
    "make_rv54n_cases": frozenset(
        {
            "rv54n-bases-0084",
            "rv54n-bases-0094",
            "rv54n-bases-0096",
            "rv54n-bases-0097",
            "rv54n-bases-0098",
            "rv54n-bases-0100",
            "rv54n-bases-0102",
            "rv54n-formers-0010",
            "rv54n-formers-0011",
            "rv54n-formers-0016",
            "rv54n-formers-0019",
            "rv54n-formers-0020",
            "rv54n-formers-0021",
            "rv54n-formers-0023",
            "rv54n-formers-0025",
            "rv54n-formers-0027",
            "rv54n-hopes-0041",
            "rv54n-hopes-0042",
            "rv54n-hopes-0043",
            "rv54n-hopes-0046",
            "rv54n-hopes-0047",
            "rv54n-hopes-0048",
            "rv54n-hopes-0049",
            "rv54n-questions-0065",
            "rv54n-questions-0066",
            "rv54n-questions-0067",
            "rv54n-questions-0070",
            "rv54n-questions-0071",
            "rv54n-questions-0073",
        }
    ),
    # session 54, review rv54f of gf54. Opened by gf54 and not mended (no general reading):
    # false rejects "the former Corvo FC captain" still at the club (reads as "the former
    # Arsenal striker"; now "for Portugal"), "the manufacturer's chief executive" after a
    # customer opened the story ("Norrland Rail ordered 40 trains from Alstedt Works"). Older
    # (wrong on sw54 too), false accepts: the body moved to or from ("who is leaving X for Y",
    # "joins from", "poached from", "ex Harbour Bank" unhyphenated, "the outgoing X chief ...
    # will join Y", "sacked by", "retired from", "after six years with", "ex-chairman of",
    # "spent a decade at X before joining", "the departing head of"); the interim body of a
    # person who came back ("left X for Y ... re-signed for X"); a body the person was
    # at before ("He spent eight years at", "who used to work for" with no present tie read);
    # the body acting on the stand-in's (a regulator, court, union, exchange, customer as the
    # value); a namesake when no holder reading gives the person a body ("dean of", "managing
    # director of", "medical director of") or their sentence says "its decision". False
    # rejects in the confirm-only mode: "finance director of X from 2012 to 2019, is now the
    # bank's chief executive", "the former Corvo FC captain", "who once ran X, rejoined the
    # company" (no holder reading of the later post)
    "make_rv54f_cases": frozenset(
        {
            "rv54f-still-0000",
            "rv54f-still-0003",
            "rv54f-still-0005",
            "rv54f-still-0013",
            "rv54f-still-0019",
            "rv54f-both-0045",
            "rv54f-namesake-0063",
            "rv54f-namesake-0083",
            "rv54f-namesake-0084",
            "rv54f-stand-in-0086",
            "rv54f-stand-in-0088",
            "rv54f-stand-in-0090",
            "rv54f-stand-in-0091",
            "rv54f-stand-in-0092",
            "rv54f-stand-in-0094",
            "rv54f-stand-in-0096",
            "rv54f-stand-in-0098",
            "rv54f-stand-in-0102",
            "rv54f-stand-in-0104",
            "rv54f-stand-in-0106",
            "rv54f-moving-0108",
            "rv54f-moving-0110",
            "rv54f-moving-0114",
            "rv54f-moving-0116",
            "rv54f-moving-0118",
            "rv54f-moving-0120",
            "rv54f-moving-0122",
            "rv54f-moving-0124",
            "rv54f-moving-0126",
            "rv54f-moving-0128",
            "rv54f-confirm-0129",
            "rv54f-confirm-0131",
            "rv54f-confirm-0135",
        }
    ),
    # session 55, fresh-miss writer cn55: false rejects of older readings (not whole_of_part's):
    # a part after "including" with its noun elided ("including 120 to Brenmoor"), "pulled
    # from the rubble" read as no rescue
    "make_cn55_cases": frozenset({"cn55-among-0025", "cn55-next-0064"}),
    # review rv55f of af55: older false accepts (wrong on sw55 too), each a body of the story
    # the person only talks about, never tied to another person by the holder readings, so
    # af55's refusal does not run and the free-text check finds its words: the run body is
    # no own body read (a place "Tallinn trader", "Lisbon pilot"; a unit "Streamline chief";
    # a ministry), a title in capitals ("CARPATHIA BANK ANALYST"), a dateline
    # run, or a pronoun's sentence ("He trained with NASA crews"). (Session 60, af60: the
    # other body written only before the person, "Hollandia Retail said ..., according to
    # Zeeland Dairy's sales director", is now refused as that body's own clause of speech)
    "make_rv55f_cases": frozenset(
        {
            "rv55f-runread-0001",
            "rv55f-runread-0007",
            "rv55f-runread-0009",
            "rv55f-runread-0017",
            "rv55f-runread-0025",
            "rv55f-sameshape-0067",
            "rv55f-sameshape-0069",
            "rv55f-sameshape-0071",
            "rv55f-sameshape-0079",
            "rv55f-sameshape-0083",
            "rv55f-sameshape-0089",
        }
    ),
    # session 56, false-alarm writer fo56: older false accepts (wrong on sw56 too): the other
    # side or party of a "NAME for BODY" list or of a second person's sentence, a past body
    # ("sat on the X until 2020"), a body only acted on ("criticised the council's decision"):
    # no reading ties them to anyone, so the free-text check finds their words
    "make_fo56_cases": frozenset(
        {
            "fo56-heldbody-0036",
            "fo56-heldbody-0038",
            "fo56-heldbody-0040",
            "fo56-heldbody-0054",
            "fo56-heldbody-0056",
            "fo56-heldbody-0060",
            "fo56-heldbody-0061",
        }
    ),
    # session 56, am56: "Tallis Books has bought Quarry Lane Press" makes the buyer the
    # publisher's parent, but "bought" is also a deal's other party (the plants caught), so
    # no word of ownership is read in it (false reject); "said the board was not serious"
    # and "said the Marsh Wildlife Fund had been wrong": a body written beside the person
    # only as what they speak of, which the older never-beside reading keeps (false accepts;
    # so is "said farmers would stop selling to the mills" for Kano Flour Mills); "Nadia
    # Selwyn, Corran Ports' finance director," and "Fenwick Shipyards' chief executive": a
    # plural name's bare apostrophe is no holder shape read, so no own body (false accepts;
    # reading it moved unseen catches both ways, so it was taken out)
    "make_am56_cases": frozenset(
        {
            "am56-ownbody-0009",
            "am56-ownbody-0020",
            "am56-ownbody-0026",
            "am56-ownbody-0033",
            "am56-ownbody-0041",
        }
    ),
    # session 57, af57: the subject's clause names a second body the reading cannot tell from
    # a rival referent of "its" (false accepts): initials in brackets ("Pacific Reef Airways
    # (PRA) said"), a place after "to" ("diverted to Setubal"); and a subject whose last word
    # the page writes inside another name ("Cambrian Rail" beside "Office of Rail Standards")
    # read as a person's surname. Narrower guards for the first and the last were written
    # and left out: they came after the end measure had started, so they are unmeasured.
    "make_af57_cases": frozenset({"af57-itsbody-0008", "af57-itsbody-0012", "af57-itsbody-0016"}),
    # session 57, review rv57a of af57. OLDER false accepts (wrong on sw57 too; af57's reading
    # leaves them, by design, to the other readings): the subject's clause has a lower-case
    # stand-in ("said the company", "the smaller lender's") or a place ("to Porto"); the wrong
    # body shares a word with the right one ("Delta Growers Union" / "Niger Delta Agro", "Brno
    # Trams" / "Brno City Hall"); an apposition, not a which-clause ("Andalus Solar, a supplier
    # to Iberian Power, said"); a question ("Is Moray Distillers about to ...? Its chief
    # executive"); a list of officials of two bodies ("Cem Yilmaz, its chair; Selma Aksoy,
    # finance director of X"); a caption with no "its"; a former owner ("owned by Kiruna Mining
    # until 2019"); a regulator's renewal naming a subsidiary of the own body
    "make_rv57a_cases": frozenset(
        {
            "rv57a-ownits-0006",
            "rv57a-ownits-0010",
            "rv57a-ownits-0014",
            "rv57a-ownits-0016",
            "rv57a-ownits-0018",
            "rv57a-twobodies-0054",
            "rv57a-layouts-0060",
            "rv57a-layouts-0062",
            "rv57a-layouts-0078",
            "rv57a-layouts-0080",
            "rv57a-wrongbody-0096",
            "rv57a-wrongbody-0111",
            "rv57a-wrongbody-0113",
        }
    ),
    # session 56, review rv56f of am56. OPENED by am56 and not mended (false rejects; right on
    # sw56): "Orbis Media publishes ... the Evening Lamp. Ella Ware, the Evening Lamp's editor,
    # said the group/their ..." (a parent by a verb no ownership word reads), "Loxley Holdings
    # acquired Acme Foods" (am56's "bought"), "Tom Hale, who chairs the Ohio Business
    # Roundtable as well, said the company would hire" (a second own body silences the stand-in
    # for the value named before: the same shape as am56's catches, no general tell). OLDER
    # (false accepts on sw56 too): a wrong body named in the sentence before a person whose own
    # body is named with a stand-in ("the company's", "its", "the group's") where the stand-in
    # names neither; a body spoken of in the person's own quote or in a quote about them; a
    # president of a firm, club, federation or country given the regulator or league; a
    # regulator's head given the firm it fined, a campaigner given the firm they oppose
    "make_rv56f_cases": frozenset(
        {
            "rv56f-neighbour-0088",
            "rv56f-neighbour-0107",
            "rv56f-neighbour-0111",
            "rv56f-president-0061",
            "rv56f-president-0063",
            "rv56f-president-0067",
            "rv56f-president-0069",
            "rv56f-president-0071",
            "rv56f-president-0081",
            "rv56f-president-0083",
            "rv56f-quote-0043",
            "rv56f-quote-0045",
            "rv56f-quote-0049",
            "rv56f-quote-0051",
            "rv56f-quote-0053",
            "rv56f-quote-0055",
            "rv56f-quote-0059",
            "rv56f-standin-0001",
            "rv56f-standin-0003",
            "rv56f-standin-0006",
            "rv56f-standin-0008",
            "rv56f-standin-0013",
            "rv56f-standin-0017",
            "rv56f-standin-0023",
            "rv56f-standin-0025",
            "rv56f-standin-0026",
            "rv56f-standin-0028",
            "rv56f-standin-0031",
            "rv56f-standin-0034",
        }
    ),
    # session 56, review rv56o of fo56: wrong on sw56 too (OLDER) unless noted: the other side
    # of a "NAME for BODY" list, a purpose's "for" ("blamed X for Orion Bank's collapse", "Tom
    # Payne for Congress") and a customer or partner of the body run, found by the free-text
    # check; a critic's or a litigant's "the court's" (free text); "established ... by director
    # Hana Vos" (the title read as another office), "who is representing" ("is" not read),
    # Ada Kim (the Delta Plant tie). represents-0028 ("Mark Voss, represented by Ana Petit,
    # told the court"): passed by fo56, refused on sw56 and again after rv56o's mend (the
    # court word only in the main clause after the counsel's apposition). ownpost-0095
    # ("Nordic Health's Vasa Hospital takeover bid"): OPENED by fo56's owns_body, not mended
    # (telling "copper mine" from "takeover bid" after the body needs a head-noun reading);
    # runsbody-0074, 0075, 0078 OPENED by fo56, a mend (a body another possessor owns) was
    # dropped: it re-flagged check 79 ("Chile's El Teniente" beside "Codelco's").
    # Session 63 (af63, people/other_appositions) mended forlist-0052 and 0064: "Councillor
    # Amy Dale for the Green Party and Rob Kell for Labour", the other's clause
    "make_rv56o_cases": frozenset(
        {
            "rv56o-forlist-0048",
            "rv56o-forlist-0050",
            "rv56o-forlist-0054",
            "rv56o-forlist-0056",
            "rv56o-forlist-0057",
            "rv56o-forlist-0059",
            "rv56o-forlist-0060",
            "rv56o-forlist-0061",
            "rv56o-forlist-0062",
            "rv56o-forlist-0063",
            "rv56o-forlist-0065",
            "rv56o-forlist-0108",
            "rv56o-forlist-0110",
            "rv56o-founding-0002",
            "rv56o-ownpost-0092",
            "rv56o-ownpost-0093",
            "rv56o-ownpost-0094",
            "rv56o-ownpost-0095",
            "rv56o-ownpost-0096",
            "rv56o-ownpost-0097",
            "rv56o-ownpost-0098",
            "rv56o-ownpost-0115",
            "rv56o-ownpost-0116",
            "rv56o-ownpost-0117",
            "rv56o-represents-0028",
            "rv56o-represents-0031",
            "rv56o-represents-0032",
            "rv56o-runsbody-0068",
            "rv56o-runsbody-0071",
            "rv56o-runsbody-0074",
            "rv56o-runsbody-0075",
            "rv56o-runsbody-0077",
            "rv56o-runsbody-0078",
            "rv56o-runsbody-0084",
            "rv56o-runsbody-0086",
            "rv56o-runsbody-0088",
            "rv56o-runsbody-0114",
        }
    ),
    # session 57, false-alarm writer cn57: older verdicts (wrong on sw57 too, not elided_items'):
    # "2,300 visas to students, 950 to nurses" read as the students' verb's other number; a
    # number of another clause ("and six ambulances were sent from Kellin", "and 45 pilots, who
    # had been on strike, to Brannock", "while 80 residents in Kilby", "with 700 blankets to
    # Olm") taken for the count whose place or object its clause names
    "make_cn57_cases": frozenset(
        {
            "cn57-item-0030",
            "cn57-plain-0042",
            "cn57-plain-0049",
            "cn57-plain-0053",
            "cn57-plain-0061",
        }
    ),
    # session 57, review rv57n of cn57: older verdicts (wrong on sw57 too). False accepts: a
    # later item whose own verb and noun ("sent 150 tanks to Orrin", "jailed 6 managers") are
    # not the count's, "Between 20 and 25 boats ... 10 to 12 off Hesk", "respectively" lists,
    # the aside's noun ("12 of whom were children, 15 in Tarry"), "Some 90 families left for
    # Dorne, about 35 for Wick", "took 300 passengers to Ardle" for Ardle Quay, "in Karsa" for
    # "9 in Karsa province"; "nine buses to Kettle and four to Brim" (the buses' "sent" is the
    # lorries' clause's: cn57 refused 7 for it, the rv57n mend, which keeps an earlier item's
    # words its own, gives that back with 4's pass). False rejects: years and "of" items
    # ("71 in 2024", "48 of the Liberals"), irregular verbs ("took"/"taken", "gave"/"given"),
    # "640 to nurses", "21 for schools" (another reading refuses before the list's)
    "make_rv57n_cases": frozenset(
        {
            "rv57n-forms-0055",
            "rv57n-forms-0059",
            "rv57n-forms-0063",
            "rv57n-forms-0064",
            "rv57n-forms-0074",
            "rv57n-forms-0077",
            "rv57n-forms-0081",
            "rv57n-forms-0082",
            "rv57n-forms-0083",
            "rv57n-forms-0086",
            "rv57n-forms-0087",
            "rv57n-forms-0140",
            "rv57n-lists-0006",
            "rv57n-lists-0011",
            "rv57n-lists-0015",
            "rv57n-lists-0016",
            "rv57n-lists-0037",
            "rv57n-shared-0099",
            "rv57n-shared-0100",
            "rv57n-shared-0102",
            "rv57n-shared-0104",
            "rv57n-shared-0105",
            "rv57n-shared-0111",
        }
    ),
    # session 58, false-alarm writer ft58: older verdicts (wrong before common_heads too; none
    # opened). False rejects: "Drop in school enrolment", "Decline in jobless claims" (a bare
    # head with "in" is read only where the page writes its verb: "Gallant in talks" is a
    # person's shape), "Growth of Velmish army brigades" (a people's word after "of"),
    # "Common prayer" ("common" is a name in SCOWL's largest list), a sentence's head before a
    # noun that is not plural ("Weak clothing sales"; "Annual passenger growth" and "Sizable
    # layoffs" mended by ft64's free_text/thing_openings, an adjective's ending). False
    # accept: "Ferrant of the coastguard on the rescue" (opening_shapes' head noun with "of
    # the" and a lower-case noun)
    "make_ft58_cases": frozenset(
        {
            "ft58-label-head-0002",
            "ft58-label-head-0006",
            "ft58-label-head-0007",
            "ft58-label-head-0013",
            "ft58-label-head-0025",
            "ft58-sentence-head-0035",
        }
    ),
    # session 58, review rv58f of ft58: one opened and not mended, the rest older. Opened:
    # "Musk shareholders voted down the pay award." (a surname that is a common word before a
    # plural noun in a sentence: no word list tells "Musk" from "Minority"; ft58's known limit).
    # Older false rejects: "Cross-border trade in cattle" ("cross" is a name in SCOWL's largest
    # list), "Heavy rains ..." ("rains" is in no inflected list; "Fatal falls ..." and
    # "Successive fare increases ..." mended by ft64's free_text/thing_openings). Older false
    # accepts: "Tusk allies walked out of Premier Ferrant's coalition." (accepted before
    # common_heads by an older plural-opening reading), "... rose to 3,400 head, from 2,600."
    # (a change's other end is not asked for)
    "make_rv58f_cases": frozenset(
        {
            "rv58f-label-0003",
            "rv58f-sentence-0024",
            "rv58f-sentence-0037",
            "rv58f-sentence-0039",
            "rv58f-sentence-0044",
        }
    ),
    # session 58, fresh-miss writer ro58: older verdicts (wrong on a282e25f too). False
    # accepts: a person whose own word is no post ("an architect", unnamed-0037) or whose
    # post is given only by "sworn in as a governor" (0044); another named holder's title for
    # a person titled only by a later description (refer-0060); a person whose one current
    # post is written after a past one in the same clause ("once a war correspondent, is
    # editor of", "the former trade secretary, now chief executive of": past-0095, 0108) or
    # beside a look-alike ("previously a surgeon at St Anne's": 0089; her own title is refused
    # as St Anne's, 0087 and 0088, false rejects). (past-0101, "The police chief said" right
    # after the person's sentence, mended by review rv58r: a lowercase modifier the person's
    # sentence does not write is a post of its own kind)
    "make_ro58_cases": frozenset(
        {
            "ro58-unnamed-0037",
            "ro58-refer-0060",
            "ro58-past-0087",
            "ro58-past-0088",
            "ro58-past-0089",
            "ro58-past-0095",
            "ro58-past-0108",
        }
    ),
    # session 58, review rv58r of ro58: older verdicts (wrong on a282e25f too). False
    # rejects by the other-office reading (role_own_titles), not ro58's: a second or stand-in
    # post written apart from the name ("who is also deputy prime minister", "as head coach
    # until the summer", "has been acting mayor since June", "takes over as caretaker prime
    # minister", "lead the side as interim coach": forms-0007, 0012, acting-0031, 0037, 0043).
    # False accepts: an own title the post readings leave out ("the party leader",
    # "Council leader", "the deputy head", "the team doctor": forms-0011, 0020, acting-0042,
    # guards-0079) or only a past one ("a former trade envoy": forms-0024); "as the chairman
    # had warned" read as giving the post (guards-0061: "as" is a conjunction there); "The
    # Green leader" right after the party spokeswoman's sentence, read as standing for her
    # (guards-0077: a capitalised party word, as "The FDP chief" after Lindner's)
    "make_rv58r_cases": frozenset(
        {
            "rv58r-forms-0007",
            "rv58r-forms-0011",
            "rv58r-forms-0012",
            "rv58r-forms-0020",
            "rv58r-forms-0024",
            "rv58r-acting-0031",
            "rv58r-acting-0037",
            "rv58r-acting-0042",
            "rv58r-acting-0043",
            "rv58r-guards-0061",
            "rv58r-guards-0077",
            "rv58r-guards-0079",
        }
    ),
    # session 58, review rv58a of af58. OPENED and not mended (a false reject): "Ukraine's
    # finance ministry hired three foreign advisers ... Among them is the Lithuanian economist
    # X" (the hiring is told only by the sentence before; "Four writers reached the last round,
    # among them the Belgian novelist" is the same shape with the other verdict). OLDER (wrong
    # on a282e25f too): an international body or a team named apart from its foreign holder
    # ("NATO said ... Its new spokeswoman, the Danish diplomat X"; "Slovak trade commissioner
    # X" of the European Commission; "The United Nations named a new envoy ... The Swedish
    # diplomat X") refused by an older reading; another party named only apart passed where
    # no tie is read ("Its Argentine coach X" against Peru, a body's nationality holder now
    # left to the older verdict; a region, "Scotland's health secretary", against Ireland; "a
    # former Danish prime minister"; "his Japanese counterpart"; "the Norwegian-born
    # negotiator"; "The Dutch coach X, who has worked with the Japanese squad"); bodies not
    # in the party table never named ("IMF", "World Bank")
    "make_rv58a_cases": frozenset(
        {
            "rv58a-abroad-0000",
            "rv58a-abroad-0002",
            "rv58a-abroad-0004",
            "rv58a-abroad-0007",
            "rv58a-abroad-0009",
            "rv58a-abroad-0010",
            "rv58a-abroad-0012",
            "rv58a-abroad-0014",
            "rv58a-abroad-0018",
            "rv58a-abroad-0020",
            "rv58a-abroad-0022",
            "rv58a-abroad-0024",
            "rv58a-posts-0034",
            "rv58a-posts-0044",
        }
    ),
    # session 58, false-alarm writer cn58: older verdicts (wrong on a282e25f too, none opened).
    # False accepts: a stake given to the whole for its owner or to the owner for its whole
    # ("Kelsa stake in Halvard" from "Halvard will spend ... on 30% of Kelsa"), another owner's
    # stake ("Aske Partners", "Fenwick Trust stake in Gisla" from Corran's clause), a past stake
    # ("owned 33% of Brisk until March"), a price move ("rose 9%") for a stake; a plain count
    # or the other side for a share ("812 voted for the merger" for its percent, "48 percent
    # for" for "percent against"). False rejects: a pronoun owner ("it would own roughly 15%"
    # for "Nexel stake"), a second verb's stake after an aside's ("which bought 22 percent ...,
    # now controls 40 percent"), an owner in apposition ("Ilse Varga, the founder, will keep":
    # stake_shares reads no subject past an aside, as rv43c's guards ask), "54% of the vote"
    # for "percent in favour" ("down 12 per cent" for a "percent cut" is read since session
    # 64's figures/written_units)
    "make_cn58_cases": frozenset(
        {
            "cn58-stake-0003",
            "cn58-stake-0007",
            "cn58-stake-0013",
            "cn58-stake-0021",
            "cn58-stake-0027",
            "cn58-stake-0028",
            "cn58-stake-0031",
            "cn58-stake-0034",
            "cn58-stake-0036",
            "cn58-stake-0038",
            "cn58-stake-0045",
            "cn58-stake-0048",
            "cn58-stake-0049",
            "cn58-stake-0055",
            "cn58-stake-0056",
            "cn58-percent-0070",
            "cn58-percent-0092",
            "cn58-percent-0093",
            "cn58-percent-0095",
            "cn58-percent-0096",
        }
    ),
    # session 58, review rv58n of cn58: 24 older (wrong on a282e25f too), 1 opened not mended.
    # False accepts: a stake's owner and whole swapped ("Delmar stake in Orvane" from "Orvane
    # owns 12.5% of Delmar"), a market's or the profits' share named for an owner ("Tellan
    # Cement stake" from "holds 38% of the cement market"), a speaker or analyst for the owner
    # ("Sabrin said Keldor will own"), a past stake dated by "in 2019" named for its owner, a
    # target ("wants to own 30%"), a unit's stake for its parent's: the older cue window takes
    # the names beside the number. "percent voting" for the share saying yes among voters, a
    # plain vote count for "percent voting Yes", a change ("used 4 percent less fuel") for
    # the share of drivers using an app.
    # False rejects: a cap beside the stake ("may hold up to 49% ..., and now own 31%"), the
    # held stake after a target, "percent opposed" after "the union said", "fell 9 percent to
    # 46 percent" (a qualifier), "percent Labour" from "Labour won ... 33 percent of the vote",
    # the app's share read as another's ("38 percent of them"). Opened by cn58, not mended:
    # "percent unemployment" 4.1 from "The jobless rate held at 4.1 percent" (the share now
    # needs its own word beside it;
    # the older plain reading took "percent" alone as the cue, which also took 2.2 for
    # "percent fall in exports" from "imports rose 2.2 percent")
    "make_rv58n_cases": frozenset(
        {
            "rv58n-percent-0069",
            "rv58n-percent-0073",
            "rv58n-percent-0077",
            "rv58n-percent-0078",
            "rv58n-percent-0091",
            "rv58n-percent-0095",
            "rv58n-percent-0096",
            "rv58n-percent-0098",
            "rv58n-stake-0002",
            "rv58n-stake-0013",
            "rv58n-stake-0015",
            "rv58n-stake-0016",
            "rv58n-stake-0017",
            "rv58n-stake-0018",
            "rv58n-stake-0019",
            "rv58n-stake-0020",
            "rv58n-stake-0022",
            "rv58n-stake-0028",
            "rv58n-stake-0029",
            "rv58n-stake-0031",
            "rv58n-stake-0032",
            "rv58n-stake-0033",
            "rv58n-stake-0034",
            "rv58n-stake-0036",
            "rv58n-stake-0040",
        }
    ),
    # session 58, false-alarm writer aa58: older verdicts (wrong before lone_surnames too). False
    # rejects: "Corvane sold its fleet to Lisk Leasing. The company will lease vans back to the
    # carrier" (the carrier is Corvane, so the company is the buyer: the subject is read),
    # "sued by Orrin Mutual, an insurer. The insurer wants" (the class noun the page gives in
    # an aside), "Fenn ruled against Tarrow Homes. The company will appeal", "Ambler thanked
    # Selwyn Builders. The firm will build" (a body right after a person's verb is no subject,
    # yet the only body). False accepts: Corvane for that "The company" (the subject), Velda
    # for "Orsenne will pay Velda's owners" (an owner of the one paid), Willa Kesh for "Kesh
    # hired the nurse Ada Pruitt. She starts on Monday" (the woman named last)
    "make_aa58_cases": frozenset(
        {
            "aa58-body-0010",
            "aa58-body-0011",
            "aa58-body-0019",
            "aa58-body-0021",
            "aa58-person-0039",
            "aa58-person-0042",
            "aa58-person-0043",
        }
    ),
    # session 58, review rv58t of aa58. Opened by aa58, not mended: Vantrel for "How Vantrel
    # lost its lead to Quorra. Quorra overtook Vantrel ... It will now build" (a one-word body
    # acted on in the sentence before is read for "It" as any one-word body already was:
    # "Vantrel loses its lead" gives the same at a282e25f; aa58 only made Vantrel a body).
    # Older: "the company"/"it" accepted for a person the page names with no pronoun
    # (Brackett, Haneul, Yildar, Ellery, "Is Brackett right? Will Brackett thinks"), the
    # body a person bought a stake in refused (Ostmark Lines); the object of a sale or bid
    # read for "The company" (Crestmoor), "The buyer" read for neither party (Torrance Foods,
    # Harwick Inns) and for the seller (Brisco, "bought by the Keston Group. The group"),
    # Gus Marrow for "The company" after "Gus Marrow, who founded the budget airline"
    "make_rv58t_cases": frozenset(
        {
            "rv58t-people-0000",
            "rv58t-people-0004",
            "rv58t-people-0007",
            "rv58t-people-0009",
            "rv58t-people-0011",
            "rv58t-people-0023",
            "rv58t-bodies-0025",
            "rv58t-bodies-0030",
            "rv58t-bodies-0032",
            "rv58t-bodies-0038",
            "rv58t-bodies-0040",
            "rv58t-bodies-0047",
        }
    ),
    # session 58, the lead's mend of ro58: older false accepts (wrong on a282e25f and on the
    # merge before the mend): a role of no one named that the person's own title holds as
    # its last words ("the shadow health secretary, Dr X" for "health secretary", "deputy
    # mayor" for "mayor", "the chairman's deputy" for "chairman"), or that another post's
    # holder is given only by a past post or a later "he is"/"she remains" (the rival-title
    # readings find no own post of the person to set against it)
    "make_lead58_cases": frozenset(
        {
            "lead58-apposed-0009",
            "lead58-apposed-0013",
            "lead58-pronoun-0029",
            "lead58-pronoun-0031",
            "lead58-pronoun-0033",
            "lead58-pronoun-0035",
            "lead58-pronoun-0037",
        }
    ),
    # session 59, false-alarm writer sp59: all OLDER (wrong with lone_antecedents off too; it
    # opened none). False rejects: the payout sentence two sentences back, a sentence naming no
    # one between ("Several councillors asked for it to be returned."), which the reading
    # leaves by design; "Ferry bosses" opening the sentence before (a capitalised word the page
    # writes nowhere in lower case, so it may be a name). False accepts of the older readings:
    # the airline for "he told investors" after "the airline Kurt Vossberg founded"; a name
    # inside the quoted words ("Halden should hand it back," he said); "he said" after a
    # sentence naming two men ("the fare rise Rhodri Powell announced was matched by Owain
    # Price's rival line"); a body for "he said" ("the plan the Brantwick Harbour Trust
    # adopted"). lone_antecedents
    # also mends 6 older false rejects of other sets, taken out of their GAPS: fs53x-0073
    # ("signed by Dr X and two colleagues") and rv53x's five first-person answers after "The
    # club/federation said X had agreed/would run" (the reported person's own words)
    "make_sp59_cases": frozenset(
        {
            "sp59-lone_name-0000",
            "sp59-lone_name-0027",
            "sp59-guarded-0044",
            "sp59-guarded-0062",
            "sp59-guarded-0068",
        }
    ),
    # session 59, review rv59s of sp59: all OLDER (wrong with lone_antecedents off too; the
    # 18 it opened are mended). False accepts: a subject told by a description the older
    # read-back takes for no one ("The tycoon mocked the bid X tabled", "The 61-year-old", "The
    # incoming treasurer", "The surgeon", "The jockey"); a surname opener the older reading
    # takes for a plural ("Banks", "Rivers", "Sims" beside "Gareth Banks"); a quote that speaks
    # of the value in the third person or mourns them ("He is lucky to be alive", "She was
    # the heart of this street", "His voice is in every song we play": the walk reads no
    # pronoun inside the quoted words); the club "Kelso Rovers" for a player's words after
    # "Kelso supporters sang the name of X". False rejects: the value's own first-person
    # words that speak of another man or woman ("My father ... He would have loved today",
    # the older read-back); a plural opener whose ending `antecedents.plural` does not know
    # and the page never writes in lower case ("Fans jeered the error X made", "Trustees
    # were delighted with the bid X put together", "Fans raised £60,000 for the statue X
    # unveiled"); "Pupils sang for X at his last assembly" (a "his" in the sentence before)
    "make_rv59s_cases": frozenset(
        {
            "rv59s-credit_tail-0031",
            "rv59s-credit_tail-0047",
            "rv59s-described-0055",
            "rv59s-described-0057",
            "rv59s-described-0059",
            "rv59s-described-0061",
            "rv59s-described-0065",
            "rv59s-name_opener-0105",
            "rv59s-name_opener-0115",
            "rv59s-name_opener-0119",
            "rv59s-name_opener-0133",
            "rv59s-name_opener-0186",
            "rv59s-spoken_of-0147",
            "rv59s-spoken_of-0148",
            "rv59s-spoken_of-0152",
            "rv59s-spoken_of-0154",
            "rv59s-spoken_of-0155",
            "rv59s-spoken_of-0156",
            "rv59s-spoken_of-0161",
            "rv59s-spoken_of-0167",
        }
    ),
    # session 59, fresh-miss writer af59: older verdicts (wrong on 5cb9d1ae too, none opened).
    # False rejects: a parent "a unit of Corvex Holdings" read as another holder's (the run
    # "Halden Foods" taken for a person), "now leads Ondine Cosmetics" read as Maison Verel's
    # (the same), "organises the campaign Save Our Pier" read as a body acted on. False
    # accepts: a body left told by "once a manager at" with the new body in a "She now runs"
    # sentence, a customer's bank ("a customer of Penrose Bank") and a criticised body ("a
    # longtime critic of Tarrow Water"), both beside the person with no body of theirs read
    "make_af59_cases": frozenset(
        {
            "af59-guard-0057",
            "af59-guard-0059",
            "af59-guard-0076",
            "af59-guard-0077",
            "af59-guard-0080",
            "af59-guard-0082",
        }
    ),
    # session 59, review rv59a of af59: older verdicts (wrong on 5cb9d1ae too; the 3 opened by
    # af59, "professor of Medieval History", "author of The Salt Road", "the incoming chief
    # executive of Delta Freight", are mended). False rejects: the older holder readings still
    # read a body from "a winner of the Halden Prize", "chief executive of Harlow Foods until
    # March", "head of Europe", "an attendee at the Tallinn Forum", "a keynote speaker at",
    # "whose husband is chief executive of", "head of Communications", so the body the story
    # ties them to in another sentence ("The firm's chief executive, X") is refused. False
    # accepts: the lookalike itself (the prize, the kin's firm, the body left) written beside
    # them; another body named apart when no body of theirs is read (lookalike-0015 and -0036
    # were refused on af59's head only by the lookalike read as theirs); a public office
    # ("mayor", "secretary general", "president" with their surname as the firm's first word)
    # keeps the polity; another person's body in their own sentence ("X, managing director of
    # Y, and Z, who heads W", "the deal with Sakura Motors", "who interviewed the founder of");
    # a kin sharing the surname ("Her brother, Jakob Voss, chief executive of"); a body left
    # told by "who was chief executive of". Session 63 (af63, people/other_appositions)
    # mended others-0108 ("X, managing director of Y, and Z, who heads W": W is Z's)
    "make_rv59a_cases": frozenset(
        {
            "rv59a-lookalike-0000",
            "rv59a-lookalike-0002",
            "rv59a-lookalike-0003",
            "rv59a-lookalike-0006",
            "rv59a-lookalike-0007",
            "rv59a-lookalike-0008",
            "rv59a-lookalike-0009",
            "rv59a-lookalike-0010",
            "rv59a-lookalike-0011",
            "rv59a-lookalike-0014",
            "rv59a-lookalike-0015",
            "rv59a-lookalike-0016",
            "rv59a-lookalike-0017",
            "rv59a-lookalike-0020",
            "rv59a-lookalike-0021",
            "rv59a-lookalike-0023",
            "rv59a-lookalike-0025",
            "rv59a-lookalike-0026",
            "rv59a-lookalike-0028",
            "rv59a-lookalike-0030",
            "rv59a-lookalike-0031",
            "rv59a-lookalike-0034",
            "rv59a-lookalike-0036",
            "rv59a-lookalike-0037",
            "rv59a-lookalike-0041",
            "rv59a-lookalike-0042",
            "rv59a-lookalike-0044",
            "rv59a-lookalike-0047",
            "rv59a-lookalike-0048",
            "rv59a-lookalike-0050",
            "rv59a-written-0066",
            "rv59a-others-0093",
            "rv59a-others-0098",
            "rv59a-others-0100",
            "rv59a-others-0101",
            "rv59a-others-0103",
            "rv59a-others-0111",
            "rv59a-others-0112",
            "rv59a-others-0114",
        }
    ),
    # session 60, fresh-miss writer ro60: older verdicts (wrong on 27bccfb2 too), none opened.
    # False accepts: "Mayor" for "Mayor Pro Tem Mira Castell" beside "Mayor Jon Reeve" (the
    # run holds the mayor word, and no reading knows "pro tem" as a rank); "Energy Minister"
    # for Anton Berg from "Berg had flown in ... as the energy minister looked on" (a definite
    # title after this person's name in its own sentence is left open: it may be theirs)
    # "Interior Minister" for "EU migration chief Katrin Oberg" and "Council Leader" for
    # "Resident Owen Lusk" (a generic title word before the name keeps any value, as
    # sole_holders does since session 25: "NATO chief Mark Rutte" may be the secretary
    # general). Five older false accepts of other sets are refused now and taken off their
    # GAPS: ro58-unnamed-0044 ("the chair said" after "Chair Bernard Ollis"),
    # rv57r-neighbours-0002, 0008, 0009 ("Mayor Tom Reyes" is no police chief), rv57r-wrongs-0150
    # session 60, mend rh60 of ro60's opened roles: all older (wrong on rv60r too): "judge" for
    # Ivo Marsh, who "denied the charge" in the sentence seating Nora Vance "before" whom the
    # hearing resumed (seated-0002/0003, a false accept); "judge" for Aisha Oduya on "the bench
    # of" whom the case returned (seated-0016/0017, a false reject by another reader)
    "make_rh60_cases": frozenset(
        {"rh60-seated-0002", "rh60-seated-0003", "rh60-seated-0016", "rh60-seated-0017"}
    ),
    # session 60, review rv60r of ro60. Opened by ro60: "judge" for Clare Hart from "The
    # retrial opened ... before Clare Hart" (definite-0063/0064), mended by rh60 (a hearing's
    # "before <name>", "presided over by", "heard by", "the bench of": run_rivals._seated).
    # Older (wrong on 27bccfb2 too): a post in other words refused by older readers ("CEO" for
    # "Chief Executive Anna Li", "Chair" for "Chairman Victor Hale", "AG" for "Attorney
    # General", "Council Member" for "Councilwoman", "PM" for "Prime Minister", "Finance
    # Committee Chair" for a senator who "chairs the Senate finance committee"; no reading
    # of a post's other forms); "the <post>" left open where a sentence names this person
    # before it ("Paul Gage asked ..., and the coroner refused", "Ugo Matta asked ..., and the
    # treasurer said") or a possessive stands for "the" ("The club's head coach"); "library
    # board chair" for a parks board's chair (no reading of a post's body); "headteacher" for
    # a deputy who "now runs the school" (the retired holder's title, the later "the
    # headteacher" hers)
    "make_rv60r_cases": frozenset(
        {
            "rv60r-forms-0027",
            "rv60r-forms-0033",
            "rv60r-forms-0034",
            "rv60r-forms-0039",
            "rv60r-forms-0045",
            "rv60r-forms-0046",
            "rv60r-forms-0049",
            "rv60r-forms-0053",
            "rv60r-definite-0060",
            "rv60r-definite-0071",
            "rv60r-definite-0072",
            "rv60r-definite-0073",
            "rv60r-definite-0074",
            "rv60r-definite-0075",
            "rv60r-definite-0076",
            "rv60r-definite-0077",
        }
    ),
    "make_ro60_cases": frozenset(
        {
            "ro60-run-0010",
            "ro60-kept-0046",
            "ro60-definite-0094",
            "ro60-definite-0095",
            "ro60-definite-0098",
        }
    ),
    # session 59, fresh-miss writer ro59: older verdicts (wrong on 5cb9d1ae too), none opened.
    # False rejects by the other-office reading (role_own_titles): "General" for "Lieutenant
    # General Aron Vasko", "professor" for "an assistant professor of chemistry" (a rank the
    # office keeps in use; ranked_titles leaves both alone), "head of the president's office"
    # for "who heads the president's office"; "lawyer" for "The lawyer for the chief executive,
    # Simon Hale" (the ties read "the chief executive, Simon Hale", which also lets "chief
    # executive" through before any ranked reading runs). False accepts: "mayor" for "a former
    # deputy mayor, now chairs the transport board" (a past ranked post: not read as one),
    # "shadow home secretary" for the home secretary beside the shadow's bracket (a value
    # holding a rank word is another person's title, not read here)
    "make_ro59_cases": frozenset(
        {
            "ro59-ranked-0028",
            "ro59-ranked-0031",
            "ro59-ranked-0037",
            "ro59-serving-0063",
            "ro59-serving-0073",
            "ro59-serving-0074",
            "ro59-serving-0081",
        }
    ),
    # session 59, review rv59r of ro59: older verdicts (wrong on 5cb9d1ae too; the three ro59
    # opened, the holder's office refused through an apposition the name closes, "the deputy head
    # teacher and the head teacher, Mrs Ann Lyle", "Sam Orme, a lawyer for the governor, Mr Jim
    # Becker", are mended). False rejects by the other-office reading (role_own_titles), which reads
    # any rank word in the person's sentence: "deputy commissioner" for "Acting Deputy
    # Commissioner", "admiral" for a Vice Admiral, "professor of history" for "an assistant
    # professor of history", and a post taken up beside the ranked one left ("Deputy Mayor Pat Moss
    # was sworn in as mayor", "deputy editor ... before becoming its editor", "who was deputy
    # minister ..., was named minister of trade"). False accepts: a value holding a serving word
    # ("chief of staff" for "deputy chief of staff": ranked_titles skips such values), a rank before
    # a title word not the value's first ("Assistant Chief Constable" for one who reports to him;
    # "Secretary-General" for "Under Secretary-General", the hyphenated title read as one word), a
    # past post ("lieutenant governor" for one sworn in as governor), a post hoped for ("who hopes
    # to be elected mayor"), a serving post outside the list ("press secretary to", "communications
    # director for"), the council named by its body ("leader of the council" for "deputy council
    # leader"), an office the page never writes ("Chief of Naval Operations", "council leader"), and
    # the ranked post read for the office's holder when the two stand side by side ("the deputy
    # mayor and the mayor, Cllr Gwen Tarrow", "The chairman's deputy and the chairman, Sir Hal
    # Rooney", "The deputy leader of the party, Mo Reid, sat beside its leader, Ada Finn": the ties
    # read the nearer title as both's)
    "make_rv59r_cases": frozenset(
        {
            "rv59r-rank-0001",
            "rv59r-rank-0010",
            "rv59r-rank-0018",
            "rv59r-rank-0022",
            "rv59r-rank-0032",
            "rv59r-rank-0035",
            "rv59r-rank-0036",
            "rv59r-rank-0038",
            "rv59r-rank-0042",
            "rv59r-rank-0047",
            "rv59r-rank-0056",
            "rv59r-rank-0057",
            "rv59r-rank-0058",
            "rv59r-rank-0061",
            "rv59r-rank-0062",
            "rv59r-rank-0067",
            "rv59r-rank-0068",
            "rv59r-rank-0069",
            "rv59r-served-0093",
            "rv59r-served-0119",
            "rv59r-holder-0153",
            "rv59r-holder-0156",
            "rv59r-holder-0159",
            "rv59r-holder-0161",
            "rv59r-holder-0164",
            "rv59r-holder-0171",
        }
    ),
    # session 59, false-alarm writer cn59: older verdicts (wrong on 5cb9d1ae too, none opened).
    # False accepts: the later end of a change for a count of the earlier one ("previous
    # jobless rate" 5.4 of "rose to 5.4 percent ... from 4.9 percent"; "net arrivals a year
    # earlier" 312,000; "previous fertility rate" 1.31; "before the increase" 1.8 billion), the
    # other noun's earlier end beside its own ("previous paper imports" 4.6 billion of "exports
    # of timber rose to $5.2 billion from $4.6 billion, while imports ..."; tram and bus
    # ridership swapped; "homes completed" and "planning approvals" swapped; beer and cider),
    # another noun's number ("previous jobs" 21,900 of hatchback sales; "marriages a year
    # earlier" 6,980 of divorces; "cinema admissions a year earlier" 44 million): the older
    # window reads a cue word near the number without the change's ends. False rejects: the
    # earlier end whose later end the count's words do not read ("previous jobless rate" 4.9,
    # "fare before the rise" 4.20 of a fare rising "on Monday", "previous wait, days" 59 of
    # "fell by 12 days to 47 days", "previous beer sales" 3.3 million hectolitres): the count
    # rule does not read the later end either, so the earlier end is not read through it.
    # comparison: false accepts of the older cue window ("rise in steel exports" 14 of
    # "Imports of steel were 14% above ..., while exports ... 6% below it"; "rise in ticket
    # income" 8 of "attendance was 8% above target"; "fall in combine harvester orders" 11 of
    # tractors'; "fall in shop takings" 20 of online sales'); a false reject, "6% below it"
    # (a pronoun for what it is compared with, which compared_shares does not read).
    "make_cn59_cases": frozenset(
        {
            "cn59-change-0000",
            "cn59-change-0002",
            "cn59-change-0011",
            "cn59-change-0015",
            "cn59-change-0023",
            "cn59-change-0027",
            "cn59-change-0028",
            "cn59-change-0029",
            "cn59-change-0037",
            "cn59-change-0047",
            "cn59-comparison-0096",
            "cn59-comparison-0097",
            "cn59-comparison-0105",
            "cn59-comparison-0116",
            "cn59-comparison-0123",
            "cn59-compared-0051",
            "cn59-compared-0055",
            "cn59-compared-0058",
            "cn59-compared-0072",
            "cn59-compared-0073",
            "cn59-compared-0075",
            "cn59-compared-0077",
            "cn59-compared-0079",
        }
    ),
    # session 59, review rv59n of cn59: older verdicts (wrong on 5cb9d1ae too; the 5 opened by
    # cn59 are mended). ends, false accepts of the older cue window: a range that is no change
    # ("shifts last from 6 to 11 hours" for a previous shift length), "visitors the year
    # before" 900,000 of "up from 900,000 in 2019" (the year-before reading of the start, not
    # earlier_ends), another noun's pair joined by "and" without a comma (wool and beef
    # exports), the later end (31 for "previous fatal crashes"), another clause's number
    # (flights, staff absence, a dozen rolls, bread's $3 for loaf sales); false rejects: "loaf
    # price before the rise" ("before the rise" not asked as earlier), "previous daily loaf
    # sales" 260 of "fell to 200 loaves a day from 260" (the count rule does not read "200
    # loaves a day" as daily loaf sales). percent, false accepts of the older cue window: a
    # comparison with a forecast or a target set at an earlier time ("3% below the level
    # forecast a year ago", "5% above the target set last year"), a look-alike noun
    # ("Households'" for house prices, "Exporters'" for exports), the other direction ("14 per
    # cent up" for a fall), another clause's noun ("while road haulage volumes", "Car sales ...
    # slipped in December; ... van sales", "— passenger numbers"). dated: a number dated by
    # another word for the same time back in a sentence of its own ("It had carried 16.9
    # million the previous year", "A year before, the office issued 47,500") is refused by
    # the start and the head alike (the count rule reads no sentence whose number's noun is a
    # pronoun's or a verb's); a count of a year back accepts the later year's number and a
    # number dated "two years earlier".
    "make_rv59n_cases": frozenset(
        {
            "rv59n-dated-0104",
            "rv59n-dated-0105",
            "rv59n-dated-0106",
            "rv59n-dated-0110",
            "rv59n-dated-0111",
            "rv59n-dated-0114",
            "rv59n-dated-0115",
            "rv59n-dated-0118",
            "rv59n-dated-0119",
            "rv59n-dated-0121",
            "rv59n-ends-0002",
            "rv59n-ends-0008",
            "rv59n-ends-0012",
            "rv59n-ends-0013",
            "rv59n-ends-0027",
            "rv59n-ends-0030",
            "rv59n-ends-0031",
            "rv59n-ends-0037",
            "rv59n-ends-0039",
            "rv59n-ends-0040",
            "rv59n-ends-0043",
            "rv59n-ends-0045",
            "rv59n-percent-0062",
            "rv59n-percent-0063",
            "rv59n-percent-0064",
            "rv59n-percent-0065",
            "rv59n-percent-0068",
            "rv59n-percent-0079",
            "rv59n-percent-0081",
            "rv59n-percent-0088",
            "rv59n-percent-0098",
            "rv59n-percent-0102",
        }
    ),
    # session 59, false-alarm writer md59: older false accepts only (wrong on 5cb9d1ae too,
    # none opened; md59 mended six more: a speaker's "HOST (Nell Osei):" read as the
    # bracketed agency "(Reuters)"). A speaker's turn opening with the name ("IMANI DOYLE
    # (anchor): ...") or a short body line at the page's top or foot read as a masthead; a
    # name on a "Script:"/"Guest:" line read as a bare byline's outlet; a paper a guest writes
    # for, or one "The X's traffic page", read as the one told with no other publisher; the
    # older reading of a short page's foot line as its masthead, or a place's word ("Calloway"
    # of "Calloway Gazette") as the outlet; a desk's whole name "Tarnfield Metals Desk" refused
    "make_md59_cases": frozenset(
        {
            "md59-labels-0003",
            "md59-labels-0039",
            "md59-segments-0069",
            "md59-segments-0077",
            "md59-segments-0080",
            "md59-segments-0084",
            "md59-segments-0090",
            "md59-segments-0093",
            "md59-segments-0094",
            "md59-segments-0095",
            "md59-desks-0100",
            "md59-desks-0102",
            "md59-desks-0114",
            "md59-desks-0118",
            "md59-desks-0120",
            "md59-desks-0124",
            "md59-desks-0127",
            "md59-desks-0131",
            "md59-desks-0133",
            "md59-desks-0137",
        }
    ),
    # session 59, review rv59m of md59: older only (wrong on 5cb9d1ae too; the 22 md59 opened
    # in this set are mended). False accepts of the older readings: a guest's or a
    # correspondent's paper standing as a segment of a broadcast head ("Guest: Ivo Rand |
    # Tidewater Post", "Correspondent: Ruth Keane - Southern Money Wire", "Panel: Omar Haddad
    # | Harbor Ledger"), a line "Listener question read out from: X", a clip's or a thanks'
    # credit ("Clip: X", "With thanks to: X"), a host's name on a label line, the show's own
    # title, a body named as the subject opening the page ("Lantern Media, the podcast
    # network, said"), and a body's team or briefing opening a headline ("Kettle Bank research
    # team:", "Pentagon briefing, 14 May:", "Ministry of Health team |", "The Kestrel Times
    # newsroom, 120 strong, voted"): the older head-segment and masthead readers take a name
    # opening a head line; one false reject, "The Grain Report | Westfold Farm Radio | date",
    # a head with no kind's word nor role's label
    "make_rv59m_cases": frozenset(
        {
            "rv59m-heads-0001",
            "rv59m-heads-0004",
            "rv59m-heads-0010",
            "rv59m-heads-0012",
            "rv59m-heads-0013",
            "rv59m-heads-0015",
            "rv59m-heads-0018",
            "rv59m-heads-0021",
            "rv59m-heads-0024",
            "rv59m-heads-0025",
            "rv59m-heads-0027",
            "rv59m-heads-0030",
            "rv59m-heads-0031",
            "rv59m-stories-0046",
            "rv59m-stories-0068",
            "rv59m-stories-0071",
            "rv59m-desks-0073",
            "rv59m-desks-0077",
            "rv59m-desks-0079",
            "rv59m-desks-0081",
            "rv59m-desks-0094",
            "rv59m-desks-0097",
        }
    ),
    # session 59, false-alarm writer at59: older (wrong on 5cb9d1ae too, none opened). False
    # accepts the party rule gives before the entry reading runs: another entry's label beside
    # "both of its plants" (a group word), a name the evidence writes in another role (the
    # lender that called in a loan, the maker planes were ordered from, the one who delayed,
    # the buyer, the seller, the club signed from, the flock it came behind), "the trust" as a
    # court's object, a union's word inside a quote, "The regulator fined the lender" and "The
    # union called a strike at its plant" for the entry's own body (entry_heads refuses both);
    # items: the sentence splitter joins a bulleted list into one sentence, so the party rule
    # finds every item's label in it (another item's label, the buyer, the bidder, the club
    # bid to, a named owner's club all accepted), and "Sold its cheese arm to X" is read as
    # the label acted on (a false reject). Session 62 (ac62, acts/told_objects) mended two:
    # "Tamsin bought the Orvik catalogue" for Orvik Pictures and "regulator fined Hollis Bank"
    # for Hollis Bank, each the object of its description's own act
    "make_at59_cases": frozenset(
        {
            "at59-caps-0005",
            "at59-caps-0006",
            "at59-caps-0013",
            "at59-caps-0014",
            "at59-caps-0019",
            "at59-caps-0021",
            "at59-line-0027",
            "at59-line-0035",
            "at59-line-0043",
            "at59-line-0044",
            "at59-caps-0046",
            "at59-item-0052",
            "at59-item-0053",
            "at59-item-0054",
            "at59-item-0055",
            "at59-item-0057",
            "at59-item-0062",
            "at59-item-0063",
            "at59-item-0064",
            "at59-item-0068",
            "at59-item-0069",
            "at59-item-0070",
        }
    ),
    # session 60, false-alarm writer ac60: older (wrong on 27bccfb2 too, none opened; own_heads
    # itself refuses each). False accepts of the older description readers (described_actors,
    # actor_descriptions) and the party rule: "the commission" with two commissions named
    # before, after "a commission of inquiry", "the court" after "the appeals court", "the
    # central bank of Halden" beside the Bank of Orrin; "challenged the commission" (an
    # object), "The commission's chair ... resigned", "The institute's director ... announced"
    # (an owner), a commission's act inside a quote, the growers' reaction for the bureau, and
    # "the party" after the Greens, "the union" after Unite (bodies named without the word)
    "make_ac60_cases": frozenset(
        {
            "ac60-last-0010",
            "ac60-last-0011",
            "ac60-last-0012",
            "ac60-last-0014",
            "ac60-last-0016",
            "ac60-last-0017",
            "ac60-last-0023",
            "ac60-last-0024",
            "ac60-of-0030",
            "ac60-of-0035",
            "ac60-of-0038",
        }
    ),
    # session 60, review rv60c of ac60: older (wrong on 27bccfb2 too; the 4 ac60 opened are
    # mended in own_heads). False accepts of the older name and description readers, which own
    # "the council", "the court", "the board" alone: a compound's first noun ("The council
    # workers walked out", "court fees rose", "The board members resigned"), a reporting verb
    # before another's act ("the board confirmed that", "the commission revealed that", "the
    # department estimated that ...; the contractor began it"), another clause's act ("the
    # navy escorted ..., and the coastguard fined"), another body of the noun ("the FTC", "the
    # rail and road commissions", "the town council", "the court of appeal", "the orchestra of
    # the Saltby Opera House", "an independent board", a second authority), a name written only
    # after the short form. False reject: "Now the board has approved" for a lower-case "water
    # board" ("Now" with no comma is no fronted phrase own_heads reads)
    "make_rv60c_cases": frozenset(
        {
            "rv60c-verb-0012",
            "rv60c-verb-0013",
            "rv60c-verb-0014",
            "rv60c-verb-0016",
            "rv60c-verb-0017",
            "rv60c-verb-0018",
            "rv60c-verb-0025",
            "rv60c-page-0028",
            "rv60c-page-0037",
            "rv60c-page-0038",
            "rv60c-page-0039",
            "rv60c-page-0041",
            "rv60c-page-0042",
            "rv60c-page-0043",
            "rv60c-page-0045",
            "rv60c-page-0047",
            "rv60c-report-0059",
            "rv60c-report-0062",
            "rv60c-report-0063",
            "rv60c-report-0064",
            "rv60c-report-0065",
            "rv60c-report-0068",
            "rv60c-report-0069",
        }
    ),
    # session 59, review rv59t of at59: older (wrong on 5cb9d1ae too; the 3 at59 opened are
    # mended). False accepts: a wire dateline ("DETROIT — The automaker said", "MILAN - The
    # club", "BASEL: The drugmaker ... It expects") kept in the evidence's sentence, so the
    # party rule finds the city named (a place, not the body); "The supermarket group sued the
    # chain" under GRANBY & CO. and "It collapsed" for an offer (the label's name in the joined
    # sentence); the club signed from, the side beaten, the ground's "It failed" and another
    # entry's label on a line of its own; list items the splitter joins into one sentence, so
    # every item's label (and "Awarded ... by the ministry") is named in it. False rejects:
    # "The Leeds-based carrier" (a carrier is an airline's noun, the label a coach firm's) and
    # "Beaten 4-1 at home by Ardley" for Ardley (the by-phrase's doer is read as acted on)
    "make_rv59t_cases": frozenset(
        {
            "rv59t-caps-0005",
            "rv59t-caps-0006",
            "rv59t-caps-0011",
            "rv59t-caps-0012",
            "rv59t-caps-0013",
            "rv59t-caps-0014",
            "rv59t-caps-0020",
            "rv59t-line-0027",
            "rv59t-line-0033",
            "rv59t-line-0034",
            "rv59t-line-0035",
            "rv59t-line-0036",
            "rv59t-line-0044",
            "rv59t-item-0049",
            "rv59t-item-0058",
            "rv59t-item-0060",
            "rv59t-item-0061",
            "rv59t-item-0062",
            "rv59t-item-0063",
            "rv59t-item-0064",
            "rv59t-item-0065",
            "rv59t-item-0066",
        }
    ),
    # session 59, writer pp59: older verdicts (wrong on 92bb7120 too, none opened). False
    # rejects: a speaker named after "said the workers' union leader" / "the nurses'
    # representative on the hospital board," / "the villagers' elected headman," (no
    # post-verb title reading spans the owner and the title's words), a quote given to "the
    # minister" who "dismissed what he called 'the agitators' and said:", Norway as the writer
    # in "Norway wrote the truce text" (no verb-of-writing reading). False accepts: the
    # person of the paragraph before for those three quotes, Sri Lanka whose "plan was
    # shelved" as the proposer, "colonists" from the quoted sneer "'the colonists' draft'"
    "make_pp59_cases": frozenset(
        {
            "pp59-speaker-0000",
            "pp59-speaker-0014",
            "pp59-speaker-0015",
            "pp59-speaker-0019",
            "pp59-speaker-0020",
            "pp59-proposer-0048",
            "pp59-quotemark-0053",
            "pp59-quotemark-0065",
            "pp59-quotemark-0066",
        }
    ),
    # session 59, review rv59p of pp59: older (wrong on 92bb7120 too; pp59 opened 2, mended:
    # an opening quote before a digit or after a dash read as none). False accepts: "powers"
    # of a sneer "the '3 powers' plan'" as the truce's proposer, "outsiders" of a curly sneer
    # after a dash, Ghana "which had floated a 'yes' vote, backed it". False reject: Malta of
    # "the text was Malta's from the start" after a sneer (no predicate reading after "though")
    "make_rv59p_cases": frozenset(
        {
            "rv59p-quotemark-0005",
            "rv59p-quotemark-0006",
            "rv59p-quotemark-0023",
            "rv59p-owner-0047",
        }
    ),
    # session 59, the lead: all OLDER (wrong at 5cb9d1ae too). A body the page names for
    # something else (a contractor, a supplier, a fined bank) beside a person whose own body is
    # named apart and whose title is a capitalised office with a portfolio: no reading ties the
    # person to their body there, so the other body is not refused. af59's reading refused
    # five of them only by reading the portfolio as the person's body (the wrong reason), which
    # also refused the right bodies (the five false rejects this set's mend closed)
    "make_lead59_cases": frozenset(
        {
            "lead59-portfolio-0001",
            "lead59-portfolio-0003",
            "lead59-portfolio-0005",
            "lead59-portfolio-0007",
            "lead59-portfolio-0009",
            "lead59-portfolio-0011",
            "lead59-portfolio-0013",
            "lead59-portfolio-0015",
            "lead59-portfolio-0017",
            "lead59-portfolio-0019",
        }
    ),
    # session 60, false-alarm writer sp60: all OLDER (wrong with continued_quotes off too; it
    # opened none: its first draft gave the continuation to a host named by a first-name
    # vocative in a reporter's turn, "WARD: Josh, Caspar Hewett met ...", whom the older
    # reading accepts for the credited quote; mended by asking for the value's last name as
    # written in the credit or the sentence before it). False accepts (15): the turn's label,
    # the correspondent, for the bare continuation of a quote the turn relays (10: the older
    # reading gives a bare quote in a labelled turn to its label, and continued_quotes only
    # accepts); the questioner for the answer after '"Will you stand down?" X asked.'; "X said,
    # before Y cut in"; "she said, and Y replied"; "he told the Courier, quoting his agent";
    # the deputy who reads his chancellor's message. False rejects (4): a credited quote the
    # older reading refuses, so the continuation has nothing to borrow (a "Q:" page's
    # reporter turn, "Y, the operations director, put it plainly in a letter";
    # the chancellor's words read out by her deputy), and "Harbour master X spoke for the
    # trust. "...," he said" with a quote of another person in the next paragraph ("said
    # Judge Okonedo", 0021, mended in session 64 by ac64's undotted titles, people/namewords)
    "make_sp60_cases": frozenset(
        {
            "sp60-relayed-0034",
            "sp60-relayed-0039",
            "sp60-relayed-0043",
            "sp60-relayed-0048",
            "sp60-relayed-0049",
            "sp60-relayed-0052",
            "sp60-relayed-0056",
            "sp60-relayed-0059",
            "sp60-relayed-0060",
            "sp60-relayed-0063",
            "sp60-relayed-0067",
            "sp60-relayed-0070",
            "sp60-guarded-0075",
            "sp60-guarded-0087",
            "sp60-guarded-0090",
            "sp60-guarded-0093",
            "sp60-guarded-0094",
            "sp60-guarded-0095",
        }
    ),
    # session 60, review rv60s of sp60: continued_quotes opened 2 false accepts here (the
    # credited speaker for a bare quote after '"...," he said; Y disagreed.' and 'she said
    # - Y cut in.'), mended (a credit past a semicolon, dash or colon, or with a
    # floor-passing word, continues no quote). The rest are OLDER (wrong with continued_quotes
    # off too). False accepts (39): the older walk gives a bare quote to the nearest earlier
    # credit, so the prompter passes for the answer after a prompt with no "?" ("Explain to
    # us why," X said. "Because ..."), and the first speaker for the words of the one she
    # introduces, hands over to, is heckled by or is answered by; a correction note that
    # gives the quote to another; a campaigner named after the quote; the trust a reporter's
    # turn names beside its spokeswoman ("HALE: X of the Orrin Trust ..."). False rejects (38):
    # the real speaker of those bare quotes, named only in the credit before as hearer,
    # introduced guest or next speaker; no rule reads a bare quote as a turn of dialogue
    "make_rv60s_cases": frozenset(
        {
            "rv60s-handover-0000",
            "rv60s-handover-0001",
            "rv60s-handover-0004",
            "rv60s-handover-0005",
            "rv60s-handover-0008",
            "rv60s-handover-0009",
            "rv60s-handover-0011",
            "rv60s-handover-0012",
            "rv60s-handover-0016",
            "rv60s-handover-0017",
            "rv60s-handover-0018",
            "rv60s-handover-0021",
            "rv60s-handover-0022",
            "rv60s-handover-0023",
            "rv60s-handover-0024",
            "rv60s-handover-0027",
            "rv60s-handover-0028",
            "rv60s-handover-0030",
            "rv60s-handover-0033",
            "rv60s-handover-0034",
            "rv60s-handover-0035",
            "rv60s-handover-0036",
            "rv60s-handover-0037",
            "rv60s-handover-0038",
            "rv60s-handover-0041",
            "rv60s-handover-0042",
            "rv60s-handover-0045",
            "rv60s-handover-0046",
            "rv60s-handover-0047",
            "rv60s-handover-0049",
            "rv60s-handover-0051",
            "rv60s-handover-0053",
            "rv60s-handover-0054",
            "rv60s-handover-0055",
            "rv60s-handover-0059",
            "rv60s-handover-0060",
            "rv60s-handover-0061",
            "rv60s-handover-0062",
            "rv60s-handover-0063",
            "rv60s-handover-0064",
            "rv60s-handover-0067",
            "rv60s-handover-0068",
            "rv60s-answers-0069",
            "rv60s-answers-0070",
            "rv60s-answers-0073",
            "rv60s-answers-0074",
            "rv60s-answers-0077",
            "rv60s-answers-0078",
            "rv60s-answers-0079",
            "rv60s-answers-0080",
            "rv60s-answers-0082",
            "rv60s-answers-0085",
            "rv60s-answers-0086",
            "rv60s-answers-0087",
            "rv60s-answers-0088",
            "rv60s-answers-0091",
            "rv60s-answers-0092",
            "rv60s-answers-0093",
            "rv60s-answers-0094",
            "rv60s-answers-0095",
            "rv60s-answers-0096",
            "rv60s-answers-0099",
            "rv60s-answers-0100",
            "rv60s-answers-0101",
            "rv60s-answers-0104",
            "rv60s-answers-0105",
            "rv60s-answers-0106",
            "rv60s-answers-0107",
            "rv60s-answers-0110",
            "rv60s-answers-0111",
            "rv60s-answers-0112",
            "rv60s-answers-0114",
            "rv60s-answers-0115",
            "rv60s-answers-0118",
            "rv60s-kept-0141",
            "rv60s-kept-0152",
            "rv60s-kept-0161",
        }
    ),
    # session 60, false-alarm writer pl60: older verdicts (wrong on 27bccfb2 too, none opened; those
    # line_labels opened on the way, "Ostland's drones hit Osk's power station" and fa43p's and
    # rv43f's datelines over "will leave Omaha", "besieged Fez", "in Mar del Plata", are mended).
    # False reject: a named venue after "at" with no city ("Workers at the Halvik car plant" under
    # the OSTERBY dateline) counts as another place, so the dateline keeps the older clause reading.
    # False accepts: a place that opens a body's name ("the Ostmark Philharmonic"), a place as a
    # possessive owner ("Tessen's container port reopened" under KESTRAL), another clause's place
    # with no place word ("while the capital Varno voted against it"), and a list label or heading
    # whose line puts the event in another place ("- Marenia: ... after a vote in Tessen", "SOUTHERN
    # PORTS / ... its pay ballot in Varno", "Upper Vale: ... a pylon fell near Garrick"): an event's
    # place any mention supports, and the dateline refusal of site_lines reads only a dateline's
    # line
    "make_pl60_cases": frozenset(
        {
            "pl60-dateline-0010",
            "pl60-dateline-0018",
            "pl60-dateline-0023",
            "pl60-dateline-0024",
            "pl60-label-0036",
            "pl60-label-0038",
            "pl60-label-0042",
        }
    ),
    # session 60, review rv60p of pl60: older verdicts (wrong on 27bccfb2 and on pl60 too;
    # the 16 pl60 opened, "in northern Brisk", "in nearby Tessen", "flew over Dalvik", "swept
    # through Bramley", "bombarded Lorne", "destroyed Carrow", "ran aground on Skarra", are
    # mended in line_labels). False rejects: "Shares in Talbot Shipping" under a dateline (a
    # body after "in" counts as another place); headings in mixed case or with a country
    # ("Upper Selby", "GRANBY, OSTMARK") stand as sentences of their own, apart from the item
    # they head; "Florence Adair: I ran the clinic in Halden", "a signal failure at Orrin" (a
    # line's own place refused as another occasion's). False accepts: another place the line
    # gives the event with no word before it the clause reader knows ("40 km south of
    # Tessen", "on the outskirts of Halloway", "crossed the Marrin border", "across the Orm
    # valley", "west of Skarra"): the older reading accepts any mention, the label reading
    # does not run; a title-case headline or a headline label over another place's event
    # ("Tessen Fans Celebrate", "Pellam: A City Remembers"); an auditors' place for a
    # resignation
    "make_rv60p_cases": frozenset(
        {
            "rv60p-dateline-0010",
            "rv60p-dateline-0011",
            "rv60p-dateline-0014",
            "rv60p-dateline-0022",
            "rv60p-dateline-0026",
            "rv60p-label-0034",
            "rv60p-label-0035",
            "rv60p-label-0039",
            "rv60p-label-0045",
            "rv60p-label-0046",
            "rv60p-lookalike-0051",
            "rv60p-lookalike-0055",
            "rv60p-lookalike-0062",
            "rv60p-lookalike-0063",
            "rv60p-lookalike-0066",
        }
    ),
    # session 60, writer wh60: older (wrong on 27bccfb2 too, none opened). A false reject:
    # "Meriden Pictures bought Yesterday Films" under "MERIDEN PICTURES - March" (the day
    # readings take the name's "Yesterday" for a relative day, so the entry seems to give its
    # act a time of its own)
    "make_wh60_cases": frozenset({"wh60-names-0033"}),
    # session 60, review rv60w of wh60: older (wrong on 27bccfb2 too). False accepts: a stamp
    # or section line with no full stop ("LAST UPDATED - Tuesday, March 3", "PUBLISHED - 12
    # June", "LETTERS - 6 March", "EMBARGOED - 2 March", "ISSUE 212, 7 December", "PRINT
    # EDITION - Thursday, May 14") is joined by the splitter to the entry's sentence, whose
    # date the day readings then take as stated (not headed_days); an entry in capitals
    # ("... OVERNIGHT, UNION SAYS", "..., FILINGS SHOW") likewise joined to its head. A false
    # reject: "Overnight Freight Ltd" is read as a time by the day readings (as wh60's
    # "Yesterday Films")
    "make_rv60w_cases": frozenset(
        {
            "rv60w-caps-0006",
            "rv60w-caps-0017",
            "rv60w-caps-0020",
            "rv60w-stamps-0037",
            "rv60w-stamps-0039",
            "rv60w-stamps-0041",
            "rv60w-stamps-0042",
            "rv60w-stamps-0044",
            "rv60w-stamps-0046",
        }
    ),
    # session 61, fresh-miss writer ro61: all older (wrong with left_posts switched off too);
    # none opened. A post written nowhere ("goalkeeping coach") or only as its initials ("CFO"
    # for "chief financial officer") is left to the free-text check; "chair" of a sentence that
    # moves someone else (Iris Mendel) is read for no other person; two false rejects by older
    # readings: "moved from London to Manchester as head of news" ties the post to
    # "Manchester" (role_rivals.sole_holders), and "who was shifted from deputy foreign
    # minister to ambassador to Norway" is read as one description of another office
    # (role_own_titles.other_office).
    "make_ro61_cases": frozenset(
        {
            "ro61-moved-0012",
            "ro61-moved-0014",
            "ro61-moved-0030",
            "ro61-moved-0033",
            "ro61-moved-0040",
        }
    ),
    # session 62, review rv62r of ro61: all older (wrong on d41d52c4 too); the 22 false rejects
    # ro61 opened are mended. Not read as a move by anyone: the old post told by a pronoun
    # ("She moved from"), by an epithet ("The 44-year-old moved from"), in the other order
    # ("promoted to inspector from sergeant") or by a noun ("The promotion of Askew from",
    # "Petrov's elevation from"); the title of an old post with its body or place ("from chief
    # executive of Halden Bank to chair", "from MP for Helsby North to", "from sergeant in
    # Helsby to"): reading "X of A to Y" as the move needs the new post told from a body ("to
    # Corran as chair"), not attempted; "after keeping the club up" read as a word of keeping
    # (ro61's _KEPT); the post given up on a return ("moved from head coach to director of
    # football in 2019 but went back to head coach": director of football) left to the
    # free-text check. Two older false rejects: "was never promoted from lieutenant" read as a
    # denial of the role (lieutenant), "who denied any rift with the founder" as a description
    # of Dmitri Salo; and "After Mr Bankole moved from chief nurse to hospital director, Freya
    # Lyle took over" gives "hospital director" to Lyle (role_rivals).
    "make_rv62r_cases": frozenset(
        {
            "rv62r-still-0006",
            "rv62r-still-0008",
            "rv62r-still-0012",
            "rv62r-still-0021",
            "rv62r-same-0073",
            "rv62r-same-0075",
            "rv62r-same-0078",
            "rv62r-same-0086",
            "rv62r-same-0091",
            "rv62r-same-0097",
            "rv62r-whose-0117",
            "rv62r-whose-0119",
            "rv62r-whose-0121",
            "rv62r-whose-0123",
            "rv62r-whose-0128",
            "rv62r-whose-0133",
            "rv62r-whose-0135",
        }
    ),
    # session 60, false-alarm writer ct60: older verdicts (wrong on 27bccfb2 too; one opened
    # during the work, "rise in sales in 2024" 9 of "grew 9% in 2024 and fell 3% in 2025", a
    # year read as the other change's subject, mended). False accepts of the older cue window:
    # "Orvane share fall" 9 of "a stake of 9% ... after a slide in its own shares" (the cue
    # words near the stake); "premium cut" 7.5 of "a hike of 7.5 per cent in premiums" (a cut
    # is no word of change the count rule knows, so the change's direction is not read);
    # "fall in wool prices" 6 of "mutton prices dropped 6%" (the subject stem "price" is
    # shared); "fall in bookings" 2 of "cancellations ... fell 2%" and "rise in lending" 25 of
    # "Profit ... jumped 25%, though lending ... shrank 4%" (read by another path than
    # change_shares' lone change); "fall in repair contracts" 3 of "a drop of 3% in orders,
    # while repair contracts rose 2%" (the count's words within the older window of 3).
    "make_ct60_cases": frozenset(
        {
            "ct60-noun-0022",
            "ct60-noun-0031",
            "ct60-subject-0062",
            "ct60-subject-0064",
            "ct60-subject-0081",
            "ct60-subject-0092",
        }
    ),
    # session 60, review rv60n of ct60: older verdicts (wrong on 27bccfb2 too). Three opened by
    # ct60 and mended: a peak dropped beside a plain change ("tumbled as much as 18% ... then
    # closed 9% lower" for a fall up to 18%), ", then fell 2%" (its subject shared), "imports,
    # hit by the dock strike, fell 3%" for a fall in steel imports (the count's word between
    # the two changes). Older: "quickened to 3.1%, up from growth of 2.4% a year earlier" (3.1
    # refused, 2.4 of another time accepted); another thing's noun of change with no rival
    # percent ("Exports ... held steady, while imports showed a fall of 3%"; "a decline of 18
    # percent" of herring for mackerel landings); "a share of 9%", "a margin of 12%" taken as
    # changes; "could fall by as much as 5%" taken for a rise; "pay as much as 40% of their
    # income in rent" as a rise in rents or fall in income; "grew at 7% off a low base" (the
    # verb past "at" not read); "the 30% off sale" as a fall in footfall; "only to drop 5%"
    # ("drop" is no verb the cue reads); a year word, "then season passes fell 4%" and "copper
    # imports fell 3%" for another thing's fall (read by another path, or the count's shared
    # word "copper" in the subject)
    "make_rv60n_cases": frozenset(
        f"rv60n-{tag}"
        for tag in (
            "noun-0011",
            "noun-0012",
            "noun-0015",
            "noun-0017",
            "noun-0018",
            "noun-0025",
            "degree-0046",
            "degree-0060",
            "degree-0061",
            "off-0074",
            "off-0080",
            "subject-0099",
            "subject-0116",
            "subject-0119",
            "subject-0121",
        )
    ),
    # session 60, fresh-miss writer af60: all OLDER (wrong at 27bccfb2 too; none opened). False
    # accepts: "general secretary of the Riverside Transport Union" reads "secretary" as a
    # public office, whose body is a polity written anywhere, so no own body is set against
    # the other firm; "a spokesman for the Waalhaven Port Authority" ("for" is no titled
    # body's word) gives no own body; a body left in the next sentence ("Hart left
    # Brightstone Studios in 2021") is written beside them. False reject: "chief executive of
    # Caraway Shipping, a director of Tollbridge Marine" (a stacked second post) reads the
    # value as held by a run "Shipping", the older holder reading. Plural: "a spokeswoman for
    # Northvale Water" gives no organisation of hers (no titled body, no organisation word), so
    # the one-word "Dunhills" keeps the older party's-people exemption
    "make_af60_cases": frozenset(
        {
            "af60-listed-0038",
            "af60-guard-0065",
            "af60-guard-0077",
            "af60-guard-0081",
            "af60-plural-0101",
        }
    ),
    # session 61, fresh-miss writer af61: OLDER (wrong at d41d52c4 too; none opened). False
    # accept: "Sapporo University's Hideo Tanabe, Margaret Olsson from the University of
    # Adelaide": another person's body in the person's own sentence is kept, since a body
    # written in the sentence may be theirs ("Newcastle's sale ... Freiburg's Lukas Brandt").
    # (af61 mended five older gaps: am56-president-0055, rv56f-neighbour-0090,
    # rv58a-posts-0048 and -0049; and rv49f-away-0051.)
    "make_af61_cases": frozenset({"af61-before-0004"}),
    # session 61, review rv61a of af61: all OLDER (wrong at d41d52c4 too; the 6 opened were
    # mended). False accepts: a lower-case owner ("The Czech central bank's governor") reads
    # no owner; a party value stays out ("Moravia's spokeswoman" given the Social
    # Democrats); a state organ of a city ("Berlin Senate") lets a country owner go, as an
    # organ of the owner's state would; a ranking ("Ireland's longest-serving dairy
    # analyst") is no post. (rv61a mended one older: rv61a-later-0042, a former office's
    # new body matched by one shared word, "Film".)
    "make_rv61a_cases": frozenset(
        {
            "rv61a-forms-0025",
            "rv61a-later-0034",
            "rv61a-later-0040",
            "rv61a-later-0044",
        }
    ),
    # session 60, review rv60a of af60: all OLDER (wrong at 27bccfb2 too). False accepts: an
    # own body the holder readings miss ("Felicity Wrenn of Osgood Tarrant" reads as a name;
    # "manages the Bentalls store"), so nothing is set against the other body; another body's
    # clause with a verb outside the speech verbs ("; Deloitte Associates advised the buyer");
    # a plural possessive in the person's sentence ("said Sotherans' results were weak");
    # a party's people of another story ("The Nationals, the junior coalition partner") keep
    # the exemption; a firm or body in initials or with no organisation word given a party
    # ("an IEA official" given OPEC, "a researcher at SINTEF" given Norway, "Ekdahl Robotics'
    # chief executive" given Sweden) is no organisation by party_elsewhere's standard. False
    # rejects: the person's movement or audience read as what they act on ("campaigned with
    # the Unionists", "fought with the Kurds", "told the Tromso Chamber of Commerce, of which
    # she is president")
    "make_rv60a_cases": frozenset(
        {
            "rv60a-stacked-0038",
            "rv60a-stacked-0055",
            "rv60a-plural-0097",
            "rv60a-plural-0105",
            "rv60a-plural-0107",
            "rv60a-plural-0110",
            "rv60a-plural-0118",
            "rv60a-plural-0130",
            "rv60a-organ-0158",
            "rv60a-organ-0160",
            "rv60a-organ-0162",
        }
    ),
    # session 61, false-alarm writer sp61: all OLDER (wrong with pronoun_walks off too; its
    # first draft opened one, mended: "A and B signed. "...," A said. ... "...," he said" gave
    # the "he" to A, the paragraph's two people now stop the walk). False rejects (3): a bare
    # quote continuing a "he told local radio" quote whose speaker is named three sentences
    # back (continued_quotes asks for the name in the credit or the sentence before it, x2);
    # a sentence between opening with "Median", which no word list calls a common word and the
    # page never writes in lower case (the walk stops at an opener that may be a name).
    # False accepts (6): the older reading accepts a spokesman's "he said" for the mayor he
    # speaks for, a quote that names the value ("Tiago Reis will start," he said), a "he" for
    # a woman the page calls "her", a "she" for the driver police named, the interviewer for
    # the leader's answer, the father for his daughter's "she said"
    "make_sp61_cases": frozenset(
        {
            "sp61-walked-0004",
            "sp61-walked-0023",
            "sp61-walked-0028",
            "sp61-stopped-0044",
            "sp61-stopped-0047",
            "sp61-stopped-0049",
            "sp61-stopped-0053",
            "sp61-stopped-0060",
            "sp61-stopped-0063",
        }
    ),
    # session 61, review rv61s of sp61: all OLDER (wrong on d41d52c4 too; sp61 opened 2 false
    # accepts here, "The Brazilian, 29, arrives" and "The skipper has a year left" read past
    # for the chairman's or owner's "he", mended: a holder_words post word, a sport's or
    # trade's person noun, a people's word standing as a noun stop the walk). False accepts
    # (8): the older readings (lone_antecedents and before) give a "he"/"she" quote to the
    # one named two sentences back past "The 19-year-old", "The keeper", "The novelist", "The
    # pilot", "The farmer who", "The widow", "The nurse", "The sprinter, 22," (the described
    # person is the speaker). False rejects (2): the scorer's or rider's own "he said" after
    # "the work of Wood" and "Hill's wheel", the surname written after its full name in the
    # sentence before (the older read-back stops at the sentence's other subject)
    "make_rv61s_cases": frozenset(
        {
            "rv61s-described-0003",
            "rv61s-described-0009",
            "rv61s-described-0011",
            "rv61s-described-0013",
            "rv61s-described-0015",
            "rv61s-described-0017",
            "rv61s-described-0019",
            "rv61s-described-0021",
            "rv61s-hidden-0034",
            "rv61s-hidden-0049",
        }
    ),
    # session 61, writer wh61: older (wrong on d41d52c4 too, none opened). False accepts: a
    # range value with its ends swapped or its start from another clause ("20 June to 12 May",
    # "April 15 to May 6", "28 April until 3 March", "from 5am until 9pm on 14 May": each end
    # is a day the evidence states, and the day readings check each end alone, not their
    # order); another thing's range whose subject shares the event's words ("drivers' mandate"
    # beside "talks between the rail operator and drivers collapsed on 2 March": the older
    # clause reading takes the mandate's clause for the event's; "the depot's reduced
    # timetable runs from 18 May to 22 May" beside "Bus drivers ... struck last week")
    "make_wh61_cases": frozenset(
        {
            "wh61-range-0003",
            "wh61-range-0012",
            "wh61-range-0021",
            "wh61-range-0028",
            "wh61-guard-0041",
            "wh61-guard-0042",
            "wh61-guard-0064",
            "wh61-guard-0065",
        }
    ),
    # session 61, review rv61w of wh61: older (wrong on d41d52c4 too; the 4 false accepts
    # wh61 opened are mended). False accepts: another thing's range in the evidence that the
    # inner day reading already takes for the event when the clause names no other thing's
    # end ("The nurses' strike ... will go ahead, and the hospital's visiting restrictions run
    # from 4 May to 9 May", "Protesters marched ... against the new levy, which applies from 1
    # July", "the wards, whose refit lasts from ...": wh61 does not reach them, they are never
    # refused as another thing's end); a value whose start is a shorter number inside the
    # written start ("2-14 June" in "12-14 June", "3 to 16 September" in "13 to 16
    # September": the day reading matches the digits). False reject: the event's own range in
    # the same part as a report's day ("The water company said on Tuesday that the hosepipe ban
    # runs from 1 July through 31 August": wh61's guard reads "said on Tuesday" as the ban's
    # own dated clause; the start refused it too)
    "make_rv61w_cases": frozenset(
        {
            "rv61w-beside-0000",
            "rv61w-beside-0001",
            "rv61w-beside-0002",
            "rv61w-beside-0003",
            "rv61w-beside-0004",
            "rv61w-beside-0006",
            "rv61w-beside-0007",
            "rv61w-beside-0009",
            "rv61w-beside-0010",
            "rv61w-beside-0011",
            "rv61w-beside-0012",
            "rv61w-beside-0015",
            "rv61w-lookalike-0045",
            "rv61w-lookalike-0048",
            "rv61w-aside-0051",
            "rv61w-aside-0054",
            "rv61w-aside-0055",
            "rv61w-aside-0056",
            "rv61w-aside-0057",
            "rv61w-aside-0058",
            "rv61w-aside-0059",
        }
    ),
    # session 61, false-alarm writer ct61: older verdicts (wrong on d41d52c4 too; none opened).
    # False accepts of another conjunct's or another noun's sum, read by the count rule's cue
    # window before any sum is owned: "revenue" 35m of "a net loss of €35 million on revenue of
    # about €410 million" (and "net loss" 410m), "earnings" 120m of "provisions of $120 million
    # against earnings of $800 million", "ticket income" 104m of "against a forecast of £104m",
    # "net debt" 210m and "underlying profit" 1.9bn of "profit fell to £210m and net debt rose
    # to £1.9bn", "wages" 48m and "transfer spending" 61m of "Wages cost the club €61m ... and
    # transfer spending ran to €48m", "parking fees" 18bn of "Tolls raised ₹1,800 crore and
    # parking fees about ₹240 crore", "legal costs" 300,000 of "$1.2 million and legal costs,
    # while its former director must pay $300,000"; one false reject, "imports from the bloc"
    # 19bn of "Exports to the bloc ... and imports from it reached £19bn" (the bloc named once,
    # by the other conjunct); "fine for Wexley Town" 12,000 of "fined Corran United £30,000 and
    # Wexley Town £12,000" refused (the verb "fined" shared by the elided second conjunct is
    # given to the nearer sum by money_sums); origin: another year's count accepted where the
    # story's own is told apart ("Storms in the same valley killed 31 people in 2019"; "was
    # founded in 1948, when it employed 40 people"; "A coach built in 2001 overturned on the
    # same bend in 2012, injuring 22 people"), as on d41d52c4
    "make_ct61_cases": frozenset(
        f"ct61-{tag}"
        for tag in (
            "of_sum-0009",
            "of_sum-0011",
            "of_sum-0014",
            "of_sum-0031",
            "conjunct-0054",
            "conjunct-0055",
            "conjunct-0063",
            "conjunct-0064",
            "conjunct-0069",
            "conjunct-0070",
            "conjunct-0074",
            "elided-0104",
            "origin-0130",
            "origin-0131",
            "origin-0137",
        )
    ),
    # session 62, review rv62t of ct61: older verdicts (wrong on d41d52c4 and on ct61 too; the 13
    # ct61 opened are mended). False accepts of the other noun's or conjunct's sum, where
    # money_sums asks no owner because the sum's clause has no verb it knows (an irregular past
    # not in its list: "ran", "hit", "fell"; the clause is read as elided): "deficit" 210m and
    # "budget" 14m of "The hospital trust ran up a deficit of £14m against a budget of £210m",
    # "dairy shipments" 4.2bn of "Export earnings hit NZ$4.2 billion and dairy shipments alone
    # NZ$1.6 billion", "online orders" 30m of "Pharmacy sales fell to €30m and online orders to
    # €12m". False rejects: "transfer fee" 22m of "a transfer fee of €22m plus add-ons of €6m"
    # (the qualifier reading takes "plus" for more than), "grants to growers" 45m of "A$45
    # million in grants of A$150,000 per farm to growers" (the word "growers" is nearest the
    # rate), "cafes opened" 50 of "opened its 50th cafe" (an ordinal is no count)
    # session 62, false-alarm writer ct62: older verdicts (wrong on 70e64dc0 too; none opened).
    # False accepts of "Nearly all 300 of its staff will lose their jobs" and "Not all 20 of the
    # councillors backed the budget" for the deed (the cue window reads the number beside its
    # noun before any partitive rule), and of "jets grounded in April" 22 of "grounded all 22
    # of their older jets in March and 5 more in April" (the later conjunct's elided verb); one
    # false reject, "bridges checked" 64 of "Inspectors checked all 64 of the town's bridges
    # last year; 9 of them failed" (another reader refuses it before the partitive is read)
    "make_ct62_cases": frozenset(
        f"ct62-{tag}" for tag in ("all_of-0017", "all_of-0018", "all_of-0019", "all_of-0036")
    ),
    "make_rv62t_cases": frozenset(
        f"rv62t-{tag}"
        for tag in (
            "of_tie-0015",
            "of_tie-0021",
            "of_tie-0022",
            "of_tie-0027",
            "conjunct-0053",
            "conjunct-0056",
            "origin-0097",
        )
    ),
    # session 61, false-alarm writer ac61: older (wrong on d41d52c4 too; none opened). False
    # rejects where the read-back of "it" or a description refuses: "Its sales" after "X
    # opened 14 shops" and "its fleet" after "X ordered six new ferries" (a thing before may be
    # "its" owner), "the bureau's release" and "The maker's sales" (no read-back to the name),
    # "the studio's" (no body's kind); false accepts of the older readers, which accept "its"
    # and a body's description whatever it owns: "Its shares were suspended", "Its statement
    # said", the strike's "Its cost", "The agency's inspectors found", "The bank's shareholders
    # voted", "The company's spokesman said"
    "make_ac61_cases": frozenset(
        {
            "ac61-its-0001",
            "ac61-its-0007",
            "ac61-its-0011",
            "ac61-its-0014",
            "ac61-its-0017",
            "ac61-owner-0045",
            "ac61-owner-0051",
            "ac61-owner-0053",
            "ac61-owner-0054",
            "ac61-owner-0057",
            "ac61-owner-0059",
        }
    ),
    # session 61, review rv61c of ac61. Opened and left, both mended by mn62c (session 62):
    # reader-0054 "Local business\n\nOrla Reyes ... Its membership" (sentences/kind_nouns)
    # and reader-0056 "unveiled the Tesk, a small electric car. At launch its battery"
    # (owned_subjects' apposed thing). Older (wrong on d41d52c4 too): false accepts of
    # the older "its" and description readers, which accept whatever the owner owns ("Its
    # pilots walked out", "Its treasurer resigned", "The council's leader resigned", "The
    # club's striker scored", "The association's tenants marched": owned_subjects itself now
    # refuses each); a place named in the evidence ("West Cornwall"); false rejects the
    # older read-back refuses: an aside before the verb, "After two flat years its",
    # "Over the peak weeks its", "In August alone its", "This winter its", "the buyer's"
    "make_rv61c_cases": frozenset(
        {
            "rv61c-its-0009",
            "rv61c-its-0011",
            "rv61c-its-0012",
            "rv61c-its-0015",
            "rv61c-its-0017",
            "rv61c-its-0019",
            "rv61c-its-0022",
            "rv61c-owner-0033",
            "rv61c-owner-0034",
            "rv61c-owner-0035",
            "rv61c-owner-0036",
            "rv61c-owner-0037",
            "rv61c-owner-0038",
            "rv61c-owner-0039",
            "rv61c-owner-0040",
            "rv61c-owner-0043",
            "rv61c-reader-0044",
            "rv61c-reader-0046",
            "rv61c-reader-0048",
            "rv61c-reader-0049",
            "rv61c-reader-0052",
            "rv61c-reader-0064",
        }
    ),
    # session 62, mend mn62c: older (wrong on d41d52c4 and on rv61c too; none opened), false
    # rejects by other readers before owned_subjects is asked: "Its bread sales rose 14% over
    # Christmas" and "Its audiences grew by a third over Christmas" (both "stand for a nearer
    # name": the holiday's capital), "opened a depot in Kaunas, a city of 300,000. Its vans"
    # (the same, the place), "Penrose Pharma plc licensed ... Its
    # revenue" (the subject's run stops at the lower-case "plc", and "Penrose Pharma" alone
    # the page never shows is an organisation), "appointed Dara Quinn, a former regulator"
    # (the apposed "regulator" makes her a nearer body)
    "make_mn62c_cases": frozenset(
        {
            "mn62c-lead-0010",
            "mn62c-lead-0011",
            "mn62c-thing-0026",
            "mn62c-thing-0030",
            "mn62c-thing-0031",
        }
    ),
    # session 62, fresh-miss writer ac62: both older (wrong on a8149c61 too, none opened):
    # the evidence's object of "take over" and of "chose" for a description that does not name
    # the value ("takeover agreed", "library contract choice"): acts/undergoers reads neither
    # verb (a phrasal verb; choosing is no act class)
    "make_ac62_cases": frozenset({"ac62-kept-0047", "ac62-kept-0049"}),
    # session 62, review rv62c of ac62: older (wrong on a8149c61 too; none left opened): a man
    # named after his town and noun ("arrested Kentmere man Joel Tarr": told_objects reads
    # only a capitalised run right after the verb, and the evidence's apposition "a Kentmere
    # man, Joel Tarr," is not read as the object of "arrested")
    "make_rv62c_cases": frozenset({"rv62c-shared-0015"}),
    # session 62, false-alarm writer sp62b: older (all wrong on 70e64dc0 too, none opened; 3
    # false rejects mended). False accepts: a company's name given the quote its officer's
    # credit names, another person of the page taken by an older reading (the regulator beside
    # "the Velto chief"), a chief executive for a quote "the Harwick boss" told shareholders when
    # the chairman is also Harwick's, the memo's writer whose words name the chief, the union
    # leader for "the Corvane boss said" with the holder named after the quote, one of two
    # Kessel heads. False rejects: "Earlier in the week the Ormond coach" (an opener with no
    # comma), "its chief executive, Hollis Marr" (no qualifier), "the Tallis chief" with a
    # Tallis chairman and a Tallis chief executive (two holders; the rule takes none)
    "make_sp62b_cases": frozenset(
        {
            "sp62b-qualified-0002",
            "sp62b-qualified-0004",
            "sp62b-qualified-0005",
            "sp62b-qualified-0011",
            "sp62b-guard-0023",
            "sp62b-guard-0028",
            "sp62b-guard-0041",
            "sp62b-guard-0042",
            "sp62b-guard-0045",
        }
    ),
    # session 62, false-alarm writer sp62: all OLDER (wrong with document_owners off too; its
    # first draft opened one, mended: "The residents' petition was handed over by Carla Moss"
    # gave Moss the petition, now only "from" or "by" after a verb of making it names an
    # owner). False accepts (4): the older readings give a writing's words to the one it was
    # sent to ("The news reached Ashdown ... in an email sent by Lund"), to the mayor who
    # received a petition, to an officer named after the firm whose statement it was (two
    # sentences back), and to the governor the quoted report names ("Stroud has begun ...")
    "make_sp62_cases": frozenset(
        {
            "sp62-owned-0004",
            "sp62-unowned-0028",
            "sp62-unowned-0032",
            "sp62-unowned-0036",
        }
    ),
    # session 63, review rv63n of nb63: all OLDER (wrong on b2ccf9b4 too; the 9 the merge
    # opened are mended). whole: "carriages withdrawn" of "withdrew" (an irregular participle
    # the count words do not stem); the cue window accepts before any partitive is read:
    # "failed to rescue all 12 of its crew", "all 60 ... except two", "Half of all 80 of",
    # "reopened only half of them", "crew cheered" of "Passengers cheered as all 12 of its crew
    # were lifted off", "Not quite all 20". titled: older readings give "The Velto chief was
    # asked:" to the chief, and the page's other person (a regulator, an analyst, a chairman, a
    # vice president) the quote "the X boss" said; "The Velto chief, pressed by reporters in
    # Feldham, said:" (a capital in the lead's aside keeps the credit unread). writing: the one
    # who received a letter or was handed a report, the firm of its chief's statement, "Ms
    # Moss's statement" for her brother and not for her (the older readers), "signed by union
    # leader Colm Ives" (a title before the name), "Aldo Ruiz's statement gave no reason" (an
    # older refusal before the owner is read), "A report by the Harwick Institute ... the report
    # said" (a "by" with no verb of making is left: rv57s holds "The ruling by Judge Ivo Marsh
    # ... it said" not the judge's, so a mend here broke it)
    "make_rv63n_cases": frozenset(
        f"rv63n-{tag}"
        for tag in (
            "whole-0007",
            "whole-0008",
            "whole-0015",
            "whole-0018",
            "whole-0019",
            "whole-0021",
            "whole-0023",
            "whole-0027",
            "titled-0030",
            "titled-0046",
            "titled-0054",
            "titled-0056",
            "titled-0061",
            "titled-0062",
            "titled-0063",
            "writing-0068",
            "writing-0069",
            "writing-0070",
            "writing-0071",
            "writing-0072",
            "writing-0078",
            "writing-0083",
            "writing-0084",
        )
    ),
    # session 63, false-alarm writer ac63 (acts/joined_names). Older (wrong on b2ccf9b4 too):
    # an institute only cited ("citing figures from the Institute of ...": the cited-source
    # reading does not take "citing figures from"), and five lists of two bodies of which one
    # is acted on or does not act ("Kestrel Bank sued Mardale Trust", "Grove Dairy raised ...
    # while Pell Farms held"): the list's second part is accepted by an older reading
    # (its opened "Residents took KDDC to court" was mended by rv63c: acts/court_objects)
    "make_ac63_cases": frozenset(
        {
            "ac63-joined-0016",
            "ac63-listed-0027",
            "ac63-listed-0030",
            "ac63-listed-0033",
            "ac63-listed-0039",
            "ac63-listed-0044",
        }
    ),
    # session 63, review rv63c of ac63. Older (wrong on b2ccf9b4 too): an institute only the
    # source of a figure ("..., according to the Institute of Soil and Water Science"): the
    # cited-source reading (sides/cited_people) takes "according to" only before a source's
    # head noun ("a diplomat", "an official"), not a named body; a body's whole name after it
    # is a new catch with its own edges ("according to the plan agreed by X"), left
    "make_rv63c_cases": frozenset({"rv63c-whole-0016"}),
    # session 64, false-alarm writer ac64 (people/namewords, people/shared_surnames). 0018
    # OLDER (wrong on 8b5a194c too): a reporter after the comma ("Det Insp Reeve charged the
    # two men ..., Det Sgt Arden said") is read as acting (a person's report tag is read as
    # her own act for every name). The four ac64 left here as opened by the name reading
    # are mended by review rv64c (acts/ruled_people: a cleared defendant, a commenter;
    # "overrode" in sides/event_actors: an owner's veto) or re-judged (0024: the one
    # written to takes part, as the one urged does)
    "make_ac64_cases": frozenset({"ac64-titled-0018"}),
    # session 64, review rv64c of ac64: all OLDER (wrong on 8b5a194c too). False rejects
    # 0023, 0024: a place whose last word is the surname ("Bethnal Green", "Saddleworth
    # Moss") reads as a namesake's first name where the page never titles the value's own
    # full name (shared_surnames.titled_namesake); nothing in the words tells a place's first
    # word from a first name. False accepts 0036 ("Det Insp Crane" for Lisa Crane beside
    # "Detective Inspector Paul Crane": "Paul Crane arrested" itself is accepted for Lisa
    # Crane on 8b5a194c) and 0039 ("Lt Ames" for Hugh Ames beside "Lieutenant Jo Ames": "Lt"
    # is an older title, which the namesake guard does not read; reading it for "Mr" and
    # "Dr" too would refuse "Mr Crane" for a husband beside his wife)
    "make_rv64c_cases": frozenset(
        {
            "rv64c-namesake-0023",
            "rv64c-namesake-0024",
            "rv64c-namesake-0036",
            "rv64c-namesake-0039",
        }
    ),
    # session 63, fresh-miss writer af63: all OLDER (wrong on b2ccf9b4 too; none opened).
    # False rejects, each by the older holder reading (affiliation_holders.other_holder):
    # 0028 "Joan Reyes, chair of Pellmark Group, and Tim Lacey, a fellow director at the
    # firm" (Pellmark read as Reyes's only); 0033 "a former executive at Vantor Oil, now runs
    # Linmoor Energy" (the run read as held by "Oil"); 0042 a second post in the next
    # sentence ("Vogt is also a visiting fellow at X", X read as Idris's). False accepts, left
    # to the free-text check: 0040 a judge's court in a reported clause ("the ruling by Judge
    # Amos Tern, of the High Court"); 0048/0049 a bank the analyst only talks about, in her
    # sentence and in another; 0055 a predecessor's body after "now the editor of" ("her
    # predecessor Rob Tey" is no item of a name alone)
    "make_af63_cases": frozenset(
        {
            "af63-guard-0028",
            "af63-guard-0033",
            "af63-guard-0040",
            "af63-guard-0042",
            "af63-guard-0048",
            "af63-guard-0049",
            "af63-guard-0055",
        }
    ),
    # session 63, review rv63a of af63: all OLDER (wrong on b2ccf9b4 too; the two opened,
    # own-0003 and own-0023, are mended). False rejects: 0004 the value in the person's own
    # possessive ("ranking member of the Senate Banking Committee's Housing Subcommittee") read
    # as held by "Subcommittee" (affiliation_holders.other_holder); 0009 "a governor on the
    # Fed's board" (no short form of the Federal Reserve is read); 0015 and 0018 the person's
    # tie written two sentences on by a pronoun ("He has worked at Pellmark Group"; only the
    # next sentence is read). False accepts, left to the free-text check: 0050 "signed by
    # Fiona Grant, MP for Harlow Vale, and Derek Oates, ..." (a name after "by" is not read as
    # the other's, lest the person work under them; "MP" is no office word of the reading);
    # 0054 "and Luca Berti, who captains Saltby Town, were both sent off" and 0062 "and Rob
    # Tey, who runs the Kellmar Gazette, both backed" (the "both" of the sentence's verb
    # guards the value as if it were the person's too; "captains" is no verb of the reading)
    "make_rv63a_cases": frozenset(
        {
            "rv63a-own-0004",
            "rv63a-own-0009",
            "rv63a-own-0015",
            "rv63a-own-0018",
            "rv63a-other-0050",
            "rv63a-other-0054",
            "rv63a-other-0062",
        }
    ),
    # session 63, false-alarm writer ct63: all older (wrong on b2ccf9b4 too; none opened; the 7
    # false rejects b2ccf9b4 made of a box line's own number are mended). 22 false accepts by
    # the count rule's cue window, which takes a number beside any word of the count before a
    # box line is read (label_sums only accepts, it cannot refuse what an older reader took):
    # another entry's sum on a " | " row ("fire department budget" 30.6m of "Police department:
    # $30.6 million | Fire department: ..."), another line's ("homes in inventory" 11,240 of
    # "Homes closed: 11,240"), a change's or total's word ("increase in giving by foundations",
    # "total giving by individuals and foundations"), the number before "up from" or the one
    # after it, a word the story never tells ("sponsorship money", "oilseed rape planted",
    # "ballots rejected", "pupils passing", "seats lost" under "Seats won"), a line's first
    # year for an as_of of its second ("Reservists: 3,100 in 2025, 9,600 in 2035" as of 2035),
    # a table row's first column for "last year", a count of 2019 (in its words or as_of) given
    # this year's line, a prose colon's number for
    # another noun ("The turnout: 18,400 runners" as volunteers), "last year"'s line for this
    # year; 2 false rejects: "shares given to" (the story says "gave": no stem is read across a
    # verb's forms) and a row the splitter joins to the next one, whose "last year" then marks
    # the count another occasion's ("South Kestle: 204" beside "Both islands last year: 470")
    "make_ct63_cases": frozenset(
        f"ct63-{tag}"
        for tag in (
            "money-0004",
            "money-0005",
            "money-0008",
            "money-0011",
            "money-0014",
            "money-0019",
            "money-0021",
            "money-0029",
            "money-0035",
            "money-0037",
            "bare-0041",
            "bare-0050",
            "bare-0051",
            "bare-0052",
            "bare-0057",
            "bare-0062",
            "bare-0064",
            "bare-0065",
            "bare-0070",
            "bare-0077",
            "bare-0079",
            "money-0082",
            "money-0083",
            "money-0084",
        )
    ),
    # session 63, review rv63t of ct63: all older (wrong on b2ccf9b4 too; the 5 opened - a
    # line printed as a percent read as the count, "Greens seats" from a box headed "VOTES
    # (THOUSANDS)", "budget approved" from a box of what departments asked for - are mended).
    # 21 false accepts by the count rule's cue window, read before any box line (label_sums
    # only accepts): another measure the story tells beside the label's name ("police officers
    # deployed" from an "INJURED" box, "protesters arrested", "homes built in London" from
    # "HOMES SOLD", "nurses hired" from job cuts, "wheat planted" from tonnes harvested,
    # "Labour seats" from votes, "aid delivered" from pledges, "approved fire department
    # budget" from requests, "spending on each pupil" from a school's grant, "votes for the
    # Greens" and "seats contested" from seats won), a rate per head ("$1,240 per donor"), a
    # quarter end of another year (as_of "quarter end 2019", "end of 2021"), another " | "
    # entry's number ("men employed" 1,388 of "Women: 1,388 | Men: 1,204"); 3 false rejects:
    # "giving by
    # individuals"/"foundations" where another entry's label holds the measure word ("Women's
    # giving circles"), "donations from individuals" under "Sources of giving" (the heading's
    # measure, a synonym, is not the count's: label_sums reads no synonyms)
    "make_rv63t_cases": frozenset(
        f"rv63t-{tag}"
        for tag in (
            "measure-0002",
            "measure-0003",
            "measure-0005",
            "measure-0008",
            "measure-0011",
            "measure-0012",
            "measure-0016",
            "measure-0019",
            "measure-0021",
            "measure-0023",
            "measure-0025",
            "measure-0027",
            "measure-0029",
            "measure-0032",
            "measure-0033",
            "print-0036",
            "print-0037",
            "print-0038",
            "print-0045",
            "print-0046",
            "print-0047",
            "print-0053",
            "print-0054",
            "print-0057",
        )
    ),
    # session 63, false-alarm writer pl63: both older (wrong on b2ccf9b4 too; none opened):
    # "Across the region the zoos drew 4 million" accepts Harlow Zoo, named in the paragraph
    # before, for the many zoos (not read by venue_anaphors: a plural; an older rule takes it);
    # "Fans toured the stadium, Rovers' chairman Teo Varga said" accepts "Varga", a speaker's
    # name, as the place (the evidence names him; no rule asks what he is)
    "make_pl63_cases": frozenset({"pl63-chain-0059", "pl63-chain-0065"}),
    # session 63, review rv63p of pl63: both older (wrong on b2ccf9b4 too). "Hundreds then left
    # the stadium and marched to the town hall" accepts Pellarn Stadium for the protest (an
    # older rule takes the named stadium; venue_anaphors now refuses it); "Pilgrims filled St.
    # Oren's Basilica ... The basilica's bells rang" refuses the basilica (the name's run stops
    # at "St." and its period, so the named mention is not the value word for word)
    "make_rv63p_cases": frozenset({"rv63p-written-0024", "rv63p-lookalike-0049"}),
    # session 63, false-alarm writer sp63: both OLDER (wrong on b2ccf9b4 too; the one opened
    # by a draft, "The Kettle Ridge Trust, led by Jo Farr," read past, is mended, and two
    # older false accepts, "Jenna Pole, Rusk's deputy, ... she said" given to Alan Rusk, are
    # mended by thing_runs.owner_only): a place after "and" in "crews from New Carrow and Old
    # Leck" read as a person between (Ivo Marsh refused); "he said" after "Nadia Brandt ...
    # spoke after Carl Ober, Ober Lettings' founder" given to Nadia Brandt by a reading before
    # the walk (names tell no gender)
    "make_sp63_cases": frozenset({"sp63-bodies-0004", "sp63-owned-0055"}),
    # session 63, review rv63s of sp63: all OLDER (wrong on b2ccf9b4 too; the 9 opened by sp63,
    # a person inside a body's possessive run, after "and", after "New Zealander", and "Jo
    # Farr's head injury" read as another's title, are mended in thing_runs): a person after a
    # body's possessive with "of" before ("the Department of Health's Nora Pike", "The
    # University of Lismore's Grace Lunn") still lets the speaker named before be accepted;
    # a person joined to a body by "and" ("The Harbour Authority and Petra Long", "The Wexham
    # Airport Company and Kofi Mensah") is not read as the "he"/"she"; "Quarry owner Ella
    # Court" read as a body (Court is a body's word); "A letter ... from Grace Lunn ... she
    # wrote" given to the speaker before; a sentence of bodies with another body or place
    # after by/from/with ("backed by Westmark Water", "with money from Lismore", "talks with
    # Tideway", "acting for Westmark") stops the walk, so the speaker named before is refused;
    # "Yara Holm's principal role" read as another's title
    "make_rv63s_cases": frozenset(
        {
            "rv63s-hidden-0001",
            "rv63s-hidden-0004",
            "rv63s-hidden-0014",
            "rv63s-hidden-0019",
            "rv63s-hidden-0022",
            "rv63s-hidden-0030",
            "rv63s-agents-0035",
            "rv63s-agents-0037",
            "rv63s-agents-0047",
            "rv63s-agents-0049",
            "rv63s-agents-0051",
            "rv63s-owners-0080",
        }
    ),
    # session 63, review rv63b of af63b: older (wrong on b2ccf9b4 too): "Orrin Valley Record"
    # only told ("told the Orrin Valley Record"), accepted: a weak masthead word ("Record",
    # "Post", "Mail") makes an outlet only after "The"/"Daily" in the value itself, so that
    # "Canada Post" and "the Royal Mail" stay bodies; the page's own "the" is not read
    "make_rv63b_cases": frozenset({"rv63b-journalist-0017"}),
    # session 64, false-alarm writer ct64 (figures/written_units). Older (wrong on 8b5a194c
    # too): 13 false accepts of a pence/cents sum by the older cue window (a cue such as
    # "fare", "price", "charge" next to the glued sum accepts a level for a change, a change
    # for a level, the other direction, the other year's rise, a rise the council "did not put
    # up"); 5 more of the window for a
    # length or a sum (a km count for "up to 40cm", a 3km cordon for the station's, a change
    # "widened by 2km" for the radius, "$" for a rupee sum the page writes with "\u20b9", a
    # length for a cost); 1 false reject ("100 miles of open moorland" read as a measure of the
    # moorland). The one opened by the hedge read past "Rs" ("dam cost overrun (rupees)" for
    # "cost about Rs 4,200 crore") and a "call charge increase" for "charged at 9p a minute"
    # are refused since review rv64t (figures/level_changes: a level told for its change).
    # `share`: 13 older false accepts of the share readings (a rise for a fall, a level for a
    # change and a change for a level, another clause's share, "3.1% above" for the climb,
    # another noun's share: "wage rise" for the rents' 6.2%, "oil price fall" for the fuel
    # bill's, another firm's cut), all accepted on 8b5a194c before this rule is asked
    "make_ct64_cases": frozenset(
        {
            "ct64-glued-0001",
            "ct64-glued-0003",
            "ct64-glued-0006",
            "ct64-glued-0009",
            "ct64-glued-0010",
            "ct64-glued-0012",
            "ct64-glued-0017",
            "ct64-glued-0024",
            "ct64-glued-0035",
            "ct64-glued-0036",
            "ct64-glued-0037",
            "ct64-glued-0038",
            "ct64-written-0046",
            "ct64-written-0050",
            "ct64-written-0060",
            "ct64-written-0068",
            "ct64-written-0072",
            "ct64-written-0074",
            "ct64-share-0084",
            "ct64-share-0085",
            "ct64-share-0088",
            "ct64-share-0089",
            "ct64-share-0090",
            "ct64-share-0095",
            "ct64-share-0098",
            "ct64-share-0099",
            "ct64-share-0104",
            "ct64-share-0107",
            "ct64-share-0108",
            "ct64-share-0109",
            "ct64-share-0113",
        }
    ),
    # session 64, false-alarm writer sp64: all OLDER (wrong on 8b5a194c too; named_subjects
    # only accepts, and opened none: its first draft's 51 false accepts over older sets, a
    # person in the opener or apposition, a label quote, "she said" inside, a body after "of",
    # were mended before this set was written, and 8 of this set's verdicts turned right).
    # False accepts of older readings: the place that chairs a minister's board ("the transport
    # minister of Upper Sarnia"), the governor of the sentence before and the team of a doctor's
    # title ("Corvane team doctor Imke Salo:"), the defence lawyer of the sentence before, the
    # aide quoting the mayor, the first of two ministers who spoke jointly. False rejects: "On
    # Carrow Island, where the storm is due next, Deputy Governor Tobias Lenk" (the island read
    # as a person of the opener), "when Mr Justice Ormond Tilley spoke of" (an older refusal
    # this reading may not overturn), '"...," District Attorney Silas Morrow of the Ossory
    # County office said' (a lower-case word ends the body, so the credit's verb is not read)
    "make_sp64_cases": frozenset(
        {
            "sp64-subject-0003",
            "sp64-subject-0005",
            "sp64-subject-0007",
            "sp64-subject-0013",
            "sp64-subject-0015",
            "sp64-subject-0026",
            "sp64-subject-0027",
            "sp64-guarded-0028",
            "sp64-guarded-0043",
        }
    ),
    # session 64, fresh-miss writer ro64: all older (wrong with other_heads switched off too);
    # none opened. "Head chef Yusuf Kaya": "chef" is neither a title word nor of a person
    # noun's ending, so no title is read and any role passes; "Professor Nick Foley" and "Mr
    # Justice Walter Hale" are refused by role_own_titles.other_office (the academic title and
    # the judge's honorific read as other offices, and "judge" is written nowhere); "the port's
    # chief executive and a former harbour master" is not read as a past post after "and", and
    # the value's word stands in the person's own sentence, which other_heads leaves open.
    # (kept-0129, "referee" for "Striker Ola Bekk", left with review rv64r: a capitalised
    # common word that is never a name is read as a title.)
    "make_ro64_cases": frozenset(
        {
            "ro64-titled-0033",
            "ro64-titled-0034",
            "ro64-kept-0080",
            "ro64-kept-0087",
            "ro64-kept-0091",
        }
    ),
    # session 64, review rv64r of ro64: all older (wrong at 8b5a194c too), none opened left.
    # A capitalised title head that common_words() lacks is not read ("Frontman", "Publican",
    # "Restaurateur", "Columnist", "Beekeeper", "Epidemiologist", "Virologist"), nor "Nurse"
    # (no person noun's ending), so any role passes (reworded-0006/0025/0045/0048/0145,
    # elsewhere-0072/0090/0150); "vet" is a word of three letters (elsewhere-0066); no title
    # at all in "Grandfather of four Will Hart" (elsewhere-0085); the "-ologist" kind takes a
    # meteorologist as any scientist (reworded-0020); a vague "Boss" leaves a formal office
    # open (elsewhere-0164, session 25's keep). False rejects of older readings: "writer" for
    # "Screenwriter" (the person's part in the text), "army officer" for "Captain Rhys
    # Vaughan" and "prosecutor" for "District Attorney" (an office the page writes nowhere).
    # Look-alikes (all of lookalike's must-fail): the value's head shares a modifier's stem
    # ("footballer" for "Football agent", "musician" for "Music teacher", "labourer" for
    # "Labour councillor", "commissioner" for "Commissioning editor", "nurse" for "Nursery
    # manager") or a class word of another sense ("keeper" for the zoo's keeper, "driver",
    # "defender", "artist", "surgeon", "analyst", "director"): other_heads holds any stem of
    # any title word; reading a modifier's stem only as a compound ("harbourmaster") would
    # refuse "police officer" for a police chief too, so it was left.
    "make_rv64r_cases": frozenset(
        {
            "rv64r-reworded-0006",
            "rv64r-reworded-0020",
            "rv64r-reworded-0025",
            "rv64r-reworded-0038",
            "rv64r-reworded-0045",
            "rv64r-reworded-0048",
            "rv64r-reworded-0049",
            "rv64r-reworded-0050",
            "rv64r-reworded-0054",
            "rv64r-elsewhere-0066",
            "rv64r-elsewhere-0072",
            "rv64r-elsewhere-0085",
            "rv64r-elsewhere-0090",
            "rv64r-lookalike-0093",
            "rv64r-lookalike-0096",
            "rv64r-lookalike-0099",
            "rv64r-lookalike-0102",
            "rv64r-lookalike-0104",
            "rv64r-lookalike-0107",
            "rv64r-lookalike-0110",
            "rv64r-lookalike-0113",
            "rv64r-lookalike-0115",
            "rv64r-lookalike-0117",
            "rv64r-lookalike-0120",
            "rv64r-lookalike-0128",
            "rv64r-lookalike-0130",
            "rv64r-reworded-0145",
            "rv64r-elsewhere-0150",
            "rv64r-elsewhere-0164",
        }
    ),
    # session 64, review rv64a of af64: older (wrong on 8b5a194c too), party values accepted
    # for want of a label the rule reads: "who won the Democratic primary" (rival-0022, given
    # the rival's "Republican Party"), "now sits on the Labour benches" (when-0043, given the
    # past "Conservative Party"), "registered as a Republican" (when-0046, given the past
    # "Democratic Party"), "now an NDP MLA" (when-0049, given the past "Liberal Party"; the
    # apposition ends in "until", so its "Liberal" is no label), "New Democrat Coalition Chair"
    # (alike-0083, a caucus: no label, so "Republican Party" is left to the free-text check),
    # "won the Republican nomination" (alike-0086), "the Tory-run county's Labour group
    # leader" (alike-0089: a label after another's possessive is not read)
    "make_rv64a_cases": frozenset(
        {
            "rv64a-rival-0022",
            "rv64a-when-0043",
            "rv64a-when-0046",
            "rv64a-when-0049",
            "rv64a-alike-0083",
            "rv64a-alike-0086",
            "rv64a-alike-0089",
        }
    ),
    # session 64, review rv64f of ft64: older (wrong on 8b5a194c too). False accepts, read by
    # older rules before thing_openings: "Cleverly will meet ..." (a surname that is an
    # adverb, word_forms.common_word), "Wolves were relegated", "Spurs remain top of the
    # table" (a club's plural name, opening_shapes.common_opening), "Gallant remains in
    # charge" (common_heads); UN (two letters: no rule reads it). False rejects: "Ivory worth
    # millions was seized" ("worth" is no verb the openings read), "The TRO blocked the
    # sale" (an abbreviation before a past verb after "the" is read as a body acting, and a
    # restraining order is none: the cost of refusing "The FBI inspected" beside "fresh
    # building inspections")
    "make_rv64f_cases": frozenset(
        {
            "rv64f-named-0005",
            "rv64f-named-0006",
            "rv64f-named-0007",
            "rv64f-named-0008",
            "rv64f-named-0025",
            "rv64f-initials-0050",
            "rv64f-initials-0069",
        }
    ),
    # session 64, review rv64s of sp64: all OLDER (wrong on 8b5a194c too; named_subjects only
    # accepts, so it cannot refuse what another reading accepts). False accepts of older
    # readings: a work or a chant in the subject's predicate ('closed the night with "Harbour
    # of Stars"', 'listened as the away end chanted', 'sang', 'wrote "Tides of Empire"'), a
    # note's or a letter's wording ("said the note ... read", "the letter, which began"), a
    # prize's citation ("took the top prize for"), the board that thanked the subject, the
    # father recalled ("recalled her father telling her"), a credit after the quote that
    # relays ("said the minister had told her", "said, reading a message from", "told
    # reporters, quoting"), a rival who conceded, team-mates "describing", the protesters'
    # leader, the chairman who "went on:" after the subject left
    "make_rv64s_cases": frozenset(
        {
            "rv64s-owned-0000",
            "rv64s-owned-0010",
            "rv64s-owned-0018",
            "rv64s-owned-0022",
            "rv64s-owned-0030",
            "rv64s-owned-0032",
            "rv64s-owned-0034",
            "rv64s-rival-0054",
            "rv64s-rival-0057",
            "rv64s-rival-0059",
            "rv64s-rival-0061",
            "rv64s-rival-0063",
            "rv64s-rival-0065",
            "rv64s-rival-0067",
            "rv64s-rival-0071",
            "rv64s-rival-0102",
        }
    ),
    # session 64, review rv64t of ct64. Older (wrong on 8b5a194c too), the cue window's and the
    # older money, share and length readings': `pence`, a glued sum taken beside any word of
    # the count whatever its role (a price set against a rival's, "5p cheaper than"; a change
    # for a level, "costs 20p more" for the price; a rise ruled out, rejected or scrapped; the
    # other direction; another firm's; another year's); `lengths`, a distance
    # from a place for a radius, a speed "5 miles an hour", "40 sq km", another unit, a zone's
    # extension for its length, a height for its raise, and a false reject ("Up to 25cm of
    # snow": the hedge opening the sentence); `rupees`, another deed's sum beside a second
    # sum, "lost Rs 900 crore ... have recovered about Rs 310 crore" (both deeds told) for the
    # loss recovered, "(dollars)" for a rupee sum, the state's sum in "the dairy
    # co-operative, not the state, will put in", "spent" for a sum sanctioned; `shares`, a
    # gap to rivals ("8% higher than its rivals'") for a rise, the level a rate was cut to;
    # `levels`, a budget for its overrun, the rise's sum for the rent (also "a rent uplift of
    # £40" for the rent or its cut, "£3 a day higher" for a cut), the level where the
    # sentence tells a change elsewhere ("a rise the operator blamed on fuel"), the other
    # direction, and three false rejects ("has risen by Rs 700 crore to Rs 5,100 crore",
    # "rose by Rs 140 crore to Rs 760 crore": a change's two sums, each refused as the
    # other's)
    "make_rv64t_cases": frozenset(
        {
            "rv64t-pence-0001",
            "rv64t-pence-0003",
            "rv64t-pence-0004",
            "rv64t-pence-0005",
            "rv64t-pence-0008",
            "rv64t-pence-0009",
            "rv64t-pence-0011",
            "rv64t-pence-0012",
            "rv64t-pence-0014",
            "rv64t-pence-0019",
            "rv64t-pence-0020",
            "rv64t-pence-0022",
            "rv64t-pence-0023",
            "rv64t-pence-0027",
            "rv64t-pence-0032",
            "rv64t-pence-0033",
            "rv64t-pence-0037",
            "rv64t-lengths-0041",
            "rv64t-lengths-0042",
            "rv64t-lengths-0048",
            "rv64t-lengths-0049",
            "rv64t-lengths-0053",
            "rv64t-lengths-0059",
            "rv64t-lengths-0060",
            "rv64t-lengths-0062",
            "rv64t-lengths-0070",
            "rv64t-rupees-0073",
            "rv64t-rupees-0083",
            "rv64t-rupees-0084",
            "rv64t-rupees-0097",
            "rv64t-rupees-0103",
            "rv64t-rupees-0105",
            "rv64t-rupees-0112",
            "rv64t-shares-0124",
            "rv64t-shares-0125",
            "rv64t-shares-0133",
            "rv64t-levels-0156",
            "rv64t-levels-0159",
            "rv64t-levels-0167",
            "rv64t-levels-0169",
            "rv64t-levels-0174",
            "rv64t-levels-0175",
            "rv64t-levels-0176",
            "rv64t-levels-0177",
            "rv64t-levels-0180",
            "rv64t-levels-0187",
            "rv64t-levels-0188",
            "rv64t-levels-0190",
            "rv64t-levels-0195",
        }
    ),
}


def _jsonl(generator: str) -> str:
    return "grounding_" + generator.removeprefix("make_").removesuffix("_cases") + ".jsonl"


@pytest.mark.parametrize("generator", sorted(SETS))
def test_the_committed_set_is_what_the_generator_builds(generator: str) -> None:
    assert generated_cases(generator) == load_cases(CASES.with_name(_jsonl(generator)))


@pytest.mark.parametrize("generator", sorted(SETS))
def test_every_case_of_the_set_gets_its_verdict(generator: str) -> None:
    cases = load_cases(CASES.with_name(_jsonl(generator)))
    assert_decided(cases, SETS[generator], gaps=GAPS.get(generator, frozenset()))


def test_every_committed_grounding_set_is_read_by_a_test() -> None:
    """A set nobody reads passes by never running: session 53's rv53x set had GAPS but no SETS
    entry, so none of its 105 cases ran. Every ``grounding_*.jsonl`` must be a SETS entry's file
    or be named by a test module that loads it."""
    data = CASES.parent
    read_by_sets = {_jsonl(generator) for generator in SETS}
    test_text = "".join(path.read_text() for path in data.parent.glob("*.py"))
    unread = sorted(
        path.name
        for path in data.glob("grounding_*.jsonl")
        if path.name not in read_by_sets and path.name not in test_text
    )
    assert not unread, f"sets no test reads (add a SETS entry): {unread}"


def test_every_gaps_entry_names_a_set_that_runs() -> None:
    """GAPS for a generator without a SETS entry are never asserted (the rv53x slip)."""
    assert sorted(set(GAPS) - set(SETS)) == []
