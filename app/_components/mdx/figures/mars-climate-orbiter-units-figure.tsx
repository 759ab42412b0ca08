import { linearScale } from '@/lib/figures/linear-scale';
import { NEWTONS_PER_POUND_FORCE, misreadImpulse } from '@/lib/figures/mco-units';
import { wrapText } from '@/lib/figures/wrap-text';
import { FigureFrame } from './figure-frame';
import { FIGURE_WIDTH, FONT } from './type-scale';

const BOX = { left: 2, right: FIGURE_WIDTH - 2, lineHeight: 14, padding: 9 };
const ARROW = 34;
const factor = NEWTONS_PER_POUND_FORCE.toFixed(2);
const example = misreadImpulse(1);
const sharePercent = Math.round(example.modelledShare * 100);

interface Stage {
  id: string;
  heading: string;
  text: string;
  tone?: 'interface' | 'outcome';
}

interface Hand {
  label: string;
  /** Marks the step where the unit went wrong. */
  wrong?: boolean;
}

const STAGES: Stage[] = [
  {
    id: 'sm-forces',
    heading: 'SM_FORCES, ground software',
    text: 'Lockheed Martin Astronautics, Colorado: works out the impulse of each thruster firing from thruster data in English units.',
  },
  {
    id: 'amd-file',
    heading: 'AMD file',
    text: 'One bare number per firing; the unit is not recorded. The Software Interface Specification says newton-seconds (N·s).',
    tone: 'interface',
  },
  {
    id: 'navigation',
    heading: 'Navigation software',
    text: `JPL, California: reads the numbers as N·s, so every firing enters the trajectory model ${factor} times too weak (1 lbf·s = ${factor} N·s).`,
  },
  {
    id: 'trajectory',
    heading: 'Trajectory',
    text: 'Firings came 10 to 14 times more often than expected; the small errors added up over the cruise, the orbiter arrived far lower than computed and was lost on 23 September 1999.',
    tone: 'outcome',
  },
];

const HANDOFFS: Hand[] = [{ label: 'writes pound-force seconds (lbf·s)', wrong: true }, { label: 'read as newton-seconds (N·s)', wrong: true }, { label: 'models the path with weakened pushes' }];

interface PlacedStage extends Stage {
  top: number;
  height: number;
  lines: string[];
}

const placed: PlacedStage[] = [];
let cursor = 2;
for (const stage of STAGES) {
  const lines = wrapText(stage.text, 46);
  const height = BOX.padding * 2 + BOX.lineHeight * (lines.length + 1);
  placed.push({ ...stage, top: cursor, height, lines });
  cursor += height + ARROW;
}
const BARS_TOP = cursor - ARROW + 26;
const HEIGHT = BARS_TOP + 84;
const barX = linearScale([0, example.actualNewtonSeconds], [BOX.left + 80, BOX.right - 66]);

const description =
  `Flow diagram of the units slip. ${STAGES.map((stage, i) => `${stage.heading}: ${stage.text}${HANDOFFS[i] ? ` Then it ${HANDOFFS[i].label}.` : ''}`).join(' ')} ` +
  `Worked example: a firing written as 1.00 gave the spacecraft ${example.actualNewtonSeconds.toFixed(2)} N·s, but ` +
  `navigation modelled 1.00 N·s, about ${sharePercent} % of the real push.`;

const boxTone: Record<NonNullable<Stage['tone']> | 'plain', string> = {
  plain: 'fill-stone-50 stroke-stone-400 dark:fill-stone-900 dark:stroke-stone-600',
  interface: 'fill-amber-50 stroke-amber-600 dark:fill-amber-950 dark:stroke-amber-400',
  outcome: 'fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-400',
};

