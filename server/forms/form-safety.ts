import { evaluate, parseExpression } from 'feelin';
import type { FieldProblem } from '../errors.ts';
import { deriveFormSchema } from './form-schema.ts';
import { regexProblem } from './safe-regex.ts';

/**
 * The checks a form passes before it is deployed, so that no deployed form can load other
 * sites' content into the task page or stall the server or a browser: only component types
 * the platform supports, no embedded HTML or pages, images only from the platform itself or
 * inline, regular expressions that RE2 runs and that do not backtrack exponentially. Pure; the
 * FEEL expressions it lists are evaluated once at deploy, off the main thread, by the caller.
 */

/**
 * The form-js component types the platform supports, with what the task page does with them
 * (form-js viewer 1.x renders them; the server validates the input ones).
 */
export const SUPPORTED_COMPONENT_TYPES: ReadonlySet<string> = new Set([
  'textfield',
  'textarea',
  'number',
  'datetime',
  'checkbox',
  'checklist',
  'radio',
  'select',
  'taglist',
  'expression',
  'text',
  'image',
  'table',
  'spacer',
  'separator',
  'group',
  'dynamiclist',
  'button',
]);

/** Why the other form-js types are refused, for the message. */
const REFUSED_TYPES: Record<string, string> = {
  html: 'raw HTML can load scripts, styles and images from other sites; use a text component (Markdown)',
  iframe: 'it embeds a page of another site into the task page',
  documentPreview: 'it loads documents from other addresses, and the platform stores no documents',
  filepicker: 'the platform does not store uploaded files',
};

/** Properties that only embedding components use; their presence anywhere is refused. */
const UNSAFE_PROPERTIES: Record<string, string> = {
  url: 'points the task page at another address',
  security: 'sets the sandbox of an embedded page (e.g. allow-top-navigation)',
};

/** FEEL functions whose argument at `index` (or named `name`) is a regular expression. */
const REGEX_FUNCTIONS: Record<string, { index: number; name: string }> = {
  matches: { index: 1, name: 'pattern' },
  replace: { index: 1, name: 'pattern' },
  split: { index: 1, name: 'delimiter' },
};

const MAX_DEPTH = 32;

/** A FEEL expression of a form (a string property starting with `=`) and where it is. */
export interface FormExpression {
  /** The property's path in the form JSON, e.g. `components[2].conditional.hide`. */
  field: string;
  /** The FEEL source, without the leading `=`. */
  expression: string;
}

/**
 * Every reason to refuse deploying `form`, each with the path of the property at fault; empty
 * when the form may be deployed. Includes the structural problems the server's validation of
 * submissions would meet (keys, nesting, patterns).
 */
export function formSafetyProblems(form: unknown): FieldProblem[] {
  if (!isRecord(form) || !Array.isArray(form.components)) {
    return [{ field: 'components', message: 'must be a list of form components' }];
  }
  const problems: FieldProblem[] = [];
  walkComponents(form.components, 'components', 0, problems);
  for (const { field, expression } of formExpressions(form)) {
    problems.push(...regexFunctionProblems(field, expression));
  }
  try {
    deriveFormSchema(form);
  } catch (err) {
    const message = err instanceof Error ? err.message.replace(/^Invalid form: /, '') : String(err);
    // patterns are reported above, with their path
    if (!message.startsWith('the pattern of ')) problems.push({ field: 'components', message });
  }
  return problems;
}

