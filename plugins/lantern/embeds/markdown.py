"""The Python-Markdown extension that fills ``{{ … }}`` embeds from the data.

A line holding only a chart or table embed becomes a figure; any other embed
is replaced inline. The HTML goes through Markdown's ``htmlStash`` so it is
not escaped or re-wrapped. A wrong reference stops the build with
``content/path.md:LINE: …`` and the allowed values, never a silent blank.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from lantern.embeds.context import SOURCE_PATH, EmbedContext
from lantern.embeds.copy_blocks import CopyBlocks
from lantern.embeds.kind import DirectiveError, InlineFigure
from lantern.embeds.parser import DIRECTIVE, parse
from lantern.vocab.language import _

# A page's metadata lines (``Title: …``) at the top, as Python-Markdown's meta extension reads.
METADATA = re.compile(r"^[ ]{0,3}[A-Za-z0-9_-]+:\s*")
# The opening or closing line of a fenced code block.
FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
# An inline code span.
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
# A line indented as code (four spaces or a tab), and the first line of a list item, whose
# indented lines are the item's own text, not code.
INDENTED = re.compile(r"^(?: {4}|\t)")
LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[*+-]|\d+[.)])\s")


def indented_code_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that Markdown reads as an indented code block: indented
    four spaces after a blank line (or another code line), and not inside a list."""
    code: set[int] = set()
    blank_before, in_code, in_list = True, False, False
    for index, line in enumerate(lines):
        blank = not line.strip()
        if in_code and not blank and not INDENTED.match(line):
            in_code = False
        if not in_code and not blank and blank_before and not in_list and INDENTED.match(line):
            in_code = True
        if in_code:
            code.add(index)
        if LIST_ITEM.match(line):
            in_list = True
        elif not blank and not INDENTED.match(line):
            in_list = False
        blank_before = blank
    return code


class EmbedError(Exception):
    """An embed that cannot be filled; the message starts with ``path:line:``."""


class EmbedPreprocessor(Preprocessor):
    """Replace every ``{{ … }}`` with stashed HTML before Markdown parses the text.

    It runs before the metadata is stripped, so list positions are the file's
    line numbers.
    """

    def __init__(
        self, md: Markdown, context: Callable[[], EmbedContext], copies: dict[str, str]
    ) -> None:
        super().__init__(md)
        self.context = context
        # An inline figure's placeholder → its copy block's, for ``CopyBlocks`` to place.
        self.copies = copies

    def run(self, lines: list[str]) -> list[str]:
        """Fill the embeds of one document; code (fenced, indented or in backticks) is left
        as written, and an embed in the metadata is refused."""
        self.copies.clear()
        output: list[str] = []
        anchors: dict[str, int] = {}
        fence: str | None = None
        header = bool(lines) and METADATA.match(lines[0]) is not None
        indented = indented_code_lines(lines)
        for number, line in enumerate(lines, start=1):
            header = header and bool(line.strip())
            opened = FENCE.match(line)
            if opened and (fence is None or opened.group(1).startswith(fence)):
                fence = opened.group(1)[:3] if fence is None else None
            in_code = fence is not None or opened or (number - 1 in indented and not header)
            if "{{" not in line or in_code:
                output.append(line)
                continue
            try:
                if header:
                    raise DirectiveError(
                        "embeds are not filled in a page's metadata (Title:, Summary: …); "
                        "write the figure in the text"
                    )
                output.extend(self._line(line, anchors))
            except DirectiveError as error:
                message = f"{SOURCE_PATH.get()}:{number}: {error}"
                self.context().problems.append(message)
                raise EmbedError(message) from None
        return output

    def _line(self, line: str, anchors: dict[str, int]) -> list[str]:
        whole = DIRECTIVE.fullmatch(line.strip())
        if whole:
            embed = parse(whole.group(1))
            if embed.kind.block:
                words = embed.words or (embed.kind.family, embed.options.get("theme", ""))
                html = embed.kind.render(embed, self.context(), _anchor(words, anchors))
                return ["", self.md.htmlStash.store(html), ""]

        def replace(match: Any) -> str:
            embed = parse(match.group(1))
            if embed.kind.block:
                raise DirectiveError(f"'{embed.kind.family}' must be on a line of its own")
            return self._stash(embed.kind.render(embed, self.context(), ""))

        # Text in backticks is code: `{{ value 2A1 }}` shows the embed as written.
        pieces, end = [], 0
        for code in CODE_SPAN.finditer(line):
            pieces += [DIRECTIVE.sub(replace, line[end : code.start()]), code.group(0)]
            end = code.end()
        return ["".join([*pieces, DIRECTIVE.sub(replace, line[end:])])]

    def _stash(self, rendered: str | InlineFigure) -> str:
        """Keep an embed's HTML out of Markdown's way; note where a figure's copy block goes."""
        if not isinstance(rendered, InlineFigure):
            return str(self.md.htmlStash.store(rendered))
        placeholder = str(self.md.htmlStash.store(rendered.html))
        self.copies[placeholder] = str(self.md.htmlStash.store(rendered.copy))
        return placeholder


