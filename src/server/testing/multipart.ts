import sharp from 'sharp';

export type MultipartPart =
  | { field: string; filename: string; buffer: Buffer; contentType?: string }
  | { field: string; value: string };

/** A multipart/form-data body of files and text fields, for app.inject. */
export function multipartForm(parts: MultipartPart[]) {
  const boundary = `----jinlin${Math.random().toString(16).slice(2)}`;
  const chunks = parts.flatMap((part) => {
    const head =
      'value' in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`;
    return [Buffer.from(head), 'value' in part ? Buffer.from(part.value) : part.buffer, Buffer.from('\r\n')];
  });
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A multipart/form-data body with one file field, for app.inject. */
export function multipartFile(buffer: Buffer, filename: string, field = 'file') {
  return multipartForm([{ field, filename, buffer }]);
}

/** A small grey PNG under `field`, as a form: a photo upload that passes every check. */
export async function photoForm(field: string) {
  const buffer = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
    .png()
    .toBuffer();
  return multipartForm([{ field, filename: 'photo.png', buffer }]);
}
