import { maskMobile, maskRoom } from '../../../core/mask';
import {
  type RegistryChangeField,
  type RegistryChangeLine,
  registryChangeFields,
} from '../../../core/registry-changes/contract';
import type { ChangeableFields } from '../residents/service';

/** Proposed values, and those they replace, as stored (sealed JSON): only the fields the proposal touches. */
export type FieldValues = Partial<ChangeableFields>;

/** Names of the compounds and grids a line may mention, by id. */
export type PlaceNames = Map<string, string>;

type Value = FieldValues[RegistryChangeField];

// Masked as the registry's lists mask them: a reviewer recognises the number by its ends.
function shown(field: RegistryChangeField, value: Value, places: PlaceNames): string | null {
  if (value === null || value === undefined) return null;
  if (field === 'mobile') return maskMobile(value);
  if (field === 'room') return maskRoom(value);
  if (field === 'compoundId' || field === 'gridId') return places.get(value) ?? null;
  return value;
}

/**
 * The proposal field by field, in the form's order. `stale` when the record no longer holds what it
 * held when the change was proposed (someone changed it since): the reviewer still decides.
 */
export function changeLines(
  changes: FieldValues,
  before: FieldValues,
  current: ChangeableFields | undefined,
  places: PlaceNames,
): RegistryChangeLine[] {
  return registryChangeFields
    .filter((field) => field in changes)
    .map((field) => {
      const now = current ? current[field] : (before[field] ?? null);
      return {
        field,
        before: shown(field, before[field], places),
        current: shown(field, now, places),
        after: shown(field, changes[field], places),
        stale: (before[field] ?? null) !== now,
      };
    });
}

/** The proposed values that differ from the record's: a status is proposed with its date or not at all. */
export function differing(proposed: FieldValues, current: ChangeableFields): FieldValues {
  const changed = Object.fromEntries(
    Object.entries(proposed).filter(
      ([field, value]) => value !== undefined && value !== current[field as RegistryChangeField],
    ),
  ) as FieldValues;
  if (changed.status === undefined) delete changed.statusDate;
  else changed.statusDate = proposed.statusDate;
  return changed;
}

/** What the record holds now in the fields a proposal touches. */
export const valuesOf = (current: ChangeableFields, fields: FieldValues): FieldValues =>
  Object.fromEntries(Object.keys(fields).map((field) => [field, current[field as RegistryChangeField]]));
