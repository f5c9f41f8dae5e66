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
};
