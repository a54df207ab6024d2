import dayjs, { type Dayjs } from 'dayjs';
import type { idTypes, politicalStatuses, relationsToHead } from '../../../core/residents/contract';
import { normalizeIdNumber } from '../../../core/residents/id-card';
import type { CareDependency, DisabilityType, TargetGroupFlag } from '../../../core/residents/target-groups';
import type { ResidentDetail, ResidentInput, ResidentReveal } from '../../api/residents';

export type IdType = (typeof idTypes)[number];
export type Relation = (typeof relationsToHead)[number];
export type PoliticalStatus = (typeof politicalStatuses)[number];
export type DisabilityGrade = 1 | 2 | 3 | 4;

// The form's own shape: dates as dayjs, "no care dependency" as a choice, disability as two selects.
export type ResidentFormValues = {
  name: string;
  idType: IdType;
  idNumber: string;
  birthDate?: Dayjs | null;
  sex?: 'male' | 'female';
  mobile?: string;
  hukouType: 'hukou' | 'migrant';
  compoundId?: string | null;
  gridId?: string | null;
  room?: string;
  householdNo?: string;
  relationToHead?: Relation | null;
  politicalStatus?: PoliticalStatus | null;
  sensitive: {
    flags: TargetGroupFlag[];
    careDependency: CareDependency | 'none';
    chronicIllnesses: string[];
    disability: { type?: DisabilityType | null; grade?: DisabilityGrade | null };
  };
  notes?: string;
};

export const emptyResidentValues: ResidentFormValues = {
  name: '',
  idType: 'residentId',
  idNumber: '',
  hukouType: 'hukou',
  sensitive: { flags: [], careDependency: 'none', chronicIllnesses: [], disability: {} },
};

// An edit starts from the detail plus the revealed whole values (the ID number must be sent again).
// A minor's name comes masked and the reveal does not return it, so it has to be typed again.
export const valuesFromResident = (
  resident: ResidentDetail,
  revealed: ResidentReveal & { name?: string },
): ResidentFormValues => ({
  name: revealed.name ?? (resident.isMinor ? '' : resident.name),
  idType: resident.idType,
  idNumber: revealed.idNumber,
  birthDate: resident.idType === 'residentId' ? undefined : dayjs(resident.birthDate),
  sex: resident.sex,
  mobile: revealed.mobile ?? undefined,
  hukouType: resident.hukouType,
  compoundId: resident.compoundId,
  gridId: resident.gridId,
  room: revealed.room ?? undefined,
  householdNo: resident.householdNo ?? undefined,
  relationToHead: (resident.relationToHead as Relation | null) ?? null,
  politicalStatus: (resident.politicalStatus as PoliticalStatus | null) ?? null,
  sensitive: {
    flags: revealed.sensitive.flags,
    careDependency: revealed.sensitive.careDependency ?? 'none',
    chronicIllnesses: revealed.sensitive.chronicIllnesses,
    disability: revealed.sensitive.disability ?? {},
  },
  notes: revealed.notes ?? undefined,
});

const textOrNull = (value: string | undefined): string | null => value?.trim() || null;

export const inputFromValues = (values: ResidentFormValues): ResidentInput => {
  const residentId = values.idType === 'residentId';
  const { type, grade } = values.sensitive.disability;
  return {
    name: values.name.trim(),
    idType: values.idType,
    idNumber: values.idNumber.trim(),
    // A resident ID carries both; the server reads them from it.
    birthDate: residentId ? undefined : values.birthDate?.format('YYYY-MM-DD'),
    sex: residentId ? undefined : values.sex,
    mobile: textOrNull(values.mobile),
    hukouType: values.hukouType,
    compoundId: values.compoundId ?? null,
    gridId: values.gridId ?? null,
    room: textOrNull(values.room),
    householdNo: textOrNull(values.householdNo),
    relationToHead: values.relationToHead ?? null,
    politicalStatus: values.politicalStatus ?? null,
    sensitive: {
      flags: values.sensitive.flags,
      careDependency: values.sensitive.careDependency === 'none' ? null : values.sensitive.careDependency,
      chronicIllnesses: values.sensitive.chronicIllnesses.map((s) => s.trim()).filter(Boolean),
      disability: type && grade ? { type, grade } : null,
    },
    notes: textOrNull(values.notes),
  };
};

// After an edit the whole values on screen are the ones just saved (the ID number as the server keeps it).
export const revealedFromInput = (input: ResidentInput): ResidentReveal => ({
  name: input.name,
  idNumber: normalizeIdNumber(input.idNumber),
  mobile: input.mobile ?? null,
  room: input.room ?? null,
  notes: input.notes ?? null,
  sensitive: {
    flags: input.sensitive?.flags ?? [],
    careDependency: input.sensitive?.careDependency ?? null,
    chronicIllnesses: input.sensitive?.chronicIllnesses ?? [],
    disability: input.sensitive?.disability ?? null,
  },
});
