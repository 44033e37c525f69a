import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/db/schema.ts',
    './server/db/schema-assessments.ts',
    './server/db/schema-calendar.ts',
    './server/db/schema-public.ts',
    './server/db/schema-complaints.ts',
    './server/db/schema-standards.ts',
    './server/db/schema-surveys.ts',
    './server/db/schema-followups.ts',
  ],
  out: './server/db/migrations',
});
