// Search over the names, addresses and descriptions of the page's elements.
(function () {
  'use strict';
  var input = document.getElementById('search');
  var entries = Array.prototype.slice.call(document.querySelectorAll('#sidebar .entry'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('main section.item'));
  var none = document.getElementById('no-results');
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var matches = function (el) {
      var text = el.getAttribute('data-search') || '';
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    };
    var shown = 0;
    entries.forEach(function (el) { var ok = matches(el); el.hidden = !ok; if (ok) { shown++; } });
    sections.forEach(function (el) { el.hidden = !matches(el); });
    none.hidden = shown > 0 || words.length === 0;
    document.body.setAttribute('data-matches', String(shown));
  }
  input.addEventListener('input', apply);
  // #search=words in the address fills the box, so a search can be linked to.
  var m = /(?:^|&)search=([^&]*)/.exec(location.hash.replace(/^#/, ''));
  if (m) {
    try {
      input.value = decodeURIComponent(m[1]);
    } catch (e) {
      input.value = m[1]; // malformed escapes (%E0%A4%A): the text as it is
    }
  }
  apply();
}());
