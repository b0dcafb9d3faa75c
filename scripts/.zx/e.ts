import * as z from 'zod/mini';
(globalThis as any).p = z.object({a: z.array(z.object({x: z.int().check(z.minimum(0)), y: z.optional(z.string())})), b: z.enum(['a','b'])});
