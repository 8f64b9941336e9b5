"""Opening evidence links: only when Qt reads the host the data layer checked, and saying which host.

The data layer (:func:`db.validate.url`) stores only addresses that every
parser reads alike, but it cannot use Qt, and an address stored before those
rules may still be in a file.  So before a link is handed to the browser it
is read twice: by the data layer (:func:`db.validate.url_parts`) and by
:class:`QUrl` as :meth:`QDesktopServices.openUrl` will read it; the link is
opened only when both name the same scheme, host and port.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db import ValidationError
from db.records import record
from db.validate import host_label, host_needs_punycode, url_parts

from .widgets import fill_in

translate = QCoreApplication.translate  # sentences in the context "Links" (module functions: no class)


@record(frozen=True)
class Link:
    """What the window will open: the address, the host to show, or why it is refused."""

    url: str  # the address as stored, trimmed: what the browser is given
    host: str  # "example.org", or "пример.рф (xn--e1afmkfd.xn--p1ai)"
    problem: str | None = None  # one sentence: why it is not opened
    lookalike: bool = False  # the host mixes writing systems: ask before opening


def check_link(url: str) -> Link:
    """The link ``url`` as the window would open it, or the reason it will not."""
    text = url.strip()
    if text.partition(":")[0].lower() not in ("http", "https"):
        return Link(text, "", fill_in(translate("Links", "Only web links (http or https) are opened: %1"), text))
    try:
        parts = url_parts(text, "link")
    except ValidationError as exc:
        return Link(text, "", fill_in(translate("Links", "This link was not opened. %1"), exc.message))
    from PySide6.QtCore import QUrl  # the window is built without QUrl (PySide6 makes its enums on first import)

    qurl = QUrl(text)  # TolerantMode, as the browser is given it
    qt_host = qurl.host(QUrl.ComponentFormattingOption.FullyEncoded).lower()
    qt_port = None if qurl.port() == -1 else qurl.port()
    if (
        not qurl.isValid() or qurl.scheme().lower() != parts.scheme or qt_host != parts.ace_host
        or qt_port != parts.port or qurl.userInfo()
    ):
        opens = qt_host or translate("Links", "no site")
        return Link(
            text, "",
            fill_in(translate("Links", "This link was not opened: it shows %1 but would open %2. "
                              "Check the address in the evidence and correct it."), parts.ace_host, opens),
        )
    return Link(text, host_label(parts), lookalike=host_needs_punycode(parts.host))


def link_tip(url: str | None) -> str:
    """The Open link button's tooltip: the host it will open, or why it will not."""
    if not url:
        return translate("Links", "This evidence has no link")
    link = check_link(url)
    if link.problem is not None:
        return link.problem
    if link.lookalike:
        return fill_in(translate("Links", "Opens %1 in your browser. Careful: the address mixes alphabets."),
                       link.host)
    return fill_in(translate("Links", "Opens %1 in your browser"), link.host)
