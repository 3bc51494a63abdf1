/**
 * The engine's refusals reach clients shortened (issue 16 item 7): the lines a process owner
 * can act on, without gRPC codes, Java class names or stack frames, at most 300 characters.
 */
import { expect } from 'chai';
import {
  MAX_ENGINE_MESSAGE,
  shortEngineMessage,
} from '../../../server/processes/engine-message.ts';

describe('server/processes/engine-message', () => {
  it('when Zeebe refuses a deployment, keeps the element and the error, without gRPC and command codes', () => {
    // given: the shape of a Zeebe 8.5 deployment rejection as the gRPC client reports it
    const raw =
      "Deploying: 3 INVALID_ARGUMENT: Command 'CREATE' rejected with code 'INVALID_ARGUMENT': " +
      'Expected to deploy new resources, but encountered the following errors:\n' +
      "'it-engine.bpmn': - Element: Task_Retries\n" +
      "    - ERROR: Expected static value to be a valid Number, but found 'many'\n";

    // when
    const short = shortEngineMessage(raw, 'Deploying: ');

    // then
    expect(short).to.equal(
      "'it-engine.bpmn': - Element: Task_Retries - ERROR: Expected static value to be a valid Number, but found 'many'",
    );
  });

  it('when the message carries Java class names and a stack trace, drops them', () => {
    // given
    const raw =
      '13 INTERNAL: io.camunda.zeebe.engine.processing.deployment.DeploymentException: Could not parse the form\n' +
      '\tat io.camunda.zeebe.engine.processing.deployment.FormTransformer.transform(FormTransformer.java:42)\n' +
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)\n' +
      'Caused by: com.fasterxml.jackson.core.JsonParseException: Unexpected character\n' +
      '\t... 12 more';

    // when
    const short = shortEngineMessage(raw);

    // then
    expect(short).to.equal('Could not parse the form');
  });

  it(`when the message is long, cuts it at ${MAX_ENGINE_MESSAGE} characters with an ellipsis`, () => {
    // given
    const raw = `ERROR: ${'Element: Task_x has a problem. '.repeat(40)}`;

    // when
    const short = shortEngineMessage(raw);

    // then
    expect(short.length).to.be.at.most(MAX_ENGINE_MESSAGE);
    expect(short.endsWith('…')).to.equal(true);
    expect(short.startsWith('ERROR: Element: Task_x has a problem.')).to.equal(true);
  });

  it('when nothing is left, says the engine gave no reason', () => {
    expect(shortEngineMessage('3 INVALID_ARGUMENT: ')).to.equal(
      'The engine refused the request without a reason',
    );
  });
});
