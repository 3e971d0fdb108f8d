"""Briefing texts: draft → in review → published, refused jumps (by validation and by the
database), the published copy kept apart from the working copy, history and the admin."""

import pytest
from django.core.exceptions import ValidationError

from offices.models import Region
from roadmap import services
from roadmap.models import BriefingSession, BriefingText
from tests.admin_helpers import admin_url, change_form_data, other_administrator
from tests.offices.test_models import refused_by_database

pytestmark = pytest.mark.django_db
R = "Test fixture"


def make_text(code: str = "purpose", **texts) -> BriefingText:
    title = texts.pop("title", {"en": "Why the reform", "fr": "Pourquoi la réforme"})
    body = texts.pop("body", {"en": "Because.", "fr": "Parce que."})
    return services.briefing_text_create(
        code=code, page=texts.pop("page", "overview"), title=title, body=body, actor=None, reason=R, **texts
    )


def move(text: BriefingText, *statuses: str) -> BriefingText:
    for status in statuses:
        text = services.briefing_text_transition(text=text, status=status, actor=None, reason=R)
    return text


def published(text: BriefingText | None = None) -> BriefingText:
    return move(text or make_text(), "in_review", "published")


class TestWorkflow:
    def test_a_new_text_is_an_unpublished_draft(self):
        text = make_text()
        assert (text.status, text.is_public, text.published_title_en) == ("draft", False, None)

    def test_publishing_after_review_copies_every_language_to_the_public_copy(self):
        text = published()
        assert (text.status, text.is_public) == ("published", True)
        assert (text.published_title_en, text.published_title_fr) == ("Why the reform", "Pourquoi la réforme")
        assert (text.published_body_en, text.published_body_fr, text.published_body_ar) == (
            "Because.",
            "Parce que.",
            "",
        )

    @pytest.mark.parametrize(
        ("path", "target", "message"),
        [
            ((), "published", "A briefing text cannot go from Draft to Published; from Draft it can go to: In review."),
            (
                ("in_review", "published"),
                "in_review",
                "A briefing text cannot go from Published to In review; from Published it can go to: Draft.",
            ),
        ],
    )
    def test_jumps_are_refused_with_where_the_text_can_go(self, path, target, message):
        text = move(make_text(), *path)
        with pytest.raises(ValidationError) as refused:
            services.briefing_text_transition(text=text, status=target, actor=None, reason=R)
        assert refused.value.message_dict["status"] == [message]
        text.refresh_from_db()
        assert text.status == (path[-1] if path else "draft")

    def test_a_reviewer_can_send_a_text_back_to_draft(self):
        assert move(make_text(), "in_review", "draft").status == "draft"

    def test_editing_a_published_text_makes_a_draft_and_leaves_the_public_copy(self):
        text = published()
        text = services.briefing_text_update(text=text, changes={"title_en": "Why now"}, actor=None, reason=R)
        assert (text.status, text.title_en, text.published_title_en) == ("draft", "Why now", "Why the reform")
        text = published(text)
        assert text.published_title_en == "Why now"

    def test_moving_a_published_text_without_changing_its_words_keeps_it_published(self):
        text = services.briefing_text_update(text=published(), changes={"order": 5}, actor=None, reason=R)
        assert (text.status, text.order) == ("published", 5)

    def test_publishing_again_keeps_the_previous_published_version_in_the_history(self):
        text = published()
        text = services.briefing_text_update(text=text, changes={"body_en": "Because, again."}, actor=None, reason=R)
        text = published(text)
        published_versions = [
            row.published_body_en for row in text.history.filter(status="published").order_by("history_date")
        ]
        assert published_versions == ["Because.", "Because, again."]
        assert text.history.first().history_change_reason == R

    def test_restoring_an_earlier_version_brings_back_its_words_as_a_draft(self):
        text = published()
        first_publication = text.history.filter(status="published").first().history_id
        text = published(services.briefing_text_update(text=text, changes={"title_en": "New"}, actor=None, reason=R))
        text = services.briefing_text_restore(text=text, history_id=first_publication, actor=None, reason="undo")
        assert (text.status, text.title_en, text.published_title_en) == ("draft", "Why the reform", "New")

    def test_the_workflow_fields_are_not_edited_directly(self):
        with pytest.raises(ValidationError, match="published_title_en, status"):
            services.briefing_text_update(
                text=make_text(), changes={"status": "published", "published_title_en": "x"}, actor=None, reason=R
            )

    def test_a_stale_edit_is_refused(self):
        from reform_portal.services import StaleEditError

        text = make_text()
        services.briefing_text_update(text=text, changes={"title_en": "A"}, actor=None, reason=R, expected_version=1)
        with pytest.raises(StaleEditError):
            services.briefing_text_update(
                text=text, changes={"title_en": "B"}, actor=None, reason=R, expected_version=1
            )

    def test_english_is_required_and_languages_are_the_six(self):
        with pytest.raises(ValidationError):
            make_text(title={"fr": "Seulement en français"})
        with pytest.raises(ValidationError, match="not in de"):
            make_text(title={"en": "x", "de": "y"})

    def test_only_region_texts_name_a_region(self):
        with pytest.raises(ValidationError, match="Only a text of the region pages"):
            make_text(region=Region.objects.get(code="AFR"))
        assert make_text("afr", page="region", region=Region.objects.get(code="AFR")).region.code == "AFR"


