import { withLabels } from '../../bot/install/labels';

const json = (value: unknown) => JSON.stringify(value);

describe('withLabels', () => {
	const base = {
		en: { clinic: 'Clinic', joined: 'Joined' },
		es: { clinic: 'Clínica' },
	};

	it('keeps what translators changed or removed, and lets the repository correct what nobody touched', () => {
		const onWiki = {
			en: { clinic: 'Clinic' },
			es: { clinic: 'Clínica de aprendizaje' },
			hi: { clinic: 'क्लिनिक' },
		};
		const repository = {
			en: { clinic: 'Learning Clinic', joined: 'Joined', new: 'New' },
			es: { clinic: 'Clínica' },
		};
		expect(
			JSON.parse(withLabels(json(onWiki), json(repository), base) as string),
		).toEqual({
			en: { clinic: 'Learning Clinic', new: 'New' },
			es: { clinic: 'Clínica de aprendizaje' },
			hi: { clinic: 'क्लिनिक' },
		});
	});

	it('without a memory, keeps every label on the wiki and adds the missing ones', () => {
		expect(
			JSON.parse(
				withLabels(
					json({ en: { clinic: 'Mine' } }),
					json({ en: { clinic: 'Clinic', joined: 'Joined' } }),
				) as string,
			),
		).toEqual({ en: { clinic: 'Mine', joined: 'Joined' } });
	});

	it("returns the page unchanged when the merge adds nothing, whatever the wiki's formatting", () => {
		const text = '{\n    "en": {\n        "clinic": "Clinic"\n    }\n}';
		expect(withLabels(text, json({ en: { clinic: 'Clinic' } }))).toBe(text);
	});

	it('leaves a broken page, or a language that is not a set of labels, for a person to repair', () => {
		expect(withLabels('{ not json', json({ en: {} }))).toEqual({
			skip: expect.stringContaining('not a JSON object'),
		});
		expect(
			JSON.parse(
				withLabels(
					json({ en: 'oops' }),
					json({ en: { clinic: 'Clinic' } }),
				) as string,
			),
		).toEqual({ en: 'oops' });
	});
});
