// One message line under the header: API errors as the API words them, and confirmations.
let timer;

export function notify(text, kind = 'ok') {
  const box = document.getElementById('notice');
  box.textContent = text;
  box.className = 'notice ' + kind;
  box.hidden = false;
  clearTimeout(timer);
  if (kind === 'ok') timer = setTimeout(() => { box.hidden = true; }, 6000);
}

export function fail(error) {
  if (error && error.name === 'AbortError') return;
  notify(String(error && error.toString ? error.toString() : error), 'error');
}

export function dismiss() {
  document.getElementById('notice').hidden = true;
}
