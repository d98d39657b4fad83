import { mount } from 'svelte';
import App from './App.svelte';
import { applyTheme } from './lib/theme';
import './tokens.css';

// The system's light or dark until the journal's settings say otherwise (a locked
// journal's screen has no settings to read).
applyTheme('system');
const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
export default mount(App, { target });
