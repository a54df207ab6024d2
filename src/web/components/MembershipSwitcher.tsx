import { lazy, Suspense } from 'react';
import type { Me } from '../api/types';

// Most people hold one membership: the select (and its virtual list) loads only for those who hold more,
// keeping it out of every desk page's first download.
const MembershipSelect = lazy(() =>
  import('./MembershipSelect').then((m) => ({ default: m.MembershipSelect })),
);

// Shown only when the user holds more than one membership.
export const MembershipSwitcher = ({ me, block = false }: { me: Me; block?: boolean }) => {
  if (me.memberships.length < 2) return null;
  return (
    <Suspense fallback={null}>
      <MembershipSelect me={me} block={block} />
    </Suspense>
  );
};
