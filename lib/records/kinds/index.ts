/** Every record kind declared as data (one file each); the registry checks them at start. */
import type { RecordKind } from '../kind.ts';
import { knownErrorKind } from './known-error.ts';
import { problemKind } from './problem.ts';

export const RECORD_KINDS: readonly RecordKind[] = [problemKind, knownErrorKind];
