"""The OpenAPI schema: valid, served, documented, and true to the responses."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

V1_PATHS = {
    "/api/v1/articles/",
    "/api/v1/articles/{id}/",
    "/api/v1/claims/",
    "/api/v1/claims/{id}/",
    "/api/v1/claims/{id}/similar/",
    "/api/v1/claims/{id}/claimreview/",
    "/api/v1/claims/export.csv",
    "/api/v1/claimreview/",
    "/api/v1/speakers/",
    "/api/v1/speakers/{id}/",
    "/api/v1/speakers/{id}/claims/",
    "/api/v1/speakers/{id}/positions/",
    "/api/v1/positions/",
    "/api/v1/positions/{id}/",
    "/api/v1/positions/{id}/merge/",
    "/api/v1/positions/{id}/timeline/",
    "/api/v1/positions/{id}/claims/",
    "/api/v1/reviews/",
    "/api/v1/reviews/{id}/",
    "/api/v1/jobs/",
    "/api/v1/jobs/{id}/",
    "/api/v1/health/",
}


def test_the_schema_validates_without_warnings(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "s.yaml"))


@pytest.fixture
def schema(anonymous) -> dict:
    response = anonymous.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def test_the_served_schema_lists_every_endpoint(schema):
    assert V1_PATHS <= set(schema["paths"])


def test_the_error_shape_is_a_documented_component(schema):
    error = schema["components"]["schemas"]["Error"]
    assert error["required"] == ["error"]
    detail = schema["components"]["schemas"]["ErrorDetail"]
    assert set(detail["properties"]) == {"code", "message", "field", "details"}


def _operations(schema):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            yield path, method.upper(), operation


def test_every_operation_documents_its_errors_with_examples(schema):
    for path, method, operation in _operations(schema):
        documented = set(operation["responses"])
        if path == "/api/v1/health/":
            assert documented == {"200", "503"}
            continue
        expected = {"401", "403", "429"}
        if method in {"POST", "PATCH", "DELETE"}:
            expected |= {"400", "409"}
        if method in {"POST", "PATCH"}:
            expected |= {"413", "415"}
        if "{id}" in path:
            expected.add("404")
        assert expected <= documented, (method, path, expected - documented)
        for status in expected:
            content = operation["responses"][status]["content"]
            for media in content.values():
                assert media["schema"] == {"$ref": "#/components/schemas/Error"}
                assert media["examples"], (method, path, status)


def test_every_operation_has_a_summary_and_a_resource_tag(schema):
    for path, method, operation in _operations(schema):
        assert operation.get("summary"), (method, path)
        assert operation["tags"][0] in path, (method, path)


def test_list_filters_are_documented_as_typed_parameters(schema):
    params = {p["name"]: p for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert params["speaker"]["schema"]["type"] == "integer"
    assert params["kind"]["schema"]["enum"] == ["direct", "indirect", "mixed"]
    assert {"published_after", "published_before", "q", "cursor", "ordering"} <= set(params)


def test_the_claimreview_answers_are_documented_as_json_ld(schema):
    responses = schema["paths"]["/api/v1/claims/{id}/claimreview/"]["get"]["responses"]
    assert "application/ld+json" in responses["200"]["content"]
    csv = schema["paths"]["/api/v1/claims/export.csv"]["get"]["responses"]["200"]["content"]
    assert "text/csv" in csv


@pytest.mark.parametrize("url", ["/api/docs/", "/api/redoc/"])
def test_the_documentation_pages_load(anonymous, url):
    response = anonymous.get(url)
    assert response.status_code == 200
    assert b"/api/schema/" in response.content
