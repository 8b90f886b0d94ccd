// Runs in <head>, before the page is drawn: applies the stored theme, else the system's, so the page never flashes.
(function () {
  var stored = null;
  try { stored = window.localStorage.getItem('introspect-theme'); } catch (e) { stored = null; }
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.setAttribute('data-theme', stored === 'dark' || stored === 'light' ? stored : (dark ? 'dark' : 'light'));
})();
