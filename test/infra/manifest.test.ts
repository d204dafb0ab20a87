import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ROOT } from './bicepCli';

const dir = join(ROOT, 'appPackage');

interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: Record<'name' | 'websiteUrl' | 'privacyUrl' | 'termsOfUseUrl', string>;
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
  composeExtensions: {
    botId: string;
    commands: { id: string; type: string; title: string; context: string[]; parameters: { name: string }[] }[];
    messageHandlers: { type: string; value: { domains: string[] } }[];
  }[];
  copilotAgents: { declarativeAgents: { id: string; file: string }[] };
  validDomains: string[];
}

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Width, height, bit depth and colour type from a PNG's signature and IHDR chunk. */
function pngHeader(file: string) {
  const bytes = readFileSync(join(dir, file));
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24], colourType: bytes[25] };
}

/** A file of the app package as deploy.sh writes it: infra/fill-manifest.js with the values of a deployment. */
function filledManifest(file = 'manifest.json'): Record<string, unknown> {
  const out = join(mkdtempSync(join(tmpdir(), 'manifest-')), file);
  const result = spawnSync(process.execPath, [join(ROOT, 'infra', 'fill-manifest.js'), join(dir, file), out], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TEAMS_APP_ID: '22222222-2222-2222-2222-222222222222',
      BOT_ID: '22222222-2222-2222-2222-222222222222',
      APP_HOST: 'func-test-abc.azurewebsites.net',
      DEVELOPER_NAME: 'IT Operations',
      DEVELOPER_WEBSITE_URL: 'https://func-test-abc.azurewebsites.net/',
      DEVELOPER_PRIVACY_URL: 'https://func-test-abc.azurewebsites.net/',
      DEVELOPER_TERMS_URL: 'https://func-test-abc.azurewebsites.net/',
      JOBS_API_KEY_REGISTRATION_ID: 'MjIyMjIyMjItMjIyMi0yMjIyLTIyMjItMjIyMjIyMjIyMjIy',
    },
  });
  expect(result.stderr).toBe('');
  return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
}

/** Schema errors from Microsoft's JSON schema that the document's $schema names (see manifestSchema.js). */
function schemaErrors(m: Record<string, unknown>): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.json');
  writeFileSync(file, JSON.stringify(m));
  const result = spawnSync(process.execPath, [join(__dirname, 'manifestSchema.js'), file], { encoding: 'utf8', cwd: ROOT });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as string[];
}

/** The versions of one kind of schema that @microsoft/app-manifest ships, newest last (`teams`: no preview). */
function shippedVersions(kind: string): string[] {
  const root = join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', kind);
  const numbers = (v: string) => v.slice(1).split('.').map(Number);
  return readdirSync(root)
    .filter((v) => /^v\d+\.\d+$/.test(v))
    .sort((a, b) => numbers(a)[0]! - numbers(b)[0]! || numbers(a)[1]! - numbers(b)[1]!);
}
const newest = (kind: string) => shippedVersions(kind).at(-1)!;

describe("the filled Teams manifest against Microsoft's JSON schema for its manifestVersion", () => {
  test('is valid', () => {
    expect(schemaErrors(filledManifest())).toEqual([]);
  });

  test('is of the newest manifest version @microsoft/app-manifest ships (previews aside)', () => {
    expect(`v${manifest.manifestVersion}`).toBe(newest('teams'));
  });

  test('the schema does catch mistakes (so a clean validation means something)', () => {
    const m = filledManifest();
    const broken = {
      ...m,
      id: 'not-a-guid',
      accentColor: 'blue',
      unknownProperty: true,
      bots: [{ ...(m.bots as object[])[0], scopes: ['everywhere'] }],
    };
    const errors = schemaErrors(broken).join('\n');
    expect(errors).toMatch(/^\/id /m);
    expect(errors).toMatch(/^\/accentColor /m);
    expect(errors).toMatch(/additional properties.*unknownProperty/);
    expect(errors).toMatch(/^\/bots\/0\/scopes\/0 /m);
  });

  test('the schema is the one $schema names', () => {
    const m = filledManifest();
    expect(m.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${String(m.manifestVersion)}/MicrosoftTeams.schema.json`);
  });
});

describe('Teams app manifest', () => {
  test('uses the schema of its manifestVersion, and a semantic version', () => {
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('has the required fields within their length limits', () => {
    for (const key of ['name', 'websiteUrl', 'privacyUrl', 'termsOfUseUrl'] as const) expect(manifest.developer[key]).toBeTruthy();
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  test('ids and host are placeholders the deploy script fills', () => {
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(manifest.bots[0]?.botId).toBe('${{BOT_ID}}');
    expect(manifest.validDomains).toEqual(['${{APP_HOST}}']);
    const placeholders = ['manifest.json', 'ai-plugin.json'].flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]),
    );
    const script = readFileSync(join(ROOT, 'infra', 'deploy.sh'), 'utf8');
    for (const name of new Set(placeholders)) expect(script).toMatch(new RegExp(`\\b${name}=`)); // deploy.sh provides each
  });

  test('one bot in personal, team and group chat scopes', () => {
    expect(manifest.bots).toHaveLength(1);
    expect([...(manifest.bots[0]?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  test('the command list offers the everyday questions, within Teams limits', () => {
    const lists = manifest.bots[0]?.commandLists ?? [];
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect([...(list?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = list?.commands.map((c) => c.title) ?? [];
    expect(titles).toEqual(expect.arrayContaining(['show failed jobs today', 'backups in progress', 'problems this week', 'next', 'help']));
    expect(titles.length).toBeLessThanOrEqual(10);
    for (const c of list?.commands ?? []) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
  });

  test('icons are a 192x192 colour PNG and a 32x32 RGBA outline PNG', () => {
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(pngHeader('color.png')).toMatchObject({ width: 192, height: 192 });
    expect(pngHeader('outline.png')).toEqual({ width: 32, height: 32, bitDepth: 8, colourType: 6 });
  });

  test('the outline icon is white on transparent only', () => {
    const bytes = readFileSync(join(dir, 'outline.png'));
    const chunks: Buffer[] = [];
    for (let at = 8; at < bytes.length;) {
      const length = bytes.readUInt32BE(at);
      if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(bytes.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(chunks));
    const stride = 1 + 32 * 4;
    let opaque = 0;
    for (let y = 0; y < 32; y++) {
      expect(raw[y * stride]).toBe(0); // filter None, as make-icons.js writes it
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = raw.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4);
        if (a === 0) continue;
        opaque++;
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    expect(opaque).toBeGreaterThan(0);
  });

  test('the committed icons are exactly what make-icons.js generates', () => {
    const out = mkdtempSync(join(tmpdir(), 'icons-'));
    const result = spawnSync(process.execPath, [join(dir, 'make-icons.js'), out], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const icon of ['color.png', 'outline.png', 'connector-icon.png'])
      expect(readFileSync(join(out, icon)).equals(readFileSync(join(dir, icon)))).toBe(true);
  });
});
