"""Story view: one picture of an event across many articles. Facts about the same
real-world thing are grouped, each merged value keeps the sources stating it, conflicts
between sources at the same time are flagged apart from changes over time and different
precision, and the outlets' opinions stay attributed to their outlets."""

from __future__ import annotations

from summarizer.story.consolidate import consolidate, consolidate_sources
from summarizer.story.inputs import StorySource, read_sources
from summarizer.story.model import Conflict, Group, MergedValue, SourceRef, Story, TimelineEntry

__all__ = [
    "Conflict",
    "Group",
    "MergedValue",
    "SourceRef",
    "Story",
    "StorySource",
    "TimelineEntry",
    "consolidate",
    "consolidate_sources",
    "read_sources",
]
