// The German catalogue files, as bundled: a chunk of its own, which the window loads only when the German text
// is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/de/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
