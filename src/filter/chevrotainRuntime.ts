/**
 * chevrotain, loaded from its single-file bundle. The package entry point is an ES module
 * graph of ~600 small lodash-es files that takes ~170 ms to load; the bundle it ships
 * beside it (same code, same version, minified) loads in ~10 ms, and a filtered replay starts that
 * much sooner. Types still come from the package itself.
 */
import type * as Chevrotain from 'chevrotain';
import * as path from 'path';

function load(): typeof Chevrotain {
  let bundle: string | undefined;
  try {
    bundle = path.join(path.dirname(require.resolve('chevrotain')), '..', 'chevrotain.min.mjs');
  } catch {
    bundle = undefined;
  }
  if (bundle) {
    try {
      return require(bundle) as typeof Chevrotain;
    } catch {
      // a chevrotain without the bundle, or a Node that cannot require() ES modules
    }
  }
  return require('chevrotain') as typeof Chevrotain;
}

export const chevrotain = load();
