"""The ``{{ kind arguments }}`` embeds authors write in Markdown: registry, parser, extension."""
