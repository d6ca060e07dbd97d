from django.urls import path, re_path
from rest_framework.routers import DefaultRouter

from claims.api import views

router = DefaultRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("positions", views.PositionViewSet, basename="position")
router.register("reviews", views.ReviewViewSet, basename="review")
router.register("jobs", views.JobViewSet, basename="job")

urlpatterns = [
    path("health/", views.HealthView.as_view(), name="health"),
    path("claims/export.csv", views.ClaimExportView.as_view(), name="claim-export"),
    path("claimreview/", views.ClaimReviewExportView.as_view(), name="claimreview-export"),
    # Any integer, so an unknown id (even a negative one) is a JSON 404 from the view.
    re_path(
        r"^speakers/(?P<pk>-?[0-9]+)/claims/$",
        views.SpeakerClaimsView.as_view(),
        name="speaker-claims",
    ),
    re_path(
        r"^positions/(?P<pk>-?[0-9]+)/claims/$",
        views.PositionClaimsView.as_view(),
        name="position-claims",
    ),
    *router.urls,
]
