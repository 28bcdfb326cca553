"""Fixtures for the browser tests: the built example site, headless Chromium with and
without JavaScript, a local HTTP server that serves the site under a sub-path, and the
screenshots folder beside the site.

The site is `public/` at the repository root (build it with Scripts/build-example), or the
folder named by HINDSIGHT_SITE.
"""
import functools
import http.server
import json
import os
import pathlib
import threading

import pytest
from selenium import webdriver

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
SITE = pathlib.Path(os.environ.get("HINDSIGHT_SITE", REPOSITORY / "public")).resolve()
SCREENSHOTS = SITE.parent / "screenshots"


@pytest.fixture(scope="session")
def site():
    if not (SITE / "index.html").exists():
        pytest.fail(f"no site at {SITE}: build it first (Scripts/build-example)")
    return SITE


@pytest.fixture(scope="session")
def incidents(site):
    """incidents.json: what the site should show."""
    return json.loads((site / "incidents.json").read_text())["incidents"]


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


def chromium(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,900", "--lang=en-US"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


@pytest.fixture(scope="session")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def browser_without_js():
    driver = chromium(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def served(site):
    """The site over HTTP on the loopback interface, under a sub-path (/public/ or
    whatever the folder is called), as it would be published on a project page."""
    handler = functools.partial(QuietHandler, directory=str(site.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{site.name}/"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
