/**
 * The parts an element kept out of ExcelJS's hands points to by relationship (`r:id`), carried into the package it
 * writes (keep.ts): a sheet's printer settings (`<pageSetup r:id>`, in the sheet and in its custom views). Only a
 * part that points to nothing itself is carried, byte for byte, under its own name when the written package has none
 * by it; the element's ids are renumbered for the written part's relationships, and the part gets its content type.
 */
import type { Package } from './ooxml/package';
import { attribute, attributes, elements } from './ooxml/xml';
import { rootOf } from './ooxml/children';

export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A part to carry, found from its owner's relationship. */
export interface CarriedPart {
  readonly type: string;
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

export const relsPathOf = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
};

/** Relative target of `path` from the part `from` (both package paths without the leading `/`). */
export function relativeTarget(from: string, path: string): string {
  const base = from.split('/').slice(0, -1);
  const to = path.split('/');
  let common = 0;
  while (common < base.length && common < to.length - 1 && base[common] === to[common]) common++;
  return [...base.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The content type of each part of the package, from `[Content_Types].xml`. */
export async function contentTypes(pkg: Package): Promise<(path: string) => string | undefined> {
  const xml = (await pkg.text('[Content_Types].xml')) ?? '';
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const e of elements(xml, 'Override')) {
    const a = attributes(e.attrs);
    overrides.set((a.get('PartName') ?? '').replace(/^\//, '').toLowerCase(), a.get('ContentType') ?? '');
  }
  for (const e of elements(xml, 'Default')) {
    const a = attributes(e.attrs);
    defaults.set((a.get('Extension') ?? '').toLowerCase(), a.get('ContentType') ?? '');
  }
  return (path) => overrides.get(path.toLowerCase()) ?? defaults.get(path.slice(path.lastIndexOf('.') + 1).toLowerCase());
}

/** The relationship ids an element refers to (`r:id="…"`, whatever the relationships namespace's prefix). */
export function relationshipIds(element: string, prefixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of prefixes) for (const m of element.matchAll(new RegExp(`\\s${p}:(?:id|embed|link|pict)\\s*=\\s*"([^"]*)"`, 'g'))) out.push(m[1]!);
  return out;
}

/** The prefixes a start tag (or several) binds to the relationships namespace. */
export function relationshipPrefixes(...tags: string[]): string[] {
  const out = new Set<string>();
  for (const tag of tags) for (const m of tag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)) if (m[2] === RELATIONSHIPS_NS) out.add(m[1]!);
  return [...out];
}

/**
 * The parts of `ids` (of the part at `owner`) that can be carried: each one's bytes and content type, when it has no
 * relationships of its own. The others are left out (the caller says so).
 */
export async function carriable(pkg: Package, owner: string, ids: readonly string[], typeOf: (path: string) => string | undefined): Promise<Map<string, CarriedPart>> {
  const rels = await pkg.relationships(owner);
  const out = new Map<string, CarriedPart>();
  for (const id of ids) {
    const rel = rels.get(id);
    if (!rel || out.has(id)) continue;
    const bytes = await pkg.bytes(rel.target);
    const contentType = typeOf(rel.target);
    if (bytes === undefined || contentType === undefined || (await pkg.text(relsPathOf(rel.target))) !== undefined) continue;
    out.set(id, { type: rel.type, path: rel.target, bytes, contentType });
  }
  return out;
}

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** A new relationship's id in a relationships part: the first `rIdN` not taken. */
export function freeId(rels: string): string {
  const root = rootOf(rels);
  const ids = new Set(root.children.map((c) => attribute(rels.slice(c.start, rels.indexOf('>', c.start)), 'Id')));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function withRelationship(rels: string, id: string, type: string, target: string): string {
  const root = rootOf(rels);
  return `${rels.slice(0, root.close)}<Relationship Id="${id}" Type="${type}" Target="${target}"/>${rels.slice(root.close)}`;
}

export function withOverride(types: string, path: string, type: string): string {
  const root = rootOf(types);
  return `${types.slice(0, root.close)}<Override PartName="/${path}" ContentType="${type}"/>${types.slice(root.close)}`;
}

/** The parts of the written package to change, by path, shared by everything put back into it. */
export class Changes {
  readonly parts = new Map<string, string | Uint8Array>();
  private typeOf?: (path: string) => string | undefined;

  constructor(private readonly pkg: Package) {}

  async text(path: string): Promise<string | undefined> {
    const c = this.parts.get(path);
    if (typeof c === 'string') return c;
    return this.pkg.text(path);
  }

  async has(path: string): Promise<boolean> {
    return this.parts.has(path) || (await this.pkg.bytes(path)) !== undefined;
  }

  /** Gives `path` the content type `type`, unless the package gives it that one already. */
  async typed(path: string, type: string): Promise<void> {
    this.typeOf ??= await contentTypes(this.pkg);
    if (this.typeOf(path) === type) return;
    this.parts.set('[Content_Types].xml', withOverride((await this.text('[Content_Types].xml')) ?? '', path, type));
  }

  /** A name for a new part like `path` that no part of the package has. */
  async freeName(path: string): Promise<string> {
    if (!(await this.has(path))) return path;
    const m = /^(.*?)(\d*)(\.[^./]*)$/.exec(path)!;
    for (let n = Number(m[2] || '1') + 1; ; n++) {
      const candidate = `${m[1]}${n}${m[3]}`;
      if (!(await this.has(candidate))) return candidate;
    }
  }

  /** Adds a relationship from the part `owner` (`''`: the package) to `target`; its id. */
  async relate(owner: string, type: string, target: string, absolute = false): Promise<string> {
    const relsPath = relsPathOf(owner);
    const rels = (await this.text(relsPath)) ?? EMPTY_RELS;
    const id = freeId(rels);
    this.parts.set(relsPath, withRelationship(rels, id, type, absolute ? `/${target}` : relativeTarget(owner, target)));
    return id;
  }

  /** Carries the part into the package, related from `owner`: the id of the relationship. */
  async carry(owner: string, part: CarriedPart): Promise<string> {
    const path = await this.freeName(part.path);
    this.parts.set(path, part.bytes);
    await this.typed(path, part.contentType);
    return this.relate(owner, part.type, path);
  }
}

/**
 * The element with each relationship id it refers to renumbered: to the carried part's new id, or, for a part not
 * carried, the attribute removed (only optional ones are: `<pageSetup r:id>`).
 */
export function renumbered(element: string, prefixes: readonly string[], ids: ReadonlyMap<string, string>): string {
  let out = element;
  for (const p of prefixes) {
    out = out.replace(new RegExp(`(\\s)${p}:id\\s*=\\s*"([^"]*)"`, 'g'), (_m, space: string, id: string) => {
      const to = ids.get(id);
      return to === undefined ? '' : `${space}${p}:id="${to}"`;
    });
  }
  return out;
}
