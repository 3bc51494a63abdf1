/**
 * The modeler in the UI's language: a bpmn-js `translate` service with the Chinese of the
 * palette, the context pad, the replace menu and the common groups and fields of the Camunda 8
 * properties panel (used when the UI is in zh-CN; English, bpmn-js's own words, otherwise),
 * and a palette entry "Create user task" that places a Zeebe user task (`zeebe:userTask`).
 */
import { lang } from '../i18n.ts';

/** English (bpmn-js's template) → Chinese. Templates not listed stay in English. */
const ZH: Record<string, string> = {
  // palette
  'Activate hand tool': '激活抓手工具',
  'Activate lasso tool': '激活套索工具',
  'Activate create/remove space tool': '激活创建/删除空间工具',
  'Activate global connect tool': '激活全局连接工具',
  'Create start event': '创建开始事件',
  'Create intermediate/boundary event': '创建中间/边界事件',
  'Create end event': '创建结束事件',
  'Create gateway': '创建网关',
  'Create task': '创建任务',
  'Create user task': '创建用户任务',
  'Create data object reference': '创建数据对象引用',
  'Create data store reference': '创建数据存储引用',
  'Create expanded sub-process': '创建展开的子流程',
  'Create pool/participant': '创建池/参与者',
  'Create group': '创建组',
  // context pad
  Delete: '删除',
  'Add lane above': '在上方添加泳道',
  'Divide into two lanes': '分为两个泳道',
  'Divide into three lanes': '分为三个泳道',
  'Add lane below': '在下方添加泳道',
  'Append receive task': '追加接收任务',
  'Append message intermediate catch event': '追加消息中间捕获事件',
  'Append timer intermediate catch event': '追加定时器中间捕获事件',
  'Append conditional intermediate catch event': '追加条件中间捕获事件',
  'Append signal intermediate catch event': '追加信号中间捕获事件',
  'Append compensation activity': '追加补偿活动',
  'Append end event': '追加结束事件',
  'Append gateway': '追加网关',
  'Append task': '追加任务',
  'Append intermediate/boundary event': '追加中间/边界事件',
  'Change element': '更改元素',
  'Change type': '更改类型',
  'Add text annotation': '添加文本注释',
  'Connect to other element': '连接到其他元素',
  'Connect using association': '使用关联连接',
  'Connect using data input association': '使用数据输入关联连接',
  'Search in diagram': '在图中搜索',
  // replace menu: markers
  Loop: '循环',
  'Parallel multi-instance': '并行多实例',
  'Sequential multi-instance': '串行多实例',
  Collection: '集合',
  'Participant multiplicity': '参与者多重性',
  'Toggle non-interrupting': '切换非中断',
  // replace menu (common)
  Task: '任务',
  'User task': '用户任务',
  'Service task': '服务任务',
  'Send task': '发送任务',
  'Receive task': '接收任务',
  'Script task': '脚本任务',
  'Business rule task': '业务规则任务',
  'Manual task': '手工任务',
  'Call activity': '调用活动',
  'Exclusive gateway': '排他网关',
  'Parallel gateway': '并行网关',
  'Inclusive gateway': '包容网关',
  'Event-based gateway': '基于事件的网关',
  'Start event': '开始事件',
  'End event': '结束事件',
  'Message start event': '消息开始事件',
  'Timer start event': '定时器开始事件',
  'Message end event': '消息结束事件',
  'Error end event': '错误结束事件',
  'Terminate end event': '终止结束事件',
  'Timer boundary event': '定时器边界事件',
  'Message boundary event': '消息边界事件',
  'Sequence flow': '顺序流',
  'Default flow': '默认流',
  'Conditional flow': '条件流',
  // properties panel: groups
  General: '常规',
  Documentation: '文档',
  Assignment: '分配',
  Form: '表单',
  Inputs: '输入',
  Outputs: '输出',
  Condition: '条件',
  Timer: '定时器',
  'Task definition': '任务定义',
  Headers: '请求头',
  'Extension properties': '扩展属性',
  'Execution listeners': '执行监听器',
  'Task listeners': '任务监听器',
  'Multi-instance': '多实例',
  Message: '消息',
  Error: '错误',
  Escalation: '升级',
  Signal: '信号',
  'Called element': '被调用元素',
  Implementation: '实现',
  'Output propagation': '输出传播',
  'Input propagation': '输入传播',
  Priority: '优先级',
  // properties panel: fields
  Name: '名称',
  ID: 'ID',
  Type: '类型',
  Value: '值',
  'Process ID': '流程 ID',
  'Process name': '流程名称',
  'Version tag': '版本标签',
  Executable: '可执行',
  'Element documentation': '元素文档',
  'Process documentation': '流程文档',
  Assignee: '处理人',
  'Candidate groups': '候选组',
  'Candidate users': '候选用户',
  'Due date': '到期时间',
  'Follow up date': '跟进时间',
  'Form ID': '表单 ID',
  'Form key': '表单键',
  'Form type': '表单类型',
  'Custom form key': '自定义表单键',
  'Camunda Form (linked)': 'Camunda 表单（关联）',
  'Camunda Form (embedded)': 'Camunda 表单（内嵌）',
  'Condition expression': '条件表达式',
  'Job type': '作业类型',
  Retries: '重试次数',
  'Local variable name': '局部变量名',
  'Variable assignment value': '变量赋值',
  'Process variable name': '流程变量名',
  'Result variable': '结果变量',
  'Input collection': '输入集合',
  'Input element': '输入元素',
  'Output collection': '输出集合',
  'Output element': '输出元素',
  'Completion condition': '完成条件',
  Key: '键',
  Date: '日期',
  Duration: '持续时间',
  Cycle: '循环',
  'Create new ...': '新建…',
  '<none>': '<无>',
  'Correlation key': '关联键',
  'Subscription correlation key': '订阅关联键',
  'Global message reference': '全局消息引用',
  'Global error reference': '全局错误引用',
  'Propagate all variables': '传播所有变量',
  'Propagate all child process variables': '传播所有子流程变量',
  'Propagate all parent process variables': '传播所有父流程变量',
  'Wait for completion': '等待完成',
  Resource: '资源',
  Binding: '绑定',
  latest: '最新',
  deployment: '部署',
  'version tag': '版本标签',
  'Start typing "${}" to create an expression.': '输入 "${}" 创建表达式。',
  'Learn more.': '了解更多。',
  'Element templates': '元素模板',
  Template: '模板',
  Select: '选择',
};

