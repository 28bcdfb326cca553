"""Every chart tells the truth about its own frame: each drawn element lies inside its
<svg>, and its text is at least 11 px, on a phone (375 px) and a desktop (1280 px).

Checked on the index (the archive charts) and every incident page with a timeline chart, of
the example site and of every site named in HINDSIGHT_CHART_SITES (paths separated by
os.pathsep; Scripts/test-browser builds the corpora in ../shared/corpus there when it can).
"""
import json
import os
import pathlib

import pytest

from conftest import SITE
from pages import set_width, url

WIDTHS = [375, 1280]
SMALLEST_TEXT = 11

SITES = [SITE] + [pathlib.Path(path).resolve() for path in os.environ.get("HINDSIGHT_CHART_SITES", "").split(os.pathsep) if path]


def chart_pages(site: pathlib.Path):
    """The index, and every incident page that draws a timeline chart."""
    incidents = json.loads((site / "incidents.json").read_text())["incidents"]
    pages = [incident["url"] + "index.html" for incident in incidents]
    return ["index.html"] + [page for page in pages if 'class="timeline-chart' in (site / page).read_text()]


# Every element that draws something, with where it is drawn against its chart's box.
OUT_OF_BOUNDS = """
const slack = 0.5, found = [];
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.getBoundingClientRect();
  for (const element of svg.querySelectorAll('circle, ellipse, rect, line, polyline, polygon, path, text')) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - slack || r.right > box.right + slack || r.top < box.top - slack || r.bottom > box.bottom + slack) {
      found.push(`${svg.querySelector('title').textContent}: ${element.outerHTML.slice(0, 160)} drawn at ` +
                 `(${(r.left - box.left).toFixed(1)}, ${(r.top - box.top).toFixed(1)}) ${r.width.toFixed(1)}×${r.height.toFixed(1)}` +
                 ` in ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
    }
  }
}
return found;
"""

# Every chart text's size as drawn: its font size times the chart's scale.
TEXT_SIZES = """
const sizes = [];
for (const svg of document.querySelectorAll('svg.chart')) {
  const scale = svg.getScreenCTM().a;
  for (const text of svg.querySelectorAll('text')) {
    sizes.push([text.textContent, parseFloat(getComputedStyle(text).fontSize) * scale]);
  }
}
return sizes;
"""


@pytest.fixture(scope="module", params=SITES, ids=lambda site: site.name)
def chart_site(request):
    site = request.param
    if not (site / "index.html").exists():
        pytest.fail(f"no site at {site}")
    return site


def test_every_chart_stays_inside_its_frame_with_legible_text(browser, chart_site):
    """Each page is loaded once and checked at each width (resizing lays it out again)."""
    problems = []
    try:
        for page in chart_pages(chart_site):
            browser.get(url(chart_site, page))
            assert browser.execute_script("return document.querySelectorAll('svg.chart').length"), f"{page} has no chart"
            for width in WIDTHS:
                set_width(browser, width)
                outside = browser.execute_script(OUT_OF_BOUNDS)
                small = [(text, round(size, 1)) for text, size in browser.execute_script(TEXT_SIZES) if size < SMALLEST_TEXT - 0.05]
                problems += [f"{page} at {width}px: {problem}" for problem in outside[:5]]
                if small:
                    problems.append(f"{page} at {width}px: text under {SMALLEST_TEXT}px: {small[:5]}")
    finally:
        set_width(browser, 1280)
    assert not problems, f"{chart_site.name}:\n" + "\n".join(problems[:30])
