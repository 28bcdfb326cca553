"""With JavaScript off, the index and the incident pages are complete: every incident is
listed, newest first, and every page shows its report, facts, timeline and neighbours."""
from selenium.webdriver.common.by import By

from pages import url


def test_index_lists_every_incident_newest_first(browser_without_js, site, incidents):
    browser_without_js.get(url(site, "index.html"))
    rows = browser_without_js.find_elements(By.CSS_SELECTOR, "#incident-table tbody tr")
    assert [row.find_element(By.CSS_SELECTOR, ".cell-title a").text for row in rows] == [i["title"] for i in incidents]
    assert all(row.is_displayed() for row in rows)
    dates = [i["date"] for i in incidents if i["date"]]
    assert dates == sorted(dates, reverse=True)
    assert not browser_without_js.find_element(By.ID, "filters").is_displayed(), "filters need JavaScript"
    assert browser_without_js.find_elements(By.CSS_SELECTOR, ".archive-charts svg"), "the charts are static SVG"


def test_incident_pages_are_complete(browser_without_js, site, incidents):
    for position, incident in enumerate(incidents):
        browser_without_js.get(url(site, incident["url"] + "index.html"))
        page = browser_without_js
        assert page.find_element(By.TAG_NAME, "h1").text == incident["title"]
        assert page.find_element(By.CSS_SELECTOR, ".document").text.strip(), "the report is shown"
        facts = page.find_element(By.CSS_SELECTOR, ".facts").text
        for author in incident["authors"]:
            assert author["name"] in facts
        if incident["timeline"]:
            assert len(page.find_elements(By.CSS_SELECTOR, ".timeline tbody tr")) == len(incident["timeline"])
        older = page.find_elements(By.CSS_SELECTOR, ".neighbours a[rel=prev]")
        newer = page.find_elements(By.CSS_SELECTOR, ".neighbours a[rel=next]")
        assert len(older) == (1 if position + 1 < len(incidents) else 0)
        assert len(newer) == (1 if position > 0 else 0)


def test_search_page_explains_itself_without_javascript(browser_without_js, site):
    browser_without_js.get(url(site, "search.html"))
    notice = browser_without_js.find_element(By.CSS_SELECTOR, ".no-js-only")
    assert notice.is_displayed() and "needs JavaScript" in notice.text
