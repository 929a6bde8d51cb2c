/**
 * The two ways of finding a byte pattern agree: `indexOfBytes` (a loop the compiler inlines, for the short hops of
 * the sheet scan) and `indexOfBytesFar` (the platform's indexOf between candidates, for long searches run once a
 * file), on any bytes, pattern and starting place: where the pattern first occurs, or -1.
 */
import fc from 'fast-check';
import { indexOfBytes, indexOfBytesFar } from '../../../src/hosts/xlsx/ooxml/bytes';

/** The answer by definition: the first place from `from` where every byte of the pattern matches. */
function naive(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  for (let at = Math.max(0, from); at + pattern.length <= bytes.length; at++) {
    if (pattern.every((b, k) => bytes[at + k] === b)) return at;
  }
  return -1;
}

// Few distinct bytes, so that patterns occur, partly occur and overlap.
const small = fc.uint8Array({ minLength: 0, maxLength: 200 }).map((a) => a.map((b) => b % 3));

test('indexOfBytes and indexOfBytesFar find the first occurrence from the starting place, as the definition does', () => {
  fc.assert(
    fc.property(small, fc.uint8Array({ minLength: 1, maxLength: 4 }).map((a) => a.map((b) => b % 3)), fc.nat(220), (bytes, pattern, from) => {
      const expected = naive(bytes, pattern, from);
      expect(indexOfBytes(bytes, pattern, from)).toBe(expected);
      expect(indexOfBytesFar(bytes, pattern, from)).toBe(expected);
    }),
    { numRuns: 2000 },
  );
});

test('indexOfBytesFar finds a name at the end of a long run of other bytes, in a subarray, and not past its end', () => {
  const name = new TextEncoder().encode('content.xml');
  const bytes = new Uint8Array(70_000).fill(0x63);
  bytes.set(name, 69_000);
  expect(indexOfBytesFar(bytes, name, 0)).toBe(69_000);
  expect(indexOfBytesFar(bytes.subarray(60_000), name, 0)).toBe(9_000);
  expect(indexOfBytesFar(bytes.subarray(0, 69_005), name, 0)).toBe(-1);
  expect(indexOfBytesFar(bytes, name, 69_001)).toBe(-1);
});
