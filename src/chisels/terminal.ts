/** ANSI colours as sysdig's ansiterminal.lua writes them; chisels can turn them off. */
const CODES = { reset: 0, bright: 1, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37 } as const;

export type Colors = { readonly [K in keyof typeof CODES]: string };

export function colors(enabled: boolean): Colors {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(CODES)) out[k] = enabled ? `\x1b[${v}m` : '';
  return out as Colors;
}
