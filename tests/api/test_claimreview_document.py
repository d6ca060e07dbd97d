"""The pure ClaimReview builder and checker (no database)."""

import datetime

from claims.lib import claimreview as cr


def _review(**overrides) -> dict:
    fields = {
        "claim": cr.ReviewedClaim(
            text="The budget grew by 4 percent.",
            speaker=cr.Party(name="Alex Example"),
            appearances=[
                cr.Appearance(
                    url="https://b.example.org/2", date_published=datetime.date(2024, 3, 2)
                ),
                cr.Appearance(
                    url="https://a.example.org/1",
                    date_published=datetime.date(2024, 3, 1),
                    publisher="A News",
                ),
                cr.Appearance(url="https://c.example.org/3"),
            ],
        ),
        "verdict": cr.Verdict(
            rating_value=2, best_rating=5, worst_rating=1, rating_text="Mostly false"
        ),
        "url": "https://checks.example.org/r/1",
        "author": cr.Party(name="Example Checks", kind="Organization"),
        "date_published": datetime.date(2024, 6, 1),
    }
    return cr.claim_review(**{**fields, **overrides})


def test_a_complete_claimreview_has_no_problems():
    assert cr.problems(_review()) == []


def test_the_first_appearance_is_the_earliest_dated_one():
    item = _review()["itemReviewed"]
    assert item["firstAppearance"]["url"] == "https://a.example.org/1"
    assert item["datePublished"] == "2024-03-01"
    assert item["firstAppearance"]["publisher"] == {"@type": "Organization", "name": "A News"}


def test_every_required_field_is_reported_when_missing():
    node = _review()
    for name in ("claimReviewed", "reviewRating", "url"):
        broken = {k: v for k, v in node.items() if k != name}
        assert f"ClaimReview.{name} is missing (required)" in cr.problems(broken)


def test_recommended_fields_are_reported_unless_only_required_ones_are_checked():
    node = _review(claim=cr.ReviewedClaim(text="x", speaker=None))
    found = cr.problems(node)
    assert "ClaimReview.itemReviewed.Claim.author is missing (recommended)" in found
    assert "ClaimReview.itemReviewed.Claim.firstAppearance is missing (recommended)" in found
    assert cr.problems(node, recommended=False) == []


def test_mistyped_values_are_reported():
    node = _review()
    node["url"] = "checks.example.org/r/1"
    node["reviewRating"] = {**node["reviewRating"], "ratingValue": "2", "alternateName": " "}
    found = cr.problems(node)
    assert any(p.startswith("ClaimReview.url should be url") for p in found)
    assert any(
        p.startswith("ClaimReview.reviewRating.Rating.ratingValue should be number") for p in found
    )
    assert any(
        p.startswith("ClaimReview.reviewRating.Rating.alternateName should be text") for p in found
    )


def test_a_graph_carries_one_context_for_all_nodes():
    document = cr.graph([_review(), _review()])
    assert document["@context"] == "https://schema.org"
    assert all("@context" not in node for node in document["@graph"])
