"""HANDOVER_RETENTION_DAYS: 365 by default, 90–3650 accepted, anything else stops startup with one line."""

from __future__ import annotations

import pytest

from bot.settings import SettingsError, load_settings
from tests.test_settings_claim_idle import env  # noqa: F401 (fixture)


def test_retention_days_are_read_and_checked(env: pytest.MonkeyPatch) -> None:  # noqa: F811
    assert load_settings().retention_days == 365
    for ok in ("90", " 3650 ", "400"):
        env.setenv("HANDOVER_RETENTION_DAYS", ok)
        assert load_settings().retention_days == int(ok)
    for bad in ("89", "3651", "0", "-5", "1y", "", "36.5"):
        env.setenv("HANDOVER_RETENTION_DAYS", bad)
        with pytest.raises(SettingsError) as err:
            load_settings()
        said = str(err.value)
        assert "HANDOVER_RETENTION_DAYS must be a whole number of days from 90 to 3650" in said, said
        assert "\n" not in said and repr(bad) in said
