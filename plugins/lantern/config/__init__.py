"""Configuration: the typed settings, their checks, and every address on the site."""
