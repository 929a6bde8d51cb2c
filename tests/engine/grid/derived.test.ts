import { derived, derivedSlot } from '../../../src/engine/grid/derived';

describe('derived values kept on their object', () => {
  it('makes the value once per object and gives it back after', () => {
    const slot = derivedSlot<{ made: number }>('test');
    let made = 0;
    const make = () => ({ made: ++made });
    const a = { rows: [1, 2] };
    const b = { rows: [1, 2] };
    const first = derived(a, slot, make);
    expect(derived(a, slot, make)).toBe(first);
    expect(derived(b, slot, make)).not.toBe(first);
    expect(made).toBe(2);
  });

  it('keeps two slots of one object apart', () => {
    const rows = derivedSlot<string>('rows');
    const cols = derivedSlot<string>('cols');
    const owner = {};
    expect(derived(owner, rows, () => 'r')).toBe('r');
    expect(derived(owner, cols, () => 'c')).toBe('c');
    expect(derived(owner, rows, () => 'again')).toBe('r');
  });

  it('leaves the object as it compares, copies and serialises', () => {
    const owner = { name: '表1', rows: [[1]] };
    derived(owner, derivedSlot<number>('n'), () => 1);
    expect(Object.keys(owner)).toEqual(['name', 'rows']);
    expect(JSON.stringify(owner)).toBe('{"name":"表1","rows":[[1]]}');
    expect({ ...owner }).toEqual({ name: '表1', rows: [[1]] });
    expect(owner).toStrictEqual({ name: '表1', rows: [[1]] });
  });

  it('still makes the value only once for an object a caller froze', () => {
    const slot = derivedSlot<object>('frozen');
    const owner = Object.freeze({ rows: [] as number[] });
    const first = derived(owner, slot, () => ({}));
    expect(derived(owner, slot, () => ({}))).toBe(first);
    expect(Object.getOwnPropertySymbols(owner)).toEqual([]);
  });
});
