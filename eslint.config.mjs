/**
 * ESLint: the Office add-in rules (office-addin-lint's own config: eslint-plugin-office-addins'
 * recommended set with the TypeScript parser and Prettier), plus what a TypeScript project needs:
 * no-undef is TypeScript's job (it knows the DOM, Node and office-js globals; ESLint does not), and
 * .tsx files get the rules .ts files get.
 */
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "dist-playground/**", "node_modules/**", "coverage/**", "test-output/**"] },
  // The Office set names .ts but not .tsx files: the task pane's components get the same rules.
  ...officeAddins.configs.recommended.map((c) => (c.files ? { ...c, files: [...c.files, "**/*.tsx"] } : c)),
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "no-undef": "off",
      // TypeScript's own check (noUnused* is off in tsconfig): an unused name is an error, "_name" marks one kept on purpose.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Build scripts and configs run in Node (CommonJS).
    files: ["scripts/**/*.{js,mjs}", "bench/**/*.{cjs,mjs}", "*.config.js", "*.config.mjs", "tools/**/*.js", "test/**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
  {
    // The in-memory Excel and its tests implement and probe office-js itself (reads before load on
    // purpose, to check the errors): the rules for add-in code do not apply to them.
    files: ["tools/excel-double/**", "test/excel-double/**", "test/excel/**", "test/cli/**"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-context-sync-in-loop": "off",
    },
  },
];
