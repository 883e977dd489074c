"""The vocabulary every layer shares: units, shorthand codes, polarity and periods.

It imports nothing from Lantern.
"""
