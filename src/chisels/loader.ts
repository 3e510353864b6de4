/**
 * Finding chisels: the built-in ones (one module per chisel in the package's chisels/
 * directory), then user directories: ./chisels, ~/.chisels and the directories listed in
 * TSYSDIG_CHISEL_DIR (separated by ':' or ';'). A user chisel is a .js, .cjs or .ts module
 * exporting `chisel` (a ChiselModule); .ts files are transpiled with the TypeScript compiler.
 * A user chisel with a built-in's name replaces it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ChiselError, ChiselModule } from './api';

/** dist/src/chisels -> dist/chisels (compiled from the top-level chisels/ directory) */
const BUILTIN_DIR = path.resolve(__dirname, '..', '..', 'chisels');
const EXTENSIONS = ['.js', '.cjs', '.ts'];

export function userChiselDirs(): string[] {
  const dirs = [path.resolve('chisels'), path.join(os.homedir(), '.chisels')];
  const env = process.env.TSYSDIG_CHISEL_DIR;
  if (env) for (const d of env.split(/[:;]/)) if (d) dirs.push(path.resolve(d));
  // the project's own source chisels/ directory is not a user directory
  return [...new Set(dirs)].filter((d) => d !== path.resolve(BUILTIN_DIR, '..', '..', 'chisels'));
}

function isModuleFile(f: string): boolean {
  return EXTENSIONS.some((e) => f.endsWith(e)) && !f.endsWith('.d.ts') && !f.endsWith('.test.ts');
}

function loadFile(file: string): ChiselModule {
  let mod: { chisel?: ChiselModule; default?: ChiselModule | { chisel?: ChiselModule } };
  try {
    if (file.endsWith('.ts')) mod = loadTypeScript(file);
    else mod = require(file);
  } catch (e) {
    if (e instanceof ChiselError) throw e;
    throw new ChiselError(`cannot load chisel ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const m = mod.chisel ?? (mod.default && 'info' in mod.default ? (mod.default as ChiselModule) : (mod.default as { chisel?: ChiselModule } | undefined)?.chisel);
  if (!m || typeof m !== 'object' || !m.info || typeof m.create !== 'function') {
    throw new ChiselError(`${file} is not a chisel: it must export \`chisel\` with info and create()`);
  }
  return m;
}

function loadTypeScript(file: string): any {
  let ts: typeof import('typescript');
  try {
    ts = require('typescript');
  } catch {
    throw new ChiselError(`cannot load ${file}: TypeScript chisels need the typescript package (npm install typescript), or compile it to .js`);
  }
  const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: file,
  });
  const Module = require('module');
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(out.outputText, file);
  return m.exports;
}

function filesIn(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter(isModuleFile).map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

function baseName(file: string): string {
  return path.basename(file).replace(/\.(js|cjs|ts)$/, '');
}

/** Loads the chisel with this name; throws ChiselError when there is none. */
export function loadChisel(name: string): ChiselModule {
  for (const dir of userChiselDirs()) {
    for (const ext of EXTENSIONS) {
      const f = path.join(dir, name + ext);
      if (fs.existsSync(f)) return loadFile(f);
    }
  }
  const builtin = path.join(BUILTIN_DIR, name + '.js');
  if (fs.existsSync(builtin)) return loadFile(builtin);
  throw new ChiselError(`chisel ${name} not found - use -cl to list them.`);
}

/** Every chisel available (user chisels override built-ins of the same name). */
export function listChiselModules(): ChiselModule[] {
  const byName = new Map<string, ChiselModule>();
  for (const f of filesIn(BUILTIN_DIR)) byName.set(baseName(f), loadFile(f));
  for (const dir of userChiselDirs()) {
    for (const f of filesIn(dir)) {
      try {
        byName.set(baseName(f), loadFile(f));
      } catch {
        // other modules may live in a user directory: only chisels are listed
      }
    }
  }
  return [...byName.values()];
}
