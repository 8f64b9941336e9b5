"""Thin launcher: ``python main.py [--db PATH]`` opens the app; subcommands work too."""

from tracker.launcher import entry_point

if __name__ == "__main__":
    entry_point()
