import { expect } from 'chai';
import {
  instanceFindings,
  planFindings,
  proposeMapping,
  targetCandidates,
  type MigrationModel,
} from '../../../lib/processes/migration.ts';

/** A process with a user task, a service task and a sub-process holding a user task. */
function model(version: number, extra: Partial<MigrationModel['flowNodes']> = {}): MigrationModel {
  return {
    processId: 'fixture',
    version,
    zeebeUserTasks: new Set(['Task_Review', 'Task_Inner', 'Task_Other']),
    flowNodes: {
      Start: { type: 'bpmn:StartEvent', scopeId: 'fixture' },
      Task_Review: { type: 'bpmn:UserTask', scopeId: 'fixture' },
      Task_Call: { type: 'bpmn:ServiceTask', scopeId: 'fixture' },
      Sub: { type: 'bpmn:SubProcess', scopeId: 'fixture' },
      Task_Inner: { type: 'bpmn:UserTask', scopeId: 'Sub' },
      Task_Other: { type: 'bpmn:UserTask', scopeId: 'fixture' },
      Wait: { type: 'bpmn:IntermediateCatchEvent', scopeId: 'fixture' },
      ...(extra as MigrationModel['flowNodes']),
    },
  };
}

describe('lib/processes/migration', () => {
  const process = { elementId: 'fixture', elementType: 'PROCESS' };

  it('proposes the same element id when it exists in the target with the same type', () => {
    // given an instance in a user task and a sub-process's user task, and a target without Task_Call
    const target = model(2);
    delete (target.flowNodes as Record<string, unknown>).Task_Call;
    const active = [
      process,
      { elementId: 'Task_Review', elementType: 'USER_TASK' },
      { elementId: 'Sub', elementType: 'SUB_PROCESS' },
      { elementId: 'Task_Inner', elementType: 'USER_TASK' },
      { elementId: 'Task_Call', elementType: 'SERVICE_TASK' },
    ];
    // when / then: the process itself and the missing element are not proposed
    expect(proposeMapping(target, active)).to.deep.equal([
      { sourceElementId: 'Task_Review', targetElementId: 'Task_Review' },
      { sourceElementId: 'Sub', targetElementId: 'Sub' },
      { sourceElementId: 'Task_Inner', targetElementId: 'Task_Inner' },
    ]);
    expect(targetCandidates(target, 'USER_TASK')).to.deep.equal([
      'Task_Inner',
      'Task_Other',
      'Task_Review',
    ]);
  });

  it('names an unmapped element, a type change and an element type Zeebe 8.5 cannot move', () => {
    const active = [
      process,
      { elementId: 'Task_Review', elementType: 'USER_TASK' },
      { elementId: 'Task_Call', elementType: 'SERVICE_TASK' },
      { elementId: 'Wait', elementType: 'INTERMEDIATE_CATCH_EVENT' },
    ];
    const findings = instanceFindings(model(1), model(2), active, [
      { sourceElementId: 'Task_Call', targetElementId: 'Task_Other' },
    ]);
    expect(findings.map((f) => [f.code, f.elementId])).to.deep.equal([
      ['UNMAPPED_ELEMENT', 'Task_Review'],
      ['ELEMENT_TYPE_CHANGED', 'Task_Call'],
      ['UNSUPPORTED_ELEMENT_TYPE', 'Wait'],
    ]);
    expect(findings[1]!.message).to.equal(
      'Active element Task_Call (SERVICE_TASK) is mapped to Task_Other, a USER_TASK: an element moves only to one of the same type',
    );
  });

  it('refuses a move out of the flow scope and a change of user task implementation', () => {
    // given a target where Task_Other is a job-worker user task
    const target: MigrationModel = { ...model(2), zeebeUserTasks: new Set(['Task_Review']) };
    const active = [
      { elementId: 'Task_Inner', elementType: 'USER_TASK' },
      { elementId: 'Task_Review', elementType: 'USER_TASK' },
    ];
    const findings = instanceFindings(model(1), target, active, [
      { sourceElementId: 'Task_Inner', targetElementId: 'Task_Review' },
      { sourceElementId: 'Task_Review', targetElementId: 'Task_Other' },
    ]);
    expect(findings.map((f) => [f.code, f.elementId, f.params.targetElementId])).to.deep.equal([
      ['FLOW_SCOPE_CHANGED', 'Task_Inner', 'Task_Review'],
      ['USER_TASK_IMPLEMENTATION_CHANGED', 'Task_Review', 'Task_Other'],
    ]);
    expect(findings[0]!.params).to.include({ expected: 'Sub', actual: 'fixture' });
  });

  it('allows message boundary events and refuses timer ones on the active and the target element', () => {
    const source = model(1, {
      Msg: {
        type: 'bpmn:BoundaryEvent',
        scopeId: 'fixture',
        attachedToId: 'Task_Review',
        eventDefinition: 'Message',
      },
    });
    const target = model(2, {
      Timer: {
        type: 'bpmn:BoundaryEvent',
        scopeId: 'fixture',
        attachedToId: 'Task_Other',
        eventDefinition: 'Timer',
      },
    });
    const mapping = [{ sourceElementId: 'Task_Review', targetElementId: 'Task_Review' }];
    expect(
      instanceFindings(
        source,
        target,
        [{ elementId: 'Task_Review', elementType: 'USER_TASK' }],
        mapping,
      ),
    ).to.deep.equal([]);
    const timerOnActive = model(1, {
      T: {
        type: 'bpmn:BoundaryEvent',
        scopeId: 'fixture',
        attachedToId: 'Task_Review',
        eventDefinition: 'Timer',
      },
    });
    const onBoth = instanceFindings(
      timerOnActive,
      target,
      [{ elementId: 'Task_Review', elementType: 'USER_TASK' }],
      [{ sourceElementId: 'Task_Review', targetElementId: 'Task_Other' }],
    );
    expect(onBoth.map((f) => [f.code, f.params.types])).to.deep.equal([
      ['BOUNDARY_EVENT_ON_ACTIVE_ELEMENT', 'Timer'],
      ['BOUNDARY_EVENT_ON_TARGET_ELEMENT', 'Timer'],
    ]);
  });

  it('refuses a plan with an event sub-process on either side, the same version, or unknown ids', () => {
    const withEvents = model(1, {
      Sub_Cancel: { type: 'bpmn:SubProcess', scopeId: 'fixture', eventSubProcess: true },
    });
    const findings = planFindings(withEvents, withEvents, [
      { sourceElementId: 'Task_Review', targetElementId: 'Nope' },
      { sourceElementId: 'Gone', targetElementId: 'Task_Review' },
      { sourceElementId: 'Task_Review', targetElementId: 'Task_Other' },
    ]);
    expect(findings.map((f) => f.code)).to.deep.equal([
      'SAME_VERSION',
      'EVENT_SUB_PROCESS_IN_SOURCE',
      'EVENT_SUB_PROCESS_IN_TARGET',
      'UNKNOWN_TARGET_ELEMENT',
      'UNKNOWN_SOURCE_ELEMENT',
      'DUPLICATE_SOURCE_ELEMENT',
    ]);
    expect(findings[1]!.message).to.equal(
      'Version 1 has an event sub-process (Sub_Cancel): Zeebe 8.5 cannot migrate instances of a process with event sub-processes',
    );
    expect(planFindings(model(1), model(2), [])).to.deep.equal([]);
  });
});
