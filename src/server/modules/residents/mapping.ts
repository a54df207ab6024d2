import { maskName } from '../../../core/mask';
import { ageOn } from '../../../core/residents/age-bands';
import type { ResidentRow } from '../../../core/residents/contract';
import type { TagTokens } from './tags';

/** Under 14: the 个人信息保护法 line for a child's data. */
export function childAge(birthDate: string, asOf: string): boolean {
  return ageOn(birthDate, asOf) < 14;
}

type RowSource = {
  id: string;
  name: string;
  idType: ResidentRow['idType'];
  idNumberMasked: string | null;
  sex: 'male' | 'female';
  birthDate: string;
  mobileMasked: string | null;
  hukouType: 'hukou' | 'migrant';
  compoundName: string | null;
  gridName: string | null;
  householdNo: string | null;
  groupTags: string[];
  status: ResidentRow['status'];
};

/**
 * Masking happens on the server: the ID number and mobile are kept masked at every write
 * (`residentValues`), a minor's name is masked here; lists, exports and printouts all pass through it.
 */
export function toResidentRow(r: RowSource, tokens: TagTokens, asOf: string): ResidentRow {
  const age = ageOn(r.birthDate, asOf);
  const isMinor = age < 18;
  return {
    id: r.id,
    name: isMinor ? maskName(r.name) : r.name,
    idType: r.idType,
    // Kept masked at every write (`residentValues`) and filled at start for older rows (`upgrade.ts`).
    idNumberMasked: r.idNumberMasked ?? '',
    sex: r.sex,
    age,
    mobileMasked: r.mobileMasked,
    hukouType: r.hukouType,
    compoundName: r.compoundName,
    gridName: r.gridName,
    householdNo: r.householdNo,
    tags: tokens.tagsOf(r.groupTags),
    status: r.status,
    isMinor,
  };
}
