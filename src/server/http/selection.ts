import { type AnyColumn, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { MAX_SELECTED } from '../../core/selection';

const selectedId = z.uuid('所选记录的编号无效');

/**
 * The rows a person ticked on a list (`?ids=…&ids=…`), to export only those. One `ids` arrives as a
 * string and several as an array; both become an array.
 */
export const selectedIdsQuery = z.object({
  ids: z
    .union([selectedId, z.array(selectedId)])
    .transform((ids) => (Array.isArray(ids) ? ids : [ids]))
    .pipe(z.array(z.string()).max(MAX_SELECTED, `一次最多导出 ${MAX_SELECTED} 项所选记录`))
    .optional(),
});

/**
 * Only the selected rows, when some were selected; the caller's scope predicate still applies beside
 * it, so an id outside the caller's scope simply finds nothing.
 */
export const inSelection = (column: AnyColumn, ids: readonly string[] | undefined): SQL | undefined =>
  ids ? inArray(column, [...ids]) : undefined;

/** What an export's audit row says about a selection: how many ids were asked for. */
export const selectionDetail = (ids: readonly string[] | undefined) =>
  ids ? { selection: true, selected: ids.length } : { selection: false };
