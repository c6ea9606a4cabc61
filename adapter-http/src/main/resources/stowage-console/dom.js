// Builds DOM nodes without ever parsing HTML: text is always text.
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'text') node.textContent = value;
    else if (name === 'class') node.className = value;
    else if (name in node && typeof value !== 'string') node[name] = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function size(bytes) {
  if (bytes === null || bytes === undefined) return '';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = Number(bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return (unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)) + ' ' + units[unit];
}

export function date(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d) ? iso : d.toLocaleString();
}

/** Opens a modal dialog built from the given nodes; resolves when it closes, removing it. */
export function modal(title, build, { wide = false } = {}) {
  const dialog = h('dialog', { class: wide ? 'wide' : '', 'aria-label': title });
  const close = () => dialog.close();
  const head = h('div', { class: 'dialog-head' }, h('h2', { text: title }),
    h('button', { type: 'button', class: 'quiet close', 'aria-label': 'Close', text: '×', onclick: close }));
  dialog.append(head);
  document.body.append(dialog);
  const done = new Promise(resolve => dialog.addEventListener('close', () => { resolve(dialog.returnValue); dialog.remove(); }));
  build(dialog, close);
  dialog.showModal();
  const first = dialog.querySelector('[autofocus], input, select, textarea, button:not(.close)');
  if (first) first.focus();
  return done;
}
