/** How wide the walk-through draws a cell that writes its number. */
import { useInPresentation } from '../../app/presentation/innerSteps';

/** Wide enough for "-0.0194" in the page's type. */
const NUMBER_CELL = 42;
/** Wide enough for it in a presentation's larger type (presentation.css). */
const PRESENT_NUMBER_CELL = 54;

export function useNumberCellSize(): number {
  return useInPresentation() ? PRESENT_NUMBER_CELL : NUMBER_CELL;
}
