// The keys under which the service records what a computed answer read (service/dependencies.ts
// keeps their generations): a document by its URI, a folder's listing of profiles by folderKey.
// Down here so that the workspace index, which does the reading, needs nothing from the service.

/** The dependency key of a folder's listing of profiles (which profile is the nearest one). */
export function folderKey(fsPath: string): string {
  return `folder:${fsPath}`;
}

/** Records that the answer being computed read `key`. */
export interface DependencyRecorder {
  read(key: string): void;
}

/**
 * The dependency key of the workspace's list of prospect files: read by whatever sums over every
 * prospect (a profile's capacity), bumped when a prospect file comes or goes.
 */
export const PROSPECT_FILES_KEY = 'prospect-files';
