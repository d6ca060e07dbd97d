"""The admin's speaker merge and undo actions go through the services."""

import pytest
from django.urls import reverse

from claims.models import Claim, Speaker, SpeakerMerge
from tests.factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db


def test_admin_merges_selected_speakers_and_undoes_the_merge(admin_client):
    first = Speaker.objects.create(canonical_name="Ebrahim Raisi")
    second = Speaker.objects.create(canonical_name="Ibrahim Raisi")
    claim = ClaimFactory(article=ArticleFactory(), speaker=second)

    response = admin_client.post(
        reverse("admin:claims_speaker_changelist"),
        {"action": "merge_into_oldest", "_selected_action": [first.pk, second.pk]},
    )
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).speaker == first
    merge = SpeakerMerge.objects.get()

    response = admin_client.post(
        reverse("admin:claims_speakermerge_changelist"),
        {"action": "undo", "_selected_action": [merge.pk]},
    )
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).speaker == second
    assert Speaker.objects.get(pk=second.pk).merged_into is None


def test_admin_pages_for_speakers_and_positions_render(admin_client):
    speaker = Speaker.objects.create(canonical_name="Ebrahim Raisi")
    for name in ("speaker", "speakeralias", "speakermerge", "role", "position"):
        assert admin_client.get(reverse(f"admin:claims_{name}_changelist")).status_code == 200
    assert (
        admin_client.get(reverse("admin:claims_speaker_change", args=[speaker.pk])).status_code
        == 200
    )
