import raw from '@/.generated/data/timeline.json';
import type { TimelineData } from '@/lib/timeline/model';

/** The book's events, eras, chapters and the sources the events cite, validated before written. */
export const timelineData = raw as TimelineData;