/** The bpmn-js translate function (a template with `{placeholder}` replacements). */
export function translate(template: string, replacements: Record<string, string> = {}): string {
  const text = (lang() === 'zh-CN' && ZH[template]) || template;
  return text.replace(/{([^}]+)}/g, (_m, key: string) => replacements[key] ?? `{${key}}`);
}

/** A didi module replacing bpmn-js's `translate` service. */
export const TranslateModule = { translate: ['value', translate] };

interface PaletteServices {
  palette: { registerProvider(provider: object): void };
  create: { start(event: Event, shape: object): void };
  elementFactory: { createShape(attrs: Record<string, unknown>): object };
  bpmnFactory: { create(type: string, attrs?: Record<string, unknown>): ModdleLike };
  moddle: { create(type: string, attrs?: Record<string, unknown>): ModdleLike };
}
interface ModdleLike {
  $parent?: ModdleLike;
}

/** The palette entry "Create user task": a user task with `zeebe:userTask` (Zeebe 8.5). */
function UserTaskPaletteProvider(
  palette: PaletteServices['palette'],
  create: PaletteServices['create'],
  elementFactory: PaletteServices['elementFactory'],
  bpmnFactory: PaletteServices['bpmnFactory'],
  moddle: PaletteServices['moddle'],
): void {
  const start = (event: Event) => {
    const zeebeUserTask = moddle.create('zeebe:UserTask');
    const extensionElements = moddle.create('bpmn:ExtensionElements', {
      values: [zeebeUserTask],
    });
    zeebeUserTask.$parent = extensionElements;
    const businessObject = bpmnFactory.create('bpmn:UserTask', { extensionElements });
    extensionElements.$parent = businessObject;
    create.start(event, elementFactory.createShape({ type: 'bpmn:UserTask', businessObject }));
  };
  palette.registerProvider({
    getPaletteEntries: () => ({
      'create.user-task': {
        group: 'activity',
        className: 'bpmn-icon-user-task',
        title: translate('Create user task'),
        action: { dragstart: start, click: start },
      },
    }),
  });
}
UserTaskPaletteProvider.$inject = ['palette', 'create', 'elementFactory', 'bpmnFactory', 'moddle'];

/** A didi module adding the "Create user task" palette entry. */
export const UserTaskPaletteModule = {
  __init__: ['itsmUserTaskPalette'],
  itsmUserTaskPalette: ['type', UserTaskPaletteProvider],
};
