/** Jest: TypeScript through ts-jest (CommonJS for Node), node environment unless a test asks for jsdom. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        diagnostics: false,
        tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock only needs the OfficeApp enum; the package's main entry pulls ESM-only deps Jest can't load.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
