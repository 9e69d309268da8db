/** Entry point: start the state layer (URL → scenario, sim controller), then mount React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBrowserUrlEnv, startApp } from '../state/app.ts';
import { App } from './App.tsx';
import './styles.css';
import './canvas.css';

startApp(getBrowserUrlEnv());

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
