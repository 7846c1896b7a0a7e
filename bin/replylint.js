#!/usr/bin/env node
import { main } from '../dist/cli.js';

// A reader that stops early (`replylint … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

await main(process.argv);
