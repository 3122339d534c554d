"""``python -m summarizer`` runs the CLI."""

from summarizer.cli.app import main

main()
