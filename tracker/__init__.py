"""Policy Tracker: follow, country by country, whether governments act on recommendations.

The package's non-UI modules (scoring, exports, preferences, cli) import no Qt;
the desktop app lives in the modules that do, imported only when a window is needed.
"""

__version__ = "0.1.0"
