// Drives a running Stowage with the unmodified @supabase/storage-js client.
// Environment: STOWAGE_URL (http://127.0.0.1:port), STOWAGE_ANON_KEY, STOWAGE_USER_KEY, STOWAGE_OTHER_USER_KEY.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
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

test('move and copy through storage-js', async (t) => {
  const source = `${bucket}-mv`;
  const target = `${bucket}-mv2`;
  const bytes = randomBytes(40_000);
  const downloaded = async (b, path) => Buffer.from(await ok(await client.from(b).download(path)).arrayBuffer());
  ok(await client.createBucket(source, { public: false }));
  ok(await client.createBucket(target, { public: false }));
  ok(await client.from(source).upload('a/file.bin', bytes, { contentType: 'application/octet-stream' }));

  await t.test('move within a bucket', async () => {
    const data = ok(await client.from(source).move('a/file.bin', 'b/file.bin'));
    assert.equal(data.message, 'Successfully moved');
    assert.equal(sha256(await downloaded(source, 'b/file.bin')), sha256(bytes));
    assert.equal((await client.from(source).exists('a/file.bin')).data, false);
  });

  await t.test('move to another bucket', async () => {
    ok(await client.from(source).move('b/file.bin', 'c/file.bin', { destinationBucket: target }));
    assert.equal(sha256(await downloaded(target, 'c/file.bin')), sha256(bytes));
    assert.equal((await client.from(source).exists('b/file.bin')).data, false);
  });

  await t.test('move onto a taken path is a conflict', async () => {
    ok(await client.from(target).upload('taken.txt', Buffer.from('taken'), { contentType: 'text/plain' }));
    const { error } = await client.from(target).move('c/file.bin', 'taken.txt');
    assert.equal(error.status ?? Number(error.statusCode), 409);
  });

  await t.test('copy within a bucket', async () => {
    const data = ok(await client.from(target).copy('c/file.bin', 'd/copy.bin'));
    assert.equal(data.path, `${target}/d/copy.bin`);
    assert.equal(sha256(await downloaded(target, 'd/copy.bin')), sha256(bytes));
    assert.equal(sha256(await downloaded(target, 'c/file.bin')), sha256(bytes));
  });

  await t.test('copy to another bucket', async () => {
    const data = ok(await client.from(target).copy('c/file.bin', 'e/copy.bin', { destinationBucket: source }));
    assert.equal(data.path, `${source}/e/copy.bin`);
    ok(await client.from(target).remove(['c/file.bin']));
    assert.equal(sha256(await downloaded(source, 'e/copy.bin')), sha256(bytes));
  });

  await t.test('another user cannot copy a private object', async () => {
    const { error } = await otherUser.from(source).copy('e/copy.bin', 'stolen.bin');
    assert.equal(error.status ?? Number(error.statusCode), 404);
  });

  for (const b of [source, target]) {
    ok(await client.emptyBucket(b));
    ok(await client.deleteBucket(b));
  }
});

