import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithTool } from '../support/describeWithTool';
import { appSettings, build, moduleTemplates, SCENARIOS, snapshot, type ArmTemplate } from './bicep';
import { findBicep, INFRA, type BicepCli } from './bicepCli';

/** Names that suggest a secret. "keyVault…" names a vault, not a key, so it is let through. */
const secretLike = /secret|password|connectionstring|connection_string|(?<![a-z])key(?!vault)|[a-z]Key(?!Vault)|certificate|credential/i;

/** App settings whose names look secret but whose values are not. */
const notSecretDespiteName = [
  // With DisableLocalAuth on the component the connection string only locates it; ingestion needs an Entra token.
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  // Names the credential type ('managedidentity'), not a credential.
  'AzureWebJobsStorage__credential',
];

const found = findBicep();

describeWithTool('no secret in templates, parameters or outputs (compiled ARM JSON)', typeof found === 'string' ? found : undefined, () => {
  const cli = found as BicepCli;
  /** main.bicep and every module, compiled. */
  const templates = (): [string, ArmTemplate][] => {
    const { template } = build(cli);
    return [['main', template], ...moduleTemplates(template)];
  };

  test('no output anywhere has a secret-like name', () => {
    for (const [name, t] of templates()) {
      expect({ template: name, bad: Object.keys(t.outputs ?? {}).filter((n) => secretLike.test(n)) }).toEqual({ template: name, bad: [] });
    }
  });

  test('no listKeys(), listSecrets() or other list*() call in what ARM receives', () => {
    expect(JSON.stringify(build(cli).template)).not.toMatch(/\blist\w*\(/i);
  });

  test('secret-looking app settings carry Key Vault references only', () => {
    for (const scenario of Object.values(SCENARIOS)) {
      for (const [name, value] of appSettings(snapshot(cli, scenario))) {
        if (!secretLike.test(name) || notSecretDespiteName.includes(name)) continue;
        expect({ name, value }).toEqual({
          name,
          value: expect.stringMatching(
            /^\[format\('@Microsoft\.KeyVault\(SecretUri=\{0\}secrets\/\{1\}\)', reference\('[^']+\/providers\/Microsoft\.KeyVault\/vaults\/[^']+', '[^']+'\)\.vaultUri, '[\w-]+'\)\]$/,
          ),
        });
      }
    }
  });

  test('the templates never write a Key Vault secret, key or certificate', () => {
    for (const scenario of Object.values(SCENARIOS)) {
      const types = snapshot(cli, scenario).predictedResources.map((r) => r.type);
      expect(types.filter((t) => /^Microsoft\.KeyVault\/vaults\/(secrets|keys|certificates)/i.test(t))).toEqual([]);
    }
  });

  test('no parameter has a name the secure-secrets-in-params rule would take for a secret, and no secure parameter has a default', () => {
    for (const [name, t] of templates()) {
      for (const [param, p] of Object.entries(t.parameters ?? {})) {
        if (p.type === 'securestring' || p.type === 'secureObject')
          expect({ template: name, param, default: p.defaultValue }).toEqual({ template: name, param, default: undefined });
        else
          expect({ template: name, param, secretLike: /password|pwd|secret|accountkey|acctkey/i.test(param) }).toMatchObject({
            secretLike: false,
          });
      }
    }
  });

  test('main.parameters.json only sets declared, non-secure parameters, and no value that looks secret', () => {
    const file = JSON.parse(readFileSync(join(INFRA, 'main.parameters.json'), 'utf8')) as { parameters: Record<string, object> };
    const declared = build(cli).template.parameters ?? {};
    for (const [name, entry] of Object.entries(file.parameters)) {
      expect({ name, type: declared[name]?.type }).toEqual({ name, type: expect.stringMatching(/^(string|int|bool|array|object)$/) });
      expect('reference' in entry).toBe(false);
      // Names of secrets and the kind of credential are fine; a value is not.
      if (!/Name$|Kind$/.test(name)) expect({ name, secretLike: secretLike.test(name) }).toEqual({ name, secretLike: false });
    }
  });

  test('no string in the compiled templates looks like a credential', () => {
    expect(JSON.stringify(build(cli).template)).not.toMatch(/-----BEGIN|AccountKey=|SharedAccessSignature|InstrumentationKey=/);
  });
});
