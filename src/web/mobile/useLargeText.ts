import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'jinlin.largeText';
const EVENT = 'jinlin:large-text';

const read = (): boolean => {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
};

// 大字模式: remembered on this phone, shared by every phone page.
export const useLargeText = (): [boolean, (on: boolean) => void] => {
  const large = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((on: boolean) => {
    try {
      window.localStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // Private mode: the choice lasts until the page closes.
    }
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [large, set];
};
