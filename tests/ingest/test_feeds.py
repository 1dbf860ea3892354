"""RSS 2.0 and Atom feeds: one article per entry, HTML bodies turned into plain text."""

from __future__ import annotations

from datetime import date

import pytest

from telex.errors import MalformedInput
from telex.ingest.feeds import html_fragment_to_text, read_feed
from telex.records import Article, Failure

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Capital Wire</title><link>https://wire.example.org/</link><description>World news</description>
<item>
  <title>Ministers agree on water deal</title>
  <link>https://wire.example.org/water-deal</link>
  <guid isPermaLink="false">wire-101</guid>
  <pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>
  <description>&lt;p&gt;Energy &amp;amp; water ministers from three countries agreed on Tuesday to share the river&amp;#8217;s flow, officials said.&lt;/p&gt;&lt;p&gt;&amp;#8220;This is a fair deal,&amp;#8221; the Egyptian minister said.&lt;/p&gt;</description>
</item>
<item>
  <title>Strike closes ports</title>
  <link>https://wire.example.org/port-strike</link>
  <guid isPermaLink="false">wire-102</guid>
  <pubDate>Wed, 05 Mar 2025 14:00:00 +0000</pubDate>
  <description><![CDATA[<p>Dock workers walked out on Wednesday, closing the country's two largest ports.</p><p>Union leaders said the strike would last &quot;as long as it takes&quot;.</p>]]></description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Harbour Times</title><id>urn:uuid:harbour-times</id><updated>2025-03-07T10:00:00Z</updated>
<entry>
  <title>Mayor opens new bridge</title>
  <link href="https://harbour.example.net/bridge"/>
  <id>urn:ht:1</id>
  <published>2025-03-06T08:00:00Z</published>
  <updated>2025-03-08T09:00:00Z</updated>
  <content type="html">&lt;p&gt;The mayor opened the new bridge on Thursday &amp;amp; thanked the builders.&lt;/p&gt;&lt;p&gt;&amp;quot;It took four years,&amp;quot; she said.&lt;/p&gt;</content>
</entry>
<entry>
  <title>Court delays ruling</title>
  <link href="https://harbour.example.net/court"/>
  <id>urn:ht:2</id>
  <updated>2025-03-07T10:00:00Z</updated>
  <summary type="html">&lt;p&gt;The high court delayed its ruling on the election dispute until next month, a spokesman said.&lt;/p&gt;</summary>
</entry>
</feed>
"""


def test_rss_two_entries(write, read_all):
    path = write("wire.xml", RSS)
    records = read_all(path)
    assert len(records) == 2 and all(isinstance(r, Article) for r in records)
    first, second = records
    assert [r.format for r in records] == ["feed", "feed"]
    assert first.title == "Ministers agree on water deal"
    assert second.title == "Strike closes ports"
    assert first.url == "https://wire.example.org/water-deal"
    assert second.url == "https://wire.example.org/port-strike"
    assert (first.published, second.published) == (date(2025, 3, 4), date(2025, 3, 5))
    assert first.published_from == "feed"
    assert first.source == "Capital Wire"
    assert (first.input_id, second.input_id) == ("wire-101", "wire-102")
    assert (first.origin, second.origin) == (f"{path}#entry1", f"{path}#entry2")
    assert first.text == (
        "Energy & water ministers from three countries agreed on Tuesday to share the river\u2019s flow, "
        "officials said.\n\n\u201cThis is a fair deal,\u201d the Egyptian minister said."
    )
    assert second.text == (
        "Dock workers walked out on Wednesday, closing the country's two largest ports.\n\n"
        'Union leaders said the strike would last "as long as it takes".'
    )


def test_atom_two_entries(write, read_all):
    path = write("harbour.atom", ATOM)
    records = read_all(path)
    assert len(records) == 2 and all(isinstance(r, Article) for r in records)
    first, second = records
    assert [r.format for r in records] == ["feed", "feed"]
    assert [r.title for r in records] == ["Mayor opens new bridge", "Court delays ruling"]
    assert [r.url for r in records] == ["https://harbour.example.net/bridge", "https://harbour.example.net/court"]
    assert first.published == date(2025, 3, 6)  # <published>, not the later <updated>
    assert second.published == date(2025, 3, 7)  # only <updated> given
    assert first.source == "Harbour Times"
    assert first.text == 'The mayor opened the new bridge on Thursday & thanked the builders.\n\n"It took four years," she said.'
    assert second.text == "The high court delayed its ruling on the election dispute until next month, a spokesman said."
    for article in records:
        assert "<" not in article.text and "&amp;" not in article.text and "&quot;" not in article.text


def test_full_content_is_preferred_over_a_teaser_summary():
    feed = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>t</id><updated>2025-03-06T08:00:00Z</updated>
<entry><title>Budget passes</title><id>e1</id><updated>2025-03-06T08:00:00Z</updated>
<summary>Parliament passed the budget.</summary>
<content type="html">&lt;p&gt;Parliament passed the budget on Thursday by 201 votes to 150.&lt;/p&gt;&lt;p&gt;The finance minister called it a fair plan.&lt;/p&gt;</content>
</entry></feed>"""
    (article,) = list(read_feed(feed, "t.xml"))
    assert article.text == "Parliament passed the budget on Thursday by 201 votes to 150.\n\nThe finance minister called it a fair plan."


def test_entry_without_a_body_is_a_failure_in_its_place():
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Photo of the day</title><link>https://wire.example.org/photo</link><guid>p1</guid></item>
<item><title>Strike ends</title><guid>p2</guid><description>Dock workers returned to work on Friday.</description></item>
</channel></rss>"""
    records = list(read_feed(feed, "wire.xml"))
    assert isinstance(records[0], Failure)
    assert records[0].code == "E108"
    assert records[0].origin == "wire.xml#entry1"
    assert records[0].id == "p1"
    assert isinstance(records[1], Article) and records[1].text == "Dock workers returned to work on Friday."


def test_feed_without_entries_raises_malformed_input():
    with pytest.raises(MalformedInput, match="feed has no entries") as info:
        list(read_feed('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>', "w.xml"))
    assert info.value.code == "E105"


@pytest.mark.parametrize(
    "fragment, text",
    [
        ("Talks resumed on Monday.", "Talks resumed on Monday."),
        ("Talks &amp; trade resumed.", "Talks & trade resumed."),
        ("<p>First.</p><p>Second.</p>", "First.\n\nSecond."),
        ("<p>Line one<br/>line two</p>", "Line one\n\nline two"),
        ("<div><b>Bold</b>   and\t<i>italic</i></div>", "Bold and italic"),
        ("<ul><li>One</li><li>Two</li></ul>", "One\n\nTwo"),
        ("<p>&#8220;Yes,&#8221; he said &mdash; twice.</p>", "\u201cYes,\u201d he said \u2014 twice."),
        ("<p>  </p><p>Only this.</p><p></p>", "Only this."),
    ],
)
def test_html_fragment_to_text(fragment, text):
    assert html_fragment_to_text(fragment) == text
