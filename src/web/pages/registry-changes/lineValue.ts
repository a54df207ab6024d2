import type { TFunction } from 'i18next';
import type { RegistryChangeLine } from './api';

type Value = RegistryChangeLine['before'];

/** A value of a line as people read it: a living status in words, an empty one as 未登记. */
export const lineValue = (line: RegistryChangeLine, value: Value, t: TFunction): string => {
  if (value === null) return t('registryChanges.none');
  return line.field === 'status' ? t(`registryChanges.residentStatuses.${value}`) : value;
};
