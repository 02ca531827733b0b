declare module 'fontverter' {
  const fontverter: {
    convert(font: Buffer, to: 'truetype' | 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
    detectFormat(font: Buffer): 'truetype' | 'sfnt' | 'woff' | 'woff2';
  };
  export default fontverter;
}
