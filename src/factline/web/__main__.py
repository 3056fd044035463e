"""`python -m factline.web [--host H] [--port P] [--db URL]`: serve the web UI.

The token for writes comes from $FACTLINE_TOKEN only, never the command line, where other users
of the machine could read it in the process list.
"""

from __future__ import annotations

import argparse

from factline.web import serve


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m factline.web", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--db", default=None, help="database URL, e.g. sqlite:///factline.db")
    arguments = parser.parse_args()
    serve(arguments.host, arguments.port, arguments.db)


if __name__ == "__main__":
    main()
