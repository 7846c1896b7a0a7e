/**
 * Word lists the resolution analysis builds its clause patterns from. These are general
 * English vocabulary (verbs, nouns, time words), never whole reply sentences.
 */

/** Verbs that name a concrete act on the customer's problem (base forms). */
export const actionVerbs = [
  'activate', 'add', 'address', 'adjust', 'allocate', 'amend', 'apply', 'approve', 'arrange', 'assign', 'attend to',
  'audit', 'block', 'book', 'brief', 'cancel', 'change', 'chase', 'check', 'clean', 'clear', 'coach', 'collect',
  'compensate', 'complete', 'conduct', 'contact', 'correct', 'credit', 'deactivate', 'delete', 'deliver', 'deploy',
  'diagnose', 'disable', 'discipline', 'dispatch', 'enable', 'escalate', 'examine', 'exchange', 'expedite', 'extend',
  'file', 'find', 'fix', 'flag', 'follow up with', 'freeze', 'hire', 'honour', 'honor', 'identify', 'implement',
  'initiate', 'inspect', 'install', 'instruct', 'introduce', 'investigate', 'isolate', 'issue', 'launch', 'locate',
  'look into', 'look at', 'meet', 'move', 'open', 'order', 'pack', 'paint', 'patch', 'pick up', 'post', 'prioritise',
  'prioritize', 'process', 'pull', 'raise', 'reactivate', 'rebook', 'rebuild', 'recover', 'rectify', 'redo',
  'refund', 'refurbish', 'reimburse', 'reinstate', 'release', 'relink', 'remove', 'renovate', 'reorder', 'repair',
  'repay', 'replace', 'reproduce', 'request', 'reschedule', 'resend', 'reset', 'reship', 'resolve', 'restore',
  'resubmit', 'retrain', 'retrieve', 'return', 'reverse', 'review', 'roster', 'run', 'schedule', 'send', 'ship',
  'sort out', 'sort', 'speak to', 'speak with', 'start', 'stop', 'submit', 'switch', 'talk to', 'talk with', 'test',
  'trace', 'track down', 'train', 'transfer', 'unblock', 'unlock', 'update', 'upgrade', 'verify', 'waive',
  'raise a complaint', 'take ownership', 'take up',
];

/** Of those, the ones whose future ("I'll …") is still too vague to count as an action. */
export const vagueFutureVerbs = ['look into', 'look at', 'investigate', 'review', 'check', 'address', 'take up'];

/** Verbs that hand a message on; they count only with an owner, a case number or a follow-up. */
export const handOffVerbs = [
  'pass on', 'pass', 'forward', 'share', 'relay', 'convey', 'communicate', 'note', 'log', 'record', 'escalate',
];

/** Passive participles of a finished fix: "has been fixed", "is resolved". */
export const completedParticiples = [
  'fixed', 'resolved', 'refunded', 'credited', 'replaced', 'restored', 'corrected', 'sorted', 'sorted out',
  'processed', 'completed', 'approved', 'released', 're-released', 'reinstated', 'repaired', 'rectified', 'reversed',
  'waived', 'removed', 'cancelled', 'canceled', 'unblocked', 'unlocked', 'reset', 'updated', 'upgraded', 'delivered',
  'shipped', 'dispatched', 'sent', 'rebooked', 'reimbursed', 'cleaned', 'installed', 'deployed', 'patched',
  'briefed', 'trained', 'changed', 'handled', 'addressed', 'attended', 'reissued', 'issued', 'paid', 'cleared',
  'finished', 'closed', 'done', 'booked', 'scheduled', 'created', 'logged', 'opened', 'raised', 'renovated',
  'refurbished', 'repainted', 'activated', 'reactivated', 'verified', 'honoured', 'honored',
];

