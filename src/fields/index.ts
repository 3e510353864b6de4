/**
 * Loads every field class into the registry. Import this module (for its side effect)
 * before resolving fields.
 */
export * from './registry';
export * from './fieldTypes';
export { formatFieldValue } from './valueFormat';

// field classes, in sysdig's -l order
import './fdFields';
import './syslogFields';
import './fdlistFields';
import './k8sFields';
import './mesosFields';
import './spanFields';
import './evtinFields';
