/** Masking happens on the server; these helpers are shared so lists, exports and printouts agree. */

export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

export function maskMobile(value: string): string {
  if (value.length !== 11) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}

export function maskName(value: string): string {
  const chars = [...value];
  if (chars.length <= 1) return value;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** A room (门牌): the building stays readable, the last three characters (the flat) are hidden. */
export function maskRoom(value: string): string {
  const chars = [...value];
  if (chars.length <= 3) return '*'.repeat(chars.length);
  return `${chars.slice(0, -3).join('')}***`;
}
