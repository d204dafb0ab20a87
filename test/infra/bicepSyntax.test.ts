import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allNodes, bicepPaths, declarations, INFRA, parseAll, parseSource, resources } from './bicep';

describe('Bicep files parse and follow the house conventions', () => {
  test('there is a main.bicep and one module per concern', () => {
    const names = bicepPaths().map((p) => p.slice(INFRA.length + 1)).sort();
    expect(names).toEqual(
      ['main.bicep', 'modules/appAccess.bicep', 'modules/bot.bicep', 'modules/functionApp.bicep', 'modules/identity.bicep', 'modules/keyVault.bicep', 'modules/monitoring.bicep', 'modules/storage.bicep'].sort(),
    );
  });

  test('the parser does report broken Bicep (so a clean parse means something)', async () => {
    const broken = await parseSource("resource r 'Microsoft.Web/sites@2024-11-01' = {\n  name: \n  properties: { a: [ }\n");
    expect(allNodes(broken.root).some((n) => n.isError || n.isMissing)).toBe(true);
  });

  test('every file parses without ERROR or MISSING nodes', async () => {
    for (const file of await parseAll()) {
      const bad = allNodes(file.root)
        .filter((n) => n.isError || n.isMissing)
        .map((n) => `${file.rel}:${n.startPosition.row + 1}:${n.startPosition.column + 1} ${n.isMissing ? 'MISSING' : 'ERROR'} ${n.text.slice(0, 60)}`);
      expect(bad).toEqual([]);
      expect(file.root.hasError).toBe(false);
    }
  });

  test('no construct tree-sitter-bicep cannot read or that needs a registry', async () => {
    for (const file of await parseAll()) {
      expect(file.source).not.toMatch(/^\s*extension\s/m);
      expect(file.source).not.toMatch(/\.\.\.\w/); // spread
      expect(file.source).not.toMatch(/\b(br|ts):/); // registry or template-spec modules
      for (const m of file.root.namedChildren.filter((n) => n.type === 'module_declaration')) {
        expect(m.namedChildren[1]?.text).toMatch(/^'modules\/\w+\.bicep'$/);
      }
    }
  });

  test('every parameter has a @description', async () => {
    for (const file of await parseAll()) {
      for (const p of declarations(file, 'parameter_declaration')) {
        expect({ file: file.rel, param: p.name, described: p.decorators.some((d) => d.startsWith('@description(')) }).toEqual({
          file: file.rel,
          param: p.name,
          described: true,
        });
      }
    }
  });

  test('every resource has a one-line purpose comment directly above it', async () => {
    for (const file of await parseAll()) {
      for (const r of resources(file)) {
        expect({ file: file.rel, resource: r.symbol, comment: Boolean(r.comment?.startsWith('// ')) }).toEqual({
          file: file.rel,
          resource: r.symbol,
          comment: true,
        });
      }
    }
  });

  test('bicepconfig.json turns the linter rules up to error', () => {
    const text = readFileSync(join(INFRA, 'bicepconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const config = JSON.parse(text) as { analyzers: { core: { enabled: boolean; rules: Record<string, { level: string }> } } };
    expect(config.analyzers.core.enabled).toBe(true);
    const rules = config.analyzers.core.rules;
    for (const rule of ['no-unused-params', 'no-unused-vars', 'outputs-should-not-contain-secrets', 'secure-secrets-in-params', 'no-hardcoded-env-urls', 'use-resource-symbol-reference', 'no-hardcoded-location']) {
      expect({ rule, level: rules[rule]?.level }).toEqual({ rule, level: 'error' });
    }
    // The one exception: its verdict changes with the calendar; the allowlist test below stands in.
    const notError = Object.entries(rules).filter(([, v]) => v.level !== 'error').map(([k]) => k);
    expect(notError).toEqual(['use-recent-api-versions']);
  });
});
