import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSettings } from './appSettings';
import { allNodes, calledFunctions, declarations, INFRA, literal, parseAll, parseModule, resources } from './bicep';

/** Names that suggest a secret. "keyVault…" names a vault, not a key, so it is let through. */
const secretLike = /secret|password|connectionstring|connection_string|(?<![a-z])key(?!vault)|[a-z]Key(?!Vault)|certificate|credential/i;

/** App settings whose names look secret but whose values are not. */
const notSecretDespiteName = [
  // With DisableLocalAuth on the component the connection string only locates it; ingestion needs an Entra token.
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  // Names the credential type ('managedidentity'), not a credential.
  'AzureWebJobsStorage__credential',
];

describe('no secret in templates, parameters or outputs', () => {
  test('no output anywhere has a secret-like name', async () => {
    for (const file of await parseAll()) {
      const bad = declarations(file, 'output_declaration').map((o) => o.name).filter((n) => secretLike.test(n));
      expect({ file: file.rel, bad }).toEqual({ file: file.rel, bad: [] });
    }
  });

  test('no listKeys(), listSecrets() or other list*() call anywhere', async () => {
    for (const file of await parseAll()) {
      expect({ file: file.rel, calls: calledFunctions(file).filter((f) => /^list/i.test(f)) }).toEqual({ file: file.rel, calls: [] });
      expect(file.source).not.toMatch(/\blist\w*\(/i);
    }
  });

  test('secret-looking app settings carry Key Vault references only', async () => {
    for (const [name, value] of await appSettings()) {
      if (!secretLike.test(name) || notSecretDespiteName.includes(name)) continue;
      const text = value.text;
      expect({ name, ok: text === 'credentialReference' || /^'@Microsoft\.KeyVault\(SecretUri=\$\{keyVaultUri\}secrets\//.test(text) }).toEqual({ name, ok: true });
    }
  });

  test('the templates never write a Key Vault secret or certificate value', async () => {
    for (const file of await parseAll()) {
      expect(resources(file).map((r) => r.type).filter((t) => /^Microsoft\.KeyVault\/vaults\/(secrets|keys|certificates)/.test(t))).toEqual([]);
    }
  });

  test('no parameter has a name the secure-secrets-in-params linter rule would take for a secret', async () => {
    // Same keywords as the Bicep rule; parameters that name a Key Vault secret avoid them on purpose.
    for (const file of await parseAll()) {
      for (const p of declarations(file, 'parameter_declaration')) {
        if (p.decorators.includes('@secure()')) continue;
        expect({ file: file.rel, param: p.name, secretLike: /password|pwd|secret|accountkey|acctkey/i.test(p.name) }).toMatchObject({ secretLike: false });
      }
    }
  });

  test('@secure parameters (if any) have no default value', async () => {
    for (const file of await parseAll()) {
      for (const p of declarations(file, 'parameter_declaration').filter((d) => d.decorators.includes('@secure()'))) {
        expect(p.node.children.some((c) => c.type === '=')).toBe(false);
      }
    }
  });

  test('main.parameters.json only sets declared, non-secret parameters', async () => {
    const file = JSON.parse(readFileSync(join(INFRA, 'main.parameters.json'), 'utf8')) as { parameters: Record<string, { value: unknown }> };
    const main = await parseModule('main');
    const declared = declarations(main, 'parameter_declaration');
    for (const [name, entry] of Object.entries(file.parameters)) {
      const param = declared.find((p) => p.name === name);
      expect({ name, declared: Boolean(param), secure: param?.decorators.includes('@secure()') ?? false }).toEqual({ name, declared: true, secure: false });
      // Names of secrets and the kind of credential are fine; a value is not.
      if (/Name$|Kind$/.test(name)) continue;
      expect({ name, secretLike: secretLike.test(name) }).toEqual({ name, secretLike: false });
      expect('reference' in (entry as object)).toBe(false);
    }
  });

  test('no string literal in the templates looks like a credential', async () => {
    for (const file of await parseAll()) {
      const strings = allNodes(file.root).map((n) => literal(n)).filter((s): s is string => s !== undefined);
      expect(strings.filter((s) => /-----BEGIN|AccountKey=|SharedAccessSignature|InstrumentationKey=/.test(s))).toEqual([]);
    }
  });
});
