// Helpdesk web chat: progressive enhancement. Without this file every form is a plain post
// that returns a full page. With it, the chat's forms are posted in the background and the
// answer is added to the conversation (role="log", read out by screen readers) without a reload.
'use strict';
(function () {
  var log = document.getElementById('chat-log');
  if (!log || !window.fetch || !window.FormData) return;
  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    var mode = form.getAttribute('data-chat');
    if (!mode) return;
    ev.preventDefault();
    var data = new FormData(form, ev.submitter || undefined);
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(data),
      headers: { 'X-Chat-Fragment': '1' },
      credentials: 'same-origin'
    }).then(function (res) {
      return res.text().then(function (html) { return { ok: res.ok || res.status < 500, html: html }; });
    }).then(function (r) {
      if (!r.ok) throw new Error('failed');
      var box = document.createElement('div');
      box.innerHTML = r.html;
      if (mode === 'replace') {
        form.replaceWith.apply(form, Array.prototype.slice.call(box.childNodes));
        return;
      }
      while (box.firstChild) log.appendChild(box.firstChild);
      var q = document.getElementById('q');
      if (form.id === 'ask' && q) q.value = '';
      var last = log.lastElementChild;
      if (last && last.scrollIntoView) last.scrollIntoView({ block: 'nearest' });
      if (q) q.focus();
    }).catch(function () {
      // Fall back to the plain post: the page comes back with the answer.
      form.removeAttribute('data-chat');
      form.submit();
    }).finally(function () {
      buttons.forEach(function (b) { b.disabled = false; });
    });
  });
})();
