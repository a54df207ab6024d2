import { describe, expect, it } from 'vitest';
import { pageFor } from './web';

describe('pageFor', () => {
  it('answers the phone addresses with the phone page', () => {
    for (const url of ['/m', '/m/', '/m/me', '/m/activities/1?x=1', '/m?from=desk']) {
      expect(pageFor(url)).toBe('mobile.html');
    }
  });

  it('answers every other address with the desk, also those that merely start with an m', () => {
    for (const url of ['/', '/sign-in?next=%2Fm', '/members', '/media/x', '/activities/1']) {
      expect(pageFor(url)).toBe('index.html');
    }
  });
});
