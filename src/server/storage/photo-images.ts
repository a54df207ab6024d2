import sharp from 'sharp';

/** The formats accepted, told by the file's first bytes — never by its name or declared type. */
export type PhotoFormat = 'jpeg' | 'png' | 'webp';

export type ProcessedPhoto = {
  /** Of the upright original. */
  width: number;
  height: number;
  takenAt: Date | null;
  thumb: Buffer;
  large: Buffer;
};

export type PhotoProblem = 'not_an_image' | 'unreadable' | 'too_many_pixels';

/** What a refused file is told, per problem. */
export const photoProblemText: Record<PhotoProblem, string> = {
  not_an_image: '不是 JPEG、PNG 或 WebP 图片',
  unreadable: '图片已损坏，无法读取',
  too_many_pixels: '图片像素过大（超过1亿像素）',
};

export class PhotoRejected extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem);
  }
}

const thumbWidth = 320;
const largeEdge = 1600;
// A 10 MB PNG of one colour can unpack to gigabytes; no phone takes more than this.
const maxInputPixels = 100_000_000;

export function sniffFormat(bytes: Buffer): PhotoFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * Checks one uploaded file and makes its two WebP versions: turned upright by its EXIF orientation,
 * with every metadata block dropped (phones write the place a photo was taken into it). Decoding the
 * whole image here is the real check: a file with a JPEG header and a broken body fails now, before
 * anything of its batch is written.
 */
export async function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  const format = sniffFormat(bytes);
  if (!format) throw new PhotoRejected('not_an_image');
  const input = () => sharp(bytes, { limitInputPixels: maxInputPixels, failOn: 'error' });
  try {
    const meta = await input().metadata();
    if (meta.format !== format) throw new PhotoRejected('not_an_image');
    // sharp writes no metadata unless asked (keepMetadata/withExif), so the outputs carry no EXIF.
    // The original is decoded once; the thumbnail is cut from the display size.
    const large = await input()
      .autoOrient()
      .resize({ width: largeEdge, height: largeEdge, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
    const thumb = await sharp(large)
      .resize({ width: thumbWidth, withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return {
      width: meta.autoOrient.width,
      height: meta.autoOrient.height,
      takenAt: exifTakenAt(meta.exif),
      thumb,
      large,
    };
  } catch (error) {
    if (error instanceof PhotoRejected) throw error;
    const message = error instanceof Error ? error.message : '';
    throw new PhotoRejected(/pixel limit/i.test(message) ? 'too_many_pixels' : 'unreadable');
  }
}

const dateTimeOriginal = 0x9003;
const offsetTimeOriginal = 0x9011;
const dateTime = 0x0132;
const exifIfdPointer = 0x8769;

/**
 * When the camera says the photo was taken: EXIF DateTimeOriginal, else DateTime. EXIF clocks carry
 * no zone unless OffsetTimeOriginal says one; photos of Huli's activities are read as Beijing time.
 * Anything malformed gives null — the date is a nicety, not a reason to refuse a photo.
 */
export function exifTakenAt(exif: Buffer | undefined): Date | null {
  if (exif?.toString('latin1', 0, 4) !== 'Exif') return null;
  try {
    const tiff = exif.subarray(6);
    const little = tiff.toString('latin1', 0, 2) === 'II';
    const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
    const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
    const ascii = (entry: number) => {
      const count = u32(entry + 4);
      const at = count <= 4 ? entry + 8 : u32(entry + 8);
      return tiff.toString('latin1', at, Math.min(at + count, tiff.length)).replace(/\0.*$/, '');
    };
    const entries = (ifd: number) => {
      const found = new Map<number, number>();
      for (let i = 0, n = u16(ifd); i < n; i++) found.set(u16(ifd + 2 + i * 12), ifd + 2 + i * 12);
      return found;
    };
    const ifd0 = entries(u32(4));
    const exifAt = ifd0.get(exifIfdPointer);
    const exifIfd = exifAt === undefined ? new Map<number, number>() : entries(u32(exifAt + 8));
    const original = exifIfd.get(dateTimeOriginal);
    const offset = exifIfd.get(offsetTimeOriginal);
    const stamp = original ?? ifd0.get(dateTime);
    if (stamp === undefined) return null;
    const zone = offset !== undefined && original !== undefined ? ascii(offset) : '+08:00';
    return parseExifDate(ascii(stamp), /^[+-]\d\d:\d\d$/.test(zone) ? zone : '+08:00');
  } catch {
    return null;
  }
}

function parseExifDate(text: string, zone: string): Date | null {
  const m = /^(\d{4}):(\d\d):(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(text.trim());
  if (!m || m[1] === '0000') return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
