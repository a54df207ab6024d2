import type { FieldCrypto } from '../crypto/field-crypto';
import type { Db } from '../db/client';

export type DemoUnit = { id: string; path: string };

/**
 * The Huli demo world while it is being loaded: one transaction, and the references one module's
 * records hand to the next (units by name, providers by key, each community's running project).
 * Each module's loader runs in the order of the module list and fills in what it owns.
 */
export type DemoWorld = {
  tx: Db;
  crypto: FieldCrypto;
  today: string;
  /** Every unit by its name (湖里区, 江头街道, 园山社区 …). */
  units: Map<string, DemoUnit>;
  /** Providers by the demo key of `demo-data/accounts.ts`. */
  providers: Map<string, string>;
  /** The project each community runs on the demo day, by community name. */
  runningProjects: Map<string, string>;
  /** The password hash every demo account gets (computed once). */
  passwordHash: string;
};

export type DemoLoader = (world: DemoWorld) => Promise<void>;
