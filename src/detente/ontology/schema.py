"""Types of an ontology pack's YAML files. A pack is data; these types are its validation."""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..model import EventType, Sector, Stance


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StatePart(_Entry):
    """A present-day state that was part of a former one (the Soviet Union, Yugoslavia) from ``start`` until
    ``until`` (its independence, exclusive): in news of those years its name stands for the former state."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    start: date
    until: date


class State(_Entry):
    code: str = Field(pattern=r"^[A-Z]{3}$")
    names: list[str] = Field(min_length=1)
    adjectives: list[str] = []
    demonyms: list[str] = []
    capitals: list[str] = []
    metonyms: list[str] = []
    parts: list[StatePart] = []


class Institution(_Entry):
    name: str
    code: str | None
    sector: Sector | None
    aliases: list[str] = []
    source_type: str | None = None


class Role(_Entry):
    role: str
    org: str | None = None
    sector: Sector | None = None
    start: date | None = Field(None, alias="from")
    until: date | None = None
    level: str | None = None

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return self.until is None
        return (self.start is None or self.start <= day) and (self.until is None or day <= self.until)


class Person(_Entry):
    id: str
    name: str
    code: str | None
    sector: Sector | None
    gender: Literal["f", "m"] | None = None  # for "she" and "he"; women are marked, men may be
    aliases: list[str] = []
    roles: list[Role] = []


class Group(_Entry):
    name: str
    aliases: list[str] = []
    code: str | None = None
    sector: Sector | None = None
    members: list[str] = []


class Title(_Entry):
    title: str
    aliases: list[str] = []
    sector: Sector | None = None
    level: str | None = None
    role: str | None = None
    org: str | None = None  # the one body whose office it is ("pope": VAT), when the text names none


class ScalePoint(_Entry):
    point: str
    id: str
    value: float
    anchor: str


class DatedPosition(_Entry):
    date: date
    party: str
    source: str | None = None
    point: str | None = None
    summary: str
    approximate: bool = False


class SufferedAct(_Entry):
    """How texts name an act done to a party (``act``) and its undoing (``undo``), as regular expressions over the
    lower-cased sentence: a party whose dated positions all lie at the undoing end of the scale opposes the act
    where a sentence names it without asking for its undoing."""

    act: str
    undo: str

    @field_validator("act", "undo")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as err:
            raise ValueError(f"not a regular expression: {err}") from None
        return value


class Issue(_Entry):
    id: str
    label: str
    definition: str
    cues: list[str] = Field(min_length=1)
    scale: list[ScalePoint] = []
    positions: list[DatedPosition] = []
    suffered: SufferedAct | None = None


class SourceDocument(_Entry):
    key: str
    date: date
    description: str
    owner: str | None = None  # whose proposal it is: the holder when the text names it without its owner
    names: list[str] = []  # how texts name it ("28-point plan"), matched in lower case inside the noun phrase


class SubNarrative(_Entry):
    id: str
    description: str
    cues: list[str] = []
    exemplars: list[str] = []


class NarrativeDef(_Entry):
    id: str
    label: str
    description: str
    cues: list[str] = []
    subs: list[SubNarrative] = []


class DelegationDef(_Entry):
    party: str
    head: str | None = None
    members: list[str] = []
    level: str | None = None


class Round(_Entry):
    id: str
    date: date
    location: str
    venue: str | None = None
    parties: list[str] = []
    mediators: list[str] = []
    delegations: list[DelegationDef] = []
    notes: str | None = None


class Place(_Entry):
    name: str
    aliases: list[str] = []
    country: str | None = None
    kind: str | None = None


class CameoCode(_Entry):
    label: str
    type: EventType | None
    mode: str | None = None


class Frame(_Entry):
    words: frozenset[str] = Field(min_length=1)  # a set: the coder tests it against the words of a phrase
    cameo: str


class EventCue(_Entry):
    cue: str
    pos: list[Literal["VERB", "NOUN", "ADJ"]] = ["VERB", "NOUN"]
    with_: str | None = Field(None, alias="with")
    cameo: str
    frames: list[Frame] = []


class Pack(_Entry):
    """One conflict's ontology: actors, issues, narratives and talks reference data."""

    id: str
    name: str
    version: int = 1
    description: str = ""
    parties: list[str] = []
    states: list[State] = []
    institutions: list[Institution] = []
    people: list[Person] = []
    groups: list[Group] = []
    titles: list[Title] = []
    sector_nouns: dict[Sector, list[str]] = {}
    issues: list[Issue] = []
    documents: list[SourceDocument] = []
    narratives: list[NarrativeDef] = []
    roles: dict[str, list[str]] = {}
    voice_cues: dict[str, list[str]] = {}
    levels: list[str] = []
    venues: list[str] = []
    rounds: list[Round] = []
    places: list[Place] = []
    cameo: dict[str, CameoCode] = {}
    pentaclass: dict[str, list[str]] = {}
    event_cues: list[EventCue] = []
    control_verbs: dict[str, str | None] = {}
    modality_cues: dict[str, list[str]] = {}
    reporting_cues: dict[str, list[str]] = {}
    non_events: dict[str, list[str]] = {}
    issue_cues: dict[str, list[str]] = {}
    stance_cues: dict[Stance, list[str]] = {}
    negated_stance: dict[Stance, Stance] = {}
    condition_markers: list[str] = []
    back_references: list[str] = []
    hedges: list[str] = []

    @cached_property
    def people_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def issue_ids(self) -> list[str]:
        return [i.id for i in self.issues]

    def cues_of(self, issue: Issue) -> list[str]:
        """An issue's cue phrases: the brief's (issues.yaml) and everyday wording (issue_cues)."""
        return list(dict.fromkeys([*issue.cues, *self.issue_cues.get(issue.id, [])]))
