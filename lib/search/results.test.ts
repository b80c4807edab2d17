import { describe, expect, it } from 'vitest';
import { plainText } from './excerpt';
import { answersTerm, excerptAnswers, groupPagefind, type PagefindData } from './results';

const sub = (title: string, url: string, excerpt: string, scores: number[]) => ({
  title,
  url,
  excerpt,
  locations: scores.map((_, i) => i),
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

const data: PagefindData[] = [
  {
    url: '/glossary/#s3',
    meta: { title: 'Amazon S3', group: 'Glossary' },
    sub_results: [sub('Amazon S3', '/glossary/#s3', "AWS's object storage", [9])],
  },
  {
    url: '/chapters/primitives/',
    meta: { title: 'Primitives' },
    sub_results: [
      sub('Primitives', '/chapters/primitives/', 'the launches of SQS, <mark>S3</mark>', [1]),
      sub(
        'Storage without limits: S3',
        '/chapters/primitives/#storage-without-limits-s3',
        'Storage without limits: <mark>S3</mark> The service that made AWS famous was S3.',
        [3, 3],
      ),
      sub('Pricing', '/chapters/primitives/#pricing', 'try <mark>S3</mark>', [2]),
      sub('EC2', '/chapters/primitives/#ec2', 'traffic to <mark>S3</mark>', [1.5]),
    ],
  },
  {
    url: '/glossary/#ec2',
    meta: { title: 'Amazon EC2', group: 'Glossary' },
    sub_results: [sub('Amazon EC2', '/glossary/#ec2', 'Servers by the hour, beside S3', [1])],
  },
];

describe("grouping Pagefind's results", () => {
  const groups = groupPagefind(data, 'S3');
  it('groups by page, records of one page under its group name, pages in rank order', () => {
    expect(groups.map((g) => [g.title, g.items.length])).toEqual([
      ['Glossary', 2],
      ['Primitives', 3],
    ]);
  });
  it("keeps a page's best sections first and opens each at its heading", () => {
    expect(groups[1].items.map((i) => i.url)).toEqual([
      '/chapters/primitives/#storage-without-limits-s3',
      '/chapters/primitives/#pricing',
      '/chapters/primitives/#ec2',
    ]);
  });
  it('marks the query in the section title and does not repeat the title in the excerpt', () => {
    const top = groups[1].items[0];
    expect(top.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['S3']);
    expect(plainText(top.excerpt)).toBe('The service that made AWS famous was S3.');
  });
});

describe('a Pagefind hit answers the query', () => {
  it('through a stem, a word start or the word itself', () => {
    expect(answersTerm('launched', 'launches')).toBe(true);
    expect(answersTerm('cloud', 'clou')).toBe(true);
    expect(answersTerm('S3', 's3')).toBe(true);
    expect(answersTerm('companies', 'company')).toBe(true);
  });
  it('not through a short word that only starts a word the site lacks', () => {
    expect(answersTerm('Q', 'qzxwvkjq')).toBe(false);
    expect(excerptAnswers('a chat tool called Amazon <mark>Q</mark> and', ['qzxwvkjq'])).toBe(
      false,
    );
    expect(
      groupPagefind(
        [
          {
            url: '/chapters/new-primitives/',
            meta: { title: 'New primitives' },
            sub_results: [sub('The assistant', '/x/#a', 'called Amazon <mark>Q</mark>', [1])],
          },
        ],
        'qzxwvkjq',
      ),
    ).toEqual([]);
  });
});
