// Entry of the forms module (ext.gadget.letsconnect-form): the session form, the join form and
// the attendance sheet.
import { openSessionForm } from './session-form';
import { openJoinForm } from './join-dialog';
import { openAttendance } from './attendance-sheet';

/** ResourceLoader's module object of a package gadget's file. */
declare const module: { exports: unknown };

// What the reader's gadget calls once it has loaded this module (mw.loader.using, then require).
module.exports = { openSessionForm, openJoinForm, openAttendance };
