// The buckets screen: list (searchable, paged), create, edit, empty and delete.
import { api } from './api.js';
import { h, clear, size, date, modal } from './dom.js';
import { notify, fail } from './notice.js';
import { BUCKET_FIELDS } from './bucket-fields.js';

const PAGE = 50;

export async function renderBuckets(view, state = { search: '', offset: 0 }) {
  const buckets = await api.buckets({ limit: PAGE + 1, offset: state.offset, search: state.search, sortColumn: 'name', sortOrder: 'asc' });
  const more = buckets.length > PAGE;
  const rerender = next => renderBuckets(view, { ...state, ...next }).catch(fail);
  const search = h('input', { type: 'search', id: 'bucket-search', placeholder: 'Search buckets', value: state.search, 'aria-label': 'Search buckets' });
  search.addEventListener('change', () => rerender({ search: search.value, offset: 0 }));
  const rows = buckets.slice(0, PAGE).map(bucket => h('tr', { 'data-bucket': bucket.name },
    h('td', {}, h('a', { href: '#/b/' + encodeURIComponent(bucket.name) + '/', class: 'bucket-link', text: bucket.name })),
    h('td', {}, h('span', { class: 'badge ' + bucket.policy, text: bucket.policy })),
    h('td', { class: 'wide-only', text: bucket.file_size_limit ? size(bucket.file_size_limit) : '—' }),
    h('td', { class: 'wide-only', text: (bucket.allowed_mime_types || []).join(', ') || 'any' }),
    h('td', { class: 'wide-only', text: bucket.volume }),
    h('td', { class: 'wide-only', text: date(bucket.created_at) }),
    h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'quiet', text: 'Edit', 'aria-label': 'Edit ' + bucket.name, onclick: () => edit(bucket, rerender) }),
      h('button', { type: 'button', class: 'quiet', text: 'Empty', 'aria-label': 'Empty ' + bucket.name, onclick: () => empty(bucket, rerender) }),
      h('button', { type: 'button', class: 'quiet danger', text: 'Delete', 'aria-label': 'Delete ' + bucket.name, onclick: () => remove(bucket, rerender) }))));
  clear(view,
    h('div', { class: 'bar' },
      h('h1', { text: 'Buckets' }),
      search,
      h('button', { type: 'button', id: 'new-bucket', text: 'New bucket', onclick: () => create(rerender) })),
    rows.length
      ? h('div', { class: 'table-wrap' }, h('table', { id: 'buckets' },
          h('thead', {}, h('tr', {}, h('th', { text: 'Name' }), h('th', { text: 'Access' }), h('th', { class: 'wide-only', text: 'Size limit' }),
            h('th', { class: 'wide-only', text: 'Allowed types' }), h('th', { class: 'wide-only', text: 'Volume' }),
            h('th', { class: 'wide-only', text: 'Created' }), h('th', { text: 'Actions' }))),
          h('tbody', {}, rows)))
      : h('p', { class: 'empty', id: 'no-buckets', text: state.search ? 'No bucket matches.' : 'No buckets you can see yet.' }),
    pager(state, more, rerender));
}

function pager(state, more, rerender) {
  if (!state.offset && !more) return null;
  return h('div', { class: 'pager' },
    h('button', { type: 'button', class: 'quiet', text: '← Previous', disabled: state.offset === 0, onclick: () => rerender({ offset: Math.max(0, state.offset - PAGE) }) }),
    h('span', { class: 'muted', text: 'from ' + (state.offset + 1) }),
    h('button', { type: 'button', class: 'quiet', text: 'Next →', disabled: !more, onclick: () => rerender({ offset: state.offset + PAGE }) }));
}

function form(bucket, submitLabel, onSubmit) {
  return (dialog, close) => {
    const inputs = {};
    const fields = BUCKET_FIELDS.filter(field => !(bucket && field.createOnly)).map(field => {
      const id = 'bucket-' + field.name.replace(/_/g, '-');
      const value = bucket && field.read ? String(field.read(bucket)) : '';
      const input = field.options
        ? h('select', { id, name: field.name }, field.options.map(option => h('option', { value: option, text: option, selected: option === (value || field.options[0]) })))
        : h('input', { id, name: field.name, value, required: Boolean(field.required), autocomplete: 'off', 'aria-describedby': id + '-hint' });
      inputs[field.name] = input;
      return h('div', { class: 'field' }, h('label', { for: id, text: field.label }), input, h('small', { id: id + '-hint', class: 'muted', text: field.hint || '' }));
    });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const body = () => {
      const json = {};
      for (const field of BUCKET_FIELDS) {
        const input = inputs[field.name];
        if (!input) continue;
        const write = field.write || (v => v);
        const value = write(input.value);
        const before = bucket && field.read ? write(String(field.read(bucket))) : undefined;
        if (value !== undefined && (!bucket || JSON.stringify(value) !== JSON.stringify(before))) json[field.name] = value;
      }
      return json;
    };
    const submit = h('form', { class: 'stack', id: 'bucket-form' }, fields, error,
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'quiet', text: 'Cancel', onclick: close }),
        h('button', { type: 'submit', id: 'bucket-save', text: submitLabel })));
    submit.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await onSubmit(body());
        close();
      } catch (e) {
        error.textContent = e.toString();
        error.hidden = false;
      }
    });
    dialog.append(submit);
  };
}

function create(rerender) {
  modal('New bucket', form(null, 'Create bucket', async json => {
    await api.createBucket(json);
    notify('Bucket ' + json.id + ' created.');
    rerender({});
  }));
}

function edit(bucket, rerender) {
  modal('Edit ' + bucket.name, form(bucket, 'Save', async json => {
    if (Object.keys(json).length) await api.updateBucket(bucket.name, json);
    notify('Bucket ' + bucket.name + ' saved.');
    rerender({});
  }));
}

/** A confirmation that names the bucket and asks for its name to be typed. */
export function confirmByName(title, bucketName, consequence, action) {
  return modal(title, (dialog, close) => {
    const input = h('input', { id: 'confirm-name', autocomplete: 'off', 'aria-describedby': 'confirm-help' });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const go = h('button', { type: 'submit', id: 'confirm-go', class: 'danger', text: title, disabled: true });
    input.addEventListener('input', () => { go.disabled = input.value !== bucketName; });
    const form = h('form', { class: 'stack' },
      h('p', { id: 'confirm-help' }, consequence, ' Type ', h('strong', { text: bucketName }), ' to confirm.'),
      input, error,
      h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'quiet', text: 'Cancel', onclick: close }), go));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await action();
        close();
      } catch (e) {
        error.textContent = e.toString();
        error.hidden = false;
      }
    });
    dialog.append(form);
  });
}

function empty(bucket, rerender) {
  confirmByName('Empty bucket', bucket.name, 'Every object of bucket ' + bucket.name + ' will be deleted.', async () => {
    await api.emptyBucket(bucket.name);
    notify('Bucket ' + bucket.name + ' emptied.');
    rerender({});
  });
}

function remove(bucket, rerender) {
  confirmByName('Delete bucket', bucket.name, 'Bucket ' + bucket.name + ' will be deleted (it must be empty).', async () => {
    await api.deleteBucket(bucket.name);
    notify('Bucket ' + bucket.name + ' deleted.');
    rerender({ offset: 0 });
  });
}
