/** A tree of labels, as i18next reads one namespace. */
export type Messages = { [key: string]: string | Messages };

/** The same keys as T with any text: a translation typed with it misses no key and adds none. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
