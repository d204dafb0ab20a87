import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeWithTool } from '../support/describeWithTool';
import { build, moduleTemplates } from './bicep';
import { findBicep, INFRA, type BicepCli } from './bicepCli';

/** Every .bicep file under infra/, relative to it. */
function bicepFiles(dir = INFRA): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? bicepFiles(join(dir, e.name)) : e.name.endsWith('.bicep') ? [relative(INFRA, join(dir, e.name))] : [],
    )
    .sort();
}

// Comments and module references are gone from the compiled template, so these read the source lines.
describe('Bicep house conventions (source)', () => {
  test('there is a main.bicep and one module per concern, each used once', () => {
    expect(bicepFiles()).toEqual([
      'main.bicep',
      'modules/appAccess.bicep',
      'modules/bot.bicep',
      'modules/functionApp.bicep',
      'modules/identity.bicep',
      'modules/keyVault.bicep',
      'modules/monitoring.bicep',
      'modules/storage.bicep',
    ]);
    const main = readFileSync(join(INFRA, 'main.bicep'), 'utf8');
    const used = [...main.matchAll(/^module \w+ '([^']+)'/gm)].map((m) => m[1]);
    expect(used.sort()).toEqual(bicepFiles().filter((f) => f !== 'main.bicep'));
    expect(main).not.toMatch(/^resource /m); // main only wires modules
    expect(main).toMatch(/^targetScope = 'resourceGroup'$/m);
  });

  test('no registry or template-spec module: everything is in this repository and offline', () => {
    for (const file of bicepFiles()) expect(readFileSync(join(INFRA, file), 'utf8')).not.toMatch(/'(br|ts)[:/]/);
  });

  test('every resource has a one-line purpose comment directly above it', () => {
    for (const file of bicepFiles()) {
      const lines = readFileSync(join(INFRA, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^resource \w+ '/.test(line)) return;
        expect({ file, resource: line.split(' ')[1], comment: /^\/\/ \S/.test(lines[i - 1] ?? '') }).toEqual({
          file,
          resource: line.split(' ')[1],
          comment: true,
        });
      });
    }
  });
});

const found = findBicep();

describeWithTool('Bicep house conventions (compiled)', typeof found === 'string' ? found : undefined, () => {
  test('every parameter of main.bicep and of every module has a description', () => {
    const { template } = build(found as BicepCli);
    for (const [name, t] of [['main', template] as const, ...moduleTemplates(template)]) {
      for (const [param, p] of Object.entries(t.parameters ?? {})) {
        expect({ template: name, param, described: Boolean(p.metadata?.description) }).toEqual({ template: name, param, described: true });
      }
    }
  });

  test("deploy.sh's fallbacks for the parameters it reads are main.bicep's defaults (script and template agree on secret names and kinds)", () => {
    const params = build(found as BicepCli).template.parameters ?? {};
    const script = readFileSync(join(INFRA, 'deploy.sh'), 'utf8');
    const reads = [...script.matchAll(/\$\(parameter (\w+)(?: ([\w-]+))?\)/g)].map((m) => ({ name: m[1]!, fallback: m[2] ?? '' }));
    expect(reads.map((r) => r.name)).toEqual(
      expect.arrayContaining(['avepointCredentialName', 'botCredentialName', 'avepointCredentialKind', 'botAppType', 'botAppId']),
    );
    for (const { name, fallback } of reads) {
      expect({ name, fallback }).toEqual({ name, fallback: String((params[name]?.defaultValue as string | undefined) ?? '') });
    }
  });
});
