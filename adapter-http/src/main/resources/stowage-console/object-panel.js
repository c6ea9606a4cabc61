// One object's panel: details, preview and actions (download, share, move/rename, copy, delete).
import { api } from './api.js';
import { h, clear, size, date, modal } from './dom.js';
import { notify, fail } from './notice.js';
import { preview, download } from './preview.js';

const EXPIRIES = [[300, '5 minutes'], [3600, '1 hour'], [86400, '1 day'], [604800, '7 days']];

export async function openObject(bucket, key, bucketInfo, refresh) {
  let info;
  try {
    info = await api.info(bucket, key);
  } catch (e) {
    fail(e);
    return;
  }
  let release = () => {};
  await modal(key.split('/').pop(), (dialog, close) => {
    dialog.id = 'object-panel';
    const previewBox = h('div', { class: 'preview', id: 'preview' });
    const share = h('div', { class: 'share', id: 'share' });
    dialog.append(
      h('div', { class: 'panel-grid' },
        h('div', {}, previewBox),
        h('div', {},
          details(info),
          h('div', { class: 'buttons left' },
            h('button', { type: 'button', id: 'download', text: 'Download', onclick: () => download(bucket, key).catch(fail) }),
            h('button', { type: 'button', class: 'quiet', id: 'rename', text: 'Move / rename',
              onclick: () => transfer('Move', bucket, key, api.move, () => { close(); refresh(); }) }),
            h('button', { type: 'button', class: 'quiet', id: 'copy', text: 'Copy',
              onclick: () => transfer('Copy', bucket, key, api.copy, () => { close(); refresh(); }) }),
            h('button', { type: 'button', class: 'quiet danger', id: 'delete', text: 'Delete',
              onclick: () => removeOne(bucket, key, () => { close(); refresh(); }) })),
          shareForm(share, bucket, key, bucketInfo))));
    preview(previewBox, bucket, info).then(r => { release = r; })
      .catch(e => previewBox.append(h('p', { class: 'error', role: 'alert', text: 'Preview failed: ' + e.toString() })));
  }, { wide: true });
  release();
}

function details(info) {
  const rows = [
    ['Path', info.name], ['Size', size(info.size) + ' (' + info.size + ' bytes)'], ['Type', info.content_type],
    ['ETag', info.etag], ['SHA-256', (info.etag || '').replace(/"/g, '')], ['Version', info.version],
    ['Cache-Control', info.cache_control], ['Modified', date(info.last_modified)], ['Created', date(info.created_at)],
  ];
  return h('dl', { class: 'details', id: 'details' },
    rows.flatMap(([name, value]) => [h('dt', { text: name }), h('dd', { text: value ?? '' })]),
    h('dt', { text: 'Custom metadata' }),
    h('dd', {}, info.metadata ? h('pre', { text: JSON.stringify(info.metadata, null, 2) }) : 'none'));
}

function shareForm(box, bucket, key, bucketInfo) {
  const expiry = h('select', { id: 'share-expiry', 'aria-label': 'Link valid for' },
    EXPIRIES.map(([seconds, text]) => h('option', { value: seconds, text, selected: seconds === 3600 })));
  const out = h('div', { id: 'share-out' });
  const sign = async () => {
    try {
      const signed = await api.sign(bucket, key, Number(expiry.value));
      clear(out, linkField('signed-url', 'Signed link (until ' + date(signed.expires_at) + ')', api.absolute(signed.signedURL)));
    } catch (e) { fail(e); }
  };
  return clear(box,
    h('h3', { text: 'Share' }),
    h('div', { class: 'bar' }, h('label', { for: 'share-expiry', text: 'Valid for' }), expiry,
      h('button', { type: 'button', id: 'share-sign', text: 'Create signed link', onclick: sign })),
    out,
    bucketInfo && bucketInfo.policy === 'public' ? linkField('public-url', 'Public link', api.publicUrl(bucket, key)) : null);
}

function linkField(id, label, url) {
  const input = h('input', { id, value: url, readOnly: true, class: 'url' });
  const copy = h('button', { type: 'button', class: 'quiet', text: 'Copy', 'aria-label': 'Copy ' + label,
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(url);
        notify('Link copied.');
      } catch (e) {
        input.select();
        notify('Select and copy the link (the clipboard is not available here).', 'error');
      }
    } });
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), h('div', { class: 'bar tight' }, input, copy));
}

function transfer(verb, bucket, key, call, done) {
  modal(verb + ' ' + key.split('/').pop(), (dialog, close) => {
    const target = h('input', { id: 'transfer-key', value: key, required: true, autocomplete: 'off' });
    const targetBucket = h('input', { id: 'transfer-bucket', value: bucket, required: true, autocomplete: 'off' });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const form = h('form', { class: 'stack' },
      h('label', { for: 'transfer-key', text: 'New path' }), target,
      h('label', { for: 'transfer-bucket', text: 'Bucket' }), targetBucket, error,
      h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'quiet', text: 'Cancel', onclick: close }),
        h('button', { type: 'submit', id: 'transfer-go', text: verb })));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await call(bucket, key, target.value.trim(), targetBucket.value.trim());
        close();
        notify((verb === 'Move' ? 'Moved to ' : 'Copied to ') + targetBucket.value.trim() + '/' + target.value.trim() + '.');
        done();
      } catch (e) {
        error.textContent = e.toString();
        error.hidden = false;
      }
    });
    dialog.append(form);
  });
}

function removeOne(bucket, key, done) {
  modal('Delete ' + key.split('/').pop(), (dialog, close) => {
    dialog.append(h('p', { text: 'Delete ' + bucket + '/' + key + '? This cannot be undone.' }),
      h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'quiet', text: 'Cancel', onclick: close }),
        h('button', { type: 'button', id: 'confirm-delete', class: 'danger', text: 'Delete', onclick: async () => {
          try {
            await api.remove(bucket, [key]);
            close();
            notify('Deleted ' + key + '.');
            done();
          } catch (e) { close(); fail(e); }
        } })));
  });
}
