"""The text layer: source documents and quotes as text, knowing nothing of pages nor of the registry.

It writes no HTML. It reads some: :mod:`~rootcheck.text.markup` reads editors'
Markdown for what it cites, and :mod:`~rootcheck.text.seen` for what a page
would show otherwise than meant, so that the check and the renderer read a
note alike.

:mod:`~rootcheck.text.document` reads a source into quotable blocks;
:mod:`~rootcheck.text.normalize` folds typography, remembering where each
character came from; :mod:`~rootcheck.text.anchor` finds a quote in its
source (through :mod:`~rootcheck.text.index`); :mod:`~rootcheck.text.figures`
and :mod:`~rootcheck.text.numbers` read figures and the numbers of running
text; :mod:`~rootcheck.text.fragments` makes the Text Fragment that scrolls an
original page to a passage.
"""
