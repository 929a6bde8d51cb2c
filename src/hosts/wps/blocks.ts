/**
 * The contiguous blocks of a plan's cells: each becomes one 2-D write (and each style one range of blocks), so
 * that the calls of an action grow with the blocks of the plan, never with its cells. Also the multi-area
 * addresses the object model takes (`A1:C3,E5`), cut under its 255-character limit.
 */
import { toA1 } from '../../engine/grid/address';

/** A rectangle of cells, 0-based and inclusive. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Rectangles covering exactly the cells where `has(r, c)`: runs along each row, joined down when they line up. */
export function blocksOf(height: number, width: (r: number) => number, has: (r: number, c: number) => boolean): Block[] {
  const done: Block[] = [];
  let open = new Map<string, Block>();
  for (let r = 0; r < height; r++) {
    const next = new Map<string, Block>();
    let c = 0;
    const w = width(r);
    while (c < w) {
      if (!has(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < w && has(r, c)) c++;
      const key = `${start},${c - 1}`;
      const above = open.get(key);
      next.set(key, above ? { ...above, bottom: r } : { top: r, left: start, bottom: r, right: c - 1 });
      open.delete(key);
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function blockAddress(b: Block): string {
  return b.top === b.bottom && b.left === b.right ? toA1(b.top, b.left) : `${toA1(b.top, b.left)}:${toA1(b.bottom, b.right)}`;
}

/** Excel's and WPS's limit on the address a Range() call takes. */
const MAX_ADDRESS = 255;

/** Addresses joined with commas into as few strings as the limit allows. */
export function addressChunks(addresses: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > MAX_ADDRESS) {
      chunks.push(current);
      current = a;
    } else {
      current = current ? `${current},${a}` : a;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