class TestDatabaseGuards:
    def test_a_status_jump_is_refused(self):
        text = make_text()
        with refused_by_database("guard_briefing_text_status_flow"):
            BriefingText.objects.filter(pk=text.pk).update(status="published")

    def test_a_text_is_not_created_published(self):
        with refused_by_database("guard_briefing_text_starts_as_draft"):
            BriefingText.objects.create(code="x", page="overview", title_en="x", body_en="x", status="in_review")

    @pytest.mark.parametrize("column", ["published_title_fr", "published_body_en"])
    def test_the_published_copy_changes_only_by_publishing(self, column):
        text = published()
        with refused_by_database("guard_briefing_text_published_copy"):
            BriefingText.objects.filter(pk=text.pk).update(**{column: "Sneaked in"})
        with refused_by_database("guard_briefing_text_published_copy"):
            BriefingText.objects.filter(pk=text.pk).update(status="draft", published_at=None)


# -- materials ---------------------------------------------------------------------------------


def test_a_material_has_its_title_in_several_languages():
    session = services.briefing_session_create(
        title="Global briefing", scope="global", date="2024-01-01", format="virtual", actor=None, reason=R
    )
    material = services.briefing_material_create(
        session=session, title={"en": "Slides", "es": "Diapositivas"}, url="https://example.org/s.pdf", actor=None,
        reason=R,
    )  # fmt: skip
    assert (material.title_es, material.is_public, session.materials.get()) == ("Diapositivas", False, material)
    assert BriefingSession.objects.get(pk=session.pk).materials.count() == 1


# -- admin ---------------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def run_action(client, action: str, texts, **fields):
    data = {"action": action, "_selected_action": [t.pk for t in texts], "index": 0, **fields}
    return client.post(admin_url(BriefingText, "changelist"), data, follow=True)


class TestAdmin:
    def test_texts_are_submitted_and_published_with_the_reason_of_the_action_bar(self, admin_client, admin_user):
        texts = [make_text("a"), make_text("b")]
        response = run_action(admin_client, "submit_for_review", texts, change_reason="Ready for review")
        assert "2 texts submitted for review." in response.content.decode()
        response = run_action(admin_client, "publish", texts, change_reason="Cleared by the reform team")
        assert "2 texts published." in response.content.decode()
        for text in texts:
            latest = text.history.first()
            assert (latest.status, latest.history_user, latest.history_change_reason) == (
                "published",
                admin_user,
                "Cleared by the reform team",
            )

    def test_publishing_a_draft_is_refused_and_nothing_moves(self, admin_client):
        ready, draft = move(make_text("a"), "in_review"), make_text("b")
        response = run_action(admin_client, "publish", [ready, draft], change_reason="Publish")
        assert "cannot go from Draft to Published" in response.content.decode()
        ready.refresh_from_db()
        assert ready.status == "in_review"

    def test_an_action_without_a_reason_changes_nothing(self, admin_client):
        text = make_text()
        response = run_action(admin_client, "submit_for_review", [text], change_reason="")
        assert "Give a reason" in response.content.decode()
        text.refresh_from_db()
        assert text.status == "draft"

    def test_editing_a_published_text_in_the_form_drafts_a_new_version(self, admin_client):
        text = published()
        url = admin_url(BriefingText, "change", text.pk)
        page = admin_client.get(url)
        assert "Pourquoi la réforme" in page.content.decode()  # the published copy, read-only
        data = change_form_data(page) | {"title_en": "Why the reform now", "change_reason": "Sharper title"}
        response = admin_client.post(url, data)
        assert response.status_code == 302, response.context and response.context["adminform"].form.errors
        text.refresh_from_db()
        assert (text.status, text.title_en, text.published_title_en) == (
            "draft",
            "Why the reform now",
            "Why the reform",
        )

    def test_a_stale_form_is_refused(self, admin_client):
        text = make_text()
        url = admin_url(BriefingText, "change", text.pk)
        data = change_form_data(admin_client.get(url))
        services.briefing_text_update(
            text=text, changes={"title_en": "Theirs"}, actor=other_administrator(), reason=R, expected_version=1
        )
        response = admin_client.post(url, data | {"title_en": "Mine", "change_reason": "Edit"})
        assert response.status_code == 200
        assert "was changed by other-admin" in str(response.context["adminform"].form.non_field_errors())

    def test_a_restore_brings_back_the_words_only(self, admin_client):
        text = published()
        first = text.history.filter(status="published").first()
        published(services.briefing_text_update(text=text, changes={"title_en": "New"}, actor=None, reason=R))
        url = admin_url(BriefingText, "restore", text.pk, first.history_id)
        page = admin_client.get(url).content.decode()
        assert "Why the reform" in page
        assert "published title" not in page
        response = admin_client.post(url, {"change_reason": "Back to the first wording", "expected_version": 6})
        assert response.status_code == 302
        text.refresh_from_db()
        assert (text.status, text.title_en, text.published_title_en) == ("draft", "Why the reform", "New")
