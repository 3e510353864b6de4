/**
 * Loads every field class into the registry, in the order sysdig lists them (-l). Import
 * this module before resolving fields.
 */
import './evtFields';
import './processFields';
import './fdFields';
import './syslogFields';
import './fdlistFields';
import './k8sFields';
import './mesosFields';
import './spanFields';
import './evtinFields';

export * from './registry';
export * from './fieldTypes';
export { formatFieldValue } from './valueFormat';
