/**
 * Turns a file's bytes into a stream of text with LF line endings, choosing the encoding:
 * UTF-8 (with or without BOM), or Mac Roman for the old-Mac files (CR-only line endings) that the
 * UPR Info export ships as. Invalid UTF-8 elsewhere is an error that says where, never a guess.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'macintosh';

export interface SniffResult {
  encoding: TextEncoding;
  lineEnding: 'lf' | 'crlf' | 'cr';
}

/** Reads the first bytes of a file. */
export async function readHead(path: string, bytes = 65_536): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Line endings from the head of a file. */
export function sniffLineEnding(head: Buffer): SniffResult['lineEnding'] {
  const text = head.toString('latin1');
  if (text.includes('\r\n')) return 'crlf';
  if (text.includes('\n')) return 'lf';
  return text.includes('\r') ? 'cr' : 'lf';
}

/**
 * The encoding of a text file: a file with old-Mac line endings (CR only) that is not valid UTF-8 throughout
 * is Mac Roman, as UPR Info's raw export is; every other file must be UTF-8.
 */
export async function sniffText(path: string): Promise<SniffResult> {
  const lineEnding = sniffLineEnding(await readHead(path));
  if (lineEnding !== 'cr') return { encoding: 'utf-8', lineEnding };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return { encoding: 'utf-8', lineEnding };
  } catch {
    return { encoding: 'macintosh', lineEnding };
  }
}

function isValidUtf8Prefix(bytes: Buffer): boolean {
  try {
    // A multi-byte character cut at the end of the sample is not an error: stream mode allows it.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export class InvalidTextError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Decodes bytes to text, normalising CR and CRLF to LF, and counting lines for error messages. */
class DecodeText extends Transform {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private readonly mac = iconv.getDecoder('macintosh');
  private line = 1;
  private pendingCr = false;

  constructor(private readonly encoding: TextEncoding) {
    super({ readableObjectMode: false, decodeStrings: true, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let text: string;
    try {
      text = this.encoding === 'utf-8' ? this.utf8.decode(chunk, { stream: true }) : this.mac.write(chunk);
    } catch {
      done(this.invalid(chunk));
      return;
    }
    done(null, this.normalise(text));
  }

  override _flush(done: TransformCallback): void {
    let text: string;
    try {
      text = this.encoding === 'utf-8' ? this.utf8.decode() : (this.mac.end() ?? '');
    } catch {
      done(
        new InvalidTextError(
          `invalid UTF-8: the file ends inside a character (line ${this.line})`,
          this.line,
        ),
      );
      return;
    }
    done(null, this.normalise(text));
  }

  private invalid(chunk: Buffer): InvalidTextError {
    // Binary search for the longest valid prefix of this chunk, to name the line of the first bad byte.
    let low = 0;
    let high = chunk.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (isValidUtf8Prefix(chunk.subarray(0, middle))) low = middle;
      else high = middle - 1;
    }
    const before = chunk.subarray(0, low).toString('utf8');
    const line = this.line + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
    return new InvalidTextError(
      `invalid UTF-8 at line ${line} (byte 0x${(chunk[low] ?? 0).toString(16).padStart(2, '0')}): save the file as UTF-8`,
      line,
    );
  }

  private normalise(text: string): string {
    let value = text;
    if (this.pendingCr && value.startsWith('\n')) value = value.slice(1);
    this.pendingCr = value.endsWith('\r');
    value = value.replace(/\r\n?/g, '\n');
    this.line += value.match(/\n/g)?.length ?? 0;
    return value.startsWith('\uFEFF') ? value.slice(1) : value;
  }
}

/** Opens a file as LF-normalised text in the given encoding; `onBytes` reports progress. */
export function openText(
  path: string,
  encoding: TextEncoding,
  onBytes?: (bytes: number) => void,
): NodeJS.ReadableStream & Transform {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (onBytes) file.on('data', (chunk) => onBytes(chunk.length));
  const decode = new DecodeText(encoding);
  file.on('error', (error) => decode.destroy(error));
  return file.pipe(decode);
}
