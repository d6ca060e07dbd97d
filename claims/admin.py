"""The fact-checkers' workspace: review, correct, merge and annotate."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html

from claims.errors import ClaimtrackError
from claims.models import (
    Article,
    Claim,
    ClaimPosition,
    Feed,
    IngestionJob,
    Outlet,
    Position,
    Review,
    Role,
    Speaker,
    SpeakerAlias,
    SpeakerMerge,
)
from claims.services import claims as claim_services
from claims.services import positions as position_services
from claims.services import reviews as review_services
from claims.services import speakers as speaker_services


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "article_count"]
    search_fields = ["name", "domain"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(ordering="article_count")
    def article_count(self, obj) -> int:
        return obj.article_count


class ClaimInline(admin.TabularInline):
    """The article's claims, read-only here: corrections go through the claim's own page."""

    model = Claim
    fields = ["text", "speaker", "kind", "cue", "checkworthiness", "review_status"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "outlet",
        "published",
        "published_source",
        "status",
        "claim_count",
        "created_at",
    ]
    list_filter = ["status", "language", "published_source", "outlet"]
    list_select_related = ["outlet"]
    search_fields = ["title", "url", "dateline"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "created_at", "updated_at", "processed_at"]
    raw_id_fields = ["outlet"]
    inlines = [ClaimInline]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).annotate(claim_count=Count("claims"))
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            queryset = queryset.defer("text")
        return queryset

    @admin.display(ordering="claim_count")
    def claim_count(self, obj) -> int:
        return obj.claim_count


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["name", "normalized", "decision", "score", "first_article"]
    readonly_fields = ["normalized", "decision", "score"]
    raw_id_fields = ["first_article"]
    extra = 0


class RoleInline(admin.TabularInline):
    model = Role
    fields = ["title", "start_date", "end_date", "source", "evidence"]
    readonly_fields = ["source"]
    raw_id_fields = ["evidence"]
    extra = 0


def _report_errors(modeladmin, request, action):
    """Run ``action()``; a domain error becomes an admin message instead of a 500."""
    try:
        return action()
    except ClaimtrackError as exc:
        modeladmin.message_user(request, exc.message, level=messages.ERROR)
        return None


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["canonical_name", "description", "wikidata_id", "claim_count", "merged_into"]
    list_filter = [("merged_into", admin.EmptyFieldListFilter)]
    list_select_related = ["merged_into"]
    search_fields = ["canonical_name", "aliases__name", "wikidata_id"]
    raw_id_fields = ["merged_into"]
    readonly_fields = ["merged_into"]
    inlines = [SpeakerAliasInline, RoleInline]
    actions = ["merge_into_oldest"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims", distinct=True))

    @admin.display(ordering="claim_count")
    def claim_count(self, obj) -> int:
        return obj.claim_count

    @admin.action(description="Merge the selected speakers into the oldest of them")
    def merge_into_oldest(self, request, queryset):
        speakers = list(queryset.filter(merged_into__isnull=True).order_by("created_at", "pk"))
        if len(speakers) < 2:
            self.message_user(
                request, "Select at least two speakers that were not merged.", messages.WARNING
            )
            return
        target = speakers[0]
        for source in speakers[1:]:
            if _report_errors(
                self,
                request,
                lambda s=source: speaker_services.speaker_merge(
                    source=s, target=target, user=request.user
                ),
            ):
                self.message_user(
                    request, f"Merged {source} into {target} (undo it under Speaker merges)."
                )

    def save_formset(self, request, form, formset, change):
        if formset.model is SpeakerAlias:
            # A name a person adds is recorded as their decision, keyed like the resolver's.
            instances = formset.save(commit=False)
            for obj in formset.deleted_objects:
                obj.delete()
            for alias in instances:
                if alias.pk is None:
                    speaker_services.speaker_alias_record(
                        speaker=form.instance,
                        name=alias.name,
                        decision=SpeakerAlias.Decision.MANUAL,
                    )
                else:
                    alias.save()
            return
        if formset.model is Role:
            instances = formset.save(commit=False)
            for obj in formset.deleted_objects:
                obj.delete()
            for role in instances:
                _report_errors(
                    self,
                    request,
                    lambda r=role: speaker_services.role_set(
                        speaker=form.instance,
                        title=r.title,
                        start_date=r.start_date,
                        end_date=r.end_date,
                        user=request.user,
                    ),
                )
            return
        super().save_formset(request, form, formset, change)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "speaker", "decision", "score", "first_article", "created_at"]
    list_filter = ["decision"]
    list_select_related = ["speaker", "first_article"]
    search_fields = ["name", "normalized", "speaker__canonical_name"]
    raw_id_fields = ["speaker", "first_article"]
    readonly_fields = ["normalized", "translit_surname", "decision", "score"]
    actions = ["confirm"]

    @admin.action(description="Confirm the selected matches (they become manual decisions)")
    def confirm(self, request, queryset):
        for alias in queryset:
            speaker_services.speaker_alias_confirm(alias=alias, user=request.user)
        self.message_user(request, f"Confirmed {queryset.count()} aliases.")

    def save_model(self, request, obj, form, change):
        if change and "speaker" in form.changed_data:
            # Moving a wrong match to the right speaker; the service checks for duplicates.
            target = obj.speaker
            obj.speaker_id = form.initial["speaker"]
            _report_errors(
                self,
                request,
                lambda: speaker_services.speaker_alias_reassign(
                    alias=obj, speaker=target, user=request.user
                ),
            )
            return
        super().save_model(request, obj, form, change)


@admin.register(SpeakerMerge)
class SpeakerMergeAdmin(admin.ModelAdmin):
    list_display = ["source", "target", "merged_by", "created_at", "undone_at"]
    list_filter = [("undone_at", admin.EmptyFieldListFilter)]
    list_select_related = ["source", "target", "merged_by"]
    search_fields = ["source__canonical_name", "target__canonical_name"]
    readonly_fields = ["source", "target", "merged_by", "moved", "undone_at", "undone_by"]
    actions = ["undo"]

    def has_add_permission(self, request) -> bool:
        return False  # merges are made from the speaker list

    @admin.action(description="Undo the selected merges")
    def undo(self, request, queryset):
        for merge in queryset.filter(undone_at__isnull=True):
            _report_errors(
                self,
                request,
                lambda m=merge: speaker_services.speaker_merge_undo(merge=m, user=request.user),
            )
        self.message_user(request, "Undone; the speakers have their claims, names and roles back.")


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["title", "speaker", "start_date", "end_date", "source"]
    list_filter = ["source"]
    list_select_related = ["speaker"]
    search_fields = ["title", "speaker__canonical_name"]
    raw_id_fields = ["speaker", "evidence"]
    readonly_fields = ["source", "normalized_title"]

    def save_model(self, request, obj, form, change):
        # A tenure a person sets is manual: text evidence never changes it afterwards.
        role = _report_errors(
            self,
            request,
            lambda: speaker_services.role_set(
                speaker=obj.speaker,
                title=obj.title,
                start_date=obj.start_date,
                end_date=obj.end_date,
                user=request.user,
            ),
        )
        if role is not None:
            obj.pk = role.pk


class ClaimPositionInline(admin.TabularInline):
    """Who linked the claim to which position, and the system's score (set them above)."""

    model = ClaimPosition
    fields = ["position", "source", "score", "linked_by"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ReviewInline(admin.TabularInline):
    model = Review
    fields = ["rating_text", "rating_value", "date_published", "reviewer"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ClaimForm(forms.ModelForm):
    linked_positions = forms.ModelMultipleChoiceField(
        queryset=Position.objects.filter(merged_into__isnull=True),
        required=False,
        label="Positions",
        widget=FilteredSelectMultiple("positions", is_stacked=False),
        help_text="The positions this claim expresses, as a person judges them.",
    )

    class Meta:
        model = Claim
        fields = ["speaker", "start", "end", "kind", "review_status"]
        help_texts = {"start": "Character offsets into the article; the text follows them."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["linked_positions"].initial = list(self.instance.positions.all())

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if {"start", "end"} & set(self.changed_data) and start is not None and end is not None:
            try:
                claim_services.claim_span_text(self.instance, start, end)
            except ClaimtrackError as exc:
                raise forms.ValidationError({exc.field or "start": exc.message}) from exc
        return cleaned


class ReviewForm(forms.ModelForm):
    class Meta:
        model = Review
        fields = ["claim", *review_services.EDITABLE]

    def clean_claim(self):
        claim = self.cleaned_data["claim"]
        if claim.review_status == Claim.ReviewStatus.REJECTED:
            raise forms.ValidationError("this claim was marked as not a claim")
        return claim


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimForm
    list_display = [
        "short_text",
        "speaker",
        "kind",
        "cue",
        "worthiness",
        "review_status",
        "article_link",
    ]
    list_filter = ["review_status", "kind", "article__outlet"]
    list_select_related = ["speaker", "article__outlet"]
    list_per_page = 50
    search_fields = ["text", "speaker__canonical_name", "cue"]
    raw_id_fields = ["speaker"]
    fields = [
        "article_link",
        "text",
        "speaker",
        "speaker_mention",
        "resolved_by",
        "start",
        "end",
        "kind",
        "cue",
        "checkworthiness",
        "review_status",
        "linked_positions",
        "created_at",
        "updated_at",
    ]
    readonly_fields = [
        "article_link",
        "text",
        "speaker_mention",
        "resolved_by",
        "cue",
        "checkworthiness",
        "created_at",
        "updated_at",
    ]
    inlines = [ClaimPositionInline, ReviewInline]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__text")

    def has_add_permission(self, request) -> bool:
        # Claims come from articles; a missed one is added by correcting the extraction.
        return False

    @admin.display(description="claim")
    def short_text(self, obj) -> str:
        return obj.text if len(obj.text) <= 160 else obj.text[:157] + "…"

    @admin.display(description="check-worthiness", ordering="checkworthiness")
    def worthiness(self, obj) -> str:
        return f"{obj.checkworthiness:.2f}"

    @admin.display(description="article", ordering="article")
    def article_link(self, obj) -> str:
        url = reverse("admin:claims_article_change", args=[obj.article_id])
        return format_html('<a href="{}">{}</a>', url, str(obj.article))

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        changed = set(form.changed_data)
        claim_services.claim_update(
            claim=obj,
            user=request.user,
            speaker=data["speaker"],
            start=data["start"],
            end=data["end"],
            kind=data["kind"],
            review_status=data["review_status"] if "review_status" in changed else None,
            positions=list(data["linked_positions"]) if "linked_positions" in changed else None,
        )


class ClaimCountFilter(admin.SimpleListFilter):
    """Suggestions with a single claim are many and mostly noise: let them be set aside."""

    title = "claims"
    parameter_name = "claims"

    def lookups(self, request, model_admin):
        return [("1", "one"), ("2+", "two or more")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(claim_count=1)
        if self.value() == "2+":
            return queryset.filter(claim_count__gte=2)
        return queryset


class PositionForm(forms.ModelForm):
    split_claims = forms.ModelMultipleChoiceField(
        queryset=Claim.objects.none(),
        required=False,
        label="Split off",
        widget=FilteredSelectMultiple("claims", is_stacked=False),
        help_text="Claims to move to a new confirmed position; the others stay here.",
    )
    split_label = forms.CharField(
        max_length=300, required=False, label="New position", help_text="Its label."
    )

    class Meta:
        model = Position
        fields = ["label", "description"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["split_claims"].queryset = self.instance.claims.all()
        else:
            del self.fields["split_claims"], self.fields["split_label"]

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("split_claims")
        if not chosen:
            return cleaned
        if not (cleaned.get("split_label") or "").strip():
            self.add_error("split_label", "Name the new position the claims move to.")
        if len(chosen) == self.instance.claim_links.count():
            self.add_error("split_claims", "Leave some claims here, or rename the position.")
        return cleaned


@admin.register(Position)
class PositionAdmin(admin.ModelAdmin):
    form = PositionForm
    list_display = ["label", "status", "claim_count", "merged_into", "updated_at"]
    list_filter = ["status", ClaimCountFilter, ("merged_into", admin.EmptyFieldListFilter)]
    list_select_related = ["merged_into"]
    search_fields = ["label", "description"]
    readonly_fields = ["status", "merged_into"]
    fieldsets = [
        (None, {"fields": ["label", "description", "status", "merged_into"]}),
        ("Split", {"fields": ["split_claims", "split_label"], "classes": ["collapse"]}),
    ]
    actions = ["confirm", "merge_into_oldest", "relink"]

    def get_fieldsets(self, request, obj=None):
        return self.fieldsets if obj else self.fieldsets[:1]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claim_links"))

    @admin.display(ordering="claim_count")
    def claim_count(self, obj) -> int:
        return obj.claim_count

    def save_model(self, request, obj, form, change):
        if not change:
            created = position_services.position_create(
                label=obj.label, description=obj.description, user=request.user
            )
            obj.pk = created.pk
            return
        _report_errors(
            self,
            request,
            lambda: position_services.position_update(
                position=obj, label=obj.label, description=obj.description, user=request.user
            ),
        )
        chosen = form.cleaned_data.get("split_claims")
        if chosen:
            new = _report_errors(
                self,
                request,
                lambda: position_services.position_split(
                    position=obj,
                    claim_ids=[c.pk for c in chosen],
                    label=form.cleaned_data["split_label"],
                    user=request.user,
                ),
            )
            if new is not None:
                self.message_user(request, f"{len(chosen)} claims moved to “{new}”.")

    @admin.action(description="Confirm the selected suggestions")
    def confirm(self, request, queryset):
        for position in queryset.filter(status=Position.Status.SUGGESTED):
            _report_errors(
                self,
                request,
                lambda p=position: position_services.position_confirm(
                    position=p, user=request.user
                ),
            )
        self.message_user(request, "Confirmed; matching claims are being linked in the background.")

    @admin.action(description="Merge the selected positions into the oldest of them")
    def merge_into_oldest(self, request, queryset):
        positions = list(queryset.filter(merged_into__isnull=True).order_by("created_at", "pk"))
        if len(positions) < 2:
            self.message_user(
                request, "Select at least two positions that were not merged.", messages.WARNING
            )
            return
        for source in positions[1:]:
            _report_errors(
                self,
                request,
                lambda s=source: position_services.position_merge(
                    source=s, target=positions[0], user=request.user
                ),
            )
        self.message_user(request, f"Merged into {positions[0]}.")

    @admin.action(description="Link matching claims again")
    def relink(self, request, queryset):
        from claims.position_tasks import relink_position

        for position in queryset.filter(status=Position.Status.CONFIRMED):
            relink_position.delay(position.pk)
        self.message_user(request, "Queued.")


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    form = ReviewForm
    list_display = ["claim", "rating_text", "rating_value", "reviewer", "date_published"]
    list_select_related = ["claim", "reviewer"]
    search_fields = ["claim__text", "rating_text", "notes"]
    raw_id_fields = ["claim"]
    readonly_fields = ["reviewer"]

    def save_model(self, request, obj, form, change):
        fields = {name: form.cleaned_data[name] for name in review_services.EDITABLE}
        if change:
            review_services.review_update(review=Review.objects.get(pk=obj.pk), **fields)
        else:
            saved = review_services.review_create(
                claim=form.cleaned_data["claim"], reviewer=request.user, **fields
            )
            obj.pk = saved.pk


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "active", "poll_minutes", "last_polled_at", "last_error"]
    list_filter = ["active"]
    list_select_related = ["outlet"]
    search_fields = ["url", "title"]
    raw_id_fields = ["outlet"]


@admin.register(IngestionJob)
class IngestionJobAdmin(admin.ModelAdmin):
    list_display = ["id", "source", "status", "attempts", "claims_found", "created_at", "error"]
    list_filter = ["status", "source"]
    search_fields = ["url", "filename", "error"]
    raw_id_fields = ["article", "duplicate_of", "feed", "submitted_by"]
    readonly_fields = ["created_at", "updated_at", "queued_at", "started_at", "finished_at"]
