// The site's behaviour, without a framework or a CDN: the theme toggle (kept in localStorage), dark diagrams,
// and sortable, filterable tables.
(function () {
  'use strict';

  var root = document.documentElement;

  function storedTheme() {
    try { return window.localStorage.getItem('introspect-theme'); } catch (e) { return null; }
  }

  // Diagrams are written in both themes: name.svg and name.dark.svg.
  function applyDiagramTheme(theme) {
    var images = document.querySelectorAll('main img');
    for (var i = 0; i < images.length; i++) {
      var image = images[i];
      var light = image.getAttribute('data-light-src') || image.getAttribute('src') || '';
      if (!/\.svg$/.test(light) || /\.dark\.svg$/.test(light) || light.indexOf('diagrams/') < 0) { continue; }
      image.setAttribute('data-light-src', light);
      var wanted = theme === 'dark' ? light.replace(/\.svg$/, '.dark.svg') : light;
      if (image.getAttribute('src') !== wanted) { image.setAttribute('src', wanted); }
    }
  }

  function setTheme(theme, remember) {
    root.setAttribute('data-theme', theme);
    if (remember) {
      try { window.localStorage.setItem('introspect-theme', theme); } catch (e) { /* file:// without storage */ }
    }
    var toggle = document.querySelector('.theme-toggle');
    if (toggle) {
      toggle.textContent = theme === 'dark' ? 'Light theme' : 'Dark theme';
      toggle.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
    }
    applyDiagramTheme(theme);
  }

  var toggle = document.querySelector('.theme-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      setTheme(root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark', true);
    });
  }
  if (window.matchMedia) {
    var query = window.matchMedia('(prefers-color-scheme: dark)');
    var follow = function (event) { if (!storedTheme()) { setTheme(event.matches ? 'dark' : 'light', false); } };
    if (query.addEventListener) { query.addEventListener('change', follow); }
  }
  setTheme(root.getAttribute('data-theme') === 'dark' ? 'dark' : 'light', false);

  // Tables: click a heading to sort (again to reverse); numbers sort as numbers.
  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : '';
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    for (var i = 0; i < headers.length; i++) {
      (function (index, header) {
        header.setAttribute('tabindex', '0');
        header.setAttribute('aria-sort', 'none');
        header.classList.add('sortable');
        var sort = function () {
          var ascending = header.getAttribute('aria-sort') !== 'ascending';
          for (var h = 0; h < headers.length; h++) { headers[h].setAttribute('aria-sort', 'none'); }
          header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = cellText(a, index), y = cellText(b, index);
            var nx = parseFloat(x), ny = parseFloat(y);
            var result = !isNaN(nx) && !isNaN(ny) && String(nx) === x && String(ny) === y ? nx - ny : x.localeCompare(y);
            return ascending ? result : -result;
          });
          for (var r = 0; r < rows.length; r++) { body.appendChild(rows[r]); }
        };
        header.addEventListener('click', sort);
        header.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); sort(); } });
      })(i, headers[i]);
    }
  }

  var tables = document.querySelectorAll('main table');
  for (var t = 0; t < tables.length; t++) { makeSortable(tables[t]); }

  // The filter: a text box over every row, and a drop-down per facet column the page names (data-facets).
  var facets = (document.body.getAttribute('data-facets') || '').split(',').filter(function (name) { return name.length > 0; });
  var longest = 0;
  for (var l = 0; l < tables.length; l++) { longest = Math.max(longest, tables[l].tBodies[0] ? tables[l].tBodies[0].rows.length : 0); }
  if (tables.length === 0 || (facets.length === 0 && longest < 8)) { return; }

  function columnIndex(table, name) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    for (var i = 0; i < headers.length; i++) { if (headers[i].textContent.trim() === name) { return i; } }
    return -1;
  }

  var bar = document.createElement('div');
  bar.className = 'filter-bar';
  bar.setAttribute('role', 'search');
  var text = document.createElement('input');
  text.type = 'search';
  text.placeholder = 'Filter';
  text.setAttribute('aria-label', 'Filter the table rows');
  text.className = 'filter-text';
  bar.appendChild(text);

  var selects = [];
  facets.forEach(function (facet) {
    var values = {};
    for (var t = 0; t < tables.length; t++) {
      var index = columnIndex(tables[t], facet);
      if (index < 0) { continue; }
      var rows = tables[t].tBodies[0] ? tables[t].tBodies[0].rows : [];
      for (var r = 0; r < rows.length; r++) { values[cellText(rows[r], index)] = true; }
    }
    var names = Object.keys(values).sort();
    if (names.length < 2) { return; }
    var select = document.createElement('select');
    select.setAttribute('aria-label', facet);
    select.setAttribute('data-facet', facet);
    var all = document.createElement('option');
    all.value = '';
    all.textContent = facet + ': all';
    select.appendChild(all);
    names.forEach(function (name) {
      var option = document.createElement('option');
      option.value = name;
      option.textContent = name;
      select.appendChild(option);
    });
    bar.appendChild(select);
    selects.push(select);
  });

  var count = document.createElement('span');
  count.className = 'filter-count';
  count.setAttribute('aria-live', 'polite');
  bar.appendChild(count);

  function apply() {
    var needle = text.value.trim().toLowerCase();
    var shown = 0, total = 0;
    for (var t = 0; t < tables.length; t++) {
      var table = tables[t];
      var rows = table.tBodies[0] ? table.tBodies[0].rows : [];
      for (var r = 0; r < rows.length; r++) {
        var row = rows[r];
        var visible = needle.length === 0 || row.textContent.toLowerCase().indexOf(needle) >= 0;
        for (var s = 0; s < selects.length && visible; s++) {
          var wanted = selects[s].value;
          if (wanted === '') { continue; }
          var index = columnIndex(table, selects[s].getAttribute('data-facet'));
          visible = index >= 0 && cellText(row, index) === wanted;
        }
        row.hidden = !visible;
        total++;
        if (visible) { shown++; }
      }
    }
    count.textContent = shown === total ? total + ' rows' : shown + ' of ' + total + ' rows';
  }

  text.addEventListener('input', apply);
  selects.forEach(function (select) { select.addEventListener('change', apply); });
  // Above the first table, or above the heading that introduces it.
  var first = tables[0];
  var before = first.previousElementSibling && /^H[2-6]$/.test(first.previousElementSibling.tagName) ? first.previousElementSibling : first;
  before.parentNode.insertBefore(bar, before);
  apply();
})();
