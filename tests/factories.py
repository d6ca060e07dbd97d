"""factory_boy factories for the claims models.

Claims are built from spans of their article's text, so ``claim.text`` always equals
``article.text[claim.start:claim.end]``: tests get realistic rows without running the
extraction engine.
"""

import datetime
import hashlib

import factory
from django.conf import settings
from django.contrib.auth.models import Group

from claims.models import (
    Article,
    Claim,
    ClaimPosition,
    IngestionJob,
    Outlet,
    Position,
    Review,
    Role,
    Speaker,
    SpeakerAlias,
)

# An article body made of sentences of one width, so the n-th claim of an article can
# take the n-th sentence as its span.
SENTENCES_PER_ARTICLE = 40
SENTENCE_LENGTH = len("Officials said figure 00 rose by 00 percent in the year.")


def _sentence(article_number: int, index: int) -> str:
    figure = article_number % 97
    return f"Officials said figure {index:02d} rose by {figure:02d} percent in the year."


def article_text(number: int) -> str:
    return " ".join(_sentence(number, i) for i in range(SENTENCES_PER_ARTICLE))


def claim_span(index: int) -> tuple[int, int]:
    """The start and end of the index-th sentence of a factory article."""
    start = (index % SENTENCES_PER_ARTICLE) * (SENTENCE_LENGTH + 1)
    return start, start + SENTENCE_LENGTH


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = settings.AUTH_USER_MODEL
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Dana"
    last_name = factory.Sequence(lambda n: f"Checker{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")


class FactCheckerFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        if create:
            group, _ = Group.objects.get_or_create(name=settings.CLAIMTRACK["FACT_CHECKER_GROUP"])
            self.groups.add(group)


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet

    name = factory.Sequence(lambda n: f"Daily Courier {n}")
    domain = factory.Sequence(lambda n: f"courier{n}.example.org")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    outlet = factory.SubFactory(OutletFactory)
    url = factory.Sequence(lambda n: f"https://news.example.org/story/{n}")
    title = factory.Sequence(lambda n: f"Ministers debate the budget, part {n}")
    text = factory.Sequence(article_text)
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.text.encode()).hexdigest())
    language = "en"
    published = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    published_source = factory.LazyAttribute(
        lambda a: Article.DateSource.CALLER if a.published else ""
    )
    published_precision = factory.LazyAttribute(
        lambda a: Article.Precision.DAY if a.published else ""
    )
    status = Article.Status.DONE


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker
        skip_postgeneration_save = True

    canonical_name = factory.Sequence(lambda n: f"Alex Example {n}")
    description = "a minister"

    @factory.post_generation
    def alias(self, create, extracted, **kwargs):
        if create:
            SpeakerAlias.objects.create(
                speaker=self, name=self.canonical_name, normalized=self.canonical_name.lower()
            )


class SpeakerAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SpeakerAlias

    speaker = factory.SubFactory(SpeakerFactory)
    name = factory.Sequence(lambda n: f"A. Example {n}")
    normalized = factory.LazyAttribute(lambda a: a.name.lower())
    decision = SpeakerAlias.Decision.ALIAS


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    speaker = factory.SubFactory(SpeakerFactory)
    title = "Minister of Finance"
    normalized_title = factory.LazyAttribute(lambda r: r.title.lower())
    start_date = datetime.date(2023, 1, 1)
    end_date = datetime.date(2024, 12, 31)


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position

    label = factory.Sequence(lambda n: f"The budget must grow {n}")
    description = "Public spending should rise."


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim on the n-th sentence of its article (pass ``span_index`` to choose)."""

    class Meta:
        model = Claim
        exclude = ["span_index"]

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    span_index = factory.Sequence(lambda n: n)
    start = factory.LazyAttribute(lambda c: claim_span(c.span_index)[0])
    end = factory.LazyAttribute(lambda c: claim_span(c.span_index)[1])
    text = factory.LazyAttribute(lambda c: c.article.text[c.start : c.end])
    speaker_mention = factory.LazyAttribute(lambda c: c.speaker.canonical_name if c.speaker else "")
    kind = Claim.Kind.INDIRECT
    cue = "said"
    checkworthiness = 0.5


class ClaimPositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClaimPosition

    claim = factory.SubFactory(ClaimFactory)
    position = factory.SubFactory(PositionFactory)
    source = ClaimPosition.Source.SYSTEM
    score = 0.8


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review

    claim = factory.SubFactory(ClaimFactory)
    reviewer = factory.SubFactory(FactCheckerFactory)
    rating_value = 2
    rating_text = "Mostly false"
    url = factory.Sequence(lambda n: f"https://factcheck.example.org/reviews/{n}")
    date_published = datetime.date(2024, 6, 1)
    notes = "Checked against the ministry's published figures."


class IngestionJobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IngestionJob

    source = IngestionJob.Source.TEXT
    status = IngestionJob.Status.DONE
    article = factory.SubFactory(ArticleFactory)
    claims_found = 0
