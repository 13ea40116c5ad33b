"""The `usperu` command's entry point, and `python -m usperu`.

Kept tiny and imported first, so that Ctrl-C is handled before anything heavy is
imported: an interrupt at any moment exits 130 without a traceback.
"""

import signal
import sys
from typing import Any, NoReturn

EXIT_INTERRUPTED = 130


def _interrupted(signum: int, frame: Any) -> NoReturn:
    raise SystemExit(EXIT_INTERRUPTED)


def main() -> NoReturn:
    """Run the usperu command line and exit with its exit code."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _interrupted)
    from .cli import run

    sys.exit(run())


if __name__ == "__main__":
    main()
