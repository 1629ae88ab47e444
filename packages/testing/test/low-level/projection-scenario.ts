import type { Scenario } from '../other-clients/same-on-both.js';
import { getItem, key, n, putItem, s } from './low-level-steps.js';

const K = key('projections');

/** Projection expressions on get: nested paths, list indexes, missing parts and refusals. */
export const projectionScenario: Scenario = (backend) => {
  const project = (expression: string) => () => getItem(backend, K, expression);
  return {
    seed: () =>
      putItem(backend, {
        ...K,
        a: s('a'),
        list: { L: [s('zero'), { M: { x: n('1'), y: n('2') } }, { L: [s('deep')] }] },
        map: { M: { inner: { M: { deep: n('7'), other: s('o') } }, s: s('x') } },
        'dotted.name': s('dotted'),
      }),
    topLevel: project('a, pk'),
    nested: project('map.inner.deep, map.s'),
    listIndexes: project('list[2][0], list[1].y, list[0]'),
    missingParts: project('nope, map.nope, list[9], a'),
    onlyMissing: project('nope'),
    indexOnMap: project('map[0]'),
    dottedNeedsName: project('dotted.name'),
    overlapping: project('map, map.s'),
    sameTwice: project('a, a'),
    emptyProjection: project(''),
    trailingComma: project('a,'),
    reservedWord: project('name'),
    leadingZeroIndex: project('list[01]'),
    missingItem: () => getItem(backend, key('none'), 'a'),
  };
};
