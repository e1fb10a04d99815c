/**
 * The signed-in API key. It lives in sessionStorage (gone with the tab, never shared with other
 * tabs) and only ever leaves the page in an `Authorization` header: never in a URL, a cookie or a log.
 */
const STORAGE_KEY = "dp.apiKey";

type Listener = (key: string | null, reason: string | null) => void;
const listeners = new Set<Listener>();

export function getKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setKey(key: string): void {
  sessionStorage.setItem(STORAGE_KEY, key.trim());
  listeners.forEach((l) => l(key.trim(), null));
}

/** Sign out; `reason` is shown on the sign-in form (e.g. the key was refused). */
export function clearKey(reason: string | null = null): void {
  sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((l) => l(null, reason));
}

export function onKeyChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
