"""Talking to a model: settings and HTTP clients, the attempt loop (instructor), retries and
the rate gate, prompts, cassettes (recorded HTTP), the local llama.cpp server and the batch API.

Where new code goes:
- a new provider mode (how the schema is sent and the answer read): a plan in :mod:`.attempts`
  or a module beside :mod:`.llamacpp`, chosen by name in :func:`.summarize._plan`;
- a new transport concern (replay, retry, pacing): an httpx transport in :mod:`.retry`,
  :mod:`.ratelimit` or :mod:`.cassettes`; transports are the plug-in point, as in httpx.
"""
