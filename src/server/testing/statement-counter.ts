import type { Db } from '../db/client';

/** The database, counting the statements it prepares (every statement, named or not, is prepared first). */
export const counted = (db: Db) => {
  const sent = { statements: 0 };
  type Session = Db['_']['session'];
  const session = new Proxy(db._.session, {
    get: (target, key, receiver) =>
      key === 'prepareQuery'
        ? (...args: Parameters<Session['prepareQuery']>) => {
            sent.statements++;
            return target.prepareQuery(...args);
          }
        : Reflect.get(target, key, receiver),
  });
  const proxy = new Proxy(db, {
    get: (target, key, receiver) =>
      key === '_' ? { ...target._, session } : Reflect.get(target, key, receiver),
  });
  return { db: proxy, sent };
};
