"""The Pelican glue and the page families."""
