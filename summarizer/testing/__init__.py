"""Tools for tests, benchmarks and cassette authoring: a stub OpenAI-compatible server and the
helpers that write authored cassettes. Nothing in the core package imports this.
"""
