/** Word lists for spotting a redirect to another channel and the context that makes it useful. */

/** Verbs that send the customer to someone else (a team, a third party, another line). */
export const contactVerbs = [
  'contact',
  'call',
  'ring',
  'phone',
  'email',
  'e-mail',
  'reach out to',
  'reach out',
  'reach',
  'get in touch with',
  'check with',
  'consult',
  'speak to',
  'speak with',
  'talk to',
  'talk with',
  'write to',
  'ask',
  'approach',
  'refer to',
  'get in touch',
];

/** Verbs that are a channel in themselves: a DM, a new ticket, a link to click. */
export const channelVerbs = [
  'dm',
  'direct message',
  'message',
  'pm',
  'inbox',
  'tweet',
  'send us a dm',
  'send me a dm',
  'send a dm',
  'shoot us a dm',
  'shoot me a dm',
  'drop us a dm',
  'drop us a line',
  'tell us more',
  'create a new ticket',
  'raise a ticket',
  'open a ticket',
  'submit a request',
  'submit a ticket',
  'raise a request',
  'click',
];

/** Frames that make the verb an instruction or a suggestion to the customer. */
export const redirectFrames = [
  'please',
  'kindly',
  'you can',
  'you may',
  'you could',
  'you might',
  'you can always',
  'you will need to',
  "you'll need to",
  'you need to',
  'you may wish to',
  'you may want to',
  'you might want to',
  'feel free to',
  'do not hesitate to',
  "don't hesitate to",
  'i recommend',
  'we recommend',
  'i suggest',
  'we suggest',
  "i'd recommend",
  "we'd recommend",
  'i would recommend',
  'we would recommend',
  'we advise you to',
  'i advise you to',
  'request you to',
  'we request you to',
  'recommend',
  'suggest',
  'advise',
  'can you',
  'could you',
  'would you',
  'try',
  'best to',
  'better to',
];

/** A different channel named after "us": "DM us", "reach us via the app", "contact us here: <link>". */
export const otherChannel =
  /^\s*(?:directly\s+)?(?:via|through|on|at|here|by\s+(?:phone|email|dm)|in\s+dm|in-app|using)\b|\b(?:dm|direct\s+message|in-app|app|website|helpline|hotline|link|support\s+page|_{3,})\b/;

/** The customer's own writer: "contact me directly" keeps the case with the writer. */
export const personalTarget = /^\s*(?:me|my|him|her|the\s+undersigned)\b/;

/** What the customer should bring: a concrete item makes a redirect useful. */
export const contextItems =
  /\b(?:order|booking|reservation|account|case|ticket|reference|ref|tracking|confirmation|policy|membership|serial|invoice|receipt|transaction|contact|record)\s*(?:number|no\.?|id|#|email|details|code|locator|info)\b|\b(?:postcode|zip\s+code|photos?|screenshots?|receipts?|invoices?|serial\s+number|email\s+address|phone\s+number|booking\s+reference|utr|upi\s+id|registered\s+(?:mobile|email)|record\s+locator)\b/;

/** Bringing something: "DM us your order number", "DM a photo of the label". */
export const bringPattern =
  /^\s*(?:us|me)?\s*(?:your|a|an|the)\s+(?!(?:team|support|store|bank|provider|insurer|manufacturer|vendor|operator|department|desk|customer|link)\b)[a-z-]+/;

/** A hand-over or a stated outcome there: "I've passed your details to…", "so we can refund…". */
export const handOver =
  /\b(?:i've|we've|i\s+have|we\s+have)\s+(?:already\s+)?(?:passed|shared|sent|given|forwarded)\s+(?:your|them|him|her)\b|\b(?:they|who)\s+(?:already\s+)?(?:have|know\s+about|are\s+expecting)\s+(?:your|the|all\s+(?:your|the))\s+(?:details|case|file|booking|information|notes|claim|order|request|reference)\b|\bare\s+expecting\s+(?:you|your)\b|\b(?:case|ticket|ref|reference)\s*(?:no\.?|number|#)?\s*[:#]?\s*[a-z]{0,4}-?\d{3,}|\bby\s+(?:raising|sharing|providing|sending|selecting|choosing|quoting)\b/;

/** What will happen there, when it is an act and not more talk. */
export const outcome =
  /\b(?:so\s+(?:that\s+)?|and\s+)(?:we|i|they|someone|the\s+team)\s*(?:can|will|'ll|could)\s+(?!help\b|assist\b|chat\b|talk\b|continue\b|discuss\b|gather\b|look\b|take\s+a\s+look\b|go\b|get\s+more\b|be\s+happy\b|definitely\s+assist\b)[a-z]+/;
