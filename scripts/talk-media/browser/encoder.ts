// Runs in a blank page on the site's origin (WebCodecs needs a secure context): turns the
// recorder's screenshots into H.264 with Chromium's own encoder and hands the chunks back.

export interface EncoderSetup {
  width: number;
  height: number;
  codec: string;
  bitrate: number;
  framerate: number;
}

export interface EncodedChunks {
  /** Every chunk's bytes, back to back, as base64 (one transfer instead of hundreds). */
  data: string;
  chunks: { offset: number; size: number; key: boolean; timestamp: number }[];
  /** The avcC record the MP4 needs, as base64. */
  description: string;
  codec: string;
}

export interface FrameEncoder {
  start(setup: EncoderSetup): Promise<void>;
  /** An image (data URL) shown from `timestamp` for `duration` µs; `key` starts a segment. */
  add(image: string, timestamp: number, duration: number, key: boolean): Promise<void>;
  finish(): Promise<EncodedChunks>;
}

declare global {
  interface Window {
    __encoder: FrameEncoder;
  }
  interface Uint8Array {
    toBase64(): string;
  }
}

let encoder: VideoEncoder | null = null;
let failure: Error | null = null;
let out: EncodedVideoChunk[] = [];
let description: Uint8Array | null = null;
let codec = '';

window.__encoder = {
  async start(setup) {
    const config: VideoEncoderConfig = {
      codec: setup.codec,
      width: setup.width,
      height: setup.height,
      bitrate: setup.bitrate,
      framerate: setup.framerate,
      bitrateMode: 'variable',
      avc: { format: 'avc' },
    };
    if (!(await VideoEncoder.isConfigSupported(config)).supported) {
      throw new Error(
        `this Chromium cannot encode ${setup.codec} at ${setup.width}x${setup.height} ` +
          "(Debian's chromium can); SKIP_TALK_MEDIA=1 builds without the talk media",
      );
    }
    out = [];
    description = null;
    failure = null;
    codec = setup.codec;
    encoder = new VideoEncoder({
      output(chunk, meta) {
        out.push(chunk);
        const d = meta?.decoderConfig?.description;
        if (d && !description) {
          description = ArrayBuffer.isView(d)
            ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength).slice()
            : new Uint8Array(d).slice();
        }
      },
      error(e) {
        failure = e;
      },
    });
    encoder.configure(config);
  },
  async add(image, timestamp, duration, key) {
    if (!encoder) throw new Error('encoder not started');
    if (failure) throw failure;
    const bitmap = await createImageBitmap(await (await fetch(image)).blob());
    const frame = new VideoFrame(bitmap, { timestamp, duration });
    encoder.encode(frame, { keyFrame: key });
    frame.close();
    bitmap.close();
    // Keep the queue short so screenshots do not pile up in memory.
    while (encoder.encodeQueueSize > 4) {
      await new Promise((resolve) => encoder!.addEventListener('dequeue', resolve, { once: true }));
    }
  },
  async finish() {
    if (!encoder) throw new Error('encoder not started');
    await encoder.flush();
    encoder.close();
    encoder = null;
    if (failure) throw failure;
    if (!description) throw new Error('the encoder gave no decoder configuration');
    const total = out.reduce((n, c) => n + c.byteLength, 0);
    const bytes = new Uint8Array(total);
    const chunks: EncodedChunks['chunks'] = [];
    let offset = 0;
    for (const c of out) {
      c.copyTo(bytes.subarray(offset, offset + c.byteLength));
      chunks.push({ offset, size: c.byteLength, key: c.type === 'key', timestamp: c.timestamp });
      offset += c.byteLength;
    }
    return { data: bytes.toBase64(), chunks, description: description.toBase64(), codec };
  },
};
