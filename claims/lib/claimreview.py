"""schema.org ClaimReview JSON-LD, as Google's fact-check structured data describes it.

Pure: takes plain values, returns dicts ready for ``json.dumps``. ``problems`` checks a
document against the required and recommended properties of Google's ClaimReview
documentation (``FIELDS``), so an export can be validated before anyone publishes it.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

CONTEXT = "https://schema.org"


@dataclass(frozen=True)
class Party:
    """A person or organisation: the speaker of a claim or the author of a review."""

    name: str
    kind: str = "Person"  # "Person" or "Organization"
    url: str = ""


@dataclass(frozen=True)
class Appearance:
    """A work the claim appeared in: an article, with its outlet as publisher."""

    url: str
    date_published: datetime.date | None = None
    headline: str = ""
    publisher: str = ""
    publisher_url: str = ""


@dataclass(frozen=True)
class ReviewedClaim:
    text: str
    speaker: Party | None
    appearances: Sequence[Appearance] = field(default_factory=tuple)


@dataclass(frozen=True)
class Verdict:
    rating_value: int
    best_rating: int
    worst_rating: int
    rating_text: str


def _party(party: Party) -> dict:
    node = {"@type": party.kind, "name": party.name}
    if party.url:
        node["url"] = party.url
    return node


def _creative_work(appearance: Appearance) -> dict:
    node: dict = {"@type": "CreativeWork", "url": appearance.url}
    if appearance.headline:
        node["headline"] = appearance.headline
    if appearance.date_published:
        node["datePublished"] = appearance.date_published.isoformat()
    if appearance.publisher:
        node["publisher"] = _party(
            Party(name=appearance.publisher, kind="Organization", url=appearance.publisher_url)
        )
    return node


def _first(appearances: Sequence[Appearance]) -> Appearance | None:
    # Undated appearances go last: a dated one is better evidence of who said it first.
    dated = sorted(appearances, key=lambda a: (a.date_published is None, a.date_published or 0))
    return dated[0] if dated else None


def claim_node(claim: ReviewedClaim) -> dict:
    """The ``itemReviewed`` Claim: who said it, where and when it first appeared."""
    node: dict = {"@type": "Claim", "text": claim.text}
    if claim.speaker is not None:
        node["author"] = _party(claim.speaker)
    first = _first(claim.appearances)
    if first is not None:
        node["firstAppearance"] = _creative_work(first)
        node["appearance"] = [_creative_work(a) for a in claim.appearances]
        if first.date_published:
            node["datePublished"] = first.date_published.isoformat()
    return node


def claim_review(
    *,
    claim: ReviewedClaim,
    verdict: Verdict,
    url: str,
    author: Party,
    date_published: datetime.date,
    summary: str | None = None,
) -> dict:
    """One ClaimReview node (with ``@context``) for a review of a claim."""
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": summary if summary is not None else claim.text,
        "itemReviewed": claim_node(claim),
        "author": _party(author),
        "datePublished": date_published.isoformat(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.rating_value,
            "bestRating": verdict.best_rating,
            "worstRating": verdict.worst_rating,
            "alternateName": verdict.rating_text,
            "name": verdict.rating_text,
        },
    }


def graph(nodes: Sequence[dict]) -> dict:
    """Several ClaimReview nodes in one JSON-LD document."""
    return {
        "@context": CONTEXT,
        "@graph": [{k: v for k, v in node.items() if k != "@context"} for node in nodes],
    }


# Google's fact-check structured data: (property, level, allowed value kinds) per type.
# "url" and "date" are strings of that form; a type name is a node of that @type.
FIELDS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "ClaimReview": (
        ("claimReviewed", "required", ("text",)),
        ("reviewRating", "required", ("Rating",)),
        ("url", "required", ("url",)),
        ("author", "recommended", ("Organization", "Person")),
        ("itemReviewed", "recommended", ("Claim",)),
        ("datePublished", "recommended", ("date",)),
    ),
    "Claim": (
        ("appearance", "recommended", ("url", "CreativeWork")),
        ("author", "recommended", ("Organization", "Person")),
        ("datePublished", "recommended", ("date",)),
        ("firstAppearance", "recommended", ("url", "CreativeWork")),
    ),
    "Rating": (
        ("alternateName", "required", ("text",)),
        ("ratingValue", "recommended", ("number",)),
        ("bestRating", "recommended", ("number",)),
        ("worstRating", "recommended", ("number",)),
        ("name", "recommended", ("text",)),
    ),
    "Organization": (("name", "recommended", ("text",)),),
    "Person": (("name", "recommended", ("text",)),),
    "CreativeWork": (("url", "recommended", ("url",)),),
}


def _is_kind(value: object, kind: str) -> bool:
    if kind == "text":
        return isinstance(value, str) and bool(value.strip())
    if kind == "url":
        return isinstance(value, str) and value.startswith(("http://", "https://"))
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "date":
        if not isinstance(value, str):
            return False
        try:
            datetime.date.fromisoformat(value[:10])
        except ValueError:
            return False
        return True
    return isinstance(value, dict) and value.get("@type") == kind


def problems(node: dict, *, path: str = "", recommended: bool = True) -> list[str]:
    """What a node lacks or mistypes, recursively; empty when it is complete."""
    found: list[str] = []
    node_type = node.get("@type", "")
    for name, level, kinds in FIELDS.get(node_type, ()):
        if level == "recommended" and not recommended:
            continue
        where = f"{path}{node_type}.{name}"
        if name not in node:
            found.append(f"{where} is missing ({level})")
            continue
        values = node[name] if isinstance(node[name], list) else [node[name]]
        if not values:
            found.append(f"{where} is empty ({level})")
        for value in values:
            if not any(_is_kind(value, kind) for kind in kinds):
                found.append(f"{where} should be {' or '.join(kinds)}, not {value!r}")
            elif isinstance(value, dict):
                found.extend(problems(value, path=f"{where}.", recommended=recommended))
    return found
