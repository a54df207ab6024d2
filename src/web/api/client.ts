import { ApiError, type FieldError } from './ApiError';

export const MEMBERSHIP_STORAGE_KEY = 'jinlin.membershipId';
export const LOCALE_STORAGE_KEY = 'jinlin.locale';

export type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
};

const readStorage = (key: string): string | null => {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
};

export const withQuery = (path: string, query?: Query): string => {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    // A list repeats its key (`ids=a&ids=b`), as the server reads it.
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const toFieldErrors = (value: unknown): FieldError[] => {
  if (!Array.isArray(value)) return [];
  const out: FieldError[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const rawPath = item.path;
    const path = Array.isArray(rawPath) ? rawPath.map(String).join('.') : String(rawPath ?? '');
    out.push({ path, message: String(item.message ?? '') });
  }
  return out;
};

// Turns a problem+json body (or better-auth's { code, message }) into an ApiError.
export const toApiError = (status: number, body: unknown, statusText: string): ApiError => {
  if (isRecord(body)) {
    const code = typeof body.code === 'string' ? body.code : `http.${status}`;
    const title =
      typeof body.title === 'string'
        ? body.title
        : typeof body.message === 'string'
          ? body.message
          : statusText || `HTTP ${status}`;
    return new ApiError({ status, code, title, errors: toFieldErrors(body.errors) });
  }
  return new ApiError({ status, code: `http.${status}`, title: statusText || `HTTP ${status}`, errors: [] });
};

// The acting membership and the language travel with every request, JSON or file.
export const sessionHeaders = (accept: string): Record<string, string> => {
  const headers: Record<string, string> = { Accept: accept };
  const membershipId = readStorage(MEMBERSHIP_STORAGE_KEY);
  if (membershipId) headers['X-Membership-Id'] = membershipId;
  const locale = readStorage(LOCALE_STORAGE_KEY);
  if (locale) headers['Accept-Language'] = locale;
  return headers;
};

// One fetch for every JSON call, with the session cookie.
export const apiRequest = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const headers = sessionHeaders('application/json, application/problem+json');
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      credentials: 'include',
      headers,
      body,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network.unreachable', title: '', errors: [] });
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) throw toApiError(response.status, parsed, response.statusText);
  return parsed as T;
};
