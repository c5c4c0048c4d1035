import os

# Qt needs a platform; tests run without a display (CI, SSH).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
