import os from 'node:os';
import path from 'node:path';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { Db } from '../db/client';
import type { ActorMembership } from '../http/actor';
import { localPhotoStore } from '../storage/local-photo-store';
import type { ServiceContext } from './context';
import { SessionCache } from './session-cache';

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

/** Who a demo loader acts as: an account of `accounts.ts` through its membership at a community. */
export type DemoActor = {
  username: string;
  name: string;
  role: ActorMembership['role'];
  unit: DemoUnit;
  unitName: string;
};

/**
 * A services' context acting as `who`, with time fixed at `at`, so a loader writes its records through
 * the services (and their audit rows) as that person did on that day. Demo records carry no photos.
 */
export function demoContext(world: DemoWorld, who: DemoActor, at: Date): ServiceContext {
  const membership: ActorMembership = {
    id: `demo-${who.username}`,
    orgUnitId: who.unit.id,
    orgUnitName: who.unitName,
    orgUnitKind: 'community',
    orgPath: who.unit.path,
    role: who.role,
    providerId: null,
    providerName: null,
  };
  return {
    db: world.tx,
    crypto: world.crypto,
    store: localPhotoStore(path.join(os.tmpdir(), 'jinlin-demo-no-photos')),
    clock: { now: () => at, today: () => world.today },
    sessions: new SessionCache(0),
    actor: {
      userId: world.users.get(who.username) ?? who.username,
      username: who.username,
      name: who.name,
      locale: 'zh-CN',
      ip: '127.0.0.1',
      userAgent: null,
      memberships: [membership],
      membership,
      permissions: new Set(),
    },
  };
}

/** 园山's social worker (yuanshan.sw, 陈思远) acting at `at`: the one most demo records are made by. */
export const yuanshanSocialWorkerAt = (world: DemoWorld, unit: DemoUnit, at: Date): ServiceContext =>
  demoContext(
    world,
    { username: 'yuanshan.sw', name: '陈思远', role: 'socialWorker', unit, unitName: '园山社区' },
    at,
  );
