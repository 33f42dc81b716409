"""Fixtures shared by the impersonation rule tests: the test Trust's scorer, with and without an executive."""

import pytest

from classifiers.impersonation import ImpersonationScorer
from tests.support.impersonation import kingsmere_scorer


@pytest.fixture
def scorer() -> ImpersonationScorer:
    return kingsmere_scorer()


@pytest.fixture
def scorer_with_executive() -> ImpersonationScorer:
    return kingsmere_scorer(executives=[{"name": "Dr Maren Holtby", "role": "Chief Executive"}])
