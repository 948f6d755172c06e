#!/usr/bin/env node
/**
 * The README promises every attribute, property, method, event, slot, CSS custom
 * property and part of the elements: each public name in custom-elements.json
 * (written by `npm run analyze`) must appear in it, in backticks.
 */
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));

const documented = (name) => readme.includes(`\`${name}\``) || readme.includes(`\`${name}(`) || readme.includes(`\`${name}=`);
const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.static;

const missing = [];
let checked = 0;
for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.tagName) continue;
    const names = [
      ['element', [`<${element.tagName}>`]],
      ['attribute', (element.attributes ?? []).map((attribute) => attribute.name)],
      ['property or method', (element.members ?? []).filter(isPublic).map((member) => member.name)],
      ['event', (element.events ?? []).map((event) => event.name)],
      ['slot', (element.slots ?? []).map((slot) => slot.name).filter(Boolean)],
      ['CSS custom property', (element.cssProperties ?? []).map((property) => property.name)],
      ['part', (element.cssParts ?? []).map((part) => part.name)],
    ];
    for (const [kind, list] of names) {
      for (const name of list) {
        checked += 1;
        if (!documented(name)) missing.push(`<${element.tagName}> ${kind} \`${name}\``);
      }
    }
  }
}

if (missing.length > 0) {
  console.error(`README.md does not name ${missing.length} public name(s) of the elements:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`Docs check: README.md names all ${checked} public names of the elements.`);
