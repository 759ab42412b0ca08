import { linearScale, ticksBetween } from '@/lib/figures/linear-scale';
import { formatScientific, formatWhole } from '@/lib/figures/format-number';
import {
  ERROR_PER_TICK_SECONDS,
  FRACTION_BITS,
  GAO_DRIFT_TABLE,
  GAO_OUT_OF_GATE_HOURS,
  SCUD_SPEED_METRES_PER_SECOND,
  driftAt,
  driftCurve,
} from '@/lib/figures/patriot-clock-drift';
import { FigureFrame } from './figure-frame';
import { FIGURE_WIDTH, FONT } from './type-scale';

const PLOT = { left: 30, right: FIGURE_WIDTH - 32, top: 58, bottom: 226 };
const HEIGHT = PLOT.bottom + 44;
const MAX_HOURS = 100;
// Head-room above the 100-hour point leaves space for its label.
const MAX_DRIFT = 0.45;

const x = linearScale([0, MAX_HOURS], [PLOT.left, PLOT.right]);
const y = linearScale([0, MAX_DRIFT], [PLOT.bottom, PLOT.top]);
const yMetres = (metres: number) => y(metres / SCUD_SPEED_METRES_PER_SECOND);

const curve = driftCurve(MAX_HOURS, 1);
const rows = GAO_DRIFT_TABLE.map((gao) => ({ gao, computed: driftAt(gao.hours) }));
const atEnd = driftAt(MAX_HOURS);
const perTick = formatScientific(ERROR_PER_TICK_SECONDS);
const speed = formatWhole(SCUD_SPEED_METRES_PER_SECOND);

const description =
  `Line chart of the clock drift against hours of continuous running, computed from 0.1 chopped to ${FRACTION_BITS} ` +
  `binary places: each tenth-of-a-second tick loses ${perTick} s, so the drift grows in a straight line, to ` +
  `${driftAt(8).driftSeconds.toFixed(4)} s after 8 hours and ${atEnd.driftSeconds.toFixed(4)} s after 100 hours. ` +
  `In that time a Scud at about ${speed} m/s covers about ${formatWhole(atEnd.scudTravelMetres)} m (our arithmetic). ` +
  `GAO's published values at ${GAO_DRIFT_TABLE.map((row) => row.hours).join(', ')} hours lie on the computed line; ` +
  `GAO marks about ${GAO_OUT_OF_GATE_HOURS} hours as the point beyond which the target falls outside the range gate.`;

/** Clock drift and the Scud's travel in that time against uptime, computed from the chopped 24-bit 0.1. */
export function PatriotClockDriftFigure() {
  return (
    <FigureFrame
      id="figure-patriot-clock-drift"
      title="Patriot clock drift and Scud travel against uptime"
      description={description}
      viewBox={{ width: FIGURE_WIDTH, height: HEIGHT }}
      caption={
        <>
          The line is computed, not copied: ticks × {perTick} s, the error of 0.1 chopped to {FRACTION_BITS} binary
          places. Circles are the values in GAO’s table. The right-hand scale is the distance a Scud covers at GAO’s
          ~{speed} m/s during the drift (our arithmetic, not a GAO figure). Alpha Battery had been running for more
          than 100 hours.
        </>
      }
      table={{
        caption: 'Clock drift by hours of continuous running: computed, as tabulated by GAO, and as Scud travel',
        columns: ['Uptime', 'Ticks', 'Computed drift', 'GAO’s table', `Scud travel (${speed} m/s)`],
        rows: rows.map(({ gao, computed }) => [
          `${gao.hours} h`,
          formatWhole(computed.ticks),
          `${computed.driftSeconds.toFixed(4)} s`,
          `${gao.driftSeconds.toFixed(4)} s`,
          `about ${formatWhole(computed.scudTravelMetres)} m`,
        ]),
      }}
    >
      <Legend />
      <rect
        x={x(GAO_OUT_OF_GATE_HOURS)}
        y={PLOT.top}
        width={PLOT.right - x(GAO_OUT_OF_GATE_HOURS)}
        height={PLOT.bottom - PLOT.top}
        className="fill-red-500/10 dark:fill-red-400/15"
      />
      <Axes />
      <line
        x1={x(GAO_OUT_OF_GATE_HOURS)}
        x2={x(GAO_OUT_OF_GATE_HOURS)}
        y1={PLOT.top}
        y2={PLOT.bottom}
        strokeDasharray="4 3"
        className="stroke-red-700 dark:stroke-red-400"
      />
      <text x={PLOT.right - 6} y={PLOT.bottom - 22} fontSize={FONT.small} textAnchor="end" className="fill-red-800 dark:fill-red-300">
        <tspan x={PLOT.right - 6}>GAO: beyond ~{GAO_OUT_OF_GATE_HOURS} h, the Scud</tspan>
        <tspan x={PLOT.right - 6} dy={14}>
          falls outside the range gate
        </tspan>
      </text>
      <polyline
        points={curve.map((point) => `${x(point.hours).toFixed(1)},${y(point.driftSeconds).toFixed(1)}`).join(' ')}
        fill="none"
        strokeWidth={2.5}
        className="stroke-amber-600 dark:stroke-amber-400"
      />
      {rows.map(({ gao }) => (
        <circle
          key={gao.hours}
          cx={x(gao.hours)}
          cy={y(gao.driftSeconds)}
          r={3.5}
          strokeWidth={1.5}
          className="fill-white stroke-stone-900 dark:fill-stone-950 dark:stroke-stone-100"
        />
      ))}
      <text x={x(MAX_HOURS) - 8} y={y(atEnd.driftSeconds) - 24} fontSize={FONT.small} textAnchor="end" fill="currentColor">
        <tspan x={x(MAX_HOURS) - 8} fontWeight={700}>
          100 h: {atEnd.driftSeconds.toFixed(4)} s
        </tspan>
        <tspan x={x(MAX_HOURS) - 8} dy={14}>
          ≈ {formatWhole(atEnd.scudTravelMetres)} m of Scud travel
        </tspan>
      </text>
    </FigureFrame>
  );
}

