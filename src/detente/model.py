"""The analysis contract (``detente/1``): the types ``extract`` returns and everything after it reads.

See ``shared/spec/analysis-format.md``. Fields are only ever added, never renamed or removed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FORMAT = "detente/1"

Sector = Literal["GOV", "MIL", "LEG", "JUD", "MED", "BUS", "CVL", "OPP", "REB", "IGO", "NGO", "THINK"]
ActorKind = Literal["state", "person", "organization", "group"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
Modality = Literal["asserted", "intended", "hypothetical", "expected"]
Stance = Literal["demand", "propose", "support", "accept", "oppose", "reject", "condition"]
Voice = Literal["endorsed", "attributed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Document(_Model):
    """One input text with its metadata, as read by ``ingest``."""

    id: str
    text: str
    title: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or datetime")
    url: str | None = None
    source: str | None = Field(None, description="outlet name")
    source_type: str | None = Field(None, description="wire, state_media, independent, analyst, official, op-ed")
    language: str | None = None
    origin: str | None = Field(None, description="file, URL or stream the document was read from")


class ReadError(_Model):
    """A record that could not be read; the run goes on without it."""

    id: str | None
    error: str
    origin: str | None = None


class Sentence(_Model):
    i: int
    start: int
    end: int
    text: str


class Actor(_Model):
    id: str | None = Field(None, description="pack id of the resolved entity, e.g. RUS.GOV.putin")
    code: str | None
    sector: Sector | None
    kind: ActorKind
    name: str | None
    role: str | None = None
    text: str = Field(description="the mention as written")
    sentence: int | None = None
    start: int | None = Field(None, description="character offset of the mention in the document text")
    end: int | None = None


class Event(_Model):
    type: EventType
    mode: str | None = None
    cameo: str
    source: Actor
    target: Actor | None = None
    negated: bool = False
    modality: Modality = "asserted"
    date: str | None = None
    location: str | None = None
    sentence: int
    evidence: str
    reported_by: Actor | None = None
    target_inferred: bool = Field(False, description="the trained target model, not a rule, gave the target")


class RepeatRef(_Model):
    year: int | None = None
    round: str | None = None
    text: str | None = None
    position: str | None = None
    document: str | None = None
    date: str | None = None


class Position(_Model):
    holder: Actor
    issue: str
    stance: Stance
    target: Actor | None = None
    statement: str
    sentence: int
    evidence: str
    reported_by: Actor | None = None
    date: str | None = None
    cue: str | None = None
    repeat_of: RepeatRef | None = None
    condition: str | None = None
    point: str | None = Field(None, description="the point on the issue's scale, where the pack defines one")
    hedged: bool = Field(False, description="the position is softened (\"may\", \"reportedly\", \"appears to\")")
    inferred: bool = Field(False, description="the trained issue model, not a cue phrase of the issue, gave the issue")


class Evidence(_Model):
    sentence: int
    text: str


class Narrative(_Model):
    id: str
    parent: str | None = None
    voice: Voice
    attributed_to: Actor | None = None
    score: float
    evidence: list[Evidence]


class EntityRole(_Model):
    """The part a main actor plays in a document's story (protagonist, antagonist, innocent)."""

    actor: Actor
    main: Literal["protagonist", "antagonist", "innocent"]
    fine: list[str] = []
    score: float | None = None
    evidence: list[Evidence] = []


class Delegation(_Model):
    party: str
    head: Actor | None = None
    members: list[Actor] = []
    level: str | None = None


class Meeting(_Model):
    location: str | None = None
    date: str | None = None
    parties: list[str] = []
    delegations: list[Delegation] = []
    sentence: int
    evidence: str


class Analysis(_Model):
    """Everything ``extract`` finds in one document."""

    format: Literal["detente/1"] = FORMAT
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    source_type: str | None = None
    published: str | None = None
    language: str | None = None
    sentences: list[Sentence] = []
    actors: list[Actor] = []
    events: list[Event] = []
    positions: list[Position] = []
    narratives: list[Narrative] = []
    meetings: list[Meeting] = []
    roles: list[EntityRole] = Field([], description="entity roles of the document's main actors")
    warnings: list[str] = Field([], description="why parts of the document were not analysed")
