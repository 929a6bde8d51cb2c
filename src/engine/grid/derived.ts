/**
 * Values derived once from an object the engine never changes (a sheet's hidden-row set, a table's row index),
 * kept on the object itself.
 *
 * Not in a module-level WeakMap, though that reads the same: V8's young-generation collector (Node 20) keeps a
 * WeakMap entry's value alive whenever the map itself is old, and a module's map always is, whatever became of the
 * key. A table's row index, and through it the whole model of a check, outlived the check: every collection after
 * it copied the model, then moved it to the old generation, which grew by 3.5 MB a check until a full marking ran
 * beside the next checks (a 5,000-row workbook's check took 21 ms in those stretches against 13 without). On the
 * object, the value dies with it.
 */

/** A slot for one derived value: a symbol, so that no name of the object's own can meet it. */
export type DerivedSlot<V> = symbol & { readonly __derived?: V };

export function derivedSlot<V>(what: string): DerivedSlot<V> {
  return Symbol(what) as DerivedSlot<V>;
}

// An object that cannot take the property (frozen by a caller): its values kept the old way, correct, only slower.
const fallback = new WeakMap<object, Map<symbol, unknown>>();

/** The value in `slot` of `owner` when it was made before, else undefined (nothing is made). */
export function derivedIfMade<O extends object, V>(owner: O, slot: DerivedSlot<V>): V | undefined {
  const held = (owner as Record<symbol, V | undefined>)[slot];
  return held !== undefined ? held : (fallback.get(owner)?.get(slot) as V | undefined);
}

/**
 * The value in `slot` of `owner`, made by `make` on first use. The property is not enumerable: copies, JSON and
 * comparisons of the object do not see it.
 */
export function derived<O extends object, V>(owner: O, slot: DerivedSlot<V>, make: (owner: O) => V): V {
  const held = (owner as Record<symbol, V | undefined>)[slot];
  if (held !== undefined) return held;
  const value = make(owner);
  if (Object.isExtensible(owner)) Object.defineProperty(owner, slot, { value, enumerable: false, writable: false, configurable: false });
  else {
    let values = fallback.get(owner);
    if (!values) fallback.set(owner, (values = new Map()));
    if (values.has(slot)) return values.get(slot) as V;
    values.set(slot, value);
  }
  return value;
}
