import type { Node } from 'web-tree-sitter';
import { allNodes, declarations, parseModule, properties } from './bicep';

/**
 * App settings declared in infra/modules/functionApp.bicep: the keys of every object literal in
 * the `*Settings` variables (base settings plus the conditional credential and bot-password ones),
 * with the Bicep expression that gives each its value.
 */
export async function appSettings(): Promise<Map<string, Node>> {
  const file = await parseModule('functionApp');
  const out = new Map<string, Node>();
  for (const v of declarations(file, 'variable_declaration').filter((d) => /Settings$/.test(d.name))) {
    if (!v.value) continue;
    for (const object of allNodes(v.value).filter((n) => n.type === 'object')) {
      for (const [key, value] of properties(object)) out.set(key, value);
    }
  }
  return out;
}
