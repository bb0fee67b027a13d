import { main } from './cli/main.js';

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`junction: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
