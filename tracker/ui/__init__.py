"""The desktop app's widgets, models and dialogs (the only part of Policy Tracker that imports Qt)."""
