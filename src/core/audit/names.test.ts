import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_TYPES } from './names';

const serverFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return serverFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
const lines = serverFiles('src/server').flatMap((f) => readFileSync(f, 'utf8').split('\n'));

// Codes written from a template: each template's outcomes, named so a new template fails below.
const TEMPLATED = [
  'activities.publish',
  'activities.finish',
  'activities.cancel',
  'activities.register',
  'activities.waitlist',
  'actionItems.done',
  'actionItems.reopen',
  'actionItems.cancel',
  'suggestions.route',
  'suggestions.reply',
  'suggestions.close',
  'suggestions.to_need',
  'needs.accepted',
  'needs.declined',
  'needs.resolved',
  'needs.reopened',
  'needs.merged',
  'needs.onAgenda',
  'needs.decided',
  'needs.actionAssigned',
  'needs.actionDone',
];

describe('audit names', () => {
  it('names every action code the server writes', () => {
    const written = new Set(
      lines
        .filter((line) => /\baction\b|auditSignIn\(/.test(line))
        .flatMap((line) => [...line.matchAll(/'([a-z][a-zA-Z]*\.[a-z_]+)'/g)].map((m) => m[1])),
    );
    expect(written.size).toBeGreaterThan(80);
    expect([...written].filter((code) => !AUDIT_ACTIONS[code])).toEqual([]);
    expect(lines.filter((line) => /action: `/.test(line))).toHaveLength(5);
    expect(TEMPLATED.filter((code) => !AUDIT_ACTIONS[code])).toEqual([]);
  });

  it('names every kind of object and gives every action a type', () => {
    const entities = new Set(
      lines.flatMap((line) => [...line.matchAll(/entity: '([a-zA-Z_]+)'/g)].map((m) => m[1])),
    );
    expect([...entities].filter((e) => !AUDIT_ENTITIES[e])).toEqual([]);
    const types = Object.keys(AUDIT_ACTIONS).map((code) => code.split('.')[0]);
    expect(types.filter((type) => !(type in AUDIT_TYPES))).toEqual([]);
  });
});
