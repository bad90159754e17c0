// The forms (a session's, and joining the programme) are a gadget module of their own,
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
}
