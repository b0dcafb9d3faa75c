import * as f from '@floating-ui/dom';
(globalThis as any).p = [f.autoUpdate, f.computePosition, f.flip, f.offset, f.shift, f.size];
