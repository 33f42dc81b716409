"""Colours of the report's charts and tables."""

from __future__ import annotations

# NHS identity colours (England.nhs.uk identity guidelines) and the NHS.UK frontend's text colours,
# which pass WCAG AA on white.
NHS_BLUE = "#005eb8"
NHS_RED = "#d5281b"
NHS_GREEN = "#007f3b"
NHS_GREY = "#4c6272"
NHS_MID_GREY = "#768692"
NHS_PALE_GREY = "#e8edee"
TEXT_COLOUR = "#212b32"
SOURCE_COLOURS = ("#005eb8", "#ffb81c", "#00a499", "#330072", "#41b6e6", "#ae2573", "#ed8b00")
OTHER_COLOUR = NHS_MID_GREY
MAX_SOURCES_CHARTED = len(SOURCE_COLOURS)
SENTIMENT_COLOURS = {"negative": NHS_RED, "neutral": NHS_GREY, "positive": NHS_GREEN}

TAKEDOWN_COLOURS = {
    "drafted": NHS_MID_GREY,
    "requested": NHS_BLUE,
    "removed": NHS_GREEN,
    "refused": NHS_RED,
    "expired": "#ed8b00",
}
