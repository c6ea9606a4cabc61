// Drives a running Stowage's resumable upload endpoint with the unmodified tus-js-client.
// Environment: STOWAGE_URL (http://127.0.0.1:port), STOWAGE_ANON_KEY, STOWAGE_USER_KEY.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import * as tus from 'tus-js-client';

const base = `${required('STOWAGE_URL')}/storage/v1`;
const anonKey = required('STOWAGE_ANON_KEY');
const userKey = required('STOWAGE_USER_KEY');
const bucket = `tus-${Date.now().toString(36)}`;
const small = `${bucket}-small`;
const CHUNK = 6 * 1024 * 1024;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

const auth = { apikey: anonKey, authorization: `Bearer ${userKey}` };

async function api(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return response;
}

/** Uploads with tus-js-client as Supabase documents it; resolves with the upload, rejects with its error. */
function upload(bytes, { bucketName = bucket, objectName, contentType = 'application/octet-stream', upsert = false,
  cacheControl, metadata, duringCreation = false } = {}) {
  return new Promise((resolve, reject) => {
    const meta = { bucketName, objectName, contentType };
    if (cacheControl) meta.cacheControl = cacheControl;
    if (metadata) meta.metadata = JSON.stringify(metadata);
    const u = new tus.Upload(bytes, {
      endpoint: `${base}/upload/resumable`,
      retryDelays: [],
      headers: { ...auth, 'x-upsert': upsert ? 'true' : 'false' },
      uploadDataDuringCreation: duringCreation,
      removeFingerprintOnSuccess: true,
      metadata: meta,
      chunkSize: CHUNK,
      onError: reject,
      onSuccess: () => resolve(u),
    });
    u.start();
  });
}

async function download(path) {
  const response = await fetch(`${base}/object/${path}`, { headers: auth });
  assert.equal(response.status, 200, `download ${path}`);
  return Buffer.from(await response.arrayBuffer());
}

function statusOf(error) {
  return error.originalResponse ? error.originalResponse.getStatus() : undefined;
}

test('tus-js-client against the resumable endpoint', async (t) => {
  await t.test('buckets', async () => {
    assert.equal((await api('POST', '/bucket', { id: bucket, name: bucket })).status, 200);
    assert.equal((await api('POST', '/bucket', { id: small, name: small, file_size_limit: 1000,
      allowed_mime_types: ['text/plain'] })).status, 200);
  });

  for (const [name, size] of [['0 B', 0], ['1 B', 1], ['6 MB exactly', CHUNK]]) {
    await t.test(`${name} upload`, async () => {
      const bytes = randomBytes(size);
      await upload(bytes, { objectName: `sizes/${size}.bin` });
      const got = await download(`${bucket}/sizes/${size}.bin`);
      assert.equal(got.length, size);
      assert.equal(sha256(got), sha256(bytes));
    });
  }

  await t.test('20 MiB in 6 MB chunks', async () => {
    const bytes = randomBytes(20 * 1024 * 1024);
    await upload(bytes, { objectName: 'big/20mib.bin' });
    const got = await download(`${bucket}/big/20mib.bin`);
    assert.equal(sha256(got), sha256(bytes));
  });

  await t.test('creation-with-upload: the first chunk rides on the POST', async () => {
    const bytes = randomBytes(CHUNK + 12345);
    await upload(bytes, { objectName: 'big/during-creation.bin', duringCreation: true });
    assert.equal(sha256(await download(`${bucket}/big/during-creation.bin`)), sha256(bytes));
  });

  await t.test('content type, cache control and user metadata', async () => {
    await upload(Buffer.from('hello tus'), { objectName: 'meta/hello.txt', contentType: 'text/plain',
      cacheControl: '60', metadata: { purpose: 'test', n: 1 } });
    const info = await (await api('GET', `/object/info/${bucket}/meta/hello.txt`)).json();
    assert.equal(info.cache_control, 'max-age=60');
    assert.deepEqual(info.metadata, { purpose: 'test', n: 1 });
    assert.match(info.content_type, /^text\/plain/);
    assert.equal((await download(`${bucket}/meta/hello.txt`)).toString(), 'hello tus');
  });

  await t.test('upsert off refuses an existing path, upsert on replaces it', async () => {
    await upload(Buffer.from('first'), { objectName: 'upsert/a.txt' });
    await assert.rejects(upload(Buffer.from('second'), { objectName: 'upsert/a.txt' }),
      (error) => statusOf(error) === 409);
    assert.equal((await download(`${bucket}/upsert/a.txt`)).toString(), 'first');
    await upload(Buffer.from('second'), { objectName: 'upsert/a.txt', upsert: true });
    assert.equal((await download(`${bucket}/upsert/a.txt`)).toString(), 'second');
  });

  await t.test('a type the bucket does not allow is 415 at creation', async () => {
    await assert.rejects(upload(Buffer.from('png?'), { bucketName: small, objectName: 'x.png', contentType: 'image/png' }),
      (error) => statusOf(error) === 415);
  });

  await t.test('a length over the bucket limit is 413 at creation', async () => {
    await assert.rejects(upload(randomBytes(2000), { bucketName: small, objectName: 'big.txt', contentType: 'text/plain' }),
      (error) => statusOf(error) === 413);
    assert.notEqual((await api('GET', `/object/${small}/big.txt`)).status, 200);
  });
});
