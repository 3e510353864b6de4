/**
 * The k8s field class (libsinsp sinsp_filter_check_k8s): Kubernetes metadata of the
 * event's pod. sysdig fetches it from an API server while capturing live; a capture file
 * carries none, so these fields exist, check their arguments, and have no value.
 */
import { FieldClass, FieldDef, FF } from './fieldTypes';
import { registerFieldClass } from './registry';
import { PT, PF } from '../events/paramTypes';
import { labelArg } from './labelArg';

const KINDS: readonly [string, string, boolean][] = [
  // [short name, what it is, "can return several values"]
  ['pod', 'pod', false],
  ['rc', 'replication controller', false],
  ['svc', 'service', true],
  ['ns', 'namespace', false],
  ['rs', 'replica set', false],
  ['deployment', 'deployment', false],
];

function noValue(): FieldDef['bind'] {
  return () => () => undefined;
}

function fieldsOf([kind, what, several]: readonly [string, string, boolean]): FieldDef[] {
  const base = `k8s.${kind}`;
  const many = several ? ' (several services give several values, joined)' : '';
  const def = (suffix: string, flags: number, display: string, description: string, parseArg?: FieldDef['parseArg']): FieldDef => ({
    name: base + suffix, type: PT.CHARBUF, format: PF.NA, flags, display, description, bind: noValue(), parseArg,
  });
  const title = what.replace(/\b\w/g, (c) => c.toUpperCase());
  return [
    def('.name', FF.NONE, `${title} Name`, `name of the Kubernetes ${what}${many}.`),
    def('.id', FF.NONE, `${title} ID`, `id of the Kubernetes ${what}${many}.`),
    def('.label', FF.REQUIRES_ARGUMENT, `${title} Label`, `one label of the Kubernetes ${what}, named after a dot: '${base}.label.app'${many}.`,
      labelArg(`${base}.label`, `${base}.labels`)),
    def('.labels', FF.NONE, `${title} Labels`, `all labels of the Kubernetes ${what} as comma-separated key:value pairs, e.g. 'app:web,tier:front'.`),
  ];
}

export const K8S_FIELDS: FieldClass = {
  name: 'k8s',
  shortDescription: '',
  description: 'Kubernetes metadata of the event (only with metadata fetched from a Kubernetes API server: never in capture files).',
  fields: KINDS.flatMap(fieldsOf),
};

registerFieldClass(K8S_FIELDS);
