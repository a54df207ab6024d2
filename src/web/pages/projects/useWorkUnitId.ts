import { currentMembershipOf, useMe } from '../../hooks/useMe';

// The unit whose projects casework and visits may join: the caller's community. Above a community
// (a street's station worker) the client's community is not known before the server checks it, so no
// unit narrows the list and the server's rule decides.
export const useWorkUnitId = (): string | undefined => {
  const { data: me } = useMe();
  const membership = currentMembershipOf(me);
  return membership?.orgUnitKind === 'community' ? membership.orgUnitId : undefined;
};
