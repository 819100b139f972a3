#!/usr/bin/env node
import { main, processIo } from './main.js';

const io = processIo();
process.exitCode = await main(process.argv.slice(2), io);
io.finish();
