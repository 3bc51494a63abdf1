/**
 * form-js (viewer and editor, 1.x) in the user's language (ui/src/i18n.ts): English stays the
 * library's own words; zh-CN gets the Chinese below. form-js 1.23 has no `translate` service,
 * so each kind of text goes through the nearest extension point the library offers:
 *
 * - validation messages: a form-js module decorating the `validator` service, so the errors
 *   shown on the fields and those `form.submit()` answers are both in the user's language;
 * - the date picker's month and weekday names: flatpickr's own `localize`, set per form;
 * - the form editor's palette entries: a form-js-editor module registering each field type
 *   under its Chinese name in the `formFields` registry (the palette reads the names there,
 *   and its search then finds fields by their Chinese names);
 * - the words form-js writes as literals inside its Preact components (the select's "Select"
 *   and "Search", "No results", "Add new", the date and time placeholders, the palette's
 *   header and group titles, the properties panel's labels): Preact's `options.vnode` hook,
 *   installed by the same modules, which replaces those props on the virtual nodes before
 *   Preact renders them. No DOM is rewritten after render and nothing in node_modules is
 *   touched; the hook only acts on library class names and exact library texts.
 *
 * Every form-js `Form` and `FormEditor` the UI creates passes `formI18nModules` or
 * `formEditorI18nModules` as `additionalModules`.
 */
import flatpickr from 'flatpickr';
import { Mandarin } from 'flatpickr/dist/l10n/zh.js';
import {
  createElement,
  options,
  type ComponentChildren,
  type ComponentType,
  type VNode,
} from 'preact';
import { lang } from './i18n.ts';

/** Library texts that only form-js writes (translated wherever they appear as text). */
const TEXTS_ZH: Record<string, string> = {
  Search: '搜索',
  'No results': '无匹配项',
  'All values selected': '已全部选择',
  'Nothing to show.': '暂无数据。',
  'Add new': '新增',
  Browse: '浏览',
  'No files selected': '未选择文件',
  'Remove tag': '移除标签',
  Increment: '增加',
  Decrement: '减少',
  'Previous page': '上一页',
  'Next page': '下一页',
  'hh:mm': '时:分',
  'hh:mm --': '时:分 --',
  // form editor: palette
  Components: '组件',
  'Search components': '搜索组件',
  'Clear content': '清除内容',
  'No components found.': '未找到组件。',
  // form editor: properties panel chrome
  'Toggle section': '展开/折叠',
  'Section contains an error': '此部分有错误',
  'Section contains edits': '此部分已修改',
  'Toggle list item': '展开/折叠列表项',
  'Delete item': '删除项',
  'Open documentation': '打开文档',
  'Select a form field to edit its properties.': '选择一个表单字段以编辑其属性。',
  'Multiple form fields are selected. Select a single form field to edit its properties.':
    '选择了多个表单字段，请只选择一个以编辑其属性。',
};

/** The palette's group titles (class fjs-palette-group-title). */
const PALETTE_GROUPS_ZH: Record<string, string> = {
  Input: '输入',
  Selection: '选择',
  Presentation: '展示',
  Containers: '容器',
  Action: '操作',
};

/** Field types by their Chinese names (the palette and the properties panel's header). */
const FIELD_NAMES_ZH: Record<string, string> = {
  textfield: '文本框',
  textarea: '多行文本',
  number: '数字',
  datetime: '日期时间',
  expression: '表达式',
  filepicker: '文件选择',
  checkbox: '复选框',
  checklist: '复选框组',
  radio: '单选组',
  select: '下拉选择',
  taglist: '标签列表',
  text: '文本视图',
  html: 'HTML 视图',
  image: '图片视图',
  table: '表格',
  iframe: '内嵌页面',
  documentPreview: '文档预览',
  spacer: '间距',
  separator: '分隔线',
  group: '分组',
  dynamiclist: '动态列表',
  button: '按钮',
};

