// Field schemas shared by the request bodies of several resources.
import { z } from 'zod';

export const objectId = z.string().regex(/^[0-9a-f]{24}$/, 'must be a 24-character hex id');
export const entityName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(500, 'must be at most 500 characters');
/** TeamFlame sends "YYYY-MM-DDTHH:MM:SS" without a zone; a date alone, milliseconds or a Z are tolerated. */
export const teamflameDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/, 'must be YYYY-MM-DDTHH:MM:SS')
  .refine(isRealDate, 'is not a real date');
export const priority = z.enum(['low', 'middle', 'high', '']);
export const optionalText = z.string().max(500).optional();

/** Rejects 2025-02-30 and 25:00, which Date.parse would quietly roll over. */
function isRealDate(value: string): boolean {
  const [datePart = '', timePart = '00:00'] = value.replace(/Z$/, '').split('T');
  const [year, month, day] = datePart.split('-').map(Number) as [number, number, number];
  const [hours = 0, minutes = 0] = timePart.split(':').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hours &&
    date.getUTCMinutes() === minutes
  );
}
