// The problems' words in each language the module speaks: every one there, with the same `$n`
// as the English (a translation that drops `$1` would hide the value the liaison has to fix).
import {
	SESSION_PROBLEMS,
	VALUE_WORDS,
} from '../../shared/model/session-contract';
import {
	PROBLEM_LANGUAGES,
	PROBLEM_WORDS,
} from '../../shared/model/problem-words';

const placeholders = (words: string) =>
	[...new Set(words.match(/\$\d/g) ?? [])].sort();

describe.each(PROBLEM_LANGUAGES)('the problems in %s', (language) => {
	it('has every problem of the catalogue, with the English placeholders', () => {
		const words = PROBLEM_WORDS[language].problems;
		expect(Object.keys(words).sort()).toEqual(
			Object.keys(SESSION_PROBLEMS).sort(),
		);
		for (const [code, { message }] of Object.entries(SESSION_PROBLEMS))
			expect([code, placeholders(words[code])]).toEqual([
				code,
				placeholders(message),
			]);
	});

	it('has the words of every kind of wrong value, with the English placeholders', () => {
		const words = PROBLEM_WORDS[language].values;
		expect(Object.keys(words).sort()).toEqual(Object.keys(VALUE_WORDS).sort());
		for (const [key, english] of Object.entries(VALUE_WORDS))
			expect([key, placeholders(words[key as keyof typeof words])]).toEqual([
				key,
				placeholders(english),
			]);
	});
});
