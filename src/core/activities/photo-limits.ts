// Limits of activity photos, shared by the server's checks and the web's check before sending.
// Plain values (no zod) so the web bundle can import them.

export const maxPhotoBytes = 10 * 1024 * 1024;
export const maxPhotosPerActivity = 50;
export const maxPhotosPerUpload = 20;
export const maxCaptionLength = 200;
/** What a browser may declare; the server decides by the file's content alone. */
export const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const photoVariants = ['thumb', 'large'] as const;
export type PhotoVariant = (typeof photoVariants)[number];
