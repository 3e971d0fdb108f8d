#!/usr/bin/env python
"""Django's command-line utility for the reform portal."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reform_portal.settings")
    # manage.py is the developer's tool: without DEBUG in the environment it runs on the
    # development defaults. The served portal (gunicorn reform_portal.wsgi) defaults to
    # DEBUG off and refuses to start without its secrets; in production, run management
    # commands with DEBUG=0 and the same environment as the server.
    os.environ.setdefault("DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
