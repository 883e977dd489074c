"""The Pelican glue: registration, the generator, releases, downloads, redirects and search."""
