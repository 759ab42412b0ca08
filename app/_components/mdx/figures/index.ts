export { Ariane501TimelineFigure } from './ariane-501-timeline-figure';
export { AttCascadeFigure } from './att-cascade-figure';
export { MarsClimateOrbiterUnitsFigure } from './mars-climate-orbiter-units-figure';
export { PatriotClockDriftFigure } from './patriot-clock-drift-figure';
