"""Text primitives every layer reads with: folding, normalising, and the word tables.

The bottom layer: it imports nothing from the rest of the package, so verification and
evaluation can agree on what a number word, a month or a stop word is.
"""
