import type { TodoItem } from '../../core/home/contract';
import type { HomeFigures } from '../../core/reporting/home-figures-contract';
import { apiRequest } from './client';

export type { HomeFigures, TodoItem };

export const getTodo = (): Promise<{ items: TodoItem[] }> => apiRequest('/api/v1/home/todo');

export const getHomeFigures = (): Promise<HomeFigures> => apiRequest('/api/v1/home/figures');
