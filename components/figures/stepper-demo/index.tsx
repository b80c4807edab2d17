'use client';

import type { FigureProps } from '../types';
import View from './View';

export default function StepperDemo(props: FigureProps) {
  return <View {...props} />;
}
