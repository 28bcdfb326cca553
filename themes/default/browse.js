// The index table, enhanced: sort by clicking a column heading, narrow with the filters.
// The filters live in the URL (?year=2025&term=redis), so a filtered view can be shared
// and survives a reload. Without JavaScript the table is complete, newest first.
(function () {
  "use strict";

  var table = document.getElementById("incident-table");
  var filters = document.getElementById("filters");
  if (!table || !filters) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var status = document.getElementById("filter-status");
  var selects = Array.prototype.slice.call(filters.querySelectorAll("select"));

  // ---- Sorting ----

  function cellValue(row, column, numeric) {
    var value = row.cells[column].getAttribute("data-value") || "";
    if (!numeric) return value.toLowerCase();
    // Unknown durations sort after every known one, whichever the direction.
    return value === "" ? null : Number(value);
  }

  function compare(a, b, descending) {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    var order = a < b ? -1 : 1;
    return descending ? -order : order;
  }

  function sortBy(heading) {
    var column = heading.cellIndex;
    var numeric = heading.getAttribute("data-sort-type") === "number";
    var descending = heading.getAttribute("aria-sort") === "ascending";
    table.querySelectorAll("th[aria-sort]").forEach(function (th) { th.removeAttribute("aria-sort"); });
    heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var sorted = rows.slice().sort(function (a, b) {
      return compare(cellValue(a, column, numeric), cellValue(b, column, numeric), descending) ||
        rows.indexOf(a) - rows.indexOf(b);
    });
    sorted.forEach(function (row) { body.appendChild(row); });
  }

  // Each sortable heading gets a button, so sorting is reachable from the keyboard.
  table.querySelectorAll("th[data-sort]").forEach(function (heading) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = heading.textContent;
    heading.textContent = "";
    heading.appendChild(button);
    button.addEventListener("click", function () { sortBy(heading); });
  });

  // ---- Filtering ----

  function matches(row, select) {
    if (!select.value) return true;
    var values = (row.getAttribute("data-" + select.name) || "").split(" ");
    return values.indexOf(select.value) !== -1;
  }

  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = selects.every(function (select) { return matches(row, select); });
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    var filtered = selects.some(function (select) { return select.value; });
    status.textContent = filtered ? shown + " of " + rows.length + " incidents match the filters." : "";
  }

  function readURL() {
    var params = new URLSearchParams(location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === wanted; });
      select.value = known ? wanted : "";
    });
  }

  function writeURL() {
    var params = new URLSearchParams(location.search);
    selects.forEach(function (select) {
      if (select.value) params.set(select.name, select.value); else params.delete(select.name);
    });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function update() { writeURL(); applyFilters(); }

  filters.addEventListener("change", update);
  document.getElementById("clear-filters").addEventListener("click", function () {
    selects.forEach(function (select) { select.value = ""; });
    update();
  });

  filters.hidden = false;
  readURL();
  applyFilters();
})();
