/** The roles live in lib/ (workers and the record kinds need them too); re-exported here. */
export * from '../../lib/roles.ts';
