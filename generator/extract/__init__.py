"""Extraction: article text -> facts, as a chain of pure stages.

`text` (clean lines, sentences) -> `metadata` (outlet, title, date) -> `actors` (mentions and
discovered people) -> `quotes` (attributed direct speech) -> `claims` (demands and proposals)
-> `topics`; `article` runs them for one seed, `corpus` merges seeds and corroborates.
"""
