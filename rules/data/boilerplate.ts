/**
 * Script phrases that could be pasted into any reply and promise nothing, and vague
 * references that show the problem was never named. Matcher syntax: `a|b` alternatives,
 * `word?` optional, `*` any one word.
 */
export interface BoilerplateEntry {
  phrase: string;
  kind: 'script' | 'vague-reference';
  /** A direct replacement that can be applied as is, or a suggestion to adapt. */
  suggestion: string;
}

const script = (phrase: string, suggestion: string): BoilerplateEntry => ({ phrase, kind: 'script', suggestion });
const vague = (phrase: string, suggestion: string): BoilerplateEntry => ({ phrase, kind: 'vague-reference', suggestion });

export const boilerplate: BoilerplateEntry[] = [
  script('please be assured', 'Say what you have done instead of asking for trust.'),
  script('rest assured', 'Say what you have done instead of asking for trust.'),
  script('we|i can assure you', 'Say what you have done instead of asking for trust.'),
  script('we|we\'re are? dedicated|committed to providing|delivering|offering|ensuring', 'Name the specific change you made for this customer.'),
  script('your satisfaction is our top? priority', 'Show the priority: say what you did and when.'),
  script('customer satisfaction is our top? priority', 'Show the priority: say what you did and when.'),
  script('is our top|utmost|highest priority', 'Show the priority: say what you did and when.'),
  script('we take this|these|such matters|issues|feedback|complaints very? seriously', 'Say what you did about it.'),
  script('we apologize|apologise|apologies for any inconvenience this|that|it may? might? have caused', 'Sorry for the trouble with <the problem>.'),
  script('apologize|apologise|apologies for any inconvenience caused', 'Sorry for the trouble with <the problem>.'),
  script('sorry for any inconvenience this|that|it may? might? have caused', 'Sorry for the trouble with <the problem>.'),
  script('for any inconvenience this|that may have caused', 'for the trouble with <the problem>'),
  script('we|i value your feedback|comments|input|opinion|business', 'Say what the feedback changed.'),
  script('your feedback|comments|input is|are valuable|important|invaluable to us', 'Say what the feedback changed.'),
  script('your feedback|comments|input|opinion means|matters a lot? to us', 'Say what the feedback changed.'),
  script('thank you|thanks for bringing this|it|the matter|these|this issue to our attention', 'Thank you for telling us about <the problem>.'),
  script('thank you|thanks for taking the time to share|write|leave|provide|post', 'Thank you for telling us about <the problem>.'),
  script('thank you|thanks for your valuable|kind|honest? feedback|review|comments', 'Thank you for telling us about <the problem>.'),
  script('thank you|thanks for your patience and understanding', 'Thank you for waiting; here is where it stands: <status>.'),
  script('thank you|thanks for your cooperation|co-operation|understanding', 'Say what happens next instead.'),
  script('we hope you will not allow|let this one? experience|incident', 'Say what you changed so it will not happen again.'),
  script('we|we\'re are? constantly|continuously|always striving|working to', 'Name the specific change you made.'),
  script('we|i strive to|for', 'Name the specific change you made.'),
  script('we|i understand your frustration|concern|concerns|disappointment', 'Name the problem: I understand the <problem> cost you <what>.'),
  script('we regret to learn|hear|know', 'Sorry to hear about <the problem>.'),
  script('appropriate|necessary|corrective action|actions|measures has|have|will be|been taken', 'Say exactly what was done.'),
  script('appropriate|necessary|corrective action|actions|measures are being taken', 'Say exactly what is being done.'),
  script('we|i|we\'ll|i\'ll will? take necessary|appropriate|corrective action|actions|measures|steps', 'Say exactly what you will do and when.'),
  script('we|we\'ll|i|i\'ll will? look into it|this|that', 'Say what you will check, and by when.'),
  script('we|we\'re are? looking into it|this|that', 'Say what you are checking, and by when.'),
  script('it is|was never our intention', 'Say what you did to fix it.'),
  script('this is not the standard|level|experience we', 'Say what you did to fix it.'),
  script('not up to our|the usual? standards', 'Say what you did to fix it.'),
  script('we look forward to welcoming|serving|seeing you again|back', 'Say what will be different next time.'),
  script('hope to see|welcome|serve you again|back', 'Say what will be different next time.'),
  script('your feedback|comments|review|concerns has|have been passed|forwarded|shared|noted|escalated', 'Say who has it, the case number and when they will reply.'),
  script('we|i have passed|forwarded|shared|noted your feedback|comments|review|concerns', 'Say who has it, the case number and when they will reply.'),
  script('we|i have taken note|notes of', 'Say what you did with it.'),
  script('to serve you better', 'Say what will be better and when.'),
  script('have a great|nice|wonderful day|weekend', 'End with the next step instead.'),
  vague('the area|areas you mentioned|highlighted|raised|pointed', 'Name the area: <the pool, the lobby…>.'),
  vague('the issue|issues|problem|problems|points|matter you mentioned|raised|highlighted|experienced|faced|reported', 'Name the problem.'),
  vague('the issues|concerns|points|problems raised|mentioned|highlighted', 'Name the problem.'),
  vague('your concerns', 'Name the problem.'),
  vague('the concerns|concern you have|had', 'Name the problem.'),
  vague('such issues|instances|incidents|matters', 'Name the problem.'),
];
