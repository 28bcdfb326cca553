"""axe-core finds no serious or critical violation on the pages readers use most."""
import pytest
from axe_selenium_python import Axe

from pages import first_incident_page, taxonomy_page, url

SERIOUS = {"serious", "critical"}


def pages(site, incidents):
    return {
        "index": "index.html",
        "incident": first_incident_page(incidents),
        "search": "search.html?q=database",
        "taxonomy": taxonomy_page(site),
    }


@pytest.mark.parametrize("name", ["index", "incident", "search", "taxonomy"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(browser, site, incidents, name, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    try:
        browser.get(url(site, pages(site, incidents)[name]))
        axe = Axe(browser)
        axe.inject()
        results = axe.run()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    serious = [v for v in results["violations"] if v["impact"] in SERIOUS]
    summary = "\n".join(f"{v['impact']}: {v['id']}: {v['help']} ({len(v['nodes'])} nodes: "
                        f"{[n['target'] for n in v['nodes'][:3]]})" for v in serious)
    assert not serious, f"{name} page ({scheme}):\n{summary}"
