/**
 * Font sizes in SVG user units. Figures are drawn 340 units wide and shown at most 28rem wide, so 11.5 units read
 * as about 11 px on a 360 px phone and about 15 px on a desktop: legible at both ends with one drawing.
 */
export const FIGURE_WIDTH = 340;

export const FONT = {
  title: 13,
  label: 12.5,
  small: 11.5,
};
