from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


def is_fact_checker(user) -> bool:
    if not (user and user.is_authenticated and user.is_staff):
        return False
    if user.is_superuser:
        return True
    group = settings.CLAIMTRACK["FACT_CHECKER_GROUP"]
    return user.groups.filter(name=group).exists()


class ReadOrFactCheckerWrite(BasePermission):
    """Reads for API clients (and everyone when public reads are on); writes for fact-checkers."""

    message = "Writing needs a staff account in the fact-checkers group."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return settings.CLAIMTRACK["PUBLIC_READS"] or bool(
                request.user and request.user.is_authenticated
            )
        return is_fact_checker(request.user)


class IsAdmin(BasePermission):
    message = "Only administrators may do this."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_superuser)
