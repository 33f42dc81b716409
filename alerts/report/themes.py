"""Themes of the week: words and phrases that set the negative mentions apart (weighted log-odds)."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_THEMES = 10
# Weeks of mentions (this one included) that smooth which words count as unusual.
THEME_PRIOR_WEEKS = 4


# Common English function words, social-media filler and words every hospital post uses; the
# Trust's own names are added per report. A stop-word list, not a model: the themes are a pointer
# for reading the posts, and the report says so.
_STOP_WORDS_TEXT = """
a about above after again against all almost also although always am among an and another any anyone
anything are aren't around as at away back be became because become been before being below between
both but by came can can't cannot come could couldn't did didn't do does doesn't doing don't done down
during each either else enough etc even ever every everyone everything few for from further get gets
getting go goes going gone got had hadn't has hasn't have haven't having he he'd he'll he's her here
here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's
its itself just know last let let's like made make many may me might mine more most much must mustn't
my myself near need needs never new next no nor not nothing now of off often oh ok okay on once one
only or other others otherwise our ours ourselves out over own per perhaps please put quite rather
re really said same say says see seem seemed seems seen several shall shan't she she'd she'll she's
should shouldn't since so some someone something still such sure take than that that's the their
theirs them themselves then there there's these they they'd they'll they're they've thing things think
this those though through thus till to today told too took toward towards two under until up upon us
use used very via want wanted was wasn't way we we'd we'll we're we've well went were weren't what
what's whatever when when's where where's whether which while who who's whom whose why why's will
with within without won't would wouldn't yes yet you you'd you'll you're you've your yours yourself
yourselves amp rt lol im ive dont cant wont didnt doesnt isnt thats theres youre day days week weeks
year years yesterday tomorrow tonight morning afternoon evening hospital hospitals nhs trust
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w/])(?:@|u/|r/)\w+")
_MARKER = re.compile(r"\[[^\]]{1,40}\]")
# A phrase never spans a sentence or clause break: "never arrived, waiting times" is two thoughts.
_BREAK = re.compile(r"[.,;:!?()\[\]\"\n\N{EM DASH}\N{EN DASH}]|\s-\s")
_WORD = re.compile(r"[a-z0-9][a-z0-9&'\N{RIGHT SINGLE QUOTATION MARK}]*[a-z0-9]|[a-z]")
_TOKEN = re.compile(rf"{_WORD.pattern}|\|")


@dataclass(frozen=True, slots=True)
class Theme:
    """A word or two-word phrase over-represented in negative mentions."""

    term: str
    negative_mentions: int
    other_mentions: int
    z_score: float


def tokens(text: str, excluded: frozenset[str] = frozenset()) -> list[str]:
    """Lower-cased words of a post, with links, handles and redaction markers removed.

    Stop-words and `excluded` words come back as "" so that callers never pair words that were not
    next to each other in the post into a phrase.
    """
    text = _MARKER.sub(" | ", _HANDLE.sub(" | ", _URL.sub(" | ", text.lower())))
    text = _BREAK.sub(" | ", text)
    words = []
    for match in _TOKEN.finditer(text):
        if match.group(0) == "|":
            words.append("")
            continue
        word = match.group(0).replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").strip("'")
        if word.endswith("'s"):
            word = word[:-2]
        keep = len(word) >= 3 and not word.isdigit() and word not in STOP_WORDS and word not in excluded
        words.append(word if keep or word == "a&e" else "")
    return words


def terms(text: str, excluded: frozenset[str] = frozenset()) -> set[str]:
    """The distinct words and adjacent two-word phrases of a post (stop-words never count)."""
    words = tokens(text, excluded)
    found = {word for word in words if word}
    found.update(f"{first} {second}" for first, second in itertools.pairwise(words) if first and second)
    return found


def frequent_negative_terms(
    negative_texts: Sequence[str],
    other_texts: Sequence[str],
    background_texts: Sequence[str] = (),
    *,
    excluded: Iterable[str] = (),
    limit: int = MAX_THEMES,
    min_mentions: int = 2,
) -> list[Theme]:
    """Words and phrases that set the negative mentions apart from the rest of the week.

    The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn,
    2008, "Fightin' Words"): each term's log-odds in negative mentions minus its log-odds in the
    other mentions, smoothed by its frequency in `background_texts` (all mentions of recent weeks,
    scaled to weigh as much as this week) and divided by its standard error, so a word in two posts
    cannot outrank one in twenty by chance. Terms count once per mention, so one long post repeating
    a word does not make a theme. A term must appear in at least `min_mentions` negative mentions.
    A phrase hides the single words it contains when they add little beyond it.
    """
    excluded_words = frozenset(word for phrase in excluded for word in tokens(phrase) if word) | frozenset(
        word.lower() for phrase in excluded for word in phrase.split()
    )
    negative_counts = Counter(term for text in negative_texts for term in terms(text, excluded_words))
    other_counts = Counter(term for text in other_texts for term in terms(text, excluded_words))
    background = Counter(term for text in background_texts for term in terms(text, excluded_words))
    background.update(negative_counts)
    background.update(other_counts)
    negative_total = sum(negative_counts.values())
    other_total = sum(other_counts.values())
    background_total = sum(background.values())
    if not negative_total or not background_total:
        return []
    prior_total = float(negative_total + other_total)
    scale = prior_total / background_total

    scored = []
    for term, in_negative in negative_counts.items():
        if in_negative < min_mentions:
            continue
        prior = background[term] * scale
        in_other = other_counts.get(term, 0)
        log_odds_negative = math.log((in_negative + prior) / (negative_total + prior_total - in_negative - prior))
        log_odds_other = math.log((in_other + prior) / (other_total + prior_total - in_other - prior))
        variance = 1.0 / (in_negative + prior) + 1.0 / (in_other + prior)
        z_score = (log_odds_negative - log_odds_other) / math.sqrt(variance)
        if z_score > 0:
            scored.append(Theme(term, in_negative, in_other, z_score))
    scored.sort(key=lambda theme: (-theme.z_score, -theme.negative_mentions, theme.term))

    chosen: list[Theme] = []
    for theme in scored:
        words = theme.term.split()
        if len(words) == 1 and any(
            theme.term in kept.term.split() and theme.negative_mentions <= kept.negative_mentions * 1.25
            for kept in chosen
        ):
            continue
        if len(words) == 2:
            chosen = [
                kept
                for kept in chosen
                if not (kept.term in words and kept.negative_mentions <= theme.negative_mentions * 1.25)
            ]
        chosen.append(theme)
    return chosen[:limit]
