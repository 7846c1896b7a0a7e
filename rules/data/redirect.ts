/** Word lists for spotting a redirect to another channel and the context that makes it useful. */

/** Verbs that send the customer somewhere else. */
export const channelVerbs = [
  'contact', 'call', 'ring', 'phone', 'email', 'e-mail', 'reach out to', 'reach out', 'reach', 'get in touch with',
  'dm', 'message', 'pm', 'inbox', 'visit', 'go to', 'head to', 'head over to', 'check with', 'consult', 'speak to',
  'speak with', 'talk to', 'talk with', 'write to', 'tweet', 'click', 'tell us more', 'ask', 'create a new ticket',
  'raise a ticket', 'submit a request', 'submit a ticket', 'open a ticket', 'fill out', 'fill in', 'follow the',
  'send us a dm', 'send me a dm', 'send a dm', 'shoot us a dm', 'shoot me a dm', 'drop us a dm', 'drop us a line',
  'get in touch', 'approach', 'refer to', 'check out',
];

/** Frames that make the channel verb an instruction to the customer. */
export const redirectFrames = [
  'please', 'kindly', 'you can', 'you may', 'you could', 'you might', 'you can always', 'you will need to',
  'you\'ll need to', 'you need to', 'you may wish to', 'you may want to', 'you might want to', 'feel free to',
  'do not hesitate to', 'don\'t hesitate to', 'i recommend', 'we recommend', 'i suggest', 'we suggest',
  'i\'d recommend', 'we\'d recommend', 'i would recommend', 'we would recommend', 'we advise you to',
  'i advise you to', 'request you to', 'we request you to', 'recommend', 'suggest', 'advise', 'can you',
  'could you', 'would you', 'try',
];

/** What the customer should bring: a concrete item makes a redirect useful. */
export const contextItems =
  /\b(?:order|booking|reservation|account|case|ticket|reference|ref|tracking|confirmation|policy|membership|serial|invoice|receipt|transaction)\s*(?:number|no\.?|id|#|email|details|code)\b|\b(?:postcode|zip\s+code|photo|photos|screenshot|screenshots|receipt|receipts|invoice|serial\s+number|email\s+address|phone\s+number|booking\s+reference|utr|upi\s+id|registered\s+(?:mobile|email))\b/;

/** A hand-over or a stated outcome there: "I've passed your details to…", "so we can refund…". */
export const handOver =
  /\b(?:i've|we've|i\s+have|we\s+have)\s+(?:already\s+)?(?:passed|shared|sent|given|forwarded)\s+(?:your|them|him|her)\b|\b(?:they|who)\s+(?:already\s+)?(?:have|know|are\s+expecting)\b|\b(?:so|and)\s+(?:that\s+)?(?:we|i|they)\s*(?:can|will|'ll|could)\s+(?:refund|replace|check\s+(?:your|the)|look\s+up|verify|process|arrange|book|rebook|cancel|reset|update\s+your|fix|sort)\b|\b(?:case|ticket|ref|reference)\s*(?:no\.?|number|#)?\s*[:#]?\s*[a-z]{0,4}-?\d{3,}/;
