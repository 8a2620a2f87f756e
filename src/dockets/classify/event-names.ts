/**
 * CM/ECF event names (docs/dockets.md §§ 3.2, 9.2): standardized per court, not nationally. When a report
 * gives the event name and no docket text (a history run without text), the name alone gives the kind —
 * with low confidence, no span and no dates beyond the filing date; the order itself must be read for the
 * rest. Per-court overrides go in `COURT_EVENT_NAMES`.
 */
import type { MotionType } from '../../case/index.ts';
import { type Ctx, emit, LOW } from './context.ts';
import { unknownWindow } from './exclusions.ts';
import { motionTypeOf } from './proceedings.ts';

type NameRule =
  | { kind: 'complaint' | 'indictment' | 'information' | 'speedyTrialWaiver' | 'sentencing' | 'unsealing' }
  | { kind: 'initialAppearance' }
  | { kind: 'arraignment' }
  | { kind: 'detentionOrder' }
  | { kind: 'motionFiled' }
  | { kind: 'motionDecided' }
  | { kind: 'stipulationFiled' }
  | { kind: 'pleaAgreementSubmitted' }
  | { kind: 'hearingHeld'; hearing: 'status' | 'changeOfPlea' | 'detention' | 'other' };

const NATIONAL: Array<[RegExp, NameRule]> = [
  [/^Complaint(?: \(Sealed\))?$/i, { kind: 'complaint' }],
  // "Indictment (Sealed)", "Sealed Indictment": the instrument, filed under seal
  [/^(?:Sealed )?Indictment(?: \(Sealed\))?$/i, { kind: 'indictment' }],
  [
    /^(?:Notice of )?Unsealing(?: (?:of )?(?:Case|Indictment|Document))?$|^Order (?:to|Unsealing) (?:Unseal )?(?:Case|Indictment)$/i,
    { kind: 'unsealing' },
  ],
  [/^Information\b/i, { kind: 'information' }],
  [/^Initial Appearance\b/i, { kind: 'initialAppearance' }],
  [/^Arraignment$/i, { kind: 'arraignment' }],
  [/^Order of Detention\b/i, { kind: 'detentionOrder' }],
  [/^Waiver of Speedy Trial$/i, { kind: 'speedyTrialWaiver' }],
  // "Order on Motion to Extend", "Order on Letter Motion", "Order on Oral Motion", "Order on Sealed Motion"
  [/^Order on (?:(?:Letter|Oral|Sealed|Ex Parte|Joint) )?(?:motion|Motion)/i, { kind: 'motionDecided' }],
  [/^(?:Letter )?Motion\b/i, { kind: 'motionFiled' }],
  [/^Stipulation$/i, { kind: 'stipulationFiled' }],
  [/^Plea Agreement$/i, { kind: 'pleaAgreementSubmitted' }],
  [/^Status Conference$/i, { kind: 'hearingHeld', hearing: 'status' }],
  [/^Change of Plea Hearing$/i, { kind: 'hearingHeld', hearing: 'changeOfPlea' }],
  [/^Detention Hearing$/i, { kind: 'hearingHeld', hearing: 'detention' }],
  [/^Sentencing$/i, { kind: 'sentencing' }],
];

/** Court-specific event names, by PACER court id, tried before the national list. */
export const COURT_EVENT_NAMES: Readonly<Record<string, Array<[RegExp, NameRule]>>> = {};

export function eventNameRules(ctx: Ctx): void {
  const name = ctx.entry.eventName;
  if (!name || ctx.text.trim() !== '') return;
  const rules = [...(COURT_EVENT_NAMES[ctx.court] ?? []), ...NATIONAL];
  const hit = rules.find(([re]) => re.test(name));
  if (!hit) return;
  const rule = hit[1];
  const o = { rule: `eventName:${name}`, confidence: LOW, date: ctx.entry.dateFiled };
  switch (rule.kind) {
    case 'complaint':
      emit(ctx, 'complaint', { charges: [] }, o);
      break;
    case 'indictment':
      emit(ctx, 'indictment', { sealed: /sealed/i.test(name) }, o);
      break;
    case 'unsealing':
      emit(ctx, 'unsealing', { instrument: '' }, o);
      break;
    case 'information':
      emit(ctx, 'information', { sealed: false }, o);
      break;
    case 'speedyTrialWaiver':
      emit(ctx, 'speedyTrialWaiver', {}, o);
      break;
    case 'sentencing':
      emit(ctx, 'sentencing', {}, o);
      break;
    case 'initialAppearance':
      emit(ctx, 'initialAppearance', { district: ctx.court, rule5c3: false }, o);
      break;
    case 'arraignment':
      emit(ctx, 'arraignment', { counts: [] }, o);
      break;
    case 'detentionOrder':
      emit(ctx, 'detentionOrder', { grounds: [] }, o);
      break;
    case 'motionFiled': {
      const type: MotionType = motionTypeOf(name);
      emit(ctx, 'motionFiled', { motion: type, title: name, movant: 'other' }, o);
      break;
    }
    case 'motionDecided':
      emit(
        ctx,
        'motionDecided',
        { motion: '', disposition: 'other', oral: false },
        // "Order on Oral Motion" names the motion it decides by its title: "Motion (Oral)"
        { ...o, motionType: motionTypeOf(name), motionTitle: name.replace(/^Order on (?:Letter )?/i, '') },
      );
      // "Order on motion to continue trial" without its text: whether the trial was continued, and what time the
      // order excluded, are on the order only. A continuance whose window and findings are unknown, never a guess.
      if (/\bcontinu/i.test(name)) {
        ctx.warnings.push(
          `entry ${ctx.entry.id}: "${name}" has no docket text; whether time was excluded, and which days, must be read from the order`,
        );
        emit(
          ctx,
          'continuance',
          {
            of: /trial/i.test(name) ? 'trial' : 'other',
            findings: { status: 'recitedOnly' },
            unknown: unknownWindow(ctx),
          },
          o,
        );
      }
      break;
    case 'stipulationFiled':
      emit(ctx, 'stipulationFiled', { subject: 'other', title: name }, o);
      break;
    case 'pleaAgreementSubmitted':
      emit(ctx, 'pleaAgreementSubmitted', { terms: [] }, o);
      break;
    case 'hearingHeld':
      emit(ctx, 'hearingHeld', { hearing: rule.hearing }, o);
      break;
  }
}
