// Searches the prebuilt index (assets/search-index.js) in the browser: every word must appear in the entry.
(function () {
  'use strict';
  var index = window.introspectSearchIndex || [];
  var main = document.querySelector('main');
  var box = document.createElement('input');
  box.type = 'search';
  box.className = 'search-box';
  box.placeholder = 'Search jobs, rules, resources and findings';
  box.setAttribute('aria-label', 'Search');
  var summary = document.createElement('p');
  summary.className = 'search-summary';
  summary.setAttribute('aria-live', 'polite');
  var list = document.createElement('ol');
  list.className = 'search-results';
  main.appendChild(box);
  main.appendChild(summary);
  main.appendChild(list);

  function search() {
    var words = box.value.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (words.length === 0) { summary.textContent = index.length + ' entries.'; return; }
    var hits = index.filter(function (entry) {
      var haystack = (entry.type + ' ' + entry.title + ' ' + entry.text).toLowerCase();
      return words.every(function (word) { return haystack.indexOf(word) >= 0; });
    });
    summary.textContent = hits.length === 1 ? '1 result.' : hits.length + ' results.';
    hits.slice(0, 200).forEach(function (entry) {
      var item = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'search-type';
      kind.textContent = entry.type;
      var link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.title;
      var text = document.createElement('span');
      text.className = 'search-text';
      text.textContent = entry.text;
      item.appendChild(kind);
      item.appendChild(link);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var query = /[?&]q=([^&]*)/.exec(window.location.search);
  if (query) { box.value = decodeURIComponent(query[1].replace(/\+/g, ' ')); }
  box.addEventListener('input', search);
  search();
  box.focus();
})();
