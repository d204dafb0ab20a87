import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { projectRoot } from '../../dev/projectRoot';

const ROOT = projectRoot();
/** The rooms of production code; tests, bench and infra scripts may look into any of them. */
const ROOMS = ['functions', 'app', 'bot', 'alerts', 'cards', 'reader', 'jobs', 'shared', 'storage', 'avepoint', 'simulator', 'dev'];
const IMPORT = /(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]/g;

function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesOf(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** room → the rooms its production files import (type imports included: they are arrows too). */
function roomGraph(): Map<string, Set<string>> {
  const graph = new Map(ROOMS.map((room) => [room, new Set<string>()]));
  for (const room of ROOMS) {
    for (const file of sourcesOf(join(ROOT, room))) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = relative(ROOT, normalize(join(dirname(file), match[1] ?? match[2]!))).split('/')[0]!;
        if (target !== room) graph.get(room)!.add(target);
      }
    }
  }
  return graph;
}

/** The arrows docs/ARCHITECTURE.md draws, from its mermaid block ("a --> b"). */
function documentedArrows(): string[] {
  const doc = readFileSync(join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');
  const block = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  return [...block.matchAll(/^\s*(\w+)\s*-->\s*(\w+)/gm)].map((m) => `${m[1]} --> ${m[2]}`).sort();
}

describe('the rooms of the house', () => {
  const graph = roomGraph();
  const arrows = [...graph].flatMap(([from, to]) => [...to].map((target) => `${from} --> ${target}`)).sort();

  test('production code imports only rooms of production code', () => {
    expect(arrows.filter((arrow) => !ROOMS.includes(arrow.split(' --> ')[1]!))).toEqual([]);
  });

  test('the arrows point one way: no room reaches itself again', () => {
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(graph.get(from) ?? [])].some((next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))));
    expect(ROOMS.filter((room) => reaches(room, room))).toEqual([]);
  });

  test('docs/ARCHITECTURE.md draws exactly the arrows the code has', () => {
    expect(documentedArrows()).toEqual(arrows);
  });

  test('jobs/ is the core: it imports no other room but shared/ (errors and the logger port)', () => {
    expect([...graph.get('jobs')!]).toEqual(['shared']);
  });

  test('shared/ imports no other room', () => {
    expect([...graph.get('shared')!]).toEqual([]);
  });
});
