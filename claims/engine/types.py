"""Result types of the extraction engine: frozen dataclasses, ``dataclasses.asdict``-friendly."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["direct", "indirect", "mixed"]
ResolvedBy = Literal["name", "alias", "title", "pronoun", "role"]


@dataclass(frozen=True)
class ArticleMeta:
    outlet: str | None = None
    licence: str | None = None
    dateline: str | None = None
    published: datetime.date | None = None
    published_source: Literal["caller", "text", "inferred"] | None = None
    published_precision: Literal["day", "month", "year"] | None = None
    published_text: str | None = None
    # Spans of headings, bylines, datelines, agency tags and licence lines: never claims.
    headings: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class ExtractedClaim:
    """One statement attributed to one speaker; ``text == article[start:end]``."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_role: str | None
    resolved_by: ResolvedBy | None
    kind: Kind
    cue: str
    checkworthiness: float


@dataclass(frozen=True)
class Speaker:
    """Someone who makes at least one claim in the article."""

    name: str
    kind: Literal["person", "organisation"]
    aliases: tuple[str, ...] = ()
    # Roles the article states for the speaker, normalised ("President of Iran").
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    article: ArticleMeta
    claims: tuple[ExtractedClaim, ...] = field(default_factory=tuple)
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)
