// Previews inside the page, fetched from the API with the token: images and PDFs as blob: URLs typed
// by the console (never by the upload, so nothing uploaded runs here), text as text (first 1 MiB,
// by a Range request), audio and video from a short-lived signed URL so the player can send ranges.
import { api } from './api.js';
import { h, size } from './dom.js';

const TEXT_LIMIT = 1024 * 1024;
const IMAGE_LIMIT = 50 * 1024 * 1024;
const PDF_LIMIT = 50 * 1024 * 1024;
const MEDIA_SIGNED_SECONDS = 600;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp', 'image/x-icon'];
const TEXT_TYPES = /^(text\/|application\/(json|csv|x-ndjson|yaml|x-yaml|toml|sql|xml|javascript|ecmascript)|.*\+(json|xml)$)/;

export function previewKind(type) {
  const base = (type || '').split(';')[0].trim().toLowerCase();
  if (IMAGE_TYPES.includes(base)) return 'image';
  if (base === 'application/pdf') return 'pdf';
  if (base.startsWith('audio/')) return 'audio';
  if (base.startsWith('video/')) return 'video';
  if (TEXT_TYPES.test(base)) return 'text';
  return null;
}

/** Fills `box` with the preview; returns a function that releases its blob URL. */
export async function preview(box, bucket, info) {
  const kind = previewKind(info.content_type);
  if (!kind) {
    box.append(h('p', { class: 'muted', text: 'No preview for ' + info.content_type + '.' }));
    return () => {};
  }
  if (kind === 'text') {
    const response = await api.read(bucket, info.name, { Range: 'bytes=0-' + (TEXT_LIMIT - 1) });
    const text = await response.text();
    box.append(h('pre', { class: 'text-preview', id: 'text-preview', tabindex: 0, text }));
    if (info.size > TEXT_LIMIT) box.append(h('p', { class: 'muted', text: 'The first 1 MiB of ' + size(info.size) + '.' }));
    return () => {};
  }
  if (kind === 'audio' || kind === 'video') {
    const signed = await api.sign(bucket, info.name, MEDIA_SIGNED_SECONDS);
    box.append(h(kind, { controls: true, preload: 'metadata', src: api.absolute(signed.signedURL), class: 'media-preview' }));
    return () => {};
  }
  const limit = kind === 'image' ? IMAGE_LIMIT : PDF_LIMIT;
  if (info.size > limit) {
    box.append(h('p', { class: 'muted', text: 'Too large to preview here (' + size(info.size) + '); download it instead.' }));
    return () => {};
  }
  const response = await api.read(bucket, info.name);
  const type = kind === 'pdf' ? 'application/pdf' : info.content_type.split(';')[0].trim();
  const url = URL.createObjectURL(new Blob([await response.arrayBuffer()], { type }));
  if (kind === 'image') box.append(h('img', { src: url, alt: 'Preview of ' + info.name, id: 'image-preview', class: 'image-preview' }));
  else box.append(h('iframe', { src: url, title: 'Preview of ' + info.name, class: 'pdf-preview' }));
  return () => URL.revokeObjectURL(url);
}

/** Downloads through a one-minute signed URL: the browser streams it to disk, the page holds no bytes. */
export async function download(bucket, key) {
  const signed = await api.sign(bucket, key, 60);
  const link = h('a', { href: api.absolute(signed.signedURL) + '&download', hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
}
