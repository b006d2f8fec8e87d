"""Template filters the pages share."""

from typing import Any

from django import template

register = template.Library()


@register.filter
def get(mapping: dict[str, Any], key: str) -> Any:
    """`mapping[key]`, or None: a dictionary look-up with a key from the page."""
    return mapping.get(key)
