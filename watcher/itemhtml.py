"""An item's HTML body made safe to show: the one way out for ``Item.body_html``.

The store keeps the feed's HTML as given; sanitising every item at ingest would cost about
as much as the rest of normalising it (nh3 takes ~26 µs on a 300-character summary), while a
message shows a few dozen. Links and images are what the plain text loses, so both stay;
scripts, styles, event handlers, forms and embeds go, and only http(s)/mailto URLs remain.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import nh3

from watcher.models import Item

_TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div",
         "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
         "img", "ins", "li", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup",
         "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"}
_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"},
               "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
_URL_ATTRIBUTES = {("a", "href"), ("img", "src")}


def safe_html(item: Item) -> str:
    """The item's HTML body sanitised, relative URLs resolved against its link; "" if none."""
    if not item.body_html:
        return ""
    base = item.link or item.feed_url

    def absolute(tag: str, attribute: str, value: str) -> str | None:
        if (tag, attribute) not in _URL_ATTRIBUTES:
            return value
        try:
            return urljoin(base, value.strip())
        except ValueError:
            return None

    cleaned: str = nh3.clean(item.body_html, tags=_TAGS, attributes=_ATTRIBUTES,
                             url_schemes={"http", "https", "mailto"},
                             clean_content_tags={"script", "style"},
                             attribute_filter=absolute, link_rel="noopener noreferrer nofollow")
    return cleaned


# Email never loads remote images (a tracking pixel reports who read the digest, and most
# clients block them anyway): an image becomes a link to it, named by its alt text.
_IMG = re.compile(r"<img\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r'\b(src|alt)="([^"]*)"')
MAIL_LIMIT = 30_000  # characters of HTML per story; a longer body shows the snippet instead


def _image_link(m: re.Match[str]) -> str:
    attrs = dict(_ATTR.findall(m.group(1)))
    src = attrs.get("src", "")
    if not src:
        return ""
    return f'<a href="{src}">[image{": " + attrs["alt"] if attrs.get("alt") else ""}]</a>'


def mail_html(item: Item) -> str:
    """The item's body for a ``content: full`` email: sanitised, images as links; "" when
    there is none or it is too long for a digest (the story's link leads to it)."""
    body = _IMG.sub(_image_link, safe_html(item))
    return body if len(body) <= MAIL_LIMIT else ""
