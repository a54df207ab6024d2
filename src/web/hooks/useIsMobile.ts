import { useSyncExternalStore } from 'react';

// Below antd's `md` breakpoint (768 px) the shell switches to its phone layout.
const QUERY = '(max-width: 767.98px)';

const subscribe = (onChange: () => void): (() => void) => {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

export const useIsMobile = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
