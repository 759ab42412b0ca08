import {
  FIRST_FAULT_EST,
  NETWORK_NORMAL_EST,
  SWITCH_COUNT,
  cascadeOutages,
  hoursOfDay,
  outageHours,
} from '@/lib/figures/att-cascade';
import { linearScale, ticksBetween } from '@/lib/figures/linear-scale';
import { wrapText } from '@/lib/figures/wrap-text';
import { FigureFrame } from './figure-frame';
import { FIGURE_WIDTH, FONT } from './type-scale';

const LANES = ['New York', 'A neighbour', 'Its neighbours', 'And theirs…'];
const LANE = { first: 54, spacing: 46, left: 96, right: FIGURE_WIDTH - 4 };
const outages = cascadeOutages(LANES.length, { recovery: 3, propagation: 1.6 });
const lastUp = outages[outages.length - 1]?.upAt ?? 0;
const x = linearScale([0, lastUp + 2], [LANE.left + 4, LANE.right]);
const laneY = (hop: number) => LANE.first + hop * LANE.spacing;
const hours = Math.round(outageHours());

/** What each numbered marker on the drawing stands for, in the order events happened. */
const STEPS = [
  `~${FIRST_FAULT_EST} EST: a New York switch has a minor hardware fault and runs its normal 4–6 s recovery.`,
  'Back in service, it sends call-setup messages to its neighbours.',
  'A neighbour gets two within about 1/100 s while updating its status map: its data are corrupted and it goes down.',
  `On its return it does the same to its own neighbours, and so on across the ${SWITCH_COUNT} switches.`,
];

const STEP_LINE = 14;
const KEY_TOP = laneY(LANES.length - 1) + 34;
// Step texts are pre-wrapped to fit the drawing at phone width, then stacked one under the other.
const STEP_KEY = STEPS.map((step) => wrapText(step, 44)).reduce<{ lines: string[]; top: number }[]>((stacked, lines) => {
  const previous = stacked[stacked.length - 1];
  const top = previous ? previous.top + previous.lines.length * STEP_LINE + 6 : KEY_TOP;
  return [...stacked, { lines, top }];
}, []);
const lastStep = STEP_KEY[STEP_KEY.length - 1];
const KEY_BOTTOM = lastStep ? lastStep.top + lastStep.lines.length * STEP_LINE : KEY_TOP;

const DAY = { top: KEY_BOTTOM + 34, from: 14, to: 24, left: 18, right: FIGURE_WIDTH - 18 };
const dayX = linearScale([DAY.from, DAY.to], [DAY.left, DAY.right]);
const HEIGHT = DAY.top + 88;
const fault = hoursOfDay(FIRST_FAULT_EST);
const normal = hoursOfDay(NETWORK_NORMAL_EST);
const DAY_MARKS: { at: number; label: string; anchor: 'start' | 'end' }[] = [
  { at: fault, label: `~${FIRST_FAULT_EST} fault`, anchor: 'start' },
  { at: normal, label: `~${NETWORK_NORMAL_EST} normal`, anchor: 'end' },
];

const description =
  `Two-part diagram. Top, a schematic not to scale: ${STEPS.map((step, i) => `${i + 1}. ${step}`).join(' ')} ` +
  `Bottom, the afternoon and evening of 15 January 1990 to scale: the first fault at about ${FIRST_FAULT_EST} EST, ` +
  `about half of call attempts failing at the peak, engineers reducing the signalling load, and the network normal ` +
  `again at about ${NETWORK_NORMAL_EST} EST, about ${hours} hours later.`;

/** How one switch's recovery toppled its neighbours, and the nine hours it took the network to settle. */
export function AttCascadeFigure() {
  return (
    <FigureFrame
      id="figure-att-cascade"
      title="How the AT&T outage spread from switch to switch"
      description={description}
      viewBox={{ width: FIGURE_WIDTH, height: HEIGHT }}
      caption={
        <>
          Top: the structure of the cascade, a schematic not to scale; the sources give the 4–6 s recovery but not
          the timing of each switch, and only four of the {SWITCH_COUNT} switches are drawn. Bottom: the day to scale,
          from the times in AT&T’s statement and the press (EST).
        </>
      }
      table={{
        caption: 'The cascade step by step, and the times of day the sources give',
        columns: ['When', 'What happened'],
        rows: [
          ...STEPS.map((step, i) => [`Step ${i + 1}`, step]),
          [`~${FIRST_FAULT_EST} to ~${NETWORK_NORMAL_EST} EST`, `About half of call attempts fail at the peak; about ${hours} hours in all.`],
          ['Afternoon and evening', 'Engineers reduce the signalling load; the switches stabilise.'],
          [`~${NETWORK_NORMAL_EST} EST`, 'The network is working normally again.'],
        ],
      }}
    >
      <defs>
        <marker id="att-arrow" viewBox="0 0 8 8" refX={7} refY={4} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className="fill-amber-600 dark:fill-amber-400" />
        </marker>
      </defs>
      <text x={2} y={16} fontSize={FONT.title} fontWeight={700} fill="currentColor">
        The cascade <tspan fontWeight={400}>(schematic, not to scale)</tspan>
      </text>
      <Cascade />
      <StepKey />
      <Day />
    </FigureFrame>
  );
}

