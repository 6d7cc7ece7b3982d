import { z } from 'zod'

/** A catalogue item's code: kind letter, paragraph, sequence (`E-16.03`). */
export const itemCodeSchema = z.string().regex(/^[EFPR]-\d{2}\.\d{2}$/, 'This is not a catalogue item code.')
