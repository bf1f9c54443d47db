import { describe, expect, it } from 'vitest';
import { phrases, compilePattern } from '@/lib/flags/rules/phrases';
import { FLAG_DATA } from '@/lib/flags/data';
import { FLAG_CATEGORIES } from '@/lib/report';
import { expectExactOffsets } from '../expect-flags';

/**
 * Examples for every entry id of lib/data/flags/*.json (entries shared by
 * several languages share their examples): `flagged` sentences mark the
 * expected flag with [brackets]; `honest` sentences are good English that
 * must not be flagged.
 */
const EXAMPLES: Record<string, { flagged: string[]; honest: string[] }> = {
  'actual-office': {
    flagged: ['He criticised the [actual] government for the delays.', 'The [actual] president of the club, Jan Nowak, resigned.'],
    honest: ['Critics said he was not the actual president but a figurehead.', 'The actual cost of the project was higher.'],
  },
  'actually-ongoing': {
    flagged: ['Talks [are actually underway] in Brussels.', 'The new rules [are actually in force] since May.'],
    honest: ['The work is actually quite simple.', 'Is it actually true?'],
  },
  'concrete-specific': {
    flagged: ['He did not name a [concrete] person.', 'No [concrete] country was mentioned.'],
    honest: ['They poured a concrete floor.', 'The government proposed concrete steps.', 'There is no concrete date yet.'],
  },
  'objects-facilities': {
    flagged: ['Drones hit [energy objects] in the region.', 'The army shelled [military objects] overnight.'],
    honest: ['The museum displays everyday objects.', 'Attacks on civilian objects are banned.'],
  },
  'physical-person': {
    flagged: ['The tax applies to every [physical person] who earns more.'],
    honest: ['Regular physical activity helps.', 'A legal person can own land.'],
  },
  'have-place': {
    flagged: ['The meeting [had place] on Monday in the capital.', 'The incident [has place] in the centre.'],
    honest: ['There is no place for hatred.', 'We have places left.', 'This has no place in politics.', 'We have place for ten more.'],
  },
  'decade-of-month': {
    flagged: ['Snow fell in the [first decade of March].'],
    honest: ['The first decade of the century was turbulent.', 'In the last decade, prices doubled.'],
  },
  'four-eyes': {
    flagged: ['The two leaders spoke [under four eyes] for an hour.'],
    honest: ['He looked her straight in the eyes.', 'The spider has four eyes on its head.'],
  },
  'hold-thumbs': {
    flagged: ['We [keep our thumbs for] the national team.'],
    honest: ['He hurt his thumbs while climbing.', 'Keep your thumbs away from the blade.'],
  },
  'control-inspection': {
    flagged: ['[The control found] irregularities in the accounts.'],
    honest: ['The army is under the control of the president.', 'They lost the control they had.'],
  },
  'smoking-tuxedo': {
    flagged: ['He arrived wearing a [smoking] and a bow tie.'],
    honest: ['He was wearing a smoking jacket.', 'She was in a smoking area.', 'He quit smoking and started running.'],
  },
  'gymnasium-school': {
    flagged: ['She attended the [gymnasium] in Kraków.'],
    honest: ['The school gymnasium was flooded.', 'Voters queued in the gymnasium.'],
  },
  'assist-attend': {
    flagged: ['Thousands [assisted at the funeral] of the poet.'],
    honest: ['Volunteers assisted the victims.', 'She assisted in the investigation.'],
  },
  'sensible-sensitive': {
    flagged: ['The leak exposed [sensible] data of patients.'],
    honest: ['It was a sensible decision.', 'That is a sensible question.'],
  },
  'realize-carry-out': {
    flagged: ['Police [realized a search] of the building.', 'The institute [realised a survey] among voters.'],
    honest: ['She realized the search was pointless.', 'He realized his dream.', 'They realized a study was needed.'],
  },
  'in-the-frame-of': {
    flagged: ['The funds were spent [in the frame of] the programme.'],
    honest: ['She was not in the frame of mind to talk.', 'The date is printed in the frame of the painting.'],
  },
  'in-direct-live': {
    flagged: ['The debate was [broadcast in direct] on public television.'],
    honest: ['He was in direct contact with the minister.', 'The match was broadcast live.'],
  },
  'professional-formation': {
    flagged: ['The reform changes [vocational formation] for young people.'],
    honest: ['The initial formation of the planets took millions of years.', 'The rock formation is ancient.'],
  },
  'cost-an-eye': {
    flagged: ['The new stadium [cost an eye of the head].'],
    honest: ['He lost an eye in the war.', 'It cost an arm and a leg.'],
  },
  'fabric-factory': {
    flagged: ['Workers of the ammunition [fabric] went on strike.'],
    honest: ['The sofa is covered in a cotton fabric.', 'The fabric of society is fraying.'],
  },
  'magazine-shop': {
    flagged: ['She went to the [magazine] to buy bread.'],
    honest: ['She went to the magazine’s office.', 'He wrote to the magazine to complain.'],
  },
  'according-to-information-of': {
    flagged: ['[According to the information of] the ministry, ten people died.'],
    honest: [
      'According to information from the ministry, ten people died.',
      'According to the information of interest here, nothing changed.',
    ],
  },
  'today-day': {
    flagged: ['There are no victims [as of today’s day].'],
    honest: ['Today’s day trip was cancelled.', 'As of today, there are no victims.'],
  },
  'in-the-address-of': {
    flagged: ['[Threats in the address of] Kyiv continued.'],
    honest: ['Type the website in the address bar.', 'There is an error in the address of the letter.'],
  },
  'liquidated-killed': {
    flagged: ['Two [saboteurs were liquidated] overnight.'],
    honest: ['The company was liquidated in 2019.', 'The fund has been liquidated.'],
  },
  'took-the-word': {
    flagged: ['The minister [took the word] during the meeting of the council.'],
    honest: ['She took the word of her doctor.', 'He took the word “freedom” literally.'],
  },
  'under-the-address': {
    flagged: ['The document is [available under the address] www.gov.pl.'],
    honest: ['Under the address bar, click Settings.'],
  },
  'transparents-banners': {
    flagged: ['Protesters waved [transparents] outside parliament.'],
    honest: ['The process was transparent.', 'Transparent plastic is used.'],
  },
  'held-a-transparent': {
    flagged: ['They held a [transparent] with the words “Stop the war”.'],
    honest: ['They held a transparent vote.', 'The council held a transparent process.'],
  },
  'in-this-including': {
    flagged: ['Ten people were injured, [in this two] children.'],
    honest: ['In this two-part series, we look back.', 'Look, in this one case we were wrong.'],
  },
  'on-a-current-basis': {
    flagged: ['We will [inform you on a current basis] about the situation.'],
    honest: ['The asset is valued on a current-cost basis.'],
  },
  'the-uniformed': {
    flagged: ['[The uniformed arrived] within minutes.'],
    honest: ['The uniformed officers arrived within minutes.'],
  },
  'under-the-address-of': {
    flagged: ['He repeated harsh [words under the address of] the government.'],
    honest: ['Write your name under the address of the sender.'],
  },
  'legal-physical-face': {
    flagged: ['Fines for [legal faces] were raised.'],
    honest: ['She kept a straight face.', 'The physical face of the city changed.'],
  },
  'power-structures': {
    flagged: ['[Representatives of power structures] met in Moscow.'],
    honest: ['Feminists analyse patriarchal power structures.'],
  },
  'territorial-community': {
    flagged: ['The [united territorial community] received funds.'],
    honest: ['The united community of the village met.'],
  },
  'summer-brigade': {
    flagged: ['Students look for a [summer brigade] in July.'],
    honest: ['The brigade was deployed in summer.', 'The International Brigades fought in Spain.'],
  },
  'evidence-records': {
    flagged: ['He is registered [in the evidence of the labour office].'],
    honest: ['There is no evidence of fraud.', 'The evidence of the witnesses was clear.'],
  },
  'preservative-condom': {
    flagged: ['He used a [preservative] during sex.'],
    honest: ['The jam contains no preservatives.'],
  },
  'chef-boss': {
    flagged: ['The [party chef] resigned on Friday.', 'The [chef of the company] was arrested.'],
    honest: ['The restaurant’s chef resigned.', 'The chef of the restaurant cooked for the minister.'],
  },
  'handy-phone': {
    flagged: ['Her [handy] rang during the meeting.'],
    honest: ['Her handy tips saved time.', 'The knife came in handy.'],
  },
  'much-critic': {
    flagged: ['There was [much] critic of the plan.'.replace('[much] critic', 'much [critic]')],
    honest: ['She is a fierce critic of the government.', 'He was a harsh critic of Merkel.', 'He is a strong critic of the plan.'],
  },
  'state-of-land': {
    flagged: ['[The country of Bavaria] will vote in October.'],
    honest: ['Bavaria is a state of Germany.', 'The country of Germany has sixteen states.'],
  },
  'tomatoes-on-eyes': {
    flagged: ['He must have [tomatoes on his eyes].'],
    honest: ['She put cucumber slices on her eyes.'],
  },
  'sausage-to-me': {
    flagged: ['It [is all sausage to me] who wins.'],
    honest: ['He sold the sausage to me.'],
  },
  'understand-train-station': {
    flagged: ['I [only understand train station].'],
    honest: ['I only understand the station layout.'],
  },
  'nose-full': {
    flagged: ['Voters [have the nose full] of promises.'],
    honest: ['He has a nose for news.'],
  },
  'prevented-warned': {
    flagged: ['The police [prevented the public that] the road was closed.'],
    honest: ['The police prevented them from entering.', 'The rain prevented us of going out.'.replace(' of going', ' from going')],
  },
  'deception-disappointment': {
    flagged: ['To our great [deception], the match was cancelled.', 'Farmers voiced their [deception] after the talks.'],
    honest: ['The great deception of the war was revealed.', 'The report accused him of deception.'],
  },
  'chef-head': {
    flagged: ['The [chef of state] met the pope.'],
    honest: ['The chef of the restaurant cooked for the president.'],
  },
  'raining-ropes': { flagged: ['It was [raining ropes] all day.'], honest: ['They were climbing ropes all day.'] },
  'not-the-sea-to-drink': { flagged: ['The reform [is not the sea to drink].'], honest: ['The sea is not safe to drink.'] },
  'posed-a-rabbit': { flagged: ['The minister [posed him a rabbit].'], honest: ['She posed with a rabbit.'] },
  'embarrassed-pregnant': {
    flagged: ['She announced that she is [embarrassed] with her second child.'],
    honest: ['He was embarrassed by his child.', 'She was embarrassed of her son.'],
  },
  'months-embarrassed': {
    flagged: ['The minister is five months [embarrassed].'],
    honest: ['Five months later, he was still embarrassed.'],
  },
  'great-exit-success': {
    flagged: ['The concert [was a great exit].'],
    honest: ['The actor made a great exit.', 'The sale was a huge exit for the founders.'],
  },
  'firm-compromise': {
    flagged: ['He stressed his firm [compromise] with the fight against corruption.'],
    honest: ['They reached a compromise with the unions.', 'It was a fair compromise to end the strike.'],
  },
  'eaten-bread': { flagged: ['The exam [was eaten bread].'], honest: ['They had eaten bread and cheese.'] },
  'no-hairs-on-tongue': { flagged: ['The minister [has no hairs on his tongue].'], honest: ['The dog has no hair on its tail.'] },
  'up-to-the-noses': { flagged: ['Residents [are up to the noses] with the noise.'], honest: ['The water was up to their noses.'] },
  'morbid-soft': { flagged: ['A [morbid] cheese from the Alps.'], honest: ['He had a morbid fascination with death.'] },
  'camera-of-deputies': { flagged: ['The [Camera of Deputies] approved the law.'], honest: ['The camera of the deputy filmed it.'] },
  'argument-topic': {
    flagged: ['[The argument of the meeting] was migration.'],
    honest: ['The argument of the book is simple.', 'The argument of the lawyer convinced the court.'],
  },
  'mouth-of-the-wolf': { flagged: ['Good exams, and [in the mouth of the wolf]!'], honest: ['Wolves carry pups in their mouths.'] },
  'see-the-hour': { flagged: ['I [can’t see the hour] to go home.'], honest: ['I can’t see the clock from here.'] },
  'project-of-law': {
    flagged: ['MPs debated [the project of the law] on media.', 'The Sejm passed [the project of the budget].'],
    honest: ['The project of the century was finished.', 'The law project team met.'],
  },
  'eventual-possible': {
    flagged: ['The army is prepared for an [eventual] attack.', 'Plans in case of an [eventual] escalation were drawn up.'],
    honest: ['The eventual winner was announced at midnight.', 'They hope for an eventual agreement.'],
  },
  'actual-topical': {
    flagged: ['Experts say the question remains [actual] for the region.', 'This topic is still [actual] today.'],
    honest: ['The problem is actual cost overruns.', 'What is the actual problem?'],
  },
  'pension-guesthouse': {
    flagged: ['Police questioned the owner of a [pension] near the lake.', 'They stayed at a [pension] in the mountains.'],
    honest: ['The owner of a pension fund was fined.', 'She lives on a small pension.'],
  },
  'manifestation-demonstration': {
    flagged: ['Students joined the [manifestation] on Saturday.', 'Thousands took part in [manifestations] against the law.'],
    honest: ['The rash is a manifestation of the disease.', 'It was a manifestation of anger.'],
  },
  'concurrence-competition': {
    flagged: ['Farmers face fierce [concurrence] from imports.'],
    honest: ['The judge wrote a concurrence.', 'With the strong concurrence of the board, the plan passed.'],
  },
  'inner-affairs': {
    flagged: ['The Minister of [Inner Affairs] resigned.'],
    honest: ['Her inner life and inner affairs of the heart.'],
  },
  'highest-court': {
    flagged: ['[The Highest Court] rejected the appeal.'],
    honest: ['He took the case to the highest court in the land.', 'The Highest Court of Appeal sat in March.'],
  },
  'in-the-format-of': {
    flagged: ['The talks took place [in the format of a videoconference].'],
    honest: ['The file is in the format of the old system.'],
  },
  'participants-of-the-action': {
    flagged: ['Police detained five [participants of the action].'],
    honest: ['Participants in the action plan met on Monday.'],
  },
  'poured-water': {
    flagged: ['Instead of answering, the minister poured [water] for an hour.'],
    honest: ['She poured water for the guests.', 'The waiter poured water.'],
  },
  'liquidation-of-consequences': {
    flagged: ['Rescuers continued [the liquidation of the consequences] of the storm.'],
    honest: ['The liquidation of the company has consequences.'],
  },
  'consequent-consistent': {
    flagged: ['The chancellor remains [consequent] in his policy.'],
    honest: ['The consequent rise in prices hurt families.', 'The delay was consequent on the strike.'],
  },
  'wood-to-the-forest': {
    flagged: ['Explaining it to them is like [carrying wood to the forest].'],
    honest: ['They were carrying wood to the fire.'],
  },
  'on-its-workshop': {
    flagged: ['The committee will [take the bill on its workshop] in June.'],
    honest: ['The carpenter works in his workshop.'],
  },
  'supreme-chamber-of-control': {
    flagged: ['The [Supreme Chamber of Control] criticised the ministry.'],
    honest: ['The Supreme Audit Office criticised the ministry.'],
  },
  'fixed-recorded': {
    flagged: ['Several explosions were [fixed] in the city overnight.'],
    honest: ['The prices were fixed by the cartel.', 'The roof was fixed in a day.'],
  },
  'in-the-regime-of': {
    flagged: ['The vote cannot take place [in the regime of martial law].'],
    honest: ['He was jailed under the regime of Lukashenko.'],
  },
  'graph-of-outages': {
    flagged: ['The utility published new [graphs] of power outages.', 'Check the outage [graph] for your street.'],
    honest: ['The graph of prices rose steeply.'],
  },
  'correcting-fire': {
    flagged: ['The agent was [correcting] artillery fire on the city.'],
    honest: ['The teacher was correcting the essays.', 'She corrected the errors.'],
  },
  'air-alarm': {
    flagged: ['An [air alarm] sounded across the country at dawn.'],
    honest: ['The air alarm clock rang.', 'An air-raid alert sounded.'],
  },
  'light-power': {
    flagged: ['In the capital the [light] was turned off for four hours.'],
    honest: ['The bedroom light was turned off at ten.', 'The traffic light was turned off.', 'The light was turned off by the cleaner'],
  },
  'noodles-on-ears': {
    flagged: ['The mayor is [hanging noodles on] our ears.'],
    honest: ['She was hanging noodles on the line to dry.'.replace('hanging noodles on the line', 'hanging laundry on the line')],
  },
  'accurate-careful': {
    flagged: ['Neighbours described him as [accurate] and polite.'],
    honest: ['The figures were accurate and reliable.'],
  },
  'supreme-council': {
    flagged: ['The [Supreme Council of Ukraine] passed the law.'],
    honest: ['The Verkhovna Rada passed the law.'],
  },
  'owls-to-athens': {
    flagged: ['Lecturing them is [carrying owls to Athens].'],
    honest: ['Owls were brought to the zoo in Athens.'],
  },
  'butter-on-head': {
    flagged: ['The party [has butter on its head] when it talks of corruption.'],
    honest: ['She spread butter on her bread.'],
  },
  'federal-day': {
    flagged: ['The [Federal Day] passed the budget.'],
    honest: ['The Bundestag passed the budget on federal day care.'],
  },
  'land-day': {
    flagged: ['The [Land Day] of Saxony met on Tuesday.'],
    honest: ['Palestinians marked Land Day of 1976 with marches.', 'Land Day is observed on 30 March.'],
  },
  'long-bench': {
    flagged: ['The coalition is [pushing the reform onto the long bench].'],
    honest: ['They sat on the long bench in the park.'],
  },
  'at-the-latest-since': {
    flagged: ['[At the latest since] the crisis, everyone knows it.'],
    honest: ['Submit it by Friday at the latest.'],
  },
  'article-percentage': {
    flagged: ['[The 80%] of the population lives in cities.', 'He said [the 45 percent] of voters were undecided.'],
    honest: ['80% of the population lives in cities.', 'The 80% of users who pay keep the service free.'],
  },
  'keeper-of-the-seals': {
    flagged: ['The [Keeper of the Seals] presented the bill.'],
    honest: ['The Justice Minister presented the bill.'],
  },
  'ensemble-of': {
    flagged: ['The [ensemble] of the unions called a strike.'],
    honest: ['The ensemble of musicians played Bach.', 'An ensemble of the finest dancers.'],
  },
  'court-of-accounts': {
    flagged: ['The [Court of Accounts] criticised the spending.'],
    honest: ['The Court of Audit criticised the spending.'],
  },
  'reaffirmed-compromise': {
    flagged: ['The government reaffirmed its [compromise] to cut emissions.'],
    honest: ['The government reached a compromise with the unions.'],
  },
  'take-the-hair': {
    flagged: ['The opposition says the minister is [taking the hair of the voters].'],
    honest: ['The hairdresser was taking the hair of the client off.'.replace('the hair of the client off', 'a lock of hair')],
  },
  'president-of-the-government': {
    flagged: ['The [President of the Government] met the King.'],
    honest: ['The president of the government agency resigned.'],
  },
  'president-of-the-council': {
    flagged: ['The [President of the Council] met the German Chancellor in Rome.'],
    honest: [
      'The President of the European Council spoke.',
      'The President of the Council of the European Union spoke.',
      'The Security Council President spoke.',
    ],
  },
  'financial-guard': {
    flagged: ['The [Financial Guard] seized the yacht.'],
    honest: ['The Guardia di Finanza seized the yacht; a financial guard rail was set.'],
  },
  // Chinese (zh.json) and the entries Chinese, Japanese and Korean share.
  'quality-mass': {
    flagged: ['The [quality] of the sun is enormous.', 'It has ten times the [quality] of the Earth.'],
    honest: ['The quality of the water is good.', 'Air quality in the city has improved.'],
  },
  'relevant-departments': {
    flagged: ['The [relevant] departments will investigate the accident.', 'Officials from [related] agencies arrived at the scene.'],
    honest: ['The relevant departments of the ministry are listed below.', 'Related agencies of the UN met in Geneva.'],
  },
  'with-the-development-of': {
    flagged: [
      '[With the rapid development of] the economy, cities have grown.',
      '[With the development of] science and technology, life has changed.',
    ],
    honest: ['With the development of the vaccine finished, trials began.', 'As technology develops, life changes.'],
  },
  'although-but': {
    flagged: ['Although the plan was good[, but] nobody followed it.', 'Though he was tired[, but] he kept working.'],
    honest: ['Although the plan was good, nobody followed it.', 'The plan was good, but nobody followed it.'],
  },
  'because-so': {
    flagged: ['Because it was raining[, so] the match was cancelled.'],
    honest: [
      'Because it was raining, the match was cancelled.',
      'It was raining, so the match was cancelled.',
      'Because he had worked so hard, so many people thanked him.',
    ],
  },
  'open-the-light': {
    flagged: ['Please [open] the light when you come in.', 'He [closed] the TV and went to bed.'],
    honest: ['Please turn on the light.', 'She opened the door and the window.'],
  },
  'eat-medicine': {
    flagged: ['He has to [eat] medicine three times a day.', 'She forgot to [eat] her pills.'],
    honest: ['He has to take medicine three times a day.', 'Eat your vegetables before the medicine.'],
  },
  'learn-knowledge': {
    flagged: ['Students come to school to learn [knowledge].', 'We should learn more scientific [knowledge].'],
    honest: ['Students gain knowledge at school.', 'We learn from knowledge passed down by our parents.'],
  },
  'play-phone': {
    flagged: ['Children [play] mobile phones all day.', 'He was [playing] with his phone during the meeting.'],
    honest: ['Children play computer games all day.', 'He was playing the guitar.'],
  },
  'ask-problem': {
    flagged: ['Can I ask a [problem]?', 'The students asked many [problems] after the lecture.'],
    honest: ['Can I ask a question?', 'They asked about the problem.'],
  },
  'price-expensive': {
    flagged: ['The price of housing is very [expensive].', 'Prices here are [cheap].'],
    honest: ['The price of housing is very high.', 'Housing here is very expensive.'],
  },
  'temperature-hot': {
    flagged: ['The temperature today is very [hot].', 'Temperatures were [cold] all week.'],
    honest: ['The temperature today is very high.', 'It was a hot day.'],
  },
  'there-have': {
    flagged: ['[There have] many people in the square.', '[There has] a lot of problems in this plan.'],
    honest: ['There have been many protests.', 'There are many people in the square.'],
  },
  'big-relationship': {
    flagged: ['His success has a big [relationship] with his family.'],
    honest: ['His success has a lot to do with his family.', 'They have a close relationship with the company.'],
  },
  'voice-sound': {
    flagged: ['This [voice] has been traveling through time and space.', 'The engine made a strange [voice].'],
    honest: [
      'Her voice was calm.',
      'She spoke in a low voice.',
      'The Voice of America reported it.',
      'Voices of the opposition grew louder.',
      'He gave voice to their fears.',
    ],
  },
  'very-verb': {
    flagged: ['I [very] like this city.', 'We [very] hope that the talks succeed.'],
    honest: ['I like this city very much.', 'It is very like him to be late.', 'The very hope of peace was lost.'],
  },
  'tell-everyone': {
    flagged: ['Today I want to tell [everyone] a story.', 'Let me show [everybody] this picture.'],
    honest: ['Today I want to tell you a story.', 'She wanted to tell everyone she met about it.'.replace('wanted', 'went on')],
  },
  'participate-object': {
    flagged: ['Many countries [participated] the summit.', 'She will [participate] the competition.'],
    honest: ['Many countries participated in the summit.', 'She will participate actively.'],
  },
  // Portuguese (pt.json), Brazilian and European.
  'pretend-intend': {
    flagged: ['The government [pretends] to privatize the post office.', 'The company [pretended] to invest R$ 2 billion this year.'],
    honest: ['He pretended to be ill.', 'The children pretend to build a castle.', 'She pretended to sleep.'],
  },
  'the-planalto': {
    flagged: ['Ministers met at [the Planalto] on Monday.'],
    honest: ['Lula returned to the Planalto Palace.', 'The Planalto Central plateau is dry.', 'The plan had support.'],
  },
  'civil-house': {
    flagged: ['The [Civil House] sent the bill to Congress.', 'Rui Costa, [minister of the Civil House], denied it.'],
    honest: ['The civil service was reformed.', 'He lives in a house near the civil court.'],
  },
  'push-with-the-belly': {
    flagged: ['Congress keeps [pushing the reform with the belly].', 'The mayor [pushed it with the belly] for years.'],
    honest: ['He pushed the door with his shoulder.', 'The belly dancer pushed on.'],
  },
  'pay-the-duck': {
    flagged: ['As always, the consumer will [pay the duck].'],
    honest: ['They paid for the duck and the wine.', 'Feed the duck.'],
  },
  'health-post': {
    flagged: ['The [health post] of the neighbourhood was closed for lack of doctors.'],
    honest: ['Rural health posts in Ethiopia lack staff.', 'Community health post workers were trained.', 'The post on health was shared.'],
  },
  'weekday-day-in-brackets': {
    flagged: ['The minister said [this Thursday (28)] that rates will fall.', 'Police arrested him [on Monday (3)].'],
    honest: ['The minister said on Thursday that rates will fall.', 'Results (see Thursday) were mixed.'],
  },
  'attend-serve': {
    flagged: ['The hospital [attended] 300 patients last week.', 'Nobody was there to [attend] the phone.'],
    honest: ['More than 300 people attended the meeting.', 'She will attend the phone conference.', 'Doctors attended to the patients.'],
  },
  'cow-to-the-swamp': {
    flagged: ['When the deal collapsed, [the cow went to the swamp].'],
    honest: ['The cow went to the barn.', 'Cows graze near the swamp.'],
  },
  'horse-out-of-the-rain': {
    flagged: ['If the opposition expects a vote this year, it can [take the horse out of the rain].'],
    honest: ['She took the horse out of the stable.', 'They rode the horse in the rain.'],
  },
  'end-in-pizza': {
    flagged: ['Critics fear the inquiry will [end in pizza].'],
    honest: ['The evening ended in a pizza restaurant.', 'The night ended in pizza parlors across town.'],
  },
  'caught-a-constipation': {
    flagged: ['The goalkeeper caught a [constipation] and missed the match.'],
    honest: [
      'Fibre helps prevent constipation.',
      'Patients with constipation should drink more water.',
      'He had constipation and bloating.',
    ],
  },
  'racial-injury': {
    flagged: ['The player was arrested for racial [injury].', 'He was charged with the crime of [injury].'],
    honest: ['He suffered a knee injury.', 'The crime left no injury.', 'Racial discrimination is a crime.'],
  },
  'court-ministers': {
    flagged: ['The [minister] of the STF Alexandre de Moraes ordered the arrest.', 'Three STF [ministers] voted against.'],
    honest: ['The justice minister criticised the Supreme Court.', 'Ministers of the cabinet met the Supreme Court justices.'],
  },
  'prefecture-city-hall': {
    flagged: ['The [Prefecture] of São Paulo closed the park.', 'The [prefecture] of the city of Rio announced new rules.'],
    honest: ['The prefecture of Fukushima was evacuated.', 'The prefecture of police in Paris issued a ban.'],
  },
  // Turkish (tr.json).
  'statement-made-stated': {
    flagged: ['[In the statement made] by the ministry, it was stated that two soldiers were wounded.'],
    honest: [
      'In the statement made on Tuesday, the ministry said two soldiers were wounded.',
      'In the statement, it was stated that nothing changed.',
    ],
  },
  'made-an-explanation': {
    flagged: ['The minister made an [explanation] to the press after the meeting.', 'The governor made a written [explanation].'],
    honest: ['He made an explanation of the rules.', 'She gave an explanation for the delay.', 'No explanation was made.'],
  },
  'it-was-expressed-that': {
    flagged: ['In the statement, [it was expressed that] the talks will continue.', '[It was emphasized that] the border is safe.'],
    honest: ['It was stated in the report.', 'The minister emphasized that the border is safe.'],
  },
  'teams-to-the-region': {
    flagged: ['Many health and police teams were dispatched to the [region].', 'Fire brigade teams were sent to the [region].'],
    honest: [
      'Rescue teams were sent to the region after the earthquake.',
      'UN teams were sent to the region to help.',
      'Firefighters were sent to the scene.',
    ],
  },
  'upon-the-notice': {
    flagged: ['[Upon the notice], police and ambulance teams arrived.', '[Upon the notice] of residents, the police came.'],
    honest: ['Upon the notice of appeal, the court met.', 'He left upon the notice of termination being delivered.'],
  },
  'relevant-units': {
    flagged: ['The situation was reported to [the relevant units].', 'Work continues with [all relevant institutions and organizations].'],
    honest: ['Convert to the relevant units of measurement.', 'Officials inspected the relevant units in the housing block.'],
  },
  'martyred-soldier': {
    flagged: ['Two soldiers were [martyred] in the attack.', 'A police officer was [martyred] on Sunday.'],
    honest: ['The saint was martyred in Rome.', 'Two soldiers were killed in the attack.'],
  },
  'neutralized-terrorists': {
    flagged: ['Five terrorists were [neutralized] in northern Iraq.', 'PKK members have been [neutralised] in the operation.'],
    honest: ['The acid was neutralized with soda.', 'The threat was neutralized.'],
  },
  'the-mentioned': {
    flagged: ['Police stopped [the mentioned vehicle] at a checkpoint.'],
    honest: ['Police stopped the vehicle mentioned in the report.', 'The above-mentioned vehicle was stolen.'],
  },
  'citizens-who-saw': {
    flagged: ['[Citizens who saw the situation] called the police.'],
    honest: ['Witnesses called the police.', 'Anyone who saw the situation unfold was shocked.'],
  },
  'taken-under-custody': {
    flagged: ['Three suspects were taken [under custody].', 'Police took 12 people [under custody].'],
    honest: ['Three suspects were taken into custody.', 'The child is in the custody of the state.'],
  },
  'eat-the-head': {
    flagged: ['The neighbours [ate my head] with their complaints.', 'After the match he [ate the head].'],
    honest: ['The snake ate the head of the mouse.', 'The shark ate their heads.', 'We ate a head of lettuce.'],
  },
  'hand-on-its-ear': {
    flagged: ['Istanbul waits for an earthquake [whose hand is on its ear].'],
    honest: ['He stood with his hand on his ear.', 'She put her hand on its head.'],
  },
  'head-health': {
    flagged: ['The president wished [head health] to the families.', 'He told the family: [May your head be healthy].'],
    honest: ['The minister wished them good health.', 'Head health matters for boxers.'],
  },
  'health-to-your-hands': {
    flagged: ['[Health to your hands], the food was delicious.'],
    honest: ['Wash your hands for your health.', 'Health workers held hands.'],
  },
};

