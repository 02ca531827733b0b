import { olderThan } from '../catalog/dates.ts';
import { type Catalog, type CatalogItem, DETAIL_FIELDS } from '../catalog/types.ts';
import type { EditedItems } from './activeEdits.ts';

// Edits from a plan workbook kept on this device only (IndexedDB), applied to the published
// catalogue on every load, offline too. They never leave the browser: nothing is sent, and the URL
// (what a shared link carries) holds nothing of them. Loaded by the app once it has rendered (edits
// are rare; the first view does not wait for them), without the workbook library or the validator:
// the edits were validated before they were kept.

export interface LocalEdits {
  /** The workbook's file name. */
  file: string;
  /** When the edits were kept on this device (ISO date and time). */
  saved: string;
  /** The edited items' properties as the files would hold them, by id. */
  items: EditedItems;
}

const DB = 'jinan-blueprint';
const STORE = 'local-edits';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const isEdits = (v: unknown): v is LocalEdits =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as LocalEdits).file === 'string' &&
  typeof (v as LocalEdits).saved === 'string' &&
  typeof (v as LocalEdits).items === 'object';

/** The kept edits, or null (none, or a browser without IndexedDB, such as a private window in some). */
export async function readLocalEdits(): Promise<LocalEdits | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const value = await run('readonly', (s) => s.get(KEY));
    return isEdits(value) ? value : null;
  } catch {
    return null;
  }
}

export async function saveLocalEdits(edits: LocalEdits): Promise<void> {
  await run('readwrite', (s) => s.put(edits, KEY));
}

export async function clearLocalEdits(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}

/** Not the edit's to change: the long texts (the details') and what the build derives from geometry. */
const NOT_OWN: ReadonlySet<string> = new Set([
  ...DETAIL_FIELDS,
  'id',
  'geometry_kind',
  'bounds',
  'districts',
  'search',
  'recheck',
]);

/** The catalogue with the edited items' fields in place; the facts derived from geometry stay as published. */
export function withEdits(catalog: Catalog, items: LocalEdits['items'] | null): Catalog {
  if (!items || Object.keys(items).length === 0) return catalog;
  return {
    ...catalog,
    items: catalog.items.map((item) => {
      const edit = items[item.id];
      if (!edit) return item;
      const next: Record<string, unknown> = { ...item };
      for (const [f, v] of Object.entries(edit)) if (f in item && !NOT_OWN.has(f)) next[f] = v;
      const patched = next as unknown as CatalogItem;
      patched.recheck = olderThan(patched.status_as_of, catalog.reviewed, catalog.recheck_after_months);
      return patched;
    }),
  };
}