function Marker({ n, cx, cy }: { n: number; cx: number; cy: number }) {
  return (
    <g>
      <circle cx={cx} cy={cy} r={8} className="fill-stone-800 dark:fill-stone-200" />
      <text x={cx} y={cy + 4} fontSize={FONT.small} fontWeight={700} textAnchor="middle" className="fill-white dark:fill-stone-950">
        {n}
      </text>
    </g>
  );
}

function Cascade() {
  return (
    <g>
      {LANES.map((lane, hop) => (
        <g key={lane}>
          <text x={2} y={laneY(hop) + 4} fontSize={FONT.small} fill="currentColor">
            {lane}
          </text>
          <line x1={LANE.left} x2={LANE.right} y1={laneY(hop)} y2={laneY(hop)} className="stroke-stone-400 dark:stroke-stone-600" />
        </g>
      ))}
      {outages.map((outage) => (
        <g key={outage.hop}>
          <rect
            x={x(outage.downAt)}
            y={laneY(outage.hop) - 8}
            width={x(outage.upAt) - x(outage.downAt)}
            height={16}
            rx={2}
            className="fill-red-700 dark:fill-red-400"
          />
          <text
            x={(x(outage.downAt) + x(outage.upAt)) / 2}
            y={laneY(outage.hop) + 4}
            fontSize={FONT.small}
            textAnchor="middle"
            className="fill-white dark:fill-stone-950"
          >
            down
          </text>
        </g>
      ))}
      {outages.slice(0, -1).map((outage) => {
        const next = outages[outage.hop + 1];
        if (!next) return null;
        return (
          <line
            key={outage.hop}
            x1={x(outage.upAt)}
            y1={laneY(outage.hop) + 8}
            x2={x(next.downAt) + 2}
            y2={laneY(next.hop) - 9}
            strokeWidth={1.8}
            markerEnd="url(#att-arrow)"
            className="stroke-amber-600 dark:stroke-amber-400"
          />
        );
      })}
      <text x={x(lastUp) + 5} y={laneY(LANES.length - 1) + 4} fontSize={FONT.title} fontWeight={700} fill="currentColor">
        …
      </text>
      {outages.slice(0, 2).map((outage) => {
        const next = outages[outage.hop + 1];
        const midX = next ? (x(outage.upAt) + x(next.downAt)) / 2 : x(outage.upAt);
        return (
          <g key={outage.hop}>
            {/* 1 and 3: a switch goes down; 2 and 4: its return sends the messages that topple the next one. */}
            <Marker n={outage.hop * 2 + 1} cx={(x(outage.downAt) + x(outage.upAt)) / 2} cy={laneY(outage.hop) - 19} />
            <Marker n={outage.hop * 2 + 2} cx={midX - 14} cy={laneY(outage.hop) + LANE.spacing / 2} />
          </g>
        );
      })}
    </g>
  );
}

function StepKey() {
  return (
    <g fontSize={FONT.small} fill="currentColor">
      {STEP_KEY.map(({ lines, top }, i) => (
        <g key={i}>
          <Marker n={i + 1} cx={10} cy={top + 6} />
          <text x={24} y={top + 10}>
            {lines.map((line, j) => (
              <tspan key={j} x={24} dy={j === 0 ? 0 : STEP_LINE}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}

function Day() {
  const axisY = DAY.top + 48;
  return (
    <g>
      <text x={2} y={DAY.top} fontSize={FONT.title} fontWeight={700} fill="currentColor">
        15 January 1990 <tspan fontWeight={400}>(to scale, EST)</tspan>
      </text>
      <text x={dayX(fault)} y={DAY.top + 20} fontSize={FONT.small} fill="currentColor">
        About half of calls failing at the peak
      </text>
      <rect x={dayX(fault)} y={DAY.top + 27} width={dayX(normal) - dayX(fault)} height={16} className="fill-red-700 dark:fill-red-400" />
      <text
        x={(dayX(fault) + dayX(normal)) / 2}
        y={DAY.top + 39}
        fontSize={FONT.small}
        textAnchor="middle"
        className="fill-white dark:fill-stone-950"
      >
        about {hours} hours; signalling load cut
      </text>
      <line x1={DAY.left} x2={DAY.right} y1={axisY} y2={axisY} stroke="currentColor" />
      {ticksBetween(DAY.from, DAY.to, 2).map((hour) => (
        <g key={hour} fontSize={FONT.small} className="fill-stone-600 dark:fill-stone-400">
          <line x1={dayX(hour)} x2={dayX(hour)} y1={axisY} y2={axisY + 4} stroke="currentColor" />
          {/* The ends are left unlabelled: the fault and recovery marks stand right next to them. */}
          {hour > DAY.from && hour < DAY.to && (
            <text x={dayX(hour)} y={axisY + 16} textAnchor="middle">
              {`${hour}:00`}
            </text>
          )}
        </g>
      ))}
      {DAY_MARKS.map(({ at, label, anchor }) => (
        <g key={label} fontSize={FONT.small} fill="currentColor">
          <line x1={dayX(at)} x2={dayX(at)} y1={DAY.top + 27} y2={axisY + 22} strokeDasharray="2 2" stroke="currentColor" />
          <text x={dayX(at) + (anchor === 'start' ? 3 : -3)} y={axisY + 33} textAnchor={anchor} fontWeight={700}>
            {label}
          </text>
        </g>
      ))}
    </g>
  );
}