/** "a [b] c" → text "a b c" and the expected flagged text "b". */
function marked(example: string): { text: string; flagged: string; start: number } {
  const start = example.indexOf('[');
  const end = example.indexOf(']');
  return { text: example.replace('[', '').replace(']', ''), flagged: example.slice(start + 1, end), start };
}

describe('phrases rule (lib/data/flags)', () => {
  it('has 8 or more entries per language, each valid, with examples', () => {
    const categories: readonly string[] = FLAG_CATEGORIES;
    for (const data of FLAG_DATA) {
      // Japanese and Korean have only the entries they share with Chinese so far.
      expect(data.phrases.length, data.code).toBeGreaterThanOrEqual(['ja', 'ko'].includes(data.code) ? 3 : 8);
      const ids = data.phrases.map((entry) => entry.id);
      expect(new Set(ids).size, data.code).toBe(ids.length);
      for (const entry of data.phrases) {
        expect(categories).toContain(entry.category);
        expect(entry.confidence).toBeGreaterThan(0);
        expect(entry.confidence).toBeLessThanOrEqual(1);
        expect(entry.message.length).toBeGreaterThan(20);
        expect(entry.suggestions.length).toBeGreaterThan(0);
        expect(() => compilePattern(entry)).not.toThrow();
        expect(EXAMPLES[entry.id], `${data.code}/${entry.id} needs examples`).toBeDefined();
      }
    }
  });

  for (const data of FLAG_DATA) {
    describe(data.code, () => {
      for (const entry of data.phrases) {
        const examples = EXAMPLES[entry.id];
        if (!examples) continue;
        it(`${entry.id}: flags the examples and leaves honest English alone`, () => {
          for (const example of examples.flagged) {
            const { text, flagged, start } = marked(example);
            const flags = phrases.run({ text, sourceLanguage: data.code }).filter((flag) => flag.entryId === `${data.code}/${entry.id}`);
            expect(
              flags.map((flag) => flag.text),
              example,
            ).toEqual([flagged]);
            expect(flags[0]!.start).toBe(start);
            expect(flags[0]).toMatchObject({
              category: entry.category,
              ruleId: `${entry.category}/${data.code}`,
              confidence: entry.confidence,
            });
            expect(flags[0]!.suggestion).toBeTruthy();
            expect(flags[0]!.suggestion).not.toMatch(/\$\d/);
            expectExactOffsets(text, flags);
          }
          for (const text of examples.honest) expect(phrases.run({ text, sourceLanguage: data.code }), text).toEqual([]);
        });
      }
    });
  }

  it('fills suggestions from the match and keeps its capital', () => {
    const [flag] = phrases.run({ text: 'According to the information of TASS, the plane landed.', sourceLanguage: 'ru' });
    expect(flag).toMatchObject({ text: 'According to the information of', suggestion: 'According to' });
    const [decade] = phrases.run({ text: 'Frost is expected in the second decade of May.', sourceLanguage: 'uk' });
    expect(decade!.replacements).toEqual(['second ten days of May']);
  });

  it('needs the source language: nothing without one, nothing for another', () => {
    const text = 'The actual government has no majority, and the meeting had place on Monday.';
    expect(phrases.run({ text, sourceLanguage: null })).toEqual([]);
    expect(phrases.run({ text, sourceLanguage: 'zh' })).toEqual([]);
    expect(phrases.run({ text, sourceLanguage: 'ru' }).map((flag) => flag.text)).toEqual(['actual']);
    expect(phrases.run({ text, sourceLanguage: 'pl' }).map((flag) => flag.text)).toEqual(['actual', 'had place']);
  });

  it('matches across line breaks and curly apostrophes', () => {
    const text = 'The incident\nhad\nplace on Monday.';
    const flags = phrases.run({ text, sourceLanguage: 'pl' });
    expect(flags.map((flag) => flag.text)).toEqual(['had\nplace']);
    expectExactOffsets(text, flags);
  });
});
