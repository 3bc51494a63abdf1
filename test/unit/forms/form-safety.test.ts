/**
 * What a form must be to be deployed (issue 16 items 5 and 6): only the component types the
 * platform supports, no embedded HTML or pages, images and Markdown without outside content,
 * patterns that RE2 runs without nested repetition, regex FEEL functions with literal patterns.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../lib/paths.ts';
import { formExpressions, formSafetyProblems } from '../../../server/forms/form-safety.ts';

function form(...components: unknown[]) {
  return { id: 'f', type: 'default', components };
}

function fieldsOf(problems: { field: string }[]): string[] {
  return problems.map((p) => p.field);
}

describe('server/forms/form-safety', () => {
  it('when the repository forms and the test fixtures are checked, none has a problem', () => {
    const folders = [
      path.join(projectRoot, 'workflows', 'forms'),
      path.join(projectRoot, 'test', 'fixtures', 'forms'),
    ];
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.form'))) {
        const parsed: unknown = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
        expect(formSafetyProblems(parsed), file).to.deep.equal([]);
      }
    }
  });

  it('when a form has html, iframe, documentPreview, filepicker or unknown components, refuses each by its path and says why', () => {
    // given
    const hostile = form(
      { type: 'textfield', key: 'ok' },
      { type: 'html', id: 'Html_1', content: '<img src="https://tracker.example/x.gif">' },
      {
        type: 'group',
        components: [
          {
            type: 'iframe',
            id: 'Frame_1',
            url: 'https://outside.example',
            security: { allowTopNavigation: true },
          },
        ],
      },
      { type: 'documentPreview', id: 'Docs' },
      { type: 'filepicker', key: 'upload' },
      { type: 'mystery', id: 'M' },
    );

    // when
    const problems = formSafetyProblems(hostile);

    // then
    expect(fieldsOf(problems)).to.deep.equal([
      'components[1].type',
      'components[2].components[0].type',
      'components[2].components[0].url',
      'components[2].components[0].security',
      'components[3].type',
      'components[4].type',
      'components[5].type',
    ]);
    expect(problems[0]!.message).to.equal(
      'the html component "Html_1": "html" components are not allowed (raw HTML can load scripts, styles and images from other sites; use a text component (Markdown))',
    );
    expect(problems[1]!.message).to.match(/"iframe" components are not allowed/);
    expect(problems[3]!.message).to.match(/"security" property .*allow-top-navigation/);
    expect(problems[6]!.message).to.match(/the platform supports only textfield, textarea/);
  });

  it('when an image or a Markdown text points outside the platform or embeds HTML, refuses it; inline and own images pass', () => {
    // given
    const outside = form(
      { type: 'image', source: 'https://outside.example/logo.png' },
      { type: 'image', source: '//outside.example/logo.png' },
      { type: 'image', source: '=logoUrl' },
      { type: 'image', source: 'data:image/png;base64,iVBORw0KGgo=' },
      { type: 'image', source: '/logo.png' },
      { type: 'text', text: '# Title\n\nSee <b>this</b>' },
      { type: 'text', text: '![logo](https://outside.example/logo.png)' },
      { type: 'text', text: '![logo][ref]\n\n[ref]: https://outside.example/logo.png' },
      { type: 'text', text: '[click](javascript:alert(1))' },
      { type: 'text', text: '=description' },
      { type: 'text', text: '**Bold**, a [link](https://docs.example) and ![dot](/dot.png)' },
    );

    // when
    const problems = formSafetyProblems(outside);

    // then
    expect(fieldsOf(problems)).to.deep.equal([
      'components[0].source',
      'components[1].source',
      'components[2].source',
      'components[5].text',
      'components[6].text',
      'components[7].text',
      'components[8].text',
      'components[9].text',
    ]);
    expect(problems[3]!.message).to.match(/raw HTML/);
    expect(problems[4]!.message).to.match(/image from "https:\/\/outside.example\/logo.png"/);
    expect(problems[6]!.message).to.match(/javascript:/);
  });

  it('when a pattern or a regex FEEL function is unsafe or computed, refuses it with the reason', () => {
    // given
    const patterns = form(
      { type: 'textfield', key: 'a', validate: { pattern: '^(a+)+$' } },
      { type: 'textfield', key: 'b', validate: { pattern: '^(?!x)' } },
      { type: 'textfield', key: 'c', validate: { pattern: '^[A-Z]{3}-\\d+$' } },
      { type: 'textfield', key: 'd', conditional: { hide: '=matches(a, "(x+x+)+y")' } },
      { type: 'textfield', key: 'e', conditional: { hide: '=matches(input: a, pattern: b)' } },
      { type: 'textfield', key: 'f', conditional: { hide: '=split(a, "(?<=,)") = []' } },
      { type: 'textfield', key: 'g', conditional: { hide: '=matches(c, "^\\d+$")' } },
    );

    // when
    const problems = formSafetyProblems(patterns);

    // then
    expect(problems).to.have.length(5);
    expect(problems[0]).to.deep.equal({
      field: 'components[0].validate.pattern',
      message:
        'the textfield component "a": the pattern repeats a group that itself repeats (like (a+)+), which can take exponential time to match: rewrite it without nested repetition',
    });
    expect(problems[1]!.field).to.equal('components[1].validate.pattern');
    expect(problems[1]!.message).to.match(/RE2\) does not support/);
    expect(problems[2]).to.deep.include({ field: 'components[3].conditional.hide' });
    expect(problems[2]!.message).to.match(/calls matches\(\) with a pattern that repeats a group/);
    expect(problems[3]!.message).to.match(/calls matches\(\) with a computed pattern/);
    expect(problems[4]!.message).to.match(/calls split\(\) with a pattern that uses a construct/);
  });

  it('when keys clash, names the structural problem the submission check would meet', () => {
    const clash = form({ type: 'textfield', key: 'a' }, { type: 'textfield', key: 'a' });
    expect(formSafetyProblems(clash)).to.deep.equal([
      { field: 'components', message: 'the key "a" is used more than once' },
    ]);
    expect(formSafetyProblems({ id: 'x' })).to.deep.equal([
      { field: 'components', message: 'must be a list of form components' },
    ]);
  });

  it('lists every FEEL expression of the components with its path', () => {
    const withExpressions = form(
      { type: 'textfield', key: 'a', label: '=upper case(x)', conditional: { hide: '=x > 1' } },
      { type: 'group', components: [{ type: 'number', key: 'n', validate: { min: '=lo' } }] },
      { type: 'textfield', key: 'plain', label: 'No expression' },
    );
    expect(formExpressions(withExpressions)).to.deep.equal([
      { field: 'components[0].label', expression: 'upper case(x)' },
      { field: 'components[0].conditional.hide', expression: 'x > 1' },
      { field: 'components[1].components[0].validate.min', expression: 'lo' },
    ]);
  });
});
