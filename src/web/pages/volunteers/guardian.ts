import { ageOn } from '../../../core/residents/age-bands';
import { parseIdNumber } from '../../../core/residents/id-card';
import { adultAge, minVolunteerAge } from '../../../core/volunteers/rules';

/**
 * Whether the identity typed so far belongs to someone aged 14–17, so the guardian's consent fields
 * open before the server has to ask (the server decides; this only saves a round trip).
 */
export const needsGuardian = (
  idType: string | undefined,
  idNumber: string | undefined,
  birthDate: string | undefined,
) => {
  const today = new Date().toISOString().slice(0, 10);
  const parsed = idType === 'residentId' && idNumber ? parseIdNumber(idNumber) : null;
  const born = parsed?.ok ? parsed.facts.birthDate : birthDate;
  if (!born) return false;
  const age = ageOn(born, today);
  return age >= minVolunteerAge && age < adultAge;
};

export const GUARDIAN_ERROR = 'volunteers.guardian_consent_required';