/** The properties panel's group titles and entry labels (form-js-editor's own words). */
const PANEL_ZH: Record<string, string> = {
  General: '常规',
  Condition: '条件',
  Validation: '校验',
  Appearance: '外观',
  Layout: '布局',
  Constraints: '约束',
  Serialization: '序列化',
  'Options source': '选项来源',
  'Static options': '静态选项',
  'Dynamic options': '动态选项',
  'Custom properties': '自定义属性',
  'Security attributes': '安全属性',
  'Header items': '表头项',
  'Headers source': '表头来源',
  'Data source': '数据来源',
  Content: '内容',
  Columns: '列',
  Column: '列',
  Label: '标签',
  'Field label': '字段标签',
  'Field description': '字段说明',
  Description: '说明',
  Key: '键',
  Value: '值',
  Path: '路径',
  ID: 'ID',
  Type: '类型',
  Text: '文本',
  Expression: '表达式',
  'Default value': '默认值',
  Required: '必填',
  'Read only': '只读',
  Disabled: '禁用',
  'Hide if': '隐藏条件',
  Minimum: '最小值',
  Maximum: '最大值',
  'Minimum length': '最小长度',
  'Maximum length': '最大长度',
  'Validation pattern': '校验格式',
  'Custom regular expression': '自定义正则表达式',
  'Custom error message': '自定义错误消息',
  Email: '电子邮件',
  Phone: '电话',
  Custom: '自定义',
  'Decimal digits': '小数位数',
  Increment: '步长',
  'Output as string': '以字符串输出',
  Prefix: '前缀',
  Suffix: '后缀',
  Subtype: '子类型',
  'Date label': '日期标签',
  'Time label': '时间标签',
  'Use 24h': '24 小时制',
  'Time format': '时间格式',
  'Time interval': '时间间隔',
  'Disallow past dates': '不允许过去的日期',
  Searchable: '可搜索',
  'Input values key': '输入值键',
  'Options expression': '选项表达式',
  'Alternative text': '替代文本',
  'Image source': '图片来源',
  Height: '高度',
  URL: 'URL',
  Action: '操作',
  Submit: '提交',
  Reset: '重置',
  Checked: '已勾选',
  'Not checked': '未勾选',
  'Version tag': '版本标签',
  'Show outline': '显示边框',
  'Vertical alignment': '垂直对齐',
  Top: '顶部',
  Center: '居中',
  Bottom: '底部',
  Auto: '自动',
  Pagination: '分页',
  'Number of rows per page': '每页行数',
  'Allow add/delete items': '允许添加/删除项',
  'Default number of items': '默认项数',
  'Disable collapse': '禁止折叠',
  'Number of non-collapsing items': '不折叠的项数',
  'Compute on': '计算时机',
  'Value changes': '值变化时',
  'Form submission': '提交表单时',
  'Supported file formats': '支持的文件格式',
  'Upload multiple files': '允许上传多个文件',
  'Target value': '目标值',
  '<none>': '<无>',
  '<empty>': '<空>',
  ...PALETTE_GROUPS_ZH,
};

/** The validation messages of form-js's validator, as patterns over its English. */
const MESSAGES_ZH: [RegExp, string][] = [
  [/^Field is required\.$/, '此项为必填项。'],
  [/^Field must have minimum length of (.+)\.$/, '长度不能少于 $1 个字符。'],
  [/^Field must have maximum length of (.+)\.$/, '长度不能超过 $1 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must match pattern (.+)\.$/, '必须符合格式 $1。'],
  [/^Field must be a valid email\.$/, '请输入有效的电子邮件地址。'],
  [
    /^Field must be a valid {1,2}international phone number\./,
    '请输入有效的国际电话号码（如 +8610xxxxxxxx）。',
  ],
  [/^Value is not a number\.$/, '请输入数字。'],
  [/^Value is expected to be an integer\.$/, '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多 $1 位小数。'],
  [
    /^Please select a valid value, the two nearest valid values are (\S+) and (\S+)\.$/,
    '请输入有效的值，最接近的两个有效值为 $1 和 $2。',
  ],
  [/^Min validation value is not a valid number\.$/, '最小值设置不是有效数字。'],
  [/^Max validation value is not a valid number\.$/, '最大值设置不是有效数字。'],
];

const zh = () => lang() === 'zh-CN';

/** A validation message of form-js in the user's language (others unchanged). */
export function validationMessage(message: string): string {
  if (!zh()) return message;
  for (const [pattern, text] of MESSAGES_ZH) {
    if (pattern.test(message)) return message.replace(pattern, text);
  }
  return message;
}

/** A date placeholder of the date picker ("mm/dd/yyyy", "yyyy/mm/dd") in Chinese. */
const DATE_PLACEHOLDER = /^(?:[dmy]{1,4}[^dmy\w]{1,2}){2}[dmy]{1,4}\.?$/;
function datePlaceholder(text: string): string {
  return text.replace(/y+/g, '年').replace(/m+/g, '月').replace(/d+/g, '日');
}

/** A library text (attribute or text node), translated when zh-CN and known. */
function libraryText(text: string, cls: string): string {
  const known = TEXTS_ZH[text];
  if (known) return known;
  if (cls.includes('bio-properties-panel') && PANEL_ZH[text]) return PANEL_ZH[text];
  if (cls.includes('fjs-palette-group-title') && PALETTE_GROUPS_ZH[text])
    return PALETTE_GROUPS_ZH[text];
  if (cls.includes('fjs-select-placeholder') && text === 'Select') return '请选择';
  const create = /^Create an? (.+) element$/.exec(text);
  if (create) return `创建“${create[1]}”`;
  return text;
}

type Props = Record<string, unknown>;

/** Preact's vnode hook: library texts on elements in the user's language. */
function localizeVNode(vnode: VNode<Props>): void {
  if (!zh()) return;
  const props = vnode.props;
  if (!props) return;
  const cls = String(props.class ?? props.className ?? '');
  for (const attr of ['placeholder', 'title', 'aria-label']) {
    const value = props[attr];
    if (typeof value !== 'string') continue;
    if (attr === 'placeholder' && DATE_PLACEHOLDER.test(value))
      props[attr] = datePlaceholder(value);
    else props[attr] = libraryText(value, cls);
  }
  if ('children' in props)
    props.children = localizedChildren(props.children, cls) as ComponentChildren;
}

/**
 * Text children in the user's language, also one component deep: the properties panel wraps
 * its labels in a tooltip component (`<div class=…-title><TooltipWrapper>General</…></div>`),
 * whose text is localized with the class of the element around it.
 */
function localizedChildren(children: unknown, cls: string): unknown {
  if (typeof children === 'string') return libraryText(children, cls);
  if (Array.isArray(children)) return children.map((c: unknown) => localizedChildren(c, cls));
  if (isComponentVNode(children) && typeof children.props.children === 'string')
    children.props.children = libraryText(children.props.children, cls);
  return children;
}

function isComponentVNode(value: unknown): value is VNode<Props> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as VNode).type === 'function' &&
    typeof (value as VNode).props === 'object'
  );
}

