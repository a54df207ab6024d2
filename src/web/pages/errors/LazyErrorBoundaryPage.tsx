import { lazy, Suspense } from 'react';

const ErrorBoundaryPage = lazy(() =>
  import('./ErrorBoundaryPage').then((m) => ({ default: m.ErrorBoundaryPage })),
);

/**
 * ErrorBoundaryPage for a route declared in a module's module.tsx: the phone's bundle reads those files,
 * and must not carry the desk's component library for an error page it never shows.
 */
export const LazyErrorBoundaryPage = () => (
  <Suspense fallback={null}>
    <ErrorBoundaryPage />
  </Suspense>
);
