import { describe, expect, it } from 'vitest';
import { dialogueDashes, DIALOGUE_DASH_LANGUAGES } from '@/lib/detect/signals/dialogue-dashes';
import { textContext } from '../context';

describe('dialogue-dashes signal', () => {
  it('fires on a quote opened with a dash and closed by a speech verb', () => {
    const evidence = dialogueDashes.run(
      textContext('The mission has ended. – Overall, it’s time to go home, said Putin during a meeting.'),
    );
    expect(evidence?.weight).toBe(0.3);
    expect(evidence?.languages).toEqual(DIALOGUE_DASH_LANGUAGES);
  });

  it('weighs more with two such quotes', () => {
    const text = '– We have accomplished our task, said Putin.\n\n— The withdrawal starts today, added Shoigu.';
    expect(dialogueDashes.run(textContext(text))?.weight).toBe(0.45);
  });

  it('does not fire on a dash-led list without speech verbs', () => {
    const text = 'What changes on Monday:\n\n– Roads around the bridge close.\n– Buses take the ring road.\n– Trams run every ten minutes.';
    expect(dialogueDashes.run(textContext(text))).toBeNull();
  });

  it('does not fire on a dash in the middle of a sentence', () => {
    expect(dialogueDashes.run(textContext('The vote – Tuesday’s second, officials said – passed easily.'))).toBeNull();
  });

  it('does not fire on English quotation marks', () => {
    expect(dialogueDashes.run(textContext('“It is time to go home,” said Putin.'))).toBeNull();
  });
});
