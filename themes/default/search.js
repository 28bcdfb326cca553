// Site search, entirely in the browser. On every page: "/" focuses the search box. On the
// search page: results from search-index.js and its parts, a month of incidents each
// (loaded as scripts, so it works from disk), ranked by where the words occur, with the
// matching passage highlighted.
(function () {
  "use strict";

  document.documentElement.classList.add("js");
  // The index sits beside this script, wherever the site is published or opened from.
  var indexURL = document.currentScript.src.replace(/search\.js([?#].*)?$/, "search-index.js");
  var INDEX_MISSING = "The search index could not be loaded.";

  // ---- The header's box: Enter (or the Search link) opens the search page ----

  function headerBox() {
    var box = document.getElementById("site-search-input");
    var link = document.querySelector(".site-search .search-link");
    if (!box || !link) return;
    function go(event) {
      var query = box.value.trim();
      if (!query) return;
      event.preventDefault();
      location.href = link.href + "?q=" + encodeURIComponent(query);
    }
    box.addEventListener("keydown", function (event) { if (event.key === "Enter") go(event); });
    link.addEventListener("click", go);
  }

  // ---- "/" to search, from anywhere ----

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    var box = document.getElementById("search-input") || document.getElementById("site-search-input");
    if (box) { event.preventDefault(); box.focus(); box.select(); }
  });

  // ---- Matching ----

  // Lowercase without accents, one character for one, so that positions found in the
  // folded text are positions in the original text too.
  function fold(text) {
    return text.replace(/[^\u0000-\u007f]/g, function (c) {
      var base = c.normalize("NFD").charAt(0).toLowerCase();
      return base.length === 1 ? base : c;
    }).replace(/[A-Z]+/g, function (ascii) { return ascii.toLowerCase(); });
  }

  function queryWords(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  var FIELDS = null;

  function documents() {
    var index = window.hindsightSearchIndex;
    if (!index || !index.documents) return [];
    if (!FIELDS) {
      FIELDS = index.documents.map(function (values) {
        var doc = {};
        index.fields.forEach(function (name, i) { doc[name] = values[i]; });
        doc.folded = { title: fold(doc.title), summary: fold(doc.summary), text: fold(doc.text), words: " " + doc.words + " " };
        return doc;
      });
    }
    return FIELDS;
  }

  function count(haystack, word) {
    var n = 0, at = haystack.indexOf(word);
    while (at !== -1 && n < 10) { n += 1; at = haystack.indexOf(word, at + word.length); }
    return n;
  }

  // Every word must occur somewhere; a word in the title weighs most, then the summary.
  function score(doc, words) {
    var total = 0;
    for (var i = 0; i < words.length; i += 1) {
      var w = words[i], f = doc.folded;
      var inTitle = count(f.title, w), inSummary = count(f.summary, w), inText = count(f.text, w);
      var inWords = f.words.indexOf(" " + w) !== -1 ? 1 : 0;
      if (inTitle + inSummary + inText + inWords === 0) return 0;
      total += inTitle * 10 + inSummary * 4 + inText + inWords;
    }
    return total;
  }

  function search(query) {
    var words = queryWords(query);
    if (!words.length) return [];
    return documents()
      .map(function (doc) { return { doc: doc, score: score(doc, words) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score; })
      .map(function (hit) { return hit.doc; });
  }

  // ---- Showing results ----

  var SNIPPET = 200;

  // The passage around the first word found in the text (else the summary), cut at spaces.
  function snippet(doc, words) {
    var sources = [["text", doc.text], ["summary", doc.summary]];
    for (var s = 0; s < sources.length; s += 1) {
      var folded = doc.folded[sources[s][0]], original = sources[s][1];
      var first = Math.min.apply(null, words.map(function (w) {
        var at = folded.indexOf(w);
        return at === -1 ? Infinity : at;
      }));
      if (first === Infinity) continue;
      var start = Math.max(0, original.lastIndexOf(" ", Math.max(0, first - 60)));
      var end = Math.min(original.length, start + SNIPPET);
      var cut = original.indexOf(" ", end);
      end = cut === -1 ? original.length : cut;
      return { text: original.slice(start, end).trim(), before: start > 0, after: end < original.length };
    }
    return { text: doc.summary || doc.text.slice(0, SNIPPET), before: false, after: false };
  }

  // Appends `text` to `parent` with every occurrence of the words wrapped in <mark>.
  function appendHighlighted(parent, text, words) {
    var folded = fold(text), at = 0;
    while (at < text.length) {
      var next = -1, length = 0;
      words.forEach(function (w) {
        var found = folded.indexOf(w, at);
        if (found !== -1 && (next === -1 || found < next)) { next = found; length = w.length; }
      });
      if (next === -1) break;
      parent.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      parent.appendChild(mark);
      at = next + length;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function result(doc, words, root) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = root + doc.url;
    appendHighlighted(link, doc.title, words);
    var heading = document.createElement("h2");
    heading.appendChild(link);
    item.appendChild(heading);
    if (doc.date) {
      var date = document.createElement("time");
      date.dateTime = doc.date;
      date.textContent = doc.date;
      item.appendChild(date);
    }
    var passage = snippet(doc, words);
    var paragraph = document.createElement("p");
    paragraph.className = "snippet";
    appendHighlighted(paragraph, (passage.before ? "… " : "") + passage.text + (passage.after ? " …" : ""), words);
    item.appendChild(paragraph);
    return item;
  }

  function show(query, list, status) {
    var words = queryWords(query);
    var hits = search(query);
    list.textContent = "";
    hits.forEach(function (doc) { list.appendChild(result(doc, words, "")); });
    if (!words.length) status.textContent = "";
    else if (!(window.hindsightSearchIndex && window.hindsightSearchIndex.documents)) {
      status.textContent = INDEX_MISSING;
    }
    else status.textContent = hits.length === 0 ? "No postmortem matches “" + query + "”." :
      hits.length + (hits.length === 1 ? " postmortem matches" : " postmortems match") + " “" + query + "”.";
  }

  // Up and down move through the results; Escape goes back to the box.
  function keyboard(input, list) {
    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && links().length) { event.preventDefault(); links()[0].focus(); }
    });
    list.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (at === -1) return;
      if (event.key === "ArrowDown" && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
      else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
      else if (event.key === "Escape") { event.preventDefault(); input.focus(); }
    });
  }

  function searchPage() {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list || !status) return;
    var timer = null;
    function update() {
      var query = input.value.trim();
      history.replaceState(null, "", location.pathname + (query ? "?q=" + encodeURIComponent(query) : ""));
      show(query, list, status);
    }
    input.value = new URLSearchParams(location.search).get("q") || "";
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 120); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); clearTimeout(timer); update(); }
    });
    keyboard(input, list);
    if (!input.value) input.focus();
    loadIndex(function () { show(input.value.trim(), list, status); },
              function () { status.textContent = INDEX_MISSING; });
  }

  // Only the search page loads the index, as scripts: fetch() is refused on file: URLs.
  // The parts load in parallel and are joined in the order the index names them.
  function loadIndex(loaded, failed) {
    addScript(indexURL, function () {
      var index = window.hindsightSearchIndex;
      var names = index.parts || [];
      var waiting = names.length;
      var parts = window.hindsightSearchParts = window.hindsightSearchParts || {};
      function join() {
        index.documents = [].concat.apply([], names.map(function (name) { return parts[name] || []; }));
        loaded();
      }
      if (waiting === 0) { join(); return; }
      names.forEach(function (name) {
        var partURL = indexURL.replace(/search-index\.js$/, "search-index/" + encodeURIComponent(name) + ".js");
        addScript(partURL, function () { waiting -= 1; if (waiting === 0) join(); }, failed);
      });
    }, failed);
  }

  function addScript(src, onload, onerror) {
    var script = document.createElement("script");
    script.src = src;
    script.onload = onload;
    script.onerror = onerror;
    document.head.appendChild(script);
  }

  headerBox();
  searchPage();
})();
