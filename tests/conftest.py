import os

# Qt needs a platform; tests run without a display (CI, SSH).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# "Today" for the date-relative warnings (event-old, event-future): the fixtures are
# May 2024 exports, so the suite checks them as of June 2024, whatever the clock says.
os.environ.setdefault("OFFLINE_GUI_TODAY", "2024-06-15")
