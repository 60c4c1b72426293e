// Types of generate.mjs for the tests that read the bench's generated profiles.
export interface GeneratedProfile {
  text: string;
  lineCount: number;
  errors: { kind: string; line: number; text: string }[];
}

export function generateProfile(o: { lines: number; seed: number; errors?: boolean; lessons?: string[]; name?: string }): GeneratedProfile;
