/** The simulation worker entry: exposes the runner with comlink. The main thread never simulates. */
import * as Comlink from 'comlink';
import { createSimWorkerApi } from './runner.ts';
import { createBrowserHost } from './host.ts';

Comlink.expose(createSimWorkerApi(createBrowserHost()));
