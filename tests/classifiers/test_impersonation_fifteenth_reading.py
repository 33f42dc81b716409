"""Changes written after the fifteenth impersonation reading (docs/decisions/0098), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import scam_cues
from tests.support.impersonation import evidence_names, score_account

TEAM_BIO = "{}our critical care unit at Kingsmere General. Celebrating our staff. Not monitored for clinical questions."


def test_a_page_calling_itself_a_teams_account_goes_to_the_digest(scorer: ImpersonationScorer) -> None:
    fields = {"handle": "kingsmere_general_ward11", "display_name": "Kingsmere General critical care"}
    plain = score_account(scorer, "instagram", description=TEAM_BIO.format("News from "), **fields)
    team = score_account(scorer, "instagram", description=TEAM_BIO.format("Team account for "), **fields)
    assert plain.verdict is Verdict.IMPERSONATION
    assert team.verdict is Verdict.SUSPICIOUS
    assert "team_page" in evidence_names(team)


def test_a_team_page_with_scam_wording_is_still_impersonation(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        "instagram",
        handle="kingsmere_general_ward11",
        display_name="Kingsmere General critical care",
        description="Team account for our critical care unit at Kingsmere General. Refunds for parking: DM us.",
    )
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    "description",
    [
        "Integrated care board for Kingsmere Valley. Health advice: NHS 111.",
        "Official council account for Kingsmere Valley Hospitals' town. Mon-Fri 9am-5pm.",
    ],
    ids=["integrated care board", "council"],
)
def test_another_public_body_of_the_same_place_is_not_flagged(scorer: ImpersonationScorer, description: str) -> None:
    verdict = score_account(
        scorer, "x", handle="NKValley", display_name="NHS Kingsmere Valley Hospitals", description=description
    )
    assert verdict.verdict is not Verdict.IMPERSONATION
    assert "disclaimer" in evidence_names(verdict)


@pytest.mark.parametrize(
    "description",
    [
        "Hospital fundraising page. Please give to save baby's life, urgent operation needed",
        "Little Amelia needs surgery that isn't available on the NHS. The hospital set up this page for donations.",
    ],
    ids=["save baby's life", "not on the NHS"],
)
def test_an_appeal_for_one_patients_operation_in_the_charitys_name_is_impersonation(
    scorer: ImpersonationScorer, description: str
) -> None:
    verdict = score_account(
        scorer,
        "x",
        handle="carepatient1135",
        display_name="Kingsmere Valley Hospitals Charity",
        description=description,
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "personal_appeal" in {cue.cue for cue in scam_cues(description)}


@pytest.mark.parametrize(
    "text",
    ["Give blood, save a life. Sessions at Kingsmere General.", "Organ donation saves lives - register today."],
)
def test_donor_campaigns_are_not_a_personal_appeal(text: str) -> None:
    assert "personal_appeal" not in {cue.cue for cue in scam_cues(text)}


def test_formerly_a_fan_page_is_not_a_parody_label(scorer: ImpersonationScorer) -> None:
    fields = {"handle": "community_6883", "display_name": "Kingsmere Valley Hospitals NHS Foundation Trust"}
    renamed = score_account(scorer, "x", description="Formerly a fan page. Rebranding.", **fields)
    labelled = score_account(scorer, "x", description="Fan page. Rebranding.", **fields)
    assert renamed.verdict is Verdict.IMPERSONATION
    assert labelled.verdict is Verdict.PARODY_LABELLED
