import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { openApiDocument } from '../../functions/openApiDocument';
import { cardIssues } from '../cards/validateCard';
import { jobsPageBody, summaryBody } from '../support/copilotBodies';
import { ROOT } from './bicepCli';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests and bodies read as JSON and checked with expect().
type Doc = Record<string, any>;
const dir = join(ROOT, 'appPackage');
const read = (file: string): Doc => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const manifest = read('manifest.json');
const agentFile = manifest.copilotAgents.declarativeAgents[0].file as string;
const agent = read(agentFile);
const pluginFile = agent.actions[0].file as string;
const plugin = read(pluginFile);
const openApi = openApiDocument('https://func-test-abc.azurewebsites.net') as Doc;
const operations = Object.fromEntries(
  Object.values(openApi.paths as Doc)
    .flatMap((path) => Object.values(path as Doc))
    .map((op: Doc) => [op.operationId, op]),
);

/** Schema errors of a document against the schema its $schema names, from @microsoft/app-manifest (manifestSchema.js). */
function schemaErrors(document: Doc): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'agent-')), 'document.json');
  writeFileSync(file, JSON.stringify(document));
  const result = spawnSync(process.execPath, [join(__dirname, 'manifestSchema.js'), file], { encoding: 'utf8', cwd: ROOT });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as string[];
}

/** The newest version of a Copilot schema @microsoft/app-manifest ships. */
function newest(kind: 'declarative-agent' | 'plugin'): string {
  const root = join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'copilot', kind);
  const numbers = (v: string) => v.slice(1).split('.').map(Number);
  return readdirSync(root)
    .sort((a, b) => numbers(a)[0]! - numbers(b)[0]! || numbers(a)[1]! - numbers(b)[1]!)
    .at(-1)!;
}

/** The plugin as deploy.sh fills it: the API key registration id is a deployment's. */
const filledPlugin = (): Doc => JSON.parse(JSON.stringify(plugin).replace('${{JOBS_API_KEY_REGISTRATION_ID}}', 'MjIyMjIy'));
/** A JSONPath of the simple kind the plugin uses ($, $.a, $.a.b) applied to a value. */
const at = (value: unknown, path: string): unknown =>
  path === '$'
    ? value
    : path
        .replace(/^\$\./, '')
        .split('.')
        .reduce<unknown>((v, key) => (v as Doc | undefined)?.[key], value);
const expand = (file: string, data: unknown): Doc => new Template(read(file)).expand({ $root: data }) as Doc;

describe('the declarative agent (Microsoft 365 Copilot)', () => {
  test('is in the Teams app, one agent whose file is in appPackage/', () => {
    expect(manifest.copilotAgents.declarativeAgents).toHaveLength(1);
    expect(existsSync(join(dir, agentFile))).toBe(true);
  });

  test("is valid against Microsoft's schema, of the newest version @microsoft/app-manifest ships", () => {
    expect(agent.version).toBe(newest('declarative-agent'));
    expect(agent.$schema).toBe(`https://developer.microsoft.com/json-schemas/copilot/declarative-agent/${agent.version}/schema.json`);
    expect(schemaErrors(agent)).toEqual([]);
  });

  test('the schema catches mistakes (so a clean validation means something)', () => {
    const errors = schemaErrors({ ...agent, name: '', conversation_starters: [], unknown: 1 }).join('\n');
    expect(errors).toMatch(/^\/name /m);
    expect(errors).toMatch(/^\/conversation_starters /m);
    expect(errors).toMatch(/unknown/);
  });

  test('starts conversations with the everyday questions and acts through the plugin only', () => {
    expect(agent.conversation_starters.map((s: Doc) => s.text)).toEqual(
      expect.arrayContaining(['How are my backups?', 'Show failed jobs today']),
    );
    expect(agent.actions).toEqual([{ id: expect.any(String), file: 'ai-plugin.json' }]);
    expect(agent.capabilities).toBeUndefined();
    for (const name of Object.keys(operations))
      if (plugin.functions.some((f: Doc) => f.name === name)) expect(agent.instructions).toContain(name);
  });
});

