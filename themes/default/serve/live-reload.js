// Served by `hindsight serve` only (never part of a built site): reloads the page when
// the preview has rebuilt the site. The server sends the current build number on connect
// and each new one after a rebuild; a different number means the page is stale.
(() => {
  const events = new EventSource("/__hindsight/events");
  let shown = null;
  events.addEventListener("build", (event) => {
    if (shown !== null && event.data !== shown) location.reload();
    shown = event.data;
  });
  // The error bar's close button. Handled here because the page's Content-Security-Policy
  // (script-src 'self') runs no inline handler; the bar returns with the next build's errors.
  document.addEventListener("click", (event) => {
    const close = event.target.closest(".hindsight-build-errors-close");
    if (close) close.closest(".hindsight-build-errors").hidden = true;
  });
})();
