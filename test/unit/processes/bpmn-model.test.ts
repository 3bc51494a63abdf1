import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import {
  BpmnParseError,
  describeElement,
  parseBpmn,
  type BpmnFacts,
} from '../../../server/processes/bpmn-model.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/bpmn/${name}`, import.meta.url), 'utf8');
}

async function parseError(xml: string): Promise<BpmnParseError> {
  try {
    await parseBpmn(xml);
  } catch (err) {
    if (err instanceof BpmnParseError) return err;
    throw err;
  }
  throw new Error('expected parseBpmn to reject');
}

const BPMN_HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
  'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_Inline" ' +
  'targetNamespace="http://bpmn.io/schema/bpmn">';

// No DI: parseBpmn reads the semantic model only.
const MIXED_TASKS = `${BPMN_HEADER}
  <bpmn:process id="inline-mixed" isExecutable="true">
    <bpmn:businessRuleTask id="Task_Decide" name="Decide">
      <bpmn:extensionElements>
        <zeebe:calledDecision decisionId="decide" resultVariable="decision" />
      </bpmn:extensionElements>
    </bpmn:businessRuleTask>
    <bpmn:scriptTask id="Task_Compute" name="Compute">
      <bpmn:extensionElements>
        <zeebe:script expression="=1 + 1" resultVariable="sum" />
      </bpmn:extensionElements>
    </bpmn:scriptTask>
    <bpmn:sendTask id="Task_Send" name="Send">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="itsm:test.send:1" />
      </bpmn:extensionElements>
    </bpmn:sendTask>
    <bpmn:userTask id="Task_Triage" name="Triage">
      <bpmn:extensionElements>
        <zeebe:userTask />
        <zeebe:assignmentDefinition candidateGroups="service-desk, resolvers" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:userTask id="Task_Approve" name="Approve">
      <bpmn:extensionElements>
        <zeebe:userTask />
        <zeebe:assignmentDefinition candidateGroups="=approverGroups" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:subProcess id="SubProcess_Work" name="Work">
      <bpmn:serviceTask id="Task_Nested" name="Nested">
        <bpmn:extensionElements>
          <zeebe:taskDefinition type="itsm:test.nested:1" />
        </bpmn:extensionElements>
      </bpmn:serviceTask>
      <bpmn:endEvent id="EndEvent_Failed" name="Failed">
        <bpmn:errorEventDefinition id="ErrorEventDefinition_Failed" errorRef="Error_Failed" />
      </bpmn:endEvent>
      <bpmn:boundaryEvent id="Boundary_Reminder" name="Reminder" cancelActivity="false" attachedToRef="Task_Nested">
        <bpmn:timerEventDefinition id="TimerEventDefinition_Reminder">
          <bpmn:timeCycle>R/PT1H</bpmn:timeCycle>
        </bpmn:timerEventDefinition>
      </bpmn:boundaryEvent>
    </bpmn:subProcess>
    <bpmn:boundaryEvent id="Boundary_AnyError" name="Any error" attachedToRef="SubProcess_Work">
      <bpmn:errorEventDefinition id="ErrorEventDefinition_Any" />
    </bpmn:boundaryEvent>
  </bpmn:process>
  <bpmn:error id="Error_Failed" name="Failed" errorCode="WORK_FAILED" />
</bpmn:definitions>`;

