/**
 * The mesos field class (libsinsp sinsp_filter_check_mesos): Mesos and Marathon metadata
 * of the event's task. Like the k8s fields they need a live connection to the cluster;
 * capture files carry none, so these fields exist, check their arguments, and have no value.
 */
import { FieldClass, FieldDef, FF } from './fieldTypes';
import { registerFieldClass } from './registry';
import { PT, PF } from '../events/paramTypes';
import { labelArg } from './labelArg';

function def(name: string, flags: number, display: string, description: string, parseArg?: FieldDef['parseArg']): FieldDef {
  return { name, type: PT.CHARBUF, format: PF.NA, flags, display, description, bind: () => () => undefined, parseArg };
}

export const MESOS_FIELDS: FieldClass = {
  name: 'mesos',
  shortDescription: '',
  description: 'Mesos and Marathon metadata of the event (only with a live connection to the cluster: never in capture files).',
  fields: [
    def('mesos.task.name', FF.NONE, 'Task Name', 'name of the Mesos task.'),
    def('mesos.task.id', FF.NONE, 'Task ID', 'id of the Mesos task.'),
    def('mesos.task.label', FF.REQUIRES_ARGUMENT, 'Task Label', "one label of the Mesos task, named after a dot: 'mesos.task.label.env'.",
      labelArg('mesos.task.label', 'mesos.task.labels')),
    def('mesos.task.labels', FF.NONE, 'Task Labels', "all labels of the Mesos task as comma-separated key:value pairs, e.g. 'env:prod,team:web'."),
    def('mesos.framework.name', FF.NONE, 'Framework Name', 'name of the Mesos framework.'),
    def('mesos.framework.id', FF.NONE, 'Framework ID', 'id of the Mesos framework.'),
    def('marathon.app.name', FF.NONE, 'App Name', 'name of the Marathon app.'),
    def('marathon.app.id', FF.NONE, 'App ID', 'id of the Marathon app.'),
    def('marathon.app.label', FF.REQUIRES_ARGUMENT, 'App Label', "one label of the Marathon app, named after a dot: 'marathon.app.label.env'.",
      labelArg('marathon.app.label', 'marathon.app.labels')),
    def('marathon.app.labels', FF.NONE, 'App Labels', "all labels of the Marathon app as comma-separated key:value pairs, e.g. 'env:prod,team:web'."),
    def('marathon.group.name', FF.NONE, 'Group Name', 'name of the Marathon group.'),
    def('marathon.group.id', FF.NONE, 'Group ID', 'id of the Marathon group.'),
  ],
};

registerFieldClass(MESOS_FIELDS);
