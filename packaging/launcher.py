"""The bundled program's entry point: the same `dla` command line as from source."""

import sys

from digital_literacy_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
