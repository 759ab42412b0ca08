import {
  ALIGNMENT_ENDS_AT,
  ALIGNMENT_RUNS_FOR,
  BREAK_UP_AT,
  FLIGHT_EVENTS,
  FLIGHT_MODE_AT,
  IGNITION_LOCAL_TIME,
  LIFT_OFF_AT,
  NOMINAL_UNTIL,
  SRI_1_FAILS_AT,
  SRI_2_FAILS_AT,
  formatH0,
  secondsAfterLiftOff,
  type FlightEvent,
} from '@/lib/figures/ariane-501-timeline';
import { linearScale, ticksBetween } from '@/lib/figures/linear-scale';
import { spreadLabels } from '@/lib/figures/spread-labels';
import { FigureFrame } from './figure-frame';
import { FIGURE_WIDTH, FONT } from './type-scale';

const TOP = 62;
const BOTTOM = 540;
const HEIGHT = BOTTOM + 12;
const AXIS_X = 50;
const BAR = { alignment: 56, flight: 68, width: 9 };
const LABEL_X = 98;
const LINE_HEIGHT = 14;
const FIRST = -5;
const LAST = 50;

const y = linearScale([FIRST, LAST], [TOP, BOTTOM]);
const labelTops = spreadLabels(
  FLIGHT_EVENTS.map((event) => ({ at: y(event.at) - LINE_HEIGHT, size: LINE_HEIGHT * (event.lines.length + 1) })),
  { gap: 7, min: TOP - 10, max: BOTTOM + 10 },
);

const failureText = 'fill-red-800 dark:fill-red-300';
const failureStroke = 'stroke-red-700 dark:stroke-red-400';
const alignmentFill = 'fill-amber-500 dark:fill-amber-400';
const flightFill = 'fill-stone-500 dark:fill-stone-400';

const description =
  `Vertical timeline of flight 501 in seconds from main-engine ignition, H0, at ${IGNITION_LOCAL_TIME} Kourou time. ` +
  `The inertial reference systems switch to flight mode at ${formatH0(FLIGHT_MODE_AT)}, and their alignment ` +
  `function, which has no purpose in flight, keeps running for ${ALIGNMENT_RUNS_FOR} s, until ` +
  `${formatH0(ALIGNMENT_ENDS_AT)}. Lift-off is at ${formatH0(LIFT_OFF_AT)} and the flight is nominal until ` +
  `${formatH0(NOMINAL_UNTIL)}. At ${formatH0(SRI_1_FAILS_AT)}, ${secondsAfterLiftOff(SRI_1_FAILS_AT)} s after ` +
  `lift-off, SRI 1 fails on the overflow; SRI 2 fails one 72 ms cycle later, at ${formatH0(SRI_2_FAILS_AT)}. The ` +
  `nozzles swing to full deflection and the launcher breaks up at about ${formatH0(BREAK_UP_AT)}, ` +
  `${ALIGNMENT_ENDS_AT - BREAK_UP_AT} s before the alignment function would have stopped.`;

function fromLiftOff({ at, until }: FlightEvent): string {
  if (at < LIFT_OFF_AT) return '—';
  const start = `+${secondsAfterLiftOff(at)} s`;
  return until === undefined ? start : `${start} to +${secondsAfterLiftOff(until)} s`;
}

