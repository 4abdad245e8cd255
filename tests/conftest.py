"""Test-wide settings: the Hypothesis profiles.

``ci`` (chosen when the ``CI`` environment variable is set) runs 500 examples per property;
``dev`` (the default elsewhere) runs 100. ``HYPOTHESIS_PROFILE`` picks one by name. Neither
has a deadline: parse times vary with the machine, and slow inputs are the benchmark's job.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)
