"""The archive in headless Chromium with JavaScript: search, filters, sorting, no console
errors, no sideways scrolling on a phone or a laptop. Screenshots go to screenshots/."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from pages import console_errors, first_incident_page, set_width, taxonomy_page, url

# A word of the checkout incident's report that is in no title or summary of the archive.
BODY_ONLY_WORD = "changelog"
BODY_ONLY_SOURCE = "2025-03-03-checkout-latency.md"


def wait_for(driver, condition, timeout=5):
    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def visible_rows(driver):
    return [row for row in driver.find_elements(By.CSS_SELECTOR, "#incident-table tbody tr") if row.is_displayed()]


def search_results(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#search-results li")


def test_search_finds_an_incident_by_a_word_only_in_its_body(browser, site, incidents):
    for incident in incidents:
        assert BODY_ONLY_WORD not in (incident["title"] + incident["summary"]).lower(), incident["slug"]
    expected = next(i for i in incidents if i["source"] == BODY_ONLY_SOURCE)
    browser.get(url(site, "search.html"))
    box = browser.find_element(By.ID, "search-input")
    assert browser.switch_to.active_element == box, "the search page focuses its box"
    box.send_keys(BODY_ONLY_WORD.upper())
    wait_for(browser, lambda d: len(search_results(d)) > 0)
    results = search_results(browser)
    assert len(results) == 1
    link = results[0].find_element(By.TAG_NAME, "a")
    assert link.text == expected["title"]
    marks = [mark.text.lower() for mark in results[0].find_elements(By.CSS_SELECTOR, ".snippet mark")]
    assert BODY_ONLY_WORD in marks, "the matching word is highlighted in the snippet"
    assert f"q={BODY_ONLY_WORD.upper()}" in browser.current_url, "the query is in the URL"
    # Keyboard: down from the box to the first result, Enter opens it.
    box.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == link
    link.send_keys(Keys.ENTER)
    wait_for(browser, lambda d: expected["url"] in d.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text == expected["title"]


def test_search_box_on_every_page_leads_to_results(browser, site, incidents):
    browser.get(url(site, first_incident_page(incidents)))
    browser.find_element(By.TAG_NAME, "body").send_keys("/")
    box = browser.switch_to.active_element
    assert box.get_attribute("id") == "site-search-input", "'/' focuses the search box"
    box.send_keys(BODY_ONLY_WORD + Keys.ENTER)
    wait_for(browser, lambda d: "search.html" in d.current_url and len(search_results(d)) == 1)


def test_search_works_over_http_under_a_sub_path(browser, served):
    browser.get(served + "search.html?q=" + BODY_ONLY_WORD)
    wait_for(browser, lambda d: len(search_results(d)) == 1)
    search_results(browser)[0].find_element(By.TAG_NAME, "a").click()
    wait_for(browser, lambda d: "/incidents/" in d.current_url)
    assert "Checkout" in browser.title


def test_a_filter_narrows_the_table_and_survives_a_reload(browser, site, incidents):
    browser.get(url(site, "index.html"))
    assert len(visible_rows(browser)) == len(incidents)
    year = Select(browser.find_element(By.ID, "filter-year"))
    chosen = year.options[-1].get_attribute("value")  # the oldest year
    year.select_by_value(chosen)
    expected = [i["title"] for i in incidents if (i["date"] or "").startswith(chosen)]
    assert 0 < len(expected) < len(incidents)
    assert [row.find_element(By.CSS_SELECTOR, ".cell-title a").text for row in visible_rows(browser)] == expected
    assert f"year={chosen}" in browser.current_url
    status = browser.find_element(By.ID, "filter-status").text
    assert status.startswith(f"{len(expected)} of {len(incidents)}")

    browser.refresh()
    assert Select(browser.find_element(By.ID, "filter-year")).first_selected_option.get_attribute("value") == chosen
    assert len(visible_rows(browser)) == len(expected)

    # A second filter narrows further; "Clear filters" shows everything again.
    term = Select(browser.find_element(By.ID, "filter-term"))
    service = next(i["services"][0] for i in incidents if (i["date"] or "").startswith(chosen) and i["services"])
    term.select_by_visible_text(service)
    both = [i for i in incidents if (i["date"] or "").startswith(chosen) and service in i["services"] + i["tags"]]
    assert len(visible_rows(browser)) == len(both)
    browser.find_element(By.ID, "clear-filters").click()
    wait_for(browser, lambda d: len(visible_rows(d)) == len(incidents))
    assert "year=" not in browser.current_url


def test_sorting_by_duration(browser, site, incidents):
    browser.get(url(site, "index.html"))
    heading = browser.find_element(By.CSS_SELECTOR, "th[data-sort=duration]")
    button = heading.find_element(By.TAG_NAME, "button")

    def durations():
        values = [cell.get_attribute("data-value") for cell in browser.find_elements(By.CSS_SELECTOR, "#incident-table .cell-duration")]
        known = [int(v) for v in values if v]
        unknown_last = all(values[i] for i in range(len(known)))
        return known, unknown_last

    button.click()
    assert heading.get_attribute("aria-sort") == "ascending"
    known, unknown_last = durations()
    assert len(known) >= 2 and known == sorted(known) and unknown_last
    button.click()
    assert heading.get_attribute("aria-sort") == "descending"
    known, unknown_last = durations()
    assert known == sorted(known, reverse=True) and unknown_last
    expected = sorted((i["duration_minutes"] for i in incidents if i["duration_minutes"] is not None), reverse=True)
    assert known == expected


def test_no_console_errors(browser, site, incidents):
    browser.get_log("browser")  # drop what earlier tests left
    for page in ["index.html?year=2025", first_incident_page(incidents), "search.html?q=database",
                 taxonomy_page(site), "authors/index.html", "404.html"]:
        browser.get(url(site, page))
        WebDriverWait(browser, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")
        errors = console_errors(browser)
        assert not errors, f"{page}: {errors}"


@pytest.mark.parametrize("width", [375, 1280])
def test_pages_fit_the_width_and_are_screenshotted(browser, site, incidents, screenshots, width):
    pages = {"index": "index.html", "incident": first_incident_page(incidents), "search": "search.html?q=database",
             "taxonomy": taxonomy_page(site)}
    try:
        for name, page in pages.items():
            set_width(browser, width)
            browser.get(url(site, page))
            overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
            if name in ("index", "incident"):
                height = browser.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
                set_width(browser, width, height)
                browser.save_screenshot(str(screenshots / f"{name}-{width}.png"))
    finally:
        set_width(browser, 1280)
