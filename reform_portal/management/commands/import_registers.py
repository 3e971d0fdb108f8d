"""``manage.py import_registers FILE --kind offices|coverage|… [--dry-run]``: the admin's register
import for scripted loads, with the same resources, services and all-or-nothing rule."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from reform_portal.registers import FORMATS, REGISTERS, register_resource

FORMAT_BY_SUFFIX = {f".{fmt().get_extension()}": fmt for fmt in FORMATS}


class Command(BaseCommand):
    help = (
        "Import a register (CSV or XLSX, as exported from the admin). Rows are matched to existing "
        "records by their natural code; unchanged rows are not written. If any row has a problem, "
        "nothing is saved and every problem is listed by line and column (line 1 is the header)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="The .csv or .xlsx file to import.")
        parser.add_argument("--kind", required=True, choices=sorted(REGISTERS), help="Which register the file holds.")
        parser.add_argument("--dry-run", action="store_true", help="Check and count the rows, save nothing.")
        parser.add_argument("--reason", help="Reason kept in the history (default: names the file).")
        parser.add_argument("--user", help="Username recorded as the author of the changes (default: none).")

    def handle(self, *args, file: Path, kind: str, dry_run: bool, reason: str | None, user: str | None, **options):
        dataset = self._read(file)
        resource = register_resource(kind)(
            actor=self._actor(user),
            reason=reason or _("Imported from {file}").format(file=file.name),
        )
        result = resource.import_data(dataset, dry_run=dry_run)
        counts = _("{new} new, {changed} changed, {unchanged} unchanged").format(**result.counts)
        if result.refused:
            for problem in result.problems:
                self.stderr.write(self._describe(problem))
            raise CommandError(
                _("Nothing was saved: {count} problem(s) in {file} ({counts} rows checked).").format(
                    count=len(result.problems), file=file.name, counts=counts
                )
            )
        if dry_run:
            self.stdout.write(_("Dry run, nothing saved: {counts}.").format(counts=counts))
        else:
            self.stdout.write(self.style.SUCCESS(_("Imported {file}: {counts}.").format(file=file.name, counts=counts)))

    def _read(self, file: Path):
        fmt = FORMAT_BY_SUFFIX.get(file.suffix.lower())
        if fmt is None:
            raise CommandError(_("Give a .csv or .xlsx file, not {file}.").format(file=file.name))
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(str(error)) from error
        fmt = fmt(encoding="utf-8-sig")
        return fmt.create_dataset(data)

    def _actor(self, username: str | None):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("There is no user {username}.").format(username=username))
        return user

    def _describe(self, problem) -> str:
        if problem.column:
            return _("line {line}, column {column}: {message}").format(
                line=problem.line, column=problem.column, message=problem.message
            )
        return _("line {line}: {message}").format(line=problem.line, message=problem.message)
