"""Placing each inline figure's "Copy this figure" block where HTML allows it.

A ``<details>`` may not sit inside a paragraph or a heading, so the block of a
figure written mid-sentence goes just after the paragraph (or heading) that
holds it; in a list item, table cell or quotation, which may hold blocks, it
goes at the end of that element. Several figures in one paragraph share one
row of blocks, in the order they appear.
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

# Elements whose content may only be phrasing: a block must go after them.
PHRASING_ONLY = ("p", "h1", "h2", "h3", "h4", "h5", "h6")
# Elements that may hold a block at their end.
HOLDS_BLOCKS = ("li", "td", "th", "dd", "dt", "blockquote", "div")
ROW_CLASS = "copy-figures"


def _own_text(element: Any) -> str:
    """The text directly inside ``element``: before its first child and after each child."""
    return (element.text or "") + "".join(child.tail or "" for child in element)


class CopyBlocks(Treeprocessor):
    """Move each copy block next to the block holding its figure.

    ``copies`` maps the placeholder of a figure's HTML to the placeholder of
    its copy block, both from Markdown's ``htmlStash``; the stash fills them in
    after this runs.
    """

    def __init__(self, md: Markdown, copies: dict[str, str]) -> None:
        super().__init__(md)
        self.copies = copies

    def run(self, root: Any) -> None:
        """Add a row of copy blocks after (or inside) each block that holds figures."""
        if not self.copies:
            return
        parents = {child: parent for parent in root.iter() for child in parent}
        rows: dict[Any, list[str]] = {}
        for element in list(root.iter()):
            text = _own_text(element)
            found = [figure for figure in self.copies if figure in text]
            if not found:
                continue
            host = element
            while host.tag not in PHRASING_ONLY + HOLDS_BLOCKS and host in parents:
                host = parents[host]
            rows.setdefault(host, []).extend(found)
        everything = "".join(root.itertext())
        for host, figures in rows.items():
            figures.sort(key=everything.find)
            self._place(host, parents.get(host, root), [self.copies[f] for f in figures])

    def _place(self, host: Any, parent: Any, copies: list[str]) -> None:
        row = host.makeelement("div", {"class": ROW_CLASS})
        row.text = "".join(copies)
        if host.tag in PHRASING_ONLY:
            row.tail = host.tail
            host.tail = None
            parent.insert(list(parent).index(host) + 1, row)
        else:
            host.append(row)
