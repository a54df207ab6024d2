import {
  careDependencyLevels,
  type TargetGroupTag,
  targetGroupFlags,
} from '../../../core/residents/target-groups';
import type { FieldCrypto } from '../../crypto/field-crypto';

export const allTags: TargetGroupTag[] = [
  ...targetGroupFlags,
  ...careDependencyLevels.map((l) => `careDependency:${l}` as const),
  'chronicIllness',
  'disability',
];

/**
 * Keyed tokens for target-group tags (decision 003): the database stores `t_3f9a…`, never "dibao",
 * yet SQL can still count and filter by comparing with the token the server computes.
 */
export function tagTokens(crypto: FieldCrypto): TagTokens {
  let tokens = cache.get(crypto);
  if (!tokens) {
    tokens = buildTagTokens(crypto);
    cache.set(crypto, tokens);
  }
  return tokens;
}

function buildTagTokens(crypto: FieldCrypto) {
  const toToken = new Map(allTags.map((tag) => [tag, `t_${crypto.hash(`tag:${tag}`).slice(0, 16)}`]));
  const toTag = new Map([...toToken].map(([tag, token]) => [token, tag]));
  return {
    token: (tag: TargetGroupTag) => toToken.get(tag)!,
    tokens: (tags: readonly TargetGroupTag[]) => tags.map((t) => toToken.get(t)!),
    tagsOf: (tokens: readonly string[]) => tokens.flatMap((t) => toTag.get(t) ?? []),
  };
}
export type TagTokens = ReturnType<typeof buildTagTokens>;

// The tokens depend only on the key: computed once per crypto instance.
const cache = new WeakMap<FieldCrypto, TagTokens>();

export function isTag(value: string): value is TargetGroupTag {
  return (allTags as string[]).includes(value);
}
