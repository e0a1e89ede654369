// The Spanish catalogue files, as bundled: a chunk of its own, which the window loads only when the Spanish text
// is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/es/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
