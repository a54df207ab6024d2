import { z } from 'zod';

/**
 * One line of a role's "today" on the home page: something waiting for the signed-in person, how many,
 * and the list that holds them. `key` names the label in the web's translations of the module that
 * contributes it (e.g. `volunteers.todo.hoursToApprove`).
 */
export const todoItem = z.object({
  key: z.string(),
  count: z.number().int(),
  link: z.string(),
  tone: z.enum(['normal', 'warning']),
});
export type TodoItem = z.infer<typeof todoItem>;

export const todoList = z.object({ items: z.array(todoItem) });
