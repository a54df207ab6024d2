import { ApiError } from './ApiError';
import { type Query, sessionHeaders, toApiError, withQuery } from './client';

// Files travel outside apiRequest (which speaks JSON only): downloads, multipart uploads and streams.
// The same session cookie, acting membership and language go with each request.

// A refused request (problem+json, or anything else) as the ApiError the rest of the app knows.
export const problemOf = async (response: Response): Promise<ApiError> => {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return toApiError(response.status, body, response.statusText);
};

export const sendFile = async (
  path: string,
  init: {
    method?: 'GET' | 'POST' | 'PUT';
    body?: FormData;
    json?: object;
    signal?: AbortSignal;
    /** What the answer should be, when the server offers a choice (e.g. progress lines). */
    accept?: string;
  },
): Promise<Response> => {
  const headers = sessionHeaders(init.accept ?? '*/*');
  if (init.json) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'include',
      headers,
      body: init.json ? JSON.stringify(init.json) : init.body,
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network.unreachable', title: '', errors: [] });
  }
  if (!response.ok) throw await problemOf(response);
  return response;
};

// "attachment; filename*=UTF-8''%E5%B1%85…" → the decoded name, else the fallback.
const fileNameOf = (response: Response, fallback: string): string => {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return fallback;
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
};

// Fetches a file and hands it to the browser as a download under the server's file name.
export const downloadFile = async (path: string, fallbackName: string, query?: Query): Promise<void> =>
  saveResponse(await sendFile(withQuery(path, query), {}), fallbackName);

// A document numbered and kept when it is issued (a certificate) is asked for by POST.
export const downloadIssuedFile = async (path: string, fallbackName: string, input: object): Promise<void> =>
  saveResponse(await sendFile(path, { method: 'POST', json: input }), fallbackName);

const saveResponse = async (response: Response, fallbackName: string): Promise<void> => {
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
