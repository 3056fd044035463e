"""`python -m factline`: the command line."""

from factline.cli import main

main()
