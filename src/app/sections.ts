/**
 * The page's sections, in reading order. Each figure view (src/views/<family>/) is added here
 * with the heading it appears under; App renders them one after another.
 */
import type { ComponentType } from 'react';
import { HighLevelLook } from './HighLevelLook';

export interface Section {
  /** Anchor of the section in the URL: #high-level. */
  id: string;
  title: string;
  Figure: ComponentType;
}

export const SECTIONS: readonly Section[] = [
  { id: 'high-level', title: 'A high-level look', Figure: HighLevelLook },
];
