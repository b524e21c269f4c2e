import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "generated/**", "data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/generated/prisma/*"], importNames: ["PrismaClient"], message: "Nur lib/db-client.ts erzeugt Prisma-Clients." }] }],
    },
  },
  { files: ["lib/db-client.ts"], rules: { "no-restricted-imports": "off" } },
  {
    // Routes only transport and render: no Prisma under app/ (STYLE.md rule 1).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/generated/prisma/*", "**/lib/db", "@/lib/db"], message: "Kein Datenbankzugriff unter app/ und components/: einen Dienst in lib/ aufrufen." }] }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
  },
);