let hookInstalled = false;
/** Installs the vnode hook once (chained after any hook already there). */
function installVNodeHook(): void {
  if (hookInstalled) return;
  hookInstalled = true;
  const previous = options.vnode;
  options.vnode = (vnode) => {
    localizeVNode(vnode as VNode<Props>);
    previous?.(vnode);
  };
}

interface Validator {
  validateField(field: unknown, value: unknown): string[];
  validateFieldInstance(instance: unknown, value: unknown): string[];
}

/** Decorates form-js's `validator`: its messages in the user's language. */
function LocalizedValidation(validator: Validator): void {
  const field = validator.validateField.bind(validator);
  const instance = validator.validateFieldInstance.bind(validator);
  validator.validateField = (f, v) => field(f, v).map(validationMessage);
  validator.validateFieldInstance = (i, v) => instance(i, v).map(validationMessage);
}
LocalizedValidation.$inject = ['validator'];

/** The texts of form-js: the vnode hook, flatpickr's names of months and weekdays. */
function LocalizedTexts(): void {
  installVNodeHook();
  flatpickr.localize(zh() ? Mandarin : flatpickr.l10ns.en!);
}

type FieldComponent = ComponentType<Props> & { config: Record<string, unknown> };
interface FormFields {
  get(type: string): FieldComponent | undefined;
  register(type: string, component: FieldComponent): void;
}

/** The editor's field types under their Chinese names (the palette reads them). */
function LocalizedFieldNames(formFields: FormFields): void {
  if (!zh()) return;
  for (const [type, name] of Object.entries(FIELD_NAMES_ZH)) {
    const field = formFields.get(type);
    if (!field) continue;
    const Named = ((props: Props) => createElement(field, props)) as FieldComponent;
    Named.config = { ...field.config, name };
    formFields.register(type, Named);
  }
}
LocalizedFieldNames.$inject = ['formFields'];

/** The form-js viewer module (validator messages and library texts). */
export const FormI18nModule = {
  __init__: ['itsmLocalizedTexts', 'itsmLocalizedValidation'],
  itsmLocalizedTexts: ['type', LocalizedTexts],
  itsmLocalizedValidation: ['type', LocalizedValidation],
};

/** The form-js editor module (library texts and the palette's field names). */
export const FormEditorI18nModule = {
  __init__: ['itsmLocalizedTexts', 'itsmLocalizedFieldNames'],
  itsmLocalizedTexts: ['type', LocalizedTexts],
  itsmLocalizedFieldNames: ['type', LocalizedFieldNames],
};

/** `additionalModules` of every form-js `Form` the UI creates. */
export const formI18nModules = [FormI18nModule];

/** `additionalModules` of the form editor. */
export const formEditorI18nModules = [FormEditorI18nModule];
