// The Simplified Chinese catalogue files, as bundled: a chunk of its own, which the window loads only when the
// Simplified Chinese text is wanted (catalogue.ts).
export default import.meta.glob('../../../../../assets/locales/zh-CN/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
