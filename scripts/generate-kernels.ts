/**
 * `npm run kernels`: writes src/engine/ops/kernels.generated.ts, the unrolled matrix kernels, from
 * their one body each in scripts/kernels/unrolled.ts. Run it after changing a body or a block size,
 * then `npm run bench` to see what the change did.
 */
import { writeFileSync } from 'node:fs';
import { formattedKernels } from './kernels/format';
import { KERNELS_FILE } from './kernels/unrolled';

writeFileSync(KERNELS_FILE, await formattedKernels());
console.log(`wrote ${KERNELS_FILE}`);
