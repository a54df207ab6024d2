import type { TodoItem } from '../../core/home/contract';
import { apiRequest } from './client';

export type { TodoItem };

export const getTodo = (): Promise<{ items: TodoItem[] }> => apiRequest('/api/v1/home/todo');
