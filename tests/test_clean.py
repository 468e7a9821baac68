from eventwire.clean import clean_article
from eventwire.records import Article


def reasons(article):
    return {r.reason for r in article.removed}


def test_furniture_headline_credit_and_dateline():
    text = """Left Menu
Belarus police detain hundreds
Kindly Share This Story:
Reading Time: 2 mins
MINSK (Reuters) - Police detained hundreds of protesters in Minsk on Sunday, the interior ministry said.

The opposition called for more rallies next weekend. (Additional reporting by Maria Example, Editing by Tim Sample)
We use cookies to improve your experience. Accept"""
    a = clean_article(Article("d", text))
    assert a.clean_text.startswith("Police detained hundreds")
    assert "Maria Example" not in a.clean_text and "Left Menu" not in a.clean_text
    assert a.dateline == "Minsk"
    assert {"menu", "headline", "share prompt", "reading time", "credit line", "dateline", "cookie notice"} <= reasons(a)
    assert a.title == "Belarus police detain hundreds"


def test_repeated_lead_paragraph_is_dropped_once():
    lead = "Russia bestowed a loan on Belarus on Monday. Moscow also sent paratroopers."
    text = f"{lead}\n\nThe leader flew to Sochi.\n\n{lead}\n\nProtests went on."
    a = clean_article(Article("d", text))
    assert a.clean_text.count("bestowed a loan") == 1
    assert "repeated paragraph" in reasons(a)


def test_teaser_copied_into_longer_paragraph_is_dropped():
    s1 = "Putin announced the loan on Monday."
    s2 = "Moscow was sending paratroopers for joint exercises."
    text = f"{s1} {s2}\n\nThe Russian leader met his guest. {s1}\n\nNews agencies said {s2[0].lower()}{s2[1:]} {s2}"
    a = clean_article(Article("d", text))
    assert a.clean_text.count("announced the loan") == 1


def test_plain_text_is_kept_whole():
    text = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday. Dozens were arrested."
    a = clean_article(Article("d", text))
    assert a.clean_text == text and not a.removed


def test_photo_captions_with_credits_are_dropped():
    text = """The prime minister addresses reporters outside parliament in Ottawa on Monday. Photo Credit: Agency/Jane Sample

OTTAWA, March 3 - Canada expelled two Chinese diplomats on Monday, the foreign ministry said.

The premier meets the visiting delegation in Beijing, March 2, 2024. (Xinhua/Wang Sample)

China condemned the decision."""
    a = clean_article(Article("d", text))
    assert "Photo Credit" not in a.clean_text and "Xinhua/" not in a.clean_text
    assert a.clean_text.startswith("Canada expelled two Chinese diplomats")
    assert "caption or credit" in reasons(a)


def test_a_two_city_dateline_is_removed_and_the_first_city_kept():
    a = clean_article(Article("d", "RIGA/VILNIUS, June 22 - Latvia and Lithuania expelled Russian diplomats on Monday."))
    assert a.clean_text.startswith("Latvia and Lithuania expelled")
    assert a.dateline == "Riga"
