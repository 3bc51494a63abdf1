/**
 * The UI's words in zh-CN (the default) and English, from the glossary
 * (/spec/glossary.md). The choice is remembered in localStorage.
 */
export type Lang = 'zh-CN' | 'en';

const STORAGE_KEY = 'itsm.lang';

const en = {
  'app.title': 'ITSM platform',
  'nav.inbox': 'Task inbox',
  'nav.newIncident': 'Report an incident',
  'header.language': 'Language',
  'header.logout': 'Sign out',
  'header.roles': 'Roles',
  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.expired': 'Your session has ended; please sign in again.',
  'inbox.queues': 'Queues',
  'inbox.mine': 'My tasks',
  'inbox.filter': 'Filter by number, task or assignee',
  'inbox.empty': 'No open tasks here.',
  'inbox.loading': 'Loading…',
  'inbox.record': 'Record',
  'inbox.task': 'Task',
  'inbox.age': 'Age',
  'inbox.due': 'Due',
  'inbox.sla': 'SLA',
  'inbox.assignee': 'Assignee',
  'inbox.unassigned': 'Unassigned',
  'task.claim': 'Claim',
  'task.unclaim': 'Give back',
  'task.complete': 'Complete',
  'task.claimFirst': 'Claim the task to work on it.',
  'task.claimedBy': 'Claimed by {user}',
  'task.completed': 'Task "{name}" completed.',
  'task.fixFields': 'Please correct the marked fields.',
  'task.noForm': 'This task has no form: completing it needs no data.',
  'task.notOpen': 'This task is {state}.',
  'task.back': 'Back to the inbox',
  'record.details': 'Record',
  'record.history': 'History',
  'record.slaLedger': 'SLA ledger',
  'record.status': 'Status',
  'record.priority': 'Priority',
  'record.group': 'Assignment group',
  'record.assignee': 'Assignee',
  'record.title': 'Title',
  'record.openTask': 'Open tasks',
  'record.noTasks': 'No open task of yours on this record.',
  'incident.new': 'Report an incident',
  'incident.title': 'Title',
  'incident.description': 'Description',
  'incident.channel': 'Channel',
  'incident.impact': 'Impact',
  'incident.urgency': 'Urgency',
  'incident.service': 'Service',
  'incident.ci': 'Configuration item',
  'incident.customer': 'Customer',
  'incident.reporterName': 'Reporter name',
  'incident.reporterContact': 'Reporter contact',
  'incident.none': '— none —',
  'incident.submit': 'Report',
  'incident.created': 'Incident {number} recorded (priority {priority}).',
  'level.1': '1 – High',
  'level.2': '2 – Medium',
  'level.3': '3 – Low',
  'channel.phone': 'Phone',
  'channel.visit': 'Visit',
  'channel.fax': 'Fax',
  'channel.email': 'E-mail',
  'channel.web': 'Web',
  'channel.monitoring': 'Monitoring',
  'sla.response': 'Response',
  'sla.resolution': 'Resolution',
  'sla.running': 'running',
  'sla.paused': 'paused',
  'sla.stopped': 'stopped',
  'sla.left': '{time} left',
  'sla.over': '{time} over',
  'sla.none': '—',
  'sla.event.start': 'started',
  'sla.event.pause': 'paused',
  'sla.event.resume': 'resumed',
  'sla.event.threshold': 'threshold reached',
  'sla.event.breach': 'breached',
  'sla.event.recalc': 'recalculated',
  'sla.event.stop': 'stopped',
  'sla.event.reopen': 'reopened',
  'time.m': '{n} min',
  'time.h': '{h} h {m} min',
  'time.d': '{d} d {h} h',
  'state.completed': 'completed',
  'state.canceled': 'canceled',
  'error.network': 'The server cannot be reached. Check the connection and try again.',
  'error.http': 'The server answered with an error (HTTP {status}).',
  'error.unexpected': 'Something went wrong in the page. Reload and try again.',
  'error.notFound': 'There is no such page.',
  'status.new': 'New',
  'status.in_progress': 'In progress',
  'status.pending': 'Pending (clock paused)',
  'status.resolved': 'Resolved',
  'status.closed': 'Closed',
  'status.cancelled': 'Cancelled',
  'role.service-desk': 'Service desk',
  'role.service-desk-lead': 'Service desk lead',
  'role.resolver-l2': 'Resolver group (2nd line)',
  'role.resolver-l3': 'Resolver group (3rd line)',
  'role.resolver-lead': 'Group lead',
  'role.incident-manager': 'Incident manager',
  'role.major-incident-manager': 'Major-incident manager',
  'role.problem-manager': 'Problem manager',
  'role.change-manager': 'Change manager',
  'role.cab': 'Change advisory board',
  'role.process-owner': 'Process owner',
  'role.management-representative': 'Management representative',
  'role.top-management': 'Top management',
  'role.auditor': 'Internal auditor',
  'role.customer-contact': 'Customer contact',
  'role.requester': 'Requester',
  'role.admin': 'Administrator',
};

export type Key = keyof typeof en;

