import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';

/** Offline reading of infra/*.bicep with tree-sitter-bicep (the Bicep CLI cannot be installed here). */

export const ROOT = join(__dirname, '..', '..');
export const INFRA = join(ROOT, 'infra');

export interface BicepFile {
  /** Path relative to the repository root, e.g. infra/modules/bot.bicep. */
  rel: string;
  source: string;
  root: Node;
}

export interface Resource {
  file: string;
  symbol: string;
  type: string;
  apiVersion: string;
  existing: boolean;
  /** The resource body (the object after `=` or after `if (…)`). */
  body: Node;
  /** The comment line directly above the declaration, if any. */
  comment?: string;
}

let parser: Promise<Parser> | undefined;

function loadParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    // Bytes, not a path: loading by path does a dynamic import, which jest's CommonJS VM refuses.
    const language = await Language.load(readFileSync(join(ROOT, 'node_modules', 'tree-sitter-bicep', 'tree-sitter-bicep.wasm')));
    const p = new Parser();
    p.setLanguage(language);
    return p;
  })();
  return parser;
}

export function bicepPaths(): string[] {
  const modules = readdirSync(join(INFRA, 'modules'))
    .filter((f) => f.endsWith('.bicep'))
    .map((f) => join(INFRA, 'modules', f));
  return [join(INFRA, 'main.bicep'), ...modules];
}

export async function parseSource(source: string, rel = '<inline>'): Promise<BicepFile> {
  const tree = (await loadParser()).parse(source);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${rel}`);
  return { rel, source, root: tree.rootNode };
}

export async function parseBicep(path: string): Promise<BicepFile> {
  return parseSource(readFileSync(path, 'utf8'), relative(ROOT, path));
}

export async function parseAll(): Promise<BicepFile[]> {
  return Promise.all(bicepPaths().map(parseBicep));
}

export async function parseModule(name: string): Promise<BicepFile> {
  return parseBicep(name === 'main' ? join(INFRA, 'main.bicep') : join(INFRA, 'modules', `${name}.bicep`));
}

/** Depth-first list of every node under (and including) `node`. */
export function allNodes(node: Node): Node[] {
  const out: Node[] = [node];
  for (const child of node.children) out.push(...allNodes(child));
  return out;
}

/** The text of a plain string literal ('…' without interpolation); undefined for anything else. */
export function literal(node: Node | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  if (node.namedChildren.some((c) => c.type !== 'string_content')) return undefined;
  return node.namedChildren.map((c) => c.text).join('');
}

/** The key of an object_property, whether written as an identifier or a quoted string. */
export function propertyKey(prop: Node): string {
  const key = prop.namedChildren[0];
  if (!key) throw new Error(`object_property without key: ${prop.text}`);
  return literal(key) ?? key.text;
}

export function properties(object: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const prop of object.namedChildren.filter((c) => c.type === 'object_property')) {
    const value = prop.namedChildren[prop.namedChildren.length - 1];
    if (value) out.set(propertyKey(prop), value);
  }
  return out;
}

/** Follows a dotted path of object keys, e.g. 'properties.functionAppConfig.runtime.name'. */
export function at(object: Node | undefined, path: string): Node | undefined {
  let node = object;
  for (const key of path.split('.')) {
    if (!node || node.type !== 'object') return undefined;
    node = properties(node).get(key);
  }
  return node;
}

export function resources(file: BicepFile): Resource[] {
  return file.root.namedChildren
    .filter((n) => n.type === 'resource_declaration')
    .map((n) => {
      const [symbol, typeNode] = n.namedChildren;
      const typeRef = literal(typeNode);
      if (!symbol || !typeRef) throw new Error(`unexpected resource declaration in ${file.rel}: ${n.text.slice(0, 80)}`);
      const [type = '', apiVersion = ''] = typeRef.split('@');
      const last = n.namedChildren[n.namedChildren.length - 1];
      const body = last?.type === 'if_statement' ? last.namedChildren[last.namedChildren.length - 1] : last;
      if (!body || body.type !== 'object') throw new Error(`resource ${symbol.text} in ${file.rel} has no object body`);
      const before = n.previousSibling;
      return {
        file: file.rel,
        symbol: symbol.text,
        type,
        apiVersion,
        existing: n.children.some((c) => c.type === 'existing'),
        body,
        comment: before?.type === 'comment' ? before.text : undefined,
      };
    });
}

export function resourcesOfType(file: BicepFile, type: string): Resource[] {
  return resources(file).filter((r) => r.type === type && !r.existing);
}

export function declarations(file: BicepFile, type: 'parameter_declaration' | 'output_declaration' | 'variable_declaration') {
  return file.root.namedChildren
    .filter((n) => n.type === type)
    .map((n) => {
      const decorators = n.previousSibling?.type === 'decorators' ? n.previousSibling : undefined;
      return {
        name: n.namedChildren[0]?.text ?? '',
        node: n,
        value: n.namedChildren[n.namedChildren.length - 1],
        decorators: decorators ? decorators.namedChildren.map((d) => d.text) : [],
      };
    });
}

/** Names of function calls anywhere in a file (plain and member calls, e.g. listKeys from x.listKeys()). */
export function calledFunctions(file: BicepFile): string[] {
  return allNodes(file.root)
    .filter((n) => n.type === 'call_expression')
    .map((n) => {
      const callee = n.namedChildren[0];
      if (!callee) return '';
      return callee.type === 'member_expression' ? (callee.namedChildren[callee.namedChildren.length - 1]?.text ?? '') : callee.text;
    });
}
