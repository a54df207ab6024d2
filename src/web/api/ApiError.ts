export type FieldError = { path: string; message: string };

// An error answered by the API: a stable code, a translated title and, for validation, the fields.
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: FieldError[];

  constructor(input: { status: number; code: string; title: string; errors: FieldError[] }) {
    super(input.title || input.code);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = input.code;
    this.title = input.title;
    this.errors = input.errors;
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;
