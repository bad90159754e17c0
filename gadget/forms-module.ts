// The forms (a session's, joining the programme, and the attendance sheet) are a gadget module of their own,
// ext.gadget.letsconnect-form, loaded on the first click: readers who never open one download none
// of them. This is what the reader's gadget knows of it.
import type { CardContext } from './session-card';

export const FORMS_MODULE = 'ext.gadget.letsconnect-form';

export interface FormsModule {
	openSessionForm(options: Record<string, unknown>): Promise<void>;
	openJoinForm(
		root: string,
		ctx: CardContext,
		opener: HTMLElement,
	): Promise<void>;
	openAttendance(
		spot: HTMLElement,
		ctx: CardContext,
		opener: HTMLElement,
	): Promise<void>;
}

/** Runs `use` with the forms module, loaded on the first call (ResourceLoader keeps it after). */
export function withForms(use: (forms: FormsModule) => unknown): void {
	void mw.loader
		.using(FORMS_MODULE)
		.then((require) => use(require(FORMS_MODULE) as FormsModule));
}
