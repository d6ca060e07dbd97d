"""Articles whose claims are given sentences, for tests that need chosen wording."""

import datetime
import hashlib

from claims.models import Article, Claim, Outlet, Speaker


def article_with_claims(
    sentences: list[str],
    *,
    speaker: Speaker | None,
    published: datetime.date,
    outlet: str = "Example News",
) -> Article:
    """An article made of the sentences, each one a claim by ``speaker``."""
    text = " ".join(sentences)
    article = Article.objects.create(
        outlet=Outlet.objects.get_or_create(name=outlet)[0],
        text=text,
        content_hash=hashlib.sha256(f"{outlet}{published}{text}".encode()).hexdigest(),
        published=published,
        published_source=Article.DateSource.CALLER,
        published_precision=Article.Precision.DAY,
        status=Article.Status.DONE,
    )
    start = 0
    for sentence in sentences:
        Claim.objects.create(
            article=article,
            speaker=speaker,
            text=sentence,
            start=start,
            end=start + len(sentence),
            kind=Claim.Kind.DIRECT,
            cue="said",
        )
        start += len(sentence) + 1
    return article
