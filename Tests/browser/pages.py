"""Where things are in the built site, and small helpers shared by the tests."""
import pathlib


def url(site: pathlib.Path, relative: str) -> str:
    """The file: URL of a page, with its query string (as_uri would escape the "?")."""
    path, mark, query = relative.partition("?")
    return (site / path).as_uri() + mark + query


def first_incident_page(incidents) -> str:
    return incidents[0]["url"] + "index.html"


def taxonomy_page(site: pathlib.Path) -> str:
    """A service's page, the kind of taxonomy page readers land on most."""
    services = sorted(p for p in (site / "services").iterdir() if p.is_dir())
    return str(services[0].relative_to(site) / "index.html")


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def set_width(driver, width: int, height: int = 900):
    # The window size includes the browser's frame; the viewport is what matters.
    driver.set_window_size(width, height)
    inner = driver.execute_script("return window.innerWidth")
    if inner != width:
        driver.set_window_size(width + (width - inner), height)
