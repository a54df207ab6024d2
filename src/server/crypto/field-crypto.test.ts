import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskMobile, maskName } from '../../core/mask';
import { checkPasswordPolicy } from '../../core/password-policy';
import { createFieldCrypto } from './field-crypto';
import { parseKeyRing } from './secrets';

const key = () => crypto.randomBytes(32).toString('base64');

describe('field encryption', () => {
  const hmacKey = crypto.randomBytes(32);
  const old = parseKeyRing(`k1:${key()}`);
  const rotated = [...parseKeyRing(`k2:${key()}`), ...old];

  it('round-trips and never repeats a ciphertext', () => {
    const c = createFieldCrypto({ encryptionKeys: old, hmacKey });
    const a = c.encrypt('350206195003011234');
    expect(a).not.toContain('350206195003011234');
    expect(a).not.toBe(c.encrypt('350206195003011234'));
    expect(c.decrypt(a)).toBe('350206195003011234');
  });

  it('reads values of a retired key after rotation and writes with the new one', () => {
    const before = createFieldCrypto({ encryptionKeys: old, hmacKey }).encrypt('低保');
    const after = createFieldCrypto({ encryptionKeys: rotated, hmacKey });
    expect(after.decrypt(before)).toBe('低保');
    expect(after.encrypt('x').split('.')[1]).toBe('k2');
  });

  it('detects tampering', () => {
    const c = createFieldCrypto({ encryptionKeys: old, hmacKey });
    const parts = c.encrypt('secret').split('.');
    parts[4] = Buffer.from('SECRET').toString('base64url');
    expect(() => c.decrypt(parts.join('.'))).toThrow();
  });

  it('hashes with the key, deterministically', () => {
    const c = createFieldCrypto({ encryptionKeys: old, hmacKey });
    const other = createFieldCrypto({ encryptionKeys: old, hmacKey: crypto.randomBytes(32) });
    expect(c.hash('13800000001')).toBe(c.hash('13800000001'));
    expect(c.hash('13800000001')).not.toBe(other.hash('13800000001'));
  });

  it('refuses a malformed key ring', () => {
    expect(() => parseKeyRing('k1:short')).toThrow();
  });
});

describe('masking and password policy', () => {
  it('masks as the architecture shows', () => {
    expect(maskIdNumber('35020619500301123X')).toBe('350206********123X');
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('李四')).toBe('李*');
  });

  it('wants three character classes and 8+ characters', () => {
    expect(checkPasswordPolicy('Jinlin@2025')).toBeNull();
    expect(checkPasswordPolicy('Ab1')).toBe('auth.password_too_short');
    expect(checkPasswordPolicy('abcdefgh1')).toBe('auth.password_too_weak');
    expect(checkPasswordPolicy('abcdefgH1')).toBeNull();
  });
});
