// FAQ editor: live preview. Without this file "Vorschau" is a plain post that shows the page
// again with the results. With it, the preview runs in the background a moment after typing
// stops (and on "Vorschau"), and only the results region (aria-live="polite") is replaced.
'use strict';
(function () {
  var form = document.getElementById('faq-editor');
  var out = document.getElementById('preview');
  if (!form || !out || !window.fetch || !window.FormData) return;
  var timer = null;
  var seq = 0;
  function run() {
    var data = new FormData(form);
    data.set('op', 'preview');
    var mine = ++seq;
    out.setAttribute('aria-busy', 'true');
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(data),
      headers: { 'X-Fragment': '1' },
      credentials: 'same-origin'
    }).then(function (res) {
      if (!res.ok) throw new Error('preview failed');
      return res.text();
    }).then(function (html) {
      if (mine === seq) out.innerHTML = html;
    }).catch(function () {
      // Leave the last preview; "Vorschau" still works as a plain post.
    }).finally(function () {
      if (mine === seq) out.removeAttribute('aria-busy');
    });
  }
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 500);
  });
  form.addEventListener('submit', function (ev) {
    if (ev.submitter && ev.submitter.value === 'preview') {
      ev.preventDefault();
      clearTimeout(timer);
      run();
    }
  });
})();
