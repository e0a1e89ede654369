// The Italian catalogue files, as bundled: a chunk of its own, which the window loads only when the Italian text
// is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/it/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
