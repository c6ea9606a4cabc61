// The signed-in token lives only in this tab's session storage: closing the tab forgets it.
const KEY = 'stowage.token';

export function token() {
  return sessionStorage.getItem(KEY);
}

export function signIn(value) {
  sessionStorage.setItem(KEY, value);
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The token's claims, decoded for display only (the server checks the signature). */
export function claims() {
  const value = token();
  if (!value) return {};
  try {
    const part = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(part), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json) || {};
  } catch (e) {
    return {};
  }
}

export function role() {
  return claims().role || 'unknown';
}
