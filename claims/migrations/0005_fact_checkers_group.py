"""The fact-checkers group, with the admin permissions its work needs.

Staff users in this group may write through the API and work in the admin: review and
correct claims, merge speakers and positions, register feeds, and create and revoke
API tokens. Only administrators (superusers) have more.
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "claims": {
        "article": ["view", "change"],
        "claim": ["view", "change"],
        "claimposition": ["view", "add", "change", "delete"],
        "feed": ["view", "add", "change", "delete"],
        "ingestionjob": ["view"],
        "outlet": ["view", "add", "change"],
        "position": ["view", "add", "change"],
        "review": ["view", "add", "change", "delete"],
        "role": ["view", "add", "change", "delete"],
        "speaker": ["view", "add", "change"],
        "speakeralias": ["view", "add", "change", "delete"],
        "speakermerge": ["view"],
        "statement": ["view"],
    },
    "authtoken": {"tokenproxy": ["view", "add", "delete"]},
}


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _ = group_model.objects.get_or_create(name=settings.CLAIMTRACK["FACT_CHECKER_GROUP"])
    for app_label, models in PERMISSIONS.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *permission_model.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name=settings.CLAIMTRACK["FACT_CHECKER_GROUP"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_search_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("authtoken", "0004_alter_tokenproxy_options"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
