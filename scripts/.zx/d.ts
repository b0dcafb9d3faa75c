import * as z from 'zod/mini';
(globalThis as any).p = z.string().check(z.maxLength(3));
