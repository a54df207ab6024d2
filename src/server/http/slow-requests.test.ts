import { describe, expect, it } from 'vitest';
import { slowRequestSampler } from './slow-requests';

describe('slow request sampler', () => {
  it('logs the first of a route in each interval with how many it left unlogged, each route apart', () => {
    const sample = slowRequestSampler(1000);
    expect(sample('POST /a', 0)).toBe(0);
    expect(sample('POST /a', 10)).toBeNull();
    expect(sample('POST /a', 999)).toBeNull();
    expect(sample('GET /b', 500)).toBe(0);
    expect(sample('POST /a', 1000)).toBe(2);
    expect(sample('POST /a', 1500)).toBeNull();
    expect(sample('POST /a', 2600)).toBe(1);
    expect(sample('GET /b', 2600)).toBe(0);
  });
});
