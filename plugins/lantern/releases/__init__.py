"""Releases: git tags, what changed between releases, the pages as they stood, and what
updates quoted that was revised since. No Pelican.
"""
