import os

import pytest

# Qt needs a platform; tests run without a display (CI, SSH).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# "Today" for the date-relative warnings (event-old, event-future): the fixtures are
# May 2024 exports, so the suite checks them as of June 2024, whatever the clock says.
os.environ.setdefault("OFFLINE_GUI_TODAY", "2024-06-15")

# The CLI and the app follow the locale: pin English so the English assertions hold on any
# machine (tests of Turkish choose it explicitly, or set their own environment).
os.environ["LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that switched to Turkish (e.g. `check --lang tr` run in-process) leaves English behind."""
    yield
    from offline_gui import i18n
    i18n.set_language("en")
