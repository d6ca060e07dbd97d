"""Full-text search indexes, on PostgreSQL only (SQLite searches without them).

They are not in the models' Meta because a GIN index cannot be created on SQLite;
the expressions match the ones the claim and article search filters build.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEXES = {
    "claim": GinIndex(SearchVector("text", config="english"), name="claim_text_search_idx"),
    "article": GinIndex(SearchVector("title", "text", config="english"), name="article_search_idx"),
}


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.add_index(apps.get_model("claims", model_name), index)


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in INDEXES.items():
        schema_editor.remove_index(apps.get_model("claims", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_claim_embeddings_and_statements")]

    operations = [migrations.RunPython(add_indexes, remove_indexes)]
