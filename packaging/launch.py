"""Entry script for frozen desktop builds (PyInstaller)."""

import multiprocessing
import sys

from offline_gui.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of a frozen app start through here
    sys.exit(main())
