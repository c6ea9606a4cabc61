// The objects screen of one bucket: breadcrumbs, folders and files a page at a time (sorted, searched),
// create folder, upload by picker or drag and drop, select many and delete them.
import { api } from './api.js';
import { h, clear, size, date, modal } from './dom.js';
import { notify, fail } from './notice.js';
import { uploadQueue } from './uploads.js';
import { openObject } from './object-panel.js';

const PAGE_SIZES = [50, 100, 500];
const PLACEHOLDER = '.emptyFolderPlaceholder';

export function folderHash(bucket, prefix) {
  return '#/b/' + encodeURIComponent(bucket) + '/' + (prefix ? prefix.split('/').map(encodeURIComponent).join('/') + '/' : '');
}

export async function renderObjects(view, bucket, prefix) {
  const state = { bucket, prefix, offset: 0, limit: 100, column: 'name', order: 'asc', search: '', selected: new Set() };
  const bucketInfo = await api.bucket(bucket).catch(() => null);
  const uploads = h('section', { class: 'uploads', id: 'uploads', hidden: true, 'aria-label': 'Uploads' },
    h('h2', { text: 'Uploads' }), h('ul'));
  const listing = h('div', { id: 'listing' });
  const refresh = () => load(listing, state, bucketInfo, refresh).catch(fail);
  const enqueue = uploadQueue(uploads, refresh);
  const upsert = h('input', { type: 'checkbox', id: 'upsert' });
  const picker = h('input', { type: 'file', id: 'file-input', multiple: true, class: 'visually-hidden' });
  const sendFiles = files => { for (const file of files) enqueue(bucket, join(state.prefix, file.name), file, upsert.checked); };
  picker.addEventListener('change', () => { sendFiles(picker.files); picker.value = ''; });
  const search = h('input', { type: 'search', id: 'object-search', placeholder: 'Search this folder', 'aria-label': 'Search this folder' });
  search.addEventListener('change', () => { state.search = search.value; state.offset = 0; refresh(); });
  const sort = h('select', { id: 'object-sort', 'aria-label': 'Sort by' },
    [['name:asc', 'Name A–Z'], ['name:desc', 'Name Z–A'], ['updated_at:desc', 'Newest first'], ['updated_at:asc', 'Oldest first'], ['created_at:desc', 'Recently created']]
      .map(([value, text]) => h('option', { value, text })));
  sort.addEventListener('change', () => { [state.column, state.order] = sort.value.split(':'); state.offset = 0; refresh(); });
  const pageSize = h('select', { id: 'page-size', 'aria-label': 'Entries per page' }, PAGE_SIZES.map(n => h('option', { value: n, text: n + ' per page', selected: n === state.limit })));
  pageSize.addEventListener('change', () => { state.limit = Number(pageSize.value); state.offset = 0; refresh(); });
  const area = h('section', { class: 'drop', id: 'drop-area', 'aria-label': 'Objects; drop files here to upload' },
    h('div', { class: 'bar' },
      h('label', { for: 'file-input', class: 'button', id: 'upload-button', tabindex: 0, text: 'Upload files',
        onkeydown: event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); picker.click(); } } }),
      picker,
      h('label', { class: 'check' }, upsert, ' overwrite'),
      h('button', { type: 'button', class: 'quiet', id: 'new-folder', text: 'New folder', onclick: () => newFolder(state) }),
      h('button', { type: 'button', class: 'quiet danger', id: 'delete-selected', text: 'Delete selected', onclick: () => removeSelected(state, refresh) }),
      search, sort, pageSize),
    uploads, listing);
  area.addEventListener('dragover', event => { event.preventDefault(); area.classList.add('over'); });
  area.addEventListener('dragleave', () => area.classList.remove('over'));
  area.addEventListener('drop', event => { event.preventDefault(); area.classList.remove('over'); sendFiles(event.dataTransfer.files); });
  clear(view, breadcrumbs(bucket, prefix, bucketInfo), area);
  await load(listing, state, bucketInfo, refresh);
}

function join(prefix, name) {
  return prefix ? prefix + '/' + name : name;
}

function breadcrumbs(bucket, prefix, bucketInfo) {
  const parts = prefix ? prefix.split('/') : [];
  const crumbs = [h('li', {}, h('a', { href: '#/buckets', text: 'Buckets' })),
    h('li', {}, h('a', { href: folderHash(bucket, ''), text: bucket, 'aria-current': parts.length ? null : 'page' }))];
  parts.forEach((part, i) => crumbs.push(h('li', {}, h('a', { href: folderHash(bucket, parts.slice(0, i + 1).join('/')), text: part,
    'aria-current': i === parts.length - 1 ? 'page' : null }))));
  return h('div', { class: 'bar' },
    h('nav', { 'aria-label': 'Breadcrumbs', class: 'crumbs' }, h('ol', { id: 'breadcrumbs' }, crumbs)),
    bucketInfo ? h('span', { class: 'badge ' + bucketInfo.policy, text: bucketInfo.policy }) : null);
}

