// The upload queue: each file with a progress bar, its speed and a cancel button; three at a time.
import { api } from './api.js';
import { h, size } from './dom.js';

const PARALLEL = 3;

export function uploadQueue(panel, onFinished) {
  const waiting = [];
  let running = 0;

  function next() {
    while (running < PARALLEL && waiting.length) {
      running++;
      waiting.shift()().finally(() => { running--; next(); if (!running && !waiting.length) onFinished(); });
    }
  }

  return function add(bucket, key, file, upsert) {
    const bar = h('progress', { max: file.size || 1, value: 0, 'aria-label': 'Upload of ' + file.name });
    const status = h('span', { class: 'upload-status muted', text: 'waiting' });
    let task = null;
    let cancelled = false;
    const cancel = h('button', { type: 'button', class: 'quiet', text: 'Cancel', 'aria-label': 'Cancel upload of ' + file.name,
      onclick: () => { cancelled = true; if (task) task.abort(); else { row.dataset.state = 'cancelled'; status.textContent = 'cancelled'; cancel.disabled = true; } } });
    const row = h('li', { class: 'upload', 'data-key': key, 'data-state': 'waiting' },
      h('span', { class: 'upload-name', text: key }), bar, status, cancel);
    panel.hidden = false;
    panel.querySelector('ul').append(row);
    waiting.push(async () => {
      if (cancelled) return;
      const started = performance.now();
      row.dataset.state = 'uploading';
      task = api.upload(bucket, key, file, {
        upsert,
        onProgress: (loaded, total) => {
          bar.max = total || 1;
          bar.value = loaded;
          const seconds = (performance.now() - started) / 1000;
          status.textContent = size(loaded) + ' of ' + size(total) + (seconds > 0.2 ? ', ' + size(loaded / seconds) + '/s' : '');
        },
      });
      try {
        await task.done;
        bar.value = bar.max;
        row.dataset.state = 'done';
        status.textContent = 'done, ' + size(file.size) + ' in ' + ((performance.now() - started) / 1000).toFixed(1) + ' s';
      } catch (e) {
        row.dataset.state = e.code === 'Cancelled' ? 'cancelled' : 'failed';
        status.textContent = e.code === 'Cancelled' ? 'cancelled' : e.toString();
        status.className = 'upload-status ' + (e.code === 'Cancelled' ? 'muted' : 'error');
      }
      cancel.disabled = true;
    });
    next();
  };
}
