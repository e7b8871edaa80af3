-- factdb schema, version 8: a claim's stance, apart from its hedge.
-- Before it, a question, request, promise or naming ("asked whether", "urged X to", "called it") was
-- stored as a hedged claim, which overloaded `hedged`; now `hedged` is a hedge on the content itself
-- ("may", "reportedly", "suggested") and `stance` says whether the source asserts the content at all.

ALTER TABLE claims ADD COLUMN stance TEXT NOT NULL DEFAULT 'asserted' CHECK (stance IN ('asserted', 'question', 'request', 'promise', 'naming', 'wish')); -- what the source does with the content: asserts it, asks it ("asked whether"), requests it ("urged X to", "called for"), promises it ("promised to"), names something ("called it a disgrace") or wishes it ("wants the talks to resume")

-- Claims stored before this version: the stance their cue gives (the cue words of
-- data/lexicon/cues.txt at this version; "calls" is read as the verb, naming, not the noun of "his
-- calls for"); a re-import sets it, and their hedge, from the text.
UPDATE claims SET stance = 'question'
 WHERE lower(cue) IN ('ask', 'asks', 'asked', 'asking', 'wonders', 'wondered', 'wondering', 'demur',
                      'demurs', 'demurred', 'question', 'questions');
UPDATE claims SET stance = 'request'
 WHERE lower(cue) IN ('urge', 'urges', 'urged', 'urging', 'call for', 'calls for', 'called for',
                      'calling for', 'call on', 'calls on', 'called on', 'calling on', 'encourage',
                      'encourages', 'encouraged', 'encouraging', 'requests', 'requested', 'requesting',
                      'request', 'demand', 'demands', 'demanded', 'demanding');
UPDATE claims SET stance = 'promise'
 WHERE lower(cue) IN ('promise', 'promises', 'promised', 'promising');
UPDATE claims SET stance = 'naming'
 WHERE lower(cue) IN ('describe', 'describes', 'described', 'call', 'calls', 'called', 'calling',
                      'portray', 'portrays', 'portrayed', 'portraying')
   AND stance = 'asserted';
UPDATE claims SET stance = 'wish'
 WHERE lower(cue) IN ('want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'hoping', 'prefer',
                      'prefers', 'preferred');
