import type { FieldCrypto } from '../crypto/field-crypto';
import type { Db } from '../db/client';

export type DemoUnit = { id: string; path: string };

/**
 * The Huli demo world while it is being loaded: one transaction, and the references one module's
 * records hand to the next (units by name, providers by key, each community's running project,
 * accounts by username). Each module's loader runs in the order of the module list and fills in
 * what it owns.
 */
export type DemoWorld = {
  tx: Db;
  crypto: FieldCrypto;
  /** The demo day (Asia/Shanghai, `YYYY-MM-DD`): demo dates count back from it. */
  today: string;
  /** Every unit by its name (湖里区, 江头街道, 园山社区 …). */
  units: Map<string, DemoUnit>;
  /** Providers by the demo key of `demo-data/accounts.ts`. */
  providers: Map<string, string>;
  /** The project each community runs on the demo day, by community name. */
  runningProjects: Map<string, string>;
  /** Demo accounts' user ids by username (`demo-data/accounts.ts`), for the demo cases' workers. */
  users: Map<string, string>;
  /** The password hash every demo account gets (computed once). */
  passwordHash: string;
};

/** Writes one module's part of the demo world, and hands on what later modules refer to. */
export type DemoLoader = (world: DemoWorld) => Promise<void>;
