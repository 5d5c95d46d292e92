"""Rendering: typed facts -> Markdown pages (pure), verified before any builder sees them."""
