/**
 * With SYNTH_DUMP_DIR set, writes the synthetic captures there, to check the expected values
 * of the field tests against sysdig (`sysdig -r DIR/net.scap -p ...`). Otherwise does nothing.
 */
import { it } from 'vitest';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { netCapture } from './scenarios';

it('dumps the synthetic captures when asked', () => {
  const dir = process.env.SYNTH_DUMP_DIR;
  if (!dir) return;
  writeFileSync(join(dir, 'net.scap'), netCapture());
});
