"""``python -m historiograph`` runs the command line."""

from historiograph.cli import main

main()
