"""The short field descriptions sent with :class:`~summarizer.schema.ArticleFacts` in the
``tools``, ``json`` and ``md_json`` modes (:mod:`summarizer.llm.compact`).

The facts model keeps its full descriptions: they document the fields (``summarizer schema``,
``schemas/``), and their hash is the schema version the recorded local-model cassettes were
made under. These are what a model needs to fill each field right, nothing more:

- ``""``: no description, because the field's name, type or vocabulary says it (``proposer``,
  ``place``, an enum whose values are plain words), or because the system prompt gives the
  rule (``evidence``: rule 3, copy verbatim; ``quotes``: rule 7; dates as written: rule 5;
  numbers and qualifiers: rule 4);
- otherwise the full description's content in fewer words: what goes in, the values of a
  vocabulary whose words are not self-explaining, and the examples that pin a format.

Every described field of the model has an entry (a test holds it), so a new field needs a
decision here; see CONTRIBUTING.md ("a fact type or field").
"""

from __future__ import annotations

#: The tool's (or the schema's) own description; the model's docstring repeats rules 2 and 6
#: of the system prompt. The evidence rule's one detail the prompt does not state is here once
#: instead of in eight field descriptions.
TOOL_DESCRIPTION = "Facts stated by one news article. Evidence: one sentence or clause each."

BRIEFS: dict[str, str] = {
    # The whole article.
    "ArticleFacts.summary": "2-4 neutral sentences of what it reports, no outlet opinions.",
    "ArticleFacts.key_points": "3-6 short reported facts, neutral wording.",
    "ArticleFacts.people": "Everyone named.",
    "ArticleFacts.summits": "Leaders' meetings.",
    "ArticleFacts.ceasefires": "One entry per truce.",
    "ArticleFacts.sanctions": "Bills, executive actions, packages, threats.",
    "ArticleFacts.events": "Strikes, casualties, aid pauses, other news events.",
    "ArticleFacts.quotes": "",
    "ArticleFacts.opinions": "The outlet's own voice, apart from reported facts.",
    "ArticleFacts.cited_sources": "Other outlets or agencies cited.",
    # Parts.
    "ArticleMeta.headline": "Verbatim, once.",
    "ArticleMeta.outlet": "Only if the text names it (byline, navigation, 'told The X').",
    "ArticleMeta.byline": "Credited author(s), 'contributed to this report' included.",
    "ArticleMeta.published": "YYYY-MM-DD, only if the article states it.",
    "Relevancy.topic": "on_topic if it reports any summit, ceasefire or peace talks, sanctions "
    "measure or war event; else off_topic and the story lists empty.",
    "Relevancy.subject": "What the article is about, in a few words.",
    "Quantity.value": "Digits.",
    "Quantity.qualifier": "exact unless the article hedges.",
    "Quantity.as_written": 'e.g. "500 percent".',
    "Count.what": 'In the article\'s words: "co-sponsors", "people killed".',
    "Count.value": "",
    "Count.as_of": "When the count holds (one entry per time); null if at the article's time.",
    "Count.projected": "True if expected or projected, not reported.",
    "Person.name": "Full name as first given.",
    "Person.role": 'As stated, e.g. "Secretary of State".',
    "Person.affiliation": "Country or organisation they act for, if stated or implied.",
    "Quote.speaker": 'As attributed, e.g. "a White House official"; null only if unattributed.',
    "Quote.text": "Verbatim, without the quotation marks.",
    "Quote.where_said": 'e.g. "to reporters in the Oval Office".',
    "Quote.evidence": "",
    "Opinion.claim": "A short sentence close to the article's words.",
    "Opinion.evidence": "",
    "CitedSource.name": "",
    "CitedSource.via": '"Reuters, citing TASS": name TASS, via Reuters.',
    "CitedSource.evidence": "",
    # Stories.
    "Summit.parties": "Names of the people meeting.",
    "Summit.format": 'e.g. "one-on-one".',
    "Summit.status": "proposed: no date; scheduled: time or place agreed; in_doubt: may not "
    "happen; unclear: the article is ambiguous.",
    "Summit.status_according_to": "Who gave that status, if attributed.",
    "Summit.planned_location": "",
    "Summit.planned_timing": 'As written, e.g. "within two weeks".',
    "Summit.previous_meeting": 'An earlier meeting of the same parties, e.g. "August summit in '
    'Alaska".',
    "Summit.status_reason": "What changed the status, short.",
    "Summit.outcome": 'What it produced, e.g. "no deal", if held.',
    "Summit.evidence": "",
    "StanceStatement.party": "Country or leader.",
    "StanceStatement.stance": "supports_with_conditions: yes if terms are met; awaiting_answer: "
    "not answered yet; skeptical: doubts it, neither accepts nor refuses.",
    "StanceStatement.conditions": "Conditions or open issues it attaches.",
    "StanceStatement.as_of": "When it took this stance.",
    "StanceStatement.evidence": "",
    "Ceasefire.kind": "energy_infrastructure: no strikes on power plants and grids.",
    "Ceasefire.duration_days": "A 30-day truce is 30.",
    "Ceasefire.proposer": "",
    "Ceasefire.scope": 'What it covers, e.g. "the Black Sea".',
    "Ceasefire.status": "",
    "Ceasefire.reported_by": "Who announced or reported the status, if attributed.",
    "Ceasefire.starts": "",
    "Ceasefire.terms": "Its terms or peace terms discussed with it (territory, guarantees).",
    "Ceasefire.positions": "Each party's stance; one entry per stance, each with its as_of.",
    "Ceasefire.evidence": "",
    "Provision.text": "What it does, one clause.",
    "Provision.modality": "shall: required; may: allowed (a waiver).",
    "Reaction.who": "",
    "Reaction.reaction": 'A word or phrase, e.g. "welcomed".',
    "SanctionsMeasure.instrument": "executive_action: by a government or its treasury; "
    "bloc_package: by a group of countries (an EU package); threat: warned of, not enacted.",
    "SanctionsMeasure.name": "Official name, verbatim.",
    "SanctionsMeasure.issuing_body": 'e.g. "U.S. Treasury", "Council of the EU", "U.S. Senate".',
    "SanctionsMeasure.package_number": "The 19th package is 19.",
    "SanctionsMeasure.sponsors": "Who introduced, announced or imposed it, co-introducers "
    "included.",
    "SanctionsMeasure.status": "",
    "SanctionsMeasure.introduced": "When introduced or announced.",
    "SanctionsMeasure.counts": "Co-sponsors, supporters, votes needed, entities listed.",
    "SanctionsMeasure.tariff_rate_percent": "500 percent is 500.",
    "SanctionsMeasure.targets": "Who or what it targets, short.",
    "SanctionsMeasure.provisions": "",
    "SanctionsMeasure.triggers": 'What would set it off or lift it, e.g. "if Russia refuses a '
    'ceasefire".',
    "SanctionsMeasure.reactions": "",
    "SanctionsMeasure.evidence": "",
    "Event.kind": "",
    "Event.description": "A short phrase close to the article's words.",
    "Event.actors": "Who carried it out or took part.",
    "Event.place": "",
    "Event.when": "",
    "Event.counts": 'e.g. "people killed", "injured", "displaced".',
    "Event.evidence": "",
}

__all__ = ["BRIEFS", "TOOL_DESCRIPTION"]
