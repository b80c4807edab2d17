import { describeInsideOut } from '@/lib/figures/inside-out/describe';
import type { FigureMeta } from '@/lib/figures/types';
import { insideOutData } from './data';

const steps = [
  {
    title: 'Servers and storage, 2006',
    caption:
      'The stack starts in the middle. Amazon’s own teams were spending months on storage and compute for each project; the shared versions went on sale as S3 in March 2006 and EC2 that August. The arrow runs from inside Amazon into the layer.',
  },
  {
    title: 'Functions, 2014',
    caption:
      'Lambda came the other way: AWS watched customers keep whole EC2 fleets idle for small jobs, and built a layer above the servers. The arrow now comes from outside.',
  },
  {
    title: 'Cards, 2016–2017',
    caption:
      'Down a layer, for AWS itself: its servers were losing cores to emulating networks and disks. An AWS-designed chip was in every new server by 2016, and the whole system was named Nitro on November 6, 2017.',
  },
  {
    title: 'Chips, 2018–2020',
    caption:
      'At the bottom, AWS’s own processors and accelerators: Graviton and Inferentia in November 2018, Trainium announced December 1, 2020. Sold first, then used at home: by late 2020 about 80% of Alexa’s processing ran on Inferentia.',
  },
  {
    title: 'Models, 2023–2024',
    caption:
      'On top, Bedrock, generally available September 28, 2023, sells other companies’ models. One of them, Anthropic, with $8 billion from Amazon by November 2024, trains on Trainium: the top of the stack runs on the bottom.',
  },
  {
    title: 'The whole stack',
    caption:
      'Three of the five layers served Amazon itself: its teams, its servers, its voice assistant. One of the “lesser-recognized beneficiaries” of AWS’s primitives, Jassy wrote in 2024, “was Amazon’s own consumer businesses.”',
  },
];

/** Chapter 13: the 2024 stack, layer by layer, and who needed each first. */
export const insideOut: FigureMeta = {
  id: 'inside-out',
  title:
    'AWS’s stack grew from the middle: down into Amazon’s own machines, up toward its customers',
  steps: steps.map((s, i) => ({ ...s, description: describeInsideOut(insideOutData, i) })),
  aspect: 1.6,
  narrowAspect: 0.6,
  alt: 'A stack of five layers, top to bottom: models (Bedrock, generally available September 28, 2023), functions (Lambda, November 13, 2014), servers and storage (S3, March 2006; EC2, August 25, 2006), cards (an AWS-designed chip in every new server by 2016, named Nitro November 6, 2017) and chips (Graviton and Inferentia, November 2018; Trainium, announced December 1, 2020). The steps add them in that order of time: the middle first, then up, down, down and up. On the left, inside Amazon: its own teams needed servers and storage first; AWS’s own servers needed the cards first; Alexa moved about 80% of its processing onto Inferentia by late 2020. On the right, outside: customers keeping EC2 fleets idle for small jobs needed functions first; Anthropic, with $8 billion from Amazon by November 2024, trains on Trainium, drawn as a line from the models layer down to the chips (Project Rainier, December 2024).',
  // Every source the data names, bottom layer first (the order the stack was built from).
  sources: [
    ...new Set(
      [...insideOutData.layers]
        .reverse()
        .flatMap((l) => [...l.products, ...l.tags].flatMap((x) => x.sources)),
    ),
  ],
  width: 'wide',
};
