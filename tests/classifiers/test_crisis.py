from __future__ import annotations

import pytest

from classifiers.crisis import INTENT_SCORE, states_intent_to_end_life
from classifiers.model import TextScores
from classifiers.sentiment import raise_stated_intent


@pytest.mark.parametrize(
    "text",
    [
        "honestly I am going to kill myself tonight",
        "I'm feeling suicidal and nobody from the crisis team has called back",
        "I just want to die",
        "going to take all of my tablets when I get home",
        "thinking of ending my life",
    ],
)
def test_plain_statements_of_intent_are_recognised(text: str) -> None:
    assert states_intent_to_end_life(text)


@pytest.mark.parametrize(
    "text",
    [
        "I thought I was going to die and the A&E team saved me",
        "The suicide prevention training for staff was excellent",
        "my son tried to take his tablets but the nurse helped",
        "Killing time in the waiting room for three hours",
        "They ended the clinic early and I never woke up to the text",
    ],
)
def test_talk_of_death_or_crisis_that_states_no_intent_is_left_to_the_model(text: str) -> None:
    assert not states_intent_to_end_life(text)


def scores(safeguarding: float) -> TextScores:
    return TextScores(
        heads={
            "sentiment": {"label": "negative", "scores": {"negative": 0.9, "neutral": 0.05, "positive": 0.05}},
            "safeguarding": {"label": "safeguarding", "scores": {"safeguarding": safeguarding}},
        }
    )


def test_a_stated_intent_raises_a_low_score_to_urgent_and_leaves_the_rest_alone() -> None:
    raised = raise_stated_intent("I am going to end my life this weekend", scores(0.02))
    assert raised.heads["safeguarding"]["scores"]["safeguarding"] == INTENT_SCORE
    assert raised.sentiment == scores(0.02).sentiment
    assert raise_stated_intent("the parking was awful", scores(0.02)) == scores(0.02)


def test_a_classifier_without_a_safeguarding_head_is_not_given_one() -> None:
    plain = TextScores(heads={"sentiment": {"label": "neutral", "scores": {"neutral": 1.0}}})
    assert raise_stated_intent("I want to kill myself", plain) is plain
