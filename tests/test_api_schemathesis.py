"""schemathesis against the live schema of a live server: no server error, every response as
documented (status, body, content type), for an anonymous reader and for an administrator."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from rest_framework.authtoken.models import Token

from reform_portal import roles

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
CHECKS = "not_a_server_error,response_schema_conformance,content_type_conformance"
SEED = "20261126"


@pytest.fixture
def administrator_token(transactional_db) -> str:
    call_command("load_reference_data", verbosity=0)
    call_command("load_demo_data", verbosity=0)
    user = get_user_model().objects.create_user("schemathesis-admin")
    user.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    return Token.objects.create(user=user).key


@pytest.mark.parametrize("who", ["anonymous", "administrator"])
def test_the_api_behaves_as_its_schema_says(live_server, administrator_token, who, tmp_path):
    command = [
        str(SCHEMATHESIS), "run", f"{live_server.url}/api/v1/schema/",
        "--checks", CHECKS, "--seed", SEED, "--max-examples", "5",
        "--phases", "examples,fuzzing", "--no-shrink", "--warnings", "off",
    ]  # fmt: skip
    if who == "administrator":
        command += ["--header", f"Authorization: Token {administrator_token}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False, cwd=tmp_path)
    summary = result.stdout[-6000:]
    assert result.returncode == 0, summary
    assert "No issues found" in summary
