import { withoutTranslateMarkup } from '../../shared/wikitext/translate-markup';

describe('withoutTranslateMarkup', () => {
	it('reads a value as a page marked for translation shows it', () => {
		expect(
			withoutTranslateMarkup(
				'<translate><!--T:2--> Writing a grant proposal</translate>',
			).trim(),
		).toBe('Writing a grant proposal');
		expect(
			withoutTranslateMarkup(
				'<translate>Meet <tvar name="n">Ana</tvar> and <tvar name=m>Bo</></translate>',
			),
		).toBe('Meet Ana and Bo');
		expect(withoutTranslateMarkup('<languages/>Plain')).toBe('Plain');
		expect(
			withoutTranslateMarkup(
				'<translate nowrap><tvar|a>X</> and <tvar name="b">Y</tvar></translate>',
			),
		).toBe('X and Y');
		expect(withoutTranslateMarkup('<TRANSLATE>Up</Translate>')).toBe('Up');
	});

	it('leaves everything else alone', () => {
		expect(withoutTranslateMarkup('A <b>bold</b> <!-- note --> title')).toBe(
			'A <b>bold</b> <!-- note --> title',
		);
	});
});
