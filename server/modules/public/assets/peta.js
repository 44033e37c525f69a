/* global document, window */
// The public map's one enhancement (no framework, no inline code: CSP script-src 'self'): a tooltip
// that follows the pointer — or sits under a region focused from the keyboard — showing the
// region's <title> ("Kabupaten Balangan — Zona Hijau, 81,20 (2023)"). Without it the browser's own
// title tooltip and the links still work.
(function () {
  'use strict';
  var maps = document.querySelectorAll('svg.map');
  if (!maps.length) return;
  var tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  document.body.appendChild(tip);

  function labelOf(target) {
    var path = target && target.closest ? target.closest('path[data-kode]') : null;
    if (!path) return null;
    if (!path.hasAttribute('data-label')) {
      // Keep the text, drop the <title> so the browser does not show a second tooltip.
      var title = path.querySelector('title');
      path.setAttribute('data-label', title ? title.textContent : '');
      if (title) title.remove();
    }
    return path.getAttribute('data-label');
  }
  function show(text, x, y) {
    if (!text) return hide();
    tip.textContent = text;
    tip.hidden = false;
    var w = tip.offsetWidth;
    var left = Math.max(4, Math.min(x + 12, window.innerWidth - w - 4));
    tip.style.left = left + 'px';
    tip.style.top = y + 16 + 'px';
  }
  function hide() {
    tip.hidden = true;
  }
  Array.prototype.forEach.call(maps, function (svg) {
    svg.addEventListener('pointermove', function (e) {
      show(labelOf(e.target), e.clientX, e.clientY);
    });
    svg.addEventListener('pointerleave', hide);
    svg.addEventListener('focusin', function (e) {
      var path = e.target.querySelector ? e.target.querySelector('path') : null;
      if (!path) return;
      var box = path.getBoundingClientRect();
      show(labelOf(path), box.left + box.width / 2, box.bottom);
    });
    svg.addEventListener('focusout', hide);
  });
  window.addEventListener('scroll', hide, { passive: true });
})();
