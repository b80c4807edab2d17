import { insideOutData } from './data';
import { describeInsideOut } from '@/lib/figures/inside-out/describe';
import type { FigureViewProps } from '../types';
import { StackSvg } from './StackSvg';

/** Server frame of one step (first paint, step URLs, the book's strip, readers without JS). */
export default function InsideOutView({ step, width, height }: FigureViewProps) {
  return (
    <StackSvg
      data={insideOutData}
      step={step}
      width={width}
      height={height}
      description={describeInsideOut(insideOutData, step)}
    />
  );
}