const zh: Record<Key, string> = {
  'app.title': 'IT服务管理平台',
  'nav.inbox': '任务收件箱',
  'nav.newIncident': '登记事件',
  'header.language': '语言',
  'header.logout': '退出',
  'header.roles': '角色',
  'login.title': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.expired': '会话已结束，请重新登录。',
  'inbox.queues': '队列',
  'inbox.mine': '我的任务',
  'inbox.filter': '按编号、任务或处理人筛选',
  'inbox.empty': '这里没有待办任务。',
  'inbox.loading': '加载中…',
  'inbox.record': '记录',
  'inbox.task': '任务',
  'inbox.age': '已等待',
  'inbox.due': '到期',
  'inbox.sla': 'SLA',
  'inbox.assignee': '处理人',
  'inbox.unassigned': '未分派',
  'task.claim': '认领',
  'task.unclaim': '退回队列',
  'task.complete': '完成',
  'task.claimFirst': '请先认领任务再处理。',
  'task.claimedBy': '已由 {user} 认领',
  'task.completed': '任务“{name}”已完成。',
  'task.fixFields': '请修正标出的字段。',
  'task.noForm': '此任务没有表单，完成时无需填写数据。',
  'task.notOpen': '此任务{state}。',
  'task.back': '返回任务收件箱',
  'record.details': '记录',
  'record.history': '历史',
  'record.slaLedger': 'SLA 台账',
  'record.status': '状态',
  'record.priority': '优先级',
  'record.group': '处理组',
  'record.assignee': '处理人',
  'record.title': '标题',
  'record.openTask': '待办任务',
  'record.noTasks': '此记录上没有您的待办任务。',
  'incident.new': '登记事件',
  'incident.title': '标题',
  'incident.description': '描述',
  'incident.channel': '渠道',
  'incident.impact': '影响度',
  'incident.urgency': '紧急度',
  'incident.service': '服务',
  'incident.ci': '配置项',
  'incident.customer': '客户',
  'incident.reporterName': '报告人姓名',
  'incident.reporterContact': '报告人联系方式',
  'incident.none': '— 无 —',
  'incident.submit': '登记',
  'incident.created': '事件 {number} 已登记（优先级 {priority}）。',
  'level.1': '1 – 高',
  'level.2': '2 – 中',
  'level.3': '3 – 低',
  'channel.phone': '电话',
  'channel.visit': '来访',
  'channel.fax': '传真',
  'channel.email': '电子邮件',
  'channel.web': '网页',
  'channel.monitoring': '监控',
  'sla.response': '响应',
  'sla.resolution': '解决',
  'sla.running': '计时中',
  'sla.paused': '已暂停',
  'sla.stopped': '已停止',
  'sla.left': '剩余 {time}',
  'sla.over': '超时 {time}',
  'sla.none': '—',
  'sla.event.start': '开始计时',
  'sla.event.pause': '暂停',
  'sla.event.resume': '恢复',
  'sla.event.threshold': '达到阈值',
  'sla.event.breach': '违约',
  'sla.event.recalc': '重新计算',
  'sla.event.stop': '停止计时',
  'sla.event.reopen': '重新开启',
  'time.m': '{n} 分钟',
  'time.h': '{h} 小时 {m} 分钟',
  'time.d': '{d} 天 {h} 小时',
  'state.completed': '已完成',
  'state.canceled': '已取消',
  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.http': '服务器返回错误（HTTP {status}）。',
  'error.unexpected': '页面出现问题，请刷新后重试。',
  'error.notFound': '页面不存在。',
  'status.new': '新建',
  'status.in_progress': '处理中',
  'status.pending': '挂起（等待客户）',
  'status.resolved': '已解决',
  'status.closed': '已关闭',
  'status.cancelled': '已取消',
  'role.service-desk': '服务台',
  'role.service-desk-lead': '服务台主管',
  'role.resolver-l2': '职能小组（二线）',
  'role.resolver-l3': '职能小组（三线）',
  'role.resolver-lead': '技术组主管',
  'role.incident-manager': '事件经理',
  'role.major-incident-manager': '重大事件负责人',
  'role.problem-manager': '问题经理',
  'role.change-manager': '变更经理',
  'role.cab': '变更咨询委员会',
  'role.process-owner': '过程负责人',
  'role.management-representative': '管理者代表',
  'role.top-management': '最高管理者',
  'role.auditor': '内部审核员',
  'role.customer-contact': '客户联系人',
  'role.requester': '请求人',
  'role.admin': '系统管理员',
};

const dictionaries: Record<Lang, Record<Key, string>> = { 'zh-CN': zh, en };

let current: Lang = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';

export function lang(): Lang {
  return current;
}

/** Switches the language and remembers it for the next visit. */
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

/** The text of a key in the current language, `{name}` placeholders filled in. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const text: string = dictionaries[current][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A label for a dynamic code (role, status, channel): the dictionary's, else the code itself. */
export function label(prefix: 'role' | 'status' | 'channel' | 'sla', code: string): string {
  const key = `${prefix}.${code}`;
  return key in en ? t(key as Key) : code;
}

/** The duration of `minutes` in words ("2 h 5 min"). */
export function duration(minutes: number): string {
  const m = Math.max(0, Math.round(Math.abs(minutes)));
  if (m < 60) return t('time.m', { n: m });
  if (m < 24 * 60) return t('time.h', { h: Math.floor(m / 60), m: m % 60 });
  return t('time.d', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
}

/** A date and time in the business calendar's zone (Asia/Shanghai), in the current language. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(current, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(d);
}
