// Composition root: config -> logger -> database -> TeamFlame client factory -> bot -> routes -> start.
import { loadConfig, ConfigError, type Config } from './config.js';
import { createLogger } from './logger.js';
import { onTerminationSignals, shutdownGracefully } from './server/graceful-shutdown.js';
import { installProcessSafetyNet } from './server/process-safety-net.js';
import { createApp } from './app.js';

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
for (const warning of config.warnings) logger.warn(warning);
// Installed before anything starts, so a failure while starting is not silent either.
let stop: () => Promise<void> = async () => undefined;
installProcessSafetyNet({ logger, stop: () => stop() });

const app = await createApp(config, logger);
const server = app.createHttpServer();
await new Promise<void>((resolve) => server.listen(config.port, resolve));
logger.info({ port: config.port, publicUrl: config.publicUrl }, 'TeamFlame for Microsoft Teams is listening');
await app.scheduler.start();

stop = shutdownGracefully({ server, logger, closers: app.closers });
onTerminationSignals(stop);
