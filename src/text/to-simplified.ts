import * as OpenCC from 'opencc-js/t2cn';

// opencc-js ships types whose relative imports NodeNext cannot resolve, so the one function used is typed here.
type Converter = (text: string) => string;
const opencc = OpenCC as unknown as { Converter(options: { from: string; to: string }): Converter };

// Traditional (Taiwan, Hong Kong and generic) to mainland simplified; one converter for the process.
const convert = opencc.Converter({ from: 't', to: 'cn' });

/** The text in simplified characters (opencc-js, traditional → mainland); simplified text comes back as it was. */
export function toSimplified(text: string): string {
  return convert(text);
}
