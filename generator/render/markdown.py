"""Safe Markdown and HTML from article text: shown as text, never run as code or markup."""

from __future__ import annotations

import html
import re

# Python-Markdown's escapable characters (plus '|', which the tables extension adds).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|])")


def md_text(text: str) -> str:
    """Article or editor text as inert inline Markdown: escaped for Markdown and for HTML."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", escaped)


def html_text(text: str) -> str:
    return html.escape(text, quote=True)


def format_date(iso: str | None) -> str:
    if not iso:
        return "undated"
    import datetime as dt

    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%B %Y')}"
