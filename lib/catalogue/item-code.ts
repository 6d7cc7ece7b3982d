import { z } from 'zod'

import { isItemCode } from './catalogue-data'

/** A catalogue item's code in a request: kind letter, paragraph, sequence (`E-16.03`). */
export const itemCodeSchema = z.string().refine(isItemCode, 'This is not a catalogue item code.')
