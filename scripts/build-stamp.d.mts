export function currentStamp(root?: string): string;
export function buildIsCurrent(root?: string): boolean;
export function writeStamp(root?: string, stamp?: string): void;
