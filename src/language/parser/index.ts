export { parse } from './statements.js';