/** Work nouns that make "we are working on a …" a real status. */
export const workNouns = [
  'fix', 'patch', 'solution', 'update', 'replacement', 'repair', 'refund', 'resolution', 'release', 'workaround',
  'upgrade', 'claim', 'case', 'order', 'booking', 'return', 'exchange', 'delivery', 'outage', 'issue with',
];

/** Who acts for the company: the subjects of an action. */
export const agentNouns = [
  'team', 'teams', 'crew', 'staff', 'engineer', 'engineers', 'technician', 'technicians', 'department', 'manager',
  'management', 'agent', 'agents', 'colleague', 'colleagues', 'specialist', 'specialists', 'developers', 'developer',
  'partner', 'store', 'hotel', 'courier', 'supervisor', 'director', 'chef', 'fitter', 'driver', 'desk', 'office',
  'representative', 'lead', 'housekeeping', 'maintenance', 'security',
];

/** Owners that make a hand-off real ("to a case manager", "to our billing team"). */
export const ownerNouns = [
  'manager', 'engineer', 'engineers', 'specialist', 'specialists', 'supervisor', 'technician', 'director',
  'billing team', 'refunds team', 'technical team', 'tech team', 'security team', 'claims team', 'appeals unit',
];

/** Verbs of contacting the customer, for a promise to notify. */
export const notifyVerbs = [
  'notify', 'update', 'inform', 'contact', 'email', 'e-mail', 'text', 'call', 'ring', 'phone', 'message', 'dm',
  'write to', 'reach out to', 'get back to', 'revert', 'follow up with', 'check back with', 'keep you posted',
  'keep you updated', 'keep you informed', 'keep you in the loop', 'let you know', 'drop you', 'mail', 'be in touch',
  'get in touch with', 'send you', 'confirm', 'provide you with an update', 'respond to', 'reply to',
];

/** What the customer receives when the company notifies them. */
export const notificationNouns = [
  'email', 'e-mail', 'text', 'sms', 'notification', 'update', 'message', 'call', 'phone call', 'letter', 'reply',
  'response', 'confirmation', 'dm', 'alert',
];

/** Time words without a bound: a vague ETA. */
export const vagueTimes = [
  'soon', 'shortly', 'asap', 'as soon as possible', 'as soon as we can', 'as quickly as possible', 'as fast as we can',
  'at the earliest', 'at the earliest opportunity', 'in due course', 'in a timely manner', 'in the near future',
  'promptly', 'immediately', 'immediate action', 'on priority', 'on a priority basis', 'right away', 'quickly',
  'at the earliest possible', 'earliest available', 'in a while', 'in a bit', 'just a moment', 'a moment',
  'before long', 'any time now', 'expeditiously', 'swiftly', 'without delay',
];

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const months = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
export const durationUnits = ['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'mins', 'hrs'];
export const numberWords = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fourteen',
  'fifteen', 'twenty', 'thirty', 'forty-eight', 'twenty-four', 'a', 'an', 'a couple of', 'couple of', 'a few', 'few',
];

/** Thanks, apology and sympathy (the acknowledgement a kiss-off hides behind). */
export const acknowledgementStems = [
  'thank', 'thanks', 'apolog', 'sorry', 'regret', 'appreciate', 'understand your', 'we understand', 'i understand',
  'sympath', 'empathi', 'hear that', 'hear about', 'frustrat', 'disappoint', 'inconvenience',
];

/** Imperative openings of troubleshooting steps or a workaround: substance, not a kiss-off. */
export const workaroundVerbs = [
  'try', 'restart', 'reboot', 'reinstall', 'uninstall', 'clear', 'go to', 'tap', 'click', 'select', 'open',
  'navigate to', 'log out', 'sign out', 'log in', 'sign in', 'turn off', 'turn on', 'switch off', 'switch on',
  'enable', 'disable', 'update', 'unplug', 'plug', 'reset', 'check that', 'make sure', 'ensure', 'head to', 'visit',
  'use', 'install', 'toggle', 'force close', 'delete', 'remove', 'hold',
];
