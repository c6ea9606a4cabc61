// The console's entry: a hash router over the screens, the header and sign-out.
import { renderSignIn } from './signin.js';
import { renderBuckets } from './buckets.js';
import { renderObjects } from './objects.js';
import { renderOps, stopEvents } from './ops.js';
import { token, role, signOut } from './session.js';
import { dismiss, fail } from './notice.js';

const view = document.getElementById('view');

function header() {
  const signedIn = Boolean(token());
  document.getElementById('nav').hidden = !signedIn;
  document.getElementById('who').hidden = !signedIn;
  document.getElementById('nav-ops').hidden = role() !== 'service_role';
  document.getElementById('role').textContent = signedIn ? role() : '';
  const route = location.hash || '#/buckets';
  for (const link of document.querySelectorAll('#nav a')) {
    link.toggleAttribute('aria-current', route.startsWith(link.getAttribute('href')) ||
      (link.id === 'nav-buckets' && route.startsWith('#/b/')));
  }
}

async function route() {
  stopEvents();
  header();
  if (!token()) {
    renderSignIn(view, () => { dismiss(); location.hash = '#/buckets'; route(); });
    return;
  }
  const hash = location.hash.replace(/^#/, '') || '/buckets';
  try {
    if (hash.startsWith('/b/')) {
      const [bucket, ...rest] = hash.slice(3).split('/');
      await renderObjects(view, decodeURIComponent(bucket), rest.map(decodeURIComponent).filter(Boolean).join('/'));
    } else if (hash === '/ops') {
      await renderOps(view);
    } else {
      await renderBuckets(view);
    }
  } catch (e) {
    fail(e);
  }
}

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  dismiss();
  location.hash = '#/';
  route();
});
window.addEventListener('hashchange', () => { dismiss(); route(); });
route();
