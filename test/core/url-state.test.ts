import { expect } from '@open-wc/testing';
import { emptyFilters } from '../../src/core/filter.ts';
import { hasUrlState, readUrlState, urlPrefix, writeUrlState } from '../../src/core/url-state.ts';

describe('core/url-state', () => {
  it('prefixes with the id, else mip-', () => {
    expect(urlPrefix('agenda')).to.equal('agenda-');
    expect(urlPrefix('')).to.equal('mip-');
    expect(urlPrefix(null)).to.equal('mip-');
  });

  const filters = { ...emptyFilters(), tag: ['Données, API', 'Design'], attendance: ['online'], from: '2026-11-02', query: 'données ouvertes' };

  it('round-trips filters and the opened event', () => {
    const search = writeUrlState('', 'mip-', { filters, opened: 'dinum-1' }, true);
    expect(search).to.equal('?mip-tag=Donn%C3%A9es%2C+API&mip-tag=Design&mip-attendance=online&mip-from=2026-11-02&mip-q=donn%C3%A9es+ouvertes&mip-event=dinum-1');
    expect(readUrlState(search, 'mip-')).to.deep.equal({ filters, opened: 'dinum-1', day: '', selection: [], view: '' });
  });

  it('round-trips the day chosen in a month grid, and ignores an impossible one', () => {
    const search = writeUrlState('', 'mois-', { filters: emptyFilters(), opened: null, day: '2026-11-19' }, true);
    expect(search).to.equal('?mois-day=2026-11-19');
    expect(readUrlState(search, 'mois-').day).to.equal('2026-11-19');
    expect(readUrlState('?mois-day=2026-11-31', 'mois-').day).to.equal('');
  });

  it('round-trips the view chosen, and ignores an unknown one', () => {
    const search = writeUrlState('', 'mip-', { filters: emptyFilters(), opened: null, view: 'month', day: '2026-11-19' }, true);
    expect(search).to.equal('?mip-view=month&mip-day=2026-11-19');
    expect(readUrlState(search, 'mip-').view).to.equal('month');
    expect(readUrlState('?mip-view=list', 'mip-').view).to.equal('list');
    expect(readUrlState('?mip-view=timeline', 'mip-').view).to.equal('');
  });

  it('keeps the page’s own parameters and other widgets’ ones', () => {
    const search = writeUrlState('?page=2&other-tag=X&mip-tag=Old', 'mip-', { filters: { ...emptyFilters(), tag: ['New'] }, opened: null }, true);
    expect(search).to.equal('?page=2&other-tag=X&mip-tag=New');
    expect(writeUrlState('?mip-tag=Old', 'mip-', { filters: emptyFilters(), opened: null }, true)).to.equal('');
  });

  it('writes showPast only when it differs from the default', () => {
    expect(writeUrlState('', 'p-', { filters: { ...emptyFilters(), showPast: true }, opened: null }, false)).to.equal('?p-past=1');
    expect(writeUrlState('', 'p-', { filters: { ...emptyFilters(), showPast: false }, opened: null }, false)).to.equal('');
    expect(readUrlState('?p-past=0', 'p-').filters.showPast).to.equal(false);
    expect(readUrlState('?p-past=yes', 'p-').filters).not.to.have.property('showPast');
  });

  it('carries a chosen programme as event ids, commas and accents included, once each', () => {
    const ids = ['dinum-1', 'atelier, données', 'réunion;2'];
    const search = writeUrlState('?page=3', 'mip-', { filters: emptyFilters(), opened: null, selection: ids }, true);
    expect(search.startsWith('?page=3&mip-ids=')).to.equal(true);
    expect(readUrlState(search, 'mip-').selection).to.deep.equal(ids);
    expect(readUrlState('?mip-ids=a&mip-ids=a&mip-ids=%20', 'mip-').selection).to.deep.equal(['a']);
    expect(writeUrlState(search, 'mip-', { filters: emptyFilters(), opened: null }, true)).to.equal('?page=3');
  });

  it('ignores days that are not days', () => {
    expect(readUrlState('?mip-from=2026-02-30&mip-to=demain', 'mip-').filters).to.include({ from: '', to: '' });
  });

  it('tells whether the URL holds state for a prefix', () => {
    expect(hasUrlState('?agenda-tag=A', 'agenda-')).to.be.true;
    expect(hasUrlState('?agenda-tag=A', 'mip-')).to.be.false;
  });
});
