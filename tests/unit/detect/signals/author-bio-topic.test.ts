import { describe, expect, it } from 'vitest';
import { authorBioTopic } from '@/lib/detect/signals/author-bio-topic';
import type { DetectionContext } from '@/lib/detect/signal';
import { textContext } from '../context';

/** A politics story of about 170 words: long enough to say what it is about. */
const POLITICS = [
  'Parliament approved the budget on Tuesday after a debate that lasted well into the night.',
  'The governing coalition won the vote by twelve seats, and the opposition promised to challenge several measures in court.',
  'The finance minister said the plan would cut the deficit within three years without raising income taxes.',
  'Opposition leaders argued that the spending cuts would hit hospitals and schools in the poorest regions first.',
  'Several members of the ruling party abstained, a sign of tension inside the coalition before the regional elections in autumn.',
  'The president has two weeks to sign the bill or send it back to the chamber.',
  'Analysts said a veto was unlikely, since the president backed most of the reforms during the campaign.',
  'Unions have called a strike for next month, saying the wage freeze for public workers breaks an earlier promise.',
  'The government said it would meet union leaders on Friday to discuss the details.',
  'Markets barely moved after the vote, and the currency held steady against the euro.',
].join(' ');

/** A story about a console launch, of the same length. */
const GAMES = [
  'Sony sold more than two million units of its new PlayStation console in the first week, the company said on Monday.',
  'Gamers queued outside shops in Tokyo, London and New York, and several retailers ran out of stock within hours.',
  'The launch comes as Microsoft cuts the price of the Xbox and Nintendo prepares a successor to its hybrid machine.',
  'Analysts said the video game market had slowed after the pandemic boom, but that big releases still drove sales.',
  'The console costs about five hundred dollars, a little more than its predecessor, and ships with a new controller.',
  'Developers have praised its faster storage, which cuts loading times in large open worlds.',
  'Sony said that more than thirty games would be available by the end of the year, including two exclusive titles.',
  'Shares in the company rose three percent in Tokyo after the figures were published, their best day in a month.',
].join(' ');

function withBio(bio: string, text = POLITICS, kind: 'author-box' | 'promo' = 'author-box'): DetectionContext {
  return textContext(text, { blocks: [{ kind, text: bio }] });
}

describe('author-bio-topic signal', () => {
  it('the test articles are long enough to judge', () => {
    expect((POLITICS.match(/\p{L}+/gu) ?? []).length).toBeGreaterThanOrEqual(150);
    expect((GAMES.match(/\p{L}+/gu) ?? []).length).toBeGreaterThanOrEqual(150);
  });

  it('fires on a video-game bio under a politics story', () => {
    const evidence = authorBioTopic.run(
      withBio('Jake is a lifelong gamer who covers PlayStation and Xbox news. When he is not gaming, he streams retro games.'),
    );
    expect(evidence?.weight).toBe(0.2);
    expect(evidence?.detail).toContain('The author box is about video games');
    expect(evidence?.detail).toContain('never mentions');
    // It says nothing about the source language.
    expect(evidence?.languages).toBeUndefined();
  });

  it('names every off-topic subject of the bio', () => {
    const evidence = authorBioTopic.run(withBio('Marek writes about crypto and bitcoin, and shares his favourite recipes on weekends.'));
    expect(evidence?.weight).toBe(0.2);
    expect(evidence?.detail).toContain('cryptocurrencies');
    expect(evidence?.detail).toContain('cooking');
  });

  it('reads every author box on the page', () => {
    const context = textContext(POLITICS, {
      blocks: [
        { kind: 'author-box', text: 'Anna covers parliament for the paper.' },
        { kind: 'author-box', text: 'Eva is a fashion and beauty writer who loves skincare.' },
      ],
    });
    expect(authorBioTopic.run(context)?.detail).toContain('fashion and beauty');
  });

  it.each([
    'Anna covers politics and parliament for the paper. She likes hiking in the mountains with her dog.',
    'Tom has covered Congress for 20 years. He lives in Maryland with his wife and two children.',
    'Maria is our chief political correspondent and the author of two books on European elections.',
  ])('stays silent on an honest political reporter’s bio: %s', (bio) => {
    expect(authorBioTopic.run(withBio(bio))).toBeNull();
  });

  it('stays silent on a gaming bio when the article is about video games', () => {
    expect(authorBioTopic.run(withBio('Jake is a lifelong gamer who covers PlayStation and Xbox news.', GAMES))).toBeNull();
  });

  it('stays silent when the article is too short to say what it is about', () => {
    expect(authorBioTopic.run(withBio('Jake is a lifelong gamer.', 'Parliament approved the budget on Tuesday.'))).toBeNull();
  });

  it('reads author boxes only, and nothing in text mode', () => {
    expect(authorBioTopic.run(withBio('Win big at our partner casino! Betting bonus inside.', POLITICS, 'promo'))).toBeNull();
    expect(authorBioTopic.run(textContext(`${POLITICS} Jake is a lifelong gamer.`))).toBeNull();
  });
});
