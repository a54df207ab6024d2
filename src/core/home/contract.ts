import { z } from 'zod';

/**
 * One line of a role's "today" on the home page: something waiting for the signed-in person, how many,
 * and the list that holds them. `key` names the label in the web's translations of the module that
 * contributes it (e.g. `volunteers.todo.hoursToApprove`).
 */
/** Words a label names besides the count, e.g. a grid's name. */
const labelParams = z.record(z.string(), z.string());

/** A share of a line (e.g. one grid's overdue visits), opening the line's list narrowed to it. */
export const todoPart = z.object({
  key: z.string(),
  params: labelParams.optional(),
  count: z.number().int(),
  link: z.string(),
});

export const todoItem = z.object({
  key: z.string(),
  count: z.number().int(),
  link: z.string(),
  tone: z.enum(['normal', 'warning']),
  params: labelParams.optional(),
  parts: z.array(todoPart).optional(),
});
export type TodoItem = z.infer<typeof todoItem>;

export const todoList = z.object({ items: z.array(todoItem) });
