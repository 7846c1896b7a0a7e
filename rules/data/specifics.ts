/**
 * Words that carry no point of their own in a customer's message: function words, greetings,
 * and the vocabulary every complaint shares ("problem", "service", "please").
 */
export const stopwords = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each even
ever every few for from further get got had hadn't has hasn't have haven't having he her here hers herself him
himself his how however i i'm i've if in into is isn't it it's its itself just let's like me more most much must
my myself no nor not now of off on once one only or other our ours ourselves out over own really same she should
so some still such than that that's the their theirs them themselves then there these they they're this those
through to too under until up us very was wasn't way we we're were weren't what when where which while who whom
why will with won't would wouldn't yet you you're your yours yourself yourselves
hi hello hey dear thanks thank please pls sorry ok okay yes yeah guys team support service services customer
help issue issues problem problems experience time day days today yesterday week still again already going want
wanted need needed know think said say tell told make made take took come came go went see seen look looking
thing things something anything nothing everything lot lots good bad great better worst best well back new
since ago never always anyone someone people way ways use used using try tried trying able unable`.split(
    /\s+/,
  ),
);
