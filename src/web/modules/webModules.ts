/// <reference types="vite/client" />
import type { WebModule } from './webModule';

// Every pages/<module>/module.tsx declares one module of the web app as `webModule`; the router, the side
// menu and the translations collect them from here. So a module's pages need no line of their own: the one
// line a new module adds is its server manifest in src/server/modules/index.ts.
const found = import.meta.glob<WebModule>('../pages/*/module.tsx', { eager: true, import: 'webModule' });

export const webModules: readonly WebModule[] = Object.values(found);
