import { maxPhotoBytes, photoMimeTypes } from '../../../core/activities/photo-limits';

export type RejectedPhoto = { name: string; reason: 'type' | 'size' };

// The same rules the server applies, checked before sending so a wrong file costs no upload. The
// browser's declared type is only a first guess; the server decides by the file's content.
export const checkPhotoFiles = (files: File[]): { accepted: File[]; rejected: RejectedPhoto[] } => {
  const accepted: File[] = [];
  const rejected: RejectedPhoto[] = [];
  for (const file of files) {
    if (!(photoMimeTypes as readonly string[]).includes(file.type))
      rejected.push({ name: file.name, reason: 'type' });
    else if (file.size > maxPhotoBytes) rejected.push({ name: file.name, reason: 'size' });
    else accepted.push(file);
  }
  return { accepted, rejected };
};
