// Every bucket setting the form shows: one line per setting. `read` takes it from the API's bucket,
// `write` turns the field's text into the JSON value sent; `createOnly` fields are fixed afterwards.
const list = text => text.split(',').map(part => part.trim()).filter(Boolean);

export const BUCKET_FIELDS = [
  { name: 'id', label: 'Name', createOnly: true, required: true, hint: 'letters, digits, dots, dashes, underscores' },
  { name: 'policy', label: 'Access', options: ['private', 'authenticated', 'public'], read: b => b.policy, hint: 'who may read the objects' },
  { name: 'file_size_limit', label: 'Size limit', read: b => b.file_size_limit ?? '', write: v => (v.trim() ? v.trim() : null), hint: 'e.g. 10MB; empty: no limit' },
  { name: 'allowed_mime_types', label: 'Allowed types', read: b => (b.allowed_mime_types || []).join(', '), write: list, hint: 'e.g. image/*, text/plain; empty: any' },
  { name: 'volume', label: 'Volume', read: b => b.volume ?? '', write: v => v.trim() || undefined, hint: 'empty: the default volume' },
];
