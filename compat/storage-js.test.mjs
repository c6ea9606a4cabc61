// Drives a running Stowage with the unmodified @supabase/storage-js client.
// Environment: STOWAGE_URL (http://127.0.0.1:port), STOWAGE_ANON_KEY, STOWAGE_USER_KEY, STOWAGE_OTHER_USER_KEY.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { StorageClient } from '@supabase/storage-js';

const base = `${required('STOWAGE_URL')}/storage/v1`;
const anonKey = required('STOWAGE_ANON_KEY');
const client = as(required('STOWAGE_USER_KEY'));
const otherUser = as(required('STOWAGE_OTHER_USER_KEY'));
const bucket = `compat-${Date.now().toString(36)}`;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function as(token) {
  return new StorageClient(base, { apikey: anonKey, Authorization: `Bearer ${token}` });
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

function ok({ data, error }) {
  assert.equal(error, null, error && `${error.name}: ${error.message} (${error.status ?? error.statusCode})`);
  return data;
}

test('bucket lifecycle and objects through storage-js', async (t) => {
  await t.test('createBucket', async () => {
    const data = ok(await client.createBucket(bucket, { public: false, fileSizeLimit: '5MB' }));
    assert.equal(data.name, bucket);
  });

  await t.test('createBucket twice is a conflict', async () => {
    const { error } = await client.createBucket(bucket);
    assert.ok(error, 'expected an error');
    assert.equal(error.status ?? Number(error.statusCode), 409);
  });

  await t.test('getBucket', async () => {
    const data = ok(await client.getBucket(bucket));
    assert.equal(data.id, bucket);
    assert.equal(data.name, bucket);
    assert.equal(data.public, false);
    assert.equal(data.file_size_limit, 5 * 1024 * 1024);
  });

  await t.test('listBuckets shows it', async () => {
    const data = ok(await client.listBuckets());
    assert.ok(data.some((b) => b.id === bucket), 'bucket missing from listBuckets');
  });

  await t.test('updateBucket', async () => {
    ok(await client.updateBucket(bucket, { public: true, allowedMimeTypes: ['text/*', 'application/octet-stream', 'image/png'] }));
    const data = ok(await client.getBucket(bucket));
    assert.equal(data.public, true);
    assert.deepEqual(data.allowed_mime_types, ['text/*', 'application/octet-stream', 'image/png']);
  });

  const raw = randomBytes(256 * 1024);
  await t.test('upload a Buffer (raw body)', async () => {
    const data = ok(await client.from(bucket).upload('docs/raw.bin', raw, { contentType: 'application/octet-stream' }));
    assert.equal(data.path, 'docs/raw.bin');
    assert.equal(data.fullPath, `${bucket}/docs/raw.bin`);
    assert.match(data.id, /^[0-9a-f-]{36}$/);
  });

  const text = 'hello from storage-js ✓';
  await t.test('upload a Blob (multipart form)', async () => {
    const blob = new Blob([text], { type: 'text/plain' });
    const data = ok(await client.from(bucket).upload('docs/notes/hello.txt', blob, { cacheControl: '120' }));
    assert.equal(data.path, 'docs/notes/hello.txt');
  });

  await t.test('upload to an existing path without upsert fails, with upsert replaces', async () => {
    const { error } = await client.from(bucket).upload('docs/raw.bin', Buffer.from('x'));
    assert.ok(error, 'expected a conflict');
    assert.equal(error.status ?? Number(error.statusCode), 409);
    const replacement = randomBytes(1000);
    ok(await client.from(bucket).upload('docs/replaced.bin', replacement, { contentType: 'application/octet-stream' }));
    ok(await client.from(bucket).upload('docs/replaced.bin', raw, { contentType: 'application/octet-stream', upsert: true }));
  });

  await t.test('another user cannot overwrite it', async () => {
    const { error } = await otherUser.from(bucket).upload('docs/raw.bin', Buffer.from('x'), { upsert: true });
    assert.ok(error, 'expected a refusal');
    assert.equal(error.status ?? Number(error.statusCode), 403);
  });

  await t.test('a disallowed mime type is refused', async () => {
    const { error } = await client.from(bucket).upload('docs/page.html', Buffer.from('<p>'), { contentType: 'text/html' });
    assert.equal(error, null, 'text/* allows text/html');
    const refused = await client.from(bucket).upload('docs/x.json', Buffer.from('{}'), { contentType: 'application/json' });
    assert.ok(refused.error, 'expected a mime refusal');
    assert.equal(refused.error.status ?? Number(refused.error.statusCode), 415);
  });

  await t.test('list one folder level', async () => {
    const root = ok(await client.from(bucket).list());
    assert.deepEqual(root.map((e) => e.name), ['docs']);
    assert.equal(root[0].id, null);
    const docs = ok(await client.from(bucket).list('docs', { sortBy: { column: 'name', order: 'asc' } }));
    assert.deepEqual(docs.map((e) => e.name), ['notes', 'page.html', 'raw.bin', 'replaced.bin']);
    const rawEntry = docs.find((e) => e.name === 'raw.bin');
    assert.equal(rawEntry.metadata.size, raw.length);
    assert.equal(rawEntry.metadata.mimetype, 'application/octet-stream');
    const limited = ok(await client.from(bucket).list('docs', { limit: 2, offset: 1 }));
    assert.deepEqual(limited.map((e) => e.name), ['page.html', 'raw.bin']);
    const searched = ok(await client.from(bucket).list('docs', { search: 'r' }));
    assert.deepEqual(searched.map((e) => e.name), ['raw.bin', 'replaced.bin']);
  });

  await t.test('download returns the same bytes', async () => {
    const blob = ok(await client.from(bucket).download('docs/raw.bin'));
    assert.equal(sha256(Buffer.from(await blob.arrayBuffer())), sha256(raw));
    const replaced = ok(await client.from(bucket).download('docs/replaced.bin'));
    assert.equal(sha256(Buffer.from(await replaced.arrayBuffer())), sha256(raw));
    const hello = ok(await client.from(bucket).download('docs/notes/hello.txt'));
    assert.equal(await hello.text(), text);
  });

  await t.test('download of a missing object is an error', async () => {
    const { data, error } = await client.from(bucket).download('docs/missing.txt');
    assert.equal(data, null);
    assert.equal(error.status ?? Number(error.statusCode), 404);
  });

  await t.test('upload with metadata (raw and multipart), then info shows it', async () => {
    const metadata = { project: 'stowage', reviewed: true, tags: ['a', 'b'] };
    ok(await client.from(bucket).upload('docs/meta.txt', Buffer.from('with metadata'), { contentType: 'text/plain', metadata }));
    const raw = ok(await client.from(bucket).info('docs/meta.txt'));
    assert.deepEqual(raw.metadata, metadata);
    assert.equal(raw.name, 'docs/meta.txt');
    assert.equal(raw.bucketId, bucket);
    assert.equal(raw.size, Buffer.byteLength('with metadata'));
    assert.equal(raw.contentType, 'text/plain');
    assert.equal(raw.cacheControl, 'max-age=3600');
    assert.match(raw.id, /^[0-9a-f-]{36}$/);
    assert.match(raw.version, /^[0-9a-f-]{36}$/);
    assert.match(raw.etag, /^"[0-9a-f]{64}"$/);
    assert.ok(!Number.isNaN(Date.parse(raw.lastModified)) && !Number.isNaN(Date.parse(raw.createdAt)));

    const blob = new Blob(['form metadata'], { type: 'text/plain' });
    ok(await client.from(bucket).upload('docs/meta-form.txt', blob, { cacheControl: '60', metadata }));
    const form = ok(await client.from(bucket).info('docs/meta-form.txt'));
    assert.deepEqual(form.metadata, metadata);
    assert.equal(form.cacheControl, 'max-age=60');

    const listed = ok(await client.from(bucket).list('docs', { search: 'meta' }));
    assert.deepEqual(listed.find((e) => e.name === 'meta.txt').user_metadata, metadata);
  });

  await t.test('info of an object without metadata, and of a missing one', async () => {
    const hello = ok(await client.from(bucket).info('docs/notes/hello.txt'));
    assert.equal(hello.metadata, null);
    assert.equal(hello.cacheControl, 'max-age=120');
    const { data, error } = await client.from(bucket).info('docs/missing.txt');
    assert.equal(data, null);
    assert.equal(error.status ?? Number(error.statusCode), 404);
  });

  await t.test('exists is true for a readable object and false for missing or unreadable ones', async () => {
    assert.equal(ok(await client.from(bucket).exists('docs/raw.bin')), true);
    const missing = await client.from(bucket).exists('docs/missing.txt');
    assert.equal(missing.data, false);
    const privateBucket = `${bucket}-private`;
    ok(await client.createBucket(privateBucket, { public: false }));
    ok(await client.from(privateBucket).upload('secret.txt', Buffer.from('secret'), { contentType: 'text/plain' }));
    assert.equal(ok(await client.from(privateBucket).exists('secret.txt')), true);
    const hidden = await otherUser.from(privateBucket).exists('secret.txt');
    assert.equal(hidden.data, false, 'another user cannot tell a private object exists');
    ok(await client.emptyBucket(privateBucket));
    ok(await client.deleteBucket(privateBucket));
  });

  await t.test('download as an attachment through the client\'s download option', async () => {
    const { data: asFile } = client.from(bucket).getPublicUrl('docs/notes/hello.txt', { download: true });
    const response = await fetch(asFile.publicUrl);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="hello.txt"; filename*=UTF-8''hello.txt`);
    assert.equal(await response.text(), text);
    const { data: renamed } = client.from(bucket).getPublicUrl('docs/notes/hello.txt', { download: 'grüße.txt' });
    const named = await fetch(renamed.publicUrl);
    assert.equal(named.headers.get('content-disposition'), `attachment; filename="gr__e.txt"; filename*=UTF-8''gr%C3%BC%C3%9Fe.txt`);
    const inline = await fetch(client.from(bucket).getPublicUrl('docs/notes/hello.txt').data.publicUrl);
    assert.match(inline.headers.get('content-disposition'), /^inline; /);
    assert.equal(inline.headers.get('x-content-type-options'), 'nosniff');
  });

  await t.test('an HTML object downloads as a sandboxed attachment', async () => {
    const response = await fetch(client.from(bucket).getPublicUrl('docs/page.html').data.publicUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-disposition'), /^attachment; /);
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    const blob = ok(await client.from(bucket).download('docs/page.html'));
    assert.equal(await blob.text(), '<p>');
  });

  await t.test('a wrong client checksum is refused and stores nothing', async () => {
    const wrong = createHash('sha256').update('something else').digest('base64');
    const { error } = await client.from(bucket).upload('docs/checked.txt', Buffer.from('checked'),
      { contentType: 'text/plain', headers: { 'x-checksum-sha256': wrong } });
    assert.ok(error, 'expected BadDigest');
    assert.equal(error.status ?? Number(error.statusCode), 400);
    assert.equal((await client.from(bucket).exists('docs/checked.txt')).data, false);
    const right = createHash('sha256').update('checked').digest('base64');
    ok(await client.from(bucket).upload('docs/checked.txt', Buffer.from('checked'),
      { contentType: 'text/plain', headers: { 'x-checksum-sha256': right } }));
  });

  await t.test('remove', async () => {
    const data = ok(await client.from(bucket).remove(['docs/raw.bin', 'docs/not-there.bin']));
    assert.equal(data.length, 1);
    assert.equal(data[0].name, 'docs/raw.bin');
    const { error } = await client.from(bucket).download('docs/raw.bin');
    assert.equal(error.status ?? Number(error.statusCode), 404);
  });

  await t.test('deleteBucket refuses a non-empty bucket', async () => {
    const { error } = await client.deleteBucket(bucket);
    assert.ok(error, 'expected ResourceNotEmpty');
    assert.equal(error.status ?? Number(error.statusCode), 409);
  });

  await t.test('emptyBucket then deleteBucket', async () => {
    ok(await client.emptyBucket(bucket));
    assert.deepEqual(ok(await client.from(bucket).list('docs')), []);
    ok(await client.deleteBucket(bucket));
    const { error } = await client.getBucket(bucket);
    assert.equal(error.status ?? Number(error.statusCode), 404);
  });
});
