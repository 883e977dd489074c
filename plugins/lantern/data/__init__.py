"""The data layer: the contract as typed records, reading, validating and loading a release.

Nothing here imports the present, embeds or site layers, or Pelican.
"""
