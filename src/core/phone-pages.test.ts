import { describe, expect, it } from 'vitest';
import { isPhonePagePath } from './phone-pages';

describe('the phone pages’ addresses', () => {
  it('are /m and below', () => {
    for (const path of ['/m', '/m/', '/m/me', '/m/activities/1?x=1', '/m?from=desk', '/m#top']) {
      expect(isPhonePagePath(path)).toBe(true);
    }
  });

  it('are not every address that starts with an m', () => {
    for (const path of ['/', '/members', '/media/m', '/sign-in?next=/m', '/activities/1']) {
      expect(isPhonePagePath(path)).toBe(false);
    }
  });
});
