"""Coalition sync's foundations: members' keys, signed and encrypted files, the shared folder's layout,
and one sync's two halves (:mod:`tracker.sync.exchange`: send this computer's changes, take in the others').

No Qt and no SQL here: capturing and applying changesets is :mod:`db.changeset`.
The file format, what a folder's host can see and the threat model are in docs/sync.md.
"""
