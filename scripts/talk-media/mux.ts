// Writes MP4s from one encoding: the whole figure, and each step's segment alone for its slide.
// Every segment starts with a key frame, so a clip is the segment's packets with their times
// moved to zero; nothing is encoded twice.
import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
} from 'mediabunny';
import type { EncodedChunks } from './browser/encoder';
import type { RecordedFrame } from './record';
import { video } from './spec';

export interface Packet {
  data: Uint8Array;
  key: boolean;
  /** µs */
  timestamp: number;
  duration: number;
  segment: number;
}

/** The encoder's chunks paired with the frames the recorder timed (matched by timestamp). */
export function packetsOf(frames: RecordedFrame[], encoded: EncodedChunks): Packet[] {
  const bytes = Buffer.from(encoded.data, 'base64');
  const byTime = new Map(frames.map((f) => [f.timestamp, f]));
  if (encoded.chunks.length !== frames.length) {
    throw new Error(`the encoder gave ${encoded.chunks.length} chunks for ${frames.length} frames`);
  }
  return encoded.chunks.map((c) => {
    const f = byTime.get(c.timestamp);
    if (!f) throw new Error(`a chunk at ${c.timestamp} µs matches no recorded frame`);
    return {
      data: bytes.subarray(c.offset, c.offset + c.size),
      key: c.key,
      timestamp: f.timestamp,
      duration: f.duration,
      segment: f.segment,
    };
  });
}

/** One MP4 from packets in decode order; `shift` µs are taken off every timestamp. */
export async function mux(
  packets: Packet[],
  encoded: Pick<EncodedChunks, 'codec' | 'description'>,
  shift = 0,
): Promise<Buffer> {
  if (!packets.length || !packets[0].key) throw new Error('an MP4 must start with a key frame');
  const output = new Output({
    format: new Mp4OutputFormat({ fastStart: 'in-memory' }),
    target: new BufferTarget(),
  });
  const source = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(source);
  await output.start();
  const description = Buffer.from(encoded.description, 'base64');
  for (const [i, p] of packets.entries()) {
    const packet = new EncodedPacket(
      p.data,
      p.key ? 'key' : 'delta',
      (p.timestamp - shift) / 1e6,
      p.duration / 1e6,
    );
    await source.add(
      packet,
      i === 0
        ? {
            decoderConfig: {
              codec: encoded.codec,
              codedWidth: video.width,
              codedHeight: video.height,
              description,
            },
          }
        : undefined,
    );
  }
  source.close();
  await output.finalize();
  return Buffer.from(output.target.buffer!);
}

/**
 * The transition of one segment on its own, from zero, for a slide: the segment's packets
 * without the hold, the settled frame shown for one frame's time. Null when nothing moves.
 */
export async function transitionClip(
  packets: Packet[],
  encoded: Pick<EncodedChunks, 'codec' | 'description'>,
  segment: number,
): Promise<{ video: Buffer; seconds: number } | null> {
  const ofSegment = packets.filter((p) => p.segment === segment);
  if (!ofSegment.length) return null;
  const start = ofSegment[0].timestamp;
  const span = video.transition * 1e6;
  const own = ofSegment.filter((p) => p.timestamp - start <= span);
  if (own.length < 2) return null;
  const end = start + Math.round(span + 1e6 / video.fps);
  const last = own[own.length - 1];
  const clipped = [...own.slice(0, -1), { ...last, duration: end - last.timestamp }];
  return { video: await mux(clipped, encoded, start), seconds: (end - start) / 1e6 };
}
