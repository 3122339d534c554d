"""The command line: thin commands over the library. Each command parses its options, calls
one library function and turns a :class:`summarizer.errors.SummarizerError` into one line and
an exit code.
"""
