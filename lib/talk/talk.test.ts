import { describe, expect, it } from 'vitest';
import { keyAction, move } from './keys';
import { parseIncoming } from './messages';
import { embedPath, embedQuery, embedSnippet, parseEmbedOptions } from './options';

const meta = { steps: [1, 2, 3, 4].map((n) => ({ title: `S${n}`, caption: '' })) };

describe('embed options', () => {
  it('reads 1-based steps from the hash before the query before the path', () => {
    expect(parseEmbedOptions(meta, '?step=2', '', 0).step).toBe(1);
    expect(parseEmbedOptions(meta, '?step=2', '#step=3', 0).step).toBe(2);
    expect(parseEmbedOptions(meta, '', '', 3).step).toBe(3);
  });
  it('clamps or ignores bad steps', () => {
    expect(parseEmbedOptions(meta, '?step=999', '', 0).step).toBe(3);
    expect(parseEmbedOptions(meta, '?step=-5', '', 1).step).toBe(0);
    expect(parseEmbedOptions(meta, '?step=abc', '', 2).step).toBe(2);
    expect(parseEmbedOptions(meta, '?step=1e3', '', 2).step).toBe(2);
  });
  it('whitelists theme, bg and flags', () => {
    const o = parseEmbedOptions(meta, '?theme=<script>&bg=red&controls=0&caption=maybe', '', 0);
    expect(o).toEqual({ step: 0, theme: undefined, bg: 'solid', controls: false, caption: true });
    expect(parseEmbedOptions(meta, '?theme=dark&bg=transparent', '', 0)).toMatchObject({
      theme: 'dark',
      bg: 'transparent',
    });
  });
  it('builds short URLs and a safe snippet', () => {
    expect(embedPath('x')).toBe('/embed/x/');
    expect(embedPath('x', 2)).toBe('/embed/x/3/');
    expect(embedQuery({ theme: 'dark', controls: false, bg: 'solid' })).toBe(
      '?theme=dark&controls=0',
    );
    expect(embedQuery({})).toBe('');
    expect(embedSnippet('https://a/b/', 'A "quoted" <title>')).toContain(
      'title="A &#34;quoted&#34; &#60;title&#62;"',
    );
  });
});

describe('keys', () => {
  it('maps clicker and keyboard keys', () => {
    expect(keyAction({ key: 'PageDown' })).toBe('next');
    expect(keyAction({ key: 'PageUp' })).toBe('prev');
    expect(keyAction({ key: ' ' })).toBe('next');
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('prev');
    expect(keyAction({ key: 'ArrowDown' })).toBe('next');
    expect(keyAction({ key: 'End' })).toBe('last');
    expect(keyAction({ key: 'f' })).toBe('fullscreen');
    expect(keyAction({ key: '?' })).toBe('help');
    expect(keyAction({ key: 'n' })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', metaKey: true })).toBeNull();
  });
  it('reports the edge instead of swallowing the move', () => {
    expect(move(0, 3, 'next')).toEqual({ step: 1 });
    expect(move(2, 3, 'next')).toEqual({ step: 2, edge: 'end' });
    expect(move(0, 3, 'prev')).toEqual({ step: 0, edge: 'start' });
    expect(move(1, 3, 'last')).toEqual({ step: 2 });
  });
});

describe('incoming messages', () => {
  it('accepts the documented shapes only', () => {
    expect(parseIncoming({ type: 'primitives:goto', step: 3 })).toEqual({ type: 'goto', step: 3 });
    expect(parseIncoming({ type: 'primitives:next' })).toEqual({ type: 'next' });
    expect(parseIncoming('slide:start')).toEqual({ type: 'reset' });
    expect(parseIncoming({ type: 'primitives:goto', step: '3' })).toBeNull();
    expect(parseIncoming({ type: 'primitives:goto', step: Infinity })).toBeNull();
    expect(parseIncoming({ type: '<img onerror=alert(1)>' })).toBeNull();
    expect(parseIncoming(null)).toBeNull();
    expect(parseIncoming(['primitives:next'])).toBeNull();
    expect(parseIncoming('{"type":"primitives:next"}')).toBeNull();
  });
});