test('signed URLs and signed uploads through storage-js', async (t) => {
  const shared = `${bucket}-sign`;
  const bytes = randomBytes(30_000);
  ok(await client.createBucket(shared, { public: false }));
  ok(await client.from(shared).upload('docs/report.bin', bytes, { contentType: 'application/octet-stream' }));

  await t.test('createSignedUrl, fetched with no credentials, gives the same bytes', async () => {
    const { signedUrl } = ok(await client.from(shared).createSignedUrl('docs/report.bin', 60));
    const response = await fetch(signedUrl);
    assert.equal(response.status, 200);
    assert.equal(sha256(Buffer.from(await response.arrayBuffer())), sha256(bytes));
    assert.match(response.headers.get('content-disposition'), /^inline/);
  });

  await t.test('createSignedUrl with the download option gives an attachment', async () => {
    const { signedUrl } = ok(await client.from(shared).createSignedUrl('docs/report.bin', 60, { download: true }));
    const response = await fetch(signedUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-disposition'), /^attachment; filename="report.bin"/);
    const named = await fetch(ok(await client.from(shared).createSignedUrl('docs/report.bin', 60, { download: 'q3.bin' })).signedUrl);
    assert.match(named.headers.get('content-disposition'), /^attachment; filename="q3.bin"/);
    await named.arrayBuffer();
    await response.arrayBuffer();
  });

  await t.test('another user cannot sign a private object', async () => {
    const { error } = await otherUser.from(shared).createSignedUrl('docs/report.bin', 60);
    assert.equal(error.status ?? Number(error.statusCode), 404);
  });

  await t.test('createSignedUrls: one URL per readable path, an error for a missing one', async () => {
    const data = ok(await client.from(shared).createSignedUrls(['docs/report.bin', 'docs/missing.bin'], 60));
    assert.equal(data.length, 2);
    assert.equal(data[0].path, 'docs/report.bin');
    assert.equal(data[0].error, null);
    const response = await fetch(data[0].signedUrl);
    assert.equal(sha256(Buffer.from(await response.arrayBuffer())), sha256(bytes));
    assert.equal(data[1].path, 'docs/missing.bin');
    assert.equal(data[1].signedURL, null);
    assert.equal(data[1].signedUrl, null);
    assert.ok(data[1].error, 'expected an error string');
  });

  await t.test('createSignedUploadUrl + uploadToSignedUrl, then download equals', async () => {
    const signed = ok(await client.from(shared).createSignedUploadUrl('inbox/upload.bin'));
    assert.equal(signed.path, 'inbox/upload.bin');
    assert.ok(signed.token);
    const upload = randomBytes(20_000);
    // the uploader holds no credentials of its own: only the token counts
    const stranger = new StorageClient(base, { apikey: anonKey });
    const data = ok(await stranger.from(shared).uploadToSignedUrl('inbox/upload.bin', signed.token, upload,
      { contentType: 'application/octet-stream' }));
    assert.equal(data.fullPath, `${shared}/inbox/upload.bin`);
    const downloaded = Buffer.from(await ok(await client.from(shared).download('inbox/upload.bin')).arrayBuffer());
    assert.equal(sha256(downloaded), sha256(upload));
  });

  await t.test('uploadToSignedUrl with a Blob (multipart) and upsert chosen when signing', async () => {
    const signed = ok(await client.from(shared).createSignedUploadUrl('inbox/upload.bin', { upsert: true }));
    const blob = new Blob(['replaced through a signed URL'], { type: 'text/plain' });
    ok(await client.from(shared).uploadToSignedUrl('inbox/upload.bin', signed.token, blob));
    const text = await ok(await client.from(shared).download('inbox/upload.bin')).text();
    assert.equal(text, 'replaced through a signed URL');
  });

  await t.test('an upload token cannot download, a download token cannot upload', async () => {
    const { token } = ok(await client.from(shared).createSignedUploadUrl('inbox/other.bin'));
    const asDownload = await fetch(`${base}/object/sign/${shared}/inbox/other.bin?token=${token}`);
    assert.equal(asDownload.status, 403);
    await asDownload.arrayBuffer();
    const { signedUrl } = ok(await client.from(shared).createSignedUrl('docs/report.bin', 60));
    const downloadToken = new URL(signedUrl).searchParams.get('token');
    const { error } = await client.from(shared).uploadToSignedUrl('docs/report.bin', downloadToken, Buffer.from('x'));
    assert.equal(error.status ?? Number(error.statusCode), 403);
  });

  ok(await client.emptyBucket(shared));
  ok(await client.deleteBucket(shared));
});

// A W x H RGB PNG made here (node has no image library): one filter byte and W pixels per row.
function png(width, height) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      raw[at] = x % 256; raw[at + 1] = y % 256; raw[at + 2] = 128;
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header[8] = 8; header[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// The format and size an encoded image declares in its header: PNG's IHDR, or WebP's VP8 / VP8L / VP8X chunk.
function dimensions(bytes) {
  const b = Buffer.from(bytes);
  if (b.readUInt32BE(0) === 0x89504e47) return { format: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  assert.equal(b.toString('ascii', 0, 4), 'RIFF'); assert.equal(b.toString('ascii', 8, 12), 'WEBP');
  const kind = b.toString('ascii', 12, 16);
  if (kind === 'VP8 ') return { format: 'webp', width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (kind === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (kind === 'VP8X') return { format: 'webp', width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  throw new Error(`unknown WebP chunk ${kind}`);
}

test('image transformations through storage-js', async (t) => {
  const images = `render-${Date.now().toString(36)}`;
  const path = 'pics/wide.png';
  ok(await client.createBucket(images, { public: true }));
  ok(await client.from(images).upload(path, png(400, 200), { contentType: 'image/png' }));

  await t.test('download with transform', async () => {
    const blob = ok(await client.from(images).download(path, { transform: { width: 100, height: 50 } }));
    assert.deepEqual(dimensions(await blob.arrayBuffer()), { format: 'png', width: 100, height: 50 });
  });

  await t.test('createSignedUrl with transform', async () => {
    const { signedUrl } = ok(await client.from(images).createSignedUrl(path, 60,
      { transform: { width: 80, height: 80, resize: 'contain' } }));
    assert.ok(signedUrl.includes('/render/image/sign/'), signedUrl);
    const response = await fetch(signedUrl);
    assert.equal(response.status, 200);
    assert.deepEqual(dimensions(await response.arrayBuffer()), { format: 'png', width: 80, height: 40 });
  });

  // storage-js 2.109's createSignedUrls sends no transform (only expiresIn and paths): nothing to test there

  await t.test('getPublicUrl with transform', async () => {
    const { data: { publicUrl } } = client.from(images).getPublicUrl(path, { transform: { width: 50, quality: 70 } });
    assert.ok(publicUrl.includes('/render/image/public/'), publicUrl);
    const plain = await fetch(publicUrl);
    assert.equal(plain.headers.get('content-type'), 'image/png');
    assert.deepEqual(dimensions(await plain.arrayBuffer()), { format: 'png', width: 50, height: 25 });
    const webp = await fetch(publicUrl, { headers: { Accept: 'image/webp,*/*' } });
    assert.equal(webp.headers.get('content-type'), 'image/webp');
    assert.deepEqual(dimensions(await webp.arrayBuffer()), { format: 'webp', width: 50, height: 25 });
  });

  await t.test('another user cannot render a private image', async () => {
    ok(await client.updateBucket(images, { public: false }));
    const { error } = await otherUser.from(images).download(path, { transform: { width: 10 } });
    assert.ok(error, 'expected an error');
    assert.equal(error.status ?? Number(error.statusCode), 404);
  });
});