async function load(listing, state, bucketInfo, refresh) {
  const entries = await api.list(state.bucket, { prefix: state.prefix, limit: state.limit + 1, offset: state.offset,
    sortBy: { column: state.column, order: state.order }, search: state.search });
  const more = entries.length > state.limit;
  const shown = entries.slice(0, state.limit).filter(entry => entry.name !== PLACEHOLDER);
  state.selected.clear();
  const rows = shown.map(entry => entry.id === null ? folderRow(state, entry) : fileRow(state, entry, bucketInfo, refresh));
  clear(listing,
    rows.length
      ? h('div', { class: 'table-wrap' }, h('table', { id: 'objects' },
          h('thead', {}, h('tr', {}, h('th', { class: 'pick' }, h('span', { class: 'visually-hidden', text: 'Select' })), h('th', { text: 'Name' }),
            h('th', { text: 'Size' }), h('th', { class: 'wide-only', text: 'Type' }), h('th', { class: 'wide-only', text: 'Modified' }))),
          h('tbody', {}, rows)))
      : h('p', { class: 'empty', id: 'no-objects', text: state.search ? 'Nothing matches.' : 'This folder is empty. Upload files or drop them here.' }),
    (state.offset || more) ? h('div', { class: 'pager' },
      h('button', { type: 'button', class: 'quiet', id: 'prev-page', text: '← Previous', disabled: state.offset === 0,
        onclick: () => { state.offset = Math.max(0, state.offset - state.limit); refresh(); } }),
      h('span', { class: 'muted', id: 'page-range', text: 'entries ' + (state.offset + 1) + '–' + (state.offset + Math.min(entries.length, state.limit)) }),
      h('button', { type: 'button', class: 'quiet', id: 'next-page', text: 'Next →', disabled: !more,
        onclick: () => { state.offset += state.limit; refresh(); } })) : null);
}

function folderRow(state, entry) {
  return h('tr', { class: 'folder', 'data-name': entry.name },
    h('td', { class: 'pick' }),
    h('td', {}, h('a', { href: folderHash(state.bucket, join(state.prefix, entry.name)), class: 'folder-link', text: entry.name + '/' })),
    h('td', { class: 'muted', text: 'folder' }), h('td', { class: 'wide-only' }), h('td', { class: 'wide-only' }));
}

function fileRow(state, entry, bucketInfo, refresh) {
  const key = join(state.prefix, entry.name);
  const box = h('input', { type: 'checkbox', 'aria-label': 'Select ' + entry.name,
    onchange: event => { if (event.target.checked) state.selected.add(key); else state.selected.delete(key); } });
  const meta = entry.metadata || {};
  return h('tr', { class: 'file', 'data-name': entry.name },
    h('td', { class: 'pick' }, box),
    h('td', {}, h('button', { type: 'button', class: 'link file-link', text: entry.name,
      onclick: () => openObject(state.bucket, key, bucketInfo, refresh) })),
    h('td', { text: size(meta.size) }),
    h('td', { class: 'wide-only', text: meta.mimetype || '' }),
    h('td', { class: 'wide-only', text: date(entry.updated_at) }));
}

function newFolder(state) {
  modal('New folder', (dialog, close) => {
    const input = h('input', { id: 'folder-name', required: true, autocomplete: 'off', pattern: '[^/]+', title: 'a name without /' });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const form = h('form', { class: 'stack' }, h('label', { for: 'folder-name', text: 'Folder name' }), input, error,
      h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'quiet', text: 'Cancel', onclick: close }),
        h('button', { type: 'submit', id: 'folder-create', text: 'Create' })));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const folder = join(state.prefix, input.value.trim());
      try {
        await api.upload(state.bucket, folder + '/' + PLACEHOLDER, new Blob([], { type: 'application/octet-stream' })).done;
        close();
        location.hash = folderHash(state.bucket, folder);
      } catch (e) {
        error.textContent = e.toString();
        error.hidden = false;
      }
    });
    dialog.append(form);
  });
}

function removeSelected(state, refresh) {
  const keys = [...state.selected];
  if (!keys.length) { notify('Select the files to delete first.', 'error'); return; }
  modal('Delete ' + keys.length + ' file' + (keys.length > 1 ? 's' : ''), (dialog, close) => {
    dialog.append(h('ul', { class: 'keys' }, keys.map(key => h('li', { text: key }))),
      h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'quiet', text: 'Cancel', onclick: close }),
        h('button', { type: 'button', id: 'confirm-delete', class: 'danger', text: 'Delete', onclick: async () => {
          try {
            const deleted = await api.remove(state.bucket, keys);
            close();
            notify('Deleted ' + deleted.length + ' of ' + keys.length + '.');
            refresh();
          } catch (e) { close(); fail(e); }
        } })));
  });
}
