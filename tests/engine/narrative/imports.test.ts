/**
 * The narrative's modules import each other without a circle (type imports included): presets and section
 * generators both depend on the template schemas in templates/, neither on the other.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..', '..', 'src', 'engine', 'narrative');

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const file = path.join(dir, f);
    return statSync(file).isDirectory() ? modules(file) : f.endsWith('.ts') ? [file] : [];
  });
}

/** The narrative modules a module imports (relative imports that resolve inside the folder). */
function imports(file: string, known: ReadonlySet<string>): string[] {
  return ts
    .preProcessFile(readFileSync(file, 'utf8'), true, false)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.resolve(path.dirname(file), spec))
    .flatMap((base) => [`${base}.ts`, path.join(base, 'index.ts')].filter((f) => known.has(f)).slice(0, 1));
}

/** One circle of imports, if there is any (depth-first search with the path on a stack). */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (node: string, trail: string[]): string[] | undefined => {
    if (trail.includes(node)) return [...trail.slice(trail.indexOf(node)), node];
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...trail, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('src/engine/narrative imports', () => {
  it('form no circle', () => {
    const files = modules(ROOT);
    const known = new Set(files);
    const graph = new Map(files.map((f) => [f, imports(f, known)]));
    expect(graph.get(path.join(ROOT, 'preset.ts'))).toContain(path.join(ROOT, 'templates', 'index.ts'));
    expect(findCycle(graph)?.map((f) => path.relative(ROOT, f))).toBeUndefined();
  });

  it('finds a circle where there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeUndefined();
  });
});
