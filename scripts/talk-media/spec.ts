// What the talk media are: one place for the numbers the build, the deck and the tests share.

import type { EmbedTheme } from '@/lib/talk/options';

export type Theme = EmbedTheme;
export const themes: readonly Theme[] = ['light', 'dark'];

export const video = {
  width: 1920,
  height: 1080,
  /** H.264 High profile, level 4.0: Chromium's WebCodecs encodes it; Baseline it does not. */
  codec: 'avc1.640028',
  bitrate: 8_000_000,
  fps: 30,
  /** Seconds given to each step's transition: the slowest figure animation settles within it. */
  transition: 1,
  /** Seconds each step is held once it has settled. */
  hold: 2,
  /** Stills are taken at this multiple of the video size: 3840×2160. */
  stillScale: 2,
} as const;

/** Seconds of video for a figure: every step is its transition, then its hold. */
export function videoSeconds(steps: number): number {
  return steps * (video.transition + video.hold);
}

/** File names under out/talk-kit/ (one definition, shared with the site's links). */
export { talkMediaFiles as mediaFiles } from '@/lib/talk/media';
