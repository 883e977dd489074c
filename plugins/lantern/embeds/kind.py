"""What an embed kind is, and one embed as an author wrote it.

Each kind of ``{{ … }}`` is one ``EmbedKind`` in ``registry.py``; the parser,
the Markdown extension and the documentation test read nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lantern.embeds.context import EmbedContext


class DirectiveError(ValueError):
    """An embed that cannot be understood or filled; the message says what is allowed."""


@dataclass(frozen=True)
class Embed:
    """One parsed ``{{ … }}``: its kind, positional arguments, options and the words written.

    ``words`` are every word after the first (a chart's type included): a block's
    anchor on the page is made from them.
    """

    kind: EmbedKind
    args: tuple[str, ...]
    options: dict[str, str] = field(default_factory=dict)
    text: str = ""
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class InlineFigure:
    """An inline figure's HTML and its "Copy this figure" block.

    The block cannot sit inside the sentence (a paragraph may not hold a
    ``<details>``), so the Markdown extension places it after the paragraph,
    list item or table cell the figure is in.
    """

    html: str
    copy: str


Render = Callable[[Embed, EmbedContext, str], str | InlineFigure]


@dataclass(frozen=True)
class EmbedKind:
    """One kind of embed.

    ``name`` is what the author writes first (``value``, ``chart trend``);
    ``block`` kinds stand on a line of their own and become a figure or table;
    ``arguments`` name the positional words; ``options`` the ``key=value`` words
    allowed; ``needs`` and ``example`` make the usage line shown when an embed
    is written wrongly; ``render`` returns the HTML (given the embed, the
    context and, for a block, its anchor).
    """

    name: str
    block: bool
    arguments: tuple[str, ...]
    options: tuple[str, ...]
    needs: str
    example: str
    render: Render
    required_options: tuple[str, ...] = ()

    @property
    def usage(self) -> str:
        """How an embed of this kind is written: ``needs a measure: {{ value 2A1 }}``."""
        return f"needs {self.needs}: {self.example}"

    @property
    def family(self) -> str:
        """The first word: ``chart`` for every chart type."""
        return self.name.split(" ", 1)[0]