/** Flight 501 from the switch to flight mode to break-up, with the window in which the alignment code ran. */
export function Ariane501TimelineFigure() {
  return (
    <FigureFrame
      id="figure-ariane-501-timeline"
      title="Ariane 5 flight 501, from H0−3 s to break-up"
      description={description}
      viewBox={{ width: FIGURE_WIDTH, height: HEIGHT }}
      maxWidthClass="max-w-sm"
      caption={
        <>
          Seconds from main-engine ignition (H0), to scale. The alignment function (amber) ran from{' '}
          {formatH0(FLIGHT_MODE_AT)} and would have run until {formatH0(ALIGNMENT_ENDS_AT)}; it overflowed{' '}
          {secondsAfterLiftOff(SRI_1_FAILS_AT)} s after lift-off. SRI 2 failed 72 ms after SRI 1, too close to draw
          apart at this scale. Times from the Inquiry Board’s report and ESA/CNES press releases.
        </>
      }
      table={{
        caption: 'Flight 501 events in seconds from H0 and from lift-off',
        columns: ['From H0', 'Event', 'From lift-off'],
        rows: FLIGHT_EVENTS.map((event) => [event.label, event.lines.join(' '), fromLiftOff(event)]),
      }}
    >
      <Legend />
      {ticksBetween(0, 40, 10).map((seconds) => (
        <g key={seconds} fontSize={FONT.small} className="fill-stone-600 dark:fill-stone-400">
          <line x1={AXIS_X - 4} x2={AXIS_X} y1={y(seconds)} y2={y(seconds)} stroke="currentColor" />
          <text x={AXIS_X - 6} y={y(seconds) + 4} textAnchor="end">
            {seconds === 0 ? 'H0' : `+${seconds} s`}
          </text>
        </g>
      ))}
      <line x1={AXIS_X} x2={AXIS_X} y1={TOP} y2={BOTTOM} stroke="currentColor" />
      <Spans />
      {FLIGHT_EVENTS.map((event, i) => {
        const top = labelTops[i] ?? y(event.at);
        const anchorY = top + LINE_HEIGHT - 4;
        const stroke = event.failure ? failureStroke : 'stroke-stone-500 dark:stroke-stone-400';
        return (
          <g key={event.id} fontSize={FONT.small}>
            <circle cx={AXIS_X} cy={y(event.at)} r={2.5} className={event.failure ? 'fill-red-700 dark:fill-red-400' : 'fill-stone-800 dark:fill-stone-200'} />
            <polyline
              points={`${AXIS_X},${y(event.at)} ${BAR.flight + BAR.width + 6},${y(event.at)} ${LABEL_X - 4},${anchorY}`}
              fill="none"
              strokeWidth={0.8}
              className={stroke}
            />
            <text x={LABEL_X} y={top + LINE_HEIGHT - 1} className={event.failure ? failureText : undefined} fill="currentColor">
              <tspan fontWeight={700}>{event.label}</tspan>
              {event.lines.map((line, j) => (
                <tspan key={j} x={LABEL_X} dy={LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </FigureFrame>
  );
}

function Spans() {
  return (
    <g>
      <rect x={BAR.alignment} y={y(FLIGHT_MODE_AT)} width={BAR.width} height={y(BREAK_UP_AT) - y(FLIGHT_MODE_AT)} className={alignmentFill} />
      {/* Never reached: the launcher broke up first, with the alignment code still scheduled to run. */}
      <rect
        x={BAR.alignment + 0.5}
        y={y(BREAK_UP_AT)}
        width={BAR.width - 1}
        height={y(ALIGNMENT_ENDS_AT) - y(BREAK_UP_AT)}
        fill="none"
        strokeDasharray="3 2"
        className="stroke-amber-600 dark:stroke-amber-400"
      />
      <rect x={BAR.flight} y={y(LIFT_OFF_AT)} width={BAR.width} height={y(SRI_1_FAILS_AT) - y(LIFT_OFF_AT)} className={flightFill} />
      <rect x={BAR.flight} y={y(SRI_1_FAILS_AT)} width={BAR.width} height={y(BREAK_UP_AT) - y(SRI_1_FAILS_AT)} className="fill-red-700 dark:fill-red-400" />
    </g>
  );
}

function Legend() {
  return (
    <g fontSize={FONT.small} fill="currentColor">
      <rect x={2} y={5} width={9} height={12} className={alignmentFill} />
      <text x={16} y={15}>
        Alignment function running (no use in flight)
      </text>
      <rect x={2} y={25} width={9} height={12} className={flightFill} />
      <text x={16} y={35}>
        Launcher in flight
      </text>
      <rect x={140} y={25} width={9} height={12} className="fill-red-700 dark:fill-red-400" />
      <text x={154} y={35}>
        Failure chain
      </text>
    </g>
  );
}
