/**
 * The .xlsx package: a zip of XML parts found through relationships (ECMA-376 part 2). Opening fails with the
 * reader's own error kinds, so that a damaged file gets the same message whichever reader met it.
 */
import { attributes, elements } from './xml';
import { entryBytes, entryText, readDirectory } from './zip';
import { platformInflater } from './inflate';

export class PackageError extends Error {}

export interface Package {
  /** The text of a part, or undefined when the package has none by that name. */
  text(path: string): Promise<string | undefined>;
  /** The bytes of a part (inflated), or undefined when the package has none by that name. */
  bytes(path: string): Promise<Uint8Array | undefined>;
  /** Relationship id → target part path, for the part at `path`. */
  relationships(path: string): Promise<Map<string, { readonly type: string; readonly target: string }>>;
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

export async function openPackage(bytes: Uint8Array): Promise<Package> {
  let directory: ReturnType<typeof readDirectory>;
  try {
    directory = readDirectory(bytes);
  } catch (e) {
    throw new PackageError(e instanceof Error ? e.message : String(e));
  }
  const inflate = await platformInflater();
  const part = async (path: string) => {
    const entry = directory.get(path.toLowerCase());
    if (entry === undefined) return undefined;
    try {
      return await entryBytes(bytes, entry, inflate);
    } catch (e) {
      throw new PackageError(e instanceof Error ? e.message : String(e));
    }
  };
  const text = async (path: string) => {
    const data = await part(path);
    return data === undefined ? undefined : entryText(data);
  };
  return {
    text,
    bytes: part,
    async relationships(path) {
      const slash = path.lastIndexOf('/');
      const relsPath = `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
      const xml = (await text(relsPath)) ?? '';
      const out = new Map<string, { type: string; target: string }>();
      for (const r of elements(xml, 'Relationship')) {
        const a = attributes(r.attrs);
        if (a.get('TargetMode') === 'External') continue;
        out.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', target: resolve(path, a.get('Target') ?? '') });
      }
      return out;
    },
  };
}