def _anchor(args: tuple[str, ...], anchors: dict[str, int]) -> str:
    """A stable, unique id for a figure on its page: ``trend-2a1``, ``trend-2a1-2``."""
    base = re.sub(r"[^a-z0-9]+", "-", "-".join(args).lower()).strip("-")
    anchors[base] = anchors.get(base, 0) + 1
    return base if anchors[base] == 1 else f"{base}-{anchors[base]}"


class AccessibleTables(Treeprocessor):
    """Give Markdown tables what a screen reader needs: a caption and header scopes.

    The caption is the nearest heading above the table, which is what a
    sighted reader takes the table to be about.
    """

    def run(self, root: Any) -> None:
        """Add a caption and ``scope="col"`` to every table written in Markdown."""
        heading = _("Table")
        for index, element in enumerate(list(root)):
            if element.tag in ("h2", "h3", "h4", "h5", "h6"):
                heading = "".join(element.itertext()).strip() or heading
            if element.tag != "table":
                continue
            if element.find("caption") is None:
                caption = element.makeelement("caption", {})
                caption.text = heading
                element.insert(0, caption)
            for cell in element.iter("th"):
                cell.set("scope", "col")
            attributes = {
                "class": "table-scroll",
                "tabindex": "0",
                "role": "region",
                "aria-label": heading,
            }
            wrapper = element.makeelement("div", attributes)
            root.remove(element)
            wrapper.append(element)
            root.insert(index, wrapper)


class HeadingAnchors(Treeprocessor):
    """Give every section heading a stable id and a visible "link to this" mark.

    The id comes from the heading's words (``## Paid employment`` → ``#paid-employment``),
    so a councillor's link to a section keeps working while the heading stays the same.
    """

    def run(self, root: Any) -> None:
        """Add ``id`` and an anchor link to each h2-h4 written in Markdown."""
        used: dict[str, int] = {}
        for element in root.iter():
            if element.tag not in ("h2", "h3", "h4"):
                continue
            text = "".join(element.itertext()).strip()
            base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"
            used[base] = used.get(base, 0) + 1
            anchor_id = element.get("id") or (base if used[base] == 1 else f"{base}-{used[base]}")
            element.set("id", anchor_id)
            link = element.makeelement("a", {"class": "anchor-link", "href": f"#{anchor_id}"})
            hidden = link.makeelement("span", {"class": "visually-hidden"})
            hidden.text = _("Link to this section")
            mark = link.makeelement("span", {"aria-hidden": "true"})
            mark.text = "#"
            link.extend([hidden, mark])
            if len(element):
                element[-1].tail = (element[-1].tail or "") + " "
            else:
                element.text = (element.text or "") + " "
            element.append(link)


class EmbedExtension(Extension):
    """Registers the preprocessor; ``context`` returns what embeds are filled from."""

    def __init__(self, context: Callable[[], EmbedContext], **kwargs: Any) -> None:
        self.context = context
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        """Run after whitespace is normalised and before the metadata is removed."""
        copies: dict[str, str] = {}
        md.preprocessors.register(EmbedPreprocessor(md, self.context, copies), "lantern_embeds", 28)
        md.treeprocessors.register(CopyBlocks(md, copies), "lantern_copy_blocks", 15)
        md.treeprocessors.register(AccessibleTables(md), "lantern_tables", 5)
        md.treeprocessors.register(HeadingAnchors(md), "lantern_heading_anchors", 4)