describe('parseBpmn', () => {
  it('when the diagram has a service task and a Zeebe user task, returns the process, the job type and the user task', async () => {
    // given
    const xml = fixture('fixture-service-user.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.processes).to.deep.equal([
      {
        id: 'fixture-service-user',
        name: 'Fixture: service task then user task',
        isExecutable: true,
      },
    ]);
    expect(facts.serviceTasks).to.deep.equal([
      {
        elementId: 'Task_Echo',
        name: 'Echo',
        processId: 'fixture-service-user',
        elementType: 'bpmn:ServiceTask',
        jobType: 'itsm:test.echo:1',
      },
    ]);
    expect(facts.userTasks).to.deep.equal([
      {
        elementId: 'Task_Review',
        name: 'Review',
        processId: 'fixture-service-user',
        isZeebeUserTask: true,
        candidateGroups: ['service-desk'],
        formId: 'fixture-service-user.review',
        dueDate: '=dueAt',
      },
    ]);
    expect(facts.executionPlatform).to.equal('Camunda Cloud');
    expect(facts.executionPlatformVersion).to.equal('8.5.0');
  });

  it('when a service task has an error boundary event, returns the caught error code and the task it is attached to', async () => {
    // given
    const xml = fixture('fixture-error-boundary.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.serviceTasks.map((t) => [t.elementId, t.jobType, t.retries])).to.deep.equal([
      ['Task_MayFail', 'itsm:test.may-fail:1', '3'],
    ]);
    expect(facts.caughtErrors).to.deep.equal([
      {
        elementId: 'Boundary_Rejected',
        name: 'Rejected',
        processId: 'fixture-error-boundary',
        kind: 'boundary',
        errorCode: 'TEST_REJECTED',
        errorId: 'Error_TestRejected',
        attachedToId: 'Task_MayFail',
      },
    ]);
  });

  it('when an event sub-process starts on an error, returns the error as caught for the whole process', async () => {
    // given
    const xml = fixture('fixture-message-events.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.caughtErrors).to.deep.equal([
      {
        elementId: 'StartEvent_Failed',
        name: 'Failed',
        processId: 'fixture-message-events',
        kind: 'eventSubProcess',
        errorCode: 'TEST_REJECTED',
        errorId: 'Error_TestFailed',
        eventSubProcessId: 'SubProcess_HandleFailure',
        scopeId: 'fixture-message-events',
      },
    ]);
  });

  it('when the process starts on a message, returns the message name', async () => {
    // given
    const xml = fixture('fixture-message-events.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.messageStartEvents).to.deep.equal([
      {
        elementId: 'StartEvent_TestRequested',
        name: 'Test requested',
        processId: 'fixture-message-events',
        messageName: 'Msg_TestRequested',
        messageId: 'Message_TestRequested',
      },
    ]);
  });

  it('when a message end event is implemented by a worker, returns its job type', async () => {
    // given
    const xml = fixture('fixture-message-events.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.serviceTasks.map((t) => [t.elementId, t.elementType, t.jobType])).to.deep.equal([
      ['Task_MayFail', 'bpmn:ServiceTask', 'itsm:test.may-fail:1'],
      ['EndEvent_FailureNotified', 'bpmn:EndEvent', 'itsm:test.notify:1'],
    ]);
  });

  it('when the process waits on a timer, returns the timer with its duration', async () => {
    // given
    const xml = fixture('fixture-timer.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.timers).to.deep.equal([
      {
        elementId: 'Timer_OneHour',
        name: 'One hour later',
        processId: 'fixture-timer',
        eventKind: 'intermediateCatch',
        timerType: 'timeDuration',
        expression: 'PT1H',
        interrupting: true,
      },
    ]);
  });

  it('when a user task has no zeebe:userTask, returns it as a job-worker user task', async () => {
    // given
    const xml = fixture('invalid-job-worker-user-task.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.userTasks.map((t) => [t.elementId, t.isZeebeUserTask])).to.deep.equal([
      ['Task_Review', false],
    ]);
  });

  it('when the process is not executable, returns it with isExecutable false', async () => {
    // given
    const xml = fixture('invalid-not-executable.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.processes).to.deep.equal([
      { id: 'invalid-not-executable', name: 'Invalid: not executable', isExecutable: false },
    ]);
  });

  it('when the diagram declares Camunda 8.8, returns the declared version unchanged', async () => {
    // given
    const xml = fixture('invalid-unsupported-feature.bpmn');

    // when
    const facts = await parseBpmn(xml);

    // then
    expect(facts.executionPlatformVersion).to.equal('8.8.0');
  });

  describe('with tasks the engine runs itself, nested scopes and catch-all errors', () => {
    let facts: BpmnFacts;

    before(async () => {
      facts = await parseBpmn(MIXED_TASKS);
    });

    it('when a business rule task calls a decision or a script task has a FEEL script, does not count them as jobs', () => {
      // given the inline diagram
      // when parsed (before)
      // then
      expect(facts.serviceTasks.map((t) => t.elementId)).to.deep.equal([
        'Task_Send',
        'Task_Nested',
      ]);
    });

    it('when a service task is inside a sub-process, returns it with the top-level process id', () => {
      // given the inline diagram
      // when parsed (before)
      // then
      expect(facts.serviceTasks.find((t) => t.elementId === 'Task_Nested')).to.include({
        processId: 'inline-mixed',
        jobType: 'itsm:test.nested:1',
      });
    });

    it('when candidate groups are a list or an expression, returns the list or the expression', () => {
      // given the inline diagram
      // when parsed (before)
      // then
      const [triage, approve] = facts.userTasks;
      expect(triage?.candidateGroups).to.deep.equal(['service-desk', 'resolvers']);
      expect(approve?.candidateGroups).to.deep.equal([]);
      expect(approve?.candidateGroupsExpression).to.equal('=approverGroups');
    });

    it('when an end event throws an error, returns the thrown error code', () => {
      // given the inline diagram
      // when parsed (before)
      // then
      expect(facts.thrownErrors).to.deep.equal([
        {
          elementId: 'EndEvent_Failed',
          name: 'Failed',
          processId: 'inline-mixed',
          errorCode: 'WORK_FAILED',
          errorId: 'Error_Failed',
        },
      ]);
    });

    it('when an error boundary event has no errorRef, returns it as catching every error', () => {
      // given the inline diagram
      // when parsed (before)
      // then
      const caught = facts.caughtErrors.find((e) => e.elementId === 'Boundary_AnyError');
      expect(caught).to.deep.equal({
        elementId: 'Boundary_AnyError',
        name: 'Any error',
        processId: 'inline-mixed',
        kind: 'boundary',
        attachedToId: 'SubProcess_Work',
      });
    });

    it('when a non-interrupting boundary timer cycles, returns it as non-interrupting with its cycle', () => {
      // given the inline diagram
      // when parsed (before)
      // then
      expect(facts.timers).to.deep.equal([
        {
          elementId: 'Boundary_Reminder',
          name: 'Reminder',
          processId: 'inline-mixed',
          eventKind: 'boundary',
          timerType: 'timeCycle',
          expression: 'R/PT1H',
          attachedToId: 'Task_Nested',
          interrupting: false,
        },
      ]);
    });
  });

  it('when a closing tag is missing, rejects with a BpmnParseError naming line and column', async () => {
    // given
    const xml = fixture('fixture-timer.bpmn').replace('</bpmn:serviceTask>', '');

    // when
    const err = await parseError(xml);

    // then
    expect(err.message).to.equal(
      'Invalid BPMN XML: line 27, column 3: closing tag mismatch (at </bpmn:process>)',
    );
    expect(err.issues).to.have.length(1);
  });

  it('when the document is not XML at all, rejects with a BpmnParseError', async () => {
    // given
    const xml = 'this is not a diagram';

    // when
    const err = await parseError(xml);

    // then
    expect(err.message).to.match(/^Invalid BPMN XML: line 1, column 1: missing start tag/);
  });

  it('when the root element is not bpmn:definitions, rejects with a BpmnParseError', async () => {
    // given
    const xml = '<?xml version="1.0"?>\n<html><body>hello</body></html>';

    // when
    const err = await parseError(xml);

    // then
    expect(err.message).to.match(/^Invalid BPMN XML: line 2, column 1: unexpected element <html>/);
  });

  it('when an element has an unknown BPMN type, rejects instead of dropping the element', async () => {
    // given
    const xml = fixture('fixture-timer.bpmn').replace(
      '<bpmn:endEvent id="EndEvent_Done" name="Done">',
      '<bpmn:endEvnt id="Typo" /><bpmn:endEvent id="EndEvent_Done" name="Done">',
    );

    // when
    const err = await parseError(xml);

    // then
    expect(err.issues[0]?.message).to.equal('unknown type <bpmn:EndEvnt> (at <bpmn:endEvnt>)');
  });

  it('when an extension element has an attribute the Zeebe schema does not know, rejects naming the task', async () => {
    // given
    const xml = fixture('fixture-timer.bpmn').replace(
      '<zeebe:taskDefinition type="itsm:test.echo:1" />',
      '<zeebe:taskDefinition type="itsm:test.echo:1" zeebe:retriez="5" />',
    );

    // when
    const err = await parseError(xml);

    // then
    expect(err.issues).to.deep.equal([
      { message: 'unknown attribute <zeebe:retriez> (in Task_Echo)', elementId: 'Task_Echo' },
    ]);
  });

  it('when a sequence flow points to a missing element, rejects naming the flow', async () => {
    // given
    const xml = fixture('fixture-timer.bpmn').replace(
      'sourceRef="Task_Echo" targetRef="EndEvent_Done"',
      'sourceRef="Task_Echo" targetRef="EndEvent_Gone"',
    );

    // when
    const err = await parseError(xml);

    // then
    expect(err.issues).to.deep.include({
      message: 'targetRef of Flow_ToDone refers to "EndEvent_Gone", which is not in the diagram',
      elementId: 'Flow_ToDone',
    });
  });
});

describe('describeElement', () => {
  it('when the element has a name, names its type, name and id', async () => {
    // given
    const facts = await parseBpmn(fixture('fixture-service-user.bpmn'));

    // when
    const text = describeElement(facts, 'Task_Review');

    // then
    expect(text).to.equal('user task "Review" (Task_Review)');
  });

  it('when the element has no name, names its type and id', async () => {
    // given
    const facts = await parseBpmn(fixture('fixture-service-user.bpmn'));

    // when
    const text = describeElement(facts, 'Flow_ToEcho');

    // then
    expect(text).to.equal('sequence flow Flow_ToEcho');
  });

  it('when no element has the id, names the id only', async () => {
    // given
    const facts = await parseBpmn(fixture('fixture-service-user.bpmn'));

    // when
    const text = describeElement(facts, 'Nowhere');

    // then
    expect(text).to.equal('element Nowhere');
  });
});
