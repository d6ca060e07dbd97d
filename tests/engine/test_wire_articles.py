import datetime

import pytest

from claims.engine import extract

from .wire_articles import ARTICLES


def _find(claims, speaker, fragment):
    for claim in claims:
        if fragment in claim.text:
            return claim
    return None


@pytest.mark.parametrize(("name", "text", "expected"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_every_expected_claim_is_found_with_its_speaker(name, text, expected):
    claims = extract(text, fetched=datetime.date(2024, 10, 1)).claims
    for surname, fragment in expected:
        claim = _find(claims, surname, fragment)
        assert claim is not None, f"missing claim: {fragment!r}"
        assert claim.speaker is not None and surname in claim.speaker, (fragment, claim.speaker)


@pytest.mark.parametrize(("name", "text", "expected"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_no_claim_beyond_the_expected_ones(name, text, expected):
    claims = extract(text, fetched=datetime.date(2024, 10, 1)).claims
    unexpected = [c.text for c in claims if not any(f in c.text for _, f in expected)]
    assert unexpected == []


def test_anonymous_groups_and_stray_quotes_make_no_claim():
    claims = extract(ARTICLES[2][1]).claims
    assert not any("symbolic" in c.text or "changes nothing" in c.text for c in claims)


def test_a_person_only_mentioned_is_not_a_speaker():
    result = extract(ARTICLES[0][1])
    assert "Emmanuel Macron" not in {s.name for s in result.speakers}
