"""Topic assignment: a fact belongs to every topic whose rules in topics.yaml match its text."""

from __future__ import annotations

from generator.config import Topic


def classify(text: str, topics: tuple[Topic, ...]) -> list[str]:
    return [topic.id for topic in topics if topic.matches(text)]
