// The Japanese catalogue files, as bundled: a chunk of its own, which the window loads only when the Japanese
// text is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/ja/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
