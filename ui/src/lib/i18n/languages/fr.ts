// The French catalogue files, as bundled: a chunk of its own, which the window loads only when the French text
// is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/fr/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
