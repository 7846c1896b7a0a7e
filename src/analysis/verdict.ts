import type { ReplyKind } from '../types.js';
import type { Resolution } from './resolution.js';

/**
 * A complaint reply is a kiss-off when it offers nothing concrete: no action, no status, no
 * specific ETA, no promise to notify, and no workaround or troubleshooting steps.
 */
export function isKissOff(kind: ReplyKind, resolution: Resolution): boolean {
  if (kind !== 'complaint') return false;
  return (
    resolution.actions.length === 0 &&
    resolution.status.length === 0 &&
    resolution.etaSpecific.length === 0 &&
    resolution.notify.length === 0 &&
    resolution.workarounds.length === 0
  );
}
