// The public REST API under /storage/v1, called with the session's bearer token: the console can do
// nothing a client could not.
import { token } from './session.js';

export const BASE = '/storage/v1';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  toString() {
    return (this.status ? this.status + ' ' : '') + (this.code ? this.code + ': ' : '') + this.message;
  }
}

/** Each path segment percent-encoded, the slashes kept. */
export function keyPath(key) {
  return key.split('/').map(encodeURIComponent).join('/');
}

function objectPath(bucket, key) {
  return encodeURIComponent(bucket) + '/' + keyPath(key);
}

function authorize(headers) {
  const value = token();
  if (value) headers.set('Authorization', 'Bearer ' + value);
  return headers;
}

export async function errorOf(response) {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text);
    return new ApiError(response.status, body.error || body.code || response.statusText, body.message || text);
  } catch (e) {
    return new ApiError(response.status, response.statusText, text || 'the server answered ' + response.status);
  }
}

async function request(method, path, { json, headers = {}, raw = false, signal, base = BASE } = {}) {
  const all = authorize(new Headers(headers));
  let body;
  if (json !== undefined) {
    all.set('Content-Type', 'application/json');
    body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(base + path, { method, headers: all, body, cache: 'no-store', signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NetworkError', 'the server could not be reached (' + e.message + ')');
  }
  if (!response.ok && !(raw === 'any')) throw await errorOf(response);
  return raw ? response : response.json();
}

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

export const api = {
  buckets: (params = {}) => request('GET', '/bucket' + query(params)),
  bucket: id => request('GET', '/bucket/' + encodeURIComponent(id)),
  createBucket: body => request('POST', '/bucket', { json: body }),
  updateBucket: (id, body) => request('PUT', '/bucket/' + encodeURIComponent(id), { json: body }),
  emptyBucket: id => request('POST', '/bucket/' + encodeURIComponent(id) + '/empty', { json: {} }),
  deleteBucket: id => request('DELETE', '/bucket/' + encodeURIComponent(id), { json: {} }),

  list: (bucket, body) => request('POST', '/object/list/' + encodeURIComponent(bucket), { json: body }),
  info: (bucket, key) => request('GET', '/object/info/' + objectPath(bucket, key)),
  read: (bucket, key, headers = {}) => request('GET', '/object/' + objectPath(bucket, key), { headers, raw: true }),
  remove: (bucket, keys) => request('DELETE', '/object/' + encodeURIComponent(bucket), { json: { prefixes: keys } }),
  move: (bucketId, sourceKey, destinationKey, destinationBucket) =>
    request('POST', '/object/move', { json: { bucketId, sourceKey, destinationKey, destinationBucket } }),
  copy: (bucketId, sourceKey, destinationKey, destinationBucket) =>
    request('POST', '/object/copy', { json: { bucketId, sourceKey, destinationKey, destinationBucket } }),
  sign: (bucket, key, expiresIn) => request('POST', '/object/sign/' + objectPath(bucket, key), { json: { expiresIn } }),
  publicUrl: (bucket, key) => location.origin + BASE + '/object/public/' + objectPath(bucket, key),
  absolute: signedPath => location.origin + BASE + signedPath,

  health: async () => (await request('GET', '/health', { base: '', raw: 'any' })).json(),
  sweep: () => request('POST', '/admin/sweep'),

  /** Starts an upload with progress events; returns {done: Promise, abort()}. */
  upload(bucket, key, file, { upsert = false, onProgress = () => {} } = {}) {
    const xhr = new XMLHttpRequest();
    const done = new Promise((resolve, reject) => {
      xhr.open('POST', BASE + '/object/' + objectPath(bucket, key));
      const value = token();
      if (value) xhr.setRequestHeader('Authorization', 'Bearer ' + value);
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      xhr.setRequestHeader('x-upsert', String(upsert));
      xhr.upload.addEventListener('progress', event => onProgress(event.loaded, event.lengthComputable ? event.total : file.size));
      xhr.addEventListener('load', () => {
        if (xhr.status >= 200 && xhr.status < 300) { resolve(JSON.parse(xhr.responseText || '{}')); return; }
        let body = {};
        try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
        reject(new ApiError(xhr.status, body.error || xhr.statusText, body.message || 'the upload was refused'));
      });
      xhr.addEventListener('error', () => reject(new ApiError(0, 'NetworkError', 'the connection failed during the upload')));
      xhr.addEventListener('abort', () => reject(new ApiError(0, 'Cancelled', 'the upload was cancelled')));
      xhr.send(file);
    });
    return { done, abort: () => xhr.abort() };
  },

  /** Reads the event stream with fetch (EventSource cannot send the Authorization header). */
  async events(params, onEvent, signal) {
    const response = await request('GET', '/events' + query(params), { headers: { Accept: 'text/event-stream' }, raw: true, signal });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message = { id: null, event: 'message', data: [] };
        for (const line of block.split('\n')) {
          const colon = line.indexOf(':');
          if (colon === 0) continue;
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') message.data.push(text);
          else if (field === 'id') message.id = text;
          else if (field === 'event') message.event = text;
        }
        if (message.data.length) onEvent({ ...message, data: message.data.join('\n') });
      }
    }
  },
};
