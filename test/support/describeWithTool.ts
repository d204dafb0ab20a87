/**
 * `describe` for tests that need a tool from outside npm (Chromium, the Bicep CLI, shellcheck).
 * Without it they cannot prove anything: under CI=true that is a failure (.ci/run installs every
 * such tool), elsewhere a loudly announced skip, never a silent pass.
 *
 * @param missing undefined when the tool is there, else what is missing and how to get it.
 */
export function describeWithTool(name: string, missing: string | undefined, body: () => void): void {
  if (missing === undefined) return describe(name, body);
  if (process.env.CI === 'true') {
    const fail = () => {
      throw new Error(`${missing} (CI=true: these tests must run)`);
    };
    return describe(name, () => test('needs its tool', fail));
  }
  console.warn(`\n*** SKIPPED "${name}": ${missing} ***\n`);
  describe.skip(name, body);
}
