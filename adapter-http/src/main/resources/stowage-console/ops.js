// Operations for the service role: health, volumes (as the buckets name them), the sweeper and live events.
import { api } from './api.js';
import { h, clear, date } from './dom.js';
import { fail } from './notice.js';

const MAX_EVENTS = 200;
let stream = null;

export function stopEvents() {
  if (stream) stream.abort();
  stream = null;
}

export async function renderOps(view) {
  const health = h('div', { id: 'health' }, h('p', { class: 'muted', text: 'Checking…' }));
  const volumes = h('div', { id: 'volumes' });
  const sweep = h('div', { id: 'sweep-report' }, h('p', { class: 'muted', text: 'No sweep run from this page yet.' }));
  const events = h('ol', { id: 'events', class: 'events', 'aria-live': 'polite' });
  const eventBucket = h('input', { id: 'events-bucket', placeholder: 'all buckets', 'aria-label': 'Only events of bucket' });
  const toggle = h('button', { type: 'button', id: 'events-toggle', text: 'Start' });
  const streamState = h('span', { class: 'muted', id: 'events-state', text: 'stopped' });
  toggle.addEventListener('click', () => {
    if (stream) { stopEvents(); toggle.textContent = 'Start'; streamState.textContent = 'stopped'; return; }
    stream = new AbortController();
    toggle.textContent = 'Stop';
    streamState.textContent = 'connecting…';
    const mine = stream;
    api.events({ bucket: eventBucket.value.trim() }, message => {
      streamState.textContent = 'live';
      events.prepend(eventItem(message));
      while (events.children.length > MAX_EVENTS) events.lastChild.remove();
    }, mine.signal).then(() => { if (stream === mine) { streamState.textContent = 'ended by the server'; toggle.textContent = 'Start'; stream = null; } })
      .catch(e => { if (stream === mine) { stream = null; toggle.textContent = 'Start'; streamState.textContent = 'stopped'; fail(e); } });
  });
  clear(view,
    h('h1', { text: 'Operations' }),
    h('div', { class: 'cards' },
      h('section', { class: 'card', 'aria-labelledby': 'health-title' },
        h('div', { class: 'bar' }, h('h2', { id: 'health-title', text: 'Health' }),
          h('button', { type: 'button', class: 'quiet', text: 'Check again', onclick: () => showHealth(health) })), health),
      h('section', { class: 'card', 'aria-labelledby': 'volumes-title' }, h('h2', { id: 'volumes-title', text: 'Volumes' }), volumes),
      h('section', { class: 'card', 'aria-labelledby': 'sweep-title' },
        h('div', { class: 'bar' }, h('h2', { id: 'sweep-title', text: 'Sweeper' }),
          h('button', { type: 'button', id: 'sweep-now', text: 'Sweep now', onclick: () => runSweep(sweep) })), sweep),
      h('section', { class: 'card events-card', 'aria-labelledby': 'events-title' },
        h('div', { class: 'bar' }, h('h2', { id: 'events-title', text: 'Live events' }), eventBucket, toggle, streamState), events)));
  await Promise.all([showHealth(health), showVolumes(volumes)]);
}

function table(id, pairs) {
  return h('table', { id, class: 'kv' }, h('tbody', {}, pairs.map(([name, value]) =>
    h('tr', {}, h('th', { scope: 'row', text: name }), h('td', { text: String(value) })))));
}

async function showHealth(box) {
  try {
    const report = await api.health();
    const consistency = report.consistency || {};
    clear(box,
      h('p', {}, h('span', { class: 'badge ' + (report.status === 'UP' ? 'public' : 'danger'), id: 'health-status', text: report.status })),
      report.failing && report.failing.length ? h('p', { class: 'error', text: 'Failing: ' + report.failing.join(', ') }) : null,
      table('consistency', Object.entries(consistency)));
  } catch (e) {
    clear(box, h('p', { class: 'error', text: e.toString() }));
  }
}

async function showVolumes(box) {
  try {
    const counts = new Map();
    for (let offset = 0; ; offset += 1000) {
      const page = await api.buckets({ limit: 1000, offset });
      for (const bucket of page) counts.set(bucket.volume, (counts.get(bucket.volume) || 0) + 1);
      if (page.length < 1000) break;
    }
    clear(box,
      counts.size ? table('volume-list', [...counts].map(([name, n]) => [name, n + ' bucket' + (n === 1 ? '' : 's')])) : h('p', { class: 'muted', text: 'No bucket yet.' }),
      h('p', { class: 'muted', text: 'Volumes in use by buckets; each volume\'s probe is part of the health check.' }));
  } catch (e) {
    clear(box, h('p', { class: 'error', text: e.toString() }));
  }
}

async function runSweep(box) {
  clear(box, h('p', { class: 'muted', text: 'Sweeping…' }));
  try {
    const report = await api.sweep();
    clear(box, h('p', { class: 'muted', text: 'Run at ' + new Date().toLocaleTimeString() }), table('sweep', Object.entries(report)));
  } catch (e) {
    clear(box, h('p', { class: 'error', text: e.toString() }));
    fail(e);
  }
}

function eventItem(message) {
  let data;
  try { data = JSON.parse(message.data); } catch (e) { data = { type: message.event, raw: message.data }; }
  return h('li', { 'data-type': data.type || message.event },
    h('code', { text: '#' + (message.id ?? '') }), ' ',
    h('strong', { text: data.type || message.event }), ' ',
    h('span', { text: [data.bucket, data.path].filter(Boolean).join('/') }), ' ',
    h('span', { class: 'muted', text: data.timestamp ? date(data.timestamp) : '' }));
}
