// `import 'verstka/verstka.css'`: the card's stylesheet, for bundlers with a CSS loader (Vite,
// webpack's css-loader, esbuild, Parcel). It exports nothing; this declaration lets TypeScript
// resolve the side-effect import (TypeScript 7, and 5.x with --noUncheckedSideEffectImports).
export {};
