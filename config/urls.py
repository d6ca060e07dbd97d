from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

handler404 = "claims.api.errors.not_found"

urlpatterns = [
    # Whoever opens the service's address lands on the browsable API root.
    path("", RedirectView.as_view(pattern_name="v1:api-root", permanent=False)),
    path("admin/", admin.site.urls),
    path("api/v1/", include(("claims.api.urls", "claims"), namespace="v1")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
]
