import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { round } from './stats';

export interface PackageSize {
  megabytes: number;
  files: number;
}

/** Every file under `dir`, except below directories named in `skip` (paths relative to `root`). */
function* filesUnder(dir: string, root: string, skip: ReadonlySet<string>): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip.has(relative(root, path))) continue;
    if (entry.isDirectory()) yield* filesUnder(path, root, skip);
    else if (entry.isFile()) yield path;
  }
}

function measure(files: Iterable<string>): PackageSize {
  const unique = new Set(files);
  let bytes = 0;
  for (const file of unique) bytes += statSync(file).size;
  return { megabytes: round(bytes / 1024 / 1024, 1), files: unique.size };
}

/** Root folders of the production dependencies, as `npm ci --omit=dev` would install them. */
function productionModules(root: string): string[] {
  const output = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' });
  return output.split('\n').filter((line) => line.includes('node_modules'));
}

/** The tsc artefact as infra/deploy.sh packaged it: dist, host.json, package.json and production node_modules. */
export function tscPackageSize(root: string): PackageSize {
  const skip = new Set(['dist/deploy', 'dist/bundle']);
  const modules = productionModules(root);
  // Nested node_modules folders are listed on their own; skipping them here avoids counting twice.
  const nested = new Set(
    modules.flatMap((dir) =>
      statSync(join(dir, 'node_modules'), { throwIfNoEntry: false }) ? [relative(root, join(dir, 'node_modules'))] : [],
    ),
  );
  return measure([
    ...filesUnder(join(root, 'dist'), root, skip),
    join(root, 'host.json'),
    join(root, 'package.json'),
    ...modules.flatMap((dir) => [...filesUnder(dir, root, nested)]),
  ]);
}

/** The bundle artefact: everything under dist/bundle (its scripts, their licences, host.json, package.json). */
export const bundlePackageSize = (root: string): PackageSize => measure(filesUnder(join(root, 'dist', 'bundle'), root, new Set()));
