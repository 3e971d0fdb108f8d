"""Database guards: invariants that span rows or tables, enforced by triggers.

Django's CheckConstraint cannot look at another row, so the rules "a country is never
covered twice at once", "a reporting line stays within its structure" and "milestone
dependencies never form a cycle" live in triggers. One declaration yields the trigger
for SQLite and for PostgreSQL, so both databases refuse the same rows. Migrations create
them with ``CreateGuard`` / ``CreateView``; the services check the same rules first and
turn them into readable messages, the guards only catch what bypasses the services.
"""

from dataclasses import dataclass

from django.db import migrations

# PostgreSQL's SQLSTATE for check_violation: psycopg raises IntegrityError for it.
_CHECK_VIOLATION = "23514"


@dataclass(frozen=True)
class Guard:
    """A trigger that refuses a row of ``table`` whenever ``condition`` is true.

    ``condition`` is SQL over ``NEW`` (and ``OLD`` for updates) valid in both SQLite and
    PostgreSQL. ``serialize`` makes concurrent PostgreSQL writers check one at a time,
    so that two transactions cannot each pass the check and together break the rule.
    """

    name: str
    table: str
    condition: str
    message: str
    events: tuple[str, ...] = ("INSERT", "UPDATE")
    serialize: bool = False

    @property
    def _quoted_message(self) -> str:
        return f"{self.name}: {self.message}".replace("'", "''")

    def create_sql(self, vendor: str) -> list[str]:
        if vendor == "sqlite":
            return [
                f"CREATE TRIGGER {self.name}_{event.lower()} BEFORE {event} ON {self.table} "
                f"FOR EACH ROW WHEN {self.condition} "
                f"BEGIN SELECT RAISE(ABORT, '{self._quoted_message}'); END"
                for event in self.events
            ]
        if vendor == "postgresql":
            lock = f"PERFORM pg_advisory_xact_lock(hashtext('{self.name}'));" if self.serialize else ""
            return [
                f"CREATE OR REPLACE FUNCTION {self.name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN {lock} IF {self.condition} THEN RAISE EXCEPTION '%', "
                f"'{self._quoted_message}' USING ERRCODE = '{_CHECK_VIOLATION}'; END IF; "
                f"RETURN NEW; END $$",
                f"CREATE TRIGGER {self.name} BEFORE {' OR '.join(self.events)} ON {self.table} "
                f"FOR EACH ROW EXECUTE FUNCTION {self.name}()",
            ]
        raise NotImplementedError(f"No guard support for the {vendor} database.")

    def drop_sql(self, vendor: str) -> list[str]:
        if vendor == "sqlite":
            return [f"DROP TRIGGER IF EXISTS {self.name}_{event.lower()}" for event in self.events]
        return [
            f"DROP TRIGGER IF EXISTS {self.name} ON {self.table}",
            f"DROP FUNCTION IF EXISTS {self.name}()",
        ]

    def installed_sql(self, vendor: str) -> str:
        """A query counting this guard's triggers in the database."""
        if vendor == "sqlite":
            return (
                f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{self.name}\\_%' ESCAPE '\\'"
            )
        return f"SELECT COUNT(*) FROM pg_trigger WHERE tgname = '{self.name}'"

    @property
    def trigger_count(self) -> dict[str, int]:
        return {"sqlite": len(self.events), "postgresql": 1}


class _SchemaOperation(migrations.operations.base.Operation):
    """A migration step that runs vendor-specific SQL and leaves model state untouched."""

    reduces_to_sql = True
    reversible = True

    def state_forwards(self, app_label, state) -> None:
        pass

    def _run(self, schema_editor, statements: list[str]) -> None:
        for statement in statements:
            schema_editor.execute(statement, params=None)


class CreateGuard(_SchemaOperation):
    """Create the triggers of a Guard."""

    def __init__(self, guard: Guard):
        self.guard = guard

    def deconstruct(self):
        return (self.__class__.__name__, [self.guard], {})

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        self._run(schema_editor, self.guard.create_sql(schema_editor.connection.vendor))

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        self._run(schema_editor, self.guard.drop_sql(schema_editor.connection.vendor))

    def describe(self) -> str:
        return f"Create database guard {self.guard.name}"


@dataclass(frozen=True)
class View:
    """A read-only SQL view valid in both databases."""

    name: str
    query: str


class CreateView(_SchemaOperation):
    """Create an SQL view (used by guards that need a recursive query)."""

    def __init__(self, view: View):
        self.view = view

    def deconstruct(self):
        return (self.__class__.__name__, [self.view], {})

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        self._run(schema_editor, [f"CREATE VIEW {self.view.name} AS {self.view.query}"])

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        self._run(schema_editor, [f"DROP VIEW IF EXISTS {self.view.name}"])

    def describe(self) -> str:
        return f"Create view {self.view.name}"
