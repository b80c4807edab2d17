import { describe, expect, it } from 'vitest';
import { parseEntries } from './parse';
import { eventSchema, isRealDate, sourceSchema, timestampSchema } from './schemas';

const source = {
  id: 'a-b',
  title: 'T',
  publisher: 'P',
  date: '2006-03-14',
  kind: 'post',
  url: 'https://x.org/',
};
const event = {
  id: 'e',
  date: '2006-03-14',
  precision: 'day',
  lane: 'aws',
  title: 'T',
  summary: 'A summary.',
  sources: ['a-b'],
  chapter: 'c',
};

describe('sources', () => {
  it('accepts a well-formed source', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
  });
  it.each([
    [{ ...source, id: 'Not Kebab' }, 'id'],
    [{ ...source, date: '2006-13-01' }, 'date'],
    [{ ...source, date: '2006-02-30' }, 'date'],
    [{ ...source, url: 'ftp://example.org/file' }, 'url'],
    [{ ...source, kind: 'tweet' }, 'kind'],
    [{ ...source, extra: 1 }, ''],
  ])('rejects %o at field %s', (bad, field) => {
    const r = sourceSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success && field) expect(r.error.issues[0].path.join('.')).toBe(field);
  });
});

describe('events', () => {
  it('accepts a well-formed event', () => {
    expect(eventSchema.safeParse(event).success).toBe(true);
  });
  it('rejects a precision that does not fit the date', () => {
    const r = eventSchema.safeParse({ ...event, date: '2006', precision: 'day' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].path).toEqual(['precision']);
  });
  it('rejects an end before the start and an unknown lane', () => {
    expect(eventSchema.safeParse({ ...event, end: '2005' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...event, lane: 'martians' }).success).toBe(false);
  });
});

describe('dates and timestamps', () => {
  it('knows real dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
  });
  it('accepts HH:MM:SS and MM:SS, rejects malformed', () => {
    expect(timestampSchema.safeParse('01:19:15').success).toBe(true);
    expect(timestampSchema.safeParse('19:15').success).toBe(true);
    expect(timestampSchema.safeParse('1:75:00').success).toBe(false);
    expect(timestampSchema.safeParse('abc').success).toBe(false);
  });
});

describe('parseEntries', () => {
  it('names the file, the entry and the field in its error', () => {
    const yaml = `- id: good\n  title: T\n  publisher: P\n  date: "2001"\n  kind: book\n- id: bad-one\n  title: T\n  publisher: P\n  date: "yesterday"\n  kind: book\n`;
    const { entries, errors } = parseEntries('content/sources/x.yaml', yaml, sourceSchema);
    expect(entries).toHaveLength(1);
    expect(errors[0].message).toBe(
      'content/sources/x.yaml › entry "bad-one" › field "date": must be YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
  it('reports broken YAML as one error', () => {
    const { errors } = parseEntries('f.yaml', '- id: [unclosed', sourceSchema);
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe('(yaml)');
  });
});
