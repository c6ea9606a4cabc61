// The sign-in screen: paste a key or a JWT; it is checked against the API before it is kept.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { signIn, signOut } from './session.js';

export function renderSignIn(view, onSignedIn) {
  const error = h('p', { id: 'signin-error', class: 'error', role: 'alert', hidden: true });
  const field = h('textarea', { id: 'token', name: 'token', rows: 4, required: true, autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'token-help', placeholder: 'eyJhbGciOiJIUzI1NiJ9…' });
  const form = h('form', { class: 'card signin', id: 'signin-form' },
    h('h1', { text: 'Sign in' }),
    h('label', { for: 'token', text: 'Key or JWT' }),
    field,
    h('p', { id: 'token-help', class: 'muted', text: 'Paste a key printed at start-up (anon or service_role) or a user\'s token. ' +
      'It stays in this tab only and is forgotten when the tab closes.' }),
    error,
    h('button', { type: 'submit', id: 'signin-submit', text: 'Sign in' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const value = field.value.trim().replace(/^Bearer\s+/i, '');
    error.hidden = true;
    signIn(value);
    try {
      await api.buckets({ limit: 1 });
      onSignedIn();
    } catch (e) {
      signOut();
      error.textContent = 'Not signed in: ' + e.toString();
      error.hidden = false;
      field.focus();
    }
  });
  clear(view, form);
  field.focus();
}
