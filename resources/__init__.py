"""Icons, styles and other assets shipped with Policy Tracker (read with importlib.resources)."""
