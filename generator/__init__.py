"""Static briefing-site generator: news articles -> YAML facts -> footnoted MkDocs site."""

__version__ = "0.1.0"
