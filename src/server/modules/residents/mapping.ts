import { maskIdNumber, maskMobile, maskName } from '../../../core/mask';
import { ageOn } from '../../../core/residents/age-bands';
import type { ResidentRow } from '../../../core/residents/contract';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { TagTokens } from './tags';

/** Under 14: the 个人信息保护法 line for a child's data. */
export function childAge(birthDate: string, asOf: string): boolean {
  return ageOn(birthDate, asOf) < 14;
}

type RowSource = {
  id: string;
  name: string;
  idType: ResidentRow['idType'];
  idNumberEnc: string;
  sex: 'male' | 'female';
  birthDate: string;
  mobileEnc: string | null;
  hukouType: 'hukou' | 'migrant';
  compoundName: string | null;
  gridName: string | null;
  householdNo: string | null;
  groupTags: string[];
  status: ResidentRow['status'];
};

/** Masking happens here, on the server: lists, exports and printouts all pass through it. */
export function toResidentRow(
  r: RowSource,
  crypto: FieldCrypto,
  tokens: TagTokens,
  asOf: string,
): ResidentRow {
  const age = ageOn(r.birthDate, asOf);
  const isMinor = age < 18;
  return {
    id: r.id,
    name: isMinor ? maskName(r.name) : r.name,
    idType: r.idType,
    idNumberMasked: maskIdNumber(crypto.decrypt(r.idNumberEnc)),
    sex: r.sex,
    age,
    mobileMasked: r.mobileEnc ? maskMobile(crypto.decrypt(r.mobileEnc)) : null,
    hukouType: r.hukouType,
    compoundName: r.compoundName,
    gridName: r.gridName,
    householdNo: r.householdNo,
    tags: tokens.tagsOf(r.groupTags),
    status: r.status,
    isMinor,
  };
}