/** The chain from SM_FORCES through the AMD file to the navigation model, and how much of each push was lost. */
export function MarsClimateOrbiterUnitsFigure() {
  return (
    <FigureFrame
      id="figure-mco-units"
      title="Mars Climate Orbiter: pound-force seconds written, newton-seconds read"
      description={description}
      viewBox={{ width: FIGURE_WIDTH, height: HEIGHT }}
      caption={
        <>
          Where the unit went wrong, following the Mishap Investigation Board’s root cause. The bars are our arithmetic:
          1 lbf·s is {NEWTONS_PER_POUND_FORCE.toFixed(4)} N·s, so navigation modelled about {sharePercent} % of each real push.
        </>
      }
      table={{
        caption: 'One impulse value, as written, as delivered and as modelled',
        columns: ['Quantity', 'Value'],
        rows: [
          ['Written in the AMD file', `${example.written.toFixed(2)} (meant as lbf·s)`],
          ['Impulse the thrusters gave', `${example.actualNewtonSeconds.toFixed(2)} N·s`],
          ['Impulse navigation modelled', `${example.modelledNewtonSeconds.toFixed(2)} N·s`],
          ['Modelled share of the real push', `about ${sharePercent} %`],
          ['Unit the interface specification requires', 'N·s'],
        ],
      }}
    >
      <defs>
        <marker id="mco-arrow" viewBox="0 0 8 8" refX={7} refY={4} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" fill="currentColor" />
        </marker>
      </defs>
      {placed.map((stage, i) => (
        <g key={stage.id}>
          <rect x={BOX.left} y={stage.top} width={BOX.right - BOX.left} height={stage.height} rx={6} className={boxTone[stage.tone ?? 'plain']} />
          <text x={BOX.left + BOX.padding} y={stage.top + BOX.padding + 11} fontSize={FONT.small} fill="currentColor">
            <tspan fontWeight={700}>{stage.heading}</tspan>
            {stage.lines.map((line, j) => (
              <tspan key={j} x={BOX.left + BOX.padding} dy={BOX.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
          <Handoff hand={HANDOFFS[i]} from={stage.top + stage.height} />
        </g>
      ))}
      <ImpulseBars />
    </FigureFrame>
  );
}

function Handoff({ hand, from }: { hand: Hand | undefined; from: number }) {
  if (!hand) return null;
  const x = BOX.left + 40;
  return (
    <g className={hand.wrong ? 'text-red-700 dark:text-red-400' : undefined}>
      <line x1={x} x2={x} y1={from + 1} y2={from + ARROW - 2} stroke="currentColor" strokeWidth={1.6} markerEnd="url(#mco-arrow)" />
      <text x={x + 10} y={from + ARROW / 2 + 4} fontSize={FONT.small} fontWeight={hand.wrong ? 700 : 400} fill="currentColor">
        {hand.label}
      </text>
    </g>
  );
}

function ImpulseBars() {
  const rows = [
    { label: 'Real push', value: example.actualNewtonSeconds, className: 'fill-stone-600 dark:fill-stone-300' },
    { label: 'Modelled', value: example.modelledNewtonSeconds, className: 'fill-red-700 dark:fill-red-400' },
  ];
  return (
    <g fontSize={FONT.small} fill="currentColor">
      <text x={BOX.left} y={BARS_TOP}>
        <tspan fontWeight={700}>One firing written as 1.00</tspan>
        <tspan> (our arithmetic)</tspan>
      </text>
      {rows.map((row, i) => {
        const y = BARS_TOP + 12 + i * 24;
        return (
          <g key={row.label}>
            <text x={BOX.left} y={y + 11}>
              {row.label}
            </text>
            <rect x={barX(0)} y={y} width={barX(row.value) - barX(0)} height={15} className={row.className} />
            <text x={barX(row.value) + 5} y={y + 11.5}>
              {`${row.value.toFixed(2)} N·s`}
            </text>
          </g>
        );
      })}
      <text x={BOX.left} y={BARS_TOP + 78} className="fill-stone-600 dark:fill-stone-400">
        {`Navigation saw about ${sharePercent} % of every push.`}
      </text>
    </g>
  );
}
