/**
 * Argument syntax of the k8s and mesos label fields (`k8s.pod.label.foo`): a '.' then a key
 * of letters, digits, '/', '_', '-' and '.'; brackets are a syntax error.
 */
import { FieldArgError } from './fieldTypes';

const KEY_CHAR = /[A-Za-z0-9/_.-]/;

/** parseArg for `name.key` fields; `plural` is the sibling field it must not swallow (`...labels`). */
export function labelArg(name: string, plural: string): (rest: string) => { arg: string; length: number } | undefined {
  const suffix = plural.slice(name.length);
  return (rest) => {
    if (rest.startsWith(suffix)) return undefined;
    if (rest[0] !== '.') throw new FieldArgError(`filter syntax error: ${name}${rest}`);
    let end = 1;
    while (end < rest.length && KEY_CHAR.test(rest[end])) end++;
    return { arg: rest.slice(1, end), length: end };
  };
}
