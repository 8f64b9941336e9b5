"""Web addresses are stored only when every parser reads the same host (db/validate.py, issue 12 item 6).

``https://example.org\\@evil.com/`` showed example.org (Python's urlsplit) and
opened evil.com (Qt, browsers).  Each class of address that parsers read
differently is refused with a message naming the field and the problem,
through the data layer's API too (what the command line and imports use).
"""

from __future__ import annotations

from typing import Any

import pytest

from db import Tracker, ValidationError, ops, validate


def message(value: str, field: str = "url", **kw: object) -> str:
    with pytest.raises(ValidationError) as info:
        validate.url(value, field, **kw)  # type: ignore[arg-type]
    assert info.value.field == field
    return info.value.message


HOSTILE = [
    ("https://example.org\\@evil.com/", "backslash"),
    ("https://example.org\\evil.com/", "backslash"),
    ("https://user:secret@example.org/", "user name or password"),
    ("https://example.org@evil.com/", "user name or password"),
    ("https://@evil.com/", "user name or password"),
    ("https://exa\u200bmple.org/", "U+200B"),
    ("https://example.org/\u202egnp.exe", "U+202E"),
    ("https://example.org/\u2066x\u2069", "U+2066"),
    ("https://\ufeffexample.org/", "U+FEFF"),
    ("https://ex\u00adample.org/", "invisible"),
    ("https://example.org/\x07", "control character"),
    ("https://example.org/a\x9bb", "control character"),
    ("https://example.org/a\tb", "space"),
    ("https://example.org/a\nb", "space"),
    ("https://exa mple.org/", "space"),
    ("https://example.org/a\u00a0b", "space"),
    ("https://a\x00b.org", "NUL"),
    ("https://exa%6Dple.org/", "not a valid host name"),
    ("https://ex<ample.org/", "not a valid host name"),
    ("https://a..b/", "not a valid host name"),
    ("https://xn--zz.org/", "punycode"),
    ("https://-example.org/", "begins or ends with '-'"),
    ("https://exa\u3164mple.org/", "invisible"),  # a Hangul filler: a letter that shows nothing
    ("https://example\u2024org/", "stands for '.'"),  # one dot leader: read as a dot by IDNA
    ("https://\u0301example.org/", "combining mark"),
    ("https://" + "a" * 64 + ".org/", "longer than 63"),
    ("https://0x7f.1/", "not a valid IPv4 address"),
    ("https://2130706433/", "not a valid IPv4 address"),
    ("https://010.1.1.1/", "not a valid IPv4 address"),
    ("http://[fe80::1%25eth0]/", "IPv6"),
    ("http://[abc/x", "not a valid web address"),
    ("https://example.org:99999/", "not a valid web address"),
    ("javascript:alert(1)", "must start with http:// or https://"),
    ("https:///path", "must start with http:// or https://"),
]


@pytest.mark.parametrize(("value", "problem"), HOSTILE)
def test_every_address_parsers_could_read_differently_is_refused_naming_the_field(value: str, problem: str):
    assert problem in message(value, "archive_url")
    assert message(value, "archive_url").startswith(("The archive url", repr(value.strip())))
    # an import's cell gets the same rule, naming its column as the file has it
    assert problem in message(value, "Link", cell=True)


def test_the_example_of_the_issue_says_why_it_is_refused():
    assert message("https://example.org\\@evil.com/") == (
        "The url contains a backslash (\\): browsers read it as /, so the link could open another site "
        "than the one it shows. Write / instead."
    )


@pytest.mark.parametrize(
    "value",
    [
        "https://example.org",
        "HTTP://Example.ORG/a/b?c=d&e=f#g",
        "https://www.example-news.org/2024/01/05/policy?id=12345",
        "https://example.org./trailing-dot",
        "https://sub_domain.example.org/",
        "https://example.org:8080/x",
        "https://example.org/path@with-at",
        "https://example.org?mail=a@b.org",
        "https://1.2.3.4/",
        "http://[::1]/x",
        "http://[2001:db8::1]:8443/",
        "https://пример.рф/путь",
        "https://straße.de/",
        "https://東京.jp/",
        "https://xn--e1afmkfd.xn--p1ai/",
        "https://example.org/caf%C3%A9",
        "https://example.org/a|b{c}^",
        "  https://example.org/trimmed  ",
    ],
)
def test_ordinary_and_international_addresses_are_accepted_as_written(value: str):
    assert validate.url(value, "url") == value.strip() == validate.url(value, "url", cell=True)


def test_the_host_the_data_layer_reads_is_normalised_as_browsers_do():
    parts = validate.url_parts("https://ПРИМЕР.рф/путь")
    assert (parts.scheme, parts.host, parts.ace_host, parts.port) == (
        "https", "пример.рф", "xn--e1afmkfd.xn--p1ai", None
    )
    assert validate.url_parts("https://xn--pple-43d.com/").host == "аpple.com"
    assert validate.url_parts("https://straße.de/").ace_host == "xn--strae-oqa.de"  # as Qt and browsers: not strasse
    assert validate.url_parts("HTTPS://Example.ORG:8080").ace_host == "example.org"
    assert validate.url_parts("https://cafe\u0301.fr/").ace_host == validate.url_parts("https://café.fr/").ace_host
    assert validate.url_parts("https://STRAẞE.de/").ace_host == "xn--strae-oqa.de"
    assert validate.url_parts("http://[2001:db8:0::1]/").ace_host == "2001:db8::1"


def test_hosts_that_mix_writing_systems_are_shown_with_their_punycode():
    assert validate.host_needs_punycode("аpple.com")  # Cyrillic а + Latin pple
    assert validate.host_needs_punycode("аррӏе.com")  # all Cyrillic, all Latin look-alikes, beside .com
    assert not validate.host_needs_punycode("пример.рф")
    assert not validate.host_needs_punycode("пример.com")
    assert not validate.host_needs_punycode("ドメイン名例.jp")
    assert not validate.host_needs_punycode("münchen.de")
    assert not validate.host_needs_punycode("example.org")
    assert validate.url_display("https://аpple.com/login") == "https://аpple.com (xn--pple-43d.com)/login"
    assert validate.url_display("https://аpple.com:8080") == "https://аpple.com:8080 (xn--pple-43d.com)"
    assert validate.url_display("https://пример.рф/") == "https://пример.рф/"
    assert validate.url_display("https://example.org/") == "https://example.org/"
    # an address stored before these rules is shown as it is
    assert validate.url_display("https://exa\u200bmple.org/") == "https://exa\u200bmple.org/"


def test_the_host_to_show_before_opening_names_the_punycode_of_any_international_host():
    assert validate.host_label(validate.url_parts("https://example.org/a")) == "example.org"
    assert validate.host_label(validate.url_parts("https://пример.рф/")) == "пример.рф (xn--e1afmkfd.xn--p1ai)"
    assert validate.host_label(validate.url_parts("http://[::1]/")) == "::1"


def test_the_data_layers_api_refuses_them_too(tracker: Tracker):
    cells: dict[str, Any] = {"event_date": "2024-01-05", "countries": ["FR"], "recommendations": ["visa"], "title": "T"}
    with pytest.raises(ValidationError) as info:
        ops.add_evidence(tracker, url="https://example.org\\@evil.com/", **cells)
    assert info.value.field == "url" and "backslash" in info.value.message
    uid = ops.add_evidence(tracker, url="https://example.org/", **cells).uid
    assert uid is not None
    with pytest.raises(ValidationError) as info:
        ops.edit_evidence(tracker, uid, archive_url="https://user:pw@archive.example/")
    assert info.value.field == "archive_url" and "user name or password" in info.value.message
