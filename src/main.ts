import module from 'node:module';

// Node 22.1+ keeps compiled code between starts (start-up is mostly module loading); older lines skip it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./cli/main.js');

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`junction: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
