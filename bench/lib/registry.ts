// Finds every scenario in bench/scenarios/*.ts. Adding a benchmark = adding one file there that exports
// `export const scenario: Scenario = { name, description, request, setup? }`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Scenario } from './types';

export const scenariosDir = fileURLToPath(new URL('../scenarios/', import.meta.url));

const isScenario = (value: unknown): value is Scenario => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  const request = candidate.request as Record<string, unknown> | undefined;
  return (
    typeof candidate.name === 'string' &&
    typeof candidate.description === 'string' &&
    typeof request === 'object' &&
    request !== null &&
    typeof request.path === 'string' &&
    (candidate.setup === undefined || typeof candidate.setup === 'function')
  );
};

/** Every scenario, ordered by file name; throws on a file without a valid `scenario` export or a duplicate name. */
export const loadScenarios = async (): Promise<Scenario[]> => {
  const files = readdirSync(scenariosDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts'))
    .sort();
  const scenarios: Scenario[] = [];
  const byName = new Map<string, string>();
  for (const file of files) {
    const module: Record<string, unknown> = await import(pathToFileURL(join(scenariosDir, file)).href);
    const { scenario } = module;
    if (!isScenario(scenario)) {
      throw new Error(
        `bench/scenarios/${file} must export \`const scenario: Scenario\` with name, description and request.path`,
      );
    }
    const clash = byName.get(scenario.name);
    if (clash) throw new Error(`scenario name "${scenario.name}" is used by both ${clash} and ${file}`);
    byName.set(scenario.name, file);
    scenarios.push(scenario);
  }
  return scenarios;
};
