// The fixture site's behaviour: a light/dark theme that follows prefers-color-scheme until the visitor picks one,
// and a filter box over the job list. Loaded in <head> so the theme is set before the page paints.
(function () {
  "use strict";
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem("theme"); } catch (e) { /* storage off (file://, privacy mode) */ }
  var preferred = window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  root.dataset.theme = stored || preferred;

  function wireThemeToggle() {
    var toggle = document.getElementById("theme-toggle");
    if (!toggle) return;
    toggle.setAttribute("aria-pressed", String(root.dataset.theme === "dark"));
    toggle.addEventListener("click", function () {
      var next = root.dataset.theme === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      toggle.setAttribute("aria-pressed", String(next === "dark"));
      try { localStorage.setItem("theme", next); } catch (e) { /* the choice lasts for this page only */ }
    });
  }

  function wireFilter() {
    var filter = document.getElementById("filter");
    var list = document.getElementById("job-list");
    var count = document.getElementById("match-count");
    if (!filter || !list) return;
    function apply() {
      var query = filter.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(list.children, function (item) {
        var match = query === "" || item.textContent.toLowerCase().indexOf(query) >= 0;
        item.hidden = !match;
        if (match) shown++;
      });
      if (count) count.textContent = shown + (shown === 1 ? " job" : " jobs");
    }
    filter.addEventListener("input", apply);
    var initial = new URLSearchParams(window.location.search).get("filter");
    if (initial) { filter.value = initial; }
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    wireThemeToggle();
    wireFilter();
  });
})();
