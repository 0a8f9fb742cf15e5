/**
 * Edit a zip package (an xlsx) without re-compressing it: the entries kept are copied as they are
 * (local header, compressed data and any data descriptor, byte for byte), the few replaced or added
 * are deflated on their own, and a new central directory is written. Adding a chart to a workbook
 * with a 100,000-row sheet then costs the chart's few kilobytes, not a second pass over the sheet.
 *
 * Format: PKWARE APPNOTE.TXT (the .ZIP File Format Specification), sections 4.3.7 (local file
 * header), 4.3.12 (central directory header) and 4.3.16 (end of central directory record). Only
 * what exceljs (archiver, JSZip) writes is read: one disk, no ZIP64, no encryption; anything else
 * is an error, never a silently broken file.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Offset of the entry's local header. */
  offset: number;
  /** Its central directory record (copied to the new directory with the offset patched). */
  central: Buffer;
}

function fail(what: string): never {
  throw new Error(`xlsx: cannot edit the workbook's zip package: ${what}`);
}

export interface Zip {
  bytes: Buffer;
  /** In the order of the central directory. */
  entries: ZipEntry[];
  /** Offset of the central directory (where the last entry's data ends). */
  cdOffset: number;
}

/** Read a zip's central directory. */
export function readZip(zip: Buffer): Zip {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === SIG_END) {
      end = i;
      break;
    }
  if (end < 0) fail("no end of central directory record");
  const count = zip.readUInt16LE(end + 10);
  const cdOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) fail("ZIP64 is not supported");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== SIG_CENTRAL) fail(`bad central directory record ${i}`);
    const flags = zip.readUInt16LE(p + 8);
    if (flags & 1) fail("encrypted entries are not supported");
    const nameLen = zip.readUInt16LE(p + 28);
    const size = 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    entries.push({
      name: zip.toString("utf8", p + 46, p + 46 + nameLen),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      offset: zip.readUInt32LE(p + 42),
      central: zip.subarray(p, p + size),
    });
    p += size;
  }
  return { bytes: zip, entries, cdOffset };
}

/** Start of an entry's compressed data (after its local header). */
function dataStart(zip: Buffer, e: ZipEntry): number {
  if (zip.readUInt32LE(e.offset) !== SIG_LOCAL) fail(`bad local header for ${e.name}`);
  return e.offset + 30 + zip.readUInt16LE(e.offset + 26) + zip.readUInt16LE(e.offset + 28);
}

/** An entry's uncompressed bytes. */
export function entryData({ bytes: zip }: Zip, e: ZipEntry): Buffer {
  const start = dataStart(zip, e);
  const raw = zip.subarray(start, start + e.compressedSize);
  if (e.method === STORED) return raw;
  if (e.method === DEFLATED) return inflateRawSync(raw);
  return fail(`compression method ${e.method} of ${e.name} is not supported`);
}

/**
 * A new zip: every entry of `zip` in order, those named in `replace` with their new content, then
 * the `add`ed entries. Entries not replaced are copied byte for byte.
 */
export function editZip(
  { bytes: zip, entries, cdOffset }: Zip,
  replace: ReadonlyMap<string, string>,
  add: readonly (readonly [string, string])[],
): Buffer {
  // Each entry runs from its local header to the next one's (or to the central directory).
  const starts = entries.map((e) => e.offset).sort((a, b) => a - b);
  const endOf = (offset: number): number => {
    const i = starts.indexOf(offset);
    return i + 1 < starts.length ? (starts[i + 1] as number) : cdOffset;
  };
  // New entries carry the package's own timestamp (the first entry's), so no clock is read.
  const stamp = entries[0]?.central.readUInt32LE(12) ?? 0;
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let at = 0;
  const fresh = (name: string, text: string): void => {
    const { local, record } = deflated(name, Buffer.from(text, "utf8"), stamp, at);
    parts.push(local);
    central.push(record);
    at += local.length;
  };
  for (const e of entries) {
    const text = replace.get(e.name);
    if (text !== undefined) {
      fresh(e.name, text);
      continue;
    }
    const bytes = zip.subarray(e.offset, endOf(e.offset));
    const record = Buffer.from(e.central);
    record.writeUInt32LE(at, 42);
    parts.push(bytes);
    central.push(record);
    at += bytes.length;
  }
  for (const [name, text] of add) fresh(name, text);
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([...parts, cd, end]);
}

/** A deflated entry: its local header + data, and its central directory record. */
function deflated(
  name: string,
  data: Buffer,
  stamp: number,
  offset: number,
): { local: Buffer; record: Buffer } {
  const nameBytes = Buffer.from(name, "utf8");
  const body = deflateRawSync(data);
  const crc = crc32(data);
  const local = Buffer.alloc(30 + nameBytes.length);
  local.writeUInt32LE(SIG_LOCAL, 0);
  local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  local.writeUInt16LE(0x0800, 6); // names are UTF-8
  local.writeUInt16LE(DEFLATED, 8);
  local.writeUInt32LE(stamp, 10); // DOS time and date
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  nameBytes.copy(local, 30);
  const record = Buffer.alloc(46 + nameBytes.length);
  record.writeUInt32LE(SIG_CENTRAL, 0);
  record.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
  record.writeUInt16LE(20, 6);
  record.writeUInt16LE(0x0800, 8);
  record.writeUInt16LE(DEFLATED, 10);
  record.writeUInt32LE(stamp, 12);
  record.writeUInt32LE(crc, 16);
  record.writeUInt32LE(body.length, 20);
  record.writeUInt32LE(data.length, 24);
  record.writeUInt16LE(nameBytes.length, 28);
  record.writeUInt32LE(offset, 42);
  nameBytes.copy(record, 46);
  return { local: Buffer.concat([local, body]), record };
}
