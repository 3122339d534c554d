"""summarizer: structured, verifiable summaries of news articles, and an eval harness."""
