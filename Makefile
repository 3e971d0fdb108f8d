# The two commands of the README:
#   make run   set up, migrate, load reference and demonstration data, print a local login,
#              serve the portal on http://127.0.0.1:8000 (embedded SQLite)
#   make test  set up and run the guard rails and the whole test suite
#              (DATABASE_URL=postgres://... make test runs it on PostgreSQL)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/dev.txt
STAMP := $(VENV)/.installed-$(shell sha1sum $(LOCK) | cut -c1-12)
DEV := DEBUG=1

LANGUAGES := ar zh_Hans fr ru es

.PHONY: run test check lock messages bench

$(STAMP): $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(LOCK)
	rm -f $(VENV)/.installed-* && touch $@

run: $(STAMP)
	$(DEV) $(BIN)/python manage.py compilemessages --ignore=.venv -v0
	$(DEV) $(BIN)/python manage.py migrate --noinput
	$(DEV) $(BIN)/python manage.py load_reference_data
	$(DEV) $(BIN)/python manage.py load_demo_data
	$(DEV) $(BIN)/python manage.py create_local_admin
	$(DEV) $(BIN)/python manage.py runserver 127.0.0.1:8000

check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(DEV) $(BIN)/python manage.py check
	$(DEV) $(BIN)/python manage.py makemigrations --check --dry-run

test: check
	$(DEV) $(BIN)/python manage.py compilemessages --ignore=.venv -v0
	$(BIN)/pytest -n auto --dist loadscope -m "not browser and not live"
	# Tests against a live server (Chromium, schemathesis) flush the database: one process, apart.
	$(BIN)/pytest -m "browser or live"

# Bring the catalogues of the six UN languages in step with the code (then translate them).
messages: $(STAMP)
	$(DEV) $(BIN)/python manage.py makemessages $(addprefix -l ,$(LANGUAGES)) --no-obsolete --add-location=file --ignore=.venv --ignore=var

# Throughput of the public pages and the API under gunicorn (docs/benchmarks.md).
bench: $(STAMP)
	.ci/bench

# Re-pin every dependency from pyproject.toml (needs uv: pip install uv).
lock:
	uv pip compile pyproject.toml --python-version 3.11 -o requirements/base.txt
	uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements/dev.txt
