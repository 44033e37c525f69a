/* global document */
// The report form's one enhancement (no framework, no inline code: CSP script-src 'self'): a search
// box above the registry picker that narrows its options as the citizen types. Without it the
// picker (a plain <select>, grouped by province) still works.
(function () {
  'use strict';
  var select = document.getElementById('f-body-governmentId');
  if (!select) return;
  var all = Array.prototype.slice.call(select.querySelectorAll('option'));
  var groups = Array.prototype.slice.call(select.querySelectorAll('optgroup'));
  var wrap = document.createElement('div');
  wrap.className = 'field';
  var label = document.createElement('label');
  label.htmlFor = 'f-body-search';
  label.textContent = select.getAttribute('data-search-label') || 'Cari';
  var box = document.createElement('input');
  box.type = 'search';
  box.id = 'f-body-search';
  box.autocomplete = 'off';
  wrap.appendChild(label);
  wrap.appendChild(box);
  select.parentNode.parentNode.insertBefore(wrap, select.parentNode);
  function norm(s) {
    return s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  }
  box.addEventListener('input', function () {
    var q = norm(box.value.trim());
    var first = null;
    all.forEach(function (o) {
      var show = !o.value || !q || norm(o.textContent).indexOf(q) >= 0;
      o.hidden = !show;
      o.disabled = !show && !o.selected;
      if (show && o.value && !first) first = o;
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector('option:not([hidden])');
    });
    if (q && first && (!select.value || select.selectedOptions[0].hidden)) select.value = first.value;
  });
})();
