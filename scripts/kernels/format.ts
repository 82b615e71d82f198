/** The generated kernels' file as it is kept: formatted by Prettier with the project's settings. */
import { format, resolveConfig } from 'prettier';
import { KERNELS_FILE, kernelsSource } from './unrolled';

export async function formattedKernels(): Promise<string> {
  const options = await resolveConfig(KERNELS_FILE);
  return format(kernelsSource(), { ...options, filepath: KERNELS_FILE });
}
