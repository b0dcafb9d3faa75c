import * as z from 'zod/mini';
(globalThis as any).p = [z.email(), z.url({protocol:/^https?$/}), z.iso.datetime({offset:true})];