function Axes() {
  const muted = 'fill-stone-600 dark:fill-stone-400';
  return (
    <g fontSize={FONT.small}>
      {ticksBetween(0, 0.4, 0.1).map((seconds) => (
        <g key={seconds}>
          <line x1={PLOT.left} x2={PLOT.right} y1={y(seconds)} y2={y(seconds)} className="stroke-stone-200 dark:stroke-stone-800" />
          <text x={PLOT.left - 4} y={y(seconds) + 4} textAnchor="end" className={muted}>
            {seconds === 0 ? '0' : seconds.toFixed(1)}
          </text>
        </g>
      ))}
      {ticksBetween(0, 0.4 * SCUD_SPEED_METRES_PER_SECOND, 200).map((metres) => (
        <g key={metres}>
          <line x1={PLOT.right} x2={PLOT.right + 4} y1={yMetres(metres)} y2={yMetres(metres)} stroke="currentColor" />
          <text x={PLOT.right + 6} y={yMetres(metres) + 4} className={muted}>
            {metres}
          </text>
        </g>
      ))}
      {ticksBetween(0, MAX_HOURS, 20).map((hours) => (
        <g key={hours}>
          <line x1={x(hours)} x2={x(hours)} y1={PLOT.bottom} y2={PLOT.bottom + 4} stroke="currentColor" />
          <text x={x(hours)} y={PLOT.bottom + 16} textAnchor="middle" className={muted}>
            {hours}
          </text>
        </g>
      ))}
      <path d={`M${PLOT.left},${PLOT.top} V${PLOT.bottom} H${PLOT.right} V${PLOT.top}`} fill="none" stroke="currentColor" />
      <text x={2} y={PLOT.top - 12} fontSize={FONT.label} fill="currentColor">
        Drift (s)
      </text>
      <text x={FIGURE_WIDTH - 2} y={PLOT.top - 12} fontSize={FONT.label} textAnchor="end" fill="currentColor">
        Scud travel (m)
      </text>
      <text x={(PLOT.left + PLOT.right) / 2} y={HEIGHT - 8} fontSize={FONT.label} textAnchor="middle" fill="currentColor">
        Hours of continuous running
      </text>
    </g>
  );
}

function Legend() {
  return (
    <g fontSize={FONT.label} fill="currentColor">
      <line x1={2} x2={20} y1={14} y2={14} strokeWidth={2.5} className="stroke-amber-600 dark:stroke-amber-400" />
      <text x={25} y={18}>
        computed (chopped 0.1)
      </text>
      <circle cx={196} cy={14} r={3.5} strokeWidth={1.5} className="fill-white stroke-stone-900 dark:fill-stone-950 dark:stroke-stone-100" />
      <text x={205} y={18}>
        GAO’s table
      </text>
    </g>
  );
}
