import type { PhotoView } from '../../core/activities/contract';
import { ApiError } from './ApiError';
import { apiRequest, sessionHeaders, toApiError } from './client';

export type ActivityPhoto = PhotoView;

const photosPath = (activityId: string) => `/api/v1/activities/${encodeURIComponent(activityId)}/photos`;
const photoPath = (activityId: string, photoId: string) =>
  `${photosPath(activityId)}/${encodeURIComponent(photoId)}`;

export const listPhotos = (activityId: string): Promise<{ items: ActivityPhoto[] }> =>
  apiRequest(photosPath(activityId));

export const updatePhotoCaption = (
  activityId: string,
  photoId: string,
  caption: string,
): Promise<ActivityPhoto> =>
  apiRequest(photoPath(activityId, photoId), { method: 'PATCH', body: { caption } });

export const deletePhoto = (activityId: string, photoId: string): Promise<void> =>
  apiRequest(photoPath(activityId, photoId), { method: 'DELETE' });

export type PhotoUpload = { files: File[]; sessionId?: string };

// One multipart request per batch (the server keeps all of it or none). XMLHttpRequest rather than
// fetch because only it reports upload progress, which matters for 10 MB photos on a phone network.
export const uploadPhotos = (
  activityId: string,
  upload: PhotoUpload,
  onProgress: (percent: number) => void,
): Promise<{ items: ActivityPhoto[] }> => {
  const form = new FormData();
  for (const file of upload.files) form.append('files', file, file.name);
  if (upload.sessionId) form.append('sessionId', upload.sessionId);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', photosPath(activityId));
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(sessionHeaders('application/json, application/problem+json')))
      xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: 0, code: 'network.unreachable', title: '', errors: [] }));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as { items: ActivityPhoto[] });
      else reject(toApiError(xhr.status, body, xhr.statusText));
    };
    xhr.send(form);
  });
};
