import type { TFunction } from 'i18next';

type Compound = { id: string; name: string; kind?: 'compound' | 'apartmentBlock' };

// Compounds first, then stand-alone apartment blocks, each under its own heading.
export const compoundOptions = (compounds: Compound[], t: TFunction) =>
  (['compound', 'apartmentBlock'] as const)
    .map((kind) => ({
      label: t(`orgUnits.compoundKinds.${kind}`),
      title: t(`orgUnits.compoundKinds.${kind}`),
      options: compounds
        .filter((c) => (c.kind ?? 'compound') === kind)
        .map((c) => ({ value: c.id, label: c.name })),
    }))
    .filter((group) => group.options.length > 0);