describe('the API plugin over the facade', () => {
  test("is valid against Microsoft's schema once filled, of the newest version @microsoft/app-manifest ships", () => {
    expect(plugin.schema_version).toBe(newest('plugin'));
    expect(plugin.$schema).toBe(`https://developer.microsoft.com/json-schemas/copilot/plugin/${plugin.schema_version}/schema.json`);
    expect(schemaErrors(filledPlugin())).toEqual([]);
  });

  test('the schema catches mistakes', () => {
    const broken = { ...filledPlugin(), namespace: 'has spaces', functions: [{ name: 'List Jobs' }] };
    const errors = schemaErrors(broken).join('\n');
    expect(errors).toMatch(/^\/namespace /m);
    expect(errors).toMatch(/^\/functions\/0\/name /m);
  });

  test('each function is an operation of the OpenAPI document, run with the function key unless the operation is anonymous', () => {
    const names = plugin.functions.map((f: Doc) => f.name);
    expect(names).toEqual(['ListJobs', 'GetSummary', 'Health']);
    for (const name of names) expect(operations[name]).toBeDefined();
    const [keyed, open] = plugin.runtimes;
    expect(keyed.auth).toEqual({ type: 'ApiKeyPluginVault', reference_id: '${{JOBS_API_KEY_REGISTRATION_ID}}' });
    expect(open.auth).toEqual({ type: 'None' });
    for (const name of keyed.run_for_functions) expect(operations[name].security).toBeUndefined();
    for (const name of open.run_for_functions) expect(operations[name].security).toEqual([]);
    expect([...keyed.run_for_functions, ...open.run_for_functions].sort()).toEqual([...names].sort());
    for (const runtime of plugin.runtimes) expect(runtime.spec).toEqual({ url: 'openapi.json' });
  });

  test('the job list renders each job of a page, titled by its organisation, with a valid card', () => {
    const semantics = plugin.functions.find((f: Doc) => f.name === 'ListJobs').capabilities.response_semantics;
    const body = jobsPageBody();
    const items = at(body, semantics.data_path) as Doc[];
    expect(items).toHaveLength(3);
    expect(at(items[0], semantics.properties.title)).toBe(items[0]!.organizationName);
    expect(at(items[0], semantics.properties.subtitle)).toBe(items[0]!.statusName);
    const card = expand(semantics.static_template.file, items[0]);
    expect(cardIssues(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(items[0]!.jobId);
    expect(JSON.stringify(card)).not.toMatch(/\$\{/);
  });

  test('the summary renders its sentence, the counts and each organisation, with a valid card', () => {
    const semantics = plugin.functions.find((f: Doc) => f.name === 'GetSummary').capabilities.response_semantics;
    const body = summaryBody();
    expect(at(body, semantics.properties.title)).toBe(body.answer);
    const card = expand(semantics.static_template.file, at(body, semantics.data_path));
    expect(cardIssues(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain(body.answer);
    for (const name of ['Contoso', 'Fabrikam', 'Northwind', '2 failed', 'Outside RPO', 'No successful backup known'])
      expect(text).toContain(name);
    expect(text).not.toMatch(/\$\{/);
  });

  test('the response fields it names are described in the OpenAPI document', () => {
    const { Job, Summary } = openApi.components.schemas;
    expect(Job.properties.organizationName.description).toBeDefined();
    expect(Job.properties.statusName.description).toBeDefined();
    expect(Summary.properties.answer.description).toBeDefined();
  });
});

describe('the message extension and link unfurling (for the bot in bot/)', () => {
  const extension = (manifest.composeExtensions as Doc[])[0]!;

  test('is the bot, with one search command "Find jobs" taking a sentence, in the compose box, the command box and on messages', () => {
    expect(extension.botId).toBe(manifest.bots[0].botId);
    expect(extension.commands).toEqual([
      expect.objectContaining({
        id: 'findJobs',
        type: 'query',
        title: 'Find jobs',
        context: ['compose', 'commandBox', 'message'],
        parameters: [expect.objectContaining({ name: 'query', inputType: 'text' })],
      }),
    ]);
  });

  test("unfurls links to the app's own host only", () => {
    expect(extension.messageHandlers).toEqual([{ type: 'link', value: { domains: ['${{APP_HOST}}'] } }]);
  });
});
