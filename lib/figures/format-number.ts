const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 9.5367e-8 → "9.54 × 10⁻⁸", as the case text writes it. */
export function formatScientific(value: number, significantDigits = 3): string {
  const [mantissa = '', exponent = '0'] = value.toExponential(significantDigits - 1).split('e');
  const power = String(Number(exponent)).replace(/./g, (char) => SUPERSCRIPT[char] ?? char);
  return `${mantissa} × 10${power}`;
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 3600000 → "3,600,000"; 575.4 → "575". */
export function formatWhole(value: number): string {
  return grouped.format(Math.round(value));
}