/** Every FEEL expression of the form's components (any string property starting with `=`). */
export function formExpressions(form: unknown): FormExpression[] {
  const found: FormExpression[] = [];
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH * 3) return;
    if (typeof value === 'string') {
      const body = value.startsWith('=') ? value.slice(1).trim() : '';
      if (body !== '') found.push({ field: path, expression: body });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1));
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`, depth + 1);
    }
  };
  if (isRecord(form) && Array.isArray(form.components)) visit(form.components, 'components', 0);
  return found;
}

function walkComponents(
  components: unknown[],
  path: string,
  depth: number,
  problems: FieldProblem[],
): void {
  if (depth > MAX_DEPTH) {
    problems.push({ field: path, message: 'components are nested too deeply' });
    return;
  }
  components.forEach((component, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(component)) return;
    const type = typeof component.type === 'string' ? component.type : '';
    const name = describe(component, type);
    if (!SUPPORTED_COMPONENT_TYPES.has(type)) {
      const why =
        REFUSED_TYPES[type] ??
        `the platform supports only ${[...SUPPORTED_COMPONENT_TYPES].join(', ')}`;
      problems.push({
        field: `${at}.type`,
        message: `${name}: "${type}" components are not allowed (${why})`,
      });
    }
    for (const [property, why] of Object.entries(UNSAFE_PROPERTIES)) {
      if (component[property] !== undefined) {
        problems.push({
          field: `${at}.${property}`,
          message: `${name}: the "${property}" property is not allowed (it ${why})`,
        });
      }
    }
    if (type === 'image') problems.push(...imageProblems(component.source, `${at}.source`, name));
    if (type === 'text') problems.push(...textProblems(component.text, `${at}.text`, name));
    const validate = component.validate;
    if (isRecord(validate) && typeof validate.pattern === 'string' && validate.pattern !== '') {
      const problem = regexProblem(validate.pattern);
      if (problem) {
        problems.push({
          field: `${at}.validate.pattern`,
          message: `${name}: the pattern ${problem}`,
        });
      }
    }
    if (Array.isArray(component.components)) {
      walkComponents(component.components, `${at}.components`, depth + 1, problems);
    }
  });
}

/** An image's source must be inline (a data: image) or a path on the platform itself. */
function imageProblems(source: unknown, field: string, name: string): FieldProblem[] {
  if (source === undefined || source === null || source === '') return [];
  if (typeof source === 'string' && isSafeImageAddress(source)) return [];
  return [
    {
      field,
      message: `${name}: the image source must be a data:image address or a path on this platform (starting with one "/"), not an outside address or an expression`,
    },
  ];
}

/** Markdown text may not embed raw HTML, outside images or script links. */
function textProblems(text: unknown, field: string, name: string): FieldProblem[] {
  if (typeof text !== 'string') return [];
  if (text.startsWith('=')) {
    return [
      {
        field,
        message: `${name}: computed text (an "=" expression) cannot be checked for outside content; write the text and use {{ }} templates for values`,
      },
    ];
  }
  const problems: FieldProblem[] = [];
  if (/<\s*[a-z!/?]/i.test(text)) {
    problems.push({
      field,
      message: `${name}: the text contains raw HTML ("<…>"), which is not allowed; use Markdown`,
    });
  }
  for (const image of text.matchAll(/!\[[^\]]*\]\s*(\(\s*<?([^)\s>]*)|\[)/g)) {
    const address = image[2];
    if (address === undefined || !isSafeImageAddress(address)) {
      problems.push({
        field,
        message: `${name}: the text shows an image from "${address ?? 'a reference'}"; images must be data:image addresses or paths on this platform`,
      });
    }
  }
  if (/\]\(\s*<?\s*(javascript|vbscript|data):/i.test(text)) {
    problems.push({
      field,
      message: `${name}: the text links to a javascript:, vbscript: or data: address, which is not allowed`,
    });
  }
  return problems;
}

function isSafeImageAddress(address: string): boolean {
  const trimmed = address.trim();
  if (/^data:image\/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/=\s]*$/i.test(trimmed)) return true;
  return /^\/(?![/\\])/.test(trimmed) && !/[\\\s]/.test(trimmed) && !trimmed.includes('{{');
}

/**
 * FEEL `matches`, `replace` and `split` compile their pattern with the browser's backtracking
 * RegExp (form-js evaluates conditions there too): the pattern must be a string literal that
 * passes {@link regexProblem}.
 */
function regexFunctionProblems(field: string, expression: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  let tree;
  try {
    tree = parseExpression(expression, {}, undefined);
  } catch {
    return [];
  }
  const source = (from: number, to: number) => expression.slice(from, to);
  tree.iterate({
    enter(node) {
      if (node.name !== 'FunctionInvocation') return;
      const callee = node.node.firstChild;
      if (!callee) return;
      const fn = REGEX_FUNCTIONS[source(callee.from, callee.to).trim()];
      if (!fn) return;
      const params =
        node.node.getChild('PositionalParameters') ?? node.node.getChild('NamedParameters');
      if (!params) return;
      let argument;
      if (params.name === 'PositionalParameters') {
        let index = 0;
        for (let child = params.firstChild; child; child = child.nextSibling) {
          if (child.name === ',' || child.name === '⚠') continue;
          if (index++ === fn.index) {
            argument = child;
            break;
          }
        }
      } else {
        for (const named of params.getChildren('NamedParameter')) {
          const label = named.getChild('ParameterName');
          if (label && source(label.from, label.to).trim() === fn.name) argument = named.lastChild;
        }
      }
      const fnName = source(callee.from, callee.to).trim();
      if (!argument) return;
      if (argument.name !== 'StringLiteral') {
        problems.push({
          field,
          message: `the expression "${expression}" calls ${fnName}() with a computed pattern; the pattern must be a string literal so it can be checked`,
        });
        return;
      }
      const pattern = stringLiteral(source(argument.from, argument.to));
      const problem = pattern === undefined ? undefined : regexProblem(pattern);
      if (problem) {
        problems.push({
          field,
          message: `the expression "${expression}" calls ${fnName}() with a pattern that ${problem}`,
        });
      }
    },
  });
  return problems;
}

/** The value of a FEEL string literal, as feelin reads it (escapes included). */
function stringLiteral(literal: string): string | undefined {
  try {
    const value: unknown = evaluate(literal).value;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function describe(component: Record<string, unknown>, type: string): string {
  const id =
    typeof component.key === 'string' && component.key !== ''
      ? component.key
      : typeof component.id === 'string'
        ? component.id
        : '';
  return `the ${type || 'untyped'} component${id ? ` "${id}"` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
